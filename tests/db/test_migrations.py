"""Start-up migrations: applied once, in agreement with the models, safe with old, newer,
foreign or broken databases."""

from __future__ import annotations

import hashlib
import random
import shutil
import socket
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from recouvrement_desktop.db import migrate
from recouvrement_desktop.db.audit import append_event
from recouvrement_desktop.db.bootstrap import open_database
from recouvrement_desktop.db.database import Database, DatabaseError
from recouvrement_desktop.db.migrate import alembic_config, head_revision, upgrade_database
from recouvrement_desktop.db.models import Base, is_search_index
from recouvrement_desktop.paths import migrations_dir
from tests.sqlite_files import raw_connection

APPLICATION_TABLES = {table.name for table in Base.metadata.sorted_tables}


def _revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _tables(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def _model_tables(database: Database) -> set[str]:
    return {name for name in _tables(database) if not is_search_index(name)}


def _snapshot(url: str) -> dict[str, Any]:
    """Every table with all its rows, and for SQLite the bytes of the file and its folder."""
    state: dict[str, Any] = {}
    if url.startswith("sqlite"):
        path = Path(url.split("///", 1)[1])
        state["files"] = sorted(p.name for p in path.parent.iterdir())
        state["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
        return state  # the bytes say it all; do not even open it
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            for table in sorted(inspect(connection).get_table_names()):
                rows = connection.execute(text(f'SELECT * FROM "{table}"')).all()
                state[table] = sorted(tuple(map(repr, row)) for row in rows)
    finally:
        engine.dispose()
    return state


def _insert_officer(database: Database, login: str = "jdupont") -> None:
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO officers (uuid, login, full_name, role, branch, max_waiver, "
                "max_extension_months, min_rate, active, created_at) VALUES "
                "(:uuid, :login, 'Jean Dupont', 'officer', 'Agence Nantes', 50000, 12, 25000, "
                "true, CURRENT_TIMESTAMP)"
            ),
            {"uuid": uuid.uuid4().hex, "login": login},
        )


# --- applying migrations ------------------------------------------------------------


def test_migrations_create_the_schema_on_an_empty_database(
    database_url: str, backup_dir: Path
) -> None:
    database, report = open_database(database_url, backup_dir)
    try:
        assert report.previous_revision is None
        assert report.current_revision == head_revision()
        assert report.upgraded
        assert report.backup is None  # nothing to back up in a brand-new database
        assert _revision(database) == head_revision()
        assert _model_tables(database) == APPLICATION_TABLES | {"alembic_version"}
        with database.engine.connect() as connection:
            head = connection.execute(
                text("SELECT sequence, last_hash FROM audit_chain_head")
            ).all()
        assert head == [(0, "0" * 64)]
    finally:
        database.dispose()
    assert not backup_dir.exists() or not any(backup_dir.iterdir())


def test_a_second_start_is_a_no_op(database_url: str, backup_dir: Path) -> None:
    first, _ = open_database(database_url, backup_dir)
    first.dispose()
    before = _snapshot(database_url)
    second, report = open_database(database_url, backup_dir)
    try:
        assert report.previous_revision == report.current_revision == head_revision()
        assert not report.upgraded
        assert report.backup is None
    finally:
        second.dispose()
    assert _snapshot(database_url) == before
    assert not backup_dir.exists() or not any(backup_dir.iterdir())


def test_models_and_migrations_agree(database: Database) -> None:
    def in_the_models(name: str | None, kind: str, _parents: Any) -> bool:
        return not (kind in ("table", "index") and is_search_index(name))

    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": in_the_models}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_downgrade_to_base_and_upgrade_again(database: Database) -> None:
    _insert_officer(database)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert _tables(database) <= {"alembic_version"}  # Alembic keeps its (empty) table
    assert _revision(database) is None
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert _revision(database) == head_revision()
    assert _model_tables(database) == APPLICATION_TABLES | {"alembic_version"}
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM officers")).scalar_one() == 0
    # The chain head and the append-only triggers came back with the schema.
    with database.transaction() as session:
        append_event(session, officer=None, action="test", entity_type="schema")
    with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_events"))


def test_start_up_accepts_a_database_downgraded_to_base(database: Database) -> None:
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    report = upgrade_database(database)
    assert report.current_revision == head_revision()


# --- a database written by a newer version ----------------------------------------


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(
    database_url: str, backup_dir: Path
) -> None:
    database, _ = open_database(database_url, backup_dir)
    _insert_officer(database)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.dispose()
    before = _snapshot(database_url)

    with pytest.raises(DatabaseError, match="newer version") as refused:
        open_database(database_url, backup_dir)

    assert "9999_future" in str(refused.value)
    assert _snapshot(database_url) == before
    assert not backup_dir.exists() or not any(backup_dir.iterdir())


# --- backups before upgrading an existing SQLite database ---------------------------

SECOND_REVISION = '''\
"""Throwaway second revision for the backup test."""

import sqlalchemy as sa
from alembic import op

revision = "9000_throwaway"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("throwaway_notes", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("throwaway_notes")
'''


def _use_newer_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make a copy of the shipped migrations plus one more revision the one in use."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / "9000_throwaway.py").write_text(
        SECOND_REVISION.replace("{head}", head_revision())
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: copy)
    monkeypatch.setattr(migrate, "SCHEMA_REVISION", "9000_throwaway")


def test_upgrading_an_existing_sqlite_database_backs_it_up_first(
    tmp_path: Path, backup_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'cases.sqlite3'}"
    database, _ = open_database(url, backup_dir)
    _insert_officer(database, login="before-upgrade")
    database.dispose()
    old_revision = head_revision()
    _use_newer_migrations(tmp_path, monkeypatch)

    upgraded, report = open_database(url, backup_dir)
    try:
        assert report.previous_revision == old_revision
        assert report.current_revision == "9000_throwaway"
        assert "throwaway_notes" in _tables(upgraded)
    finally:
        upgraded.dispose()

    assert report.backup is not None
    assert report.backup.parent == backup_dir
    assert [p.name for p in backup_dir.iterdir()] == [report.backup.name]
    with closing(raw_connection(report.backup, key_of=tmp_path / "cases.sqlite3")) as backup:
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (old_revision,)
        ]
        assert backup.execute("SELECT login FROM officers").fetchall() == [("before-upgrade",)]
        tables = {row[0] for row in backup.execute("SELECT name FROM sqlite_master")}
        assert "throwaway_notes" not in tables


def test_a_new_revision_is_applied_on_every_backend(
    database_url: str, backup_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, _ = open_database(database_url, backup_dir)
    _insert_officer(database)
    database.dispose()
    shipped_head = head_revision()
    _use_newer_migrations(tmp_path, monkeypatch)

    upgraded, report = open_database(database_url, backup_dir)
    try:
        assert (report.previous_revision, report.current_revision) == (
            shipped_head,
            "9000_throwaway",
        )
        assert _revision(upgraded) == "9000_throwaway"
        assert "throwaway_notes" in _tables(upgraded)
        with upgraded.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM officers")).scalar_one() == 1
    finally:
        upgraded.dispose()
    # Only a SQLite file is copied; a server database is the server's to back up.
    assert (report.backup is not None) == database_url.startswith("sqlite")


# --- files and URLs that are not our database ---------------------------------------


def test_a_file_that_is_not_a_database_is_refused_and_untouched(
    tmp_path: Path, backup_dir: Path
) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(random.Random(20261128).randbytes(8192))
    url = f"sqlite+pysqlite:///{path}"
    before = _snapshot(url)
    with pytest.raises(DatabaseError, match="not a Recouvrement Desktop database"):
        open_database(url, backup_dir)
    assert _snapshot(url) == before


def _foreign_sqlite_database(path: Path) -> str:
    """Another application's SQLite file, in SQLite's default (rollback journal) mode."""
    with closing(sqlite3.connect(path)) as foreign, foreign:
        foreign.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)")
        foreign.execute("INSERT INTO invoices (total) VALUES ('12.50')")
    return f"sqlite+pysqlite:///{path}"


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path, backup_dir: Path) -> None:
    url = _foreign_sqlite_database(tmp_path / "accounting.sqlite3")
    with pytest.raises(DatabaseError, match="not a Recouvrement Desktop database"):
        open_database(url, backup_dir)
    with closing(sqlite3.connect(tmp_path / "accounting.sqlite3")) as foreign:
        assert foreign.execute("SELECT total FROM invoices").fetchall() == [("12.50",)]
        assert {row[0] for row in foreign.execute("SELECT name FROM sqlite_master")} == {"invoices"}


def test_a_refused_foreign_sqlite_database_is_left_byte_for_byte_untouched(
    tmp_path: Path, backup_dir: Path
) -> None:
    url = _foreign_sqlite_database(tmp_path / "accounting.sqlite3")
    before = _snapshot(url)
    with pytest.raises(DatabaseError, match="not a Recouvrement Desktop database"):
        open_database(url, backup_dir)
    assert _snapshot(url) == before


@pytest.mark.postgres
def test_a_foreign_postgresql_database_is_refused_and_untouched(
    postgres_server: Any, backup_dir: Path
) -> None:
    url = postgres_server.create_database("foreign_accounting")
    try:
        postgres_server.execute(
            "CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)", "foreign_accounting"
        )
        postgres_server.execute("INSERT INTO invoices (total) VALUES (12.5)", "foreign_accounting")
        before = _snapshot(url)
        with pytest.raises(DatabaseError, match="not a Recouvrement Desktop database"):
            open_database(url, backup_dir)
        assert _snapshot(url) == before
    finally:
        postgres_server.drop_database("foreign_accounting")


@pytest.mark.parametrize("url", ["nonsense://x", "not a url", "mysql://user@host/db", ""])
def test_a_bad_url_is_refused(url: str, backup_dir: Path) -> None:
    with pytest.raises(DatabaseError):
        open_database(url, backup_dir)


def test_an_unreachable_postgresql_server_is_a_clear_error(backup_dir: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/cases?connect_timeout=5"
    with pytest.raises(DatabaseError, match="Cannot open the database"):
        open_database(url, backup_dir)


@pytest.mark.postgres
def test_a_missing_postgresql_database_is_a_clear_error(
    postgres_server: Any, backup_dir: Path
) -> None:
    with pytest.raises(DatabaseError, match="Cannot open the database"):
        open_database(postgres_server.url("no_such_database"), backup_dir)


@pytest.mark.parametrize("generated", [True, False])
def test_a_database_holding_demonstration_data_is_marked_as_such(
    database: Database, generated: bool
) -> None:
    """Migration 0006 marks the databases whose audit trail records a demonstration
    data generation, and no other."""
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005_accounts_and_access_log")
    if generated:
        with database.transaction() as session:
            append_event(session, officer=None, action="demo_data.generated", entity_type="x")
    else:
        _insert_officer(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with database.engine.connect() as connection:
        marks = connection.execute(
            text("SELECT name, value FROM database_marks WHERE name = 'purpose'")
        ).all()
    assert [tuple(mark) for mark in marks] == ([("purpose", "demonstration")] if generated else [])


def test_a_revision_that_disagrees_with_the_tables_is_refused_and_untouched(
    database_url: str, backup_dir: Path
) -> None:
    """Tables at the head, a revision recorded two steps back: the migrations fail, in
    one rolled-back transaction. A clear refusal each time, the data as it was, and no
    copy left behind by the refused attempts."""
    database, _ = open_database(database_url, backup_dir)
    _insert_officer(database, login="kept")
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0004_search_index'"))
    database.dispose()
    for _attempt in range(2):
        with pytest.raises(migrate.SchemaMismatchError, match="do not match") as refused:
            open_database(database_url, backup_dir)
        assert refused.value.exit_code == 2
    reopened = Database(database_url)
    try:
        with reopened.engine.connect() as connection:
            assert connection.execute(text("SELECT login FROM officers")).scalars().all() == [
                "kept"
            ]
            revision = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert revision.scalar_one() == "0004_search_index"
    finally:
        reopened.dispose()
    assert not backup_dir.exists()  # neither a copy nor an empty folder


def test_a_database_elsewhere_is_backed_up_beside_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "branch" / "cases.sqlite3"
    path.parent.mkdir()
    database, _ = open_database(f"sqlite:///{path}")
    database.dispose()
    _use_newer_migrations(tmp_path, monkeypatch)
    upgraded, report = open_database(f"sqlite:///{path}")
    upgraded.dispose()
    assert report.backup is not None and report.backup.parent == path.parent / "backups"
