"""``restore`` on a real PostgreSQL server (started by the fixtures): a ``pg_dump`` copy
comes back whole in place of the database, what it replaced is kept as a dump; a copy
from a newer version, with a broken audit chain, or not a copy at all, is refused and
nothing changes; only an administrator restores."""

from __future__ import annotations

import hashlib
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from recouvrement_desktop.db.audit_verify import verify_chain
from recouvrement_desktop.db.bootstrap import open_database
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    Agreement,
    AuditEvent,
    Base,
    Case,
    JournalEntry,
    Loan,
)
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import AgreementState, Channel, LoanCategory, OfficerRole
from recouvrement_desktop.services import journal
from recouvrement_desktop.services.backups import BackupError, _pg_dump, _pg_tool, back_up
from recouvrement_desktop.services.permissions import AccessRefusedError
from recouvrement_desktop.services.postgres_restore import restore_postgresql
from tests.cli.test_backup_cli import cli
from tests.factories import add_officer
from tests.postgres_server import PostgresServer

from .conftest import new_client

pytestmark = pytest.mark.postgres

# Tables whose rows a restore adds to: the copy's, then the restore's own event.
AUDIT_TABLES = {"audit_events", "audit_chain_head"}


@dataclass
class Target:
    server: PostgresServer
    name: str
    url: str
    database: Database


@pytest.fixture
def target(postgres_server: PostgresServer) -> Iterator[Target]:
    name = f"cases_{uuid.uuid4().hex[:12]}"
    url = postgres_server.create_database(name)
    database, _ = open_database(url)
    try:
        yield Target(postgres_server, name, url, database)
    finally:
        database.dispose()
        postgres_server.drop_database(name)


def _scratch(server: PostgresServer, request: pytest.FixtureRequest) -> tuple[str, str]:
    name = f"scratch_{uuid.uuid4().hex[:12]}"
    url = server.create_database(name)
    request.addfinalizer(lambda: server.drop_database(name))
    return name, url


def _people(database: Database) -> tuple[Identity, Identity]:
    admin = add_officer(
        database, login="admin", full_name="Admin", role=OfficerRole.ADMINISTRATOR,
        max_waiver="0.00", max_extension_months=0, min_rate="0.0000",
    )  # fmt: skip
    officer = add_officer(
        database, login="o", full_name="Officer", max_waiver="250.00",
        max_extension_months=6, min_rate="1.5000",
    )  # fmt: skip
    return admin, officer


def _fill(database: Database, officer: Identity) -> int:
    """A client, a case, a loan, notes and a sealed agreement (binary, JSON, money)."""
    pdf = b"%PDF-1.7 \x00\xff sealed"
    with database.transaction() as session:
        case = Case(
            reference="DOS-1", client=new_client(), officer_id=officer.id, stage="amicable",
            priority="normal", opened_on=date(2026, 9, 1), total_arrears=Decimal("812.40"),
        )  # fmt: skip
        session.add(case)
        session.flush()
        session.add(
            Loan(
                case_id=case.id, contract_number="PP-1", category=LoanCategory.PERSONAL_LOAN,
                original_amount=Decimal("9000.00"), nominal_rate=Decimal("5.2500"),
                start_date=date(2025, 1, 5), term_months=48, installment=Decimal("208.27"),
                outstanding_principal=Decimal("6000.00"),
            )
        )  # fmt: skip
        session.add(
            Agreement(
                reference="ACC-1", case_id=case.id, client_name="Mme Hélène Garçon-Lefèvre",
                officer_id=officer.id, status=AgreementState.SIGNED, channel=Channel.BRANCH,
                language="fr", snapshot={"installment": "208.27", "periods": 48},
                pdf=pdf, pdf_sha256=hashlib.sha256(pdf).hexdigest(),
            )
        )  # fmt: skip
        case_id = case.id
    for number in range(3):
        journal.add_note(database, officer, case_id, f"Note {number} — échéancier")
    return case_id


def _rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    database = Database(url)
    try:
        with database.engine.connect() as connection:
            return {
                table.name: [
                    tuple(row)
                    for row in connection.execute(
                        table.select().order_by(*table.primary_key.columns)
                    ).all()
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        database.dispose()


def _databases(server: PostgresServer) -> set[str]:
    database = Database(server.url())
    try:
        with database.engine.connect() as connection:
            return set(connection.execute(text("SELECT datname FROM pg_database")).scalars())
    finally:
        database.dispose()


def _pg_restore(dump: Path, url: str) -> None:
    done = subprocess.run(
        [_pg_tool("pg_restore"), "--no-owner", "--exit-on-error", "--dbname",
         url.replace("+psycopg", ""), str(dump)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_backup_then_restore_keeps_every_record(target: Target, tmp_path: Path) -> None:
    admin, officer = _people(target.database)
    case_id = _fill(target.database, officer)
    copied = _rows(target.url)
    copy = tmp_path / "copy.dump"
    back_up(target.database, admin, copy)
    journal.add_note(target.database, officer, case_id, "Written after the copy")
    before = _databases(target.server)

    report = restore_postgresql(target.url, copy, admin, tmp_path / "kept")

    restored = _rows(target.url)
    for name, rows in copied.items():  # every record of every table, value for value
        if name not in AUDIT_TABLES:
            assert restored[name] == rows, name
    assert restored["audit_events"][: len(copied["audit_events"])] == copied["audit_events"]
    assert len(restored["audit_events"]) == len(copied["audit_events"]) + 1
    assert len(restored["journal_entries"]) == 3 and len(restored["agreements"]) == 1
    with target.database.session() as session:  # the old pool reconnects to the new one
        assert verify_chain(session).intact
        assert (
            session.scalars(
                select(AuditEvent.action).order_by(AuditEvent.sequence.desc()).limit(1)
            ).one()
            == "database.restored"
        )
        pdf = session.scalars(select(Agreement.pdf)).one()
        assert pdf == b"%PDF-1.7 \x00\xff sealed"
        assert session.scalars(select(Loan.outstanding_principal)).one() == Decimal("6000.00")
    assert _databases(target.server) == before  # no working or replaced database left

    assert report.kept is not None and report.kept.parent == tmp_path / "kept"
    assert report.kept_database is None


def test_what_a_restore_replaces_is_kept_as_a_dump(
    target: Target, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    admin, officer = _people(target.database)
    case_id = _fill(target.database, officer)
    copy = tmp_path / "copy.dump"
    back_up(target.database, admin, copy)
    journal.add_note(target.database, officer, case_id, "Written after the copy")
    report = restore_postgresql(target.url, copy, admin, tmp_path / "kept")
    assert report.kept is not None
    _name, url = _scratch(target.server, request)
    _pg_restore(report.kept, url)
    kept = Database(url)
    try:  # nothing is lost: the replaced database holds the note written after the copy
        with kept.session() as session:
            assert session.scalar(select(func.count(JournalEntry.id))) == 4
    finally:
        kept.dispose()


def _spoiled_copy(
    target: Target, admin: Identity, tmp_path: Path, request: pytest.FixtureRequest, spoil: str
) -> Path:
    copy = tmp_path / "copy.dump"
    if spoil == "not a copy":
        copy.write_bytes(b"PGDMP not really" * 100)
        return copy
    back_up(target.database, admin, tmp_path / "good.dump")
    _name, url = _scratch(target.server, request)
    _pg_restore(tmp_path / "good.dump", url)
    scratch = Database(url)
    try:
        with scratch.engine.begin() as connection:
            if spoil == "newer":
                connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
            else:  # rewrite an audit event behind the application's back
                connection.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
                connection.execute(
                    text("UPDATE audit_events SET details = '{}' WHERE sequence = 1")
                )
        _pg_dump(scratch, copy)
    finally:
        scratch.dispose()
    return copy


@pytest.mark.parametrize("spoil", ["newer", "chain broken", "not a copy"])
def test_a_bad_copy_is_refused_and_nothing_changes(
    target: Target, tmp_path: Path, request: pytest.FixtureRequest, spoil: str
) -> None:
    admin, officer = _people(target.database)
    _fill(target.database, officer)
    copy = _spoiled_copy(target, admin, tmp_path, request, spoil)
    before = _rows(target.url)
    databases = _databases(target.server)
    with pytest.raises(BackupError, match=r"nothing was changed|not a copy") as refused:
        restore_postgresql(target.url, copy, admin, tmp_path / "kept")
    assert refused.value.exit_code == 2
    if spoil == "newer":
        assert "newer version" in str(refused.value.message)
    assert _rows(target.url) == before
    assert _databases(target.server) == databases  # the working database is gone
    assert not (tmp_path / "kept").exists()


def test_an_officer_cannot_restore(target: Target, tmp_path: Path) -> None:
    admin, officer = _people(target.database)
    _fill(target.database, officer)
    copy = tmp_path / "copy.dump"
    back_up(target.database, admin, copy)
    before = _rows(target.url)
    with pytest.raises(AccessRefusedError):
        restore_postgresql(target.url, copy, officer, tmp_path / "kept")
    after = _rows(target.url)
    assert len(after["audit_events"]) == len(before["audit_events"]) + 1  # the refusal
    assert {name: rows for name, rows in after.items() if name not in AUDIT_TABLES} == {
        name: rows for name, rows in before.items() if name not in AUDIT_TABLES
    }


def test_backup_and_restore_from_the_command_line(
    postgres_server: PostgresServer, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    _name, url = _scratch(postgres_server, request)
    assert cli("demo-data", "--cases", "5", "--db", url).returncode == 0
    copy = tmp_path / "copy.dump"
    done = cli("backup", "--out", str(copy), "--db", url, "--user", "demo.admin")
    assert done.returncode == 0, done.stderr
    before = _rows(url)
    refused = cli("restore", str(copy), "--db", url, "--user", "demo.officer")
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    restored = cli("restore", str(copy), "--db", url, "--user", "demo.admin")
    assert restored.returncode == 0, restored.stderr
    assert "restored" in restored.stdout and "kept as" in restored.stdout
    after = _rows(url)
    assert {name: rows for name, rows in after.items() if name not in AUDIT_TABLES} == {
        name: rows for name, rows in before.items() if name not in AUDIT_TABLES
    }


def test_the_database_owner_restores_without_being_a_superuser(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    """As on a bank's server: the application's role owns its database and may create
    databases, nothing more."""
    role = f"owner_{uuid.uuid4().hex[:10]}"
    name = f"cases_{uuid.uuid4().hex[:12]}"
    postgres_server.execute(f"CREATE ROLE {role} LOGIN CREATEDB")
    postgres_server.execute(f"CREATE DATABASE {name} OWNER {role}")
    url = postgres_server.url(name).replace(f"//{postgres_server.user}@", f"//{role}@")
    try:
        database, _ = open_database(url)
        try:
            admin, officer = _people(database)
            case_id = _fill(database, officer)
            copied = _rows(url)
            copy = tmp_path / "copy.dump"
            back_up(database, admin, copy)
            journal.add_note(database, officer, case_id, "Written after the copy")
        finally:
            database.dispose()
        report = restore_postgresql(url, copy, admin, tmp_path / "kept")
        assert report.kept is not None and report.kept_database is None
        restored = _rows(url)
        assert restored["journal_entries"] == copied["journal_entries"]
        assert restored["clients"] == copied["clients"]
        owner = Database(postgres_server.url())
        try:
            with owner.engine.connect() as connection:
                assert (
                    connection.execute(
                        text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :n"),
                        {"n": name},
                    ).scalar_one()
                    == role
                )
        finally:
            owner.dispose()
    finally:
        postgres_server.drop_database(name)
        postgres_server.execute(f"DROP ROLE IF EXISTS {role}")
