"""Each guardrail rule on its own: its worked example, and silence just below it.

The plan of reference: 9 000 EUR outstanding at 6.5 %, 900 EUR of arrears and 200 EUR
of penalties capitalized (10 100 EUR), signed on 5 November 2026, first instalment a
month later, so that a plan of ``n`` instalments lasts ``n`` months; the contract had
24 instalments left (it would have ended on 5 November 2028).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from recouvrement_desktop.domain.errors import Amount, Percent
from recouvrement_desktop.domain.guardrails import (
    RULES,
    PlanFacts,
    Severity,
    WarningCode,
    assess,
    court_benchmark_rule,
    delegation_extension_rule,
    delegation_rate_rule,
    delegation_waiver_rule,
    effort_rate_rule,
    overindebtedness_benchmark_rule,
    reste_a_vivre_rule,
    usury_rule,
)
from recouvrement_desktop.domain.policy import (
    CreditKind,
    DelegationLimits,
    Policy,
    UsuryCategory,
    UsuryTable,
    UsuryThreshold,
)
from recouvrement_desktop.domain.recovery import LoanCategory
from recouvrement_desktop.domain.rescheduling import (
    CaseDebt,
    ComponentTreatment,
    Contract,
    Restructuring,
    RestructuringRequest,
    Treatment,
    reschedule,
)
from recouvrement_desktop.domain.schedule import ByPeriods
from tests.domain.usury_fixture import TEST_POLICY as DEMO_POLICY

D = Decimal
SIGNATURE = date(2026, 11, 5)
CONTRACT = Contract(
    rate_pct=D("6.5"),
    remaining_periods=24,
    next_due=date(2026, 12, 5),
    category=LoanCategory.PERSONAL_LOAN,
)
DEBT = CaseDebt(D("9000.00"), CONTRACT, arrears=D("900.00"), penalties=D("200.00"))
# The officer of these examples may waive 150 EUR, extend by 12 months, cut to 4 %.
DELEGATION = dataclasses.replace(
    DEMO_POLICY,
    delegation=DelegationLimits(
        max_waiver=D("150.00"), max_extension_months=12, min_rate_pct=D("4.00")
    ),
)


def plan(periods: int = 24, debt: CaseDebt = DEBT, **choices: object) -> Restructuring:
    request = RestructuringRequest(ByPeriods(periods), SIGNATURE, **choices)  # type: ignore[arg-type]
    return reschedule(debt, request)


def facts(restructuring: Restructuring, policy: Policy = DEMO_POLICY, **figures: Any) -> PlanFacts:
    return PlanFacts.of(restructuring, policy, **figures)


# ------------------------------------------------------------------------------ usury


def test_usury_blocks_an_apr_above_the_threshold() -> None:
    # 10 100 EUR is a consumer credit over 6 000 EUR: 8.80 % from October 2025 (demo).
    warning = usury_rule(facts(plan(rate_pct=D("8.47"))))  # TAEG 8.8065 %
    assert warning is not None
    assert warning.code is WarningCode.USURY
    assert warning.severity is Severity.BLOCKING
    assert warning.needs_approval
    assert warning.params == {"apr": D("8.81"), "threshold": D("8.80")}
    assert all(isinstance(value, Percent) for value in warning.params.values())
    assert usury_rule(facts(plan(rate_pct=D("8.46")))) is None  # TAEG 8.7959 %


def test_usury_category_of_a_mortgage_follows_its_duration() -> None:
    mortgage = CaseDebt(
        D("150000.00"),
        dataclasses.replace(CONTRACT, category=LoanCategory.MORTGAGE, remaining_periods=240),
    )
    # TAEG 5.59 %: above the 5.55 % of 10 to 20 years, below the 5.67 % of 20 years.
    under_20_years = usury_rule(facts(plan(239, mortgage, rate_pct=D("5.45"))))
    assert under_20_years is not None
    assert under_20_years.params["threshold"] == D("5.55")
    assert usury_rule(facts(plan(240, mortgage, rate_pct=D("5.45")))) is None


def test_usury_without_a_threshold_in_force_is_blocking() -> None:
    def table_from(day: date) -> Policy:
        threshold = UsuryThreshold(UsuryCategory.CONSUMER_OVER_6000, day, D("8.80"))
        return dataclasses.replace(DEMO_POLICY, usury_table=UsuryTable((threshold,)))

    warning = usury_rule(facts(plan(), table_from(date(2026, 11, 6))))
    assert warning is not None
    assert warning.code is WarningCode.USURY_UNKNOWN
    assert warning.severity is Severity.BLOCKING
    assert warning.needs_approval
    assert warning.params == {"category": "consumer-over-6000", "date": "2026-11-05"}
    assert usury_rule(facts(plan(), table_from(SIGNATURE))) is None


# ------------------------------------------------------------------- legal benchmarks


def test_overindebtedness_benchmark_beyond_seven_years() -> None:
    warning = overindebtedness_benchmark_rule(facts(plan(85)))
    assert warning is not None
    assert warning.code is WarningCode.OVERINDEBTEDNESS_BENCHMARK
    assert warning.severity is Severity.WARNING
    assert not warning.needs_approval
    assert warning.params == {"months": 85, "limit": 84}
    assert overindebtedness_benchmark_rule(facts(plan(84))) is None


def test_court_benchmark_beyond_two_years_until_the_overindebtedness_one() -> None:
    warning = court_benchmark_rule(facts(plan(25)))
    assert warning is not None
    assert warning.code is WarningCode.COURT_BENCHMARK
    assert warning.severity is Severity.INFO
    assert not warning.needs_approval
    assert warning.params == {"months": 25, "limit": 24}
    assert court_benchmark_rule(facts(plan(24))) is None
    assert court_benchmark_rule(facts(plan(84))) is not None
    assert court_benchmark_rule(facts(plan(85))) is None  # the 7-year warning says more


# ---------------------------------------------------------------------- affordability


def test_effort_rate_above_the_ceiling() -> None:
    warning = effort_rate_rule(facts(plan(), effort_rate_pct=D("35.01")))
    assert warning is not None
    assert warning.code is WarningCode.EFFORT_RATE
    assert warning.severity is Severity.WARNING
    assert not warning.needs_approval
    assert warning.params == {"rate": D("35.01"), "limit": D(35)}
    assert isinstance(warning.params["rate"], Percent)
    assert effort_rate_rule(facts(plan(), effort_rate_pct=D("35.00"))) is None
    assert effort_rate_rule(facts(plan())) is None  # no budget on file


def test_reste_a_vivre_below_the_floor() -> None:
    floor = D("700.00")
    warning = reste_a_vivre_rule(
        facts(plan(), reste_a_vivre=D("699.99"), reste_a_vivre_floor=floor)
    )
    assert warning is not None
    assert warning.code is WarningCode.RESTE_A_VIVRE
    assert warning.severity is Severity.WARNING
    assert not warning.needs_approval
    assert warning.params == {"amount": D("699.99"), "floor": floor}
    assert all(isinstance(value, Amount) for value in warning.params.values())
    assert reste_a_vivre_rule(facts(plan(), reste_a_vivre=floor, reste_a_vivre_floor=floor)) is None
    assert reste_a_vivre_rule(facts(plan(), reste_a_vivre=D("-50.00"))) is None  # no floor


# ------------------------------------------------------------------------- delegation


def test_waiver_beyond_the_delegation() -> None:
    def waiving(amount: str) -> PlanFacts:
        penalties = ComponentTreatment(Treatment.CAPITALIZE, waived=D(amount))
        return facts(plan(penalties=penalties), DELEGATION)

    warning = delegation_waiver_rule(waiving("150.01"))
    assert warning is not None
    assert warning.code is WarningCode.DELEGATION_WAIVER
    assert warning.needs_approval
    assert warning.params == {"amount": D("150.01"), "limit": D("150.00")}
    assert all(isinstance(value, Amount) for value in warning.params.values())
    assert delegation_waiver_rule(waiving("150.00")) is None


def test_extension_beyond_the_delegation() -> None:
    # The contract ended in 24 months: 37 months extend it by 13.
    warning = delegation_extension_rule(facts(plan(37), DELEGATION))
    assert warning is not None
    assert warning.code is WarningCode.DELEGATION_EXTENSION
    assert warning.needs_approval
    assert warning.params == {"months": 13, "limit": 12}
    assert delegation_extension_rule(facts(plan(36), DELEGATION)) is None
    assert delegation_extension_rule(facts(plan(12), DELEGATION)) is None  # shorter


def test_extension_of_a_contract_all_due_is_the_whole_plan() -> None:
    all_due = dataclasses.replace(DEBT, contract=dataclasses.replace(CONTRACT, remaining_periods=0))
    warning = delegation_extension_rule(facts(plan(13, all_due), DELEGATION))
    assert warning is not None
    assert warning.params == {"months": 13, "limit": 12}
    assert delegation_extension_rule(facts(plan(12, all_due), DELEGATION)) is None


def test_rate_cut_below_the_delegation_floor() -> None:
    warning = delegation_rate_rule(facts(plan(rate_pct=D("3.99")), DELEGATION))
    assert warning is not None
    assert warning.code is WarningCode.DELEGATION_RATE
    assert warning.needs_approval
    assert warning.params == {"rate": D("3.99"), "limit": D("4.00")}
    assert delegation_rate_rule(facts(plan(rate_pct=D("4.00")), DELEGATION)) is None


def test_keeping_a_rate_already_below_the_floor_is_no_concession() -> None:
    low = dataclasses.replace(DEBT, contract=dataclasses.replace(CONTRACT, rate_pct=D("3.00")))
    assert delegation_rate_rule(facts(plan(debt=low), DELEGATION)) is None
    assert delegation_rate_rule(facts(plan(debt=low, rate_pct=D("2.99")), DELEGATION)) is not None


# --------------------------------------------------------------------------- the list


def test_assess_gathers_the_rules_warnings_in_their_order() -> None:
    figures: dict[str, Any] = {
        "effort_rate_pct": D("41.00"),
        "reste_a_vivre": D("120.00"),
        "reste_a_vivre_floor": D("700.00"),
    }
    low_threshold = UsuryThreshold(UsuryCategory.CONSUMER_OVER_6000, SIGNATURE, D("3.00"))
    policy = dataclasses.replace(DELEGATION, usury_table=UsuryTable((low_threshold,)))
    restructuring = plan(85, rate_pct=D("3.5"), penalties=ComponentTreatment(Treatment.WAIVE))
    assessment = assess(restructuring, policy, **figures)
    every = facts(restructuring, policy, **figures)
    assert assessment.warnings == tuple(w for rule in RULES if (w := rule(every)) is not None)
    assert assessment.codes == (
        WarningCode.USURY,
        WarningCode.OVERINDEBTEDNESS_BENCHMARK,
        WarningCode.EFFORT_RATE,
        WarningCode.RESTE_A_VIVRE,
        WarningCode.DELEGATION_WAIVER,
        WarningCode.DELEGATION_EXTENSION,
        WarningCode.DELEGATION_RATE,
    )
    assert (assessment.effort_rate_pct, assessment.reste_a_vivre) == (D("41.00"), D("120.00"))


def test_facts_are_frozen() -> None:
    every = facts(plan())
    assert every.months == 24
    with pytest.raises(dataclasses.FrozenInstanceError):
        every.months = 12  # type: ignore[misc]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.__name__)
def test_every_rule_names_the_law_or_the_policy_it_applies(rule: object) -> None:
    doc = getattr(rule, "__doc__", None) or ""
    assert re.search(r"\bart\. L?\d|[Pp]olicy\b", doc), "say which text the rule applies"


def test_usury_of_a_merged_plan_follows_the_policy_s_credit_kind() -> None:
    # A personal loan merged into a mostly-mortgage plan takes the fixed-rate mortgage
    # threshold of its duration (24 months: under 10 years, 5.15 % in these examples).
    merged = dataclasses.replace(DEMO_POLICY, usury_credit_kind=CreditKind.MORTGAGE_FIXED)
    warning = usury_rule(facts(plan(rate_pct=D("6.5")), merged))
    assert warning is not None
    assert warning.params["threshold"] == D("5.15")
    assert usury_rule(facts(plan(rate_pct=D("6.5")))) is None  # consumer > 6,000: 8.80 %
