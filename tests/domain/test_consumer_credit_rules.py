"""The consumer-credit rules after a default, each from the text it applies.

Code de la consommation (Légifrance, version in force since 1 July 2016):

- L312-38: "Aucune indemnité ni aucuns frais autres que ceux mentionnés aux articles
  L. 312-39 et L. 312-40 ne peuvent être mis à la charge de l'emprunteur dans les cas de
  défaillance prévus par ces articles."
- L312-39: on default the lender may demand the capital due, with the interest due and
  unpaid; the sums due bear late interest at the loan's rate; an indemnity fixed by decree.
- D312-16: "une indemnité égale à 8 % du capital restant dû à la date de la défaillance."

The plan of reference: 9 000 EUR outstanding at 6.5 %, 900 EUR of arrears, 60 EUR of late
interest and 200 EUR of penalties, signed on 5 November 2026, 24 monthly instalments.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from recouvrement_desktop.domain.consumer_credit import (
    ConsumerDefault,
    DefaultedContract,
    indemnity_cap,
    is_consumer_credit,
)
from recouvrement_desktop.domain.guardrails import (
    RULES,
    PlanFacts,
    Severity,
    WarningCode,
    assess,
    consumer_capitalised_rule,
    consumer_fees_not_claimed_rule,
    consumer_fees_rule,
    consumer_indemnity_cap_rule,
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
from tests.domain.usury_fixture import TEST_POLICY

D = Decimal
SIGNATURE = date(2026, 11, 5)
CONTRACT = Contract(
    rate_pct=D("6.5"),
    remaining_periods=24,
    next_due=date(2026, 12, 5),
    category=LoanCategory.PERSONAL_LOAN,
)
DEBT = CaseDebt(
    D("9000.00"), CONTRACT, arrears=D("900.00"), late_interest=D("60.00"), penalties=D("200.00")
)
ONE_LOAN = ConsumerDefault((DefaultedContract("PP-1", D("200.00"), D("9000.00")),))
NO_CONSUMER_CREDIT = ConsumerDefault(())
SPREAD = ComponentTreatment(Treatment.SPREAD, spread_periods=12)


def plan(debt: CaseDebt = DEBT, **choices: object) -> Restructuring:
    request = RestructuringRequest(ByPeriods(24), SIGNATURE, **choices)  # type: ignore[arg-type]
    return reschedule(debt, request)


def facts(restructuring: Restructuring, consumer: ConsumerDefault | None) -> PlanFacts:
    return PlanFacts.of(restructuring, TEST_POLICY, consumer=consumer)


def test_the_consumer_credits_are_the_four_products_of_the_consumer_chapter() -> None:
    assert {c for c in LoanCategory if is_consumer_credit(c)} == {
        LoanCategory.PERSONAL_LOAN,
        LoanCategory.CAR_LOAN,
        LoanCategory.REVOLVING_CREDIT,
        LoanCategory.OVERDRAFT,
    }
    assert not is_consumer_credit(LoanCategory.MORTGAGE)


# ------------------------------------------------------------- never capitalised


def test_capitalising_late_interest_and_penalties_of_a_consumer_credit_is_blocking() -> None:
    capitalised = plan()  # the engine's default treatment: capitalise everything
    warning = consumer_capitalised_rule(facts(capitalised, ONE_LOAN))
    assert warning is not None
    assert warning.code is WarningCode.CONSUMER_CAPITALISED
    assert warning.severity is Severity.BLOCKING
    assert warning.params == {"amount": D("260.00")}  # 60 of late interest + 200 penalties
    assert "L312-38" in warning.text() and "L312-39" in warning.text()
    # Arrears (unpaid instalments: capital and contractual interest) may be capitalised.
    assert capitalised.allocation.new_principal == D("9000.00") + D("900.00") + D("260.00")


@pytest.mark.parametrize(
    "how",
    [SPREAD, ComponentTreatment(Treatment.ADD_TO_FIRST), ComponentTreatment(Treatment.WAIVE)],
    ids=["spread", "first-instalment", "waived"],
)
def test_spread_put_on_the_first_instalment_or_waived_they_pass(how: ComponentTreatment) -> None:
    allowed = plan(late_interest=how, penalties=how)
    assert consumer_capitalised_rule(facts(allowed, ONE_LOAN)) is None
    # Spread or first instalment: interest-free, outside the interest-bearing principal.
    assert allowed.allocation.new_principal == D("9900.00")


def test_capitalising_only_part_is_blocking_for_that_part() -> None:
    half = plan(late_interest=SPREAD)  # penalties still capitalised
    warning = consumer_capitalised_rule(facts(half, ONE_LOAN))
    assert warning is not None and warning.params == {"amount": D("200.00")}


def test_a_mortgage_may_capitalise_them() -> None:
    mortgage = CaseDebt(
        D("9000.00"),
        Contract(D("3.2"), 120, date(2026, 12, 5), category=LoanCategory.MORTGAGE),
        penalties=D("200.00"),
    )
    assert consumer_capitalised_rule(facts(plan(mortgage), NO_CONSUMER_CREDIT)) is None


# ------------------------------------------------------------------- no fees


def test_fees_claimed_on_a_consumer_credit_are_blocking() -> None:
    with_fees = CaseDebt(D("9000.00"), CONTRACT, arrears=D("900.00"), fees=D("45.00"))
    warning = consumer_fees_rule(facts(plan(with_fees), ONE_LOAN))
    assert warning is not None
    assert warning.code is WarningCode.CONSUMER_FEES
    assert warning.severity is Severity.BLOCKING
    assert warning.params == {"amount": D("45.00")}
    assert consumer_fees_rule(facts(plan(with_fees), NO_CONSUMER_CREDIT)) is None
    assert consumer_fees_rule(facts(plan(), ONE_LOAN)) is None  # no fees


def test_fees_left_out_of_the_debt_are_said() -> None:
    left_out = ConsumerDefault(ONE_LOAN.contracts, fees_not_claimed=D("35.00"))
    warning = consumer_fees_not_claimed_rule(facts(plan(penalties=SPREAD), left_out))
    assert warning is not None
    assert warning.code is WarningCode.CONSUMER_FEES_NOT_CLAIMED
    assert warning.severity is Severity.INFO and not warning.needs_approval
    assert warning.params == {"amount": D("35.00")}
    assert consumer_fees_not_claimed_rule(facts(plan(), ONE_LOAN)) is None


# ------------------------------------------------------------- the indemnity's cap


def test_the_cap_is_eight_percent_of_the_capital_due() -> None:
    # D312-16: 8 % of 9 000.00 = 720.00; of 1 234.56 = 98.7648, never rounded up: 98.76.
    assert indemnity_cap(D("9000.00")) == D("9000.00") * 8 / 100 == D("720.00")
    assert indemnity_cap(D("1234.56")) == D("98.76")


def test_penalties_above_the_cap_are_refused_contract_by_contract() -> None:
    at_cap = ConsumerDefault(
        (
            DefaultedContract("PP-1", D("720.00"), D("9000.00")),
            DefaultedContract("RV-2", D("80.00"), D("1000.00")),  # cap 80.00
        )
    )
    assert consumer_indemnity_cap_rule(facts(plan(), at_cap)) is None
    over = ConsumerDefault(
        (
            DefaultedContract("PP-1", D("720.00"), D("9000.00")),
            DefaultedContract("RV-2", D("80.01"), D("1000.00")),
        )
    )
    warning = consumer_indemnity_cap_rule(facts(plan(), over))
    assert warning is not None
    assert warning.code is WarningCode.CONSUMER_INDEMNITY_CAP
    assert warning.severity is Severity.BLOCKING
    assert warning.params == {"contract": "RV-2", "amount": D("80.01"), "cap": D("80.00")}
    assert "D312-16" in warning.text()


# ------------------------------------------------------------------ in the list


def test_the_rules_are_listed_and_silent_unless_the_caller_names_consumer_credits() -> None:
    for rule in (
        consumer_capitalised_rule,
        consumer_fees_rule,
        consumer_indemnity_cap_rule,
        consumer_fees_not_claimed_rule,
    ):
        assert rule in RULES
    assert WarningCode.CONSUMER_CAPITALISED not in assess(plan(), TEST_POLICY).codes
    assessment = assess(plan(), TEST_POLICY, consumer=ONE_LOAN)
    assert WarningCode.CONSUMER_CAPITALISED in assessment.codes
    assert assessment.blocking
