"""The auditor's "Verify the audit trail…" in the window: off the GUI thread, the same
sentences as the command line, and an edited record shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import text

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.services.officers import acting_officer
from recouvrement_desktop.ui.audit_check import AuditCheck
from recouvrement_desktop.ui.operations import OperationRunner
from tests.ui.conftest import workspace_of


def _check(qtbot: Any, demo_database: Database, runner: OperationRunner) -> tuple[bool, str]:
    auditor = acting_officer(demo_database, "demo.auditor")
    assert auditor is not None and auditor.role is OfficerRole.AUDITOR
    parent = QWidget()
    qtbot.addWidget(parent)
    check = AuditCheck(parent, runner, workspace_of(demo_database, auditor))
    with qtbot.waitSignal(check.reported, timeout=60_000) as signal:
        check.action.trigger()
    assert check.box is not None and check.box.isVisible()
    intact, shown = signal.args
    assert check.box.text() == shown
    expected = QMessageBox.Icon.Information if intact else QMessageBox.Icon.Warning
    assert check.box.icon() == expected
    return bool(intact), str(shown)


def test_an_intact_demonstration_trail_says_it_proves_nothing(
    qtbot: Any, demo_database: Database, runner: OperationRunner
) -> None:
    intact, shown = _check(qtbot, demo_database, runner)
    assert intact
    assert "Demonstration database" in shown and "Audit chain intact" in shown
    assert "all as recorded" in shown


def test_an_edited_loan_is_named(
    qtbot: Any, demo_database: Database, runner: OperationRunner
) -> None:
    with demo_database.engine.begin() as connection:
        loan = connection.execute(text("SELECT min(id) FROM loans")).scalar_one()
        connection.execute(text(f"UPDATE loans SET outstanding_principal = 1 WHERE id = {loan}"))
    intact, shown = _check(qtbot, demo_database, runner)
    assert not intact
    assert f"loans {loan}: changed since the event that covers it" in shown
