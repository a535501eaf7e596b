"""The simulator's inputs: every choice the engine takes, each change signalled at once.

The term is set either by the number of instalments or by a target instalment, each
with a slider (quick, coarse) and a spin box (exact) kept in step. Spin boxes hold
exact values; ``inputs()`` turns them into ``Decimal`` through their shown text, so
the engine gets exactly what the officer sees.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.calendar import Frequency, add_months
from recouvrement_desktop.domain.rescheduling import CaseDebt, ComponentTreatment, Treatment
from recouvrement_desktop.domain.schedule import MAX_RATE_PCT, GraceKind, max_periods
from recouvrement_desktop.i18n.formatting import format_money, money_affixes, percent_affixes
from recouvrement_desktop.services.simulation import SimulationInputs, SizingMode
from recouvrement_desktop.ui.focus import set_tab_order

MAX_PERIODS = max_periods(Frequency.MONTHLY)
# Spin boxes size themselves on their maximum: the case's debt sets the real one.
DEFAULT_MAX_AMOUNT = Decimal("999999.99")
MAX_SPREAD = 36  # arrears spread over more than three years is a new loan, not a spread
_CENTS = 2


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def decimal_of(spin: QDoubleSpinBox) -> Decimal:
    """The exact value shown by *spin* (its float holds a binary approximation)."""
    return Decimal(f"{spin.value():.{spin.decimals()}f}")


def _money_spin(name: str, maximum: Decimal = DEFAULT_MAX_AMOUNT) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName(name)
    spin.setDecimals(_CENTS)
    spin.setRange(0.0, float(maximum))
    prefix, suffix = money_affixes()
    spin.setPrefix(prefix)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    spin.setAccelerated(True)
    spin.setKeyboardTracking(False)  # a typed amount counts once complete, not per digit
    return spin


def _slider(name: str) -> QSlider:
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setObjectName(name)
    return slider


class ComponentInput(QWidget):
    """How one overdue component is treated: capitalize, spread, add to first, waive;
    plus a partial waiver applied first."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.treatment = QComboBox()
        self.treatment.setObjectName(f"{name}Treatment")
        for value, text in (
            (Treatment.CAPITALIZE, self.tr("Capitalize")),
            (Treatment.SPREAD, self.tr("Spread")),
            (Treatment.ADD_TO_FIRST, self.tr("Add to first instalment")),
            (Treatment.WAIVE, self.tr("Waive")),
        ):
            self.treatment.addItem(text, value.value)
        self.spread = QSpinBox()
        self.spread.setObjectName(f"{name}Spread")
        self.spread.setRange(1, MAX_SPREAD)
        self.spread.setValue(12)
        self.spread.setPrefix(self.tr("over "))
        self.spread.setSuffix(self.tr(" inst."))
        self.spread.setToolTip(self.tr("Number of instalments the amount is spread over"))
        self.waived = _money_spin(f"{name}Waived")
        self.waived.setPrefix(self.tr("waive ") + self.waived.prefix())
        self.waived.setToolTip(self.tr("Part of the amount waived before the treatment"))
        self.caption = QLabel()
        self.caption.setObjectName(f"{name}Owed")
        # The caption on a line of its own keeps the column narrow (the amount owed
        # makes it long): the schedule and the chart beside get the width.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption, 0, 0, 1, 2)
        layout.addWidget(self.treatment, 1, 0)
        layout.addWidget(self.spread, 1, 1)
        layout.addWidget(self.waived, 2, 0)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self.treatment.currentIndexChanged.connect(self._treatment_changed)
        self.spread.valueChanged.connect(self.changed)
        self.waived.valueChanged.connect(self.changed)
        self._enable()

    def set_owed(self, caption: str, owed: Decimal) -> None:
        self.caption.setText(caption)
        self.waived.setMaximum(float(owed))
        self.setEnabled(owed > 0)

    def value(self) -> ComponentTreatment:
        treatment = Treatment(self.treatment.currentData())
        return ComponentTreatment(
            treatment=treatment,
            waived=decimal_of(self.waived) if treatment is not Treatment.WAIVE else Decimal(0),
            spread_periods=self.spread.value() if treatment is Treatment.SPREAD else 0,
        )

    def set_value(self, how: ComponentTreatment) -> None:
        self.treatment.setCurrentIndex(self.treatment.findData(how.treatment.value))
        if how.spread_periods:
            self.spread.setValue(how.spread_periods)
        self.waived.setValue(float(how.waived))
        self._enable()

    def _treatment_changed(self) -> None:
        self._enable()
        self.changed.emit()

    def _enable(self) -> None:
        treatment = Treatment(self.treatment.currentData())
        self.spread.setVisible(treatment is Treatment.SPREAD)
        self.waived.setEnabled(treatment is not Treatment.WAIVE)


class SimulatorInputs(QWidget):
    """The form; ``changed`` fires once per change made by the officer."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._debt: CaseDebt | None = None

        # --- term: by number of instalments or by target instalment
        self.by_periods = QRadioButton(self.tr("Number of &instalments"))
        self.by_periods.setObjectName("byPeriods")
        self.by_installment = QRadioButton(self.tr("&Target instalment"))
        self.by_installment.setObjectName("byInstallment")
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.by_periods)
        self.mode_group.addButton(self.by_installment)
        self.by_periods.setChecked(True)
        self.periods_slider = _slider("periodsSlider")
        self.periods_slider.setRange(1, MAX_PERIODS)
        self.periods_slider.setPageStep(12)
        self.periods_spin = QSpinBox()
        self.periods_spin.setObjectName("periodsSpin")
        self.periods_spin.setRange(1, MAX_PERIODS)
        self.installment_slider = _slider("installmentSlider")
        self.installment_slider.setRange(1, 10_000)
        self.installment_slider.setPageStep(10)
        self.installment_spin = _money_spin("installmentSpin")
        self.installment_spin.setMinimum(0.01)

        # --- price and calendar
        self.rate_spin = QDoubleSpinBox()
        self.rate_spin.setObjectName("rateSpin")
        self.rate_spin.setRange(0.0, float(MAX_RATE_PCT))
        self.rate_spin.setDecimals(2)
        self.rate_spin.setSingleStep(0.1)
        prefix, suffix = percent_affixes()
        self.rate_spin.setPrefix(prefix)
        self.rate_spin.setSuffix(suffix)
        self.grace_spin = QSpinBox()
        self.grace_spin.setObjectName("graceSpin")
        self.grace_spin.setRange(0, 24)
        self.grace_spin.setSuffix(self.tr(" inst."))
        self.grace_kind = QComboBox()
        self.grace_kind.setObjectName("graceKind")
        self.grace_kind.addItem(self.tr("Interest only"), GraceKind.INTEREST_ONLY.value)
        self.grace_kind.addItem(self.tr("Nothing paid (capitalized)"), GraceKind.CAPITALIZED.value)
        self.down_payment = _money_spin("downPayment")
        self.first_due = QDateEdit()
        self.first_due.setObjectName("firstDue")
        self.first_due.setCalendarPopup(True)

        # --- overdue components
        self.arrears = ComponentInput("arrears")
        self.late_interest = ComponentInput("lateInterest")
        self.fees = ComponentInput("fees")

        term = QGroupBox(self.tr("Term"))
        term_form = QFormLayout(term)
        term_form.addRow(self.by_periods)
        term_form.addRow(self._pair(self.periods_slider, self.periods_spin))
        term_form.addRow(self.by_installment)
        term_form.addRow(self._pair(self.installment_slider, self.installment_spin))
        price = QGroupBox(self.tr("Rate and calendar"))
        price_form = QFormLayout(price)
        price_form.addRow(self.tr("&Rate"), self.rate_spin)
        # One under the other: side by side, the longest kind widens the whole column.
        grace_row = QVBoxLayout()
        grace_row.addWidget(self.grace_spin)
        grace_row.addWidget(self.grace_kind)
        grace_label = QLabel(self.tr("&Grace"))
        grace_label.setBuddy(self.grace_spin)
        price_form.addRow(grace_label, grace_row)
        price_form.addRow(self.tr("&Down payment"), self.down_payment)
        price_form.addRow(self.tr("&First due date"), self.first_due)
        overdue = QGroupBox(self.tr("Overdue amounts"))
        overdue_layout = QVBoxLayout(overdue)
        for widget in (self.arrears, self.late_interest, self.fees):
            overdue_layout.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(term)
        layout.addWidget(price)
        layout.addWidget(overdue)
        layout.addStretch(1)

        # The slider and the spin box of each pair follow one another, silently: the
        # one the officer moved announces the change, once.
        self.periods_slider.valueChanged.connect(self._periods_slid)
        self.periods_spin.valueChanged.connect(self._periods_typed)
        self.installment_slider.valueChanged.connect(self._installment_slid)
        self.installment_spin.valueChanged.connect(self._installment_typed)
        self.mode_group.buttonToggled.connect(self._mode_toggled)
        for spin in (self.rate_spin, self.down_payment):
            spin.valueChanged.connect(self._emit)
        self.grace_spin.valueChanged.connect(self._emit)
        self.grace_kind.currentIndexChanged.connect(self._emit)
        self.first_due.dateChanged.connect(self._emit)
        for component in (self.arrears, self.late_interest, self.fees):
            component.changed.connect(self._emit)
        self._enable_mode()
        set_tab_order(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """Keyboard order follows the form, top to bottom, each pair slider then box."""
        chain: list[QWidget] = [
            self.by_periods,
            self.periods_slider,
            self.periods_spin,
            self.by_installment,
            self.installment_slider,
            self.installment_spin,
            self.rate_spin,
            self.grace_spin,
            self.grace_kind,
            self.down_payment,
            self.first_due,
        ]
        for component in (self.arrears, self.late_interest, self.fees):
            chain += [component.treatment, component.spread, component.waived]
        return chain

    @staticmethod
    def _pair(slider: QSlider, spin: QAbstractSpinBox) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(slider, 3)
        row.addWidget(spin, 2)
        return row

    # ------------------------------------------------------------------ values

    def set_case(self, debt: CaseDebt, today: date, inputs: SimulationInputs) -> None:
        """Bounds from the case's debt, then *inputs*, without announcing a change."""
        self._debt = debt
        self._loading = True
        try:
            self.installment_slider.setRange(1, max(1, math.ceil(debt.total)))
            self.down_payment.setMaximum(float(debt.total))
            self.installment_spin.setMaximum(float(max(debt.total, DEFAULT_MAX_AMOUNT)))
            self.first_due.setDateRange(
                to_qdate(date.fromordinal(today.toordinal() + 1)), to_qdate(add_months(today, 2))
            )
            for widget, text, owed in (
                (self.arrears, self.tr("Arrears: {amount}"), debt.arrears),
                (self.late_interest, self.tr("Late interest: {amount}"), debt.late_interest),
                # A consumer credit's fees are not in the debt (C. consom. L312-38).
                (self.fees, self.tr("Fees and penalties: {amount}"), debt.fees + debt.penalties),
            ):
                widget.set_owed(text.format(amount=format_money(owed)), owed)
        finally:
            self._loading = False
        self.set_inputs(inputs)

    def set_inputs(self, inputs: SimulationInputs) -> None:
        """Show *inputs* (a scenario loaded back, a proposal), without announcing it."""
        self._loading = True
        try:
            by_periods = inputs.mode is SizingMode.PERIODS
            self.by_periods.setChecked(by_periods)
            self.by_installment.setChecked(not by_periods)
            self.periods_spin.setValue(inputs.periods)
            self.periods_slider.setValue(inputs.periods)
            self.installment_spin.setValue(float(inputs.installment))
            self.installment_slider.setValue(round(inputs.installment))
            rate = inputs.rate_pct
            self.rate_spin.setDecimals(2 if rate == rate.quantize(Decimal("0.01")) else 4)
            self.rate_spin.setValue(float(rate))
            self.grace_spin.setValue(inputs.grace_periods)
            self.grace_kind.setCurrentIndex(self.grace_kind.findData(inputs.grace_kind.value))
            self.down_payment.setValue(float(inputs.down_payment))
            self.first_due.setDate(to_qdate(inputs.first_due))
            self.arrears.set_value(inputs.arrears)
            self.late_interest.set_value(inputs.late_interest)
            self.fees.set_value(inputs.fees_and_penalties)
            self._enable_mode()
        finally:
            self._loading = False

    def inputs(self) -> SimulationInputs:
        return SimulationInputs(
            mode=SizingMode.PERIODS if self.by_periods.isChecked() else SizingMode.INSTALLMENT,
            periods=self.periods_spin.value(),
            installment=decimal_of(self.installment_spin),
            rate_pct=decimal_of(self.rate_spin),
            first_due=from_qdate(self.first_due.date()),
            grace_periods=self.grace_spin.value(),
            grace_kind=GraceKind(self.grace_kind.currentData()),
            arrears=self.arrears.value(),
            late_interest=self.late_interest.value(),
            fees_and_penalties=self.fees.value(),
            down_payment=decimal_of(self.down_payment),
        )

    def reflect(self, periods: int, installment: Decimal) -> None:
        """Show the engine's result in the pair not driving the term (silently), so that
        switching modes starts from the plan on screen."""
        self._loading = True
        try:
            if self.by_periods.isChecked():
                self.installment_spin.setValue(float(installment))
                self.installment_slider.setValue(round(installment))
            else:
                self.periods_spin.setValue(periods)
                self.periods_slider.setValue(periods)
        finally:
            self._loading = False

    # ----------------------------------------------------------------- signals

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    @staticmethod
    def _follow(follower: QWidget, move: Callable[[], None]) -> None:
        """Move the other half of a pair without it answering back (which would round
        a typed amount to the slider's whole euros)."""
        follower.blockSignals(True)
        try:
            move()
        finally:
            follower.blockSignals(False)

    def _periods_slid(self, value: int) -> None:
        self._follow(self.periods_spin, lambda: self.periods_spin.setValue(value))
        self._emit()

    def _periods_typed(self, value: int) -> None:
        self._follow(self.periods_slider, lambda: self.periods_slider.setValue(value))
        self._emit()

    def _installment_slid(self, value: int) -> None:
        self._follow(self.installment_spin, lambda: self.installment_spin.setValue(float(value)))
        self._emit()

    def _installment_typed(self, value: float) -> None:
        self._follow(
            self.installment_slider, lambda: self.installment_slider.setValue(round(value))
        )
        self._emit()

    def _mode_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._enable_mode()
            self._emit()

    def _enable_mode(self) -> None:
        by_periods = self.by_periods.isChecked()
        periods: tuple[QWidget, ...] = (self.periods_slider, self.periods_spin)
        installment: tuple[QWidget, ...] = (self.installment_slider, self.installment_spin)
        for widget in periods:
            widget.setEnabled(by_periods)
        for widget in installment:
            widget.setEnabled(not by_periods)
