"""File → Import a portfolio…, driven as a supervisor would: check the example, see what
would change, import it; a file with an error line can only import its valid lines;
stopping an import leaves the database as it was; only those who may import see it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Loan
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.main_window import MainWindow
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.portfolio_import_dialog import PortfolioImportDialog
from tests.factories import add_officer
from tests.ui.conftest import workspace_of

EXAMPLE = resource_path("import", "portfolio-example.csv")
WAIT_MS = 60_000


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    made, _ = open_sqlite(tmp_path / "bank.sqlite3", tmp_path / "backups", demonstration=True)
    yield made
    made.dispose()


@pytest.fixture
def supervisor(database: Database) -> Identity:
    return add_officer(
        database, login="s.bernard", full_name="Sophie Bernard", role=OfficerRole.SUPERVISOR,
        branch="Agence Lyon Part-Dieu", max_waiver="2000.00", max_extension_months=24,
        min_rate="1.0000",
    )  # fmt: skip


@pytest.fixture
def dialog(
    qtbot: QtBot, runner: OperationRunner, database: Database, supervisor: Identity
) -> PortfolioImportDialog:
    made = PortfolioImportDialog(runner, Workspace(database, supervisor))
    qtbot.addWidget(made)
    made.show()
    return made


def loans(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Loan)) or 0


def cell(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


def counts(dialog: PortfolioImportDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.count_labels.items()}


def check(qtbot: QtBot, dialog: PortfolioImportDialog, path: Path) -> None:
    dialog.set_file(path)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.check_button.click()


def test_the_example_is_checked_then_imported(
    qtbot: QtBot, dialog: PortfolioImportDialog, runner: OperationRunner, database: Database
) -> None:
    assert not dialog.import_button.isEnabled() and not dialog.check_button.isEnabled()
    check(qtbot, dialog, EXAMPLE)
    assert counts(dialog) == {
        "lines": "10", "created_clients": "8", "created_contracts": "10", "created_cases": "8",
        "rejected_lines": "0", "updated_clients": "0", "updated_contracts": "0",
        "unchanged": "0", "left_contracts": "0", "settle_proposed": "0",
    }  # fmt: skip
    assert dialog.counts_box.title() == "What the import would do"
    assert dialog.first_lines.rowCount() == 10
    header = [cell(dialog.first_lines.horizontalHeaderItem(i)) for i in range(3)]
    assert header == ["Line", "client_number", "title"]
    assert cell(dialog.first_lines.item(0, 0)) == "2"  # the header is line 1
    assert dialog.errors.rowCount() == 0 and loans(database) == 0  # a check writes nothing
    assert dialog.import_button.isEnabled()

    announced: list[Changes] = []
    runner.changed.connect(announced.append)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.import_button.click()
    assert loans(database) == 10
    assert dialog.counts_box.title() == "What the import did"
    assert counts(dialog)["created_contracts"] == "10"
    assert "was imported" in dialog.status.text()
    assert announced == [Changes.of(None, Record.CASE, Record.JOURNAL)]
    assert not dialog.import_button.isEnabled()  # a second import needs a new check
    with database.session() as session:
        assert verify_audit(session).intact


def test_a_line_in_error_is_shown_and_only_the_valid_lines_may_be_imported(
    qtbot: QtBot, dialog: PortfolioImportDialog, database: Database, tmp_path: Path
) -> None:
    lines = EXAMPLE.read_text(encoding="cp1252").splitlines()
    cells = lines[3].split(";")
    cells[lines[0].split(";").index("category")] = "payday_loan"
    broken = ";".join(cells)
    path = tmp_path / "extract.csv"
    path.write_text("\n".join([*lines[:3], broken, *lines[4:]]) + "\n", encoding="cp1252")
    check(qtbot, dialog, path)
    assert dialog.errors.rowCount() == 1
    assert dialog.status.text().startswith("1 line in error")
    assert counts(dialog)["rejected_lines"] == "1"
    cells = [cell(dialog.errors.item(0, column)) for column in range(4)]
    assert cells[:3] == ["4", "category", "payday_loan"]
    assert cells[3].startswith("Unknown category: payday_loan")
    assert dialog.tabs.currentWidget() is dialog.errors
    assert dialog.tabs.tabText(1) == "Errors (1)"
    assert not dialog.import_button.isEnabled() and dialog.save_errors_button.isEnabled()

    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.import_button.click()
    assert loans(database) == 9


def test_a_broken_profile_is_explained_and_nothing_is_read(
    qtbot: QtBot, dialog: PortfolioImportDialog, tmp_path: Path
) -> None:
    profile = tmp_path / "bank.toml"
    profile.write_text('date_format = "DD/MM"\n', encoding="utf-8")
    dialog.set_file(EXAMPLE, profile)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
        dialog.check_button.click()
    assert "date_format: DD/MM must hold DD, MM and YYYY once each" in dialog.status.text()
    assert dialog.first_lines.rowCount() == 0 and not dialog.import_button.isEnabled()


def big_extract(path: Path, contracts: int) -> Path:
    """The example's first line repeated for *contracts* clients and contracts."""
    header, line = EXAMPLE.read_text(encoding="cp1252").splitlines()[:2]
    body = [
        line.replace("CLI-100231", f"CLI-{n:07d}").replace("PP-2022-004512", f"PP-{n:07d}")
        for n in range(contracts)
    ]
    path.write_text("\n".join([header, *body]) + "\n", encoding="cp1252")
    return path


def test_stopping_an_import_writes_nothing(
    qtbot: QtBot, dialog: PortfolioImportDialog, database: Database, tmp_path: Path
) -> None:
    check(qtbot, dialog, big_extract(tmp_path / "big.csv", 10_000))
    assert counts(dialog)["created_clients"] == "10,000"
    dialog.import_button.click()
    assert dialog.stop_button.isVisible() and not dialog.close_button.isEnabled()
    # Stopped as soon as the import says it has written its first thousand lines.
    qtbot.waitUntil(lambda: dialog.progress.value() >= 1000, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.stop_button.click()
    assert dialog.status.text() == "Cancelled. Nothing was written."
    assert loans(database) == 0
    assert dialog.import_button.isEnabled()  # the check still holds: it may be run again
    with database.session() as session:
        assert verify_audit(session).intact


def test_only_those_who_may_import_see_the_menu(qtbot: QtBot, demo_database: Database) -> None:
    officer = workspace_of(demo_database)
    assert officer.identity is not None and officer.identity.role is OfficerRole.OFFICER
    supervisor = add_officer(
        demo_database, login="s.import", full_name="Sam Import", role=OfficerRole.SUPERVISOR,
        branch=officer.identity.branch, max_waiver="2000.00", max_extension_months=24,
        min_rate="1.0000",
    )  # fmt: skip
    for identity, expected in ((officer.identity, False), (supervisor, True)):
        main = MainWindow(Workspace(demo_database, identity), demo=True)
        qtbot.addWidget(main)
        file_menu = main.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        texts = [action.text() for action in file_menu.actions()]
        assert ("&Import a portfolio…" in texts) is expected
