"""The retention rules, worked by hand."""

from __future__ import annotations

from datetime import date

from recouvrement_desktop.domain.retention import (
    anonymous_client_number,
    is_anonymous_client_number,
    is_past_retention,
    retention_ends,
)


def test_the_period_ends_on_the_same_day_years_later_or_the_month_s_last() -> None:
    assert retention_ends(date(2021, 12, 3), 5) == date(2026, 12, 3)
    assert retention_ends(date(2024, 2, 29), 5) == date(2029, 2, 28)


def test_a_case_is_past_retention_the_day_after_the_period_ends() -> None:
    closed = date(2021, 12, 3)
    assert not is_past_retention(closed, date(2026, 12, 2), 5)
    assert not is_past_retention(closed, date(2026, 12, 3), 5)
    assert is_past_retention(closed, date(2026, 12, 4), 5)


def test_an_anonymous_client_number_names_no_one_and_is_recognised() -> None:
    number = anonymous_client_number(42)
    assert number == "ANON-0000000042" and len(number) <= 32
    assert is_anonymous_client_number(number) and not is_anonymous_client_number("C0000042")
