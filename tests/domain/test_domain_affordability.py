"""Affordability: effort rate, reste à vivre, sustainable instalment, three proposals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from recouvrement_desktop.domain.affordability import (
    Budget,
    ProposalKind,
    effort_rate_pct,
    max_sustainable_monthly,
    monthly_equivalent,
    per_period,
    propose,
    reste_a_vivre,
)
from recouvrement_desktop.domain.calendar import Frequency
from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.guardrails import WarningCode
from recouvrement_desktop.domain.policy import Household
from recouvrement_desktop.domain.recovery import LoanCategory
from recouvrement_desktop.domain.rescheduling import (
    CaseDebt,
    ComponentTreatment,
    Contract,
    RestructuringRequest,
    Treatment,
)
from recouvrement_desktop.domain.schedule import ByPeriods, GraceKind
from tests.domain.usury_fixture import TEST_POLICY as DEMO_POLICY

D = Decimal
SIGNATURE = date(2026, 11, 5)
DEBT = CaseDebt(
    outstanding_principal=D("18500.00"),
    contract=Contract(D("6.5"), 48, date(2026, 12, 5), insurance=D("12.00")),
    arrears=D("1450.00"),
    late_interest=D("85.40"),
    fees=D("120.00"),
    penalties=D("300.00"),
)
BUDGET = Budget(
    net_income=D("2400.00"),
    housing=D("650.00"),
    other_credits=D("150.00"),
    other_charges=D("200.00"),
    household=Household(adults=1, children=1),
)
REQUEST = RestructuringRequest(ByPeriods(1), SIGNATURE)


def test_budget_figures() -> None:
    assert effort_rate_pct(BUDGET, D("450.00")) == D("25.00")  # (150 + 450) / 2 400
    assert reste_a_vivre(BUDGET, D("450.00")) == D("950.00")
    # Floor (demo): 700 for the first adult + 250 per child = 950.
    assert DEMO_POLICY.floors.floor(BUDGET.household) == D("950.00")
    # Effort ceiling: 35 % × 2 400 - 150 = 690; floor: 2 400 - 1 000 - 950 = 450.
    assert max_sustainable_monthly(BUDGET, DEMO_POLICY) == D("450.00")
    rich = Budget(net_income=D("6000.00"), other_credits=D("300.00"))
    assert max_sustainable_monthly(rich, DEMO_POLICY) == D("1800.00")
    poor = Budget(net_income=D("800.00"), housing=D("500.00"))
    assert max_sustainable_monthly(poor, DEMO_POLICY) == 0


def test_frequency_conversions() -> None:
    assert monthly_equivalent(D("900.00"), Frequency.QUARTERLY) == D("300.00")
    assert per_period(D("300.00"), Frequency.QUARTERLY) == D("900.00")
    assert per_period(D("100.00"), Frequency.ANNUAL) == D("1200.00")


def test_budget_rejects_negative_amounts() -> None:
    with pytest.raises(DomainError) as info:
        Budget(net_income=D("1000"), housing=D("-1"))
    assert info.value.message == "The amount cannot be negative"
    with pytest.raises(DomainError):
        Budget(net_income=D(0))
    with pytest.raises(DomainError):
        Household(adults=0)


def test_three_proposals() -> None:
    shortest, cheapest, gentlest = propose(DEBT, REQUEST, BUDGET, DEMO_POLICY)
    assert [p.kind for p in (shortest, cheapest, gentlest)] == list(ProposalKind)
    assert shortest.title == "Shortest affordable plan" and shortest.affordable
    assert shortest.sustainable_installment == D("450.00")
    # Shortest: the sustainable instalment (insurance included) is the level one.
    assert shortest.plan.schedule.installment + D("12.00") == D("450.00")
    assert shortest.assessment.effort_rate_pct is not None
    assert shortest.assessment.effort_rate_pct <= DEMO_POLICY.max_effort_rate_pct
    assert WarningCode.EFFORT_RATE not in shortest.assessment.codes
    assert WarningCode.RESTE_A_VIVRE not in shortest.assessment.codes
    # Cheapest: lowest delegated rate and waivers within the delegation.
    assert cheapest.plan.rate_pct == DEMO_POLICY.delegation.min_rate_pct
    assert cheapest.plan.allocation.waived <= DEMO_POLICY.delegation.max_waiver
    assert (
        cheapest.plan.comparison.proposed.total_cost < shortest.plan.comparison.proposed.total_cost
    )
    assert not cheapest.assessment.needs_supervisor_approval
    # Gentlest: a grace period, then the smallest instalment of the three.
    grace = gentlest.plan.schedule.terms.grace
    assert grace.periods == 3
    assert grace.kind is GraceKind.INTEREST_ONLY
    assert gentlest.plan.schedule.installment < shortest.plan.schedule.installment
    assert gentlest.plan.schedule.installment < cheapest.plan.schedule.installment
    assert not gentlest.assessment.needs_supervisor_approval
    # Longest term the officer may grant alone: contract end + 24 months.
    assert gentlest.plan.schedule.end_date <= date(2032, 11, 5)


def test_proposals_when_the_budget_cannot_carry_the_debt() -> None:
    poor = Budget(net_income=D("1300.00"), housing=D("500.00"))
    proposals = propose(DEBT, REQUEST, poor, DEMO_POLICY)
    for proposal in proposals:
        assert proposal.sustainable_installment == D("100.00")
        assert WarningCode.RESTE_A_VIVRE in proposal.assessment.codes
        assert not proposal.affordable
    # The "shortest affordable" plan says there is none rather than claim it.
    assert proposals[0].title == "No affordable plan: the longest term allowed"
    assert proposals[1].title == "Cheapest plan for the client"


def test_proposals_keep_the_officers_treatments() -> None:
    request = RestructuringRequest(
        ByPeriods(1),
        SIGNATURE,
        arrears=ComponentTreatment(Treatment.SPREAD, spread_periods=6),
    )
    for proposal in propose(DEBT, request, BUDGET, DEMO_POLICY):
        assert sum(proposal.plan.allocation.extras, D(0)) == D("1450.00")


def test_proposals_are_deterministic() -> None:
    debt = CaseDebt(
        D("180000.00"),
        Contract(
            D("4.2"),
            300,
            date(2026, 12, 5),
            insurance=D("30.00"),
            category=LoanCategory.MORTGAGE,
        ),
        arrears=D("4450.00"),
    )
    budget = Budget(net_income=D("3900.00"), household=Household(2, 2))
    first = propose(debt, REQUEST, budget, DEMO_POLICY)
    second = propose(debt, REQUEST, budget, DEMO_POLICY)
    assert first == second
    assert repr(first) == repr(second)
