"""The simulator's actions, which exist before the simulator itself.

The main window builds the simulator when it is first needed (it is most of a start's
widgets); its shortcuts and menu entries must work from the start. So the actions live
here, owned by the window, and the panel only shows them as buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


class SimulatorActions(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.proposals = QAction(self.tr("&Proposals"), self)
        self.proposals.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.proposals.setToolTip(
            self.tr("Fill the three scenarios with the engine's affordable plans")
        )
        self.client_view = QAction(self.tr("&Client view"), self)
        self.client_view.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.client_view.setToolTip(self.tr("Show the plan to the client, in large type"))

    def all(self) -> list[QAction]:
        return [self.proposals, self.client_view]

    def set_enabled(self, enabled: bool) -> None:
        for action in self.all():
            action.setEnabled(enabled)
