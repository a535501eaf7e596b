"""Rescheduling: allocation of the debt, the plan, the comparison and the concession."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.rescheduling import (
    CaseDebt,
    ComponentTreatment,
    Contract,
    DebtComponent,
    RestructuringRequest,
    Treatment,
    allocate,
    current_schedule,
    reschedule,
)
from recouvrement_desktop.domain.schedule import ByInstallment, ByPeriods, Grace

D = Decimal
SIGNATURE = date(2026, 11, 5)
CONTRACT = Contract(rate_pct=D("6.5"), remaining_periods=48, next_due=date(2026, 12, 5))
DEBT = CaseDebt(
    outstanding_principal=D("18500.00"),
    contract=CONTRACT,
    arrears=D("1450.00"),
    late_interest=D("85.40"),
    fees=D("120.00"),
    penalties=D("300.00"),
)


def cents(low: int, high: int) -> st.SearchStrategy[Decimal]:
    return st.integers(low, high).map(lambda c: Decimal(c).scaleb(-2))


def test_capitalize_everything_by_default() -> None:
    plan = reschedule(DEBT, RestructuringRequest(ByPeriods(60), SIGNATURE))
    assert plan.allocation.new_principal == DEBT.total == D("20455.40")
    assert plan.allocation.extras == ()
    assert plan.schedule.terms.principal == D("20455.40")
    assert plan.schedule.terms.rate_pct == D("6.5")


def test_same_rate_and_everything_capitalized_costs_the_bank_nothing() -> None:
    # Under the contract the overdue amounts are due at once and the remaining
    # instalments are worth the outstanding principal at the contract rate; a plan
    # at the same rate is worth the new principal: no concession, up to the cents
    # of rounding in both schedules.
    for periods in (12, 48, 120):
        plan = reschedule(DEBT, RestructuringRequest(ByPeriods(periods), SIGNATURE))
        assert plan.comparison.waivers == 0
        assert abs(plan.comparison.interest_given_up) <= D("0.10")


def test_waivers_are_a_concession_at_face_value() -> None:
    request = RestructuringRequest(
        ByPeriods(48),
        SIGNATURE,
        penalties=ComponentTreatment(Treatment.WAIVE),
        late_interest=ComponentTreatment(Treatment.CAPITALIZE, waived=D("40.00")),
    )
    plan = reschedule(DEBT, request)
    assert plan.allocation.waived == D("340.00")
    assert plan.comparison.waivers == D("340.00")
    assert abs(plan.comparison.interest_given_up) <= D("0.10")
    assert plan.allocation.new_principal == DEBT.total - D("340.00")


def test_rate_cut_concession_is_the_interest_given_up_discounted_at_the_contract_rate() -> None:
    plan = reschedule(DEBT, RestructuringRequest(ByPeriods(48), SIGNATURE, rate_pct=D("3")))
    principal = plan.allocation.new_principal
    # Independent computation: the new level instalment at 3 %, valued at 6.5 %.
    with localcontext() as ctx:
        ctx.prec = 50
        i_new = D("0.03") / 12
        i_old = D("0.065") / 12
        payment = principal * i_new / (1 - (1 + i_new) ** -48)
        value_at_contract_rate = payment * (1 - (1 + i_old) ** -48) / i_old
        expected = principal - value_at_contract_rate
    assert abs(plan.comparison.interest_given_up - expected) <= D("0.50")
    assert plan.comparison.concession_cost == plan.comparison.interest_given_up


def test_comparison_current_versus_proposed() -> None:
    plan = reschedule(DEBT, RestructuringRequest(ByPeriods(72), SIGNATURE, rate_pct=D("5")))
    current = current_schedule(DEBT)
    assert current is not None
    cmp = plan.comparison
    assert cmp.current is not None
    assert cmp.current.installment == current.installment
    assert cmp.current.periods == 48
    assert cmp.current.end_date == date(2030, 11, 5)
    assert cmp.current.total_interest == current.total_interest
    # Cost beyond principal and arrears: interest + late interest + fees + penalties.
    assert cmp.current.total_cost == current.total_interest + D("505.40")
    assert cmp.proposed.periods == 72
    assert cmp.proposed.end_date == date(2032, 11, 5)
    assert cmp.proposed.total_cost == plan.schedule.total_interest + D("505.40")
    # A proportional 6.5 % monthly rate: TAEG (1 + 0.065/12)^12 - 1 = 6.697 %.
    assert cmp.current.apr_pct == D("6.70")
    assert cmp.proposed.apr_pct == D("5.12")


def test_spread_and_add_to_first_are_interest_free_extras() -> None:
    request = RestructuringRequest(
        ByPeriods(36),
        SIGNATURE,
        arrears=ComponentTreatment(Treatment.SPREAD, spread_periods=6),
        fees=ComponentTreatment(Treatment.ADD_TO_FIRST),
    )
    plan = reschedule(DEBT, request)
    extras = plan.allocation.extras
    assert len(extras) == 6
    assert sum(extras, D(0)) == D("1450.00") + D("120.00")
    assert extras[0] == D("241.66") + D("120.00")  # 1 450 / 6 = 241.666… → 241.66
    assert extras[5] == D("1450.00") - 5 * D("241.66")
    assert [r.extra for r in plan.schedule.rows[:7]] == [*extras, D(0)]
    assert plan.allocation.new_principal == D("18500.00") + D("85.40") + D("300.00")


def test_down_payment_settles_arrears_first() -> None:
    request = RestructuringRequest(ByPeriods(36), SIGNATURE, down_payment=D("1500.00"))
    alloc = allocate(DEBT, request)
    by_component = {c.component: c for c in alloc.components}
    assert by_component[DebtComponent.ARREARS].down_payment == D("1450.00")
    assert by_component[DebtComponent.LATE_INTEREST].down_payment == D("50.00")
    assert by_component[DebtComponent.FEES].down_payment == 0
    assert alloc.down_payment == D("1500.00")
    assert alloc.new_principal == DEBT.total - D("1500.00")


def test_current_contract_that_has_run_out() -> None:
    debt = replace(DEBT, contract=replace(CONTRACT, remaining_periods=0))
    plan = reschedule(debt, RestructuringRequest(ByPeriods(24), SIGNATURE))
    assert plan.current is None
    assert plan.comparison.current is None


@settings(max_examples=60, deadline=None)
@given(
    outstanding=cents(0, 5_000_000),
    overdue=st.tuples(*(cents(0, 300_000) for _ in range(4))),
    treatments=st.tuples(*(st.sampled_from(list(Treatment)) for _ in range(4))),
    waived_share=st.integers(0, 100),
    down_share=st.integers(0, 90),
    spread=st.integers(1, 12),
)
def test_allocation_conserves_every_cent(
    *,
    outstanding: Decimal,
    overdue: tuple[Decimal, Decimal, Decimal, Decimal],
    treatments: tuple[Treatment, Treatment, Treatment, Treatment],
    waived_share: int,
    down_share: int,
    spread: int,
) -> None:
    debt = CaseDebt(outstanding, CONTRACT, *overdue)
    hows = [
        ComponentTreatment(
            t, waived=(o * waived_share / 100).quantize(D("0.01")), spread_periods=spread
        )
        for t, o in zip(treatments, overdue, strict=True)
    ]
    payable = outstanding + sum(
        (
            o - (o if h.treatment is Treatment.WAIVE else h.waived)
            for o, h in zip(overdue, hows, strict=True)
        ),
        D(0),
    )
    down = (payable * down_share / 100).quantize(D("0.01"), rounding="ROUND_DOWN")
    request = RestructuringRequest(
        ByPeriods(24),
        SIGNATURE,
        arrears=hows[0],
        late_interest=hows[1],
        fees=hows[2],
        penalties=hows[3],
        down_payment=down,
    )
    try:
        alloc = allocate(debt, request)
    except DomainError as error:
        assert error.message in {
            "The case has no debt to reschedule",
            "The plan has no principal to repay: capitalize at least part of the debt",
            "The down payment settles the whole debt: nothing to reschedule",
        }
        return
    for c in alloc.components:
        parts = c.waived + c.down_payment + c.capitalized + c.spread + c.added_to_first
        assert parts == c.owed
        assert min(c.waived, c.down_payment, c.capitalized, c.spread, c.added_to_first) >= 0
    assert sum(alloc.extras, D(0)) == sum(
        (c.spread + c.added_to_first for c in alloc.components), D(0)
    )
    assert all(e >= 0 for e in alloc.extras)
    assert alloc.new_principal == outstanding - alloc.down_payment_on_principal + sum(
        (c.capitalized for c in alloc.components), D(0)
    )
    assert alloc.down_payment == down


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (
            RestructuringRequest(
                ByPeriods(24), SIGNATURE, penalties=ComponentTreatment(waived=D("300.01"))
            ),
            "Cannot waive {waived}: only {owed} is owed",
        ),
        (
            RestructuringRequest(ByPeriods(24), SIGNATURE, down_payment=D("20455.40")),
            "The down payment settles the whole debt: nothing to reschedule",
        ),
        (
            RestructuringRequest(
                ByPeriods(24), SIGNATURE, arrears=ComponentTreatment(Treatment.SPREAD)
            ),
            "Amounts must be spread over at least one instalment",
        ),
        (
            RestructuringRequest(
                ByPeriods(3),
                SIGNATURE,
                arrears=ComponentTreatment(Treatment.SPREAD, spread_periods=6),
            ),
            "Cannot spread over {spread} instalments a plan of {periods} instalments",
        ),
        (
            RestructuringRequest(ByPeriods(24), SIGNATURE, down_payment=D("-1.00")),
            "The amount cannot be negative",
        ),
        (
            RestructuringRequest(ByInstallment(D("10.00")), SIGNATURE),
            "An instalment of {installment} does not cover the interest of {interest}",
        ),
        (
            RestructuringRequest(ByPeriods(24), SIGNATURE, grace=Grace(24)),
            "The grace period must be shorter than the term ({periods} instalments)",
        ),
        (
            RestructuringRequest(ByPeriods(24), date(2027, 1, 1)),
            "The next contractual due date is before the signature",
        ),
    ],
)
def test_bad_requests(request_: RestructuringRequest, message: str) -> None:
    with pytest.raises(DomainError) as info:
        reschedule(DEBT, request_)
    assert info.value.message == message


def test_a_debt_must_exist() -> None:
    debt = CaseDebt(D(0), CONTRACT)
    with pytest.raises(DomainError) as info:
        reschedule(debt, RestructuringRequest(ByPeriods(12), SIGNATURE))
    assert info.value.message == "The case has no debt to reschedule"
