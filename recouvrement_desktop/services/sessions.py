"""Negotiation sessions: a phone call or a branch meeting, the offers kept, the outcome.

The journal is append-only, so a session is told by entries that point at its start:

- **start** — a SESSION entry: ``channel`` (phone or branch), ``occurred_at`` = start,
  ``payload`` = ``{"channel", "started_at"}``. Starting counts as a contact attempt
  (``Case.last_contact_at``). A case has at most one open session (a start without end).
- **offers** — OFFER entries with ``refers_to_id`` → the start, ``channel`` of the session,
  ``payload`` = the plan shown, a ``KeptOffer`` in its versioned JSON form
  (``services/offers.py``).
- **end** — a SESSION_OUTCOME entry with ``refers_to_id`` → the start, ``result`` = the
  matching ``ContactResult`` (so contact statistics see sessions too), ``note``, and
  ``payload`` = ``{"channel", "started_at", "ended_at", "duration_seconds", "outcome",
  "callback_at", "offers"}``: the end alone tells the whole session for the history.

A callback needs a future date-time and brings the case's next action to its day (in the
time zone the caller gave, normally the officer's), by the rule of
``journal.schedule_next_action``. "Plan accepted" only records the outcome: the agreement
is written by its own service. "Promise to pay" likewise: the promise is a quick entry.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import JournalEntry
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.recovery import (
    Channel,
    ContactResult,
    JournalKind,
    SessionOutcome,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services.journal import clean_note as _clean_note
from recouvrement_desktop.services.journal import (
    locked_case,
    new_entry,
    note_contact,
    require_officer,
    schedule_next_action,
)
from recouvrement_desktop.services.offers import KeptOffer, offer_json
from recouvrement_desktop.services.permissions import authorize_case
from recouvrement_desktop.services.unit_of_work import unit_of_work
from recouvrement_desktop.services.views import JournalEntryView, journal_entry_view

SESSION_CHANNELS = (Channel.PHONE, Channel.BRANCH)
RESULTS = {
    SessionOutcome.PLAN_ACCEPTED: ContactResult.AGREEMENT_REACHED,
    SessionOutcome.PROMISE_TO_PAY: ContactResult.PROMISE_OBTAINED,
    SessionOutcome.CALLBACK: ContactResult.CALLBACK_REQUESTED,
    SessionOutcome.REFUSAL: ContactResult.REFUSAL,
    SessionOutcome.NO_ANSWER: ContactResult.NO_ANSWER,
}


class SessionError(UserFacingError):
    context = "Sessions"


@dataclass(frozen=True)
class SessionView:
    """A session as the window shows it: start, offers and, once ended, its outcome."""

    id: int
    uuid: uuid.UUID
    case_id: int
    channel: Channel
    started_at: datetime
    offers: tuple[JournalEntryView, ...]
    ended_at: datetime | None = None
    outcome: SessionOutcome | None = None
    callback_at: datetime | None = None
    note: str | None = None

    @property
    def is_open(self) -> bool:
        return self.ended_at is None

    def duration_seconds(self, now: datetime | None = None) -> int:
        end = self.ended_at or now or utc_now()
        return max(0, int((end - self.started_at).total_seconds()))


def _authorize_session(database: Database, officer: Identity | None, session_id: int) -> None:
    """The officer may work on the case of the session (a session gone: the service's
    own message follows)."""
    with database.session() as session:
        start = session.get(JournalEntry, session_id)
        case_id = start.case_id if start is not None else None
    if case_id is not None:
        authorize_case(database, officer, case_id, Permission.WORK_CASES)


def _start_entry(session: Session, session_id: int) -> JournalEntry:
    entry = session.get(JournalEntry, session_id)
    if entry is None or entry.kind != JournalKind.SESSION:
        raise SessionError(QT_TRANSLATE_NOOP("Sessions", "This session no longer exists."))
    return entry


def _end_of(session: Session, session_id: int, case_id: int) -> JournalEntry | None:
    return session.execute(
        select(JournalEntry)
        .where(JournalEntry.case_id == case_id)  # uses the case index
        .where(JournalEntry.kind == JournalKind.SESSION_OUTCOME)
        .where(JournalEntry.refers_to_id == session_id)
        .order_by(JournalEntry.id)
        .limit(1)
    ).scalar_one_or_none()


def _open_start(session: Session, case_id: int) -> JournalEntry | None:
    end = aliased(JournalEntry)
    ended = (
        select(end.refers_to_id)
        .where(end.case_id == case_id)
        .where(end.kind == JournalKind.SESSION_OUTCOME)
        .where(end.refers_to_id.is_not(None))
    )
    return session.execute(
        select(JournalEntry)
        .where(JournalEntry.case_id == case_id)
        .where(JournalEntry.kind == JournalKind.SESSION)
        .where(JournalEntry.id.not_in(ended))
        .order_by(JournalEntry.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def _require_open(session: Session, session_id: int) -> JournalEntry:
    start = _start_entry(session, session_id)
    locked_case(session, start.case_id, SessionError)  # queue concurrent writers
    if _end_of(session, start.id, start.case_id) is not None:
        raise SessionError(QT_TRANSLATE_NOOP("Sessions", "This session has already ended."))
    return start


def start_session(
    database: Database, officer: Identity | None, case_id: int, channel: Channel
) -> SessionView:
    require_officer(officer, SessionError)
    if channel not in SESSION_CHANNELS:
        raise SessionError(
            QT_TRANSLATE_NOOP("Sessions", "A session is a phone call or a branch meeting.")
        )
    authorize_case(database, officer, case_id, Permission.WORK_CASES)
    with unit_of_work(database, officer) as uow:
        case = locked_case(uow.session, case_id, SessionError)
        if _open_start(uow.session, case_id) is not None:
            raise SessionError(
                QT_TRANSLATE_NOOP("Sessions", "A session is already open on this case.")
            )
        now = utc_now()
        entry = new_entry(
            uow,
            case,
            JournalKind.SESSION,
            now,
            channel=Channel(channel),
            payload={"channel": Channel(channel).value, "started_at": now.isoformat()},
        )
        note_contact(case, now)
        uow.audit(
            "session.start", "journal_entry", entry.uuid, case=str(case.uuid), channel=channel
        )
    return SessionView(entry.id, entry.uuid, case_id, Channel(channel), now, ())


def keep_offer(
    database: Database, officer: Identity | None, session_id: int, offer: KeptOffer
) -> JournalEntryView:
    """Keep a plan shown during an open session as an offer."""
    require_officer(officer, SessionError)
    if offer.inputs is None:  # nothing that gives the plan again: nothing to keep
        raise SessionError(QT_TRANSLATE_NOOP("Sessions", "There is no offer to keep."))
    payload = offer_json(offer)
    _authorize_session(database, officer, session_id)
    with unit_of_work(database, officer) as uow:
        start = _require_open(uow.session, session_id)
        case = locked_case(uow.session, start.case_id, SessionError)
        entry = new_entry(
            uow,
            case,
            JournalKind.OFFER,
            utc_now(),
            channel=start.channel,
            refers_to_id=start.id,
            payload=payload,
        )
        uow.audit(
            "session.offer",
            "journal_entry",
            entry.uuid,
            case=str(case.uuid),
            session=str(start.uuid),
            offer=payload,
        )
    return journal_entry_view(entry)


def end_session(  # noqa: PLR0917 - the signature agreed in issue 4
    database: Database,
    officer: Identity | None,
    session_id: int,
    outcome: SessionOutcome,
    callback_at: datetime | None = None,
    note: str | None = None,
    *,
    now: datetime | None = None,
) -> SessionView:
    require_officer(officer, SessionError)
    outcome = SessionOutcome(outcome)
    text = _clean_note(note, required=False)
    ended_at = now or utc_now()
    if outcome == SessionOutcome.CALLBACK:
        if callback_at is None:
            raise SessionError(QT_TRANSLATE_NOOP("Sessions", "Choose when to call back."))
        if callback_at.tzinfo is None:
            raise ValueError("naive datetime: the callback time must carry a timezone")
        if callback_at <= ended_at:
            raise SessionError(QT_TRANSLATE_NOOP("Sessions", "The callback must be in the future."))
    elif callback_at is not None:
        raise SessionError(
            QT_TRANSLATE_NOOP("Sessions", "Only a callback has a date and time to call back.")
        )
    _authorize_session(database, officer, session_id)
    with unit_of_work(database, officer) as uow:
        start = _require_open(uow.session, session_id)
        case = locked_case(uow.session, start.case_id, SessionError)
        offers = _offers(uow.session, start)
        started_at = start.occurred_at
        payload = {
            "channel": start.channel.value if start.channel else None,
            "started_at": started_at.isoformat(),
            "ended_at": ended_at.isoformat(),
            "duration_seconds": max(0, int((ended_at - started_at).total_seconds())),
            "outcome": outcome.value,
            "callback_at": callback_at.isoformat() if callback_at else None,
            "offers": len(offers),
        }
        entry = new_entry(
            uow,
            case,
            JournalKind.SESSION_OUTCOME,
            ended_at,
            channel=start.channel,
            result=RESULTS[outcome],
            refers_to_id=start.id,
            note=text,
            payload=payload,
        )
        if callback_at is not None:
            schedule_next_action(case, callback_at.date(), ended_at.astimezone().date())
        uow.audit(
            "session.end",
            "journal_entry",
            entry.uuid,
            case=str(case.uuid),
            session=str(start.uuid),
            **payload,
        )
    return _view(start, offers, entry)


def _offers(session: Session, start: JournalEntry) -> tuple[JournalEntryView, ...]:
    return tuple(
        journal_entry_view(entry)
        for entry in session.execute(
            select(JournalEntry)
            .where(JournalEntry.case_id == start.case_id)
            .where(JournalEntry.kind == JournalKind.OFFER)
            .where(JournalEntry.refers_to_id == start.id)
            .order_by(JournalEntry.occurred_at, JournalEntry.id)
        ).scalars()
    )


def _view(
    start: JournalEntry, offers: tuple[JournalEntryView, ...], end: JournalEntry | None
) -> SessionView:
    payload = (end.payload or {}) if end else {}
    callback = payload.get("callback_at")
    return SessionView(
        id=start.id,
        uuid=start.uuid,
        case_id=start.case_id,
        channel=start.channel or Channel.PHONE,
        started_at=start.occurred_at,
        offers=offers,
        ended_at=end.occurred_at if end else None,
        outcome=SessionOutcome(payload["outcome"]) if end else None,
        callback_at=datetime.fromisoformat(callback) if callback else None,
        note=end.note if end else None,
    )


def open_session(database: Database, case_id: int) -> SessionView | None:
    """The case's open session, if any (to resume it after the case was reselected)."""
    with database.session() as session:
        start = _open_start(session, case_id)
        return _view(start, _offers(session, start), None) if start else None


def session_with_offers(database: Database, session_id: int) -> SessionView:
    with database.session() as session:
        start = _start_entry(session, session_id)
        return _view(start, _offers(session, start), _end_of(session, start.id, start.case_id))
