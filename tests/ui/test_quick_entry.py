"""The quick-entry widget, driven from the keyboard like an officer on the phone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, JournalEntry, Officer
from recouvrement_desktop.domain.recovery import (
    CaseStage,
    Channel,
    ContactResult,
    Direction,
    JournalKind,
    LifeEventType,
    OfficerRole,
)
from recouvrement_desktop.ui.quick_entry import QuickEntry

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def officer(demo_database: Database) -> Officer:
    with demo_database.session() as session:
        return session.scalars(
            select(Officer).where(Officer.role == OfficerRole.OFFICER).order_by(Officer.id)
        ).first()  # type: ignore[return-value]


@pytest.fixture
def case_id(demo_database: Database) -> int:
    with demo_database.session() as session:
        found = session.scalars(
            select(Case.id).where(Case.stage == CaseStage.AMICABLE).order_by(Case.id)
        ).first()
    assert found is not None
    return found


@pytest.fixture
def entry(
    qtbot: QtBot, demo_database: Database, officer: Officer, case_id: int
) -> Iterator[QuickEntry]:
    signed_in: list[Officer | None] = [officer]
    widget = QuickEntry(demo_database, lambda: signed_in[0])
    widget.signed_in = signed_in  # type: ignore[attr-defined]  # lets a test sign out
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
    qtbot: QtBot, entry: QuickEntry, demo_database: Database, officer: Officer, case_id: int
) -> None:
    entry.show_form(QuickEntry.CONTACT)
    qtbot.keyClick(entry, Qt.Key.Key_N, CTRL)
    assert entry.tabs.currentIndex() == QuickEntry.NOTE
    assert entry.note_edit.hasFocus()
    qtbot.keyClicks(entry.note_edit, "Cliente jointe, accepte un")  # QTest types ASCII only
    entry.note_edit.insertPlainText(" échéancier.")
    with qtbot.waitSignal(entry.data_changed, timeout=2000) as changed:
        qtbot.keyClick(entry.note_edit, Qt.Key.Key_Return, CTRL)
    assert changed.args == [case_id]
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
    with qtbot.waitSignal(entry.data_changed, timeout=2000):
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
    with qtbot.assertNotEmitted(entry.data_changed):
        qtbot.keyClick(entry.amount_edit, Qt.Key.Key_Return)
    assert entry.error_label.isVisible()
    assert entry.error_label.text() == message
    assert (entry.amount_edit.text(), entry.promise_note.text()) == (typed, "a confirmer")
    assert count(demo_database) == before


def test_an_empty_note_and_a_missing_officer_are_explained(
    qtbot: QtBot, entry: QuickEntry, demo_database: Database
) -> None:
    before = count(demo_database)
    assert entry.save() is None
    assert entry.error_label.text() == "Write the note before saving it."
    entry.signed_in[0] = None  # type: ignore[attr-defined]
    qtbot.keyClicks(entry.note_edit, "Bonjour")
    assert entry.save() is None
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
    with qtbot.waitSignal(entry.data_changed, timeout=2000):
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
    with qtbot.waitSignal(entry.data_changed, timeout=2000):
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
