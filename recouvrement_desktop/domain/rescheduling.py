"""Rescheduling a case's debt into a new plan, and comparing it with the contract.

The debt of a case is made of the outstanding principal and four overdue
components (arrears, late interest, fees, penalties).  Each component may be waived
in part, and what remains is capitalized into the new principal, spread over the
first instalments (interest-free), added to the first instalment, or waived.

Order of operations, documented because it changes the figures:

1. waivers (a component treated ``WAIVE`` is waived in full);
2. the down payment, applied to what remains in the fixed order arrears → late
   interest → fees → penalties → outstanding principal (oldest, most pressing first);
3. the treatment of each remainder; the new principal is the outstanding principal
   left after the down payment plus the capitalized amounts.

The concession of the bank is the present value, at the contract rate, of what it
would receive under the current contract (overdue amounts at once, then the
remaining instalments) minus the present value of what it receives under the plan
(down payment and fees at once, then instalments and spread amounts).  Insurance
premiums go to the insurer and are left out.  ``waivers`` is its nominal part and
``interest_given_up`` the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, localcontext
from enum import StrEnum
from typing import Final

from recouvrement_desktop.domain.apr import percent_2dp
from recouvrement_desktop.domain.calendar import Frequency, add_months, year_fraction
from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, Amount, DomainError
from recouvrement_desktop.domain.money import CENT, DOMAIN_CONTEXT, ZERO, floor_cents, to_cents
from recouvrement_desktop.domain.recovery import LoanCategory
from recouvrement_desktop.domain.schedule import (
    ByPeriods,
    Grace,
    LoanTerms,
    Method,
    Schedule,
    Sizing,
    build_schedule,
    check_periods,
    check_rate,
    periodic_rate,
)

__all__ = [
    "Allocation",
    "CaseDebt",
    "Comparison",
    "ComponentAllocation",
    "ComponentTreatment",
    "Contract",
    "DebtComponent",
    "PlanFigures",
    "Restructuring",
    "RestructuringRequest",
    "Treatment",
    "allocate",
    "current_schedule",
    "reschedule",
]

_ONE: Final = Decimal(1)


class DebtComponent(StrEnum):
    """The overdue parts of a debt, in the order the down payment settles them."""

    ARREARS = "arrears"
    LATE_INTEREST = "late-interest"
    FEES = "fees"
    PENALTIES = "penalties"


class Treatment(StrEnum):
    """What happens to (the non-waived part of) an overdue component."""

    CAPITALIZE = "capitalize"
    SPREAD = "spread"
    ADD_TO_FIRST = "add-to-first"
    WAIVE = "waive"


@dataclass(frozen=True, slots=True)
class ComponentTreatment:
    """Treatment of one component; ``waived`` is a partial waiver applied first."""

    treatment: Treatment = Treatment.CAPITALIZE
    waived: Decimal = ZERO
    spread_periods: int = 0


@dataclass(frozen=True, slots=True)
class Contract:
    """The loan as it runs today (what happens if nothing is agreed)."""

    rate_pct: Decimal
    remaining_periods: int
    next_due: date
    frequency: Frequency = Frequency.MONTHLY
    method: Method = Method.ANNUITY
    insurance: Decimal = ZERO
    category: LoanCategory = LoanCategory.PERSONAL_LOAN


@dataclass(frozen=True, slots=True)
class CaseDebt:
    """What the client owes on the case, and the contract it comes from."""

    outstanding_principal: Decimal
    contract: Contract
    arrears: Decimal = ZERO
    late_interest: Decimal = ZERO
    fees: Decimal = ZERO
    penalties: Decimal = ZERO

    def owed(self, component: DebtComponent) -> Decimal:
        return {
            DebtComponent.ARREARS: self.arrears,
            DebtComponent.LATE_INTEREST: self.late_interest,
            DebtComponent.FEES: self.fees,
            DebtComponent.PENALTIES: self.penalties,
        }[component]

    @property
    def overdue(self) -> Decimal:
        return self.arrears + self.late_interest + self.fees + self.penalties

    @property
    def total(self) -> Decimal:
        return self.outstanding_principal + self.overdue


@dataclass(frozen=True, slots=True)
class RestructuringRequest:
    """The officer's choices.  ``None`` means "as in the contract"."""

    sizing: Sizing
    start: date
    rate_pct: Decimal | None = None
    arrears: ComponentTreatment = field(default_factory=ComponentTreatment)
    late_interest: ComponentTreatment = field(default_factory=ComponentTreatment)
    fees: ComponentTreatment = field(default_factory=ComponentTreatment)
    penalties: ComponentTreatment = field(default_factory=ComponentTreatment)
    down_payment: Decimal = ZERO
    grace: Grace = field(default_factory=Grace)
    payment_day: int | None = None
    first_due: date | None = None
    frequency: Frequency | None = None
    method: Method = Method.ANNUITY
    insurance: Decimal | None = None
    signature_fees: Decimal = ZERO

    def treatment(self, component: DebtComponent) -> ComponentTreatment:
        return {
            DebtComponent.ARREARS: self.arrears,
            DebtComponent.LATE_INTEREST: self.late_interest,
            DebtComponent.FEES: self.fees,
            DebtComponent.PENALTIES: self.penalties,
        }[component]


@dataclass(frozen=True, slots=True)
class ComponentAllocation:
    """Where each euro of one component goes.  The five amounts sum to ``owed``."""

    component: DebtComponent
    owed: Decimal
    waived: Decimal
    down_payment: Decimal
    capitalized: Decimal
    spread: Decimal
    added_to_first: Decimal
    spread_periods: int


@dataclass(frozen=True, slots=True)
class Allocation:
    """The debt split by the request: new principal and interest-free extras."""

    components: tuple[ComponentAllocation, ...]
    down_payment_on_principal: Decimal
    new_principal: Decimal
    extras: tuple[Decimal, ...]

    @property
    def waived(self) -> Decimal:
        return sum((c.waived for c in self.components), ZERO)

    @property
    def down_payment(self) -> Decimal:
        return self.down_payment_on_principal + sum((c.down_payment for c in self.components), ZERO)

    @property
    def max_extra(self) -> Decimal:
        return max(self.extras, default=ZERO)

    def remaining(self, component: DebtComponent) -> Decimal:
        """What the client still pays of *component* (owed minus waived)."""
        for c in self.components:
            if c.component is component:
                return c.owed - c.waived
        raise KeyError(component)  # pragma: no cover


@dataclass(frozen=True, slots=True)
class PlanFigures:
    """The headline figures of a plan, for the side-by-side comparison."""

    installment: Decimal
    periods: int
    end_date: date
    total_interest: Decimal
    total_cost: Decimal
    apr: Decimal

    @property
    def apr_pct(self) -> Decimal:
        return percent_2dp(self.apr)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Current contract vs proposed plan, and what the plan costs the bank.

    ``current`` is ``None`` when the contract has nothing left to run (all due).
    """

    current: PlanFigures | None
    proposed: PlanFigures
    waivers: Decimal
    interest_given_up: Decimal

    @property
    def concession_cost(self) -> Decimal:
        return self.waivers + self.interest_given_up


@dataclass(frozen=True, slots=True)
class Restructuring:
    """A computed plan: allocation of the debt, the schedule, the comparison."""

    debt: CaseDebt
    request: RestructuringRequest
    allocation: Allocation
    schedule: Schedule
    current: Schedule | None
    comparison: Comparison

    @property
    def rate_pct(self) -> Decimal:
        return self.schedule.terms.rate_pct


# ---------------------------------------------------------------------- validation


def _check_non_negative(value: Decimal, name: str) -> None:
    if not value.is_finite() or value < ZERO:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "The amount cannot be negative"),
            field=name,
        )
    if value != value.quantize(CENT, context=DOMAIN_CONTEXT):
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "An amount cannot have more than two decimals: {text}"),
            {"text": str(value)},
            field=name,
        )


def _check_debt(debt: CaseDebt) -> None:
    _check_non_negative(debt.outstanding_principal, "outstanding_principal")
    for component in DebtComponent:
        _check_non_negative(debt.owed(component), str(component))
    if debt.total <= ZERO:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "The case has no debt to reschedule"),
            field="outstanding_principal",
        )
    contract = debt.contract
    check_rate(contract.rate_pct)
    _check_non_negative(contract.insurance, "contract_insurance")
    if contract.remaining_periods < 0:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "Term must be between 1 and {max} instalments"),
            {"max": 50 * contract.frequency.periods_per_year},
            field="remaining_periods",
        )
    if contract.remaining_periods:
        check_periods(contract.remaining_periods, contract.frequency)


# ---------------------------------------------------------------------- allocation


def allocate(debt: CaseDebt, request: RestructuringRequest) -> Allocation:
    """Split the debt according to the request (waivers, down payment, treatments)."""
    with localcontext(DOMAIN_CONTEXT):
        return _allocate(debt, request)


def _allocate(debt: CaseDebt, request: RestructuringRequest) -> Allocation:
    _check_debt(debt)
    _check_non_negative(request.down_payment, "down_payment")
    after_waiver: list[tuple[DebtComponent, ComponentTreatment, Decimal, Decimal]] = []
    for component in DebtComponent:
        owed = debt.owed(component)
        how = request.treatment(component)
        _check_non_negative(how.waived, f"{component}_waived")
        waived = owed if how.treatment is Treatment.WAIVE else how.waived
        if waived > owed:
            raise DomainError(
                QT_TRANSLATE_NOOP("Domain", "Cannot waive {waived}: only {owed} is owed"),
                {"waived": Amount(waived), "owed": Amount(owed)},
                field=f"{component}_waived",
            )
        after_waiver.append((component, how, owed, waived))

    payable = debt.outstanding_principal + sum((o - w for _, _, o, w in after_waiver), ZERO)
    if request.down_payment >= payable:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Domain", "The down payment settles the whole debt: nothing to reschedule"
            ),
            field="down_payment",
        )

    left = request.down_payment
    extras: dict[int, Decimal] = {}
    allocations: list[ComponentAllocation] = []
    new_principal = ZERO
    for component, how, owed, waived in after_waiver:
        rest = owed - waived
        paid = min(left, rest)
        left -= paid
        rest -= paid
        capitalized = spread = first = ZERO
        periods = 0
        if how.treatment is Treatment.CAPITALIZE:
            capitalized = rest
        elif how.treatment is Treatment.ADD_TO_FIRST:
            first = rest
            if rest:
                extras[0] = extras.get(0, ZERO) + rest
        elif how.treatment is Treatment.SPREAD:
            periods = how.spread_periods
            if periods < 1:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "Domain", "Amounts must be spread over at least one instalment"
                    ),
                    field=f"{component}_spread",
                )
            spread = rest
            if rest:
                share = floor_cents(rest / periods)
                for k in range(periods - 1):
                    extras[k] = extras.get(k, ZERO) + share
                extras[periods - 1] = extras.get(periods - 1, ZERO) + rest - share * (periods - 1)
        new_principal += capitalized
        allocations.append(
            ComponentAllocation(
                component=component,
                owed=owed,
                waived=waived,
                down_payment=paid,
                capitalized=capitalized,
                spread=spread,
                added_to_first=first,
                spread_periods=periods,
            )
        )
    on_principal = left
    new_principal += debt.outstanding_principal - on_principal
    if new_principal <= ZERO:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Domain",
                "The plan has no principal to repay: capitalize at least part of the debt",
            ),
            field="principal",
        )
    length = max(extras) + 1 if extras else 0
    return Allocation(
        components=tuple(allocations),
        down_payment_on_principal=on_principal,
        new_principal=new_principal,
        extras=tuple(extras.get(k, ZERO) for k in range(length)),
    )


# ---------------------------------------------------------------------- schedules


def current_schedule(debt: CaseDebt) -> Schedule | None:
    """The remaining schedule of the contract as it stands (``None`` if nothing runs)."""
    contract = debt.contract
    if contract.remaining_periods == 0 or debt.outstanding_principal == ZERO:
        return None
    start = add_months(contract.next_due, -contract.frequency.months)
    return build_schedule(
        LoanTerms(
            principal=debt.outstanding_principal,
            rate_pct=contract.rate_pct,
            sizing=ByPeriods(contract.remaining_periods),
            start=start,
            frequency=contract.frequency,
            method=contract.method,
            insurance=contract.insurance,
            first_due=contract.next_due,
        )
    )


def _figures(schedule: Schedule, extra_cost: Decimal) -> PlanFigures:
    return PlanFigures(
        installment=schedule.installment,
        periods=schedule.periods,
        end_date=schedule.end_date,
        total_interest=schedule.total_interest,
        total_cost=schedule.total_cost + extra_cost,
        apr=schedule.apr,
    )


def _present_value(
    rows_cash: Sequence[Decimal],
    first_due: date,
    frequency: Frequency,
    origin: date,
    annual_factor: Decimal,
) -> Decimal:
    """PV at *origin* of amounts due on a regular grid, discounting at ``annual_factor``.

    ``annual_factor`` is ``1 + j`` with ``j`` the effective annual discount rate.
    """
    if first_due < origin:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "The next contractual due date is before the signature"),
            field="next_due",
        )
    t1 = year_fraction(origin, first_due)
    step = annual_factor ** (-Decimal(frequency.months) / 12)
    factor = annual_factor ** (-t1)
    total = ZERO
    for cash in rows_cash:
        total += cash * factor
        factor *= step
    return total


def reschedule(
    debt: CaseDebt,
    request: RestructuringRequest,
    *,
    current: Schedule | None = None,
    allocation: Allocation | None = None,
) -> Restructuring:
    """Build the plan of *request* for *debt* and compare it with the contract.

    *current* and *allocation* may be passed when already computed (proposals reuse
    them); they must then be ``current_schedule(debt)`` and ``allocate(debt, request)``.
    """
    with localcontext(DOMAIN_CONTEXT):
        alloc = allocation if allocation is not None else _allocate(debt, request)
        contract = debt.contract
        frequency = request.frequency or contract.frequency
        rate = contract.rate_pct if request.rate_pct is None else request.rate_pct
        insurance = contract.insurance if request.insurance is None else request.insurance
        schedule = build_schedule(
            LoanTerms(
                principal=alloc.new_principal,
                rate_pct=rate,
                sizing=request.sizing,
                start=request.start,
                frequency=frequency,
                method=request.method,
                grace=request.grace,
                fees=request.signature_fees,
                insurance=insurance,
                first_due=request.first_due,
                payment_day=request.payment_day,
                extras=alloc.extras,
            )
        )
        running = current if current is not None else current_schedule(debt)

        # Costs beyond principal and arrears still owed by the client.
        owed_extra_now = debt.late_interest + debt.fees + debt.penalties
        owed_extra_plan = (
            alloc.remaining(DebtComponent.LATE_INTEREST)
            + alloc.remaining(DebtComponent.FEES)
            + alloc.remaining(DebtComponent.PENALTIES)
        )

        # Concession: PV at the contract rate, bank's cash only (no insurance).
        annual = (_ONE + periodic_rate(contract.rate_pct, contract.frequency)) ** (
            contract.frequency.periods_per_year
        )
        pv_current = debt.overdue
        if running is not None:
            pv_current += _present_value(
                [r.payment for r in running.rows],
                running.first_due,
                contract.frequency,
                request.start,
                annual,
            )
        elif debt.outstanding_principal:
            pv_current += debt.outstanding_principal  # all due at once
        pv_plan = alloc.down_payment + request.signature_fees
        pv_plan += _present_value(
            [r.payment + r.extra for r in schedule.rows],
            schedule.first_due,
            frequency,
            request.start,
            annual,
        )
        waivers = alloc.waived
        concession = to_cents(pv_current - pv_plan)
        comparison = Comparison(
            current=None if running is None else _figures(running, owed_extra_now),
            proposed=_figures(schedule, owed_extra_plan),
            waivers=waivers,
            interest_given_up=concession - waivers,
        )
        return Restructuring(
            debt=debt,
            request=request,
            allocation=alloc,
            schedule=schedule,
            current=running,
            comparison=comparison,
        )
