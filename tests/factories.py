"""Rows the tests need again and again, written through a short transaction."""

from __future__ import annotations

from decimal import Decimal

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.services.views import identity_of


def add_officer(
    database: Database,
    *,
    login: str,
    full_name: str,
    role: OfficerRole = OfficerRole.OFFICER,
    branch: str = "Agence Lyon Part-Dieu",
    max_waiver: str,
    max_extension_months: int,
    min_rate: str,
) -> Identity:
    """A new officer, as the services name them (their limits stay in the database)."""
    with database.transaction() as session:
        row = Officer(
            login=login,
            full_name=full_name,
            role=role,
            branch=branch,
            max_waiver=Decimal(max_waiver),
            max_extension_months=max_extension_months,
            min_rate=Decimal(min_rate),
        )
        session.add(row)
        session.flush()
        return identity_of(row)


def add_administrator(database: Database) -> Identity:
    """An administrator, without delegation (they do no case work)."""
    return add_officer(
        database, login="admin", full_name="Admin", role=OfficerRole.ADMINISTRATOR,
        max_waiver="0.00", max_extension_months=0, min_rate="0.0000",
    )  # fmt: skip


def add_plain_officer(database: Database) -> Identity:
    """An officer with no delegation at all."""
    return add_officer(
        database, login="o", full_name="Officer", max_waiver="0.00",
        max_extension_months=0, min_rate="0.0000",
    )  # fmt: skip
