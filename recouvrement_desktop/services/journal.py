"""Quick entries on a case's journal: notes, contacts, promises, life events, payments.

Each function is one unit of work: the new journal entry, the change to the case's queue
columns and the audit event are committed together, or nothing is. Invalid input raises
``JournalError`` before anything is written. Every function returns the created entry
(as a ``JournalEntryView``).

Rules for the work-queue columns of ``Case``:

- ``last_contact_at`` moves to the moment of every logged contact, *attempts included*
  (no answer, voicemail, letter sent): the queue uses it to pace solicitations, and an
  unanswered call is a solicitation too. It never moves backwards, so a contact logged
  late with an earlier time leaves a later one in place.
- ``next_action_date``: a promise asks for a check the day after its due date (when the
  payment should have arrived). A new date replaces the current one when it is earlier,
  or when the current one is today or overdue, because the officer working the case now
  has just done that action (see ``schedule_next_action``).
- A payment settles the case's promises in the same transaction (``services.promises``).
  A payment the bank reversed is undone by a PAYMENT of the opposite amount that
  ``corrects`` it (``write_payment_reversal``).

Entries are append-only: ``correct_entry`` writes a NOTE whose ``corrects_id`` points at
the original entry (always the original, never a correction, so that all corrections of an
entry hang from it and the newest one wins). A correction amends text, never figures.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, JournalEntry
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.recovery import (
    Channel,
    ContactResult,
    Direction,
    JournalKind,
    LifeEventType,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services.agreement_followup import follow_in
from recouvrement_desktop.services.legal_deadlines import refresh_cases
from recouvrement_desktop.services.permissions import authorize_case
from recouvrement_desktop.services.promises import PromisePolicy, settle_in
from recouvrement_desktop.services.unit_of_work import UnitOfWork, unit_of_work
from recouvrement_desktop.services.views import JournalEntryView, journal_entry_view

CENT = Decimal("0.01")
MAX_NOTE_LENGTH = 4000
# Clocks of two machines never agree exactly: a contact a little "in the future" is fine.
CLOCK_SKEW = timedelta(minutes=5)
# Payments are dated by day; noon UTC is the same calendar day all over Europe.
PAYMENT_TIME = time(12, 0, tzinfo=UTC)


class JournalError(UserFacingError):
    context = "Journal"


@dataclass(frozen=True)
class Clock:
    """The present, injectable so that tests and batch jobs choose their "today"."""

    now: datetime

    @property
    def today(self) -> date:
        return self.now.astimezone().date()


def clock(now: datetime | None = None) -> Clock:
    return Clock(now or utc_now())


def journal_error(error: type[UserFacingError], message: str) -> UserFacingError:
    """An error of the caller's class (``SessionError``…) with a message marked in the
    "Journal" context, where it is then translated."""
    raised = error(message)
    raised.context = "Journal"
    return raised


def require_officer(
    officer: Identity | None, error: type[UserFacingError] = JournalError
) -> Identity:
    if officer is None:
        raise journal_error(error, QT_TRANSLATE_NOOP("Journal", "No officer is signed in."))
    return officer


def locked_case(
    session: Session, case_id: int, error: type[UserFacingError] = JournalError
) -> Case:
    """The case, locked for this transaction on PostgreSQL (concurrent writers queue up)."""
    found = session.execute(
        select(Case).where(Case.id == case_id).with_for_update()
    ).scalar_one_or_none()
    if found is None:
        raise journal_error(error, QT_TRANSLATE_NOOP("Journal", "This case no longer exists."))
    return found


def clean_note(text: str | None, *, required: bool) -> str | None:
    cleaned = (text or "").strip()
    if required and not cleaned:
        raise JournalError(QT_TRANSLATE_NOOP("Journal", "Write the note before saving it."))
    if len(cleaned) > MAX_NOTE_LENGTH:
        raise JournalError(
            QT_TRANSLATE_NOOP("Journal", "A note holds at most {count} characters."),
            count=MAX_NOTE_LENGTH,
        )
    return cleaned or None


def positive_amount(amount: Decimal) -> Decimal:
    if not amount.is_finite() or amount <= 0:
        raise JournalError(QT_TRANSLATE_NOOP("Journal", "The amount must be more than zero."))
    if amount != amount.quantize(CENT):
        raise JournalError(QT_TRANSLATE_NOOP("Journal", "An amount has at most two decimals."))
    return amount.quantize(CENT)


def schedule_next_action(case: Case, candidate: date, today: date) -> None:
    """Bring the next action forward to ``candidate`` (see the module docstring)."""
    current = case.next_action_date
    if current is None or current <= today or candidate < current:
        case.next_action_date = candidate


def note_contact(case: Case, at: datetime) -> None:
    if case.last_contact_at is None or at > case.last_contact_at:
        case.last_contact_at = at


def new_entry(
    uow: UnitOfWork,
    case: Case,
    kind: JournalKind,
    at: datetime,
    *,
    by: int | None = None,
    **values: Any,
) -> JournalEntry:
    """A new entry on *case*, written for the acting officer or, with *by*, for another
    (an approval records the plan under its maker's name)."""
    entry = JournalEntry(
        uuid=uuid.uuid4(),  # now, not at flush: the audit event names it before the flush
        case_id=case.id,
        kind=kind,
        occurred_at=at,
        officer_id=by if by is not None else (uow.officer.id if uow.officer else None),
        **values,
    )
    uow.session.add(entry)
    return entry


def _audit(uow: UnitOfWork, action: str, entry: JournalEntry, case: Case, **details: Any) -> None:
    uow.audit(action, "journal_entry", entry.uuid, case=str(case.uuid), **details)


def add_note(
    database: Database, officer: Identity | None, case_id: int, text: str
) -> JournalEntryView:
    require_officer(officer)
    note = clean_note(text, required=True)
    authorize_case(database, officer, case_id, Permission.WORK_CASES)
    with unit_of_work(database, officer) as uow:
        case = locked_case(uow.session, case_id)
        entry = new_entry(uow, case, JournalKind.NOTE, utc_now(), note=note)
        _audit(uow, "journal.note", entry, case)
    return journal_entry_view(entry)


def log_contact(  # noqa: PLR0917 - the signature agreed in issue 4
    database: Database,
    officer: Identity | None,
    case_id: int,
    channel: Channel,
    direction: Direction,
    result: ContactResult,
    note: str | None,
    at: datetime | None = None,
) -> JournalEntryView:
    """A contact or an attempt; ``at`` (timezone-aware) defaults to now."""
    require_officer(officer)
    text = clean_note(note, required=False)
    now = utc_now()
    when = at or now
    if when.tzinfo is None:
        raise ValueError("naive datetime: the contact time must carry a timezone")
    if when > now + CLOCK_SKEW:
        raise JournalError(QT_TRANSLATE_NOOP("Journal", "A contact cannot be in the future."))
    authorize_case(database, officer, case_id, Permission.WORK_CASES)
    with unit_of_work(database, officer) as uow:
        case = locked_case(uow.session, case_id)
        entry = new_entry(
            uow,
            case,
            JournalKind.CONTACT,
            when,
            channel=Channel(channel),
            direction=Direction(direction),
            result=ContactResult(result),
            note=text,
        )
        note_contact(case, when)
        _audit(
            uow,
            "journal.contact",
            entry,
            case,
            channel=entry.channel,
            direction=entry.direction,
            result=entry.result,
        )
    return journal_entry_view(entry)


def add_promise(  # noqa: PLR0917 - the signature agreed in issue 4
    database: Database,
    officer: Identity | None,
    case_id: int,
    amount: Decimal,
    due_date: date,
    note: str | None = None,
    *,
    now: datetime | None = None,
) -> JournalEntryView:
    """A promise to pay ``amount`` by ``due_date`` (today at the earliest)."""
    require_officer(officer)
    value = positive_amount(amount)
    text = clean_note(note, required=False)
    present = clock(now)
    if due_date < present.today:
        raise JournalError(QT_TRANSLATE_NOOP("Journal", "The due date cannot be in the past."))
    authorize_case(database, officer, case_id, Permission.WORK_CASES)
    with unit_of_work(database, officer) as uow:
        case = locked_case(uow.session, case_id)
        entry = new_entry(
            uow, case, JournalKind.PROMISE, present.now, amount=value, due_date=due_date, note=text
        )
        schedule_next_action(case, due_date + timedelta(days=1), present.today)
        _audit(uow, "journal.promise", entry, case, amount=value, due_date=due_date.isoformat())
    return journal_entry_view(entry)


def add_life_event(
    database: Database,
    officer: Identity | None,
    case_id: int,
    event: LifeEventType,
    note: str | None,
) -> JournalEntryView:
    require_officer(officer)
    text = clean_note(note, required=False)
    authorize_case(database, officer, case_id, Permission.WORK_CASES)
    with unit_of_work(database, officer) as uow:
        case = locked_case(uow.session, case_id)
        entry = new_entry(
            uow, case, JournalKind.LIFE_EVENT, utc_now(), life_event=LifeEventType(event), note=text
        )
        _audit(uow, "journal.life_event", entry, case, event=entry.life_event)
    return journal_entry_view(entry)


def record_payment(
    database: Database,
    officer: Identity | None,
    case_id: int,
    amount: Decimal,
    received_on: date,
    *,
    now: datetime | None = None,
    policy: PromisePolicy | None = None,
) -> JournalEntryView:
    """A payment received on a day (not in the future); the case's promises are settled
    in the same transaction, by ``policy`` (the application's, default ``PromisePolicy()``)."""
    require_officer(officer)
    value = positive_amount(amount)
    present = clock(now)
    if received_on > present.today:
        raise JournalError(
            QT_TRANSLATE_NOOP("Journal", "A payment cannot be received in the future.")
        )
    authorize_case(database, officer, case_id, Permission.WORK_CASES)
    with unit_of_work(database, officer) as uow:
        case = locked_case(uow.session, case_id)
        entry = write_payment(uow, case, value, received_on)
        uow.session.flush()
        settle_in(uow, present.today, policy or PromisePolicy(), case_ids=[case.id])
        follow_in(uow, present.today, [case.id])
        # Imputed to an agreement's oldest instalments: its forclusion may move on.
        refresh_cases(uow.session, [case.id])
    return journal_entry_view(entry)


def write_payment(
    uow: UnitOfWork, case: Case, amount: Decimal, received_on: date, **values: Any
) -> JournalEntry:
    """The PAYMENT entry of a payment received on a day, and its audit event, inside an
    open unit of work (the caller settles the case's promises after it: one settlement
    for a whole bank statement). ``values``: more columns (a ``payload``)."""
    at = datetime.combine(received_on, PAYMENT_TIME)
    entry = new_entry(uow, case, JournalKind.PAYMENT, at, amount=amount, **values)
    _audit(uow, "journal.payment", entry, case, amount=amount, received_on=received_on.isoformat())
    return entry


def write_payment_reversal(
    uow: UnitOfWork, case: Case, original: JournalEntry, reversed_on: date, **values: Any
) -> JournalEntry:
    """The entry that undoes a payment the bank reversed: a PAYMENT of the opposite
    amount whose ``corrects_id`` names the payment (the journal is append-only, so the
    payment stays, and promise settlement leaves a reversed payment out)."""
    at = datetime.combine(reversed_on, PAYMENT_TIME)
    amount = -(original.amount or Decimal(0))
    entry = new_entry(
        uow, case, JournalKind.PAYMENT, at, amount=amount, corrects_id=original.id, **values
    )
    _audit(
        uow, "journal.payment_reversed", entry, case,
        amount=amount, reverses=str(original.uuid), reversed_on=reversed_on.isoformat(),
    )  # fmt: skip
    return entry


def correct_entry(
    database: Database, officer: Identity | None, entry_id: int, new_note: str
) -> JournalEntryView:
    require_officer(officer)
    note = clean_note(new_note, required=True)
    with database.session() as session:
        corrected = session.get(JournalEntry, entry_id)
        case_id = corrected.case_id if corrected is not None else None
    if case_id is not None:
        authorize_case(database, officer, case_id, Permission.WORK_CASES)
    with unit_of_work(database, officer) as uow:
        original = uow.session.get(JournalEntry, entry_id)
        if original is None:
            raise JournalError(QT_TRANSLATE_NOOP("Journal", "This entry no longer exists."))
        if original.corrects_id is not None:
            original = uow.session.get_one(JournalEntry, original.corrects_id)
        case = locked_case(uow.session, original.case_id)
        entry = new_entry(
            uow, case, JournalKind.NOTE, utc_now(), note=note, corrects_id=original.id
        )
        _audit(uow, "journal.correct", entry, case, corrects=str(original.uuid))
    return journal_entry_view(entry)
