"""The officer's choices in the simulator, as plain values (no Qt, no database).

``SimulationInputs`` is what the simulator's inputs show and what a kept offer records;
``request(start)`` turns it into the engine's ``RestructuringRequest``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from recouvrement_desktop.domain.money import ZERO
from recouvrement_desktop.domain.rescheduling import (
    ComponentTreatment,
    Restructuring,
    RestructuringRequest,
)
from recouvrement_desktop.domain.schedule import ByInstallment, ByPeriods, Grace, GraceKind

__all__ = ["SimulationInputs", "SizingMode"]


class SizingMode(StrEnum):
    PERIODS = "periods"
    INSTALLMENT = "installment"


@dataclass(frozen=True, slots=True)
class SimulationInputs:
    """The officer's choices, as the simulator's inputs show them."""

    mode: SizingMode
    periods: int
    installment: Decimal
    rate_pct: Decimal
    first_due: date
    grace_periods: int = 0
    grace_kind: GraceKind = GraceKind.INTEREST_ONLY
    arrears: ComponentTreatment = dataclasses.field(default_factory=ComponentTreatment)
    late_interest: ComponentTreatment = dataclasses.field(default_factory=ComponentTreatment)
    fees_and_penalties: ComponentTreatment = dataclasses.field(default_factory=ComponentTreatment)
    down_payment: Decimal = ZERO

    def request(self, start: date) -> RestructuringRequest:
        """The engine's request for a plan signed on *start*."""
        sizing = (
            ByPeriods(self.periods)
            if self.mode is SizingMode.PERIODS
            else ByInstallment(self.installment)
        )
        return RestructuringRequest(
            sizing=sizing,
            start=start,
            rate_pct=self.rate_pct,
            arrears=self.arrears,
            late_interest=self.late_interest,
            # One input treats fees and penalties; its partial waiver goes to penalties.
            fees=dataclasses.replace(self.fees_and_penalties, waived=ZERO),
            penalties=self.fees_and_penalties,
            down_payment=self.down_payment,
            grace=Grace(self.grace_periods, self.grace_kind),
            first_due=self.first_due,
        )

    @staticmethod
    def from_plan(plan: Restructuring) -> SimulationInputs:
        """The inputs that give *plan* again (proposals fill the scenarios with them)."""
        request = plan.request
        sizing = request.sizing
        mode = SizingMode.INSTALLMENT if isinstance(sizing, ByInstallment) else SizingMode.PERIODS
        return SimulationInputs(
            mode=mode,
            periods=sizing.periods if isinstance(sizing, ByPeriods) else plan.schedule.periods,
            installment=(
                sizing.installment
                if isinstance(sizing, ByInstallment)
                else plan.schedule.installment
            ),
            rate_pct=plan.rate_pct,
            first_due=plan.schedule.first_due,
            grace_periods=request.grace.periods,
            grace_kind=request.grace.kind,
            arrears=request.arrears,
            late_interest=request.late_interest,
            fees_and_penalties=request.penalties,
            down_payment=request.down_payment,
        )
