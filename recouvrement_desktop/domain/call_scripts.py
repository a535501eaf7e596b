"""Which call script fits a case: chosen from plain facts of the case, nothing else.

The officer's screen shows, during a call or a meeting, the script of the situation
(``resources/call_scripts/<language>/<situation>.md``). The situation is decided here
from facts the service reads from the case (``services/call_scripts.py``); the most
pressing one wins: an agreement in default, then a broken promise, then a first contact,
else the general follow-up script.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final

from recouvrement_desktop.domain.recovery import ContactResult

__all__ = [
    "REACHED_RESULTS",
    "CallFacts",
    "CallSituation",
    "MissedInstalment",
    "call_situation",
    "first_missed_instalment",
]


class CallSituation(StrEnum):
    """One script per situation (its file's name)."""

    FIRST_CONTACT = "first-contact"  # the client was never reached
    BROKEN_PROMISE = "broken-promise"  # a promise to pay fell due unpaid, still open
    AGREEMENT_DEFAULT = "agreement-default"  # a signed agreement with a missed instalment
    FOLLOW_UP = "follow-up"  # none of these: the general script


#: Results of a contact that mean the client was spoken to.
REACHED_RESULTS: Final = frozenset(
    {
        ContactResult.REACHED,
        ContactResult.PROMISE_OBTAINED,
        ContactResult.REFUSAL,
        ContactResult.CALLBACK_REQUESTED,
        ContactResult.AGREEMENT_REACHED,
    }
)


@dataclass(frozen=True, slots=True)
class CallFacts:
    """What the choice depends on, read from the case."""

    open_broken_promise: bool  # a promise fell due unpaid and none kept since
    agreement_instalment_missed: bool  # a signed agreement has an instalment unpaid
    previously_reached: bool  # the client was spoken to before (contact, promise, session)


def call_situation(facts: CallFacts) -> CallSituation:
    """The script for *facts*: a broken commitment first (the most recent and the most
    binding: a signed agreement before a promise), then the first contact."""
    if facts.agreement_instalment_missed:
        return CallSituation.AGREEMENT_DEFAULT
    if facts.open_broken_promise:
        return CallSituation.BROKEN_PROMISE
    if not facts.previously_reached:
        return CallSituation.FIRST_CONTACT
    return CallSituation.FOLLOW_UP


@dataclass(frozen=True, slots=True)
class MissedInstalment:
    due_date: date
    amount: Decimal  # the instalment as scheduled


def first_missed_instalment(
    instalments: Iterable[tuple[date, Decimal]],
    paid: Decimal,
    today: date,
    tolerance: Decimal = Decimal("1.00"),
) -> MissedInstalment | None:
    """The first instalment due before *today* that the payments received since the
    agreement (*paid*, in total) do not cover, within *tolerance*; ``None`` when every
    instalment fallen due is paid. Payments go to the instalments in their order."""
    covered = paid + tolerance
    due = Decimal(0)
    for due_date, amount in sorted(instalments):
        if due_date >= today:
            break
        due += amount
        if due > covered:
            return MissedInstalment(due_date, amount)
    return None
