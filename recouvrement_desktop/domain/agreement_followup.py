"""Following a signed agreement's new schedule from the payments received.

The payments received since the agreement became binding are imputed to its instalments,
the oldest first (a reversal is a negative payment: it takes back what it reversed).
On a day, an instalment is

- **paid** when the payments received up to that day cover it whole;
- **due** while its due date has not passed (partly paid or not);
- **late** once its due date has passed, during the grace days
  (``Policy.instalment_grace_days``);
- **missed** once the grace days have passed too, without it being covered.

A missed instalment paid later is paid again: the follow-up says where the plan stands,
the journal keeps that it was missed. The plan is **in default** from the day its oldest
missed instalment became missed, for as long as one stays missed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Final

from recouvrement_desktop.domain.legal_deadlines import Instalment, Payment

__all__ = [
    "InstalmentState",
    "InstalmentStatus",
    "PlanProgress",
    "Tally",
    "follow",
    "next_check",
    "progress",
]

ZERO: Final = Decimal("0.00")


class InstalmentStatus(StrEnum):
    PAID = "paid"
    DUE = "due"
    LATE = "late"
    MISSED = "missed"


@dataclass(frozen=True, slots=True)
class InstalmentState:
    """One instalment on the day of the follow-up. ``covered``: what the payments
    imputed to it; ``missed_on``: the first day it counts as missed when unpaid."""

    number: int  # 1 for the first instalment
    due: date
    amount: Decimal
    covered: Decimal
    status: InstalmentStatus
    missed_on: date

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.covered


def follow(
    instalments: Sequence[Instalment],
    payments: Iterable[Payment],
    today: date,
    grace_days: int,
) -> tuple[InstalmentState, ...]:
    """Where each instalment stands on *today* (payments after *today* are not counted)."""
    left = max(ZERO, sum((p.amount for p in payments if p.received_on <= today), ZERO))
    states = []
    ordered = sorted(instalments, key=lambda one: one.due)
    for number, instalment in enumerate(ordered, start=1):
        covered = min(left, instalment.amount)
        left -= covered
        missed_on = instalment.due + timedelta(days=grace_days + 1)
        if covered >= instalment.amount:
            status = InstalmentStatus.PAID
        elif today <= instalment.due:
            status = InstalmentStatus.DUE
        elif today < missed_on:
            status = InstalmentStatus.LATE
        else:
            status = InstalmentStatus.MISSED
        states.append(
            InstalmentState(number, instalment.due, instalment.amount, covered, status, missed_on)
        )
    return tuple(states)


def next_check(states: Sequence[InstalmentState]) -> date | None:
    """The next day an instalment may become missed without any payment: the day the
    first unpaid instalment not yet missed would be; ``None`` when none is left."""
    return min(
        (
            state.missed_on
            for state in states
            if state.status in (InstalmentStatus.DUE, InstalmentStatus.LATE)
        ),
        default=None,
    )


@dataclass(frozen=True, slots=True)
class Tally:
    """How many instalments, and how much: the instalments' amounts for those paid,
    what is left to pay on the others."""

    count: int = 0
    amount: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class PlanProgress:
    paid: Tally
    due: Tally
    late: Tally
    missed: Tally
    imputed: Decimal  # what the payments brought to the plan (never more than its total)
    default_since: date | None  # the day the oldest missed instalment became missed


def progress(states: Sequence[InstalmentState]) -> PlanProgress:
    def tally(status: InstalmentStatus) -> Tally:
        chosen = [s for s in states if s.status is status]
        amounts = (s.amount if status is InstalmentStatus.PAID else s.outstanding for s in chosen)
        return Tally(len(chosen), sum(amounts, ZERO))

    missed = [s.missed_on for s in states if s.status is InstalmentStatus.MISSED]
    return PlanProgress(
        paid=tally(InstalmentStatus.PAID),
        due=tally(InstalmentStatus.DUE),
        late=tally(InstalmentStatus.LATE),
        missed=tally(InstalmentStatus.MISSED),
        imputed=sum((s.covered for s in states), ZERO),
        default_since=min(missed, default=None),
    )
