"""The records of an import written in bulk: one multi-row statement per table instead
of one per record, and their audit coverage in events of thousands of digests (the ORM's
automatic coverage writes one event per record, far too slow for a whole portfolio).

New records get their keys from the database (no explicit ids: PostgreSQL's sequences
stay ahead), back through RETURNING in the order of the records given. Changed records
are updated from their (detached) objects' values, by key.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import Session

from recouvrement_desktop.db.audit import cover_in_bulk
from recouvrement_desktop.db.models import Base, table_of
from recouvrement_desktop.db.types import utc_now

__all__ = ["insert_records", "update_records"]


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


def update_records(
    session: Session, model: type[Base], records: Sequence[Base], fields: Sequence[str]
) -> None:
    """Write the *fields* of *records* (already in the database, no longer in the
    session) over their stored values, and cover them in the audit chain. Only those
    fields: what others changed meanwhile in the same rows stays theirs."""
    if not records:
        return
    table = table_of(model)
    names = {*fields, "updated_at"}
    columns = [column for column in table.columns if column.key in names]
    statement = (
        update(table)
        .where(table.c.id == bindparam("record_id", type_=table.c.id.type))
        .values({column.key: bindparam(column.key, type_=column.type) for column in columns})
    )
    now = utc_now()
    rows = []
    for record in records:
        values = {column.key: getattr(record, column.key) for column in columns}
        if "updated_at" in values:
            values["updated_at"] = now
        rows.append({"record_id": record.id, **values})  # type: ignore[attr-defined]
    session.execute(statement, rows)
    cover_in_bulk(session, table, keys=sorted(row["record_id"] for row in rows))
