"""Current contract against proposed plan, line by line; the bank's concession apart.

The concession cost is for the officer only: it never appears in the client's view.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from recouvrement_desktop.domain.rescheduling import PlanFigures, Restructuring
from recouvrement_desktop.i18n.formatting import (
    format_date,
    format_integer,
    format_money,
    format_percent,
)


class Line(StrEnum):
    INSTALLMENT = "installment"
    INSURANCE = "insurance"
    PERIODS = "periods"
    END_DATE = "end_date"
    TOTAL_COST = "total_cost"
    APR = "apr"


CURRENT, PROPOSED = 1, 2


class ComparisonView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        for column, text in (
            (CURRENT, self.tr("Current contract")),
            (PROPOSED, self.tr("Proposed")),
        ):
            header = QLabel(text)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(header, 0, column)
        captions = {
            Line.INSTALLMENT: self.tr("Instalment"),
            Line.INSURANCE: self.tr("Insurance per instalment"),
            Line.PERIODS: self.tr("Number of instalments"),
            Line.END_DATE: self.tr("Last instalment"),
            Line.TOTAL_COST: self.tr("Total cost of credit"),
            Line.APR: self.tr("APR (TAEG)"),
        }
        self.cells: dict[tuple[Line, int], QLabel] = {}
        for row, line in enumerate(Line, start=1):
            grid.addWidget(QLabel(captions[line]), row, 0)
            for column in (CURRENT, PROPOSED):
                cell = QLabel()
                cell.setObjectName(f"{line.value}_{column}")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.cells[line, column] = cell
                grid.addWidget(cell, row, column)
            if line is Line.INSTALLMENT:
                bold = self.cells[line, PROPOSED].font()
                bold.setBold(True)
                self.cells[line, PROPOSED].setFont(bold)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        last = len(Line) + 1
        grid.addWidget(rule, last, 0, 1, 3)
        self.concession_caption = QLabel(self.tr("Cost to the bank (officer only)"))
        self.concession = QLabel()
        self.concession.setObjectName("concessionCost")
        self.concession.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.concession_caption, last + 1, 0, 1, 2)
        grid.addWidget(self.concession, last + 1, PROPOSED)
        grid.setColumnStretch(0, 1)

    def set_plan(self, plan: Restructuring | None) -> None:
        if plan is None:
            for cell in self.cells.values():
                cell.clear()
            self.concession.clear()
            return
        comparison = plan.comparison
        current_insurance = plan.current.terms.insurance if plan.current else None
        self._column(CURRENT, comparison.current, current_insurance)
        self._column(PROPOSED, comparison.proposed, plan.schedule.terms.insurance)
        self.concession.setText(format_money(comparison.concession_cost))
        self.concession.setToolTip(
            self.tr("Waivers {waivers} and interest given up {interest}, in present value").format(
                waivers=format_money(comparison.waivers),
                interest=format_money(comparison.interest_given_up),
            )
        )

    def _column(self, column: int, figures: PlanFigures | None, insurance: Decimal | None) -> None:
        if figures is None or insurance is None:
            for line in Line:
                self.cells[line, column].setText("—")
            self.cells[Line.PERIODS, column].setText(self.tr("all due now"))
            return
        texts = {
            Line.INSTALLMENT: format_money(figures.installment),
            Line.INSURANCE: format_money(insurance),
            Line.PERIODS: format_integer(figures.periods),
            Line.END_DATE: format_date(figures.end_date),
            Line.TOTAL_COST: format_money(figures.total_cost),
            Line.APR: format_percent(figures.apr_pct),
        }
        for line, text in texts.items():
            self.cells[line, column].setText(text)

    def text(self, line: Line, column: int) -> str:
        return self.cells[line, column].text()
