"""What a schedule is made of and what it gives: the loan's terms, its rows, its totals.

Plain values (the engine that computes them is ``domain/schedule.py``, which exports
them too); agreements keep them in their snapshot, field by field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TypeAlias

from recouvrement_desktop.domain.apr import percent_2dp
from recouvrement_desktop.domain.calendar import Frequency
from recouvrement_desktop.domain.money import ZERO

__all__ = [
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
]


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
