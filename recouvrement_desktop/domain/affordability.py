"""Affordability: effort rate, "reste à vivre", sustainable instalment, proposals.

All budget amounts are monthly.  A plan paid every two, three, six or twelve months
is compared through its monthly equivalent (instalment × periods per year / 12).

The three ready proposals are sized arithmetically from the largest sustainable
instalment (one schedule each, no search):

* **shortest affordable**: the sustainable instalment at the requested rate, so the
  plan ends as soon as the household can manage;
* **cheapest for the client**: the same instalment, with the lowest rate and the
  largest waiver of late interest and penalties the officer may grant alone;
* **gentlest**: a few months of interest-only grace, then the longest term the
  officer may grant alone (remaining term + delegated extension; 7 years when the
  contract has nothing left to run), which gives the smallest instalment.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from decimal import Decimal, localcontext
from enum import StrEnum
from typing import Final

from recouvrement_desktop.domain.calendar import Frequency, add_months, count_due_dates
from recouvrement_desktop.domain.consumer_credit import ConsumerDefault
from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError
from recouvrement_desktop.domain.guardrails import Assessment, WarningCode, assess
from recouvrement_desktop.domain.money import CENT, DOMAIN_CONTEXT, HUNDRED, ZERO, floor_cents
from recouvrement_desktop.domain.policy import Household, Policy
from recouvrement_desktop.domain.rescheduling import (
    CaseDebt,
    ComponentTreatment,
    Restructuring,
    RestructuringRequest,
    Treatment,
    allocate,
    current_schedule,
    reschedule,
)
from recouvrement_desktop.domain.schedule import (
    ByInstallment,
    ByPeriods,
    Grace,
    GraceKind,
    LoanTerms,
    Schedule,
    Sizing,
    max_periods,
    periodic_rate,
    resolve_first_due,
)

__all__ = [
    "Budget",
    "Proposal",
    "ProposalKind",
    "effort_rate_pct",
    "evaluate",
    "max_sustainable_monthly",
    "monthly_equivalent",
    "per_period",
    "propose",
    "reste_a_vivre",
]

_TWELVE: Final = Decimal(12)
_PCT_QUANTUM: Final = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Budget:
    """The household's monthly budget, as declared to the officer."""

    net_income: Decimal
    housing: Decimal = ZERO
    other_credits: Decimal = ZERO
    other_charges: Decimal = ZERO
    household: Household = dataclasses.field(default_factory=Household)

    def __post_init__(self) -> None:
        for name in ("net_income", "housing", "other_credits", "other_charges"):
            value: Decimal = getattr(self, name)
            if not value.is_finite() or value < ZERO:
                raise DomainError(
                    QT_TRANSLATE_NOOP("Domain", "The amount cannot be negative"), field=name
                )
        if self.net_income == ZERO:
            raise DomainError(
                QT_TRANSLATE_NOOP("Domain", "The amount must be greater than zero"),
                field="net_income",
            )


def monthly_equivalent(amount: Decimal, frequency: Frequency) -> Decimal:
    """The monthly equivalent of an amount due every period, to the cent."""
    with localcontext(DOMAIN_CONTEXT):
        return (amount * frequency.periods_per_year / _TWELVE).quantize(CENT)


def per_period(monthly: Decimal, frequency: Frequency) -> Decimal:
    """The largest per-period amount whose monthly equivalent is at most *monthly*."""
    with localcontext(DOMAIN_CONTEXT):
        return floor_cents(monthly * _TWELVE / frequency.periods_per_year)


def effort_rate_pct(budget: Budget, monthly_payment: Decimal) -> Decimal:
    """Debt service (other credits + the plan) / net income, percent, 2 decimals."""
    with localcontext(DOMAIN_CONTEXT):
        rate = (budget.other_credits + monthly_payment) * HUNDRED / budget.net_income
        return rate.quantize(_PCT_QUANTUM)


def reste_a_vivre(budget: Budget, monthly_payment: Decimal) -> Decimal:
    """What is left each month after housing, credits, charges and the plan."""
    return (
        budget.net_income
        - budget.housing
        - budget.other_credits
        - budget.other_charges
        - monthly_payment
    )


def max_sustainable_monthly(budget: Budget, policy: Policy) -> Decimal:
    """Largest monthly debt service for the plan within both effort ceiling and floor."""
    with localcontext(DOMAIN_CONTEXT):
        by_effort = budget.net_income * policy.max_effort_rate_pct / HUNDRED - budget.other_credits
        by_floor = reste_a_vivre(budget, ZERO) - policy.floors.floor(budget.household)
        return max(ZERO, floor_cents(min(by_effort, by_floor)))


def _peak_monthly(schedule: Schedule) -> Decimal:
    """The heaviest month of the plan (instalment + insurance + spread amounts)."""
    peak = max(row.total_due for row in schedule.rows)
    return monthly_equivalent(peak, schedule.terms.frequency)


def evaluate(
    plan: Restructuring,
    policy: Policy,
    budget: Budget | None = None,
    *,
    overindebtedness_open: bool = False,
    consumer: ConsumerDefault | None = None,
) -> Assessment:
    """Guardrails of *plan*, with the affordability checks when a budget is known."""
    if budget is None:
        return assess(plan, policy, overindebtedness_open=overindebtedness_open, consumer=consumer)
    monthly = _peak_monthly(plan.schedule)
    return assess(
        plan,
        policy,
        effort_rate_pct=effort_rate_pct(budget, monthly),
        reste_a_vivre=reste_a_vivre(budget, monthly),
        reste_a_vivre_floor=policy.floors.floor(budget.household),
        overindebtedness_open=overindebtedness_open,
        consumer=consumer,
    )


class ProposalKind(StrEnum):
    SHORTEST = "shortest"
    CHEAPEST = "cheapest"
    GENTLEST = "gentlest"

    @property
    def label(self) -> str:
        """English source of the proposal's name; translate with context "Domain"."""
        return _TITLES[self]


_TITLES: Final = {
    ProposalKind.SHORTEST: QT_TRANSLATE_NOOP("Domain", "Shortest affordable plan"),
    ProposalKind.CHEAPEST: QT_TRANSLATE_NOOP("Domain", "Cheapest plan for the client"),
    ProposalKind.GENTLEST: QT_TRANSLATE_NOOP("Domain", "Gentlest plan, with a grace period"),
}
# When the budget carries no plan, the "shortest affordable" one is the longest term the
# officer may grant alone: its name must not promise what the figures deny.
_NOTHING_AFFORDABLE: Final = QT_TRANSLATE_NOOP(
    "Domain", "No affordable plan: the longest term allowed"
)
_AFFORDABILITY_CODES: Final = frozenset({WarningCode.EFFORT_RATE, WarningCode.RESTE_A_VIVRE})


@dataclass(frozen=True, slots=True)
class Proposal:
    """A ready plan with its figures (``plan.comparison``) and warnings."""

    kind: ProposalKind
    plan: Restructuring
    assessment: Assessment
    sustainable_installment: Decimal

    @property
    def affordable(self) -> bool:
        """Within the effort-rate ceiling and above the reste-à-vivre floor."""
        return not _AFFORDABILITY_CODES.intersection(self.assessment.codes)

    @property
    def title(self) -> str:
        """English source of the proposal's name; translate with context Domain."""
        if self.kind is ProposalKind.SHORTEST and not self.affordable:
            return _NOTHING_AFFORDABLE
        return self.kind.label


def _longest_periods(debt: CaseDebt, request: RestructuringRequest, policy: Policy) -> int:
    """The longest term the officer may grant alone.

    The contract's remaining term plus the delegated extension; for a contract with
    nothing left to run (all due), the 7-year over-indebtedness benchmark.
    """
    frequency = request.frequency or debt.contract.frequency
    running = current_schedule(debt)
    if running is None:
        limit = add_months(request.start, policy.overindebtedness_benchmark_months)
    else:
        limit = add_months(running.end_date, policy.delegation.max_extension_months)
    terms = LoanTerms(
        principal=debt.outstanding_principal or CENT,
        rate_pct=ZERO,
        sizing=ByPeriods(1),
        start=request.start,
        frequency=frequency,
        first_due=request.first_due,
        payment_day=request.payment_day,
    )
    first, day = resolve_first_due(terms)
    periods = max(1, count_due_dates(first, limit, frequency, day))
    return min(periods, max_periods(frequency))


def _affordable_sizing(
    *,
    request: RestructuringRequest,
    debt: CaseDebt,
    principal: Decimal,
    rate_pct: Decimal,
    budget_installment: Decimal,
    fallback_periods: int,
) -> Sizing:
    """Size by the sustainable instalment if it repays the debt, else the longest term."""
    frequency = request.frequency or debt.contract.frequency
    i = periodic_rate(rate_pct, frequency)
    grace = request.grace
    if grace.periods and grace.kind is GraceKind.CAPITALIZED:
        principal = principal * (1 + i) ** grace.periods
    if budget_installment <= ZERO or budget_installment <= principal * i:
        return ByPeriods(fallback_periods)
    # Number of amortizing instalments, closed form: n = -ln(1 - P·i/A) / ln(1 + i).
    ratio = float(principal * i / budget_installment)
    n = (
        math.ceil(-math.log1p(-ratio) / math.log1p(float(i)))
        if i > ZERO
        else math.ceil(float(principal / budget_installment))
    )
    if grace.periods + n + 1 > fallback_periods:
        return ByPeriods(max(fallback_periods, grace.periods + 1))
    return ByInstallment(budget_installment)


def _cheapest_request(
    debt: CaseDebt, request: RestructuringRequest, policy: Policy
) -> RestructuringRequest:
    limits = policy.delegation
    rate = debt.contract.rate_pct if request.rate_pct is None else request.rate_pct
    rate = min(rate, limits.min_rate_pct)
    budget_left = max(limits.max_waiver - allocate(debt, request).waived, ZERO)

    def waive_more(how: ComponentTreatment, owed: Decimal) -> ComponentTreatment:
        nonlocal budget_left
        extra = min(budget_left, owed - min(how.waived, owed))
        if how.treatment is Treatment.WAIVE or extra <= ZERO:
            return how
        budget_left -= extra
        return dataclasses.replace(how, waived=how.waived + extra)

    late_interest = waive_more(request.late_interest, debt.late_interest)
    penalties = waive_more(request.penalties, debt.penalties)
    return dataclasses.replace(
        request, rate_pct=rate, late_interest=late_interest, penalties=penalties
    )


def propose(
    debt: CaseDebt,
    request: RestructuringRequest,
    budget: Budget,
    policy: Policy,
) -> tuple[Proposal, Proposal, Proposal]:
    """Three ready plans for the negotiation, built from the sustainable instalment.

    *request* supplies the signature date, treatments, down payment, frequency,
    method and insurance; its sizing (and, for the gentlest plan, its grace) is
    replaced.  Each plan is sized arithmetically, then built and assessed once.
    """
    with localcontext(DOMAIN_CONTEXT):
        frequency = request.frequency or debt.contract.frequency
        insurance = debt.contract.insurance if request.insurance is None else request.insurance
        sustainable = per_period(max_sustainable_monthly(budget, policy), frequency)
        running = current_schedule(debt)
        longest = _longest_periods(debt, request, policy)
        proposals: list[Proposal] = []

        def build(kind: ProposalKind, req: RestructuringRequest) -> None:
            alloc = allocate(debt, req)
            rate = debt.contract.rate_pct if req.rate_pct is None else req.rate_pct
            installment = sustainable - insurance - alloc.max_extra
            sizing = _affordable_sizing(
                request=req,
                debt=debt,
                principal=alloc.new_principal,
                rate_pct=rate,
                budget_installment=installment,
                fallback_periods=longest,
            )
            plan = reschedule(
                debt,
                dataclasses.replace(req, sizing=sizing),
                current=running,
                allocation=alloc,
            )
            proposals.append(
                Proposal(
                    kind=kind,
                    plan=plan,
                    assessment=evaluate(plan, policy, budget),
                    sustainable_installment=sustainable,
                )
            )

        build(ProposalKind.SHORTEST, request)
        build(ProposalKind.CHEAPEST, _cheapest_request(debt, request, policy))
        grace_periods = max(1, math.ceil(policy.gentle_grace_months / frequency.months))
        grace_periods = min(grace_periods, max(0, longest - 1))
        gentle = dataclasses.replace(
            request,
            grace=Grace(grace_periods, GraceKind.INTEREST_ONLY),
            sizing=ByPeriods(max(longest, grace_periods + 1)),
        )
        alloc = allocate(debt, gentle)
        plan = reschedule(debt, gentle, current=running, allocation=alloc)
        proposals.append(
            Proposal(
                kind=ProposalKind.GENTLEST,
                plan=plan,
                assessment=evaluate(plan, policy, budget),
                sustainable_installment=sustainable,
            )
        )
        return proposals[0], proposals[1], proposals[2]
