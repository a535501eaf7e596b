"""The remaining balance over time: the contract as it runs against the proposed plan.

Colours come from the palette (the plan in the highlight colour, the contract dashed in
the text colour), so the chart follows light and dark themes; nothing paints a
background of its own.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Final

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.schedule import Schedule
from recouvrement_desktop.i18n.formatting import money_affixes
from recouvrement_desktop.ui.theme import blend

_DAY_MS: Final = 86_400_000
_EPOCH_ORDINAL: Final = date(1970, 1, 1).toordinal()
_NOON_MS: Final = _DAY_MS // 2  # noon: no time zone moves a point to another day
_ROUND_STEPS: Final = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


MAX_POINTS: Final = 120


def _msecs(day: date) -> float:
    return float((day.toordinal() - _EPOCH_ORDINAL) * _DAY_MS + _NOON_MS)


def _opening(schedule: Schedule) -> date:
    return add_months(schedule.first_due, -schedule.terms.frequency.months)


def _round_up(value: float) -> float:
    """The next "round" number (1, 2 or 5 times a power of ten) at or above *value*."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(step * power for step in _ROUND_STEPS if step * power >= value)


def _highest(schedule: Schedule) -> float:
    """The highest balance: the principal, unless a capitalized grace makes it grow."""
    grace_rows = schedule.rows[: schedule.terms.grace.periods]
    return float(max([schedule.terms.principal, *(row.balance for row in grace_rows)]))


def balance_points(schedule: Schedule) -> list[QPointF]:
    """The balance before the first instalment, then after each one; beyond
    ``MAX_POINTS`` instalments, after every few of them and the last (a smooth curve a
    few hundred pixels wide looks the same, and is drawn in a fraction of the time)."""
    rows = schedule.rows
    step = max(1, math.ceil(len(rows) / MAX_POINTS))
    kept = rows[step - 1 :: step]
    if rows and (not kept or kept[-1] is not rows[-1]):
        kept = (*kept, rows[-1])
    points = [QPointF(_msecs(_opening(schedule)), float(schedule.terms.principal))]
    points.extend(QPointF(_msecs(row.due_date), float(row.balance)) for row in kept)
    return points


class BalanceChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.setObjectName("balanceChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with the keyboard
        # Never narrower than its axis labels (dates of three ticks, a round amount).
        metrics = self.fontMetrics()
        self.setMinimumSize(
            metrics.horizontalAdvance("000 000 €") + metrics.horizontalAdvance("00/0000") * 4,
            metrics.height() * 12,
        )
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setLocalizeNumbers(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setTitle(self.tr("Remaining balance"))
        self.current = QLineSeries()
        self.current.setName(self.tr("Current contract"))
        self.proposed = QLineSeries()
        self.proposed.setName(self.tr("Proposed plan"))
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MM/yyyy")
        self.x_axis.setTickCount(3)  # start, middle, end: readable at its narrowest
        self.y_axis = QValueAxis()
        prefix, suffix = money_affixes()
        self.y_axis.setLabelFormat(f"{prefix}%.0f{suffix}")
        self.y_axis.setTickCount(5)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.current, self.proposed):
            chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self._current: Schedule | None = None
        self._x_range: tuple[float, float] | None = None
        self._top: float | None = None
        self._apply_palette()

    def set_schedules(self, current: Schedule | None, proposed: Schedule | None) -> None:
        # The contract's line is the same object while the case stays: drawn once.
        if current is not self._current:
            self._current = current
            self._plot(self.current, current)
        self._plot(self.proposed, proposed)
        shown = [s for s in (current, proposed) if s is not None]
        if not shown:
            return
        # Whole quarters and a round top: the axes stay still while a slider moves, which
        # spares the chart a relayout (the costliest part of a redraw).
        first = min(_opening(s) for s in shown)
        last = max(s.end_date for s in shown)
        quarter_end = add_months(date(last.year, last.month, 1), 3 - (last.month - 1) % 3)
        x_range = (_msecs(date(first.year, first.month, 1)), _msecs(quarter_end))
        top = _round_up(max(_highest(s) for s in shown))
        if x_range != self._x_range:
            self._x_range = x_range
            self.x_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(int(x_range[0])),
                QDateTime.fromMSecsSinceEpoch(int(x_range[1])),
            )
        if top != self._top:
            self._top = top
            self.y_axis.setRange(0.0, top)

    @staticmethod
    def _plot(series: QLineSeries, schedule: Schedule | None) -> None:
        points = balance_points(schedule) if schedule is not None else []
        series.replace(points)
        series.setVisible(bool(points))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        # Mid is barely apart from the window in a dark palette: a grid drawn from the
        # text colour shows on both, faint enough to stay behind the lines.
        window = palette.color(QPalette.ColorRole.Window)
        grid = blend(text, window, 0.18)
        axis_line = blend(text, window, 0.45)
        chart = self.chart()
        chart.legend().setLabelColor(text)
        chart.setTitleBrush(text)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(axis_line)
        current = QPen(text, 1.5, Qt.PenStyle.DashLine)
        self.current.setPen(current)
        self.proposed.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
