"""What the core banking system takes back: the outcomes of recovery.

``outcome_events`` reads, for a window of time, one ``OutcomeEvent`` per thing the
core system applies: a promise made, kept or broken; a contact and its result; a stage
change; a payment recorded by an officer; an agreement made binding (with its new
terms, from the stored snapshot: what was signed), countersigned, approved or
rejected. The columns are documented in docs/export-format.md.

The window selects events by the moment they were **written** to the database
(``recorded_at`` of a journal entry, ``decided_at`` of a supervisor's decision), from
``since`` included to ``until`` excluded: an event entered late (a contact logged
after the fact) comes in the next export instead of falling between two. The same
window always gives the same rows, in the same order (by that moment, then event id).
Who may export, and the log: ``services/export_log.py``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, Client, JournalEntry, Loan, Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    Channel,
    JournalKind,
    PromiseStatus,
)
from recouvrement_desktop.services.agreements.errors import AgreementError
from recouvrement_desktop.services.agreements.snapshot import AgreementSnapshot, read_snapshot
from recouvrement_desktop.services.case_queries import in_branch
from recouvrement_desktop.services.export_log import ExportWindow, export_scope
from recouvrement_desktop.services.journal_payloads import (
    AgreementMade,
    Countersigned,
    InstalmentMissed,
    StageChanged,
    entry_details,
)

__all__ = ["EventType", "OutcomeEvent", "outcome_events"]

_CHUNK: Final = 500  # keys per IN (…) list


class EventType(StrEnum):
    """The ``event_type`` values of the export (docs/export-format.md): stable."""

    PROMISE_MADE = "promise_made"
    PROMISE_KEPT = "promise_kept"
    PROMISE_BROKEN = "promise_broken"
    CONTACT = "contact"
    STAGE_CHANGED = "stage_changed"
    PAYMENT_ALLOCATED = "payment_allocated"
    AGREEMENT_SIGNED = "agreement_signed"
    AGREEMENT_COUNTERSIGNED = "agreement_countersigned"
    AGREEMENT_APPROVED = "agreement_approved"
    AGREEMENT_REJECTED = "agreement_rejected"
    AGREEMENT_INSTALMENT_MISSED = "agreement_instalment_missed"


@dataclass(frozen=True, slots=True)
class OutcomeEvent:
    """One row of the outcomes export; field names are the file's column names."""

    event_id: uuid.UUID  # the journal entry's uuid, or the agreement's for a decision
    event_type: EventType
    occurred_at: datetime
    recorded_at: datetime
    case_reference: str
    client_number: str
    contract_numbers: tuple[str, ...]
    officer_login: str | None = None
    amount: Decimal | None = None
    due_date: date | None = None
    channel: str | None = None
    direction: str | None = None
    result_code: str | None = None
    previous_stage: str | None = None
    new_stage: str | None = None
    refers_to_event_id: uuid.UUID | None = None
    agreement_reference: str | None = None
    agreement_status: str | None = None
    installment: Decimal | None = None
    periods: int | None = None
    rate_pct: Decimal | None = None
    first_due_date: date | None = None
    new_principal: Decimal | None = None


# ------------------------------------------------------------------------ the events


@dataclass(frozen=True, slots=True)
class _Terms:
    contracts: tuple[str, ...]
    installment: Decimal | None
    periods: int | None
    rate_pct: Decimal | None
    first_due: date | None
    new_principal: Decimal | None


def _chunks(keys: Iterable[Any]) -> Iterable[list[Any]]:
    ordered = sorted(set(keys))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _contracts_of(
    session: Session, case_ids: Iterable[int], until: datetime
) -> dict[int, tuple[str, ...]]:
    """The contracts of each case as they stood at the window's end: a contract the
    import adds later does not change a window already exported (contracts are never
    deleted)."""
    found: dict[int, list[str]] = {}
    for chunk in _chunks(case_ids):
        rows = session.execute(
            select(Loan.case_id, Loan.contract_number)
            .where(Loan.case_id.in_(chunk), Loan.created_at < until)
            .order_by(Loan.contract_number)
        )
        for case_id, number in rows:
            found.setdefault(case_id, []).append(number)
    return {case_id: tuple(numbers) for case_id, numbers in found.items()}


def _snapshot(row: Agreement) -> AgreementSnapshot | None:
    try:
        return read_snapshot(row.snapshot)
    except (AgreementError, KeyError, ValueError, TypeError):
        return None  # a snapshot this version cannot read: the payload's terms instead


def _terms_of(row: Agreement) -> _Terms | None:
    """The new terms as the agreement's snapshot keeps them (what was signed)."""
    snapshot = _snapshot(row)
    if snapshot is None:
        return None
    terms = snapshot.model.terms
    return _Terms(
        contracts=tuple(contract.reference for contract in snapshot.model.contracts),
        installment=terms.installment,
        periods=terms.periods,
        rate_pct=terms.rate_pct,
        first_due=terms.first_due,
        new_principal=terms.new_principal,
    )


def _agreements_by_reference(session: Session, references: Iterable[str]) -> dict[str, Agreement]:
    found: dict[str, Agreement] = {}
    for chunk in _chunks(references):
        for row in session.scalars(select(Agreement).where(Agreement.reference.in_(chunk))):
            found[row.reference] = row
    return found


def _journal_events(session: Session, window: ExportWindow, branch: str) -> list[OutcomeEvent]:
    promise = aliased(JournalEntry)
    exported = (
        JournalKind.PROMISE,
        JournalKind.PROMISE_OUTCOME,
        JournalKind.CONTACT,
        JournalKind.STAGE_CHANGE,
        JournalKind.AGREEMENT,
        JournalKind.INSTALMENT_MISSED,
    )
    rows = session.execute(
        select(
            JournalEntry,
            Case.reference,
            Client.client_number,
            Officer.login,
            promise.uuid,
            promise.due_date,
        )
        .join(Case, Case.id == JournalEntry.case_id)
        .join(Client, Client.id == Case.client_id)
        .outerjoin(Officer, Officer.id == JournalEntry.officer_id)
        .outerjoin(
            promise,
            and_(
                promise.id == JournalEntry.refers_to_id,
                # A promise's outcome names its promise, a missed instalment its agreement.
                JournalEntry.kind.in_((JournalKind.PROMISE_OUTCOME, JournalKind.INSTALMENT_MISSED)),
            ),
        )
        .where(
            JournalEntry.recorded_at >= window.since,
            JournalEntry.recorded_at < window.until,
            or_(
                JournalEntry.kind.in_(exported),
                # Payments an officer recorded or allocated; the bank's own are its own.
                and_(
                    JournalEntry.kind == JournalKind.PAYMENT, JournalEntry.officer_id.is_not(None)
                ),
            ),
            in_branch(branch),
        )
    ).all()
    contracts = _contracts_of(session, (row[0].case_id for row in rows), window.until)
    details = {row[0].id: entry_details(row[0].kind, row[0].payload) for row in rows}
    references = [
        made.reference
        for made in details.values()
        if isinstance(made, AgreementMade | Countersigned) and made.reference
    ]
    agreements = _agreements_by_reference(session, references)
    events = []
    for entry, case_reference, client_number, login, promise_uuid, promise_due in rows:
        common: dict[str, Any] = {
            "event_id": entry.uuid,
            "occurred_at": entry.occurred_at,
            "recorded_at": entry.recorded_at,
            "case_reference": case_reference,
            "client_number": client_number,
            "contract_numbers": contracts.get(entry.case_id, ()),
            "officer_login": login,
        }
        event = _journal_event(
            entry, details[entry.id], common, agreements, promise_uuid, promise_due
        )
        if event is not None:
            events.append(event)
    return events


def _journal_event(  # noqa: PLR0917 - one case per kind of entry
    entry: JournalEntry,
    details: object,
    common: dict[str, Any],
    agreements: dict[str, Agreement],
    promise_uuid: uuid.UUID | None,
    promise_due: date | None,
) -> OutcomeEvent | None:
    match entry.kind:
        case JournalKind.PROMISE:
            return OutcomeEvent(
                event_type=EventType.PROMISE_MADE,
                amount=entry.amount,
                due_date=entry.due_date,
                **common,
            )
        case JournalKind.PROMISE_OUTCOME:
            kept = entry.promise_status is PromiseStatus.KEPT
            return OutcomeEvent(
                event_type=EventType.PROMISE_KEPT if kept else EventType.PROMISE_BROKEN,
                amount=entry.amount,  # what the payments brought to the promise
                due_date=promise_due,
                refers_to_event_id=promise_uuid,
                **common,
            )
        case JournalKind.CONTACT:
            return OutcomeEvent(
                event_type=EventType.CONTACT,
                channel=entry.channel.value if entry.channel else None,
                direction=entry.direction.value if entry.direction else None,
                result_code=entry.result.value if entry.result else None,
                **common,
            )
        case JournalKind.STAGE_CHANGE:
            return OutcomeEvent(
                event_type=EventType.STAGE_CHANGED,
                previous_stage=entry.stage_from.value if entry.stage_from else None,
                new_stage=entry.stage_to.value if entry.stage_to else None,
                agreement_reference=details.agreement
                if isinstance(details, StageChanged)
                else None,
                **common,
            )
        case JournalKind.PAYMENT:
            return OutcomeEvent(
                event_type=EventType.PAYMENT_ALLOCATED, amount=entry.amount, **common
            )
        case JournalKind.AGREEMENT:
            return _agreement_entry_event(details, common, agreements)
        case JournalKind.INSTALMENT_MISSED if isinstance(details, InstalmentMissed):
            return OutcomeEvent(
                event_type=EventType.AGREEMENT_INSTALMENT_MISSED,
                amount=details.outstanding,  # what was left unpaid on it
                due_date=details.due_date,
                refers_to_event_id=promise_uuid,  # the agreement_signed event
                agreement_reference=details.agreement,
                **common,
            )
    return None


def _agreement_entry_event(
    details: object, common: dict[str, Any], agreements: dict[str, Agreement]
) -> OutcomeEvent | None:
    if isinstance(details, Countersigned):
        row = agreements.get(details.reference)
        terms = _terms_of(row) if row is not None else None
        signed = AgreementState.SIGNED.value  # what the paper's return made it
        return _with_terms(
            EventType.AGREEMENT_COUNTERSIGNED, common, details.reference, signed, terms, None
        )
    if isinstance(details, AgreementMade):
        row = agreements.get(details.reference) if details.reference else None
        terms = _terms_of(row) if row is not None else None
        status = details.status.value if details.status else None  # then, not now
        return _with_terms(
            EventType.AGREEMENT_SIGNED, common, details.reference, status, terms, details
        )
    return None  # a payload no version wrote: nothing to tell the core system


def _with_terms(  # noqa: PLR0917 - private, three call sites
    kind: EventType,
    common: dict[str, Any],
    reference: str | None,
    status: str | None,
    terms: _Terms | None,
    made: AgreementMade | None,
) -> OutcomeEvent:
    """An agreement's event, its terms from the snapshot, else from the journal entry
    (the demonstration histories' plans have no agreement row). *status* is the one
    the event left the agreement in, never today's: a window exported again gives the
    same rows."""
    if terms is None and made is not None:
        terms = _Terms(
            contracts=common["contract_numbers"],
            installment=made.installment,
            periods=made.periods,
            rate_pct=made.rate_pct,
            first_due=None,
            new_principal=made.principal,
        )
    if terms is None:
        return OutcomeEvent(
            event_type=kind, agreement_reference=reference, agreement_status=status, **common
        )
    return OutcomeEvent(
        event_type=kind,
        agreement_reference=reference,
        agreement_status=status,
        installment=terms.installment,
        periods=terms.periods,
        rate_pct=terms.rate_pct,
        first_due_date=terms.first_due,
        new_principal=terms.new_principal,
        **{**common, "contract_numbers": terms.contracts},
    )


def _decision_events(session: Session, window: ExportWindow, branch: str) -> list[OutcomeEvent]:
    """Supervisors' decisions on plans beyond delegation: approved or rejected."""
    rows = session.execute(
        select(Agreement, Case.reference, Client.client_number, Officer.login)
        .join(Case, Case.id == Agreement.case_id)
        .join(Client, Client.id == Case.client_id)
        .outerjoin(Officer, Officer.id == Agreement.decided_by_id)
        .where(
            Agreement.decided_at.is_not(None),
            Agreement.decided_at >= window.since,
            Agreement.decided_at < window.until,
            in_branch(branch),
        )
    ).all()
    events = []
    for row, case_reference, client_number, login in rows:
        assert row.decided_at is not None  # selected so
        rejected = row.status is AgreementState.REJECTED
        common: dict[str, Any] = {
            "event_id": row.uuid,
            "occurred_at": row.decided_at,
            "recorded_at": row.decided_at,
            "case_reference": case_reference,
            "client_number": client_number,
            "contract_numbers": (),
            "officer_login": login,
        }
        kind = EventType.AGREEMENT_REJECTED if rejected else EventType.AGREEMENT_APPROVED
        # An approval makes the plan binding at once (by phone, awaiting the paper).
        status = (
            AgreementState.REJECTED
            if rejected
            else AgreementState.AWAITING_COUNTERSIGNATURE
            if row.channel is Channel.PHONE
            else AgreementState.SIGNED
        )
        events.append(_with_terms(kind, common, row.reference, status.value, _terms_of(row), None))
    return events


def outcome_events(
    database: Database, reader: Identity | None, window: ExportWindow
) -> list[OutcomeEvent]:
    """The events of *window* on the cases of *reader*'s branch, in a stable order."""
    branch = export_scope(database, reader)
    with database.session() as session:
        events = _journal_events(session, window, branch) + _decision_events(
            session, window, branch
        )
    return sorted(events, key=lambda event: (event.recorded_at, str(event.event_id)))
