"""The call script beside the session, in the real window: a call shows the script of
the case, steps are ticked from the keyboard, ending the call hides it."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case
from recouvrement_desktop.domain.recovery import Channel, LoanCategory, SessionOutcome
from recouvrement_desktop.i18n.formatting import format_money
from recouvrement_desktop.i18n.language import active_language
from recouvrement_desktop.services import sessions
from recouvrement_desktop.services.call_scripts import call_script
from recouvrement_desktop.services.sessions import SessionView
from recouvrement_desktop.ui.call_script_panel import script_html
from recouvrement_desktop.ui.main_window import MainWindow
from tests.ui.conftest import workspace_of

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def started(qtbot: QtBot, database: Database, *, restore_layout: bool = False) -> MainWindow:
    main = MainWindow(workspace_of(database), demo=True, restore_layout=restore_layout)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.filled, timeout=10_000):
        main.start()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


@pytest.fixture
def window(qtbot: QtBot, demo_database: Database) -> Iterator[MainWindow]:
    yield started(qtbot, demo_database)


def start_call(qtbot: QtBot, window: MainWindow) -> SessionView:
    panel = window.call_script.panel
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    session = window.session_bar.session
    assert session is not None
    if panel.steps:  # widgets added to a shown pane are shown by the next events
        qtbot.waitUntil(panel.steps[-1].isVisible)
    return session


def total_arrears(database: Database, case_id: int) -> Decimal:
    with database.session() as session:
        case = session.get_one(Case, case_id)
        return Decimal(
            sum(
                loan.arrears_amount
                + loan.late_interest
                + loan.penalties
                # a consumer credit's fees are not claimed (C. consom. L312-38)
                + (loan.fees if loan.category is LoanCategory.MORTGAGE else 0)
                for loan in case.loans
            )
        )


def test_a_call_shows_the_script_of_the_case_and_its_end_hides_it(
    qtbot: QtBot, window: MainWindow, demo_database: Database
) -> None:
    dock, panel = window.call_script, window.call_script.panel
    assert not dock.isVisible() and not dock.show_action.isEnabled()

    session = start_call(qtbot, window)
    assert dock.isVisible() and dock.show_action.isEnabled()
    # The script the service gives for this case (read here, by the test), as shown.
    expected = call_script(
        demo_database,
        window.workspace.identity,
        session.case_id,
        Channel.PHONE,
        active_language(),
    )
    assert panel.title_label.text() == expected.title
    assert [box.text() for box in panel.steps] == [
        f"{number}. {step.title}" for number, step in enumerate(expected.steps, start=1)
    ]
    assert [label.text() for label in panel.texts] == [
        script_html(step.text) for step in expected.steps
    ]
    shown = "".join(label.text() for label in panel.texts)
    assert f"<b>{format_money(total_arrears(demo_database, session.case_id))}</b>" in shown
    assert panel.outcomes_label.text() == (
        "Promise to pay · Plan accepted · Callback · Refusal · No answer"
    )
    assert panel.progress_label.text() == f"0 of {len(expected.steps)} steps done"

    # The keyboard: Ctrl+3 goes to the first step, Space ticks it, Tab to the next.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert panel.steps[0].hasFocus()
    qtbot.keyClick(panel.steps[0], Qt.Key.Key_Space)
    assert panel.ticked() == [0] and not panel.texts[0].isEnabled()
    qtbot.keyClick(panel.steps[0], Qt.Key.Key_Tab)
    assert panel.steps[1].hasFocus()
    assert panel.progress_label.text() == f"1 of {len(expected.steps)} steps done"

    # Closed during the call, it comes back where the officer was.
    dock.close()
    assert not dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert dock.isVisible() and panel.steps[1].hasFocus()

    # Ending the session (the pane's own button) hides it.
    panel.end_button.click()
    dialog = window.session_bar.end_dialog
    assert dialog is not None
    dialog.outcome_buttons[SessionOutcome.REFUSAL].click()
    with qtbot.waitSignal(window.session_bar.session_ended, timeout=10_000):
        dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dock.isVisible() and not dock.show_action.isEnabled()
    assert panel.steps == [] and panel.script is None


def test_a_resumed_session_keeps_its_ticks(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.call_script.panel
    session = start_call(qtbot, window)
    panel.steps[1].setChecked(True)
    panel.follow(None)  # another case without a session was selected
    assert not window.call_script.isVisible()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.follow(session)  # back to the case: its session resumed
    assert panel.ticked() == [1]


def test_a_script_the_bank_broke_is_explained_in_the_pane(
    qtbot: QtBot, window: MainWindow, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECOUVREMENT_CALL_SCRIPTS_DIR", str(tmp_path))  # an empty folder
    panel = window.call_script.panel
    start_call(qtbot, window)
    assert window.call_script.isVisible()
    assert panel.title_label.text() == "No call script"
    assert panel.error_label.isVisible()
    assert panel.error_label.text().startswith("Cannot read the call script ")


def test_a_layout_saved_during_a_call_shows_no_script_without_one(
    qtbot: QtBot, demo_database: Database
) -> None:
    first = started(qtbot, demo_database, restore_layout=True)
    session = start_call(qtbot, first)
    assert first.call_script.isVisible()
    first.close()  # the layout is saved with the pane shown
    # The call was ended elsewhere (another workstation): the case has no session now.
    sessions.end_session(
        demo_database, first.workspace.identity, session.id, SessionOutcome.REFUSAL
    )
    second = started(qtbot, demo_database, restore_layout=True)
    assert second.call_script.panel.script is None
    assert not second.call_script.isVisible()


def test_script_html_keeps_the_texts_markup_and_escapes_the_rest() -> None:
    assert script_html("Say **€1,234.56** <now>.\n\n- one\n- two\nAfter") == (
        "<p>Say <b>€1,234.56</b> &lt;now&gt;.</p><ul style='margin-left: -20px'>"
        "<li>one</li><li>two</li></ul><p>After</p>"
    )
