"""Encryption at rest, on real files and the sandbox's real (file) keystore: a real
database cannot be read as SQLite without its key, the application opens it with the
key, the demonstration database stays clear, ``db encrypt`` keeps every record, backups
are encrypted too and come back whole, and a lost key is given back with the recovery
key."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import keyring
import pytest
from sqlalchemy import func, select, text

from recouvrement_desktop.db import bootstrap
from recouvrement_desktop.db.audit import COVERAGE_ACTIONS
from recouvrement_desktop.db.audit_verify import verify_audit, verify_chain
from recouvrement_desktop.db.bootstrap import open_existing_database, open_sqlite
from recouvrement_desktop.db.database import Database, sqlite_url
from recouvrement_desktop.db.encryption import (
    CLEAR_HEADER,
    MissingKeyError,
    WrongKeyError,
    key_name,
    new_key,
    parse_recovery_key,
    store_key,
    stored_key,
)
from recouvrement_desktop.db.models import AuditEvent, Base, Case, JournalEntry, Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.keystore import SERVICE
from recouvrement_desktop.services import journal
from recouvrement_desktop.services.backups import back_up, daily_backup, restore
from recouvrement_desktop.services.database_encryption import (
    EncryptionError,
    encrypt,
    recovery_key,
    unlock,
)
from recouvrement_desktop.services.demo_data import generate_demo_data
from tests.factories import add_administrator, add_plain_officer

from .conftest import new_client

COUNTED = [table.name for table in Base.metadata.sorted_tables]

MARKS_AND_EVENTS = ("audit_events", "database_marks")


def _read_as_plain_sqlite(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _assert_unreadable_without_key(path: Path) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        _read_as_plain_sqlite(path)
    assert path.read_bytes()[: len(CLEAR_HEADER)] != CLEAR_HEADER


def _forget_key(path: Path) -> None:
    keyring.delete_password(SERVICE, key_name(path))


def _fill(database: Database, notes: int = 4) -> tuple[Identity, Identity]:
    admin, officer = add_administrator(database), add_plain_officer(database)
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
    return admin, officer


def _counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {
            name: int(connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one())
            for name in COUNTED
        }


def _clear_real_database(path: Path) -> Database:
    """A real database as an earlier version left it: clear, no demonstration mark."""
    database, _ = open_sqlite(path, path.parent / "backups", demonstration=True)
    assert not database.is_encrypted
    return database


# ------------------------------------------------------------------ new databases


def test_a_new_real_database_cannot_be_read_without_its_key(tmp_path: Path) -> None:
    path = tmp_path / "real.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups")
    try:
        assert database.is_encrypted
        _fill(database)
        journal_entries = _counts(database)["journal_entries"]
    finally:
        database.dispose()
    _assert_unreadable_without_key(path)
    assert stored_key(path) is not None
    reopened, report = open_sqlite(path, tmp_path / "backups")
    try:  # the application opens it with the key the keystore keeps, as it was
        assert reopened.is_encrypted and not report.upgraded
        assert _counts(reopened)["journal_entries"] == journal_entries == 4
        with reopened.session() as session:
            assert verify_chain(session).intact
            assert session.scalar(select(func.count(Officer.id))) == 2
    finally:
        reopened.dispose()
    verified = open_existing_database(sqlite_url(path))  # ``verify``'s way in
    verified.dispose()


def test_the_demonstration_database_stays_clear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The demonstration's own file, here in this test's folder (other tests check the
    # sandbox's is never made behind their back).
    own_path = tmp_path / "demo" / "recouvrement-demo.sqlite3"
    monkeypatch.setattr(bootstrap, "demo_database_path", lambda: own_path)
    asked = tmp_path / "demo.sqlite3"
    database, _ = open_sqlite(asked, demonstration=True)
    try:
        generate_demo_data(database, 3, today=date(2026, 11, 28))
    finally:
        database.dispose()
    own, _ = open_sqlite(own_path)  # the demonstration's own file, as --demo opens it
    own.dispose()
    for path in (asked, own_path):
        assert path.read_bytes()[: len(CLEAR_HEADER)] == CLEAR_HEADER
        _read_as_plain_sqlite(path)
        assert stored_key(path) is None


def test_a_missing_key_is_a_clear_refusal_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "real.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups")
    _fill(database, notes=1)
    database.dispose()
    before = path.read_bytes()
    _forget_key(path)
    with pytest.raises(MissingKeyError, match="key is not in this computer's keystore") as refused:
        open_sqlite(path, tmp_path / "backups")
    assert refused.value.exit_code == 2
    assert "db unlock" in str(refused.value) and str(path) in str(refused.value)
    store_key(path, new_key())  # another key: refused as well, with its own message
    with pytest.raises(WrongKeyError, match="does not open") as wrong:
        open_sqlite(path, tmp_path / "backups")
    assert wrong.value.exit_code == 2
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())


# -------------------------------------------------------------------- db encrypt


def test_encrypting_a_clear_database_keeps_every_record(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    database = _clear_real_database(path)
    admin, _officer_identity = _fill(database, notes=6)
    older = daily_backup(database, date(2026, 12, 1))  # a clear copy from before
    before = _counts(database)
    _read_as_plain_sqlite(path)

    report = encrypt(database, admin)

    _assert_unreadable_without_key(path)
    assert older is not None and report.copies == (older,)
    _assert_unreadable_without_key(older)  # no clear copy of the data is left behind
    assert report.rows >= sum(before.values())  # the search index's own tables too
    key = stored_key(path)
    assert key is not None and parse_recovery_key(report.recovery_key) == key
    assert not list(tmp_path.glob(".cases*"))
    encrypted = Database(sqlite_url(path))
    try:
        after = _counts(encrypted)
        unchanged = {name: n for name, n in before.items() if name not in MARKS_AND_EVENTS}
        assert {name: n for name, n in after.items() if name not in MARKS_AND_EVENTS} == unchanged
        assert after["audit_events"] > before["audit_events"]
        # Its recovery key shown; the audit key sealed under the file's own key.
        assert after["database_marks"] == before["database_marks"] + 2
        with encrypted.session() as session:
            assert verify_audit(session).intact  # the chain, and every record
            actions = session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.action.not_in(COVERAGE_ACTIONS))
                .order_by(AuditEvent.sequence.desc())
            ).all()
            assert actions[0] == "database.encrypted"
            notes = session.scalars(select(JournalEntry.note).order_by(JournalEntry.id)).all()
            assert [note for note in notes if note] == [f"Note {n}" for n in range(6)]
    finally:
        encrypted.dispose()
    with pytest.raises(EncryptionError, match="already shown"):  # shown once
        database, _ = open_sqlite(path)
        try:
            recovery_key(database, admin)
        finally:
            database.dispose()


def test_encrypt_refuses_what_it_must_and_changes_nothing(
    demo_database: Database, tmp_path: Path
) -> None:
    demo_path = demo_database.sqlite_path
    assert demo_path is not None
    demo_before = demo_path.read_bytes()
    with pytest.raises(EncryptionError, match="demonstration database") as refused:
        encrypt(demo_database, None)
    assert refused.value.exit_code == 2 and demo_path.read_bytes() == demo_before

    encrypted, _ = open_sqlite(tmp_path / "real.sqlite3")
    with pytest.raises(EncryptionError, match="already encrypted"):
        encrypt(encrypted, None)
    encrypted.dispose()

    path = tmp_path / "in-use.sqlite3"
    database = _clear_real_database(path)
    admin, _ = _fill(database, notes=1)
    other = sqlite3.connect(path)  # the application open elsewhere
    try:
        other.execute("SELECT count(*) FROM cases").fetchone()
        with pytest.raises(EncryptionError, match="in use"):
            encrypt(database, admin)
    finally:
        other.close()
    _read_as_plain_sqlite(path)
    assert stored_key(path) is None and not list(tmp_path.glob(".in-use*"))


# --------------------------------------------------------- backups and the key lost


def test_backup_then_restore_of_an_encrypted_database_keeps_every_record(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cases.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups")
    admin, officer = _fill(database, notes=5)
    copied = _counts(database)
    copy = tmp_path / "copy.sqlite3"
    back_up(database, admin, copy)
    journal.add_note(database, officer, 1, "Written after the copy")
    daily = daily_backup(database, date(2026, 12, 2))
    database.dispose()
    _assert_unreadable_without_key(copy)
    assert daily is not None
    _assert_unreadable_without_key(daily)

    report = restore(path, copy, admin)
    _assert_unreadable_without_key(path)
    assert report.kept is not None
    _assert_unreadable_without_key(report.kept)
    restored = Database(sqlite_url(path))
    try:
        assert _counts(restored) == {**copied, "audit_events": copied["audit_events"] + 1}
        with restored.session() as session:
            assert verify_chain(session).intact
    finally:
        restored.dispose()


def test_a_lost_key_comes_back_with_the_recovery_key(tmp_path: Path) -> None:
    """A new machine: the database file and a copy, no key. The recovery key, shown
    once to the administrator, opens both again."""
    path = tmp_path / "cases.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups")
    admin, _ = _fill(database, notes=2)
    written_down = recovery_key(database, admin)
    copy = tmp_path / "copy.sqlite3"
    back_up(database, admin, copy)
    counts = _counts(database)
    database.dispose()
    for lost in (path, copy):
        _forget_key(lost)

    with pytest.raises(MissingKeyError):
        open_sqlite(path)
    with pytest.raises(EncryptionError, match="does not open"):
        unlock(path, "0123-" * 15 + "4567")
    unlock(path, written_down.lower().replace("\n", " "))
    reopened, _ = open_sqlite(path)
    try:
        assert _counts(reopened) == counts
    finally:
        reopened.dispose()

    fresh = tmp_path / "elsewhere" / "cases.sqlite3"  # a restore onto a new machine
    with pytest.raises(Exception, match="recovery key"):
        restore(fresh, copy, None)
    assert not fresh.exists()
    unlock(copy, written_down)
    restore(fresh, copy, None)
    _assert_unreadable_without_key(fresh)
    moved = Database(sqlite_url(fresh))
    try:
        assert _counts(moved)["journal_entries"] == 2
    finally:
        moved.dispose()


def test_a_clear_copy_from_before_encryption_is_encrypted_as_it_comes_back(
    tmp_path: Path,
) -> None:
    path = tmp_path / "cases.sqlite3"
    database = _clear_real_database(path)
    admin, _ = _fill(database, notes=3)
    clear_copy = tmp_path / "clear-copy.sqlite3"
    back_up(database, admin, clear_copy)
    encrypt(database, admin)
    _read_as_plain_sqlite(clear_copy)  # the administrator's own copy, left where it was

    restore(path, clear_copy, admin)
    _assert_unreadable_without_key(path)
    restored = Database(sqlite_url(path))
    try:
        assert _counts(restored)["journal_entries"] == 3
    finally:
        restored.dispose()


def test_sqlite_is_encrypted_and_postgresql_left_to_its_server(
    database: Database, backend: str
) -> None:
    """The application's own start-up path on either backend: a new SQLite file is
    encrypted; a PostgreSQL database has no key of ours, and ``db encrypt`` says why."""
    assert database.is_encrypted == (backend == "sqlite")
    if backend == "sqlite":
        path = database.sqlite_path
        assert path is not None
        database.dispose()
        _assert_unreadable_without_key(path)
        return
    with pytest.raises(EncryptionError, match="PostgreSQL server encrypts its own storage"):
        encrypt(database, None)
