"""Copies of the database and their return, on real files and a real PostgreSQL server:
consistent and complete copies, an interrupted one that leaves the previous whole, the
daily copies' retention, and a restore that refuses what it should before touching
anything."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import uuid
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from recouvrement_desktop.db.audit_verify import verify_chain
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, Base, Case, JournalEntry
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.services import journal
from recouvrement_desktop.services.backups import (
    BackupError,
    _pg_tool,
    back_up,
    copy_sqlite,
    daily_backup,
    restore,
)
from recouvrement_desktop.services.permissions import AccessRefusedError
from tests.factories import add_administrator, add_plain_officer
from tests.postgres_server import PostgresServer
from tests.sqlite_files import raw_connection

from .conftest import new_client

COUNTED = [table.name for table in Base.metadata.sorted_tables]


def _case_with_notes(database: Database, officer: Identity, notes: int) -> int:
    with database.transaction() as session:
        case = Case(
            reference="DOS-1", client=new_client(), officer_id=officer.id, stage="amicable",
            priority="normal", opened_on=date(2026, 9, 1),
        )  # fmt: skip
        session.add(case)
        session.flush()
        case_id = case.id
    for number in range(notes):
        journal.add_note(database, officer, case_id, f"Note {number}")
    return case_id


def _counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {
            name: int(connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one())
            for name in COUNTED
        }


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_holds_every_record(
    database: Database, backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    admin = add_administrator(database)
    officer = add_plain_officer(database)
    _case_with_notes(database, officer, 5)
    before = _counts(database)
    out = tmp_path / "copy.backup"
    report = back_up(database, admin, out)
    assert report.path == out and report.size == out.stat().st_size > 0
    assert report.sha256 == _digest(out)
    assert not list(tmp_path.glob(".*partial"))
    if backend == "sqlite":
        copy = Database(f"sqlite:///{out}")
    else:  # the dump goes back into a new database with PostgreSQL's own tool
        server: PostgresServer = request.getfixturevalue("postgres_server")
        name = f"restored_{uuid.uuid4().hex[:12]}"
        url = server.create_database(name)
        request.addfinalizer(lambda: server.drop_database(name))
        done = subprocess.run(
            [_pg_tool("pg_restore"), "--no-owner", "--exit-on-error", "--dbname",
             url.replace("+psycopg", ""), str(out)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        copy = Database(url)
    try:
        assert _counts(copy) == before
        with copy.session() as session:  # older than the head sealed after the backup
            assert verify_chain(session, anchored=False).intact
            assert not verify_chain(session).intact
    finally:
        copy.dispose()
    with database.session() as session:  # the backup itself is in the audit trail
        action = session.scalars(
            select(AuditEvent.action).order_by(AuditEvent.sequence.desc()).limit(1)
        ).one()
    assert action == "database.backed_up"


def test_only_an_administrator_backs_up(database: Database, tmp_path: Path) -> None:
    officer = add_plain_officer(database)
    with pytest.raises(AccessRefusedError, match="administrator"):
        back_up(database, officer, tmp_path / "copy.backup")
    assert not (tmp_path / "copy.backup").exists() and not list(tmp_path.glob(".*partial"))


@pytest.mark.parametrize("kind", ["pipe", "folder"])
def test_a_backup_over_what_is_not_a_file_is_refused_and_leaves_it_alone(
    database: Database, tmp_path: Path, kind: str
) -> None:
    """``backup --out /dev/null`` as root replaced the device with a regular file: the
    copy is renamed into place. A pipe stands for the device here (a test never
    touches /dev); a folder would fail halfway."""
    admin = add_administrator(database)
    (tmp_path / "copies").mkdir()
    out = tmp_path / "copies" / "out"
    if kind == "pipe":
        os.mkfifo(out)
    else:
        out.mkdir()
    with pytest.raises(BackupError, match="is not a file") as refused:
        back_up(database, admin, out)
    assert refused.value.exit_code == 2
    assert stat.S_ISFIFO(out.stat().st_mode) if kind == "pipe" else out.is_dir()
    assert [p.name for p in out.parent.iterdir()] == ["out"]  # no partial copy


def test_a_backup_over_the_database_itself_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups")
    try:
        admin = add_administrator(database)
        before = _counts(database)
        with pytest.raises(BackupError, match="the database itself"):
            back_up(database, admin, tmp_path / "." / "cases.sqlite3")
        assert _counts(database) == before
        assert not list(tmp_path.glob(".*partial"))
    finally:
        database.dispose()


@pytest.fixture
def sqlite_database(tmp_path: Path) -> tuple[Database, Path]:
    path = tmp_path / "cases.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups")
    return database, path


def test_a_backup_killed_midway_leaves_the_previous_copy_whole(
    sqlite_database: tuple[Database, Path], tmp_path: Path
) -> None:
    """A real kill -9 of the process that backs up, at its first step."""
    database, path = sqlite_database
    try:
        officer = add_plain_officer(database)
        _case_with_notes(database, officer, 300)  # several steps' worth of pages
        out = tmp_path / "copy.sqlite3"
        copy_sqlite(path, out)
        previous = _digest(out)
        journal.add_note(database, officer, 1, "After the first copy")
    finally:
        database.dispose()
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from recouvrement_desktop.services.backups import copy_sqlite\n"
        "def die(_remaining, _total):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "copy_sqlite(Path(sys.argv[1]), Path(sys.argv[2]), step=die)\n"
    )
    killed = subprocess.run(
        [sys.executable, "-c", script, str(path), str(out)], capture_output=True, check=False
    )
    assert killed.returncode == -9
    assert _digest(out) == previous
    with closing(raw_connection(out, key_of=path)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy_sqlite(path, out)  # the next backup clears what the killed one left
    assert not list(tmp_path.glob(".*partial"))


def test_daily_copies_keep_a_week_of_days_and_four_weeks_before(
    sqlite_database: tuple[Database, Path],
) -> None:
    """Forty days of starts ending on Thursday 3 December 2026, worked by hand: the
    days from 27 November to 3 December; then the newest copy of each of the four ISO
    weeks before — 26 November (week 48), 22 November (47), 15 (46), 8 (45)."""
    database, path = sqlite_database
    try:
        last = date(2026, 12, 3)
        for back in range(39, -1, -1):
            assert daily_backup(database, last - timedelta(days=back)) is not None
        assert daily_backup(database, last) is None  # one a day
    finally:
        database.dispose()
    kept = sorted(p.name for p in (path.parent / "backups").glob("cases-daily-*.sqlite3"))
    expected = [date(2026, 11, day) for day in (8, 15, 22, 26, 27, 28, 29, 30)] + [
        date(2026, 12, day) for day in (1, 2, 3)
    ]
    assert kept == [f"cases-daily-{day.isoformat()}.sqlite3" for day in expected]


def test_a_restore_brings_the_copy_back_and_keeps_what_it_replaced(
    sqlite_database: tuple[Database, Path], tmp_path: Path
) -> None:
    database, path = sqlite_database
    admin = add_administrator(database)
    officer = add_plain_officer(database)
    case_id = _case_with_notes(database, officer, 3)
    copied = _counts(database)
    back_up(database, admin, tmp_path / "copy.sqlite3")
    journal.add_note(database, officer, case_id, "Written after the copy")
    database.dispose()

    report = restore(path, tmp_path / "copy.sqlite3", admin)
    assert report.kept is not None and report.kept.parent == path.parent / "backups"
    restored = Database(f"sqlite:///{path}")
    try:
        counts = _counts(restored)
        assert counts["journal_entries"] == copied["journal_entries"] == 3
        # the copy's events, and the restore's
        assert counts["audit_events"] == copied["audit_events"] + 1
        with restored.session() as session:
            assert verify_chain(session).intact
            assert (
                session.scalars(
                    select(AuditEvent.action).order_by(AuditEvent.sequence.desc()).limit(1)
                ).one()
                == "database.restored"
            )
    finally:
        restored.dispose()
    kept = Database(f"sqlite:///{report.kept}")
    try:  # nothing is lost: the replaced database holds the note written after the copy
        with kept.session() as session:
            assert session.scalar(select(func.count(JournalEntry.id))) == 4
    finally:
        kept.dispose()


def _tamper(copy: Path) -> None:
    """Rewrite an audit event's details behind the application's back."""
    with closing(raw_connection(copy)) as connection, connection:
        connection.execute("DROP TRIGGER audit_events_no_update")
        connection.execute("UPDATE audit_events SET details = '{}' WHERE sequence = 1")


@pytest.mark.parametrize("spoil", ["newer", "damaged", "not a database", "chain broken"])
def test_a_restore_refuses_a_bad_copy_and_changes_nothing(
    sqlite_database: tuple[Database, Path], tmp_path: Path, spoil: str
) -> None:
    database, path = sqlite_database
    admin = add_administrator(database)
    _case_with_notes(database, add_plain_officer(database), 2)
    copy = tmp_path / "copy.sqlite3"
    back_up(database, admin, copy)
    database.dispose()
    if spoil == "newer":
        with closing(raw_connection(copy)) as connection, connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    elif spoil == "damaged":
        data = bytearray(copy.read_bytes())
        data[100:4096] = os.urandom(3996)  # the schema page, after the file header
        copy.write_bytes(bytes(data))
    elif spoil == "not a database":
        copy.write_bytes(b"not a database at all" * 100)
    else:
        _tamper(copy)
    before = _digest(path)
    with pytest.raises(BackupError, match=r"nothing was changed|not a copy") as refused:
        restore(path, copy, admin)
    assert refused.value.exit_code == 2
    assert _digest(path) == before
    assert not list(tmp_path.glob(".cases*"))  # no working copy left behind


def test_an_officer_cannot_restore(sqlite_database: tuple[Database, Path], tmp_path: Path) -> None:
    database, path = sqlite_database
    admin = add_administrator(database)
    officer = add_plain_officer(database)
    _case_with_notes(database, officer, 2)
    back_up(database, admin, tmp_path / "copy.sqlite3")
    journal.add_note(database, officer, 1, "After the copy")
    before = _counts(database)
    with pytest.raises(AccessRefusedError):
        restore(path, tmp_path / "copy.sqlite3", officer)
    after = _counts(database)
    database.dispose()
    assert after == {**before, "audit_events": before["audit_events"] + 1}  # the refusal
