"""The bridge from a case on file to the rescheduling engine (no Qt).

``SimulationContext.from_case(detail, officer)`` turns a case into the engine's values
once; ``simulate(context, inputs)`` then runs the engine on the officer's inputs, fast
enough to follow a slider (the contract's schedule is computed once, in the context).

How a case with several loans becomes one debt (the engine reschedules one debt):

* the **debt** is the sum over the case's loans: outstanding principal, arrears, late
  interest, and "fees and penalties" (the database keeps them together; they go to the
  engine's *penalties* component, the part a bank usually waives first);
* the **contract** is the main loan's — the one with the largest debt (principal plus
  arrears), the oldest on a tie: its rate, category, remaining term and next due date;
  the insurance is the sum of every loan's, since the client pays all of them;
* the **current schedule** (what happens if nothing is agreed) is therefore the whole
  outstanding principal run off at the main loan's rate over its remaining term: an
  approximation for cases with several loans, exact for the usual single-loan case.

The policy is the bank's demonstration policy with the acting officer's delegation;
without an officer, nothing is delegated (every concession needs a supervisor).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from recouvrement_desktop.db.models import Client, Loan, Officer
from recouvrement_desktop.domain.affordability import Budget, ProposalKind, evaluate, propose
from recouvrement_desktop.domain.calendar import add_months, elapsed_months
from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError
from recouvrement_desktop.domain.guardrails import Assessment
from recouvrement_desktop.domain.money import ZERO
from recouvrement_desktop.domain.policy import DEMO_POLICY, DelegationLimits, Household, Policy
from recouvrement_desktop.domain.rescheduling import (
    CaseDebt,
    ComponentTreatment,
    Contract,
    Restructuring,
    RestructuringRequest,
    current_schedule,
    reschedule,
)
from recouvrement_desktop.domain.schedule import (
    ByInstallment,
    ByPeriods,
    Grace,
    GraceKind,
    Schedule,
)
from recouvrement_desktop.services.case_queries import CaseDetail

__all__ = [
    "NO_DELEGATION",
    "ProposedScenario",
    "SimulationContext",
    "SimulationInputs",
    "SimulationResult",
    "SizingMode",
    "propose_scenarios",
    "scenario_payload",
    "simulate",
]

# Without an acting officer nothing is delegated: any waiver, extension or rate cut
# below the contract's needs a supervisor.
NO_DELEGATION: Final = DelegationLimits(
    max_waiver=Decimal("0.00"), max_extension_months=0, min_rate_pct=Decimal(100)
)
# A plan shorter than this is rarely sustainable: the default never proposes less.
MIN_DEFAULT_PERIODS: Final = 12


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


def _main_loan(loans: Sequence[Loan]) -> Loan:
    return min(
        loans, key=lambda loan: (-(loan.outstanding_principal + loan.arrears_amount), loan.id)
    )


def _total(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal("0.00"))


@dataclass(frozen=True, slots=True)
class SimulationContext:
    """A case turned into the engine's values, computed once per case and officer.

    Holds plain values only (no database objects), so that it may be used off the GUI
    thread.
    """

    reference: str
    debt: CaseDebt
    budget: Budget | None
    policy: Policy
    today: date
    current: Schedule | None
    main_contract: str

    @classmethod
    def from_case(
        cls,
        reference: str,
        client: Client,
        loans: Sequence[Loan],
        officer: Officer | None,
        *,
        today: date | None = None,
    ) -> SimulationContext:
        """See the module docstring for how several loans become one debt.

        Raises ``DomainError`` for a case without loans.
        """
        if not loans:
            raise DomainError(
                QT_TRANSLATE_NOOP("Domain", "The case has no debt to reschedule"),
                field="outstanding_principal",
            )
        day = today or date.today()
        main = _main_loan(loans)
        # Instalment k fell due on start + k months: those up to today are past (paid or
        # in arrears), the rest is the remaining term.
        elapsed = elapsed_months(main.start_date, day)[0] if main.start_date <= day else 0
        contract = Contract(
            rate_pct=main.nominal_rate,
            remaining_periods=max(0, main.term_months - elapsed),
            next_due=add_months(main.start_date, elapsed + 1),
            insurance=_total([loan.insurance_monthly for loan in loans]),
            category=main.category,
        )
        debt = CaseDebt(
            outstanding_principal=_total([loan.outstanding_principal for loan in loans]),
            contract=contract,
            arrears=_total([loan.arrears_amount for loan in loans]),
            late_interest=_total([loan.late_interest for loan in loans]),
            penalties=_total([loan.fees_and_penalties for loan in loans]),
        )
        limits = (
            NO_DELEGATION
            if officer is None
            else DelegationLimits(
                max_waiver=officer.max_waiver,
                max_extension_months=officer.max_extension_months,
                min_rate_pct=officer.min_rate,
            )
        )
        return cls(
            reference=reference,
            debt=debt,
            budget=_budget(client),
            policy=dataclasses.replace(DEMO_POLICY, delegation=limits),
            today=day,
            current=current_schedule(debt),
            main_contract=main.contract_number,
        )

    @classmethod
    def from_detail(
        cls, detail: CaseDetail, officer: Officer | None, *, today: date | None = None
    ) -> SimulationContext:
        return cls.from_case(
            detail.case.reference, detail.client, detail.loans, officer, today=today
        )

    def default_inputs(self) -> SimulationInputs:
        """A first plan: the contract's rate and end date (at least a year), arrears
        capitalized, the first instalment a month from today."""
        contract = self.debt.contract
        periods = max(contract.remaining_periods, MIN_DEFAULT_PERIODS)
        return SimulationInputs(
            mode=SizingMode.PERIODS,
            periods=periods,
            installment=self.current.installment if self.current else ZERO,
            rate_pct=contract.rate_pct,
            first_due=add_months(self.today, 1),
        )


def _budget(client: Client) -> Budget | None:
    """The client's declared monthly budget, or ``None`` when there is no income on file."""
    try:
        return Budget(
            net_income=client.monthly_income,
            housing=client.housing_cost,
            other_credits=client.other_credit_payments,
            household=Household(client.household_adults, client.household_children),
        )
    except DomainError:
        return None


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """One run of the engine: the plan and its assessment, or why there is none."""

    inputs: SimulationInputs
    plan: Restructuring | None
    assessment: Assessment | None
    error: DomainError | None = None


def simulate(context: SimulationContext, inputs: SimulationInputs) -> SimulationResult:
    """Run the engine on *inputs*; a ``DomainError`` is returned, never raised."""
    try:
        plan = reschedule(context.debt, inputs.request(context.today), current=context.current)
        assessment = evaluate(plan, context.policy, context.budget)
    except DomainError as error:
        return SimulationResult(inputs, None, None, error)
    # The term's other half (unused by the engine in this mode) takes the plan's value,
    # so that a kept scenario is consistent whichever way it is read back.
    if inputs.mode is SizingMode.PERIODS:
        inputs = dataclasses.replace(inputs, installment=plan.schedule.installment)
    else:
        inputs = dataclasses.replace(inputs, periods=plan.schedule.periods)
    return SimulationResult(inputs, plan, assessment)


@dataclass(frozen=True, slots=True)
class ProposedScenario:
    kind: ProposalKind
    title: str  # English source, context "Domain"
    result: SimulationResult


def propose_scenarios(
    context: SimulationContext, inputs: SimulationInputs
) -> tuple[ProposedScenario, ...] | DomainError:
    """The engine's three affordability-first plans, each with the inputs that give it.

    Empty when no budget is on file (the plans are sized from it).
    """
    if context.budget is None:
        return ()
    try:
        proposals = propose(
            context.debt, inputs.request(context.today), context.budget, context.policy
        )
    except DomainError as error:
        return error
    return tuple(
        ProposedScenario(
            p.kind,
            p.title,
            SimulationResult(SimulationInputs.from_plan(p.plan), p.plan, p.assessment),
        )
        for p in proposals
    )


def _treatment(how: ComponentTreatment) -> dict[str, Any]:
    return {
        "treatment": how.treatment.value,
        "waived": str(how.waived),
        "spread_periods": how.spread_periods,
    }


def scenario_payload(context: SimulationContext, result: SimulationResult) -> dict[str, Any] | None:
    """A computed scenario as plain JSON (strings for amounts and dates), to keep as an
    offer; ``periods`` and ``installment`` at the top, as the history expects them."""
    plan, assessment = result.plan, result.assessment
    if plan is None or assessment is None:
        return None
    inputs = result.inputs
    schedule = plan.schedule
    proposed = plan.comparison.proposed

    def optional(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return {
        "case": context.reference,
        "periods": schedule.periods,
        "installment": str(schedule.installment),
        "rate": str(plan.rate_pct),
        "first_due": schedule.first_due.isoformat(),
        "end_date": schedule.end_date.isoformat(),
        "new_principal": str(plan.allocation.new_principal),
        "down_payment": str(plan.allocation.down_payment),
        "waived": str(plan.allocation.waived),
        "total_cost": str(proposed.total_cost),
        "total_paid": str(schedule.total_paid),
        "apr_pct": str(schedule.apr_pct),
        "concession_cost": str(plan.comparison.concession_cost),
        "effort_rate_pct": optional(assessment.effort_rate_pct),
        "reste_a_vivre": optional(assessment.reste_a_vivre),
        "needs_supervisor_approval": assessment.needs_supervisor_approval,
        "warnings": [w.code.value for w in assessment.warnings],
        "inputs": {
            "mode": inputs.mode.value,
            "periods": inputs.periods,
            "installment": str(inputs.installment),
            "rate_pct": str(inputs.rate_pct),
            "first_due": inputs.first_due.isoformat(),
            "grace_periods": inputs.grace_periods,
            "grace_kind": inputs.grace_kind.value,
            "arrears": _treatment(inputs.arrears),
            "late_interest": _treatment(inputs.late_interest),
            "fees_and_penalties": _treatment(inputs.fees_and_penalties),
            "down_payment": str(inputs.down_payment),
        },
    }
