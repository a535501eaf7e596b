"""The canonical digest of a stored record, as the audit trail covers it.

A record is read back as the database driver returns it (what is stored, not what a
model would make of it) and hashed as sorted ``[column, value]`` pairs. Empty columns
are left out, so that a migration adding a nullable column leaves every digest as it
was; a migration that changes stored values must cover the records again.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import Connection, Table

from recouvrement_desktop.db.bulk import placeholder
from recouvrement_desktop.db.models import (
    Agreement,
    BankEntry,
    Case,
    Client,
    DatabaseMark,
    ExportLog,
    FicpRegistration,
    JournalEntry,
    Loan,
    Officer,
    OverindebtednessFile,
    PortfolioImport,
    ReferenceDataImport,
    table_of,
)

__all__ = [
    "COVERED_TABLES",
    "DIGEST_SIZE",
    "digester",
    "key_column",
    "stored_records",
]

# Every table whose rows are evidence: who may act (officers, their roles and limits),
# whom the bank pursues for what (clients, cases, loans), what happened (journal), what
# was agreed (agreements), what the database is (its marks), which files fed it (the
# import log), the payments the bank reported (bank entries), what left it for the core
# banking system (the export log), the law it applies (reference data imports), and a
# client's overindebtedness files and FICP registrations.
COVERED_TABLES: Final[tuple[Table, ...]] = tuple(
    table_of(model)
    for model in (
        Officer,
        Client,
        Case,
        Loan,
        JournalEntry,
        Agreement,
        DatabaseMark,
        PortfolioImport,
        BankEntry,
        ExportLog,
        ReferenceDataImport,
        OverindebtednessFile,
        FicpRegistration,
    )
)
DIGEST_SIZE: Final = 16  # bytes kept per record in bulk coverage: 128 bits


def key_column(table: Table) -> str:
    """The column that names a record of ``table`` in the audit trail."""
    (column,) = table.primary_key.columns
    return column.name


def _plain(value: Any) -> Any:
    """A driver value as plain JSON; bytes (a sealed PDF) by their SHA-256."""
    if isinstance(value, memoryview):
        value = value.tobytes()
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    if isinstance(value, datetime):
        return (value.astimezone(UTC) if value.tzinfo else value).isoformat()
    if isinstance(value, date | Decimal):
        return str(value)
    if isinstance(value, uuid.UUID):
        return value.hex
    return value


_PLAIN_TYPES: Final = frozenset({str, int, float, bool})

# Columns digested under the name they had when the chain first covered them, so that a
# migration renaming one leaves every digest as it was (0015: a loan's
# ``fees_and_penalties`` became ``penalties``).
DIGEST_NAMES: Final[dict[str, dict[str, str]]] = {
    "loans": {"penalties": "fees_and_penalties"},
}
# Columns added with a zero for every existing row, left out of the digest when zero, as
# an empty column is (0015: a loan's ``fees``; a zero stored in an integer column).
LEFT_OUT_WHEN_ZERO: Final[dict[str, frozenset[str]]] = {
    "loans": frozenset({"fees"}),
}


def digester(
    names: Sequence[str],
    *,
    renamed: dict[str, str] | None = None,
    zero_left_out: frozenset[str] = frozenset(),
) -> Callable[[Sequence[Any]], bytes]:
    """The digest function of rows with columns ``names`` (in that order): SHA-256 of
    the sorted ``[column, value]`` pairs, empty columns left out. *renamed* gives a
    column the name it is digested under; columns in *zero_left_out* are left out when 0."""
    zero_left = {i for i, name in enumerate(names) if name in zero_left_out}
    names = [(renamed or {}).get(name, name) for name in names]
    order = sorted(range(len(names)), key=names.__getitem__)
    dumps = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, sort_keys=True).encode
    sha256 = hashlib.sha256
    plain_types = _PLAIN_TYPES

    def digest(row: Sequence[Any]) -> bytes:
        pairs = [
            [names[i], value if type(value) in plain_types else _plain(value)]
            for i in order
            if (value := row[i]) is not None and not (i in zero_left and value == 0)
        ]
        return sha256(dumps(pairs).encode("utf-8")).digest()

    return digest


def stored_records(
    connection: Connection,
    table: Table,
    keys: Iterable[Any] | None = None,
    *,
    from_key: int | None = None,
) -> Iterator[tuple[Any, bytes]]:
    """``(key, digest)`` of the stored rows of ``table``: those named by ``keys``, or all
    of them (from ``from_key`` on) in key order. Read raw, through the driver, as
    verification reads them."""
    preparer = connection.dialect.identifier_preparer
    names = [column.name for column in table.columns]
    key = key_column(table)
    position = names.index(key)
    digest = digester(
        names,
        renamed=DIGEST_NAMES.get(table.name),
        zero_left_out=LEFT_OUT_WHEN_ZERO.get(table.name, frozenset()),
    )
    marker = placeholder(connection.dialect)
    sql = (
        f"SELECT {', '.join(preparer.quote(name) for name in names)} "
        f"FROM {preparer.format_table(table)}"
    )
    quoted_key = preparer.quote(key)
    if keys is None:
        where, parameters = (
            ("", ()) if from_key is None else (f" WHERE {quoted_key} >= {marker}", (from_key,))
        )
        cursor = connection.exec_driver_sql(f"{sql}{where} ORDER BY {quoted_key}", parameters)
        for row in cursor:
            yield row[position], digest(row)
        return
    wanted = list(keys)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join([marker] * len(chunk))
        cursor = connection.exec_driver_sql(
            f"{sql} WHERE {quoted_key} IN ({marks}) ORDER BY {quoted_key}", tuple(chunk)
        )
        for row in cursor:
            yield row[position], digest(row)
