"""The auditor's "Verify the audit trail…": the whole chain and every record it covers,
checked off the GUI thread, then the same sentences as ``audit verify``."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from recouvrement_desktop.i18n.messages import sentence
from recouvrement_desktop.services.audit_trail import report_sentences, verify
from recouvrement_desktop.services.changes import Changes
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.operations import OperationRunner, Progress, ProgressDialog

__all__ = ["AuditCheck"]


class AuditCheck(QObject):
    """``action`` starts the check; ``reported(intact, text)`` says how it ended."""

    reported = Signal(bool, str)

    def __init__(self, parent: QWidget, runner: OperationRunner, workspace: Workspace) -> None:
        super().__init__(parent)
        self._parent = parent
        self._runner = runner
        self._workspace = workspace
        self.action = QAction(self.tr("Verify the &audit trail…"), parent)
        self.action.triggered.connect(self.run)
        self.box: QMessageBox | None = None

    def run(self) -> None:
        database, auditor = self._workspace.database, self._workspace.identity
        dialog = ProgressDialog(self.tr("Verifying the audit trail…"), self._parent)

        def work(_progress: Progress) -> tuple[bool, str]:
            report = verify(database, auditor)
            lines = [sentence("Audit", text, params) for text, params in report_sentences(report)]
            return report.intact, "\n".join(lines)

        def done(outcome: tuple[bool, str]) -> None:
            dialog.close()
            self._show(*outcome)

        def failed(message: str) -> None:
            dialog.close()
            self._show(False, message)

        dialog.follow(
            self._runner.long(work, done, changes=Changes.of(()), failed=failed, owner=self._parent)
        )

    def _show(self, intact: bool, text: str) -> None:
        icon = QMessageBox.Icon.Information if intact else QMessageBox.Icon.Warning
        self.box = QMessageBox(icon, self.tr("Audit trail"), text, parent=self._parent)
        self.box.open()
        self.reported.emit(intact, text)
