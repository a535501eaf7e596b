"""The bank's configurable rules: usury thresholds, delegation limits, budget floors.

Everything here is data the bank owns and updates (the usury table each quarter,
the floors when the reference incomes change).  The module ships *demonstration*
values so that the product runs out of the box; they are realistic in order of
magnitude but they are NOT official figures and must be replaced by the bank.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError
from recouvrement_desktop.domain.recovery import LoanCategory

__all__ = [
    "COURT_BENCHMARK_MONTHS",
    "DEMO_DELEGATION",
    "DEMO_FLOORS",
    "DEMO_POLICY",
    "DEMO_USURY_TABLE",
    "MAX_EFFORT_RATE_PCT",
    "OVERINDEBTEDNESS_BENCHMARK_MONTHS",
    "DelegationLimits",
    "Household",
    "Policy",
    "ResteAVivreFloors",
    "UsuryCategory",
    "UsuryTable",
    "UsuryThreshold",
    "consumer_category",
    "usury_category",
]

# Code civil art. 1343-5: a judge may postpone or spread a debt over at most 2 years.
COURT_BENCHMARK_MONTHS: Final = 24
# Code de la consommation art. L732-3: an over-indebtedness plan lasts at most 7 years.
OVERINDEBTEDNESS_BENCHMARK_MONTHS: Final = 84
# Usual ceiling of the effort rate (debt service / net income), in percent.
MAX_EFFORT_RATE_PCT: Final = Decimal(35)


class UsuryCategory(StrEnum):
    """Usury categories of the Banque de France publication (natural persons).

    Not to be confused with the product category of a loan
    (:class:`recouvrement_desktop.domain.recovery.LoanCategory`); see
    :func:`usury_category` for the mapping.
    """

    CONSUMER_UP_TO_3000 = "consumer-up-to-3000"
    CONSUMER_3000_TO_6000 = "consumer-3000-to-6000"
    CONSUMER_OVER_6000 = "consumer-over-6000"
    MORTGAGE_FIXED_UNDER_10Y = "mortgage-fixed-under-10y"
    MORTGAGE_FIXED_10_TO_20Y = "mortgage-fixed-10-to-20y"
    MORTGAGE_FIXED_20Y_PLUS = "mortgage-fixed-20y-plus"
    MORTGAGE_VARIABLE = "mortgage-variable"
    BRIDGE_LOAN = "bridge-loan"


def consumer_category(amount: Decimal) -> UsuryCategory:
    """The consumer-credit usury category of a credit of *amount* euros."""
    if amount <= Decimal(3000):
        return UsuryCategory.CONSUMER_UP_TO_3000
    if amount <= Decimal(6000):
        return UsuryCategory.CONSUMER_3000_TO_6000
    return UsuryCategory.CONSUMER_OVER_6000


def usury_category(product: LoanCategory, amount: Decimal, months: int) -> UsuryCategory:
    """The usury category of a credit: consumer credits by amount, fixed-rate
    mortgages by duration (under 10 years, 10 to 20 years, 20 years and more).
    """
    if product is LoanCategory.MORTGAGE:
        if months < 120:
            return UsuryCategory.MORTGAGE_FIXED_UNDER_10Y
        if months < 240:
            return UsuryCategory.MORTGAGE_FIXED_10_TO_20Y
        return UsuryCategory.MORTGAGE_FIXED_20Y_PLUS
    return consumer_category(amount)


@dataclass(frozen=True, slots=True)
class UsuryThreshold:
    """The usury rate (a TAEG ceiling, percent) of a category from a date on."""

    category: UsuryCategory
    effective_from: date
    rate_pct: Decimal


@dataclass(frozen=True, slots=True)
class UsuryTable:
    """A dated table of thresholds; the latest entry not after the date applies."""

    entries: tuple[UsuryThreshold, ...]

    def threshold_pct(self, category: UsuryCategory, on: date) -> Decimal | None:
        best: UsuryThreshold | None = None
        for entry in self.entries:
            if entry.category is not category or entry.effective_from > on:
                continue
            if best is None or entry.effective_from > best.effective_from:
                best = entry
        return None if best is None else best.rate_pct


def _demo_quarter(effective_from: date, rates: tuple[str, ...]) -> tuple[UsuryThreshold, ...]:
    return tuple(
        UsuryThreshold(category, effective_from, Decimal(rate))
        for category, rate in zip(UsuryCategory, rates, strict=True)
    )


# DEMONSTRATION VALUES ONLY.  Realistic orders of magnitude for the French usury
# thresholds (Banque de France, published quarterly in the Journal officiel under
# Code de la consommation art. L314-6), but not the official figures: the bank
# must load the thresholds of each quarter before any production use.
# Column order follows :class:`UsuryCategory`.
DEMO_USURY_TABLE: Final = UsuryTable(
    _demo_quarter(
        date(2025, 7, 1),
        ("21.31", "13.64", "8.93", "5.23", "5.61", "5.72", "5.80", "6.19"),
    )
    + _demo_quarter(
        date(2025, 10, 1),
        ("21.16", "13.44", "8.80", "5.15", "5.55", "5.67", "5.70", "6.05"),
    )
)


@dataclass(frozen=True, slots=True)
class DelegationLimits:
    """What an officer may grant alone; beyond it a supervisor must approve."""

    max_waiver: Decimal
    max_extension_months: int
    min_rate_pct: Decimal


# DEMONSTRATION VALUES: each bank sets its own delegation grid.
DEMO_DELEGATION: Final = DelegationLimits(
    max_waiver=Decimal("500.00"), max_extension_months=24, min_rate_pct=Decimal("2.00")
)


@dataclass(frozen=True, slots=True)
class Household:
    """Household composition: adults and dependent children."""

    adults: int = 1
    children: int = 0

    def __post_init__(self) -> None:
        if self.adults < 1 or self.children < 0:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "Domain", "A household has at least one adult and no negative count"
                ),
                field="household",
            )


@dataclass(frozen=True, slots=True)
class ResteAVivreFloors:
    """Monthly "reste à vivre" floor: first adult + each other adult + each child."""

    first_adult: Decimal
    other_adult: Decimal
    per_child: Decimal

    def floor(self, household: Household) -> Decimal:
        return (
            self.first_adult
            + self.other_adult * (household.adults - 1)
            + self.per_child * household.children
        )


# DEMONSTRATION VALUES, in the order of magnitude of French minimum-income levels.
DEMO_FLOORS: Final = ResteAVivreFloors(
    first_adult=Decimal("700.00"), other_adult=Decimal("350.00"), per_child=Decimal("250.00")
)


@dataclass(frozen=True, slots=True)
class Policy:
    """All configurable rules in one value, passed to guardrails and proposals."""

    usury_table: UsuryTable = DEMO_USURY_TABLE
    delegation: DelegationLimits = DEMO_DELEGATION
    floors: ResteAVivreFloors = DEMO_FLOORS
    max_effort_rate_pct: Decimal = MAX_EFFORT_RATE_PCT
    court_benchmark_months: int = COURT_BENCHMARK_MONTHS
    overindebtedness_benchmark_months: int = OVERINDEBTEDNESS_BENCHMARK_MONTHS
    # Days the client has to pay a missed instalment of an agreement after the formal
    # notice before the agreement's termination clause applies (the bank's policy; the
    # law sets no minimum for an agreement, fifteen days is the usual practice).
    default_cure_days: int = 15
    # Grace of the "gentlest" proposal, in months (interest only).
    gentle_grace_months: int = 3
    # After an agreement, the case's next action is to check that the first instalment
    # of the plan was paid: this many days after its due date, to let the payment clear
    # (a transfer or a direct debit takes a few working days to show on the account).
    first_instalment_check_days: int = 5
    # A rescheduled (forborne) exposure stays under watch for one year from the date the
    # forbearance measure is extended (the agreement becomes binding): the cure period of
    # a non-performing forborne exposure, Commission Implementing Regulation (EU)
    # 2021/451, Annex V, Part 2, § 231 (§ 157 in the numbering of the original ITS; EBA
    # Q&A 2014_1018: the year runs from the date of the measure), and EBA/GL/2018/06
    # §§ 156–157. The two-year probation that follows before the forborne flag may be
    # lifted (Annex V, Part 2, § 256, formerly § 176) is the bank's to add here.
    watch_period_months: int = 12
    # Minutes without input before the window hides client data and asks the password
    # again (the bank's security policy; five is the usual desk-sharing setting).
    idle_lock_minutes: int = 5
    # Personal data of a client whose cases were all settled or written off more than
    # this many years ago is anonymised (``retention run``): five years after the end of
    # the relationship, the usual period of the anti-money-laundering duty (Code
    # monétaire et financier art. L561-12) and of the civil limitation (Code civil
    # art. 2224). The figures stay.
    retention_years: int = 5
    # Whether the sealed agreement PDFs (and the countersigned scans) of an anonymised
    # case are kept as evidence of the contract. The schema keeps a sealed PDF for ever
    # (database triggers), so removing them is refused until a migration allows it.
    retention_keeps_agreement_documents: bool = True
    # The cure period a formal notice (mise en demeure) gives before the loan may be
    # accelerated, in days from the letter: the bank's contracts say how long; fifteen
    # days is the usual clause (Cass. 1re civ., 22 June 2017, no. 16-18.418: the notice
    # must precede acceleration and give a reasonable period).
    formal_notice_cure_days: int = 15
    # Arrêté of 26 October 2010 on the FICP, art. 4: the incident may be reported to the
    # Banque de France only if it is not settled within 30 days of informing the debtor.
    ficp_notice_days: int = 30


DEMO_POLICY: Final = Policy()
