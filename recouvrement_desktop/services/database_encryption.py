"""Encrypting an existing clear database, and the administrator's recovery key.

``encrypt`` converts a clear SQLite file of real data (``db/encryption.py`` says how
files are encrypted):

1. it refuses a demonstration database, a PostgreSQL one (whose encryption at rest is
   the server's business), one already encrypted, and one still open elsewhere (SQLite
   must be able to leave write-ahead logging, which needs the file to itself);
2. it holds the write lock of the clear file while SQLCipher exports it into a new
   encrypted file beside it, so that nothing written meanwhile is lost;
3. it checks that copy: ``integrity_check``, the same number of rows in every table,
   and the audit chain whole; then records the encryption in the copy's audit trail;
4. it stores the key in the system keystore, then the copy takes the clear file's place
   in one rename. Until that rename the clear file is untouched, the copy is the one
   thing that changes; after it, no clear copy of the data is left by the command.
   Older copies of the database in ``backups/`` beside it (daily copies, copies made
   before a migration or a restore) are encrypted with the same key, each checked in the
   same way before it replaces its clear self.

The recovery key (the key itself, written in groups) is shown once: by ``encrypt``, or
for a database created encrypted, by ``recovery_key`` on an administrator's first asking.
A mark in the database remembers that it was shown.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from recouvrement_desktop.db.audit import append_event
from recouvrement_desktop.db.audit_verify import verify_chain
from recouvrement_desktop.db.database import Database, EncryptionKey, sqlite_url
from recouvrement_desktop.db.encryption import (
    CLEAR_HEADER,
    check_copy,
    export_encrypted,
    format_recovery_key,
    is_encrypted,
    key_opens,
    new_key,
    parse_recovery_key,
    store_key,
)
from recouvrement_desktop.db.models import DatabaseMark
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.paths import keep_private
from recouvrement_desktop.services.accounts import has_accounts
from recouvrement_desktop.services.database_purpose import is_demonstration
from recouvrement_desktop.services.permissions import authorize

__all__ = [
    "EncryptionError",
    "EncryptionReport",
    "encrypt",
    "recovery_key",
    "recovery_key_not_yet_shown",
    "unlock",
]

RECOVERY_KEY_SHOWN: Final = "recovery-key-shown"


class EncryptionError(UserFacingError):
    context = "Encryption"
    exit_code = 2  # refused: nothing changed


@dataclass(frozen=True, slots=True)
class EncryptionReport:
    path: Path
    recovery_key: str
    rows: int  # rows copied, every table together
    copies: tuple[Path, ...]  # older copies in backups/ encrypted too


def _sqlite_path(database: Database) -> Path:
    path = database.sqlite_path
    if path is None:
        raise EncryptionError(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "{url} is not a SQLite file: only SQLite files are encrypted by the "
                "application (a PostgreSQL server encrypts its own storage).",
            ),
            url=database.display_url,
        )
    return path


def _authorize(database: Database, by: Identity | None) -> None:
    if has_accounts(database):
        authorize(database, by, Permission.BACKUP_RESTORE)


def encrypt(database: Database, by: Identity | None) -> EncryptionReport:
    """Convert the clear SQLite *database* to an encrypted file (see the module's text).
    *database* is disposed of: open the file again to go on using it."""
    path = _sqlite_path(database)
    if database.is_encrypted:
        raise EncryptionError(
            QT_TRANSLATE_NOOP("Encryption", "{path} is already encrypted: nothing was changed."),
            path=str(path),
        )
    with database.session() as session:
        if is_demonstration(session):
            raise EncryptionError(
                QT_TRANSLATE_NOOP(
                    "Encryption",
                    "{path} is a demonstration database: it stays clear. Nothing was changed.",
                ),
                path=str(path),
            )
    _authorize(database, by)
    database.dispose()
    key = new_key()
    working = path.with_name(f".{path.name}.encrypting")
    with closing(_hold_alone(path)) as lock:
        try:
            counts = export_encrypted(path, working, key)
            _verify_copy(working, key, counts, str(path))
            _record(working, key, by)
            store_key(path, key)
            keep_private(working)
            if os.name == "nt":  # Windows renames nothing over a file still open
                lock.rollback()
                lock.close()
            os.replace(working, path)
        except BaseException:
            for companion in ("", "-wal", "-shm", "-journal"):
                working.with_name(working.name + companion).unlink(missing_ok=True)
            raise
        # Elsewhere the lock is held until the encrypted file has taken the clear one's
        # place, so no write slips in between the check and the rename.
    copies = tuple(_encrypt_older_copies(path, key))
    return EncryptionReport(path, format_recovery_key(key), sum(counts.values()), copies)


def _hold_alone(path: Path) -> sqlite3.Connection:
    """A connection holding the clear file's write lock, in rollback-journal mode: no one
    writes while it is copied, and no write-ahead log is left to meet the new file.
    Refused while the file is open elsewhere."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise sqlite3.OperationalError("database is locked")
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        connection.close()
        raise EncryptionError(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "{path} is in use: close the application wherever it has this database "
                "open, then try again. Nothing was changed.",
            ),
            path=str(path),
        ) from None
    return connection


def _verify_copy(copy: Path, key: EncryptionKey, counts: dict[str, int], name: str) -> None:
    problems = check_copy(copy, key, counts)
    database = Database(sqlite_url(copy), key=key)
    try:
        with database.session() as session:
            chain = verify_chain(session)
    finally:
        database.dispose()
    if not chain.intact:
        problems.append(f"audit chain ({chain.first_broken})")
    if problems:
        raise EncryptionError(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "The encrypted copy of {path} does not match it ({problems}): the database "
                "was left clear and unchanged.",
            ),
            path=name,
            problems=", ".join(problems),
        )


def _record(copy: Path, key: EncryptionKey, by: Identity | None) -> None:
    """The encryption in the copy's audit trail; its recovery key shown (next)."""
    database = Database(sqlite_url(copy), key=key)
    try:
        with database.transaction() as session:
            append_event(
                session,
                officer=None,
                action="database.encrypted",
                entity_type="database",
                details={"by": by.login if by is not None else None},
            )
            session.merge(DatabaseMark(name=RECOVERY_KEY_SHOWN, value=_now()))
    finally:
        database.dispose()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _encrypt_older_copies(path: Path, key: EncryptionKey) -> list[Path]:
    """The clear copies of this database in ``backups/`` beside it, encrypted in place
    with its key; a copy that is not a whole SQLite database is left as it is."""
    folder = path.parent / "backups"
    done: list[Path] = []
    if not folder.is_dir():
        return done
    for copy in sorted(folder.glob(f"{path.stem}-*.sqlite3")):
        if is_encrypted(copy) or not copy.is_file():
            continue
        with copy.open("rb") as file:
            if file.read(len(CLEAR_HEADER)) != CLEAR_HEADER:
                continue
        working = copy.with_name(f".{copy.name}.encrypting")
        try:
            counts = export_encrypted(copy, working, key)
            if check_copy(working, key, counts):
                working.unlink(missing_ok=True)
                continue
            keep_private(working)
            os.replace(working, copy)
        except sqlite3.DatabaseError:
            working.unlink(missing_ok=True)
            continue
        done.append(copy)
    return done


def recovery_key(database: Database, by: Identity | None) -> str:
    """The recovery key of an encrypted *database*, shown once to an administrator."""
    path = _sqlite_path(database)
    if database.key is None:
        raise EncryptionError(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "{path} is not encrypted, so it has no recovery key. Encrypt it with "
                "'recouvrement-desktop db encrypt'.",
            ),
            path=str(path),
        )
    _authorize(database, by)
    with database.transaction() as session:
        shown = session.get(DatabaseMark, RECOVERY_KEY_SHOWN)
        if shown is not None:
            raise EncryptionError(
                QT_TRANSLATE_NOOP(
                    "Encryption",
                    "The recovery key of {path} was already shown ({when}): it is shown "
                    "once. Without it, keep this computer's keystore safe.",
                ),
                path=str(path),
                when=shown.value,
            )
        session.add(DatabaseMark(name=RECOVERY_KEY_SHOWN, value=_now()))
        append_event(
            session,
            officer=None,
            action="database.recovery_key_shown",
            entity_type="database",
            details={"by": by.login if by is not None else None},
        )
    return format_recovery_key(database.key)


def unlock(path: Path, recovery_key_text: str) -> None:
    """Store again in this computer's keystore the key of the encrypted file at *path*,
    given as its recovery key, once it is known to open the file."""
    if not is_encrypted(path):
        raise EncryptionError(
            QT_TRANSLATE_NOOP(
                "Encryption", "{path} is not an encrypted database: there is nothing to unlock."
            ),
            path=str(path),
        )
    key = parse_recovery_key(recovery_key_text)
    if not key_opens(path, key):
        raise EncryptionError(
            QT_TRANSLATE_NOOP(
                "Encryption",
                "This recovery key does not open {path}: nothing was changed.",
            ),
            path=str(path),
        )
    store_key(path, key)


def recovery_key_not_yet_shown(database: Database, by: Identity) -> str | None:
    """The recovery key of a database created encrypted, for its first administrator
    (``users add`` or the window's first start): ``None`` for a clear database, or one
    whose key was shown already."""
    if database.key is None:
        return None
    with database.session() as session:
        if session.get(DatabaseMark, RECOVERY_KEY_SHOWN) is not None:
            return None
    return recovery_key(database, by)
