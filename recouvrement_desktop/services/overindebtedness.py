"""A case's overindebtedness file and its client's FICP registrations.

- The file before the Banque de France commission is one row per status change
  (``overindebtedness_files``): the history is kept, the newest row is its current
  state. While it is open (any status but ``closed``) collection is frozen: the day's
  letters skip the case (``services/escalation.py``) and a side agreement is a blocking
  check (``domain/guardrails.py``, C. consom. L722-2 and L722-5).
- An FICP registration names the incident that caused it; it is removed once the sums
  of that incident are paid. The client panel shows it, the agreement mentions it.

Each change is written by an officer who may work the case (its branch's), adds a note
to the case's history with the change in its payload, and is covered by the audit chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, FicpRegistration, OverindebtednessFile
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.recovery import JournalKind, OverindebtednessStatus
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services.journal import locked_case, new_entry, require_officer
from recouvrement_desktop.services.permissions import authorize_case
from recouvrement_desktop.services.unit_of_work import UnitOfWork, unit_of_work
from recouvrement_desktop.services.views import (
    FicpView,
    OverindebtednessView,
    ficp_view,
    overindebtedness_view,
)

__all__ = [
    "LegalStatus",
    "OverindebtednessError",
    "case_by_reference",
    "current_file",
    "current_file_of",
    "ficp_of",
    "ficp_registrations",
    "frozen_since",
    "is_open",
    "legal_status",
    "record_status",
    "register_ficp",
    "remove_ficp",
]

INCIDENT_MAX: Final = 500


class OverindebtednessError(UserFacingError):
    context = "Overindebtedness"
    exit_code = 2  # refused, nothing changed


# ----------------------------------------------------------------------- reading


def current_file_of(session: Session, case_id: int) -> OverindebtednessFile | None:
    """The newest status of the case's file, or ``None`` when it never had one."""
    return session.scalars(
        select(OverindebtednessFile)
        .where(OverindebtednessFile.case_id == case_id)
        .order_by(OverindebtednessFile.id.desc())
        .limit(1)
    ).first()


def is_open(row: OverindebtednessFile | None) -> bool:
    """Whether a file with this current status freezes collection (any but closed)."""
    return row is not None and row.status is not OverindebtednessStatus.CLOSED


def ficp_registrations(session: Session, client_id: int) -> tuple[FicpView, ...]:
    rows = session.scalars(
        select(FicpRegistration)
        .where(FicpRegistration.client_id == client_id)
        .order_by(FicpRegistration.registered_on, FicpRegistration.id)
    )
    return tuple(ficp_view(row) for row in rows)


def frozen_since(session: Session, case_ids: Sequence[int], on: date) -> dict[int, date]:
    """The cases whose file is open on *on* (its status then), with the day it was filed."""
    found: dict[int, date] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        newest = (
            select(func.max(OverindebtednessFile.id))
            .where(OverindebtednessFile.case_id.in_(chunk), OverindebtednessFile.status_on <= on)
            .group_by(OverindebtednessFile.case_id)
        )
        for row in session.scalars(
            select(OverindebtednessFile).where(OverindebtednessFile.id.in_(newest))
        ):
            if is_open(row):
                found[row.case_id] = row.filed_on
    return found


def case_by_reference(database: Database, reference: str) -> int:
    """The id of the case named *reference*; refused when none has it."""
    with database.session() as session:
        found = session.scalar(select(Case.id).where(Case.reference == reference.strip()))
    if found is None:
        raise _refuse(
            QT_TRANSLATE_NOOP("Overindebtedness", "No case has the reference {reference}."),
            reference=reference,
        )
    return found


def current_file(database: Database, case_id: int) -> OverindebtednessView | None:
    with database.session() as session:
        row = current_file_of(session, case_id)
        return None if row is None else overindebtedness_view(row)


@dataclass(frozen=True, slots=True)
class LegalStatus:
    """What the window's dialog shows of a case: its file's current status and the
    client's FICP registrations (oldest first)."""

    case_id: int
    reference: str
    current: OverindebtednessView | None
    ficp: tuple[FicpView, ...]

    @property
    def registered(self) -> FicpView | None:
        """The registration not yet removed, if any."""
        return next((entry for entry in reversed(self.ficp) if entry.current), None)


def legal_status(database: Database, case_id: int) -> LegalStatus:
    """The case's file and its client's registrations, read in one session."""
    with database.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise _refuse(QT_TRANSLATE_NOOP("Overindebtedness", "This case no longer exists."))
        row = current_file_of(session, case_id)
        return LegalStatus(
            case_id=case_id,
            reference=case.reference,
            current=None if row is None else overindebtedness_view(row),
            ficp=ficp_registrations(session, case.client_id),
        )


def ficp_of(database: Database, case_id: int) -> tuple[FicpView, ...]:
    """The FICP registrations of the case's client, oldest first."""
    with database.session() as session:
        client_id = session.scalar(select(Case.client_id).where(Case.id == case_id))
        return () if client_id is None else ficp_registrations(session, client_id)


# ----------------------------------------------------------------------- writing


def _refuse(message: str, **params: object) -> OverindebtednessError:
    return OverindebtednessError(message, **params)


def _not_in_future(*days: date | None) -> None:
    """What is recorded has happened: a day after today is refused."""
    today = date.today()
    for day in days:
        if day is not None and day > today:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Overindebtedness", "{date} is in the future: record only what has happened."
                ),
                date=day.isoformat(),
            )


def _note(uow: UnitOfWork, case: Case, text: str, payload: dict[str, Any]) -> None:
    """The change in the case's history: a note with the change in its payload."""
    new_entry(uow, case, JournalKind.NOTE, utc_now(), note=text, payload=payload)


def record_status(  # noqa: PLR0917 - the fields of one status change
    database: Database,
    officer: Identity | None,
    case_id: int,
    status: OverindebtednessStatus,
    on: date,
    filed_on: date | None = None,
    note: str | None = None,
) -> OverindebtednessView:
    """Record the file's new *status* as of *on*. A new file takes *filed_on* (the day
    it was lodged; *on* itself when the status is ``filed``); an open file keeps its own."""
    acting = require_officer(officer, OverindebtednessError)
    _not_in_future(on, filed_on)
    authorize_case(database, acting, case_id, Permission.WORK_CASES)
    text = (note or "").strip() or None
    with unit_of_work(database, acting) as uow:
        case = locked_case(uow.session, case_id, OverindebtednessError)
        current = current_file_of(uow.session, case_id)
        if current is not None and is_open(current):
            if filed_on is not None and filed_on != current.filed_on:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Overindebtedness", "The open file was lodged on {date}, not another day."
                    ),
                    date=current.filed_on.isoformat(),
                )
            if on < current.status_on:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Overindebtedness",
                        "The file's current status dates from {date}: a change cannot be earlier.",
                    ),
                    date=current.status_on.isoformat(),
                )
            if status is OverindebtednessStatus.FILED:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Overindebtedness",
                        "The file is already lodged (on {date}): give its next status.",
                    ),
                    date=current.filed_on.isoformat(),
                )
            lodged = current.filed_on
        else:
            if status is OverindebtednessStatus.CLOSED:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Overindebtedness", "No overindebtedness file is open on this case."
                    )
                )
            if filed_on is None and status is not OverindebtednessStatus.FILED:
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "Overindebtedness", "Give the day the file was lodged (--filed-on)."
                    )
                )
            lodged = filed_on or on
        if on < lodged:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Overindebtedness", "A status cannot come before the file was lodged ({date})."
                ),
                date=lodged.isoformat(),
            )
        row = OverindebtednessFile(
            case_id=case.id,
            status=status,
            filed_on=lodged,
            status_on=on,
            recorded_by_id=acting.id,
            recorded_at=utc_now(),
            note=text,
        )
        uow.session.add(row)
        uow.session.flush()
        change = {"status": status.value, "on": on.isoformat(), "filed_on": lodged.isoformat()}
        _note(
            uow,
            case,
            f"Overindebtedness file (lodged on {lodged.isoformat()}): "
            f"{status.value} on {on.isoformat()}" + (f" — {text}" if text else ""),
            {"overindebtedness": change},
        )
        uow.audit(
            "overindebtedness.status",
            "overindebtedness_file",
            row.uuid,
            case=str(case.uuid),
            **change,
        )
        return overindebtedness_view(row)


def register_ficp(
    database: Database, officer: Identity | None, case_id: int, on: date, incident: str
) -> FicpView:
    """Register the case's client at the FICP on *on* for *incident* (the contract and
    the missed instalments)."""
    acting = require_officer(officer, OverindebtednessError)
    cause = " ".join(incident.split())
    if not cause:
        raise _refuse(
            QT_TRANSLATE_NOOP("Overindebtedness", "Say which incident caused the registration.")
        )
    if len(cause) > INCIDENT_MAX:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Overindebtedness", "The incident is described in at most {limit} characters."
            ),
            limit=INCIDENT_MAX,
        )
    _not_in_future(on)
    authorize_case(database, acting, case_id, Permission.WORK_CASES)
    with unit_of_work(database, acting) as uow:
        case = locked_case(uow.session, case_id, OverindebtednessError)
        row = FicpRegistration(
            client_id=case.client_id,
            registered_on=on,
            incident=cause,
            recorded_by_id=acting.id,
            recorded_at=utc_now(),
        )
        uow.session.add(row)
        uow.session.flush()
        change = {"registered_on": on.isoformat(), "incident": cause}
        _note(uow, case, f"FICP: registered on {on.isoformat()} ({cause})", {"ficp": change})
        uow.audit("ficp.registered", "ficp_registration", row.uuid, case=str(case.uuid), **change)
        return ficp_view(row)


def remove_ficp(database: Database, officer: Identity | None, case_id: int, on: date) -> FicpView:
    """The client's current FICP registration removed on *on* (the incident's sums paid)."""
    acting = require_officer(officer, OverindebtednessError)
    _not_in_future(on)
    authorize_case(database, acting, case_id, Permission.WORK_CASES)
    with unit_of_work(database, acting) as uow:
        case = locked_case(uow.session, case_id, OverindebtednessError)
        row = uow.session.scalars(
            select(FicpRegistration)
            .where(
                FicpRegistration.client_id == case.client_id, FicpRegistration.removed_on.is_(None)
            )
            .order_by(FicpRegistration.id.desc())
            .limit(1)
        ).first()
        if row is None:
            raise _refuse(
                QT_TRANSLATE_NOOP("Overindebtedness", "The client is not registered at the FICP.")
            )
        if on < row.registered_on:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Overindebtedness", "The registration dates from {date}: it cannot end before."
                ),
                date=row.registered_on.isoformat(),
            )
        row.removed_on = on
        uow.session.flush()
        change = {"registered_on": row.registered_on.isoformat(), "removed_on": on.isoformat()}
        _note(
            uow,
            case,
            f"FICP: registration of {row.registered_on.isoformat()} removed on {on.isoformat()}",
            {"ficp": change},
        )
        uow.audit("ficp.removed", "ficp_registration", row.uuid, case=str(case.uuid), **change)
        return ficp_view(row)
