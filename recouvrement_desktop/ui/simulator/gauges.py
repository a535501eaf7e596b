"""Affordability gauges: effort rate and "reste à vivre" against their limits.

A bar filled to the value with a mark at the limit; green within it, amber close to it,
red beyond. Colour is the only paint not taken from the palette and it carries the
meaning (in the light or dark variant of ``theme``); the text beside says the same in
words for those who do not see colours.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from recouvrement_desktop.domain.guardrails import Assessment
from recouvrement_desktop.domain.policy import Policy
from recouvrement_desktop.i18n.formatting import format_money, format_percent
from recouvrement_desktop.ui.theme import Tone, blend, tone

OK: Final = Tone.SUCCESS_FILL
NEAR: Final = Tone.WARNING_FILL
OVER: Final = Tone.DANGER_FILL
NEAR_SHARE: Final = Decimal("0.9")  # within 10 % of the limit is "close to it"


class GaugeBar(QWidget):
    """A horizontal bar: ``value`` on a scale of ``0..scale``, a tick at ``limit``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = 0.0
        self.limit = 0.0
        self.scale = 1.0
        self.level = OK
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("0") * 20, max(12, metrics.height() // 2 + 6))

    def set_state(self, value: float, limit: float, scale: float, level: Tone) -> None:
        self.value, self.limit, self.scale, self.level = value, limit, max(scale, 1e-9), level
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        text = palette.color(QPalette.ColorRole.WindowText)
        # Mid is barely lighter than the window in a dark palette: a frame that shows.
        painter.setPen(QPen(blend(text, palette.color(QPalette.ColorRole.Window), 0.35), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 3, 3)
        share = min(max(self.value / self.scale, 0.0), 1.0)
        if share > 0:
            filled = QRectF(frame.left(), frame.top(), frame.width() * share, frame.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tone(self.level, palette))
            painter.drawRoundedRect(filled, 3, 3)
        x = frame.left() + frame.width() * min(self.limit / self.scale, 1.0)
        painter.setPen(QPen(text, 2))
        painter.drawLine(int(x), int(frame.top()) - 1, int(x), int(frame.bottom()) + 1)
        painter.end()


class Gauges(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.effort_text = QLabel()
        self.effort_text.setObjectName("effortRate")
        self.effort_bar = GaugeBar()
        self.rav_text = QLabel()
        self.rav_text.setObjectName("resteAVivre")
        self.rav_bar = GaugeBar()
        self.no_budget = QLabel(self.tr("No income on file: affordability cannot be checked."))
        self.no_budget.setWordWrap(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.effort_text, 0, 0)
        layout.addWidget(self.effort_bar, 1, 0)
        layout.addWidget(self.rav_text, 2, 0)
        layout.addWidget(self.rav_bar, 3, 0)
        layout.addWidget(self.no_budget, 4, 0)
        layout.setRowStretch(5, 1)
        self.set_assessment(None, None)

    def set_assessment(self, assessment: Assessment | None, policy: Policy | None) -> None:
        effort = None if assessment is None else assessment.effort_rate_pct
        rav = None if assessment is None else assessment.reste_a_vivre
        floor = None if assessment is None else assessment.reste_a_vivre_floor
        has_budget = effort is not None and rav is not None and floor is not None
        for widget in (self.effort_text, self.effort_bar, self.rav_text, self.rav_bar):
            widget.setVisible(has_budget)
        self.no_budget.setVisible(assessment is not None and not has_budget)
        if effort is None or rav is None or floor is None or policy is None:
            return
        ceiling = policy.max_effort_rate_pct
        self.effort_text.setText(
            self.tr("Effort rate {rate} (ceiling {limit})").format(
                rate=format_percent(effort), limit=format_percent(ceiling)
            )
        )
        self.effort_bar.set_state(
            float(effort), float(ceiling), float(max(ceiling * 2, effort)), _level(effort, ceiling)
        )
        self.rav_text.setText(
            self.tr("Left to live on {amount} a month (floor {floor})").format(
                amount=format_money(rav), floor=format_money(floor)
            )
        )
        # More is better: the bar grows with what is left, the mark is the floor.
        self.rav_bar.set_state(
            float(max(rav, Decimal(0))),
            float(floor),
            float(max(floor * 2, rav)),
            _level(floor, max(rav, Decimal("0.01"))),
        )
        self.effort_bar.setToolTip(self.effort_text.text())
        self.rav_bar.setToolTip(self.rav_text.text())


def _level(value: Decimal, limit: Decimal) -> Tone:
    """Green when ``value`` is well within ``limit``, amber close to it, red beyond."""
    if value > limit:
        return OVER
    if value > limit * NEAR_SHARE:
        return NEAR
    return OK
