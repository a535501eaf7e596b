"""One way to change data: a unit of work writes the change and its audit event in one
transaction, committed or rolled back as a whole."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from recouvrement_desktop.db.audit import ACTING_OFFICER, append_event
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.identity import Identity


@dataclass
class UnitOfWork:
    session: Session
    officer: Identity | None

    def audit(
        self,
        action: str,
        entity_type: str,
        entity_uuid: uuid.UUID | str | None = None,
        **details: Any,
    ) -> None:
        """Record who did what, inside the same transaction as the change itself."""
        self.session.flush()  # ensure the changed rows exist before the event names them
        append_event(
            self.session,
            officer=self.officer,
            action=action,
            entity_type=entity_type,
            entity_uuid=entity_uuid,
            details=details,
        )


@contextmanager
def unit_of_work(database: Database, officer: Identity | None) -> Iterator[UnitOfWork]:
    """``officer`` is the acting officer (``None`` only for system jobs such as imports)."""
    with database.transaction() as session:
        session.info[ACTING_OFFICER] = officer  # the records it writes are covered in its name
        yield UnitOfWork(session, officer)
