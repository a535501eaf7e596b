"""Due dates: anchored month-end roll, payment day, equal-month year fractions."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recouvrement_desktop.domain.calendar import (
    Frequency,
    add_months,
    count_due_dates,
    due_dates,
    elapsed_months,
    first_due_date,
    year_fraction,
)
from recouvrement_desktop.domain.errors import DomainError


def test_month_end_rolls_back_to_the_31st() -> None:
    # 31 January → 28 February (2026 is not a leap year) → 31 March, not 28 March.
    dates = due_dates(date(2026, 1, 31), 4, Frequency.MONTHLY)
    assert dates == (date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30))


def test_month_end_in_a_leap_year() -> None:
    dates = due_dates(date(2028, 1, 31), 3, Frequency.MONTHLY)
    assert dates == (date(2028, 1, 31), date(2028, 2, 29), date(2028, 3, 31))


def test_first_due_from_start_keeps_the_start_day_as_anchor() -> None:
    first = first_due_date(date(2026, 1, 31), Frequency.MONTHLY)
    assert first == date(2026, 2, 28)


def test_payment_day_moves_the_first_due_date() -> None:
    assert first_due_date(date(2026, 1, 10), Frequency.MONTHLY, 5) == date(2026, 2, 5)
    assert first_due_date(date(2026, 1, 10), Frequency.QUARTERLY, 31) == date(2026, 4, 30)


@pytest.mark.parametrize("day", [0, 32, -1])
def test_payment_day_out_of_range(day: int) -> None:
    with pytest.raises(DomainError) as info:
        first_due_date(date(2026, 1, 10), Frequency.MONTHLY, day)
    assert info.value.message == "The payment day must be between 1 and 31, not {day}"
    assert info.value.params == {"day": day}


@pytest.mark.parametrize(
    ("frequency", "months"),
    [
        (Frequency.MONTHLY, 1),
        (Frequency.BIMONTHLY, 2),
        (Frequency.QUARTERLY, 3),
        (Frequency.SEMIANNUAL, 6),
        (Frequency.ANNUAL, 12),
    ],
)
def test_frequencies(frequency: Frequency, months: int) -> None:
    assert frequency.months == months
    assert frequency.periods_per_year * months == 12
    dates = due_dates(date(2026, 8, 31), 3, frequency)
    assert dates[1] == add_months(date(2026, 8, 31), months)


@settings(max_examples=200, deadline=None)
@given(
    anchor=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)),
    count=st.integers(1, 120),
    frequency=st.sampled_from(list(Frequency)),
)
def test_every_due_date_is_computed_from_the_anchor(
    anchor: date, count: int, frequency: Frequency
) -> None:
    dates = due_dates(anchor, count, frequency)
    for k, due in enumerate(dates):
        months = anchor.month - 1 + k * frequency.months
        year, month0 = anchor.year + months // 12, months % 12
        last = calendar.monthrange(year, month0 + 1)[1]
        assert due == date(year, month0 + 1, min(anchor.day, last))
    assert list(dates) == sorted(set(dates))


def test_elapsed_months_and_year_fraction() -> None:
    assert elapsed_months(date(2026, 1, 31), date(2026, 2, 28)) == (1, 0)
    assert elapsed_months(date(2026, 1, 15), date(2026, 2, 10)) == (0, 26)
    assert year_fraction(date(2026, 1, 15), date(2027, 7, 15)) == Decimal("1.5")
    # Directive 98/7/EC Annex III, first example: 1 Jan 1994 → 1 Jul 1995 is
    # 1 year and 181 days (calendar basis 546 days); on the equal-month basis it is
    # exactly 18 months.
    assert year_fraction(date(1994, 1, 1), date(1995, 7, 1)) == Decimal("1.5")
    assert year_fraction(date(2026, 1, 15), date(2026, 2, 10)) == Decimal(26) / Decimal(365)


def test_count_due_dates() -> None:
    first = date(2026, 2, 28)
    assert count_due_dates(first, date(2026, 3, 30), Frequency.MONTHLY, 31) == 1
    assert count_due_dates(first, date(2026, 3, 31), Frequency.MONTHLY, 31) == 2
    assert count_due_dates(first, date(2026, 2, 27), Frequency.MONTHLY, 31) == 0
