"""Cases → Payments to allocate… and File → Export outcomes…, driven as a supervisor
would from the real window: a payment the import could not match is put on a case (an
audited decision), a wrong case reference is explained; the outcomes file the window
writes is byte for byte the command line's; an officer sees neither entry."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.db.audit import COVERAGE_ACTIONS
from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.database import Database, sqlite_url
from recouvrement_desktop.db.models import AuditEvent, BankEntry, Case, Loan, Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import BankEntryStatus, OfficerRole
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.passwords import hash_password
from recouvrement_desktop.services.payments.importer import import_payments
from recouvrement_desktop.services.portfolio.importer import import_portfolio
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.main_window import MainWindow
from recouvrement_desktop.ui.outcomes_export_dialog import OutcomesExportDialog
from recouvrement_desktop.ui.payments_dialog import PaymentsDialog
from tests.conftest import subprocess_env
from tests.factories import add_officer
from tests.ui.conftest import workspace_of

WAIT_MS = 10_000
PASSWORD = "Correct-Horse-Battery-9"
BRANCH = "Agence Lyon Part-Dieu"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """The example portfolio, then the example statement: two payments to allocate."""
    made, _ = open_sqlite(tmp_path / "bank.sqlite3", tmp_path / "backups", demonstration=True)
    yield made
    made.dispose()


def supervisor_of(database: Database, branch: str, login: str = "s.bernard") -> Identity:
    made = add_officer(
        database, login=login, full_name="Sophie Bernard", role=OfficerRole.SUPERVISOR,
        branch=branch, max_waiver="2000.00", max_extension_months=24, min_rate="1.0000",
    )  # fmt: skip
    with database.transaction() as session:
        session.get_one(Officer, made.id).password_hash = hash_password(PASSWORD)
    return made


@pytest.fixture
def supervisor(database: Database) -> Identity:
    made = supervisor_of(database, BRANCH)
    today = date(2026, 12, 3)
    assert import_portfolio(
        database, made, resource_path("import", "portfolio-example.csv"), today=today
    ).written
    statement = resource_path("import", "payments-example-camt053.xml")
    assert import_payments(database, made, statement, today=today).unmatched == 2
    return made


def menu_actions(window: MainWindow, title: str) -> dict[str, QAction]:
    for action in window.menuBar().actions():
        menu = action.menu()
        if action.text() == title and isinstance(menu, QMenu):
            return {entry.text(): entry for entry in menu.actions()}
    raise AssertionError(title)


D = TypeVar("D", PaymentsDialog, OutcomesExportDialog)


def open_from_menu(qtbot: QtBot, window: MainWindow, menu: str, entry: str, kind: type[D]) -> D:
    menu_actions(window, menu)[entry].trigger()
    qtbot.waitUntil(lambda: window.findChild(kind) is not None, timeout=WAIT_MS)
    dialog = window.findChild(kind)
    assert isinstance(dialog, kind)
    return dialog


def case_of(database: Database, contract: str) -> str:
    with database.session() as session:
        return session.scalars(
            select(Case.reference).join(Loan).where(Loan.contract_number == contract)
        ).one()


def rows(dialog: PaymentsDialog) -> list[tuple[str, str]]:
    table = dialog.table
    found = []
    for row in range(table.rowCount()):
        why, reference = table.item(row, 4), table.item(row, 5)
        assert why is not None and reference is not None
        found.append((reference.text(), why.text()))
    return found


def test_a_payment_to_allocate_is_put_on_a_case_from_the_window(
    qtbot: QtBot, database: Database, supervisor: Identity
) -> None:
    window = MainWindow(Workspace(database, supervisor), restore_layout=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.runner.changed, timeout=WAIT_MS) as announced:
        dialog = open_from_menu(qtbot, window, "&Cases", "&Payments to allocate…", PaymentsDialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT_MS)
        assert rows(dialog) == [
            ("2026120100005", "Names no case"),
            ("2026120100006", "Names several cases"),
        ]
        assert not dialog.allocate_button.isEnabled()  # no case typed yet

        dialog.table.selectRow(1)
        qtbot.keyClicks(dialog.case_reference, "REC-0000-404")
        with qtbot.waitSignal(dialog.allocated, timeout=WAIT_MS):
            dialog.allocate_button.click()
        assert dialog.status.text() == "No case has the reference REC-0000-404."
        assert dialog.table.rowCount() == 2

        case = case_of(database, "PP-2020-077218")
        dialog.case_reference.setText(case)
        with qtbot.waitSignal(dialog.allocated, timeout=WAIT_MS):
            dialog.allocate_button.click()
    assert announced.args is not None and announced.args[0].cases is None
    assert dialog.status.text() == (f"The payment 2026120100006 was allocated to the case {case}.")
    assert rows(dialog) == [("2026120100005", "Names no case")]
    with database.session() as session:
        entry = session.scalars(
            select(BankEntry).where(BankEntry.reference == "2026120100006")
        ).one()
        assert entry.status is BankEntryStatus.MATCHED
        assert entry.allocated_by_id == supervisor.id
        decided = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "payments.allocated")
            .where(AuditEvent.action.not_in(COVERAGE_ACTIONS))
        ).one()
        assert decided.details["reference"] == "2026120100006"
        assert verify_audit(session).intact
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        dialog.refresh_button.click()
    assert rows(dialog) == [("2026120100005", "Names no case")]


def test_the_window_writes_the_command_lines_outcomes_file(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    officer = workspace_of(demo_database).identity
    assert officer is not None
    supervisor = supervisor_of(demo_database, officer.branch, login="s.export")
    window = MainWindow(Workspace(demo_database, supervisor), demo=True, restore_layout=False)
    qtbot.addWidget(window)
    dialog = open_from_menu(qtbot, window, "&File", "E&xport outcomes…", OutcomesExportDialog)

    assert not dialog.export_button.isEnabled()  # no file chosen
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):  # nothing exported before
        dialog.path.setText(str(tmp_path / "first.csv"))
        dialog.export_button.click()
    assert (
        dialog.status.text() == f"No outcomes were exported for {officer.branch} yet: give --since."
    )

    dialog.since_date.setChecked(True)
    dialog.since.setDate(QDate(2026, 10, 1))
    dialog.until_day.setChecked(True)
    dialog.until.setDate(QDate(2026, 11, 29))
    dialog.file_format.setCurrentIndex(dialog.file_format.findData("json"))
    assert dialog.path.text() == str(tmp_path / "first.json")  # the extension follows
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        dialog.export_button.click()
    written = (tmp_path / "first.json").read_bytes()
    assert "events written to" in dialog.status.text()
    assert b'"event_type": "promise_made"' in written  # the demonstration's histories

    path = demo_database.sqlite_path
    assert path is not None
    command = subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", "export", "outcomes",
         "--since", "2026-10-01", "--until", "2026-11-29", "--format", "json",
         "--out", str(tmp_path / "command.json"), "--db", sqlite_url(path),
         "--user", "s.export"],
        capture_output=True, text=True, timeout=300, check=False,
        env=subprocess_env(RECOUVREMENT_PASSWORD=PASSWORD),
    )  # fmt: skip
    assert command.returncode == 0, command.stderr
    assert (tmp_path / "command.json").read_bytes() == written


def test_an_officer_sees_neither_entry(qtbot: QtBot, demo_database: Database) -> None:
    officer = workspace_of(demo_database)
    assert officer.identity is not None and officer.identity.role is OfficerRole.OFFICER
    window = MainWindow(officer, demo=True, restore_layout=False)
    qtbot.addWidget(window)
    assert "&Payments to allocate…" not in menu_actions(window, "&Cases")
    assert "E&xport outcomes…" not in menu_actions(window, "&File")
