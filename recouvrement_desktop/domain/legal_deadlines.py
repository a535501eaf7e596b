"""Legal deadlines of a contract in default: the first unregularised unpaid instalment
and the forclusion of consumer credit.

- Payments are imputed to the oldest instalments due first (Code civil, art. 1342-10:
  failing the debtor's choice, to the debts due; among those, to the ones the debtor
  had most interest in paying; with equal interest, as the instalments of one
  contract are, to the oldest).
- Consumer credit: an action for payment must be brought within two years of the event
  that gave rise to it, on pain of forclusion (Code de la consommation, art. R312-35):
  the first unregularised payment incident; for an overdraft, the overrun not
  regularised at the end of the three months of art. L312-93. When the unpaid
  instalments were rescheduled, the two years run from the first unregularised
  incident after the first rescheduling: a signed agreement restarts them from its
  own first unpaid instalment.
- Mortgages (real-estate credit) have no forclusion: the consumer's two-year
  prescription (art. L218-2) applies instead, left to the bank's legal department.
- A period in months or years ends on the day of the same number, or the month's last
  day when there is none (Code de procédure civile, art. 641): 29 February 2024 plus
  two years is 28 February 2026.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final

from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.recovery import LoanCategory

__all__ = [
    "FORCLUSION_MONTHS",
    "OVERDRAFT_OVERRUN_MONTHS",
    "DeadlineRule",
    "Forclusion",
    "ForclusionState",
    "Instalment",
    "Payment",
    "expiry_from",
    "first_uncovered",
    "first_unregularised",
    "forclusion",
    "forclusion_event",
    "rule_of",
]

FORCLUSION_MONTHS: Final = 24  # two years, C. consom. art. R312-35
OVERDRAFT_OVERRUN_MONTHS: Final = 3  # C. consom. art. L312-93
FORCLUSION_REFERENCE: Final = "C. consom. art. R312-35"
MORTGAGE_REFERENCE: Final = "C. consom. art. L218-2"


class DeadlineRule(StrEnum):
    """Which deadline a contract's category follows."""

    CONSUMER = "consumer"  # instalment credit: forclusion from the first unpaid one
    OVERDRAFT = "overdraft"  # forclusion from the overrun still there after 3 months
    MORTGAGE = "mortgage"  # no forclusion


def rule_of(category: LoanCategory) -> DeadlineRule:
    if category is LoanCategory.MORTGAGE:
        return DeadlineRule.MORTGAGE
    if category is LoanCategory.OVERDRAFT:
        return DeadlineRule.OVERDRAFT
    return DeadlineRule.CONSUMER


@dataclass(frozen=True, slots=True)
class Instalment:
    due: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Payment:
    received_on: date
    amount: Decimal


def first_uncovered(
    instalments: Sequence[Instalment], payments: Iterable[Payment], until: date | None = None
) -> Instalment | None:
    """The first instalment (in due order) that the payments received up to ``until``
    do not pay whole, each payment imputed to the oldest instalment first; ``None``
    when every instalment is paid."""
    paid = sum((p.amount for p in payments if until is None or p.received_on <= until), Decimal(0))
    for instalment in sorted(instalments, key=lambda one: one.due):
        if paid < instalment.amount:
            return instalment
        paid -= instalment.amount
    return None


def first_unregularised(
    instalments: Sequence[Instalment], payments: Iterable[Payment], today: date
) -> date | None:
    """The due date of the first unpaid instalment that is not regularised today: the
    oldest instalment due by ``today`` that the payments so far do not cover."""
    found = first_uncovered(instalments, payments, today)
    return found.due if found is not None and found.due <= today else None


class ForclusionState(StrEnum):
    NOT_APPLICABLE = "not_applicable"  # a mortgage
    NOT_RUNNING = "not_running"  # nothing unpaid (or the overrun not three months old)
    RUNNING = "running"


@dataclass(frozen=True, slots=True)
class Forclusion:
    """The forclusion of one contract: the event that started the two years (``event``)
    and the last day an action for payment may be brought (``expires_on``)."""

    state: ForclusionState
    event: date | None = None
    expires_on: date | None = None

    @property
    def reference(self) -> str:
        if self.state is ForclusionState.NOT_APPLICABLE:
            return MORTGAGE_REFERENCE
        return FORCLUSION_REFERENCE

    def days_left(self, today: date) -> int | None:
        return None if self.expires_on is None else (self.expires_on - today).days


def forclusion(
    category: LoanCategory,
    first_unpaid: date | None,
    today: date,
    *,
    rescheduled_first_unpaid: date | None = None,
    rescheduled: bool = False,
) -> Forclusion:
    """The forclusion of a contract of ``category`` whose first unregularised unpaid
    instalment (for an overdraft: the first day of the overrun) is ``first_unpaid``.

    ``rescheduled``: the contract is under a signed rescheduling agreement, whose own
    first unpaid instalment is ``rescheduled_first_unpaid`` (``None``: fully paid so
    far); the two years then run from it alone, whatever the category.
    """
    if rule_of(category) is DeadlineRule.MORTGAGE:
        return Forclusion(ForclusionState.NOT_APPLICABLE)
    event = forclusion_event(
        category,
        first_unpaid,
        rescheduled_first_unpaid=rescheduled_first_unpaid,
        rescheduled=rescheduled,
    )
    if event is None or event > today:
        return Forclusion(ForclusionState.NOT_RUNNING, event, None)
    return Forclusion(ForclusionState.RUNNING, event, expiry_from(event))


def forclusion_event(
    category: LoanCategory,
    first_unpaid: date | None,
    *,
    rescheduled_first_unpaid: date | None = None,
    rescheduled: bool = False,
) -> date | None:
    """The day the two years start (today or later), ``None`` if they never will as
    things stand; what ``forclusion`` reads before comparing with today."""
    rule = rule_of(category)
    if rule is DeadlineRule.MORTGAGE:
        return None
    if rescheduled:
        return rescheduled_first_unpaid
    if first_unpaid is None:
        return None
    if rule is DeadlineRule.OVERDRAFT:
        return add_months(first_unpaid, OVERDRAFT_OVERRUN_MONTHS)
    return first_unpaid


def expiry_from(event: date) -> date:
    """The last day of the two years that start on ``event``."""
    return add_months(event, FORCLUSION_MONTHS)
