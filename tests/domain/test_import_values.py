"""The values of a portfolio file (domain/import_values.py): every written form the
standard layout accepts, and the ambiguous ones it refuses."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from recouvrement_desktop.domain.import_values import (
    BadValueError,
    read_amount,
    read_count,
    read_date,
    read_rate,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.56", "1234.56"),  # decimal point
        ("1234,56", "1234.56"),  # decimal comma
        ("1234", "1234.00"),  # no decimals
        ("1234,5", "1234.50"),  # one decimal
        ("1 234,56", "1234.56"),  # space grouping, comma
        ("1 234.56", "1234.56"),  # space grouping, point
        ("1\u00a0234,56", "1234.56"),  # no-break space grouping
        ("1\u202f234,56", "1234.56"),  # narrow no-break space grouping
        ("1.234,56", "1234.56"),  # dot grouping with a decimal comma
        ("1.234.567,89", "1234567.89"),  # several dot groups
        ("12 345 678", "12345678.00"),  # several space groups, no decimals
        ("  42,00  ", "42.00"),  # surrounding spaces
        ("0,00", "0.00"),
        ("-15,20", "-15.20"),  # negative: read, refused later by validation
    ],
)
def test_amounts_in_every_accepted_form(text: str, expected: str) -> None:
    assert read_amount(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "1.234",  # a dot without a decimal comma is a decimal point: three decimals
        "1,234.56",  # a comma never groups thousands
        "12,345",  # three decimals
        "1.2.3",
        "1 23,45",  # a group that is not three digits
        "1.234 567,00",  # two kinds of grouping
        "12,",
        "1e3",
        "١٢٣",  # digits, but not ASCII ones
    ],
)
def test_ambiguous_or_malformed_amounts_are_refused(text: str) -> None:
    with pytest.raises(BadValueError) as refused:
        read_amount(text)
    assert refused.value.expected == "amount"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("4,5", "4.5"), ("4.5", "4.5"), ("4,5 %", "4.5"), ("4,5%", "4.5"), ("4,5\u00a0%", "4.5"),
     ("0", "0"), ("19,90", "19.90")],
)  # fmt: skip
def test_rates_in_percent(text: str, expected: str) -> None:
    assert read_rate(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "cinq", "4,5,1", "4.5 pct", "%"])
def test_rates_that_are_not_numbers(text: str) -> None:
    with pytest.raises(BadValueError):
        read_rate(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("05/09/2026", date(2026, 9, 5)), ("2026-09-05", date(2026, 9, 5)),
     ("29/02/2024", date(2024, 2, 29))],
)  # fmt: skip
def test_dates_in_both_forms(text: str, expected: date) -> None:
    assert read_date(text) == expected


@pytest.mark.parametrize(
    "text", ["31/02/2026", "2026-13-01", "5/9/2026", "09/05/26", "2026/09/05", "demain"]
)
def test_impossible_or_unknown_dates(text: str) -> None:
    with pytest.raises(BadValueError):
        read_date(text)


def test_counts_are_whole_numbers() -> None:
    assert read_count(" 12 ") == 12
    for text in ("1,5", "-1", "douze"):
        with pytest.raises(BadValueError):
            read_count(text)
