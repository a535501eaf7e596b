"""The day's letters in the window, on a real SQLite demonstration database: the list
with its due, held and skipped lines and their reasons, the preview of a letter, an
exclusion with its reason, the supervisor's approval, and the send that writes the PDF
to print and the gateway's CSV — once."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import JournalEntry, Officer
from recouvrement_desktop.domain.escalation import Status
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.domain.recovery import Channel, JournalKind
from recouvrement_desktop.i18n.formatting import format_date
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.demo_letters import write_demo_letters
from recouvrement_desktop.services.letter_batch import GATEWAY_COLUMNS
from recouvrement_desktop.services.views import identity_of
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.letters_dialog import REASON, STATUS, LettersDialog
from recouvrement_desktop.ui.main_window import MainWindow
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.private_folder import private_folder
from tests.conftest import DEMO_TODAY
from tests.documents.conftest import run_tool


def as_shown(day: date) -> str:
    """A date as the reasons show it (the interface's medium format)."""
    return format_date(day, length="medium")


def account(database: Database, login: str) -> Identity:
    with database.session() as session:
        return identity_of(session.scalars(select(Officer).where(Officer.login == login)).one())


def letters_sent(database: Database) -> int:
    with database.session() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(JournalEntry)
                .where(JournalEntry.kind == JournalKind.LETTER)
            )
            or 0
        )


def intact(database: Database) -> bool:
    with database.session() as session:
        return verify_audit(session).intact


@pytest.fixture
def demo_letters(demo_database: Database) -> Database:
    """The demonstration database with its escalation history."""
    assert write_demo_letters(demo_database, today=DEMO_TODAY) == 6
    return demo_database


def open_dialog(
    qtbot: QtBot, runner: OperationRunner, database: Database, login: str
) -> LettersDialog:
    """The dialog as *login* opens it for the demonstration day, its list and the
    first line's preview shown."""
    with qtbot.waitSignals([runner.idle], timeout=30_000):
        dialog = LettersDialog(runner, Workspace(database, account(database, login)), on=DEMO_TODAY)
    qtbot.addWidget(dialog)
    return dialog


def rows(dialog: LettersDialog) -> list[tuple[str, str, str]]:
    """(case, status, reason) of each row, as shown."""
    table = dialog.table
    return [
        (
            table.item(row, 0).text(),  # type: ignore[union-attr]
            table.item(row, STATUS).text(),  # type: ignore[union-attr]
            table.item(row, REASON).text(),  # type: ignore[union-attr]
        )
        for row in range(table.rowCount())
    ]


def select_status(dialog: LettersDialog, status: Status) -> int:
    """Select the first line of *status*; its case."""
    line = next(line for line in dialog.lines() if line.status is status)
    dialog.select_case(line.case_id)
    return line.case_id


def test_the_list_shows_due_held_and_skipped_lines_with_their_reasons(
    qtbot: QtBot, runner: OperationRunner, demo_letters: Database
) -> None:
    dialog = open_dialog(qtbot, runner, demo_letters, "demo.supervisor")
    shown = rows(dialog)
    statuses = [status for _case, status, _reason in shown]
    assert {"due", "awaiting approval", "skipped"} <= set(statuses)
    # grouped by status: the due ones first, then those awaiting approval, then skipped
    groups = [dialog.status_text(s) for s in (Status.DUE, Status.AWAITING_APPROVAL, Status.SKIPPED)]
    assert statuses == sorted(statuses, key=groups.index)
    reasons = {status: [r for _c, s, r in shown if s == status] for status in set(statuses)}
    assert any(r.endswith("a supervisor must approve it") for r in reasons["awaiting approval"])
    assert any(r.startswith("payment plan ACC-") or r.startswith("promise to pay by ")
               for r in reasons["skipped"])  # fmt: skip
    sent = f"first reminder sent on {as_shown(date(2026, 11, 14))}"
    assert any(sent in r for r in reasons["due"])
    assert "due" in dialog.summary.text() and DEMO_TODAY.isoformat() in dialog.summary.text()
    # the first line's letter, drawn from its PDF
    pixmap = dialog.preview.page.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # an A4 page
    # another line selected: its own letter is drawn
    held = next(line for line in dialog.lines() if line.status is Status.AWAITING_APPROVAL)
    with qtbot.waitSignal(dialog.preview.previewed, timeout=30_000):
        dialog.select_case(held.case_id)
    assert held.case_reference in dialog.preview.note.text()
    assert "formal notice" in dialog.preview.note.text()
    assert not dialog.preview.page.pixmap().isNull()
    assert not list(private_folder().glob("preview-*"))  # the client's letter is not left
    # sorted by a column on demand; by status, the groups keep their order
    dialog.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    references = [case for case, _s, _r in rows(dialog)]
    assert references == sorted(references, reverse=True)
    dialog.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    assert [status for _c, status, _r in rows(dialog)] == statuses
    assert [line.case_reference for line in dialog.lines()] == [c for c, _s, _r in rows(dialog)]


def test_an_exclusion_needs_a_reason_and_takes_the_line_out_of_the_due_ones(
    qtbot: QtBot,
    runner: OperationRunner,
    demo_letters: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, runner, demo_letters, "demo.officer")
    case_id = select_status(dialog, Status.DUE)
    assert dialog.exclude_button.isEnabled()
    assert not dialog.send_button.isEnabled()  # sending is a supervisor's right

    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("   ", True))
    dialog.exclude_button.click()
    assert "reason is required" in dialog.message.text()
    assert not runner.busy  # nothing was asked of the database

    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("Client hospitalisé", True))
    announced: list[Changes] = []
    runner.changed.connect(announced.append)
    with qtbot.waitSignal(dialog.loaded, timeout=30_000):
        dialog.exclude_button.click()
    assert announced and announced[0].touches(case_id)
    assert announced[0].concerns(Record.JOURNAL) and announced[0].concerns(Record.CASE)
    line = next(line for line in dialog.lines() if line.case_id == case_id)
    assert line.status is Status.SKIPPED
    reason = next(r for c, _s, r in rows(dialog) if c == line.case_reference)
    assert reason.startswith(f"excluded on {as_shown(date(2026, 11, 28))}: Client hospitalisé")
    assert "excluded" in dialog.message.text()
    runner.wait()
    assert intact(demo_letters)


def test_only_a_supervisor_approves_a_held_letter(
    qtbot: QtBot, runner: OperationRunner, demo_letters: Database
) -> None:
    officer_dialog = open_dialog(qtbot, runner, demo_letters, "demo.officer")
    held = [line for line in officer_dialog.lines() if line.status is Status.AWAITING_APPROVAL]
    assert held
    officer_dialog.select_case(held[0].case_id)
    assert officer_dialog.selected_line() == held[0]
    assert not officer_dialog.approve_button.isEnabled()

    dialog = open_dialog(qtbot, runner, demo_letters, "demo.supervisor")
    case_id = select_status(dialog, Status.DUE)
    assert not dialog.approve_button.isEnabled()  # a due letter needs no approval
    case_id = select_status(dialog, Status.AWAITING_APPROVAL)
    line = next(line for line in dialog.lines() if line.case_id == case_id)
    assert line.kind is LetterKind.FORMAL_NOTICE
    assert dialog.approve_button.isEnabled()
    with qtbot.waitSignal(dialog.loaded, timeout=30_000):
        dialog.approve_button.click()
    after = next(line for line in dialog.lines() if line.case_id == case_id)
    assert after.status is Status.DUE
    assert dialog.selected_line() == after  # the line in hand stays selected
    runner.wait()
    assert intact(demo_letters)


def test_send_writes_the_pdf_and_the_csv_once(
    qtbot: QtBot,
    runner: OperationRunner,
    demo_letters: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = open_dialog(qtbot, runner, demo_letters, "demo.supervisor")
    due = [line for line in dialog.lines() if line.status is Status.DUE]
    posted = [line for line in due if line.channel is Channel.LETTER]
    mailed = [line for line in due if line.channel is not Channel.LETTER]
    assert posted and mailed
    before = letters_sent(demo_letters)
    asked: list[str] = []

    def choose(_parent: object, _title: str, start: str) -> str:
        asked.append(start)
        return str(tmp_path / "out")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    assert dialog.send_button.isEnabled()
    with qtbot.waitSignal(dialog.done_working, timeout=60_000):
        dialog.send_button.click()
    assert asked == [str(dialog.default_folder())]
    batch = dialog.last_batch
    assert batch is not None and len(batch.sent) == len(due)
    assert batch.print_pdf == tmp_path / "out" / "letters-2026-11-28.pdf"
    assert batch.gateway_csv == tmp_path / "out" / "gateway-2026-11-28.csv"
    assert str(batch.print_pdf) in dialog.message.text()
    assert str(batch.gateway_csv) in dialog.message.text()
    assert dialog.open_folder_button.isVisibleTo(dialog)
    words = " ".join(run_tool("pdftotext", "-enc", "UTF-8", batch.print_pdf, "-").stdout.split())
    for line in posted:
        assert line.case_reference in words
    with batch.gateway_csv.open(encoding="utf-8", newline="") as file:
        table = list(csv.reader(file))
    assert tuple(table[0]) == GATEWAY_COLUMNS
    assert sorted(row[0] for row in table[1:]) == sorted(line.case_reference for line in mailed)
    assert letters_sent(demo_letters) == before + len(due)
    # the list follows: nothing is due any more, the send is disabled
    qtbot.waitUntil(lambda: not any(line.status is Status.DUE for line in dialog.lines()))
    assert not dialog.send_button.isEnabled()

    # a second send the same day sends nothing and writes no file
    written = sorted((tmp_path / "out").iterdir())
    with qtbot.waitSignal(dialog.done_working, timeout=60_000):
        dialog.send()
    assert dialog.last_batch is not None and dialog.last_batch.sent == ()
    assert "Nothing to send" in dialog.message.text()
    assert sorted((tmp_path / "out").iterdir()) == written
    assert letters_sent(demo_letters) == before + len(due)
    runner.wait()
    assert intact(demo_letters)


def test_only_those_who_may_send_letters_see_the_menu(
    qtbot: QtBot, demo_database: Database
) -> None:
    for login, expected in (("demo.officer", False), ("demo.supervisor", True)):
        main = MainWindow(Workspace(demo_database, account(demo_database, login)), demo=True)
        qtbot.addWidget(main)
        cases_menu = main.menuBar().actions()[1].menu()
        assert isinstance(cases_menu, QMenu)
        texts = [action.text() for action in cases_menu.actions()]
        assert ("&Letters to send…" in texts) is expected
