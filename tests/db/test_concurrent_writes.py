"""Two writers on one SQLite file: every write waits its turn (BEGIN IMMEDIATE and the
busy timeout) instead of failing with "database is locked"."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.database import Database, DatabaseBusyError, sqlite_url
from recouvrement_desktop.db.models import Case, JournalEntry
from recouvrement_desktop.services import journal
from tests.factories import add_officer
from tests.sqlite_files import raw_connection

from .conftest import new_client

NOTES_PER_WRITER = 60


def test_two_writers_never_meet_a_locked_database(tmp_path: Path) -> None:
    database, _ = open_sqlite(tmp_path / "cases.sqlite3", tmp_path / "backups")
    try:
        officer = add_officer(
            database, login="o", full_name="O", max_waiver="0", max_extension_months=0,
            min_rate="9",
        )  # fmt: skip
        with database.transaction() as session:
            case = Case(
                reference="DOS-1", client=new_client(), officer_id=officer.id, stage="amicable",
                priority="normal", opened_on=new_client().birth_date,
            )  # fmt: skip
            session.add(case)
            session.flush()
            case_id = case.id
        failures: list[BaseException] = []
        start = threading.Barrier(2)

        def writer(name: str) -> None:
            start.wait()
            for number in range(NOTES_PER_WRITER):
                try:
                    journal.add_note(database, officer, case_id, f"{name} {number}")
                except BaseException as error:
                    failures.append(error)

        threads = [threading.Thread(target=writer, args=(name,)) for name in ("a", "b")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert failures == []
        with database.session() as session:
            notes = session.scalar(select(func.count(JournalEntry.id)))
        assert notes == 2 * NOTES_PER_WRITER
    finally:
        database.dispose()


def test_a_lock_held_past_the_busy_timeout_is_a_clear_refusal(tmp_path: Path) -> None:
    """Another program keeps the write lock: the note is refused with its own message,
    nothing is half written, and it is saved once the lock is gone."""
    path = tmp_path / "cases.sqlite3"
    opened, _ = open_sqlite(path, tmp_path / "backups")
    opened.dispose()
    database = Database(sqlite_url(path), busy_timeout_ms=200)
    try:
        officer = add_officer(
            database, login="o", full_name="O", max_waiver="0", max_extension_months=0,
            min_rate="9",
        )  # fmt: skip
        with database.transaction() as session:
            case = Case(
                reference="DOS-1", client=new_client(), officer_id=officer.id, stage="amicable",
                priority="normal", opened_on=new_client().birth_date,
            )  # fmt: skip
            session.add(case)
            session.flush()
            case_id = case.id
        holder = raw_connection(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(DatabaseBusyError) as refused:
                journal.add_note(database, officer, case_id, "Rappel demain")
            assert "busy" in str(refused.value)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        with database.session() as session:
            assert session.scalar(select(func.count(JournalEntry.id))) == 0
        journal.add_note(database, officer, case_id, "Rappel demain")
        with database.session() as session:
            assert session.scalar(select(func.count(JournalEntry.id))) == 1
    finally:
        database.dispose()
