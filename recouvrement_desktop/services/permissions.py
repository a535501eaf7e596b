"""The check every service makes before acting: may this person do this, now?

The caller names who acts (an ``Identity``, from signing in); what that person may do
is read from the database at the moment of the check — role, whether the account is
still active, the branch whose cases they work — never from what the caller holds.

A refusal is a translated ``AccessRefusedError`` and an audit event, written in a
transaction of its own (the refused work writes nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission, allows
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = [
    "AccessRefusedError",
    "Grant",
    "authorize",
    "authorize_case",
    "grant_of",
    "refuse",
]

# What each permission is about, to say what was refused.
_REFUSALS: dict[Permission, str] = {
    Permission.READ_CASES: QT_TRANSLATE_NOOP("Permissions", "Your role does not open cases."),
    Permission.WORK_CASES: QT_TRANSLATE_NOOP(
        "Permissions", "Your role does not allow working on cases."
    ),
    Permission.APPROVE_PLANS: QT_TRANSLATE_NOOP(
        "Permissions", "Only a supervisor may approve or reject a plan beyond delegation."
    ),
    Permission.REASSIGN_CASES: QT_TRANSLATE_NOOP(
        "Permissions", "Only a supervisor may reassign cases."
    ),
    Permission.IMPORT_DATA: QT_TRANSLATE_NOOP("Permissions", "Only a supervisor may import data."),
    Permission.ALLOCATE_PAYMENTS: QT_TRANSLATE_NOOP(
        "Permissions", "Only a supervisor may allocate payments."
    ),
    Permission.EXPORT_OUTCOMES: QT_TRANSLATE_NOOP(
        "Permissions", "Only a supervisor may export outcomes."
    ),
    Permission.SEND_LETTERS: QT_TRANSLATE_NOOP(
        "Permissions", "Only a supervisor may send the day's letters."
    ),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP(
        "Permissions", "Only an administrator may manage users."
    ),
    Permission.MANAGE_REFERENCE_DATA: QT_TRANSLATE_NOOP(
        "Permissions", "Only an administrator may change reference data."
    ),
    Permission.MANAGE_POLICY: QT_TRANSLATE_NOOP(
        "Permissions", "Only an administrator may change the policy."
    ),
    Permission.READ_AUDIT: QT_TRANSLATE_NOOP(
        "Permissions", "Only an auditor may read the audit trail."
    ),
    Permission.READ_ACCESS_LOG: QT_TRANSLATE_NOOP(
        "Permissions", "Only an auditor may read the access log."
    ),
    Permission.BACKUP_RESTORE: QT_TRANSLATE_NOOP(
        "Permissions", "Only an administrator may back up or restore the database."
    ),
    Permission.RUN_RETENTION: QT_TRANSLATE_NOOP(
        "Permissions", "Only an administrator may run the retention job."
    ),
}


class AccessRefusedError(UserFacingError):
    context = "Permissions"
    exit_code = 2  # on the command line: refused, nothing done


@dataclass(frozen=True, slots=True)
class Grant:
    """What the check found: the person as the database knows them now."""

    identity: Identity
    role: OfficerRole
    branch: str


def grant_of(session: Session, identity: Identity | None) -> Grant | None:
    """The person's current role and branch; ``None`` without an active account."""
    if identity is None:
        return None
    row = session.get(Officer, identity.id)
    if row is None or not row.active:
        return None
    return Grant(identity, row.role, row.branch)


def refuse(
    database: Database, identity: Identity | None, message: str, **details: object
) -> NoReturn:
    """Record the refusal (its own transaction), then raise it."""
    acting = identity
    with database.session() as session:  # an identity the database no longer knows
        if identity is not None and session.get(Officer, identity.id) is None:
            acting = None
    with unit_of_work(database, acting) as uow:
        uow.audit(
            "permission.refused",
            "officer",
            identity.uuid if identity else None,
            login=identity.login if identity else None,
            reason=message,
            **details,
        )
    raise AccessRefusedError(message)


def authorize(database: Database, identity: Identity | None, permission: Permission) -> Grant:
    """The grant of *identity* if its role allows *permission* now; else refused."""
    with database.session() as session:
        grant = grant_of(session, identity)
    if grant is None:
        refuse(
            database,
            identity,
            QT_TRANSLATE_NOOP("Permissions", "No one is signed in with an active account."),
            permission=permission.value,
        )
    if not allows(grant.role, permission):
        refuse(database, identity, _REFUSALS[permission], permission=permission.value)
    return grant


def case_branch(session: Session, case_id: int) -> str | bool | None:
    """The branch of the officer a case is assigned to; ``None`` when unassigned,
    ``False`` when the case does not exist."""
    found = session.execute(
        select(Case.id, Officer.branch)
        .outerjoin(Officer, Officer.id == Case.officer_id)
        .where(Case.id == case_id)
    ).one_or_none()
    if found is None:
        return False
    branch: str | None = found.branch
    return branch


def authorize_case(
    database: Database, identity: Identity | None, case_id: int, permission: Permission
) -> Grant:
    """As ``authorize``, and the case is one of the branch's (or not yet assigned):
    officers and supervisors work the cases of their own branch; an auditor reads all."""
    grant = authorize(database, identity, permission)
    if grant.role is OfficerRole.AUDITOR:
        return grant
    with database.session() as session:
        branch = case_branch(session, case_id)
    if branch is False or branch is None or branch == grant.branch:
        return grant  # a case gone is the service's own message; unassigned is shared
    refuse(
        database,
        identity,
        QT_TRANSLATE_NOOP("Permissions", "This case belongs to another branch."),
        permission=permission.value,
        case_id=case_id,
    )
