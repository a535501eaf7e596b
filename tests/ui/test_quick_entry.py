"""The quick-entry widget, driven from the keyboard like an officer on the phone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, JournalEntry, Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import (
    CaseStage,
    Channel,
    ContactResult,
    Direction,
    JournalKind,
    LifeEventType,
    OfficerRole,
)
from recouvrement_desktop.services.changes import Record
from recouvrement_desktop.services.views import identity_of
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.quick_entry import QuickEntry
from tests.ui.signing import branch_cases

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def officer(demo_database: Database) -> Identity:
    with demo_database.session() as session:
        row = session.scalars(
            select(Officer).where(Officer.role == OfficerRole.OFFICER).order_by(Officer.id)
        ).first()
        assert row is not None
        return identity_of(row)


@pytest.fixture
def case_id(demo_database: Database, officer: Identity) -> int:
    """An amicable case of the officer's branch (the only cases they may work on)."""
    with demo_database.session() as session:
        found = session.scalars(
            select(Case.id)
            .where(Case.stage == CaseStage.AMICABLE, branch_cases(officer))
            .order_by(Case.id)
        ).first()
    assert found is not None
    return found


@pytest.fixture
def workspace(demo_database: Database, officer: Identity) -> Workspace:
    return Workspace(demo_database, officer)


@pytest.fixture
def entry(
    qtbot: QtBot, runner: OperationRunner, workspace: Workspace, case_id: int
) -> Iterator[QuickEntry]:
    widget = QuickEntry(runner, workspace)
    qtbot.addWidget(widget)
    widget.set_case(case_id)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget


def newest(database: Database, case_id: int) -> JournalEntry:
    with database.session() as session:
        found = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.case_id == case_id)
            .order_by(JournalEntry.id.desc())
        ).first()
    assert found is not None
    return found


def count(database: Database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count(JournalEntry.id))) or 0)


def test_ctrl_n_then_ctrl_return_saves_a_note(
    qtbot: QtBot,
    entry: QuickEntry,
    runner: OperationRunner,
    demo_database: Database,
    officer: Identity,
    case_id: int,
) -> None:
    entry.show_form(QuickEntry.CONTACT)
    qtbot.keyClick(entry, Qt.Key.Key_N, CTRL)
    assert entry.tabs.currentIndex() == QuickEntry.NOTE
    assert entry.note_edit.hasFocus()
    qtbot.keyClicks(entry.note_edit, "Cliente jointe, accepte un")  # QTest types ASCII only
    entry.note_edit.insertPlainText(" échéancier.")
    with qtbot.waitSignal(runner.changed, timeout=10_000) as changed:
        qtbot.keyClick(entry.note_edit, Qt.Key.Key_Return, CTRL)
    assert changed.args[0].cases == {case_id}  # what the other panels are told
    assert changed.args[0].concerns(Record.JOURNAL)
    saved = newest(demo_database, case_id)
    assert (saved.kind, saved.note, saved.officer_id) == (
        JournalKind.NOTE,
        "Cliente jointe, accepte un échéancier.",
        officer.id,
    )
    assert entry.note_edit.toPlainText() == ""
    assert entry.error_label.isHidden()


@pytest.mark.parametrize(("typed", "amount"), [("1 234,56", "1234.56"), ("1234.56", "1234.56")])
def test_a_promise_typed_the_french_or_the_english_way(
    qtbot: QtBot,
    entry: QuickEntry,
    demo_database: Database,
    case_id: int,
    typed: str,
    amount: str,
) -> None:
    qtbot.keyClick(entry, Qt.Key.Key_P, CTRL_SHIFT)
    assert entry.tabs.currentIndex() == QuickEntry.PROMISE and entry.amount_edit.hasFocus()
    qtbot.keyClicks(entry.amount_edit, typed)
    due = date.today() + timedelta(days=10)
    entry.due_edit.setDate(QDate(due.year, due.month, due.day))
    qtbot.keyClicks(entry.promise_note, "Virement le 10")
    with qtbot.waitSignal(entry.saved, timeout=10_000):
        qtbot.keyClick(entry.promise_note, Qt.Key.Key_Return)
    saved = newest(demo_database, case_id)
    assert (saved.kind, saved.amount, saved.due_date, saved.note) == (
        JournalKind.PROMISE,
        Decimal(amount),
        due,
        "Virement le 10",
    )
    assert entry.amount_edit.text() == ""


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1.234,5", "Invalid number: 1.234,5"),
        ("12,345", "An amount cannot have more than two decimals: 12,345"),
        ("0", "The amount must be more than zero."),
        ("", "Type the amount promised."),
    ],
)
def test_a_wrong_amount_is_explained_and_kept(
    qtbot: QtBot, entry: QuickEntry, demo_database: Database, typed: str, message: str
) -> None:
    before = count(demo_database)
    entry.show_form(QuickEntry.PROMISE)
    qtbot.keyClicks(entry.amount_edit, typed)
    qtbot.keyClicks(entry.promise_note, "a confirmer")
    with (
        qtbot.assertNotEmitted(entry.saved, wait=100),
        qtbot.waitSignal(entry.refused, timeout=10_000),
    ):
        qtbot.keyClick(entry.amount_edit, Qt.Key.Key_Return)
    assert entry.error_label.isVisible()
    assert entry.error_label.text() == message
    assert (entry.amount_edit.text(), entry.promise_note.text()) == (typed, "a confirmer")
    assert count(demo_database) == before


def test_an_empty_note_and_a_missing_officer_are_explained(
    qtbot: QtBot, entry: QuickEntry, workspace: Workspace, demo_database: Database
) -> None:
    before = count(demo_database)
    with qtbot.waitSignal(entry.refused, timeout=10_000):
        entry.save()
    assert entry.error_label.text() == "Write the note before saving it."
    workspace.identity = None  # signed out
    qtbot.keyClicks(entry.note_edit, "Bonjour")
    with qtbot.waitSignal(entry.refused, timeout=10_000):
        entry.save()
    assert entry.error_label.text() == "No officer is signed in."
    assert entry.note_edit.toPlainText() == "Bonjour"
    assert count(demo_database) == before


def test_a_contact_result(
    qtbot: QtBot, entry: QuickEntry, demo_database: Database, case_id: int
) -> None:
    qtbot.keyClick(entry, Qt.Key.Key_C, CTRL_SHIFT)
    assert entry.tabs.currentIndex() == QuickEntry.CONTACT and entry.channel_combo.hasFocus()
    entry.result_combo.setCurrentIndex(entry.result_combo.findData(ContactResult.VOICEMAIL.value))
    qtbot.keyClicks(entry.contact_note, "Message laisse")
    with qtbot.waitSignal(entry.saved, timeout=10_000):
        qtbot.keyClick(entry.contact_note, Qt.Key.Key_Return)
    saved = newest(demo_database, case_id)
    assert (saved.kind, saved.channel, saved.direction, saved.result, saved.note) == (
        JournalKind.CONTACT,
        Channel.PHONE,
        Direction.OUTBOUND,
        ContactResult.VOICEMAIL,
        "Message laisse",
    )
    with demo_database.session() as session:
        assert session.get_one(Case, case_id).last_contact_at == saved.occurred_at


def test_a_life_event(
    qtbot: QtBot, entry: QuickEntry, demo_database: Database, case_id: int
) -> None:
    qtbot.keyClick(entry, Qt.Key.Key_L, CTRL_SHIFT)
    assert entry.tabs.currentIndex() == QuickEntry.LIFE_EVENT
    entry.event_combo.setCurrentIndex(entry.event_combo.findData(LifeEventType.ILLNESS.value))
    qtbot.keyClicks(entry.event_note, "Arret maladie")
    with qtbot.waitSignal(entry.saved, timeout=10_000):
        qtbot.mouseClick(entry.save_button, Qt.MouseButton.LeftButton)
    saved = newest(demo_database, case_id)
    assert (saved.kind, saved.life_event, saved.note) == (
        JournalKind.LIFE_EVENT,
        LifeEventType.ILLNESS,
        "Arret maladie",
    )


def test_without_a_case_everything_is_disabled(entry: QuickEntry, case_id: int) -> None:
    entry.note_edit.setPlainText("brouillon")
    entry.set_case(None)
    assert not entry.tabs.isEnabled() and not entry.save_button.isEnabled()
    assert not any(action.isEnabled() for action in entry.actions())
    assert entry.note_edit.toPlainText() == ""  # never saved on another case
    assert entry.save() is None
    entry.set_case(case_id)
    assert all(action.isEnabled() for action in entry.actions())
    shortcuts = {action.shortcut().toString() for action in entry.actions()}
    assert {"Ctrl+N", "Ctrl+Shift+C", "Ctrl+Shift+P", "Ctrl+Shift+L", "Ctrl+Return"} == shortcuts


def test_a_save_that_fails_in_the_database_keeps_the_text(
    qtbot: QtBot, entry: QuickEntry, demo_database: Database, case_id: int
) -> None:
    """The case was deleted meanwhile (another machine): the message says so and the
    officer's text stays, ready to save elsewhere."""
    before = count(demo_database)
    entry.set_case(10**9)  # a case that does not exist
    qtbot.keyClicks(entry.note_edit, "Cliente rappelee")
    with qtbot.waitSignal(entry.refused, timeout=10_000) as refused:
        entry.save()
    assert refused.args == ["This case no longer exists."]
    assert entry.note_edit.toPlainText() == "Cliente rappelee"
    assert entry.save_button.isEnabled()  # ready to try again
    assert count(demo_database) == before


def test_one_save_at_a_time(qtbot: QtBot, entry: QuickEntry, demo_database: Database) -> None:
    before = count(demo_database)
    qtbot.keyClicks(entry.note_edit, "Une seule fois")
    with qtbot.waitSignal(entry.saved, timeout=10_000):
        first = entry.save()
        assert first is not None
        assert entry.save() is None  # a second Ctrl+Return while the first is saving
        assert not entry.save_button.isEnabled()
    assert count(demo_database) == before + 1


def test_a_database_held_by_another_writer_refuses_clearly_and_keeps_the_note(
    qtbot: QtBot, runner: OperationRunner, demo_database: Database, officer: Identity, case_id: int
) -> None:
    """Another program holds the write lock past the busy timeout: the officer reads why,
    the note stays typed, and saving again once the lock is gone works."""
    path = demo_database.sqlite_path
    assert path is not None
    impatient = Database(f"sqlite:///{path}", busy_timeout_ms=200)
    widget = QuickEntry(runner, Workspace(impatient, officer))
    qtbot.addWidget(widget)
    widget.set_case(case_id)
    widget.show_form(QuickEntry.NOTE)
    widget.note_edit.setPlainText("Client rappellera lundi")
    blocker = sqlite3.connect(path, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with qtbot.waitSignal(widget.refused, timeout=10_000) as refused:
            widget.save()
        assert "busy" in refused.args[0] and "nothing was saved" in refused.args[0]
        assert widget.note_edit.toPlainText() == "Client rappellera lundi"
        assert widget.save_button.isEnabled()  # not stuck
        blocker.execute("ROLLBACK")
        with qtbot.waitSignal(widget.saved, timeout=10_000):
            widget.save()
        assert newest(demo_database, case_id).note == "Client rappellera lundi"
    finally:
        blocker.close()
        impatient.dispose()
