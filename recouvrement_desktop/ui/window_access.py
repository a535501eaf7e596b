"""Who may see the window: its lock after the idle time (or Ctrl+L), and signing out.

The lock (``ui/idle_lock.WindowLock``) hides every client detail and asks the password
of the person signed in, checked by ``services.auth.verify_password`` off the GUI
thread (counted and locked as a sign-in). Signing out — from the File menu or the lock
screen — hands the keyboard to the start-up, which asks who signs in next.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from recouvrement_desktop.services import auth
from recouvrement_desktop.services.changes import Changes
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.idle_lock import DEFAULT_TIMEOUT_MS, WindowLock
from recouvrement_desktop.ui.operations import OperationRunner

__all__ = ["WindowAccess"]


class WindowAccess(QObject):
    signed_out = Signal()

    def __init__(
        self,
        window: QMainWindow,
        runner: OperationRunner,
        workspace: Workspace,
        *,
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
    ) -> None:
        super().__init__(window)
        self._runner = runner
        self._workspace = workspace
        self.lock = WindowLock(
            window,
            verify=self._verify,
            sign_out=self.signed_out.emit,
            name=self._name,
            timeout_ms=timeout_ms,
        )
        self.sign_out_action = QAction(self.tr("Sign &out"), window)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.sign_out_action.triggered.connect(self.signed_out)

    def actions(self) -> list[QAction]:
        """For the File menu: lock now, sign out."""
        return [self.lock.lock_action, self.sign_out_action]

    def _name(self) -> str:
        identity = self._workspace.identity
        return identity.full_name if identity else ""

    def _verify(self, password: str, done: Callable[[str | None], None]) -> None:
        database, identity = self._workspace.database, self._workspace.identity
        if identity is None:
            done(self.tr("No one is signed in."))
            return
        self._runner.write(
            lambda: auth.verify_password(database, identity, password),
            lambda _none: done(None),
            changes=Changes.of(()),
            failed=done,  # the lock screen shows it: the window's status bar is hidden
            what=self.tr("The password could not be checked."),
            owner=self.lock,
        )
