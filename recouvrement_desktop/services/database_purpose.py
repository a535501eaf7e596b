"""Whether a database is a demonstration one.

The demonstration data marks the database it creates. What only a demonstration
database may undergo — the file replaced, demonstration accounts with a known password
added, demonstration agreements written — first asks this module, so that a mistyped
``--db`` never turns a bank's real database into a demonstration.
"""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    DEMONSTRATION_PURPOSE,
    PURPOSE_MARK,
    Case,
    DatabaseMark,
    Officer,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError

__all__ = [
    "NotDemonstrationError",
    "claim_for_demonstration",
    "is_demonstration",
    "require_demonstration",
]


class NotDemonstrationError(UserFacingError):
    context = "DemoData"
    exit_code = 2  # refused, nothing done


def _refusal(database: Database) -> NotDemonstrationError:
    return NotDemonstrationError(
        QT_TRANSLATE_NOOP(
            "DemoData",
            "{database} is not a demonstration database: nothing was changed. "
            "Demonstration data only goes to a new database or one it created.",
        ),
        database=database.display_url,
    )


def is_demonstration(session: Session) -> bool:
    mark = session.get(DatabaseMark, PURPOSE_MARK)
    return mark is not None and mark.value == DEMONSTRATION_PURPOSE


def claim_for_demonstration(database: Database, session: Session) -> None:
    """Within the writing transaction: mark a new database (no account, no case) as a
    demonstration one; refuse a database that holds anything else."""
    if is_demonstration(session):
        return
    if session.scalar(select(exists().where(Officer.id.is_not(None)))) or session.scalar(
        select(exists().where(Case.id.is_not(None)))
    ):
        raise _refusal(database)
    session.add(DatabaseMark(name=PURPOSE_MARK, value=DEMONSTRATION_PURPOSE))


def require_demonstration(database: Database) -> None:
    with database.session() as session:
        if not is_demonstration(session):
            raise _refusal(database)
