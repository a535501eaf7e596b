"""The bank's configurable rules: usury thresholds, delegation limits, budget floors.

The usury thresholds are published figures: they are read from the dated, cited data
files of ``resources/reference_data/`` (``domain/reference_data.py`` parses them,
``services/reference_data.py`` loads them, with an administrator's imports first), so
the domain ships none: a :class:`Policy` built here has an empty table, and every date
is then "usury-unknown".  The delegation grid and the floors are the bank's own
*demonstration* values; the bank replaces them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError
from recouvrement_desktop.domain.recovery import LoanCategory, RateType

__all__ = [
    "COURT_BENCHMARK_MONTHS",
    "DEMO_DELEGATION",
    "DEMO_FLOORS",
    "DEMO_POLICY",
    "MAX_EFFORT_RATE_PCT",
    "MORTGAGE_SHARE_FOR_MORTGAGE_CATEGORY",
    "NO_USURY_TABLE",
    "OVERINDEBTEDNESS_BENCHMARK_MONTHS",
    "CreditKind",
    "DelegationLimits",
    "Household",
    "MergedPart",
    "Policy",
    "ResteAVivreFloors",
    "UsuryCategory",
    "UsuryTable",
    "UsuryThreshold",
    "consumer_category",
    "credit_kind_of",
    "merged_credit_kind",
    "usury_category",
    "usury_category_for",
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


class CreditKind(StrEnum):
    """What kind of credit a plan is, for its usury category (``simulate --category``)."""

    CONSUMER = "consumer"
    MORTGAGE_FIXED = "mortgage-fixed"
    MORTGAGE_VARIABLE = "mortgage-variable"
    BRIDGE = "bridge"


# Avis on usury, footnote of the mortgage categories: a credit merging several loans is a
# mortgage when the mortgages make more than 60 % of the merged amount.
MORTGAGE_SHARE_FOR_MORTGAGE_CATEGORY: Final = Decimal("0.60")


def credit_kind_of(product: LoanCategory, rate_type: RateType = RateType.FIXED) -> CreditKind:
    """The credit kind of one loan: a mortgage by its rate type (fixed when the bank's
    extract does not say), any other product a consumer credit."""
    if product is not LoanCategory.MORTGAGE:
        return CreditKind.CONSUMER
    return (
        CreditKind.MORTGAGE_VARIABLE
        if rate_type is RateType.VARIABLE
        else CreditKind.MORTGAGE_FIXED
    )


MergedPart = tuple[LoanCategory, Decimal] | tuple[LoanCategory, Decimal, RateType]


def merged_credit_kind(parts: Sequence[MergedPart]) -> CreditKind:
    """The credit kind of a plan merging *parts* (product, amount, rate type — fixed when
    absent): a mortgage when mortgages exceed 60 % of the total, else a consumer credit;
    the mortgage is variable-rate when variable-rate mortgages make more than half of the
    mortgages' amount."""
    total = sum((part[1] for part in parts), Decimal(0))
    mortgages = [part for part in parts if part[0] is LoanCategory.MORTGAGE]
    mortgage_amount = sum((part[1] for part in mortgages), Decimal(0))
    if total > 0 and mortgage_amount > total * MORTGAGE_SHARE_FOR_MORTGAGE_CATEGORY:
        variable = sum(
            (part[1] for part in mortgages if len(part) == 3 and part[2] is RateType.VARIABLE),
            Decimal(0),
        )
        if variable * 2 > mortgage_amount:
            return CreditKind.MORTGAGE_VARIABLE
        return CreditKind.MORTGAGE_FIXED
    return CreditKind.CONSUMER


def usury_category_for(kind: CreditKind, amount: Decimal, months: int) -> UsuryCategory:
    """The usury category: consumer credits by the amount of the (rescheduled) credit,
    fixed-rate mortgages by duration (under 10 years, 10 to under 20, 20 and more),
    variable-rate mortgages and bridge loans in their own category."""
    if kind is CreditKind.MORTGAGE_VARIABLE:
        return UsuryCategory.MORTGAGE_VARIABLE
    if kind is CreditKind.BRIDGE:
        return UsuryCategory.BRIDGE_LOAN
    if kind is CreditKind.MORTGAGE_FIXED:
        if months < 120:
            return UsuryCategory.MORTGAGE_FIXED_UNDER_10Y
        if months < 240:
            return UsuryCategory.MORTGAGE_FIXED_10_TO_20Y
        return UsuryCategory.MORTGAGE_FIXED_20Y_PLUS
    return consumer_category(amount)


def usury_category(
    product: LoanCategory, amount: Decimal, months: int, rate_type: RateType = RateType.FIXED
) -> UsuryCategory:
    """The usury category of a credit rescheduling one loan of *product*."""
    return usury_category_for(credit_kind_of(product, rate_type), amount, months)


@dataclass(frozen=True, slots=True)
class UsuryThreshold:
    """The usury rate (a TAEG ceiling, percent) of a category from a date on, up to
    ``effective_until`` included (the end of its quarter), with its source."""

    category: UsuryCategory
    effective_from: date
    rate_pct: Decimal
    effective_until: date | None = None
    source: str = ""

    def applies_on(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_until is None or day <= self.effective_until
        )


@dataclass(frozen=True, slots=True)
class UsuryTable:
    """A dated table of thresholds: the latest entry in force on the date applies; an
    entry with an end date is never used after it (published quarters end)."""

    entries: tuple[UsuryThreshold, ...]

    def threshold(self, category: UsuryCategory, on: date) -> UsuryThreshold | None:
        best: UsuryThreshold | None = None
        for entry in self.entries:
            if entry.category is not category or not entry.applies_on(on):
                continue
            if best is None or entry.effective_from > best.effective_from:
                best = entry
        return best

    def threshold_pct(self, category: UsuryCategory, on: date) -> Decimal | None:
        entry = self.threshold(category, on)
        return None if entry is None else entry.rate_pct


# No usury figures in code: the published ones are loaded from resources/reference_data/.
NO_USURY_TABLE: Final = UsuryTable(())


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

    usury_table: UsuryTable = NO_USURY_TABLE
    # The kind of credit the usury check gives a case's plans when it is not the main
    # contract's (a plan merging several loans: see :func:`merged_credit_kind`); ``None``
    # follows the contract's product (:func:`credit_kind_of`).
    usury_credit_kind: CreditKind | None = None
    delegation: DelegationLimits = DEMO_DELEGATION
    floors: ResteAVivreFloors = DEMO_FLOORS
    max_effort_rate_pct: Decimal = MAX_EFFORT_RATE_PCT
    court_benchmark_months: int = COURT_BENCHMARK_MONTHS
    overindebtedness_benchmark_months: int = OVERINDEBTEDNESS_BENCHMARK_MONTHS
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
    # Whether the sealed agreement PDFs of an anonymised case are kept as evidence of the
    # contract. When not, the retention job removes their bytes (the one change the
    # schema's triggers allow, migration 0017); their SHA-256 and the snapshot stay.
    # An installation sets it in settings.json: "retention": {"keep_agreement_documents":
    # false}. The countersigned scans are kept either way (for now).
    retention_keeps_agreement_documents: bool = True
    # The cure period a formal notice (mise en demeure) gives, in days from the letter,
    # before the loan may be accelerated or an agreement's termination clause applies: the
    # bank's contracts say how long; fifteen days is the usual clause (Cass. 1re civ.,
    # 22 June 2017, no. 16-18.418: the notice must precede acceleration and give a
    # reasonable period). An agreement prints the period in force when it is made.
    formal_notice_cure_days: int = 15
    # Arrêté of 26 October 2010 on the FICP, art. 4: the incident may be reported to the
    # Banque de France only if it is not settled within 30 days of informing the debtor.
    ficp_notice_days: int = 30
    # Days after an agreement instalment's due date before it counts as missed (the
    # case then comes back to the officer's queue, marked "agreement in default"): a
    # transfer or direct debit takes a few working days to show, and a client paid on
    # the 10th may pay a little after a due date on the 1st. The bank's to set.
    instalment_grace_days: int = 10


DEMO_POLICY: Final = Policy()
