"""The session bar: a call with two offers and an outcome, driven like an officer would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, JournalEntry
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.plan_inputs import SimulationInputs, SizingMode
from recouvrement_desktop.domain.recovery import Channel, JournalKind, SessionOutcome
from recouvrement_desktop.i18n.formatting import format_money
from recouvrement_desktop.services import sessions
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.offers import KeptOffer, offer_json
from recouvrement_desktop.services.views import journal_entry_view
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.history_text import describe
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.session_bar import SessionBar, elapsed_text

from .test_quick_entry import case_id, officer  # noqa: F401 - shared fixtures

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def bar(
    qtbot: QtBot,
    runner: OperationRunner,
    demo_database: Database,
    officer: Identity,  # noqa: F811
    case_id: int,  # noqa: F811
) -> Iterator[SessionBar]:
    widget = SessionBar(runner, Workspace(demo_database, officer))
    qtbot.addWidget(widget)
    widget.set_case(case_id, sessions.open_session(demo_database, case_id))
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget


def scenario(periods: int) -> KeptOffer:
    """A plan as the simulator shows it (figures and the inputs that give them)."""
    return KeptOffer(
        periods=periods,
        installment=Decimal("312.40"),
        rate_pct=Decimal("4.5"),
        new_principal=Decimal("12000.00"),
        first_due=date(2027, 1, 5),
        inputs=SimulationInputs(
            mode=SizingMode.PERIODS,
            periods=periods,
            installment=Decimal("312.40"),
            rate_pct=Decimal("4.5"),
            first_due=date(2027, 1, 5),
        ),
    )


def start(qtbot: QtBot, bar: SessionBar, channel: Channel) -> int:
    """Start a session and wait for it: its id."""
    with qtbot.waitSignal(bar.session_started, timeout=10_000) as started:
        assert bar.start(channel) is not None
    session_id: int = started.args[0] if started.args else 0
    return session_id


def keep(qtbot: QtBot, bar: SessionBar, offer: KeptOffer) -> int:
    """Keep an offer and wait for it: its journal entry id."""
    with qtbot.waitSignal(bar.offer_kept, timeout=10_000) as kept:
        assert bar.keep_offer(offer) is not None
    entry_id: int = kept.args[0] if kept.args else 0
    return entry_id


def session_entries(database: Database, session_id: int) -> list[JournalEntry]:
    with database.session() as session:
        return list(
            session.scalars(
                select(JournalEntry)
                .where((JournalEntry.id == session_id) | (JournalEntry.refers_to_id == session_id))
                .order_by(JournalEntry.id)
            )
        )


def test_elapsed_text() -> None:
    assert [elapsed_text(s) for s in (0, 59, 61, 3599, 3600, 3725)] == [
        "00:00",
        "00:59",
        "01:01",
        "59:59",
        "1:00:00",
        "1:02:05",
    ]


def test_a_call_with_two_offers_ending_in_a_callback(
    qtbot: QtBot,
    bar: SessionBar,
    runner: OperationRunner,
    demo_database: Database,
    case_id: int,  # noqa: F811
) -> None:
    assert bar.start_call_action.isEnabled() and not bar.end_action.isEnabled()
    announced: list[Changes] = []
    runner.changed.connect(announced.append)
    with qtbot.waitSignal(bar.session_started, timeout=10_000) as started:
        qtbot.keyClick(bar, Qt.Key.Key_T, CTRL_SHIFT)
    [session_id] = started.args or []
    assert [changes.cases for changes in announced] == [frozenset({case_id})]
    assert announced[0].concerns(Record.SESSION)
    assert bar.state_label.text() == "Call in progress"
    assert not bar.start_call_action.isEnabled() and bar.end_action.isEnabled()
    qtbot.waitUntil(lambda: bar.timer_label.text() == "00:01", timeout=10_000)

    first = keep(qtbot, bar, scenario(48))
    second = keep(qtbot, bar, scenario(60))
    assert bar.offers_label.text() == "2 offers kept"

    qtbot.keyClick(bar, Qt.Key.Key_E, CTRL_SHIFT)
    dialog = bar.end_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.outcome() == SessionOutcome.CALLBACK
    callback = QDateTime.currentDateTime().addDays(2)
    dialog.callback_edit.setDateTime(callback)
    qtbot.keyClicks(dialog.note_edit, "Rappeler apres le virement")
    save = dialog.button_box.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(bar.session_ended, timeout=10_000) as ended:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert ended.args == [session_id]
    assert announced[-1].cases == frozenset({case_id})
    assert not dialog.isVisible()
    assert bar.session is None and bar.start_call_action.isEnabled()

    start, offer_1, offer_2, end = session_entries(demo_database, session_id)
    assert [e.kind for e in (start, offer_1, offer_2, end)] == [
        JournalKind.SESSION,
        JournalKind.OFFER,
        JournalKind.OFFER,
        JournalKind.SESSION_OUTCOME,
    ]
    assert [offer_1.id, offer_2.id] == [first, second]
    assert offer_1.payload == offer_json(scenario(48))
    payload = end.payload or {}
    assert (payload["outcome"], payload["offers"], end.note) == (
        "callback",
        2,
        "Rappeler apres le virement",
    )
    expected_day: date = callback.date().toPython()  # type: ignore[assignment]
    with demo_database.session() as session:
        assert session.get_one(Case, case_id).next_action_date == expected_day
    # The history tells the session, with its offers.
    line = describe(journal_entry_view(end))
    assert line.startswith("Call ended after 0 min ")
    assert "callback on " in line and "2 offers kept" in line
    assert describe(journal_entry_view(start)) == "Call started"
    assert describe(journal_entry_view(offer_1)) == (
        f"48 instalments of {format_money(Decimal('312.40'))}"
    )


def test_a_wrong_callback_is_explained_in_the_dialog(
    qtbot: QtBot,
    bar: SessionBar,
    demo_database: Database,
    case_id: int,  # noqa: F811
) -> None:
    started = start(qtbot, bar, Channel.BRANCH)
    assert bar.state_label.text() == "Meeting in progress"
    dialog = bar.end_session()
    assert dialog is not None
    dialog.callback_edit.setMinimumDateTime(QDateTime.currentDateTime().addDays(-2))
    dialog.callback_edit.setDateTime(QDateTime.currentDateTime().addDays(-1))
    with qtbot.assertNotEmitted(bar.session_ended, wait=100):
        dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert dialog.isVisible() and dialog.button_box.isEnabled()  # to correct and save
    assert dialog.error_label.text() == "The callback must be in the future."
    # Another outcome needs no date: the session ends.
    dialog.outcome_buttons[SessionOutcome.REFUSAL].click()
    assert not dialog.callback_edit.isEnabled()
    with qtbot.waitSignal(bar.session_ended, timeout=10_000):
        dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    view = sessions.session_with_offers(demo_database, started)
    assert (view.outcome, view.offers) == (SessionOutcome.REFUSAL, ())


def test_an_open_session_is_resumed_and_offers_need_one(
    qtbot: QtBot,
    bar: SessionBar,
    demo_database: Database,
    case_id: int,  # noqa: F811
) -> None:
    assert bar.keep_offer(scenario(24)) is None
    assert bar.error_label.text() == "Start a call or a meeting to keep an offer."
    started = start(qtbot, bar, Channel.PHONE)
    assert bar.error_label.isHidden()
    keep(qtbot, bar, scenario(24))
    bar.set_case(None)
    assert not any(a.isEnabled() for a in bar.actions())
    # The window gives the bar the case's open session when the case is selected again.
    bar.set_case(case_id, sessions.open_session(demo_database, case_id))
    assert bar.session is not None and bar.session.id == started
    assert bar.offers_label.text() == "1 offer kept"
    # A second session on the same case is refused by the service, said inline.
    with (
        qtbot.assertNotEmitted(bar.session_started, wait=100),
        qtbot.waitSignal(bar.refused, timeout=10_000),
    ):
        assert sessions.open_session(demo_database, case_id) is not None
        bar.set_case(case_id)  # as if another window had missed it
        assert bar.start(Channel.PHONE) is not None
    assert bar.error_label.text() == "A session is already open on this case."


def test_cancelling_the_end_keeps_the_session_and_one_dialog_at_a_time(
    qtbot: QtBot,
    bar: SessionBar,
    demo_database: Database,
    case_id: int,  # noqa: F811
) -> None:
    started = start(qtbot, bar, Channel.PHONE)
    dialog = bar.end_session()
    assert dialog is not None and bar.end_session() is dialog
    with qtbot.assertNotEmitted(bar.session_ended):
        dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert bar.end_dialog is None
    assert bar.session is not None and bar.session.id == started
    assert sessions.open_session(demo_database, case_id) is not None


def test_the_dialog_ends_the_session_it_was_opened_for(
    qtbot: QtBot,
    bar: SessionBar,
    demo_database: Database,
    case_id: int,  # noqa: F811
) -> None:
    started = start(qtbot, bar, Channel.PHONE)
    dialog = bar.end_session()
    assert dialog is not None
    dialog.outcome_buttons[SessionOutcome.NO_ANSWER].click()
    bar.set_case(None)  # the officer looks at another case meanwhile
    with qtbot.waitSignal(bar.session_ended, timeout=10_000) as ended:
        dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert ended.args == [started]
    view = sessions.session_with_offers(demo_database, started)
    assert view.outcome == SessionOutcome.NO_ANSWER and view.case_id == case_id
