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
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, localcontext
from enum import StrEnum
from typing import Final, TypeAlias

from recouvrement_desktop.domain.apr import apr_of_regular_payments, percent_2dp
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
_ONE: Final = Decimal(1)


class Method(StrEnum):
    """Repayment method.  Values are the CLI spellings."""

    ANNUITY = "annuity"
    CONSTANT_PRINCIPAL = "constant-principal"


class GraceKind(StrEnum):
    """Kind of grace period ("différé")."""

    INTEREST_ONLY = "interest-only"
    CAPITALIZED = "capitalized"


@dataclass(frozen=True, slots=True)
class Grace:
    """``periods`` first instalments without principal repayment (inside the term)."""

    periods: int = 0
    kind: GraceKind = GraceKind.INTEREST_ONLY


@dataclass(frozen=True, slots=True)
class ByPeriods:
    """Size by the total number of instalments (grace included): gives the instalment."""

    periods: int


@dataclass(frozen=True, slots=True)
class ByInstallment:
    """Size by a target instalment: gives the number of instalments, the last smaller.

    For the constant-principal method the target is the first (largest) amortizing
    instalment.
    """

    installment: Decimal


@dataclass(frozen=True, slots=True)
class ByEndDate:
    """Size by the date of the last instalment: gives both count and instalment."""

    end: date


Sizing: TypeAlias = ByPeriods | ByInstallment | ByEndDate


@dataclass(frozen=True, slots=True)
class LoanTerms:
    """Everything that defines a schedule.  Rates are nominal annual, in percent."""

    principal: Decimal
    rate_pct: Decimal
    sizing: Sizing
    start: date
    frequency: Frequency = Frequency.MONTHLY
    method: Method = Method.ANNUITY
    grace: Grace = field(default_factory=Grace)
    fees: Decimal = ZERO
    insurance: Decimal = ZERO
    first_due: date | None = None
    payment_day: int | None = None
    # Interest-free amounts due with the first instalments (spread arrears, fees…):
    # ``extras[k]`` is added to instalment ``k + 1``.  Part of the credit for the TAEG.
    extras: tuple[Decimal, ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    """One instalment.  ``payment = interest + principal`` (insurance and extras apart)."""

    number: int
    due_date: date
    payment: Decimal
    interest: Decimal
    principal: Decimal
    insurance: Decimal
    balance: Decimal
    extra: Decimal = ZERO

    @property
    def total_due(self) -> Decimal:
        """What the client pays on ``due_date``: payment + insurance + extra."""
        return self.payment + self.insurance + self.extra


@dataclass(frozen=True, slots=True)
class Schedule:
    """A computed schedule and its totals.  ``apr`` is a fraction (0.0459 = 4.59 %)."""

    terms: LoanTerms
    rows: tuple[Row, ...]
    installment: Decimal
    total_interest: Decimal
    total_insurance: Decimal
    total_fees: Decimal
    total_extras: Decimal
    apr: Decimal

    @property
    def periods(self) -> int:
        return len(self.rows)

    @property
    def first_due(self) -> date:
        return self.rows[0].due_date

    @property
    def end_date(self) -> date:
        return self.rows[-1].due_date

    @property
    def total_cost(self) -> Decimal:
        """Cost of the credit to the client: interest + insurance + fees."""
        return self.total_interest + self.total_insurance + self.total_fees

    @property
    def total_paid(self) -> Decimal:
        """Everything the client pays, fees at signature included."""
        return (
            (self.terms.principal + self.total_extras + self.total_interest)
            + self.total_insurance
            + self.total_fees
        )

    @property
    def apr_pct(self) -> Decimal:
        """The TAEG in percent, two decimals, as shown to the client."""
        return percent_2dp(self.apr)


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


def _build(terms: LoanTerms) -> Schedule:
    freq = terms.frequency
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
    grace = terms.grace
    limit = max_periods(freq)
    if grace.periods < 0 or grace.periods >= limit:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Domain", "The grace period must be shorter than the term ({periods} instalments)"
            ),
            {"periods": limit},
            field="grace",
        )

    first = _resolve_first_due(terms)
    i = periodic_rate(terms.rate_pct, freq)
    step_years = Decimal(freq.months) / 12
    first_fraction = year_fraction(terms.start, first) / step_years
    if first_fraction == _ONE:
        first_fraction = _ONE  # canonical form for the fast APR path

    sizing = terms.sizing
    periods: int | None
    if isinstance(sizing, ByPeriods):
        periods = sizing.periods
    elif isinstance(sizing, ByEndDate):
        periods = _periods_until(first, sizing.end, terms)
    else:
        periods = None
        _check_amount(sizing.installment, "installment", allow_zero=False)
    if periods is not None:
        check_periods(periods, freq)
        if grace.periods >= periods:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "The grace period must be shorter than the term ({periods} instalments)",
                ),
                {"periods": periods},
                field="grace",
            )

    # --- grace rows (amounts only; dates are attached at the end)
    amounts: list[tuple[Decimal, Decimal, Decimal, Decimal]] = []  # payment, int, princ, bal
    balance = terms.principal
    for k in range(grace.periods):
        interest = to_cents(balance * i * first_fraction) if k == 0 else to_cents(balance * i)
        if grace.kind is GraceKind.INTEREST_ONLY:
            amounts.append((interest, interest, ZERO, balance))
        else:
            balance += interest
            amounts.append((ZERO, interest, -interest, balance))

    # --- amortizing rows
    first_adjust = grace.periods == 0 and first_fraction != _ONE
    if terms.method is Method.ANNUITY:
        installment = _annuity_rows(
            amounts, balance, i=i, periods=periods, grace=grace.periods, sizing=sizing, limit=limit
        )
    else:
        installment = _constant_principal_rows(
            amounts, balance, i=i, periods=periods, grace=grace.periods, sizing=sizing, limit=limit
        )
    if first_adjust:
        # Broken first period: prorate the interest of the first row, keep the principal.
        _, _, principal, bal = amounts[0]
        opening = terms.principal
        prorated = to_cents(opening * i * first_fraction)
        amounts[0] = (principal + prorated, prorated, principal, bal)

    count = len(amounts)
    if count > limit:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "Term must be between 1 and {max} instalments"),
            {"max": limit},
            field="installment",
        )
    extras = terms.extras
    if len(extras) > count:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Domain",
                "Cannot spread over {spread} instalments a plan of {periods} instalments",
            ),
            {"spread": len(extras), "periods": count},
            field="spread",
        )
    dates = due_dates(first, count, freq, _payment_day(terms, first))
    insurance = terms.insurance
    rows = tuple(
        Row(
            number=n + 1,
            due_date=dates[n],
            payment=payment,
            interest=interest,
            principal=principal,
            insurance=insurance,
            balance=bal,
            extra=extras[n] if n < len(extras) else ZERO,
        )
        for n, (payment, interest, principal, bal) in enumerate(amounts)
    )
    total_interest = sum((r.interest for r in rows), ZERO)
    total_extras = sum(extras, ZERO)
    cash = [r.payment + insurance + r.extra for r in rows]
    apr = apr_of_regular_payments(
        terms.principal + total_extras - terms.fees,
        cash,
        periods_per_year=freq.periods_per_year,
        first_period_fraction=first_fraction,
        guess=i,
    )
    return Schedule(
        terms=terms,
        rows=rows,
        installment=installment,
        total_interest=total_interest,
        total_insurance=insurance * count,
        total_fees=terms.fees,
        total_extras=total_extras,
        apr=apr,
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


def _annuity_rows(
    amounts: list[tuple[Decimal, Decimal, Decimal, Decimal]],
    principal: Decimal,
    *,
    i: Decimal,
    periods: int | None,
    grace: int,
    sizing: Sizing,
    limit: int,
) -> Decimal:
    balance = principal
    if periods is not None:
        n = periods - grace
        exact = principal / n if i == ZERO else principal * i / (_ONE - (_ONE + i) ** -n)
        kept = len(amounts)
        # Half up, as the French convention wants; when that would repay everything
        # before the last instalment (a few cents over many instalments), round down.
        for level in (to_cents(exact), floor_cents(exact)):
            del amounts[kept:]
            balance = principal
            if level <= ZERO:
                continue
            for _ in range(n - 1):
                interest = to_cents(balance * i)
                amort = level - interest
                if amort <= ZERO:
                    raise _no_amortization()
                balance -= amort
                if balance <= ZERO:
                    break
                amounts.append((level, interest, amort, balance))
            else:
                break
        else:
            raise _too_small_for_term()
    else:
        assert isinstance(sizing, ByInstallment)
        level = sizing.installment
        first_interest = to_cents(balance * i)
        if level <= first_interest:
            raise _installment_too_small(level, first_interest)
        # Arithmetic sizing first, so an absurdly long plan fails before any loop.
        if i > ZERO:
            ratio = float(balance * i / level)
            estimate = math.ceil(-math.log1p(-ratio) / math.log1p(float(i))) if ratio < 1 else 0
        else:
            estimate = math.ceil(float(balance / level))
        if grace + estimate > limit + 2:
            raise _term_too_long(limit)
        while True:
            interest = to_cents(balance * i)
            if balance + interest <= level:
                break
            amort = level - interest
            balance -= amort
            amounts.append((level, interest, amort, balance))
            if len(amounts) >= limit:
                raise _term_too_long(limit)
    interest = to_cents(balance * i)
    amounts.append((balance + interest, interest, balance, ZERO))
    return level


def _constant_principal_rows(
    amounts: list[tuple[Decimal, Decimal, Decimal, Decimal]],
    principal: Decimal,
    *,
    i: Decimal,
    periods: int | None,
    grace: int,
    sizing: Sizing,
    limit: int,
) -> Decimal:
    first_interest = to_cents(principal * i)
    if periods is not None:
        n = periods - grace
        part = to_cents(principal / n)
        if part * (n - 1) >= principal:  # see the annuity: round down rather than overpay
            part = floor_cents(principal / n)
        if part <= ZERO:
            raise _too_small_for_term()
    else:
        assert isinstance(sizing, ByInstallment)
        target = sizing.installment
        part = target - first_interest
        if part <= ZERO:
            raise _installment_too_small(target, first_interest)
        n = max(1, math.ceil(principal / part))
        if grace + n > limit:
            raise _term_too_long(limit)
    balance = principal
    for _ in range(n - 1):
        interest = to_cents(balance * i)
        balance -= part
        amounts.append((part + interest, interest, part, balance))
    interest = to_cents(balance * i)
    amounts.append((balance + interest, interest, balance, ZERO))
    return part + first_interest
