"""Who is at the keyboard: the acting officer, whose name goes on every change."""

from __future__ import annotations

from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Officer
from recouvrement_desktop.domain.recovery import OfficerRole


def active_officers(database: Database) -> list[Officer]:
    with database.session() as session:
        return list(
            session.scalars(
                select(Officer).where(Officer.active).order_by(Officer.full_name, Officer.id)
            )
        )


def acting_officer(database: Database, login: str | None) -> Officer | None:
    """The officer with ``login`` if active; else the first field officer, so that a
    demonstration database opens ready to use; ``None`` on an empty database."""
    officers = active_officers(database)
    for officer in officers:
        if officer.login == login:
            return officer
    field = [officer for officer in officers if officer.role == OfficerRole.OFFICER]
    candidates = field or officers
    return candidates[0] if candidates else None
