"""Guardrails: usury table, legal benchmarks, affordability ceilings, delegation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from recouvrement_desktop.domain.errors import Amount, Percent
from recouvrement_desktop.domain.guardrails import Severity, WarningCode, assess, plan_months
from recouvrement_desktop.domain.policy import (
    DelegationLimits,
    UsuryCategory,
    UsuryTable,
    UsuryThreshold,
    consumer_category,
    usury_category,
)
from recouvrement_desktop.domain.recovery import LoanCategory
from recouvrement_desktop.domain.rescheduling import (
    CaseDebt,
    ComponentTreatment,
    Contract,
    RestructuringRequest,
    Treatment,
    reschedule,
)
from recouvrement_desktop.domain.schedule import ByPeriods
from tests.domain.usury_fixture import TEST_POLICY as DEMO_POLICY
from tests.domain.usury_fixture import TEST_USURY_TABLE

D = Decimal
SIGNATURE = date(2026, 11, 5)
CONTRACT = Contract(
    rate_pct=D("6.5"),
    remaining_periods=24,
    next_due=date(2026, 12, 5),
    category=LoanCategory.PERSONAL_LOAN,
)
DEBT = CaseDebt(D("9000.00"), CONTRACT, arrears=D("900.00"), penalties=D("200.00"))


def plan(periods: int = 24, **kwargs: object) -> object:
    return reschedule(DEBT, RestructuringRequest(ByPeriods(periods), SIGNATURE, **kwargs))  # type: ignore[arg-type]


def test_usury_table_is_dated() -> None:
    table = UsuryTable(
        (
            UsuryThreshold(UsuryCategory.BRIDGE_LOAN, date(2026, 1, 1), D("6.00")),
            UsuryThreshold(UsuryCategory.BRIDGE_LOAN, date(2026, 4, 1), D("5.50")),
        )
    )
    assert table.threshold_pct(UsuryCategory.BRIDGE_LOAN, date(2025, 12, 31)) is None
    assert table.threshold_pct(UsuryCategory.BRIDGE_LOAN, date(2026, 3, 31)) == D("6.00")
    assert table.threshold_pct(UsuryCategory.BRIDGE_LOAN, date(2026, 4, 1)) == D("5.50")
    assert table.threshold_pct(UsuryCategory.MORTGAGE_VARIABLE, date(2026, 4, 1)) is None
    # The demonstration table covers every category.
    for category in UsuryCategory:
        assert TEST_USURY_TABLE.threshold_pct(category, SIGNATURE) is not None


def test_consumer_categories_by_amount() -> None:
    assert consumer_category(D("3000")) is UsuryCategory.CONSUMER_UP_TO_3000
    assert consumer_category(D("3000.01")) is UsuryCategory.CONSUMER_3000_TO_6000
    assert consumer_category(D("6000.01")) is UsuryCategory.CONSUMER_OVER_6000


def test_usury_category_of_a_product() -> None:
    assert usury_category(LoanCategory.CAR_LOAN, D("2500"), 24) is UsuryCategory.CONSUMER_UP_TO_3000
    assert usury_category(LoanCategory.OVERDRAFT, D("4000"), 12) is (
        UsuryCategory.CONSUMER_3000_TO_6000
    )
    assert usury_category(LoanCategory.MORTGAGE, D("90000"), 119) is (
        UsuryCategory.MORTGAGE_FIXED_UNDER_10Y
    )
    assert usury_category(LoanCategory.MORTGAGE, D("90000"), 120) is (
        UsuryCategory.MORTGAGE_FIXED_10_TO_20Y
    )
    assert usury_category(LoanCategory.MORTGAGE, D("90000"), 300) is (
        UsuryCategory.MORTGAGE_FIXED_20Y_PLUS
    )


def test_a_plan_within_every_limit_has_no_warning() -> None:
    result = assess(plan(24), DEMO_POLICY)  # type: ignore[arg-type]
    assert result.warnings == ()
    assert not result.needs_supervisor_approval


def test_usury_threshold_exceeded_is_blocking() -> None:
    result = assess(plan(24, rate_pct=D("9.5")), DEMO_POLICY)  # type: ignore[arg-type]
    (warning,) = [w for w in result.warnings if w.code is WarningCode.USURY]
    assert warning.severity is Severity.BLOCKING
    assert warning.needs_approval
    assert warning.message == "The APR of {apr} exceeds the usury threshold of {threshold}"
    assert warning.params == {"apr": D("9.92"), "threshold": D("8.80")}
    assert isinstance(warning.params["apr"], Percent)
    assert result.blocking


def test_missing_threshold_is_blocking() -> None:
    policy = replace(DEMO_POLICY, usury_table=UsuryTable(()))
    result = assess(plan(24), policy)  # type: ignore[arg-type]
    assert result.codes == (WarningCode.USURY_UNKNOWN,)
    assert result.needs_supervisor_approval
    assert result.blocking


def test_court_and_overindebtedness_benchmarks() -> None:
    assert WarningCode.COURT_BENCHMARK not in assess(plan(24), DEMO_POLICY).codes  # type: ignore[arg-type]
    longer = assess(plan(25), DEMO_POLICY)  # type: ignore[arg-type]
    assert WarningCode.COURT_BENCHMARK in longer.codes
    court = next(w for w in longer.warnings if w.code is WarningCode.COURT_BENCHMARK)
    assert court.text() == (
        "The plan lasts 25 months, longer than the 24 months a judge may grant "
        "(Code civil art. 1343-5)"
    )
    seven_years = assess(plan(85), DEMO_POLICY)  # type: ignore[arg-type]
    assert WarningCode.OVERINDEBTEDNESS_BENCHMARK in seven_years.codes
    assert WarningCode.COURT_BENCHMARK not in seven_years.codes


def test_effort_rate_and_reste_a_vivre_warnings() -> None:
    result = assess(
        plan(24),  # type: ignore[arg-type]
        DEMO_POLICY,
        effort_rate_pct=D("35.01"),
        reste_a_vivre=D("699.99"),
        reste_a_vivre_floor=D("700.00"),
    )
    assert result.codes == (WarningCode.EFFORT_RATE, WarningCode.RESTE_A_VIVRE)
    assert not result.needs_supervisor_approval
    rav = result.warnings[1]
    assert isinstance(rav.params["amount"], Amount)
    ok = assess(
        plan(24),  # type: ignore[arg-type]
        DEMO_POLICY,
        effort_rate_pct=D("35.00"),
        reste_a_vivre=D("700.00"),
        reste_a_vivre_floor=D("700.00"),
    )
    assert ok.warnings == ()


def test_delegation_limits_need_supervisor_approval() -> None:
    policy = replace(
        DEMO_POLICY,
        delegation=DelegationLimits(
            max_waiver=D("150.00"), max_extension_months=12, min_rate_pct=D("4.00")
        ),
    )
    within = assess(plan(24), policy)  # type: ignore[arg-type]
    assert not within.needs_supervisor_approval
    beyond = assess(
        plan(  # type: ignore[arg-type]
            37, rate_pct=D("3.99"), penalties=ComponentTreatment(Treatment.WAIVE)
        ),
        policy,
    )
    codes = beyond.codes
    assert WarningCode.DELEGATION_WAIVER in codes
    assert WarningCode.DELEGATION_EXTENSION in codes
    assert WarningCode.DELEGATION_RATE in codes
    assert beyond.needs_supervisor_approval
    extension = next(w for w in beyond.warnings if w.code is WarningCode.DELEGATION_EXTENSION)
    assert extension.params == {"months": 13, "limit": 12}
    # Raising the rate, or keeping it, is never a rate concession.
    assert WarningCode.DELEGATION_RATE not in assess(plan(24, rate_pct=D("7")), policy).codes  # type: ignore[arg-type]


def test_plan_months_counts_a_started_month() -> None:
    assert plan_months(date(2026, 1, 15), date(2028, 1, 15)) == 24
    assert plan_months(date(2026, 1, 15), date(2028, 1, 16)) == 25
