"""Every guardrail warning of the plan, with its reason, and the approval badge."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.guardrails import Assessment, Severity
from recouvrement_desktop.i18n.domain_messages import domain_message
from recouvrement_desktop.ui.theme import Tone, ToneLabel, css

_ICONS = {
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.BLOCKING: QStyle.StandardPixmap.SP_MessageBoxCritical,
}
# Badges are the one place with a background: its colour is the message.
_BADGE_STYLE = (
    "QLabel {{ background: {fill}; color: {text}; border-radius: 4px; padding: 3px 8px; }}"
)


def _badge_style(fill: Tone, text: Tone, palette: QPalette) -> str:
    return _BADGE_STYLE.format(fill=css(fill, palette), text=css(text, palette))


def _badge(name: str) -> QLabel:
    badge = QLabel()
    badge.setObjectName(name)
    badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    font = badge.font()
    font.setBold(True)
    badge.setFont(font)
    badge.hide()
    return badge


class WarningsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.approval_badge = _badge("approvalBadge")
        self.approval_badge.setText(self.tr("Needs supervisor approval"))
        self.blocking_badge = _badge("blockingBadge")
        self.blocking_badge.setText(self.tr("Cannot be offered as it stands"))
        self.list = QListWidget()
        self.list.setObjectName("warningsList")
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.all_clear = ToneLabel(
            Tone.SUCCESS, self.tr("No warning: within the rules and your delegation.")
        )
        self.all_clear.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.blocking_badge)
        layout.addWidget(self.approval_badge)
        layout.addWidget(self.all_clear)
        layout.addWidget(self.list, 1)
        self._style_badges()
        self.set_assessment(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_badges()
        super().changeEvent(event)

    def _style_badges(self) -> None:
        """The badges' colours for the palette shown (light or dark)."""
        palette = self.palette()
        for badge, fill, text in (
            (self.approval_badge, Tone.WARNING_FILL, Tone.ON_WARNING_FILL),
            (self.blocking_badge, Tone.DANGER_FILL, Tone.ON_DANGER_FILL),
        ):
            style = _badge_style(fill, text, palette)
            if badge.styleSheet() != style:
                badge.setStyleSheet(style)

    def set_assessment(self, assessment: Assessment | None) -> None:
        self.list.clear()
        warnings = () if assessment is None else assessment.warnings
        style = self.style()
        for warning in warnings:
            text = domain_message(warning)
            if warning.needs_approval:
                text = self.tr("{warning} (needs approval)").format(warning=text)
            item = QListWidgetItem(style.standardIcon(_ICONS[warning.severity]), text)
            item.setData(Qt.ItemDataRole.UserRole, warning.code.value)
            item.setToolTip(text)
            self.list.addItem(item)
        self.approval_badge.setVisible(
            assessment is not None and assessment.needs_supervisor_approval
        )
        self.blocking_badge.setVisible(assessment is not None and assessment.blocking)
        self.all_clear.setVisible(assessment is not None and not warnings)
        self.list.setVisible(bool(warnings))

    def texts(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]
