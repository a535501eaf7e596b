"""The usury category of a mortgage follows its rate type (Banque de France avis on
usury: fixed-rate mortgages by duration, variable-rate mortgages in a category of their
own); a plan merging contracts takes the variable category when variable-rate mortgages
make more than half of its mortgages."""

from __future__ import annotations

from decimal import Decimal

from recouvrement_desktop.domain.policy import (
    CreditKind,
    MergedPart,
    UsuryCategory,
    credit_kind_of,
    merged_credit_kind,
    usury_category,
)
from recouvrement_desktop.domain.recovery import LoanCategory, RateType

D = Decimal
MORTGAGE, PERSONAL = LoanCategory.MORTGAGE, LoanCategory.PERSONAL_LOAN
FIXED, VARIABLE = RateType.FIXED, RateType.VARIABLE


def test_a_mortgage_follows_its_rate_type() -> None:
    assert credit_kind_of(MORTGAGE, VARIABLE) is CreditKind.MORTGAGE_VARIABLE
    assert credit_kind_of(MORTGAGE, FIXED) is CreditKind.MORTGAGE_FIXED
    assert credit_kind_of(PERSONAL, VARIABLE) is CreditKind.CONSUMER  # a consumer credit
    assert usury_category(MORTGAGE, D("150000"), 180, VARIABLE) is UsuryCategory.MORTGAGE_VARIABLE
    assert usury_category(MORTGAGE, D("150000"), 180) is UsuryCategory.MORTGAGE_FIXED_10_TO_20Y


def test_a_merged_mortgage_plan_is_variable_when_variable_mortgages_weigh_most() -> None:
    half: list[MergedPart] = [
        (MORTGAGE, D("50000"), VARIABLE),
        (MORTGAGE, D("50000"), FIXED),
        (PERSONAL, D("1")),
    ]
    more: list[MergedPart] = [
        (MORTGAGE, D("50001"), VARIABLE),
        (MORTGAGE, D("49999"), FIXED),
        (PERSONAL, D("1")),
    ]
    assert merged_credit_kind(half) is CreditKind.MORTGAGE_FIXED
    assert merged_credit_kind(more) is CreditKind.MORTGAGE_VARIABLE
    # Below 60 % of mortgages the plan is a consumer credit, whatever their rate.
    consumer = [(MORTGAGE, D("60000"), VARIABLE), (PERSONAL, D("40000"), FIXED)]
    assert merged_credit_kind(consumer) is CreditKind.CONSUMER
