"""Up to three scenarios side by side, to compare plans during the conversation.

A card holds a computed scenario (its inputs and the engine's result); the officer puts
the plan on screen in a card, or brings a card's plan back to the inputs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.i18n.formatting import (
    format_date,
    format_integer,
    format_money,
    format_percent,
)
from recouvrement_desktop.services.simulation import SimulationResult
from recouvrement_desktop.ui.theme import Tone, ToneLabel

SLOTS = 3


class ScenarioCard(QGroupBox):
    use_requested = Signal()
    store_requested = Signal()

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.result: SimulationResult | None = None
        self.setObjectName(f"scenario{number}")
        self.installment = QLabel()
        bold = self.installment.font()
        bold.setBold(True)
        self.installment.setFont(bold)
        self.periods = QLabel()
        self.end_date = QLabel()
        self.total_cost = QLabel()
        self.apr = QLabel()
        self.effort = QLabel()
        self.approval = QLabel()
        self.empty = ToneLabel(
            Tone.MUTED, self.tr("Empty: keep the plan on screen here to compare.")
        )
        self.empty.setWordWrap(True)
        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values = (self.installment, self.periods, self.end_date, self.total_cost, self.apr)
        for caption, value in zip(
            (
                self.tr("Instalment"),
                self.tr("Instalments"),
                self.tr("Last one"),
                self.tr("Total cost"),
                self.tr("APR"),
            ),
            self.values,
            strict=True,
        ):
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            form.addRow(caption, value)
        self.use_button = QPushButton(self.tr("Show"))
        self.use_button.setToolTip(self.tr("Bring this scenario back into the simulator"))
        self.store_button = QPushButton(self.tr("Keep here"))
        self.store_button.setToolTip(self.tr("Keep the plan on screen in this card"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.store_button)
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.effort)
        layout.addWidget(self.approval)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.use_button.clicked.connect(self.use_requested)
        self.store_button.clicked.connect(self.store_requested)
        self.set_result(None, "")

    def set_result(self, result: SimulationResult | None, title: str) -> None:
        self.result = result
        self.setTitle(title or self.tr("Scenario {number}").format(number=self.number))
        plan = None if result is None else result.plan
        self.empty.setVisible(plan is None)
        self.use_button.setEnabled(plan is not None)
        for row in range(self.form.rowCount()):  # captions and values: no empty lines
            self.form.setRowVisible(row, plan is not None)
        if plan is None or result is None:
            self.effort.clear()
            self.approval.clear()
            return
        schedule = plan.schedule
        self.installment.setText(format_money(schedule.installment))
        self.periods.setText(format_integer(schedule.periods))
        self.end_date.setText(format_date(schedule.end_date))
        self.total_cost.setText(format_money(plan.comparison.proposed.total_cost))
        self.apr.setText(format_percent(schedule.apr_pct))
        assessment = result.assessment
        effort = None if assessment is None else assessment.effort_rate_pct
        self.effort.setText(
            ""
            if effort is None
            else self.tr("Effort rate {rate}").format(rate=format_percent(effort))
        )
        needs = assessment is not None and assessment.needs_supervisor_approval
        self.approval.setText(self.tr("Needs supervisor approval") if needs else "")


class ScenariosView(QWidget):
    use_requested = Signal(int)  # card index
    store_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = [ScenarioCard(n + 1) for n in range(SLOTS)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, card in enumerate(self.cards):
            layout.addWidget(card, 1)
            card.use_requested.connect(lambda index=index: self.use_requested.emit(index))
            card.store_requested.connect(lambda index=index: self.store_requested.emit(index))

    def set_result(self, index: int, result: SimulationResult | None, title: str = "") -> None:
        self.cards[index].set_result(result, title)

    def result(self, index: int) -> SimulationResult | None:
        return self.cards[index].result

    def clear(self) -> None:
        for card in self.cards:
            card.set_result(None, "")
