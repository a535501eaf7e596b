"""Reference data: the shipped files hold the published figures, dated and cited; a date
past them has none (the usury check blocks); a faulty file is refused with its reason;
the usury category follows the credit.

Each figure below was read from the source the test name cites (the files cite them
again, with their addresses); a test never compares the program with itself.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.guardrails import Severity, WarningCode, usury_finding
from recouvrement_desktop.domain.policy import (
    DEMO_POLICY,
    CreditKind,
    UsuryCategory,
    credit_kind_of,
    merged_credit_kind,
    usury_category_for,
)
from recouvrement_desktop.domain.recovery import LoanCategory
from recouvrement_desktop.domain.reference_data import (
    ReferenceKind,
    ReferenceTable,
    parse_reference_table,
    usury_table_of,
)

D = Decimal
SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "reference_data"
C = UsuryCategory


def shipped(name: str) -> ReferenceTable:
    return parse_reference_table((SHIPPED / name).read_text(encoding="utf-8"))


USURY = usury_table_of(shipped("usury_thresholds.toml"))
POLICY = DEMO_POLICY.__class__(usury_table=USURY)


def threshold(category: UsuryCategory, day: date) -> Decimal | None:
    return USURY.threshold_pct(category, day)


# ------------------------------------------------------------------ published figures


def test_q4_2025_thresholds_boursedescredits_and_moneyvox_avis_of_30_september_2025() -> None:
    day = date(2025, 11, 15)
    assert threshold(C.CONSUMER_OVER_6000, day) == D("8.73")
    assert threshold(C.CONSUMER_UP_TO_3000, day) == D("23.49")
    assert threshold(C.CONSUMER_3000_TO_6000, day) == D("15.71")
    assert threshold(C.MORTGAGE_FIXED_UNDER_10Y, day) == D("4.23")
    assert threshold(C.MORTGAGE_FIXED_10_TO_20Y, day) == D("4.71")
    assert threshold(C.MORTGAGE_FIXED_20Y_PLUS, day) == D("5.09")
    assert threshold(C.MORTGAGE_VARIABLE, day) == D("5.25")
    assert threshold(C.BRIDGE_LOAN, day) == D("6.21")


def test_q1_2024_thresholds_inc_conso_citing_avis_of_26_december_2023() -> None:
    day = date(2024, 1, 1)
    figures = ("22.00", "12.93", "7.35", "4.53", "6.01", "6.29", "5.63", "6.35")
    assert [threshold(c, day) for c in UsuryCategory] == [D(f) for f in figures]


def test_q2_2024_mortgages_cbanque_with_mean_rates_times_four_thirds() -> None:
    # cbanque.com: TEM 3.42 / 4.6 / 4.79 / 4.39 / 5.07 % -> 4.56 / 6.13 / 6.39 / 5.85 / 6.76 %
    day = date(2024, 6, 30)
    assert threshold(C.MORTGAGE_FIXED_UNDER_10Y, day) == D("4.56")
    assert threshold(C.MORTGAGE_FIXED_10_TO_20Y, day) == D("6.13")
    assert threshold(C.MORTGAGE_FIXED_20Y_PLUS, day) == D("6.39")
    assert threshold(C.MORTGAGE_VARIABLE, day) == D("5.85")
    assert threshold(C.BRIDGE_LOAN, day) == D("6.76")
    assert threshold(C.CONSUMER_UP_TO_3000, day) == D("22.32")  # eddy.fr, T2 2024


def test_q3_2024_thresholds_francetransactions_and_eddy() -> None:
    day = date(2024, 8, 1)
    figures = ("22.49", "13.87", "8.00", "4.60", "6.13", "6.16", "5.97", "6.77")
    assert [threshold(c, day) for c in UsuryCategory] == [D(f) for f in figures]


def test_q4_2024_fixed_20y_moneyvox_5_85_not_the_misprinted_6_85() -> None:
    day = date(2024, 12, 31)
    assert threshold(C.MORTGAGE_FIXED_20Y_PLUS, day) == D("5.85")  # TEM 4.39 % x 4/3
    assert threshold(C.CONSUMER_UP_TO_3000, day) == D("22.71")  # ymanci.fr


def test_q1_and_q2_2025_leandri_conseils_jo_table_and_avocat_nice_jo_28_march_2025() -> None:
    assert threshold(C.MORTGAGE_FIXED_10_TO_20Y, date(2025, 3, 31)) == D("5.80")
    assert threshold(C.BRIDGE_LOAN, date(2025, 1, 1)) == D("6.64")
    assert threshold(C.CONSUMER_OVER_6000, date(2025, 2, 1)) == D("8.51")  # ymanci.fr
    assert threshold(C.CONSUMER_UP_TO_3000, date(2025, 4, 1)) == D("23.24")
    assert threshold(C.MORTGAGE_FIXED_20Y_PLUS, date(2025, 6, 30)) == D("5.31")


def test_q3_2025_thresholds_remax360_and_econostrum() -> None:
    day = date(2025, 7, 1)
    figures = ("23.39", "15.79", "8.69", "4.32", "5.03", "5.08", "5.37", "6.31")
    assert [threshold(c, day) for c in UsuryCategory] == [D(f) for f in figures]


def test_q1_2026_thresholds_april_fr_and_immopret_published_29_december_2025() -> None:
    day = date(2026, 3, 31)
    figures = ("23.56", "15.87", "8.67", "4.12", "4.59", "5.13", "4.99", "6.15")
    assert [threshold(c, day) for c in UsuryCategory] == [D(f) for f in figures]


def test_every_period_of_the_shipped_files_cites_its_source() -> None:
    for name in (
        "usury_thresholds.toml",
        "legal_interest_rates.toml",
        "rsa_lump_sum.toml",
        "seizable_portion_scale.toml",
    ):
        table = shipped(name)
        assert all("http" in period.source for period in table.periods), name


def test_legal_interest_rate_arrete_of_15_december_2025_jorf_26_december_2025() -> None:
    table = shipped("legal_interest_rates.toml")
    period = table.on(date(2026, 1, 1))
    assert period is not None
    assert period.values == {"individuals": D("6.67"), "other-cases": D("2.62")}
    second_half_2024 = table.on(date(2024, 12, 31))  # arrêté of June 2024 (bpifrance)
    assert second_half_2024 is not None
    assert second_half_2024.values["individuals"] == D("8.16")
    assert table.on(date(2026, 7, 1)) is None  # second half of 2026: not verified


def test_rsa_lump_sum_decret_2025_293_of_29_march_2025() -> None:
    table = shipped("rsa_lump_sum.toml")
    assert table.on(date(2025, 4, 1)).values["single-person"] == D("646.52")  # type: ignore[union-attr]
    assert table.on(date(2025, 3, 31)).values["single-person"] == D("635.71")  # type: ignore[union-attr]


def test_seizable_scale_decret_2024_1231_of_30_december_2024() -> None:
    period = shipped("seizable_portion_scale.toml").on(date(2025, 6, 1))
    assert period is not None
    assert period.values["twentieth-up-to"] == D("4440")
    assert period.values["two-thirds-up-to"] == D("25600")
    assert period.values["per-dependant"] == D("1720")


# --------------------------------------------------------------------- no fallback


def test_past_the_last_published_quarter_no_threshold_is_known() -> None:
    assert threshold(C.CONSUMER_UP_TO_3000, date(2026, 3, 31)) == D("23.56")
    assert threshold(C.CONSUMER_UP_TO_3000, date(2026, 4, 1)) is None
    assert threshold(C.CONSUMER_UP_TO_3000, date(2023, 12, 31)) is None


def test_usury_unknown_is_blocking_never_an_older_quarter() -> None:
    finding = usury_finding(
        apr=D("0.05"),
        credit=D("2500"),
        months=24,
        kind=CreditKind.CONSUMER,
        on=date(2026, 11, 15),
        policy=POLICY,
    )
    assert finding.threshold is None
    assert finding.warning is not None
    assert finding.warning.code is WarningCode.USURY_UNKNOWN
    assert finding.warning.severity is Severity.BLOCKING
    assert finding.warning.text() == (
        "No usury threshold known for category consumer-up-to-3000 on 2026-11-15"
    )


def test_a_2500_euro_loan_at_41_20_percent_apr_is_usurious_in_q4_2025() -> None:
    finding = usury_finding(
        apr=D("0.4120"),
        credit=D("2500"),
        months=24,
        kind=CreditKind.CONSUMER,
        on=date(2025, 11, 15),
        policy=POLICY,
    )
    assert finding.warning is not None and finding.warning.code is WarningCode.USURY
    assert finding.warning.params == {"apr": D("41.20"), "threshold": D("23.49")}


# ------------------------------------------------------------------------ categories


@pytest.mark.parametrize(
    ("amount", "category"),
    [
        ("3000.00", C.CONSUMER_UP_TO_3000),
        ("3000.01", C.CONSUMER_3000_TO_6000),
        ("6000.00", C.CONSUMER_3000_TO_6000),
        ("6000.01", C.CONSUMER_OVER_6000),
    ],
)
def test_consumer_bands_by_the_amount_of_the_rescheduled_credit(
    amount: str, category: UsuryCategory
) -> None:
    assert usury_category_for(CreditKind.CONSUMER, D(amount), 600) is category


@pytest.mark.parametrize(
    ("months", "category"),
    [
        (119, C.MORTGAGE_FIXED_UNDER_10Y),
        (120, C.MORTGAGE_FIXED_10_TO_20Y),
        (239, C.MORTGAGE_FIXED_10_TO_20Y),
        (240, C.MORTGAGE_FIXED_20Y_PLUS),
    ],
)
def test_fixed_mortgages_by_duration_band(months: int, category: UsuryCategory) -> None:
    assert usury_category_for(CreditKind.MORTGAGE_FIXED, D("100"), months) is category


def test_variable_rate_and_bridge_have_their_own_category() -> None:
    assert usury_category_for(CreditKind.MORTGAGE_VARIABLE, D("1"), 300) is C.MORTGAGE_VARIABLE
    assert usury_category_for(CreditKind.BRIDGE, D("1"), 24) is C.BRIDGE_LOAN


def test_a_mortgage_without_a_rate_type_is_taken_as_fixed() -> None:
    assert credit_kind_of(LoanCategory.MORTGAGE) is CreditKind.MORTGAGE_FIXED
    assert credit_kind_of(LoanCategory.OVERDRAFT) is CreditKind.CONSUMER


def test_a_merged_plan_is_a_mortgage_above_60_percent_of_mortgages() -> None:
    mortgage, personal = LoanCategory.MORTGAGE, LoanCategory.PERSONAL_LOAN
    at_60 = [(mortgage, D("60000")), (personal, D("40000"))]
    above = [(mortgage, D("60000.01")), (personal, D("39999.99"))]
    assert merged_credit_kind(at_60) is CreditKind.CONSUMER
    assert merged_credit_kind(above) is CreditKind.MORTGAGE_FIXED
    assert merged_credit_kind([]) is CreditKind.CONSUMER


# ------------------------------------------------------------------------ refusals

GOOD = """
kind = "legal-interest-rates"
unit = "percent"

[[periods]]
from = 2026-01-01
until = 2026-06-30
source = "Arrêté du 15 décembre 2025"
[periods.values]
individuals = "6.67"
other-cases = "2.62"
"""


def refused(text: str) -> str:
    with pytest.raises(DomainError) as caught:
        parse_reference_table(text)
    return str(caught.value)


def test_a_good_file_is_read() -> None:
    table = parse_reference_table(GOOD)
    assert table.kind is ReferenceKind.LEGAL_INTEREST_RATES
    assert (table.first_day, table.last_day) == (date(2026, 1, 1), date(2026, 6, 30))


def test_a_non_numeric_rate_is_refused() -> None:
    assert refused(GOOD.replace('"6.67"', '"6,67 %"')) == (
        "Period 1: the value of individuals is not a number: 6,67 %"
    )
    assert "is not a number" in refused(GOOD.replace('"6.67"', "6.67"))  # a float


def test_an_unknown_category_is_refused() -> None:
    text = GOOD.replace('other-cases = "2.62"', 'other-cases = "2.62"\nbusiness = "3"')
    assert refused(text) == (
        "Period 1: unknown category business: expected individuals, other-cases"
    )


def test_a_missing_category_and_an_unknown_kind_are_refused() -> None:
    assert refused(GOOD.replace('other-cases = "2.62"\n', "")) == "Period 1: missing other-cases"
    assert refused(GOOD.replace("legal-interest-rates", "euribor")).startswith(
        "Unknown kind of reference data euribor"
    )


def _two_periods(second_from: str) -> str:
    second = GOOD.split("\n", 3)[3].replace("until = 2026-06-30", "until = 2026-12-31")
    return GOOD + second.replace("from = 2026-01-01", f"from = {second_from}")


def test_overlapping_periods_are_refused() -> None:
    assert refused(_two_periods("2026-06-30")) == (
        "The periods starting on 2026-01-01 and 2026-06-30 overlap"
    )


def test_a_missing_period_is_refused() -> None:
    assert refused(_two_periods("2026-08-01")) == (
        "No period covers the days from 2026-07-01 to 2026-07-31"
    )
    assert parse_reference_table(_two_periods("2026-07-01")).last_day == date(2026, 12, 31)


def test_a_period_ending_before_it_starts_or_without_source_is_refused() -> None:
    assert refused(GOOD.replace("until = 2026-06-30", "until = 2025-06-30")).startswith(
        "Period 1 ends on 2025-06-30"
    )
    assert refused(GOOD.replace('"Arrêté du 15 décembre 2025"', '""')) == (
        "Period 1 gives no source"
    )
    assert refused("kind = ").startswith("The reference-data file is not valid TOML")
