"""The recovery key of a database created encrypted, shown once to its first
administrator at the first start (``cli/gui.py``): to be written down and kept apart
from the computer. It is never put on the clipboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop import APP_NAME
from recouvrement_desktop.ui.theme import Tone, ToneLabel

__all__ = ["RecoveryKeyDialog"]


class RecoveryKeyDialog(QDialog):
    """The key, and a box to tick once it is written down: only then does it close."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Recovery key")  # outside the f-string, where lupdate finds it
        self.setWindowTitle(f"{APP_NAME} — {title}")
        self.setModal(True)
        explanation = ToneLabel(
            Tone.MUTED,
            self.tr(
                "This database is encrypted; its key is kept in this computer's keystore. "
                "Should that keystore lose it (a new computer, the file moved), this "
                "recovery key opens the database again. It is shown only now: write it "
                "down and keep it apart from this computer."
            ),
        )
        explanation.setWordWrap(True)
        self.key = QLabel(recovery_key)  # in lines of four groups (format_recovery_key)
        self.key.setObjectName("recoveryKey")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)  # read and copied by hand
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.written = QCheckBox(self.tr("I have &written it down"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.written.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped text shows whole
        layout.addWidget(explanation)
        layout.addWidget(self.key)
        layout.addWidget(self.written)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 56)

    def reject(self) -> None:
        """Escape does not close it before the key is written down."""
        if self.written.isChecked():
            super().reject()
