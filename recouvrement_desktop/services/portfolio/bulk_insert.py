"""New records of an import written in bulk: one multi-row INSERT per table instead of
one per record, and their audit coverage in events of thousands of digests (the ORM's
automatic coverage writes one event per record, far too slow for a whole portfolio).

The database assigns the keys (no explicit ids: PostgreSQL's sequences stay ahead);
they come back through RETURNING, in the order of the records given.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from recouvrement_desktop.db.audit import cover_in_bulk
from recouvrement_desktop.db.models import Base, table_of
from recouvrement_desktop.db.types import utc_now

__all__ = ["insert_records"]


def _values(record: Base, columns: Sequence[str], now: Any) -> dict[str, Any]:
    values = {name: getattr(record, name) for name in columns}
    if values.get("uuid") is None:
        values["uuid"] = uuid.uuid4()
    for stamp in ("created_at", "updated_at"):
        if stamp in values and values[stamp] is None:
            values[stamp] = now
    return values


def insert_records(session: Session, model: type[Base], records: Sequence[Base]) -> list[int]:
    """Insert the transient *records* (never added to the session); set and return
    their new ids, and cover them in the audit chain, in the session's transaction."""
    if not records:
        return []
    table = table_of(model)
    columns = [column.key for column in table.columns if column.key != "id"]
    now = utc_now()
    rows = [_values(record, columns, now) for record in records]
    result = session.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    )
    ids = [int(key) for key in result.scalars()]
    for record, key, row in zip(records, ids, rows, strict=True):
        record.id = key  # type: ignore[attr-defined]
        record.uuid = row["uuid"]  # type: ignore[attr-defined]
    cover_in_bulk(session, table, keys=sorted(ids))
    return ids
