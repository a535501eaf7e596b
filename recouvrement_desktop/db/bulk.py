"""Fast bulk inserts for large writes (demonstration data, imports).

SQLAlchemy's generic executemany path spends more time preparing parameters than the
database spends writing rows. Here each column's conversion is looked up once, rows are
turned into plain tuples (which may be prepared in another process), and the tuples go
straight to the driver's ``executemany``, in the order given.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import Enum
from operator import itemgetter
from typing import Any
from uuid import UUID

from sqlalchemy import JSON, Boolean, Connection, Date, Dialect, Table, Uuid
from sqlalchemy import Enum as EnumType
from sqlalchemy.types import TypeEngine

from recouvrement_desktop.db.models import SEARCH_INDEX, SEARCH_INDEX_POSTGRESQL
from recouvrement_desktop.db.types import UTCDateTime

Converter = Callable[[Any], Any]
_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def placeholder(dialect: Dialect) -> str:
    """The driver's positional parameter marker (``exec_driver_sql`` takes it raw)."""
    return _PLACEHOLDERS[dialect.paramstyle]


def _sqlite_datetime(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime: timestamps must carry a timezone")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _enum_value(value: Enum | str) -> str:
    return value.value if isinstance(value, Enum) else value


def _uuid_hex(value: UUID) -> str:
    return value.hex


def _json(value: Any) -> str:
    return json.dumps(value)


def _date_iso(value: date) -> str:
    return value.isoformat()


def _fast_sqlite(column_type: TypeEngine[Any]) -> Converter | None:
    """C-speed equivalents of SQLAlchemy's SQLite bind processors for our column types.

    ``tests/db`` checks that each gives exactly what SQLAlchemy's own processor gives.
    """
    if isinstance(column_type, UTCDateTime):
        return _sqlite_datetime
    if isinstance(column_type, EnumType):
        return _enum_value
    if isinstance(column_type, Uuid):
        return _uuid_hex
    if isinstance(column_type, JSON):
        return _json
    if isinstance(column_type, Boolean):
        return int
    if isinstance(column_type, Date):
        return _date_iso
    return None


def column_converters(table: Table, dialect: Dialect) -> list[Converter | None]:
    """Per column of ``table``: Python value → what the driver receives (None: as is)."""
    converters: list[Converter | None] = []
    for column in table.columns:
        fast = _fast_sqlite(column.type) if dialect.name == "sqlite" else None
        converters.append(fast or column.type.dialect_impl(dialect).bind_processor(dialect))
    return converters


def to_tuples(
    table: Table, dialect: Dialect, rows: Sequence[dict[str, Any]]
) -> list[tuple[Any, ...]]:
    """Rows (dicts keyed by column name, every column present) as driver-ready tuples."""
    values_of = itemgetter(*table.columns.keys())
    converted = [
        (position, convert)
        for position, convert in enumerate(column_converters(table, dialect))
        if convert is not None
    ]
    tuples = []
    for row in rows:
        values = list(values_of(row))
        for position, convert in converted:
            if values[position] is not None:
                values[position] = convert(values[position])
        tuples.append(tuple(values))
    return tuples


def insert_tuples(connection: Connection, table: Table, rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert driver-ready tuples (see ``to_tuples``), in the table's column order."""
    if not rows:
        return
    dialect = connection.dialect
    preparer = dialect.identifier_preparer
    names = [preparer.quote(column.name) for column in table.columns]
    placeholders = ", ".join([placeholder(dialect)] * len(names))
    connection.exec_driver_sql(
        f"INSERT INTO {preparer.format_table(table)} ({', '.join(names)}) VALUES ({placeholders})",
        list(rows),
    )


def bulk_insert(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts keyed by column name, every column present) into ``table``."""
    insert_tuples(connection, table, to_tuples(table, connection.dialect, rows))


@contextmanager
def search_index_suspended(connection: Connection) -> Iterator[None]:
    """Write many clients without updating the search index of names and phones row by
    row, then build it whole in one pass (see ``models.SEARCH_INDEX``).

    SQLite: the triggers that keep the FTS5 table in step are dropped, then put back as
    they were, and the table is rebuilt from every client. PostgreSQL: the trigram
    indexes are dropped, then created again from their own definitions. Inside the
    caller's transaction: a failure rolls it all back with the rows.
    """
    if connection.dialect.name == "sqlite":
        triggers = [
            (name, sql)
            for name, sql in connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'clients' ORDER BY name"
            )
            if name.startswith(f"{SEARCH_INDEX}_")
        ]
        present = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
            (SEARCH_INDEX,),
        ).scalar_one()
        for name, _sql in triggers:
            connection.exec_driver_sql(f"DROP TRIGGER {name}")
        yield
        for _name, sql in triggers:
            connection.exec_driver_sql(sql)
        if present:
            connection.exec_driver_sql(
                f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}) VALUES ('rebuild')"
            )
        return
    definitions = [
        (name, definition)
        for name, definition in connection.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema() AND tablename = 'clients'"
        )
        if name in SEARCH_INDEX_POSTGRESQL
    ]
    for name, _definition in definitions:
        connection.exec_driver_sql(f"DROP INDEX {name}")
    yield
    for _name, definition in definitions:
        connection.exec_driver_sql(definition)
