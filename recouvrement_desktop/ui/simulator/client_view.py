"""The view the client sees at the desk: the plan in large type and plain words.

Only what the client pays and when: the instalments (grouped when several in a row are
equal), their dates, the down payment, the total and the legal rate (TAEG). Never an
internal figure: no cost to the bank, no effort rate or risk, no delegation or warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QVBoxLayout, QWidget

from recouvrement_desktop.domain.rescheduling import Restructuring
from recouvrement_desktop.domain.schedule import Schedule
from recouvrement_desktop.i18n.formatting import (
    format_date,
    format_integer,
    format_money,
    format_percent,
)

TITLE_SCALE = 2.0
HEADLINE_SCALE = 3.2
BODY_SCALE = 1.8


@dataclass(frozen=True, slots=True)
class Step:
    """Consecutive instalments of the same amount."""

    count: int
    amount: Decimal
    first: date
    last: date


def steps(schedule: Schedule) -> list[Step]:
    out: list[Step] = []
    for row in schedule.rows:
        amount = row.total_due
        if out and out[-1].amount == amount:
            previous = out[-1]
            out[-1] = Step(previous.count + 1, amount, previous.first, row.due_date)
        else:
            out.append(Step(1, amount, row.due_date, row.due_date))
    return out


def _scaled(label: QLabel, scale: float, *, bold: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class ClientView(QDialog):
    """A separate window, so it can go on the screen turned to the client (Esc closes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientView")
        self.setWindowTitle(self.tr("Your repayment plan"))
        self.title = _scaled(QLabel(self.tr("Your repayment plan")), TITLE_SCALE, bold=True)
        self.headline = _scaled(QLabel(), HEADLINE_SCALE, bold=True)
        self.headline.setObjectName("clientHeadline")
        self.details = _scaled(QLabel(), BODY_SCALE)
        self.details.setObjectName("clientDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.totals = _scaled(QLabel(), BODY_SCALE)
        self.totals.setObjectName("clientTotals")
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(22)
        layout.addWidget(self.title)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(rule)
        layout.addWidget(self.totals)
        layout.addStretch(1)
        self.resize(900, 560)
        self.show_plan(None)

    def show_plan(self, plan: Restructuring | None) -> None:
        if plan is None:
            self.headline.setText(self.tr("The plan is being prepared."))
            self.details.clear()
            self.totals.clear()
            return
        schedule = plan.schedule
        parts = steps(schedule)
        # The headline is what the client pays first, month after month (a one-off
        # first payment is listed below), never an amount that only comes later.
        main = next((step for step in parts if step.count > 1), parts[0])
        self.headline.setText(self.tr("{amount} a month").format(amount=format_money(main.amount)))
        lines = []
        down_payment = plan.allocation.down_payment
        if down_payment:
            lines.append(
                self.tr("Today: a first payment of {amount}").format(
                    amount=format_money(down_payment)
                )
            )
        for step in parts:
            if step.count == 1:
                lines.append(
                    self.tr("{amount} on {date}").format(
                        amount=format_money(step.amount),
                        date=format_date(step.first, length="long"),
                    )
                )
            else:
                lines.append(
                    self.tr("{count} monthly payments of {amount}, from {first} to {last}").format(
                        count=format_integer(step.count),
                        amount=format_money(step.amount),
                        first=format_date(step.first, length="long"),
                        last=format_date(step.last, length="long"),
                    )
                )
        self.details.setText("\n".join(lines))
        total = down_payment + schedule.total_paid
        self.totals.setText(
            "\n".join(
                (
                    self.tr("{count} monthly payments in all, the last on {date}").format(
                        count=format_integer(schedule.periods),
                        date=format_date(schedule.end_date, length="long"),
                    ),
                    self.tr("In total you will pay {amount}").format(amount=format_money(total)),
                    self.tr("Annual percentage rate (TAEG): {rate}").format(
                        rate=format_percent(schedule.apr_pct)
                    ),
                )
            )
        )

    def texts(self) -> str:
        """Everything the client can read, for checks."""
        return "\n".join(
            label.text() for label in (self.title, self.headline, self.details, self.totals)
        )
