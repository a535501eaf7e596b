"""Who looked at which client's file, when, from which machine.

Personal data protection asks a bank to answer "who looked at this client". Each
opening of a case whole is a row of the append-only ``access_log`` table and an event
of the audit chain, written together; only an auditor reads them back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AccessRecord, Case, Client, Officer
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services.auth import machine_name
from recouvrement_desktop.services.permissions import authorize
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = ["AccessEntry", "AccessPurpose", "accesses_to_client", "record_access"]


class AccessPurpose(StrEnum):
    CASE_OPENED = "case_opened"  # the case whole on screen (or in a command's output)


class AccessLogError(UserFacingError):
    context = "AccessLog"


@dataclass(frozen=True, slots=True)
class AccessEntry:
    occurred_at: datetime
    login: str
    officer_name: str
    client_number: str
    case_reference: str | None
    machine: str
    purpose: str


def record_access(
    database: Database,
    identity: Identity,
    client_id: int,
    case_id: int | None,
    purpose: AccessPurpose,
) -> None:
    machine = machine_name()
    with unit_of_work(database, identity) as uow:
        row = AccessRecord(
            uuid=uuid.uuid4(),
            occurred_at=utc_now(),
            officer_id=identity.id,
            client_id=client_id,
            case_id=case_id,
            machine=machine,
            purpose=purpose.value,
        )
        uow.session.add(row)
        uow.audit(
            "access." + purpose.value, "access_log", row.uuid, client_id=client_id,
            case_id=case_id, machine=machine,
        )  # fmt: skip


def accesses_to_client(
    database: Database, auditor: Identity | None, client_number: str
) -> list[AccessEntry]:
    """Every opening of the client's file, oldest first (the auditor's question)."""
    authorize(database, auditor, Permission.READ_ACCESS_LOG)
    with database.session() as session:
        client_id = session.scalar(
            select(Client.id).where(Client.client_number == client_number.strip())
        )
        if client_id is None:
            raise AccessLogError(
                QT_TRANSLATE_NOOP("AccessLog", "No client has the number {number}."),
                number=client_number,
            )
        rows = session.execute(
            select(AccessRecord, Officer.login, Officer.full_name, Case.reference)
            .join(Officer, Officer.id == AccessRecord.officer_id)
            .outerjoin(Case, Case.id == AccessRecord.case_id)
            .where(AccessRecord.client_id == client_id)
            .order_by(AccessRecord.occurred_at, AccessRecord.id)
        ).all()
        return [
            AccessEntry(
                occurred_at=record.occurred_at,
                login=login,
                officer_name=name,
                client_number=client_number.strip(),
                case_reference=reference,
                machine=record.machine,
                purpose=record.purpose,
            )
            for record, login, name, reference in rows
        ]
