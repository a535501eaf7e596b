"""The typed contents of journal entries' payloads, with a reader for every version.

A journal entry is append-only: a payload written years ago is read by today's code. So
each payload has a frozen type here and a reader that accepts every shape ever written
(``tests/fixtures/stored`` holds one of each); the window and the commands only see the
types. A payload that none of the readers understands reads as ``None``: the history
still shows the entry and its note, never an error.

Shapes written so far:

- offers (OFFER entries): see ``services/offers.py``;
- AGREEMENT entries: the agreement made binding (``reference``, ``sha256``, ``status``,
  the plan's ``installment``/``periods``/``rate``/``principal``, ``first_check``,
  ``watch_until``); the countersigned paper (``event: "countersigned"``, ``returned_on``,
  ``scan``); the demonstration history's plans (``installment``, ``periods``, ``rate``,
  ``principal`` only);
- STAGE_CHANGE entries to "rescheduled": ``agreement``, ``first_check``, ``watch_until``;
- SESSION entries: ``channel``, ``started_at``; SESSION_OUTCOME entries: ``channel``,
  ``started_at``, ``ended_at``, ``duration_seconds``, ``outcome``, ``callback_at``,
  ``offers``;
- LETTER entries (``services/escalation.py``): ``letter`` (its kind), ``on`` (the batch's
  day), ``channel``, ``language``, ``version`` (of the template), ``recipient``,
  ``sha256`` and ``pdf`` (the document, base64); LETTER_DECISION entries: ``letter``,
  ``decision`` (``approved`` or ``excluded``; the reason is the note), ``on``;
- INSTALMENT_MISSED entries (``services/agreement_followup.py``): ``agreement`` (its
  reference), ``period``, ``due_date``, ``amount`` (the instalment), ``outstanding``
  (what was left unpaid), ``missed_on``, ``grace_days``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    Channel,
    JournalKind,
    SessionOutcome,
)
from recouvrement_desktop.services.offers import KeptOffer, read_offer

__all__ = [
    "AgreementMade",
    "Countersigned",
    "EntryDetails",
    "InstalmentMissed",
    "LetterDecided",
    "LetterSent",
    "SessionEnded",
    "SessionStarted",
    "StageChanged",
    "entry_details",
]


@dataclass(frozen=True, slots=True)
class AgreementMade:
    """A plan made binding (or, in demonstration histories, the plan agreed)."""

    installment: Decimal
    periods: int
    rate_pct: Decimal | None = None
    principal: Decimal | None = None
    reference: str | None = None
    sha256: str | None = None
    status: AgreementState | None = None
    first_check: date | None = None
    watch_until: date | None = None


@dataclass(frozen=True, slots=True)
class Countersigned:
    """The client's countersigned paper came back."""

    reference: str
    returned_on: date
    has_scan: bool


@dataclass(frozen=True, slots=True)
class StageChanged:
    """Why a case moved on: the agreement that rescheduled it and its watch period."""

    agreement: str | None = None
    first_check: date | None = None
    watch_until: date | None = None


@dataclass(frozen=True, slots=True)
class SessionStarted:
    channel: Channel
    started_at: datetime


@dataclass(frozen=True, slots=True)
class SessionEnded:
    """The end of a session tells the whole session (the history shows only it)."""

    channel: Channel | None
    started_at: datetime
    ended_at: datetime
    duration_seconds: int
    outcome: SessionOutcome
    callback_at: datetime | None
    offers: int


@dataclass(frozen=True, slots=True)
class LetterSent:
    """A letter of the escalation sent; its document is archived in the entry."""

    kind: LetterKind
    on: date
    channel: Channel
    version: str
    sha256: str


@dataclass(frozen=True, slots=True)
class LetterDecided:
    """A letter of the batch approved by a supervisor, or excluded (the note says why)."""

    kind: LetterKind
    on: date
    excluded: bool


@dataclass(frozen=True, slots=True)
class InstalmentMissed:
    """An instalment of a binding agreement unpaid once the grace days had passed."""

    agreement: str
    period: int
    due_date: date
    amount: Decimal
    outstanding: Decimal
    missed_on: date
    grace_days: int


EntryDetails = (
    KeptOffer
    | AgreementMade
    | Countersigned
    | StageChanged
    | SessionStarted
    | SessionEnded
    | LetterSent
    | LetterDecided
    | InstalmentMissed
)


def _date(value: Any) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value))


def _moment(value: Any) -> datetime | None:
    return None if value in (None, "") else datetime.fromisoformat(str(value))


def _decimal(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _required(value: Any, read: Any) -> Any:
    """*value* read by *read*; a missing value is a shape no version wrote."""
    if value in (None, ""):
        raise ValueError("missing value")
    return read(str(value))


def read_agreement_entry(data: Mapping[str, Any]) -> AgreementMade | Countersigned:
    if data.get("event") == "countersigned":
        returned: date = _required(data.get("returned_on"), date.fromisoformat)
        return Countersigned(str(data.get("reference", "")), returned, bool(data.get("scan")))
    installment: Decimal = _required(data.get("installment"), Decimal)
    status = data.get("status")
    return AgreementMade(
        installment=installment,
        periods=int(data["periods"]),
        rate_pct=_decimal(data.get("rate")),
        principal=_decimal(data.get("principal")),
        reference=data.get("reference"),
        sha256=data.get("sha256"),
        status=AgreementState(status) if status else None,
        first_check=_date(data.get("first_check")),
        watch_until=_date(data.get("watch_until")),
    )


def read_stage_change(data: Mapping[str, Any]) -> StageChanged:
    return StageChanged(
        agreement=data.get("agreement"),
        first_check=_date(data.get("first_check")),
        watch_until=_date(data.get("watch_until")),
    )


def read_session_start(data: Mapping[str, Any]) -> SessionStarted:
    started: datetime = _required(data.get("started_at"), datetime.fromisoformat)
    return SessionStarted(Channel(data["channel"]), started)


def read_session_end(data: Mapping[str, Any]) -> SessionEnded:
    started: datetime = _required(data.get("started_at"), datetime.fromisoformat)
    ended: datetime = _required(data.get("ended_at"), datetime.fromisoformat)
    channel = data.get("channel")
    return SessionEnded(
        channel=Channel(channel) if channel else None,
        started_at=started,
        ended_at=ended,
        duration_seconds=int(data.get("duration_seconds") or 0),
        outcome=SessionOutcome(data["outcome"]),
        callback_at=_moment(data.get("callback_at")),
        offers=int(data.get("offers") or 0),
    )


def read_letter(data: Mapping[str, Any]) -> LetterSent:
    on: date = _required(data.get("on"), date.fromisoformat)
    return LetterSent(
        kind=LetterKind(data["letter"]),
        on=on,
        channel=Channel(data["channel"]),
        version=str(data.get("version", "")),
        sha256=str(data.get("sha256", "")),
    )


def read_letter_decision(data: Mapping[str, Any]) -> LetterDecided:
    on: date = _required(data.get("on"), date.fromisoformat)
    if data.get("decision") not in ("approved", "excluded"):
        raise ValueError("unknown decision")
    return LetterDecided(LetterKind(data["letter"]), on, data["decision"] == "excluded")


def read_instalment_missed(data: Mapping[str, Any]) -> InstalmentMissed:
    return InstalmentMissed(
        agreement=_required(data.get("agreement"), str),
        period=int(data["period"]),
        due_date=_required(data.get("due_date"), date.fromisoformat),
        amount=_required(data.get("amount"), Decimal),
        outstanding=_required(data.get("outstanding"), Decimal),
        missed_on=_required(data.get("missed_on"), date.fromisoformat),
        grace_days=int(data["grace_days"]),
    )


_READERS = {
    JournalKind.OFFER: read_offer,
    JournalKind.AGREEMENT: read_agreement_entry,
    JournalKind.STAGE_CHANGE: read_stage_change,
    JournalKind.SESSION: read_session_start,
    JournalKind.SESSION_OUTCOME: read_session_end,
    JournalKind.LETTER: read_letter,
    JournalKind.LETTER_DECISION: read_letter_decision,
    JournalKind.INSTALMENT_MISSED: read_instalment_missed,
}


def entry_details(kind: JournalKind, payload: Mapping[str, Any] | None) -> EntryDetails | None:
    """The payload of an entry of *kind*, typed; ``None`` when absent or unreadable."""
    reader = _READERS.get(kind)
    if reader is None or not payload:
        return None
    try:
        return reader(payload)
    except (KeyError, ValueError, TypeError, ArithmeticError):
        return None  # a shape no version wrote: the entry shows without its details
