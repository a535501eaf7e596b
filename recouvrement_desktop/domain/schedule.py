"""Amortization schedules ("tableaux d'amortissement"), exact to the cent.

French conventions:

* periodic rate = nominal annual rate / periods per year (proportional rate);
* interest of a period = balance × periodic rate, rounded to the cent half up;
* level instalment (annuity, "échéances constantes") ``A = P·i / (1 - (1+i)^-n)``
  rounded to the cent; or constant principal ("amortissement constant") ``P / n``;
* the last instalment absorbs every rounding: principal repaid == principal owed,
  final balance == 0 exactly;
* grace periods are counted inside the number of instalments: interest-only
  ("différé partiel") or capitalized ("différé total": nothing is paid, the interest
  is added to the balance; the row then shows a negative principal so that
  ``payment = interest + principal`` and ``balance(k) = balance(k-1) - principal(k)``
  hold on every row and the sum of the principal column is the amount lent);
* a first period shorter or longer than a full period ("période brisée") carries
  interest prorated on the equal-month time basis; the amortization is unchanged;
* borrower insurance is a fixed amount per instalment, fees are paid at signature;
  both are part of the total cost and of the TAEG.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal, localcontext
from typing import Final, NamedTuple

from recouvrement_desktop.domain.apr import apr_of_regular_payments
from recouvrement_desktop.domain.calendar import (
    Frequency,
    add_months,
    count_due_dates,
    due_dates,
    first_due_date,
    year_fraction,
)
from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, Amount, DomainError, Percent
from recouvrement_desktop.domain.money import (
    CENT,
    DOMAIN_CONTEXT,
    HUNDRED,
    ZERO,
    floor_cents,
    to_cents,
)
from recouvrement_desktop.domain.schedule_terms import (
    ByEndDate,
    ByInstallment,
    ByPeriods,
    Grace,
    GraceKind,
    LoanTerms,
    Method,
    Row,
    Schedule,
    Sizing,
)

__all__ = [
    "MAX_AMOUNT",
    "MAX_RATE_PCT",
    "MAX_YEARS",
    "ByEndDate",
    "ByInstallment",
    "ByPeriods",
    "Grace",
    "GraceKind",
    "LoanTerms",
    "Method",
    "Row",
    "Schedule",
    "Sizing",
    "build_schedule",
    "max_periods",
    "periodic_rate",
    "resolve_first_due",
]

MAX_YEARS: Final = 50
MAX_RATE_PCT: Final = Decimal(100)
MAX_AMOUNT: Final = Decimal("1000000000.00")
# The largest balance a capitalized grace may leave: room for the interest it adds to
# the largest amount; past it a plan means nothing (and its figures overflow).
MAX_BALANCE: Final = 10 * MAX_AMOUNT
_ONE: Final = Decimal(1)


def max_periods(frequency: Frequency) -> int:
    """The longest term accepted: 50 years of instalments."""
    return MAX_YEARS * frequency.periods_per_year


def periodic_rate(rate_pct: Decimal, frequency: Frequency) -> Decimal:
    """Proportional periodic rate as a fraction: ``rate% / 100 / periods per year``."""
    with localcontext(DOMAIN_CONTEXT):
        return rate_pct / HUNDRED / frequency.periods_per_year


# --------------------------------------------------------------------------- checks


def _check_amount(value: Decimal, name: str, *, allow_zero: bool) -> None:
    if not value.is_finite() or value != value.quantize(CENT, context=DOMAIN_CONTEXT):
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "An amount cannot have more than two decimals: {text}"),
            {"text": str(value)},
            field=name,
        )
    if value < ZERO or (value == ZERO and not allow_zero):
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "The amount must be greater than zero"),
            field=name,
        )
    if value > MAX_AMOUNT:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "The amount cannot exceed {max}"),
            {"max": Amount(MAX_AMOUNT)},
            field=name,
        )


def check_rate(rate_pct: Decimal) -> None:
    """A nominal rate must lie between 0 % and 100 %."""
    if not rate_pct.is_finite() or not ZERO <= rate_pct <= MAX_RATE_PCT:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "The rate must be between {min} and {max}"),
            {"min": Percent(ZERO), "max": Percent(MAX_RATE_PCT)},
            field="rate",
        )


def check_periods(periods: int, frequency: Frequency) -> None:
    """A term must be between 1 instalment and 50 years."""
    limit = max_periods(frequency)
    if not 1 <= periods <= limit:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "Term must be between 1 and {max} instalments"),
            {"max": limit},
            field="periods",
        )


def _check_terms(terms: LoanTerms) -> None:
    """The checks that need neither dates nor sizing; the first failing one is reported."""
    _check_amount(terms.principal, "principal", allow_zero=False)
    check_rate(terms.rate_pct)
    _check_amount(terms.fees, "fees", allow_zero=True)
    _check_amount(terms.insurance, "insurance", allow_zero=True)
    for extra in terms.extras:
        _check_amount(extra, "extras", allow_zero=True)
    if terms.fees >= terms.principal:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "The fees must be less than the amount lent"),
            field="fees",
        )
    limit = max_periods(terms.frequency)
    if terms.grace.periods < 0 or terms.grace.periods >= limit:
        raise _grace_too_long(limit)


def _grace_too_long(periods: int) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "Domain", "The grace period must be shorter than the term ({periods} instalments)"
        ),
        {"periods": periods},
        field="grace",
    )


def _grace_beyond_amounts() -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "Domain",
            "The capitalized grace would raise the balance above {max}: shorten the grace",
        ),
        {"max": Amount(MAX_BALANCE)},
        field="grace",
    )


def _no_amortization() -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "Domain", "The instalment would barely repay any principal: shorten the term"
        ),
        field="periods",
    )


def _too_small_for_term() -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("Domain", "The amount is too small to be repaid in so many instalments"),
        field="periods",
    )


def _installment_too_small(installment: Decimal, interest: Decimal) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "Domain",
            "An instalment of {installment} does not cover the interest of {interest}",
        ),
        {"installment": Amount(installment), "interest": Amount(interest)},
        field="installment",
    )


def _term_too_long(limit: int) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("Domain", "Term must be between 1 and {max} instalments"),
        {"max": limit},
        field="installment",
    )


# ----------------------------------------------------------------------- the engine


def build_schedule(terms: LoanTerms) -> Schedule:
    """Compute the schedule of *terms*.  Raises :class:`DomainError` on bad input."""
    with localcontext(DOMAIN_CONTEXT):
        return _build(terms)


def resolve_first_due(terms: LoanTerms) -> tuple[date, int]:
    """The first due date of *terms* and the day every due date aims at (validated)."""
    first = _resolve_first_due(terms)
    return first, _payment_day(terms, first)


def _resolve_first_due(terms: LoanTerms) -> date:
    freq = terms.frequency
    if terms.first_due is None:
        return first_due_date(terms.start, freq, terms.payment_day)
    first = terms.first_due
    if terms.payment_day is not None:
        first_due_date(first, freq, terms.payment_day)  # validates the day
        first = add_months(first, 0, terms.payment_day)
    if first <= terms.start:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "The first due date must be after the start date"),
            field="first_due",
        )
    latest = add_months(terms.start, 2 * freq.months)
    if first > latest:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Domain", "The first due date must be at most {months} months after the start"
            ),
            {"months": 2 * freq.months},
            field="first_due",
        )
    return first


def _payment_day(terms: LoanTerms, first: date) -> int:
    """The day every due date aims at: explicit, else the start's or first due's day."""
    if terms.payment_day is not None:
        return terms.payment_day
    return terms.start.day if terms.first_due is None else first.day


def _periods_until(first: date, end: date, terms: LoanTerms) -> int:
    if end < first:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "The end date must be on or after the first due date"),
            field="end_date",
        )
    return count_due_dates(first, end, terms.frequency, _payment_day(terms, first))


class _Amounts(NamedTuple):
    """One instalment's figures, before it is dated.

    ``payment = interest + principal``; ``balance`` is what is still owed after it.
    """

    payment: Decimal
    interest: Decimal
    principal: Decimal
    balance: Decimal


class _Amortization(NamedTuple):
    """The rows that repay the loan after the grace, and ``Schedule.installment``: the
    level instalment, or the first (largest) one for constant principal."""

    rows: list[_Amounts]
    installment: Decimal


def _build(terms: LoanTerms) -> Schedule:
    """Check the terms, build the rows step by step, then total them.

    Every step may raise: their order decides which error is reported when several
    inputs are wrong, and stays as it is.
    """
    _check_terms(terms)
    first = _resolve_first_due(terms)
    i = periodic_rate(terms.rate_pct, terms.frequency)
    first_fraction = _first_period_fraction(terms.start, first, terms.frequency)
    periods = _sized_periods(terms, first)
    grace_rows = _grace_rows(terms.principal, terms.grace, i, first_fraction)
    opening = _balance_after(grace_rows, terms.principal)
    if opening > MAX_BALANCE:
        raise _grace_beyond_amounts()
    amortization = _amortizing_rows(terms, opening, i, periods)
    amortizing = amortization.rows
    if not grace_rows and first_fraction != _ONE:
        amortizing = _prorate_first_row(amortizing, terms.principal, i, first_fraction)
    rows = _dated_rows(terms, first, grace_rows + amortizing)
    return _with_totals(terms, rows, amortization.installment, i, first_fraction)


def _first_period_fraction(start: date, first: date, frequency: Frequency) -> Decimal:
    """The first period in periods (1 when regular, "période brisée" otherwise)."""
    fraction = year_fraction(start, first) / (Decimal(frequency.months) / 12)
    return _ONE if fraction == _ONE else fraction  # canonical form for the fast APR path


def _sized_periods(terms: LoanTerms, first: date) -> int | None:
    """The number of instalments, grace included; ``None`` when sized by instalment."""
    sizing = terms.sizing
    if isinstance(sizing, ByPeriods):
        periods = sizing.periods
    elif isinstance(sizing, ByEndDate):
        periods = _periods_until(first, sizing.end, terms)
    else:
        _check_amount(sizing.installment, "installment", allow_zero=False)
        return None
    check_periods(periods, terms.frequency)
    if terms.grace.periods >= periods:
        raise _grace_too_long(periods)
    return periods


# ------------------------------------------------------------------------- the rows


def _balance_after(rows: list[_Amounts], opening: Decimal) -> Decimal:
    """What is owed after *rows*: the last row's balance, *opening* when there is none."""
    return rows[-1].balance if rows else opening


def _grace_rows(
    principal: Decimal, grace: Grace, i: Decimal, first_fraction: Decimal
) -> list[_Amounts]:
    """The grace period: the interest is paid alone, or capitalized (nothing is paid).

    A capitalized row shows a negative principal, so that the row identities hold.
    The first row's interest covers the first period, broken or not.
    """
    rows = []
    balance = principal
    for k in range(grace.periods):
        interest = to_cents(balance * i * first_fraction) if k == 0 else to_cents(balance * i)
        if grace.kind is GraceKind.INTEREST_ONLY:
            rows.append(_Amounts(interest, interest, ZERO, balance))
        else:
            balance += interest
            rows.append(_Amounts(ZERO, interest, -interest, balance))
    return rows


def _amortizing_rows(
    terms: LoanTerms, opening: Decimal, i: Decimal, periods: int | None
) -> _Amortization:
    """The rows that repay *opening* after the grace, by the method and sizing asked."""
    annuity = terms.method is Method.ANNUITY
    grace = terms.grace.periods
    if periods is not None:
        n = periods - grace
        if annuity:
            return _annuity_by_periods(opening, i, n)
        return _constant_principal_by_periods(opening, i, n)
    sizing = terms.sizing
    assert isinstance(sizing, ByInstallment)
    limit = max_periods(terms.frequency)
    by_installment = _annuity_by_installment if annuity else _constant_principal_by_installment
    return by_installment(opening, i, sizing.installment, grace, limit)


def _annuity_by_periods(principal: Decimal, i: Decimal, n: int) -> _Amortization:
    """*n* level instalments ``A = P·i / (1 - (1+i)^-n)``, the last one adjusted.

    Half up, as the French convention wants; when that would repay everything before
    the last instalment (a few cents over many instalments), round down.
    """
    exact = principal / n if i == ZERO else principal * i / (_ONE - (_ONE + i) ** -n)
    for level in (to_cents(exact), floor_cents(exact)):
        if level <= ZERO:
            continue
        rows = _level_rows(principal, i, level, n - 1)
        if rows is not None:
            rows.append(_last_row(_balance_after(rows, principal), i))
            return _Amortization(rows, level)
    raise _too_small_for_term()


def _level_rows(
    principal: Decimal, i: Decimal, level: Decimal, count: int
) -> list[_Amounts] | None:
    """*count* instalments of *level*, or ``None`` if they would repay the whole loan
    before the last instalment (the caller then tries a lower level)."""
    rows = []
    balance = principal
    for _ in range(count):
        interest = to_cents(balance * i)
        amortized = level - interest
        if amortized <= ZERO:
            raise _no_amortization()
        balance -= amortized
        if balance <= ZERO:
            return None
        rows.append(_Amounts(level, interest, amortized, balance))
    return rows


def _annuity_by_installment(
    principal: Decimal, i: Decimal, level: Decimal, grace: int, limit: int
) -> _Amortization:
    """Instalments of *level* until one more settles the balance: the last is smaller."""
    first_interest = to_cents(principal * i)
    if level <= first_interest:
        raise _installment_too_small(level, first_interest)
    # Arithmetic sizing first, so an absurdly long plan fails before any loop.
    if grace + _annuity_periods_estimate(principal, i, level) > limit + 2:
        raise _term_too_long(limit)
    rows = []
    balance = principal
    while True:
        interest = to_cents(balance * i)
        if balance + interest <= level:
            break
        amortized = level - interest
        balance -= amortized
        rows.append(_Amounts(level, interest, amortized, balance))
        if grace + len(rows) >= limit:
            raise _term_too_long(limit)
    rows.append(_last_row(balance, i))
    return _Amortization(rows, level)


def _annuity_periods_estimate(principal: Decimal, i: Decimal, level: Decimal) -> int:
    """Closed form ``n = -ln(1 - P·i/A) / ln(1 + i)``, in floats: an estimate only."""
    if i > ZERO:
        ratio = float(principal * i / level)
        return math.ceil(-math.log1p(-ratio) / math.log1p(float(i))) if ratio < 1 else 0
    return math.ceil(float(principal / level))


def _constant_principal_by_periods(principal: Decimal, i: Decimal, n: int) -> _Amortization:
    """*n* equal parts of principal, rounded down if rounding up would overpay."""
    part = to_cents(principal / n)
    if part * (n - 1) >= principal:  # see the annuity: round down rather than overpay
        part = floor_cents(principal / n)
    if part <= ZERO:
        raise _too_small_for_term()
    return _constant_principal_rows(principal, i, part, n)


def _constant_principal_by_installment(
    principal: Decimal, i: Decimal, target: Decimal, grace: int, limit: int
) -> _Amortization:
    """The part of principal that makes the first (largest) instalment *target*."""
    first_interest = to_cents(principal * i)
    part = target - first_interest
    if part <= ZERO:
        raise _installment_too_small(target, first_interest)
    n = max(1, math.ceil(principal / part))
    if grace + n > limit:
        raise _term_too_long(limit)
    return _constant_principal_rows(principal, i, part, n)


def _constant_principal_rows(
    principal: Decimal, i: Decimal, part: Decimal, n: int
) -> _Amortization:
    """*n* instalments repaying *part* of principal each, the last what is left."""
    rows = []
    balance = principal
    for _ in range(n - 1):
        interest = to_cents(balance * i)
        balance -= part
        rows.append(_Amounts(part + interest, interest, part, balance))
    rows.append(_last_row(balance, i))
    return _Amortization(rows, part + to_cents(principal * i))


def _last_row(balance: Decimal, i: Decimal) -> _Amounts:
    """The last instalment repays the balance left: it absorbs every rounding before."""
    interest = to_cents(balance * i)
    return _Amounts(balance + interest, interest, balance, ZERO)


def _prorate_first_row(
    rows: list[_Amounts], opening: Decimal, i: Decimal, first_fraction: Decimal
) -> list[_Amounts]:
    """A broken first period without grace: prorate its interest, keep its principal."""
    first = rows[0]
    interest = to_cents(opening * i * first_fraction)
    return [first._replace(payment=first.principal + interest, interest=interest), *rows[1:]]


def _check_length(terms: LoanTerms, periods: int) -> None:
    """The plan must fit in 50 years, and the spread amounts in the plan."""
    limit = max_periods(terms.frequency)
    if periods > limit:
        raise _term_too_long(limit)
    if len(terms.extras) > periods:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Domain",
                "Cannot spread over {spread} instalments a plan of {periods} instalments",
            ),
            {"spread": len(terms.extras), "periods": periods},
            field="spread",
        )


def _dated_rows(terms: LoanTerms, first: date, amounts: list[_Amounts]) -> tuple[Row, ...]:
    """Number and date the rows; add the insurance and the extras (interest-free)."""
    periods = len(amounts)
    _check_length(terms, periods)
    dates = due_dates(first, periods, terms.frequency, _payment_day(terms, first))
    extras = terms.extras + (ZERO,) * (periods - len(terms.extras))
    insurance = terms.insurance
    # Positional arguments: this runs for every row at every keystroke of the simulator.
    return tuple(
        Row(number, due, a.payment, a.interest, a.principal, insurance, a.balance, extra)
        for number, (due, a, extra) in enumerate(zip(dates, amounts, extras, strict=True), 1)
    )


def _with_totals(
    terms: LoanTerms,
    rows: tuple[Row, ...],
    installment: Decimal,
    i: Decimal,
    first_fraction: Decimal,
) -> Schedule:
    """The totals and the TAEG: fees are deducted from the amount lent, extras added."""
    insurance = terms.insurance
    total_extras = sum(terms.extras, ZERO)
    cash = [r.payment + insurance + r.extra for r in rows]
    apr = apr_of_regular_payments(
        terms.principal + total_extras - terms.fees,
        cash,
        periods_per_year=terms.frequency.periods_per_year,
        first_period_fraction=first_fraction,
        guess=i,
    )
    return Schedule(
        terms=terms,
        rows=rows,
        installment=installment,
        total_interest=sum((r.interest for r in rows), ZERO),
        total_insurance=insurance * len(rows),
        total_fees=terms.fees,
        total_extras=total_extras,
        apr=apr,
    )
