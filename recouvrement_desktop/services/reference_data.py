"""The reference data in force: the files shipped under ``resources/reference_data/``,
each replaced by the newest file an administrator imported into the database.

An import (``reference-data import FILE``) is validated whole (``domain/reference_data``)
before anything is written, kept as text in ``reference_data_imports`` (a table covered
by the audit chain) with its SHA-256, and recorded by an audit event — one unit of work.
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import ReferenceDataImport
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.policy import DEMO_POLICY, Policy, UsuryTable
from recouvrement_desktop.domain.reference_data import (
    ReferenceKind,
    ReferenceTable,
    parse_reference_table,
    usury_table_of,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.permissions import authorize
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = [
    "FILES",
    "ActiveTable",
    "ReferenceFileError",
    "active_tables",
    "current_usury_table",
    "import_reference_file",
    "published_policy",
    "refresh_current",
    "shipped_path",
    "shipped_table",
    "shipped_usury_table",
]

# The shipped file of each kind, under resources/reference_data/.
FILES: Final = {
    ReferenceKind.USURY_THRESHOLDS: "usury_thresholds.toml",
    ReferenceKind.LEGAL_INTEREST_RATES: "legal_interest_rates.toml",
    ReferenceKind.RSA_LUMP_SUM: "rsa_lump_sum.toml",
    ReferenceKind.SEIZABLE_PORTION_SCALE: "seizable_portion_scale.toml",
}
IMPORTED_ACTION: Final = "reference_data.imported"
# The test suite's folder of reference files standing in for the shipped ones (files it
# lacks stay the shipped ones). Never set in production; `reference-data list` shows it.
TEST_FOLDER_VARIABLE: Final = "RECOUVREMENT_TEST_REFERENCE_DATA"


class ReferenceFileError(UserFacingError):
    context = "ReferenceData"
    exit_code = 2


@dataclass(frozen=True, slots=True)
class ActiveTable:
    """A table in force and where it comes from: the shipped file or an import."""

    table: ReferenceTable
    origin: str  # "shipped:<file>", "imported:<file> <date>" or "test:<path>"
    sha256: str


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def shipped_path(kind: ReferenceKind) -> Path:
    """The file of *kind* in force without imports (the test suite may stand in one)."""
    folder = os.environ.get(TEST_FOLDER_VARIABLE)
    if folder and (Path(folder) / FILES[kind]).is_file():
        return Path(folder) / FILES[kind]
    return resource_path("reference_data", FILES[kind])


def _shipped_origin(kind: ReferenceKind) -> str:
    path = shipped_path(kind)
    shipped = path == resource_path("reference_data", FILES[kind])
    return f"shipped:{FILES[kind]}" if shipped else f"test:{path}"


def _shipped(kind: ReferenceKind) -> tuple[ReferenceTable, str]:
    return _read_shipped(shipped_path(kind))


@functools.cache
def _read_shipped(path: Path) -> tuple[ReferenceTable, str]:
    text = path.read_text(encoding="utf-8")
    table = parse_reference_table(text)
    if path.name != FILES[table.kind]:  # a packaging mistake, not an officer's
        raise RuntimeError(f"{path} holds {table.kind}")
    return table, _sha256(text)


def shipped_table(kind: ReferenceKind) -> ReferenceTable:
    """The table shipped with the application (validated once per process)."""
    return _shipped(kind)[0]


def shipped_usury_table() -> UsuryTable:
    return usury_table_of(shipped_table(ReferenceKind.USURY_THRESHOLDS))


def published_policy(usury_table: UsuryTable | None = None) -> Policy:
    """The bank's policy with the published usury thresholds (the process's current
    table unless *usury_table* is given)."""
    table = current_usury_table() if usury_table is None else usury_table
    return Policy(
        usury_table=table,
        delegation=DEMO_POLICY.delegation,
        floors=DEMO_POLICY.floors,
    )


# Imported tables by the SHA-256 of their file: parsed and validated once per process
# (every case read asks for the tables in force; hashing is cheap next to parsing TOML).
_parsed: dict[str, ReferenceTable] = {}


def _parsed_import(content: str) -> ReferenceTable:
    digest = _sha256(content)
    table = _parsed.get(digest)
    if table is None:
        table = _parsed[digest] = parse_reference_table(content)
    return table


def active_tables(session: Session | None) -> dict[ReferenceKind, ActiveTable]:
    """Every kind's table in force: the newest import in *session*'s database, else the
    shipped file (no session: the shipped files)."""
    result = {
        kind: ActiveTable(shipped_table(kind), _shipped_origin(kind), _shipped(kind)[1])
        for kind in ReferenceKind
    }
    if session is None:
        return result
    for kind in ReferenceKind:
        row = session.scalars(
            select(ReferenceDataImport)
            .where(ReferenceDataImport.kind == kind.value)
            .order_by(ReferenceDataImport.id.desc())
            .limit(1)
        ).first()
        if row is not None:
            result[kind] = ActiveTable(
                _parsed_import(row.content),
                f"imported:{row.file_name} {row.imported_at.date().isoformat()}",
                row.sha256,
            )
    return result


# The usury table the last database read in this process holds in force (its imports,
# else the shipped file): the window's live simulations use it without a query of their
# own; an agreement is always checked again against its database's own table.
_current_usury: dict[str, UsuryTable] = {}


def current_usury_table() -> UsuryTable:
    return _current_usury.get("table") or shipped_usury_table()


def refresh_current(session: Session) -> UsuryTable:
    """Read *session*'s usury table in force and make it the process's current one."""
    table = usury_table_of(active_tables(session)[ReferenceKind.USURY_THRESHOLDS].table)
    _current_usury["table"] = table
    return table


def import_reference_file(database: Database, by: Identity | None, path: Path) -> ReferenceTable:
    """Validate the reference-data file at *path* and keep it as the data of its kind
    in force from now on (an administrator's); raises a translated error when refused."""
    grant = authorize(database, by, Permission.MANAGE_REFERENCE_DATA)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ReferenceFileError(
            QT_TRANSLATE_NOOP("ReferenceData", "Cannot read {path}: {reason}"),
            path=str(path),
            reason=str(error),
        ) from error
    table = parse_reference_table(text)  # DomainError: the CLI shows it as one line
    digest = _sha256(text)
    with unit_of_work(database, by) as uow:
        row = ReferenceDataImport(
            kind=table.kind.value,
            officer_id=grant.identity.id,
            file_name=path.name[:255],
            sha256=digest,
            content=text,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit(
            IMPORTED_ACTION,
            "reference_data",
            row.uuid,
            kind=table.kind.value,
            file=row.file_name,
            sha256=digest,
            first_day=table.first_day.isoformat(),
            last_day=table.last_day.isoformat(),
            periods=len(table.periods),
        )
    with database.session() as session:
        refresh_current(session)
    return table
