"""Due dates: frequencies, payment day and month-end roll.

Every due date is computed from the *anchor* (the first due date and the payment
day), never from the previous due date, so a 31st rolls 31 Jan → 28/29 Feb → 31 Mar
instead of drifting to the 28th for ever.
"""

from __future__ import annotations

import calendar as _stdcal
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError

__all__ = [
    "Frequency",
    "add_months",
    "count_due_dates",
    "due_dates",
    "elapsed_months",
    "first_due_date",
    "year_fraction",
]

_DAYS_PER_YEAR: Final = Decimal(365)
_MONTH_DAYS: Final = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTHS_PER_YEAR: Final = Decimal(12)


class Frequency(StrEnum):
    """How often instalments fall due.  Values are the CLI spellings."""

    MONTHLY = "monthly"
    BIMONTHLY = "bimonthly"  # every two months
    QUARTERLY = "quarterly"
    SEMIANNUAL = "semiannual"
    ANNUAL = "annual"

    @property
    def months(self) -> int:
        """Number of months between two due dates."""
        return _MONTHS[self]

    @property
    def periods_per_year(self) -> int:
        """Number of instalments in a year (12, 6, 4, 2 or 1)."""
        return 12 // _MONTHS[self]


_MONTHS: Final = {
    Frequency.MONTHLY: 1,
    Frequency.BIMONTHLY: 2,
    Frequency.QUARTERLY: 3,
    Frequency.SEMIANNUAL: 6,
    Frequency.ANNUAL: 12,
}


def _check_day(payment_day: int) -> None:
    if not 1 <= payment_day <= 31:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "The payment day must be between 1 and 31, not {day}"),
            {"day": payment_day},
            field="payment_day",
        )


def add_months(anchor: date, months: int, day: int | None = None) -> date:
    """The date *months* months after *anchor*, on *day* (default: the anchor's day).

    A day that does not exist in the target month becomes that month's last day.
    """
    index = anchor.year * 12 + (anchor.month - 1) + months
    year, month0 = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "The schedule goes beyond the supported calendar"),
            field="start",
        )
    wanted = anchor.day if day is None else day
    if wanted > 28:
        last = _MONTH_DAYS[month0]
        if month0 == 1 and _stdcal.isleap(year):
            last = 29
        wanted = min(wanted, last)
    return date(year, month0 + 1, wanted)


def first_due_date(start: date, frequency: Frequency, payment_day: int | None = None) -> date:
    """First due date one period after *start*, moved to *payment_day* in that month."""
    if payment_day is not None:
        _check_day(payment_day)
    candidate = add_months(start, frequency.months, payment_day)
    if candidate <= start:  # pragma: no cover - one month ahead is always later
        candidate = add_months(start, frequency.months + 1, payment_day)
    return candidate


def due_dates(
    first_due: date, count: int, frequency: Frequency, payment_day: int | None = None
) -> tuple[date, ...]:
    """*count* due dates starting at *first_due*, each computed from the anchor."""
    if payment_day is not None:
        _check_day(payment_day)
    day = first_due.day if payment_day is None else payment_day
    step = frequency.months
    if count:
        add_months(first_due, (count - 1) * step, day)  # range check, once
    base = first_due.year * 12 + first_due.month - 1
    out: list[date] = []
    for k in range(count):
        year, month0 = divmod(base + k * step, 12)
        wanted = day
        if wanted > 28:
            last = 29 if month0 == 1 and _stdcal.isleap(year) else _MONTH_DAYS[month0]
            wanted = min(wanted, last)
        out.append(date(year, month0 + 1, wanted))
    return tuple(out)


def count_due_dates(first_due: date, end: date, frequency: Frequency, day: int) -> int:
    """How many due dates (anchored at *first_due*, on *day*) fall on or before *end*."""
    if end < first_due:
        return 0
    step = frequency.months
    count = elapsed_months(first_due, end)[0] // step + 1
    while count > 1 and add_months(first_due, (count - 1) * step, day) > end:
        count -= 1
    return count


def elapsed_months(start: date, end: date) -> tuple[int, int]:
    """Whole months from *start* to *end* (month-end aware) and the remaining days.

    The largest ``m`` with ``add_months(start, m) <= end`` (so 31 Jan → 28 Feb is one
    whole month), then the days between that date and *end*.
    """
    if end < start:
        raise ValueError("end before start")
    months = (end.year - start.year) * 12 + (end.month - start.month)
    while months > 0 and add_months(start, months) > end:
        months -= 1
    days = (end - add_months(start, months)).days
    return months, days


def year_fraction(start: date, end: date) -> Decimal:
    """Interval in years, EU directive 2008/48/EC Annex I (c): 12 equal months a year.

    Whole months count 1/12 each; a remainder that is not a whole month counts in
    days of a 365-day year.
    """
    months, days = elapsed_months(start, end)
    result = Decimal(months) / _MONTHS_PER_YEAR
    if days:
        result += Decimal(days) / _DAYS_PER_YEAR
    return result
