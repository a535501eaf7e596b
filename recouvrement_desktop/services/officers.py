"""Who is at the keyboard: the acting officer, whose name goes on every change.

The window keeps an ``Identity`` (a plain value); what it grants is read from the
database when a decision needs it (``delegation_of``), never from what a caller holds.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.policy import DelegationLimits
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.services.views import identity_of

__all__ = ["acting_officer", "active_officers", "delegation", "delegation_of"]


def active_officers(database: Database) -> list[Identity]:
    with database.session() as session:
        rows = session.scalars(
            select(Officer).where(Officer.active).order_by(Officer.full_name, Officer.id)
        )
        return [identity_of(row) for row in rows]


def acting_officer(database: Database, login: str | None) -> Identity | None:
    """The officer with ``login`` if active; else the first field officer, so that a
    demonstration database opens ready to use; ``None`` on an empty database."""
    officers = active_officers(database)
    for officer in officers:
        if officer.login == login:
            return officer
    field = [officer for officer in officers if officer.role == OfficerRole.OFFICER]
    candidates = field or officers
    return candidates[0] if candidates else None


def delegation_of(session: Session, identity: Identity | None) -> DelegationLimits | None:
    """The officer's delegation as recorded now; ``None`` without an active officer."""
    if identity is None:
        return None
    row = session.get(Officer, identity.id)
    if row is None or not row.active:
        return None
    return DelegationLimits(
        max_waiver=row.max_waiver,
        max_extension_months=row.max_extension_months,
        min_rate_pct=row.min_rate,
    )


def delegation(database: Database, identity: Identity | None) -> DelegationLimits | None:
    """``delegation_of`` in a session of its own."""
    with database.session() as session:
        return delegation_of(session, identity)
