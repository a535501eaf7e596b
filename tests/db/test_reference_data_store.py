"""Imported reference data in the database: a populated database upgraded to the
revision that adds the table keeps its audit chain whole, and each import is a covered
record with its audit event (sqlite and, where available, PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, ReferenceDataImport
from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.reference_data import ReferenceKind
from recouvrement_desktop.errors import UserFacingError
from recouvrement_desktop.services.reference_data import (
    active_tables,
    current_usury_table,
    import_reference_file,
)
from tests.factories import add_administrator, add_plain_officer
from tests.migration_steps import run_alone

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


def _file(tmp_path: Path, other: str = "2.62") -> Path:
    path = tmp_path / "rates.toml"
    path.write_text(RATES.replace("{other}", other), encoding="utf-8")
    return path


def test_upgrading_a_populated_database_keeps_the_chain_whole(
    database: Database, tmp_path: Path
) -> None:
    admin = add_administrator(database)
    run_alone(database, "0011_reference_data", up=False)
    run_alone(database, "0011_reference_data", up=True)
    with database.session() as session:
        assert verify_audit(session).intact
    import_reference_file(database, admin, _file(tmp_path))
    with database.session() as session:
        assert verify_audit(session).intact


def test_an_import_is_kept_covered_and_audited(database: Database, tmp_path: Path) -> None:
    admin = add_administrator(database)
    table = import_reference_file(database, admin, _file(tmp_path))
    assert table.kind is ReferenceKind.LEGAL_INTEREST_RATES
    with database.session() as session:
        row = session.scalars(select(ReferenceDataImport)).one()
        assert row.kind == "legal-interest-rates" and row.file_name == "rates.toml"
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "reference_data.imported")
        ).one()
        assert event.details["sha256"] == row.sha256
        assert event.details["kind"] == "legal-interest-rates"
        active = active_tables(session)[ReferenceKind.LEGAL_INTEREST_RATES]
        assert active.origin.startswith("imported:rates.toml")
        assert verify_audit(session).intact
    # Other kinds keep their shipped (here: the suite's) files.
    assert current_usury_table().entries


def test_a_refused_import_writes_nothing(database: Database, tmp_path: Path) -> None:
    admin, officer = add_administrator(database), add_plain_officer(database)
    with pytest.raises(DomainError, match="not a number"):
        import_reference_file(database, admin, _file(tmp_path, "2,62 %"))
    with pytest.raises(UserFacingError):
        import_reference_file(database, officer, _file(tmp_path))
    with database.session() as session:
        assert session.scalars(select(ReferenceDataImport)).first() is None
        assert verify_audit(session).intact
