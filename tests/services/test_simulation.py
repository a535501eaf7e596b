"""The bridge from a case to the engine: how a case becomes a debt, and simulate()."""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Officer
from recouvrement_desktop.domain.affordability import evaluate, propose
from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.policy import CreditKind, DelegationLimits
from recouvrement_desktop.domain.recovery import EmploymentStatus, LoanCategory
from recouvrement_desktop.domain.rescheduling import (
    ComponentTreatment,
    RestructuringRequest,
    Treatment,
    current_schedule,
    reschedule,
)
from recouvrement_desktop.domain.schedule import ByInstallment, ByPeriods, Grace, GraceKind
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.offers import OFFER_FORMAT, offer_json, read_offer
from recouvrement_desktop.services.officers import delegation
from recouvrement_desktop.services.simulation import (
    NO_DELEGATION,
    SimulationContext,
    SimulationInputs,
    SizingMode,
    kept_offer,
    propose_scenarios,
    simulate,
)
from recouvrement_desktop.services.views import ClientView, LoanView, identity_of

D = Decimal
TODAY = date(2026, 11, 28)


def loan(number: int, principal: str, arrears: str, **changes: Any) -> LoanView:
    """A loan as the services hand it out; only what the engine reads matters here."""
    view = LoanView(
        id=number,
        uuid=uuid.UUID(int=number),
        contract_number=f"PP{number:04d}",
        category=LoanCategory.PERSONAL_LOAN,
        original_amount=D("12000.00"),
        nominal_rate=D("5.9000"),
        start_date=date(2024, 3, 15),
        term_months=60,
        installment=D("231.44"),
        insurance_monthly=D("3.60"),
        outstanding_principal=D(principal),
        arrears_count=3,
        arrears_amount=D(arrears),
        late_interest=D("12.30"),
        fees=D("0.00"),
        penalties=D("40.00"),
        days_past_due=92,
    )
    return dataclasses.replace(view, **changes)


def client(income: str = "2100.00") -> ClientView:
    return ClientView(
        id=1,
        uuid=uuid.UUID(int=1),
        client_number="C0000001",
        title="Mme",
        first_name="Hélène",
        last_name="Garçon-Lefèvre",
        birth_date=date(1979, 2, 28),
        mobile_phone=None,
        home_phone=None,
        email=None,
        address_line1="12, rue de l'Église",
        address_line2=None,
        postal_code="69003",
        city="Lyon",
        country="FR",
        household_adults=2,
        household_children=1,
        employment=EmploymentStatus.EMPLOYED,
        employer=None,
        monthly_income=D(income),
        housing_cost=D("650.00"),
        other_credit_payments=D("120.00"),
    )


def officer_delegation() -> DelegationLimits:
    """The acting officer's delegation, as the database records it."""
    return DelegationLimits(
        max_waiver=D("300.00"), max_extension_months=18, min_rate_pct=D("3.0000")
    )


@pytest.fixture
def context() -> SimulationContext:
    loans = [loan(1, "7400.00", "694.32"), loan(2, "1800.00", "120.00", nominal_rate=D("14.9"))]
    return SimulationContext.from_case("REC-1", client(), loans, officer_delegation(), today=TODAY)


def test_a_case_becomes_the_sum_of_its_debts_on_the_main_loan_s_contract(
    context: SimulationContext,
) -> None:
    debt = context.debt
    assert debt.outstanding_principal == D("9200.00")
    assert debt.arrears == D("814.32")
    assert debt.late_interest == D("24.60")
    assert debt.penalties == D("80.00") and debt.fees == 0
    contract = debt.contract
    assert contract.rate_pct == D("5.9000")  # the main loan: the largest debt
    assert contract.insurance == D("7.20")  # every loan's insurance
    # 15 March 2024 + 32 months = 15 November 2026 is past: 28 instalments are left.
    assert contract.remaining_periods == 60 - 32
    assert contract.next_due == date(2026, 12, 15)
    assert context.main_contract == "PP0001"
    assert context.current == current_schedule(debt)


def test_budget_and_delegation_come_from_the_client_and_the_officer(
    context: SimulationContext,
) -> None:
    budget = context.budget
    assert budget is not None
    assert (budget.net_income, budget.housing, budget.other_credits) == (
        D("2100.00"),
        D("650.00"),
        D("120.00"),
    )
    assert (budget.household.adults, budget.household.children) == (2, 1)
    assert context.policy.delegation == DelegationLimits(D("300.00"), 18, D("3.0000"))
    nobody = SimulationContext.from_case("R", client("0.00"), [loan(1, "10.00", "0")], None)
    assert nobody.policy.delegation == NO_DELEGATION
    assert nobody.budget is None  # no income on file: no affordability figures


def test_a_case_without_loans_is_refused() -> None:
    with pytest.raises(DomainError) as refused:
        SimulationContext.from_case("R", client(), [], officer_delegation(), today=TODAY)
    assert refused.value.message == "The case has no debt to reschedule"


def test_a_finished_contract_has_no_current_schedule() -> None:
    overdraft = loan(1, "900.00", "45.00", category=LoanCategory.OVERDRAFT, term_months=1)
    context = SimulationContext.from_case(
        "R", client(), [overdraft], officer_delegation(), today=TODAY
    )
    assert context.debt.contract.remaining_periods == 0
    assert context.current is None
    assert context.default_inputs().periods == 12
    assert simulate(context, context.default_inputs()).plan is not None


def test_simulate_gives_the_engine_s_own_plan_and_assessment(context: SimulationContext) -> None:
    inputs = SimulationInputs(
        mode=SizingMode.PERIODS,
        periods=48,
        installment=D("0"),
        rate_pct=D("4.10"),
        first_due=date(2027, 1, 5),
        grace_periods=3,
        grace_kind=GraceKind.CAPITALIZED,
        arrears=ComponentTreatment(Treatment.SPREAD, spread_periods=6),
        late_interest=ComponentTreatment(Treatment.WAIVE),
        fees_and_penalties=ComponentTreatment(Treatment.ADD_TO_FIRST, waived=D("15.00")),
        down_payment=D("250.00"),
    )
    result = simulate(context, inputs)
    request = RestructuringRequest(
        sizing=ByPeriods(48),
        start=TODAY,
        rate_pct=D("4.10"),
        arrears=ComponentTreatment(Treatment.SPREAD, spread_periods=6),
        late_interest=ComponentTreatment(Treatment.WAIVE),
        # the one "fees and penalties" input treats both; its waiver goes to penalties
        fees=ComponentTreatment(Treatment.ADD_TO_FIRST),
        penalties=ComponentTreatment(Treatment.ADD_TO_FIRST, waived=D("15.00")),
        down_payment=D("250.00"),
        grace=Grace(3, GraceKind.CAPITALIZED),
        first_due=date(2027, 1, 5),
    )
    expected = reschedule(context.debt, request)
    assert result.error is None
    assert result.plan == expected
    assert result.assessment == evaluate(
        expected, context.policy, context.budget, consumer=context.consumer
    )
    # The unused half of the term shows the plan's figure.
    assert result.inputs.installment == expected.schedule.installment


def test_sizing_by_instalment(context: SimulationContext) -> None:
    inputs = dataclasses.replace(
        context.default_inputs(), mode=SizingMode.INSTALLMENT, installment=D("312.40")
    )
    result = simulate(context, inputs)
    assert result.plan is not None
    assert result.plan.request.sizing == ByInstallment(D("312.40"))
    assert result.plan.schedule.installment == D("312.40")
    assert result.inputs.periods == result.plan.schedule.periods


def test_an_impossible_plan_is_returned_as_an_error_not_raised(
    context: SimulationContext,
) -> None:
    inputs = dataclasses.replace(context.default_inputs(), periods=6, grace_periods=6)
    result = simulate(context, inputs)
    assert result.plan is None and result.assessment is None
    assert result.error is not None and result.error.field == "grace"
    assert kept_offer(context, result) is None


def test_proposals_come_with_the_inputs_that_give_them_again(context: SimulationContext) -> None:
    inputs = context.default_inputs()
    scenarios = propose_scenarios(context, inputs)
    assert not isinstance(scenarios, DomainError)
    assert context.budget is not None
    engine = propose(context.debt, inputs.request(TODAY), context.budget, context.policy)
    assert [s.kind for s in scenarios] == [p.kind for p in engine]
    for scenario, proposal in zip(scenarios, engine, strict=True):
        assert scenario.result.plan == proposal.plan
        again = simulate(context, scenario.result.inputs)
        assert again.plan is not None
        assert again.plan.schedule == proposal.plan.schedule
        assert again.plan.comparison == proposal.plan.comparison
        assert again.assessment == proposal.assessment


def test_no_proposals_without_a_budget() -> None:
    context = SimulationContext.from_case("R", client("0.00"), [loan(1, "5000.00", "300.00")], None)
    assert propose_scenarios(context, context.default_inputs()) == ()


def test_a_scenario_is_plain_json_with_its_figures(context: SimulationContext) -> None:
    result = simulate(context, context.default_inputs())
    offer = kept_offer(context, result)
    assert offer is not None
    payload = offer_json(offer)
    assert json.loads(json.dumps(payload)) == payload
    assert result.plan is not None
    assert payload["periods"] == result.plan.schedule.periods
    assert D(payload["installment"]) == result.plan.schedule.installment
    assert D(payload["concession_cost"]) == result.plan.comparison.concession_cost
    assert payload["inputs"]["mode"] == "periods"
    assert payload["format"] == OFFER_FORMAT
    assert read_offer(payload) == offer  # what was kept reads back the same


def test_every_demo_case_simulates_with_its_default_plan(demo_database: Database) -> None:
    queries = CaseQueries(demo_database)
    with demo_database.session() as session:
        first = session.scalars(select(Officer).order_by(Officer.id)).first()
        assert first is not None
        acting = identity_of(first)
    limits = delegation(demo_database, acting)
    assert limits is not None
    for case_id in range(1, 301):
        detail = queries.detail(case_id)
        assert detail is not None
        context = SimulationContext.from_detail(detail, limits, today=TODAY)
        result = simulate(context, context.default_inputs())
        assert result.error is None, (case_id, result.error)
        loans = detail.loans
        assert context.debt.total == sum(
            (
                x.outstanding_principal
                + x.arrears_amount
                + x.late_interest
                + x.penalties
                # a consumer credit's fees are not claimed after its default (L312-38)
                + (x.fees if x.category is LoanCategory.MORTGAGE else 0)
                for x in loans
            ),
            D("0.00"),
        )


def test_a_plan_merging_loans_is_a_mortgage_for_usury_above_60_percent() -> None:
    # The avis on usury (footnote of the mortgage rows): a credit merging loans is a
    # mortgage when mortgages make more than 60 % of it; else a consumer credit.
    mortgage = loan(2, "6000.00", "0.01", category=LoanCategory.MORTGAGE)
    personal = loan(1, "4000.00", "0.00")
    merged = SimulationContext.from_case("R", client(), [personal, mortgage], None, today=TODAY)
    assert merged.policy.usury_credit_kind is CreditKind.MORTGAGE_FIXED
    at_60 = dataclasses.replace(mortgage, arrears_amount=D("0.00"))
    even = SimulationContext.from_case("R", client(), [personal, at_60], None, today=TODAY)
    assert even.policy.usury_credit_kind is CreditKind.CONSUMER
    alone = SimulationContext.from_case("R", client(), [mortgage], None, today=TODAY)
    assert alone.policy.usury_credit_kind is None  # the contract's own product decides
