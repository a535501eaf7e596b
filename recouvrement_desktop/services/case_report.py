"""One case as a command prints it (``case show``): the case whole with its contracts'
legal deadlines, its promises and its agreements — read for a signed-in reader, whose
reading is written in the access log like an opening in the window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, JournalEntry
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.recovery import AgreementState, JournalKind, PromiseStatus
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services.access_log import AccessPurpose, record_access
from recouvrement_desktop.services.agreements.snapshot import read_snapshot
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.permissions import authorize_case
from recouvrement_desktop.services.views import CaseDetail

__all__ = ["AgreementLine", "CaseNotFoundError", "CaseReport", "PromiseLine", "case_report"]


class CaseNotFoundError(UserFacingError):
    context = "Cases"
    exit_code = 2


@dataclass(frozen=True, slots=True)
class PromiseLine:
    amount: Decimal | None
    due_date: date | None
    made_at: datetime
    status: PromiseStatus  # its outcome's, pending until settled


@dataclass(frozen=True, slots=True)
class AgreementLine:
    reference: str
    status: AgreementState
    created_at: datetime
    signed_at: datetime | None
    installment: Decimal
    periods: int
    first_due: date
    last_due: date


@dataclass(frozen=True, slots=True)
class CaseReport:
    detail: CaseDetail
    promises: tuple[PromiseLine, ...]
    agreements: tuple[AgreementLine, ...]


def case_report(
    database: Database, reader: Identity | None, reference: str, today: date | None = None
) -> CaseReport:
    """The case named ``reference``; ``CaseNotFoundError`` when none has it."""
    with database.session() as session:
        case_id = session.scalar(select(Case.id).where(Case.reference == reference.strip()))
    if case_id is None:
        raise CaseNotFoundError(
            QT_TRANSLATE_NOOP("Cases", "No case has the reference {reference}."),
            reference=reference,
        )
    authorize_case(database, reader, case_id, Permission.READ_CASES)
    detail = CaseQueries(database).detail(case_id, today)
    if detail is None:  # removed meanwhile
        raise CaseNotFoundError(
            QT_TRANSLATE_NOOP("Cases", "No case has the reference {reference}."),
            reference=reference,
        )
    if reader is not None:
        record_access(database, reader, detail.client.id, case_id, AccessPurpose.CASE_OPENED)
    with database.session() as session:
        promises = _promises(session, case_id)
        agreements = _agreements(session, case_id)
    return CaseReport(detail, promises, agreements)


def _promises(session: Session, case_id: int) -> tuple[PromiseLine, ...]:
    entries = session.scalars(
        select(JournalEntry)
        .where(
            JournalEntry.case_id == case_id,
            JournalEntry.kind.in_((JournalKind.PROMISE, JournalKind.PROMISE_OUTCOME)),
        )
        .order_by(JournalEntry.occurred_at, JournalEntry.id)
    ).all()
    outcomes = {
        entry.refers_to_id: entry.promise_status
        for entry in entries
        if entry.kind is JournalKind.PROMISE_OUTCOME and entry.promise_status is not None
    }
    return tuple(
        PromiseLine(
            amount=entry.amount,
            due_date=entry.due_date,
            made_at=entry.occurred_at,
            status=outcomes.get(entry.id, PromiseStatus.PENDING),
        )
        for entry in entries
        if entry.kind is JournalKind.PROMISE
    )


def _agreements(session: Session, case_id: int) -> tuple[AgreementLine, ...]:
    rows = session.scalars(
        select(Agreement).where(Agreement.case_id == case_id).order_by(Agreement.created_at)
    ).all()
    lines = []
    for row in rows:
        schedule = read_snapshot(row.snapshot).schedule
        lines.append(
            AgreementLine(
                reference=row.reference,
                status=row.status,
                created_at=row.created_at,
                signed_at=row.signed_at,
                installment=schedule.installment,
                periods=schedule.periods,
                first_due=schedule.first_due,
                last_due=schedule.end_date,
            )
        )
    return tuple(lines)
