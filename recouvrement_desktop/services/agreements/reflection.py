"""A mortgage amendment is accepted only after its reflection period (C. consom. L313-39).

The amendment the client receives is the plan kept as an offer during a negotiation
session (``services/sessions.keep_offer``): the day of the first kept offer with the
plan's terms (number of instalments, instalment, rate) is the day the client received
it, in the branch or by the message sent that day. The acceptance follows from it: not
before ``domain/mortgage_amendment.earliest_acceptance`` of that day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.models import JournalEntry
from recouvrement_desktop.domain.mortgage_amendment import REFLECTION_DAYS, earliest_acceptance
from recouvrement_desktop.domain.recovery import JournalKind
from recouvrement_desktop.domain.rescheduling import Restructuring
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.services.agreements.errors import AgreementError
from recouvrement_desktop.services.offers import OfferFormatError, read_offer

__all__ = ["Reflection", "mortgage_offer_date", "require_reflection"]


@dataclass(frozen=True, slots=True)
class Reflection:
    """When the amendment was offered and the first day it may be accepted."""

    offered_on: date
    acceptance_from: date


def mortgage_offer_date(session: Session, case_id: int, plan: Restructuring) -> date | None:
    """The day the case's first kept offer with *plan*'s terms was made, or ``None``."""
    schedule = plan.schedule
    entries = session.scalars(
        select(JournalEntry)
        .where(JournalEntry.case_id == case_id, JournalEntry.kind == JournalKind.OFFER)
        .order_by(JournalEntry.occurred_at, JournalEntry.id)
    )
    for entry in entries:
        try:
            offer = read_offer(entry.payload or {})
        except (OfferFormatError, KeyError, ValueError):
            continue
        if (offer.periods, offer.installment, offer.rate_pct) == (
            schedule.periods,
            schedule.installment,
            plan.rate_pct,
        ):
            return entry.occurred_at.astimezone().date()
    return None


def require_reflection(offered_on: date | None, accepted_on: date) -> Reflection:
    """The reflection of a mortgage amendment accepted on *accepted_on*, or an
    ``AgreementError`` saying from when the client may accept it."""
    if offered_on is None:
        raise AgreementError(
            QT_TRANSLATE_NOOP(
                "Agreements",
                "A mortgage amendment is accepted only after the client has received it: keep this plan as an offer first; the client may accept it after {days} days' reflection (C. consom. L313-39).",  # noqa: E501
            ),
            days=REFLECTION_DAYS,
        )
    earliest = earliest_acceptance(offered_on)
    if accepted_on < earliest:
        raise AgreementError(
            QT_TRANSLATE_NOOP(
                "Agreements",
                "This mortgage amendment was offered on {offered}: after {days} days' reflection the client may accept it from {earliest}, not before (C. consom. L313-39).",  # noqa: E501
            ),
            offered=offered_on.isoformat(),
            earliest=earliest.isoformat(),
            days=REFLECTION_DAYS,
        )
    return Reflection(offered_on, earliest)
