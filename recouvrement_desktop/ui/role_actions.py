"""Window actions only some roles have: importing the bank's extract, exporting the
outcomes, allocating the bank's payments and sending the day's letters (supervisors),
recording a case's overindebtedness file and FICP registration (who works the cases),
checking the audit trail (auditors). Their modules are
imported only for those roles, so an officer's window starts without them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from recouvrement_desktop.domain.permissions import Permission, allows
from recouvrement_desktop.ui.operations import OperationRunner

if TYPE_CHECKING:  # the window shows before SQLAlchemy is imported (see ui/main_window.py)
    from recouvrement_desktop.services.workspace import Workspace
    from recouvrement_desktop.ui.audit_check import AuditCheck

__all__ = ["add_role_actions"]


def add_role_actions(
    window: QWidget,
    runner: OperationRunner,
    workspace: Workspace,
    *,
    file_menu: QMenu,
    cases_menu: QMenu,
    current_case: Callable[[], int | None] = lambda: None,
) -> AuditCheck | None:
    """Add the actions the signed-in role may use; the audit check, when there is one."""
    role = workspace.identity.role if workspace.identity else None
    file_actions = []
    if role is not None and allows(role, Permission.IMPORT_DATA):
        from recouvrement_desktop.ui.portfolio_import_dialog import import_action  # noqa: PLC0415

        file_actions.append(import_action(window, runner, workspace))
    if role is not None and allows(role, Permission.EXPORT_OUTCOMES):
        from recouvrement_desktop.ui.outcomes_export_dialog import export_action  # noqa: PLC0415

        file_actions.append(export_action(window, runner, workspace))
    if file_actions:
        first = file_menu.insertSeparator(file_menu.actions()[0])
        file_menu.insertActions(first, file_actions)
    if role is not None and allows(role, Permission.ALLOCATE_PAYMENTS):
        from recouvrement_desktop.ui.payments_dialog import payments_action  # noqa: PLC0415

        cases_menu.addAction(payments_action(window, runner, workspace))
    if role is not None and allows(role, Permission.WORK_CASES):
        from recouvrement_desktop.ui.legal_status_dialog import (  # noqa: PLC0415
            legal_status_action,
        )

        legal = legal_status_action(window, runner, workspace, current_case)
        cases_menu.addAction(legal)
        cases_menu.aboutToShow.connect(lambda: legal.setEnabled(current_case() is not None))
    if role is not None and allows(role, Permission.SEND_LETTERS):
        from recouvrement_desktop.ui.letters_dialog import letters_action  # noqa: PLC0415

        cases_menu.addAction(letters_action(window, runner, workspace))
    if role is None or not allows(role, Permission.READ_AUDIT):
        return None
    from recouvrement_desktop.ui.audit_check import AuditCheck  # noqa: PLC0415

    check = AuditCheck(window, runner, workspace)
    cases_menu.addSeparator()
    cases_menu.addAction(check.action)
    return check
