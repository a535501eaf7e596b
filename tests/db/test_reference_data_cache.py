"""Every case read asks for the reference tables in force: an imported file is parsed
once per process for each content (by its SHA-256), not at each read."""

from __future__ import annotations

from pathlib import Path

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.reference_data import ReferenceKind
from recouvrement_desktop.services.reference_data import active_tables, import_reference_file
from tests.factories import add_administrator

RATES = """
kind = "legal-interest-rates"
unit = "percent"

[[periods]]
from = 2026-01-01
until = 2026-06-30
source = "Arrêté du 15 décembre 2025, JORF n° 0302 du 26 décembre 2025"
[periods.values]
individuals = "6.67"
other-cases = "{other}"
"""
RATES_KIND = ReferenceKind.LEGAL_INTEREST_RATES


def _import(database: Database, admin: Identity, tmp_path: Path, other: str) -> None:
    path = tmp_path / "rates.toml"
    path.write_text(RATES.replace("{other}", other), encoding="utf-8")
    import_reference_file(database, admin, path)


def _in_force(database: Database) -> object:
    with database.session() as session:
        return active_tables(session)[RATES_KIND].table


def test_an_imported_table_is_parsed_once_and_a_new_import_read_anew(
    database: Database, tmp_path: Path
) -> None:
    admin = add_administrator(database)
    _import(database, admin, tmp_path, "2.62")
    first = _in_force(database)
    assert _in_force(database) is first  # the same parse, not a second one

    _import(database, admin, tmp_path, "2.70")
    newer = _in_force(database)
    assert newer is not first
    assert newer != first  # the new file's figures, not the cached ones
