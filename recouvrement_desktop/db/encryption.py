"""SQLite files encrypted at rest with SQLCipher; their keys in the system keystore.

* A real database file is encrypted with SQLCipher (AES-256, each page authenticated by
  an HMAC) under a random 256-bit key. The key is kept in the operating system's
  keystore (``keystore.py``) under ``database-key:<the file's absolute path>``: a copy of
  the file taken elsewhere, by another account or on another machine, is unreadable.
* The raw key is given to SQLCipher as ``PRAGMA key = "x'…'"``: no passphrase, so no
  key derivation to wait for at each connection.
* The same key, written in groups of hex digits, is the administrator's recovery key:
  should the keystore lose it (a new machine, a reinstalled session, the file moved),
  ``recouvrement-desktop db unlock`` takes it back and stores it again.
* The demonstration database stays clear, and so does a database on PostgreSQL, whose
  encryption at rest is the server's business.

A clear SQLite file begins with ``SQLite format 3``; an encrypted one begins with its
random salt. Without its key, an encrypted file cannot be told from any other file that
is not a database: the refusal says both.
"""

from __future__ import annotations

import re
import secrets
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any, Final

import sqlcipher3

from recouvrement_desktop.db.database import DatabaseError, EncryptionKey
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.keystore import read_secret, write_secret

__all__ = [
    "CLEAR_HEADER",
    "KEY_BYTES",
    "SQLITE_ERRORS",
    "BadRecoveryKeyError",
    "MissingKeyError",
    "WrongKeyError",
    "check_copy",
    "connect",
    "export_encrypted",
    "format_recovery_key",
    "is_encrypted",
    "key_for_new_file",
    "key_name",
    "key_of",
    "key_opens",
    "new_key",
    "parse_recovery_key",
    "store_key",
    "stored_key",
    "table_counts",
    "unlock_url",
]

CLEAR_HEADER: Final = b"SQLite format 3\x00"
#: What a file that is no database, or is damaged, raises through either module.
SQLITE_ERRORS: Final = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
KEY_BYTES: Final = 32
_GROUP: Final = 4  # hex digits per group of the recovery key, as it is written down

# SQLCipher writes its own diagnostics to the standard error (a wrong key logs an HMAC
# failure): the application says it in one line itself.
with sqlcipher3.connect(":memory:") as _quiet:
    _quiet.execute("PRAGMA cipher_log_level = NONE")
_quiet.close()


class MissingKeyError(DatabaseError):
    """An encrypted file (or no database at all) whose key this computer does not have."""

    exit_code = 2


class WrongKeyError(DatabaseError):
    exit_code = 2


def key_name(path: Path) -> str:
    """The keystore entry of the file at *path*."""
    return f"database-key:{path.resolve()}"


def is_encrypted(path: Path) -> bool:
    """Whether the file at *path* has content that is not a clear SQLite database. A
    missing or empty file is neither: SQLite makes a new database of it."""
    try:
        with path.open("rb") as file:
            head = file.read(len(CLEAR_HEADER))
    except OSError:
        return False
    return bool(head) and head != CLEAR_HEADER


def new_key() -> EncryptionKey:
    return EncryptionKey(secrets.token_bytes(KEY_BYTES))


def store_key(path: Path, key: EncryptionKey) -> None:
    write_secret(key_name(path), key.raw)


def stored_key(path: Path) -> EncryptionKey | None:
    raw = read_secret(key_name(path))
    return EncryptionKey(raw) if raw is not None and len(raw) == KEY_BYTES else None


def key_for_new_file(path: Path) -> EncryptionKey:
    """A fresh key for the new file at *path*, stored before the file is written."""
    key = new_key()
    store_key(path, key)
    return key


def connect(path: Path | str, key: EncryptionKey | None, **kwargs: Any) -> Any:
    """A DB-API connection to the file at *path*: SQLCipher's, keyed, when *key* is given;
    the standard ``sqlite3`` one otherwise."""
    if key is None:
        return sqlite3.connect(path, **kwargs)
    connection = sqlcipher3.connect(str(path), **kwargs)
    connection.execute(key.pragma)
    return connection


def key_opens(path: Path, key: EncryptionKey) -> bool:
    """Whether *key* decrypts the file at *path* (read only: nothing is written)."""
    try:
        connection = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlcipher3.Error:
        return False
    try:
        connection.execute(key.pragma)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()
    return True


def unlock_url(path: Path) -> str:
    """The ``--db`` that ``db unlock`` takes for the file at *path*, as a message shows it."""
    return f"sqlite:///{path.resolve()}"


def key_of(path: Path, display: str | None = None) -> EncryptionKey | None:
    """The key that opens the existing file at *path*: ``None`` for a clear file; for an
    encrypted one, its key from the keystore, checked, or a clear refusal."""
    if not is_encrypted(path):
        return None
    shown = display or str(path)
    key = stored_key(path)
    if key is None:
        raise MissingKeyError(
            QT_TRANSLATE_NOOP(
                "Database",
                "{url} is not a Recouvrement Desktop database, or it is an encrypted one "
                "whose key is not in this computer's keystore: nothing was changed. If it "
                "is encrypted, an administrator can give its recovery key with "
                "'recouvrement-desktop db unlock --db {db}'.",
            ),
            url=shown,
            db=unlock_url(path),
        )
    if not key_opens(path, key):
        raise WrongKeyError(
            QT_TRANSLATE_NOOP(
                "Database",
                "The key kept in this computer's keystore does not open {url} (or it is "
                "not a Recouvrement Desktop database): nothing was changed. If it is "
                "encrypted, an administrator can give its recovery key with "
                "'recouvrement-desktop db unlock --db {db}'.",
            ),
            url=shown,
            db=unlock_url(path),
        )
    return key


def format_recovery_key(key: EncryptionKey) -> str:
    """The key as it is written down: 16 groups of 4 hex digits, 4 groups a line."""
    digits = key.raw.hex().upper()
    groups = [digits[start : start + _GROUP] for start in range(0, len(digits), _GROUP)]
    return "\n".join("-".join(groups[line : line + 4]) for line in range(0, len(groups), 4))


class BadRecoveryKeyError(DatabaseError):
    exit_code = 2


def parse_recovery_key(text: str) -> EncryptionKey:
    """A recovery key as typed: hex digits, with any spaces, dashes or line breaks."""
    digits = re.sub(r"[\s-]", "", text)
    if not re.fullmatch(rf"[0-9A-Fa-f]{{{KEY_BYTES * 2}}}", digits):
        raise BadRecoveryKeyError(
            QT_TRANSLATE_NOOP(
                "Database",
                "A recovery key is {count} hex digits (0-9, A-F), in groups: this is not one.",
            ),
            count=KEY_BYTES * 2,
        )
    return EncryptionKey(bytes.fromhex(digits))


def _remove_with_journals(path: Path) -> None:
    for companion in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + companion).unlink(missing_ok=True)


def export_encrypted(source: Path, out: Path, key: EncryptionKey) -> dict[str, int]:
    """Write the clear database *source* into the new file *out*, encrypted with *key*
    (SQLCipher's ``sqlcipher_export``: SQLite's backup cannot change a file's encryption).
    Returns each table's row count in the snapshot that was copied."""
    _remove_with_journals(out)
    try:
        with closing(sqlcipher3.connect(str(source), isolation_level=None)) as connection:
            connection.execute(
                "ATTACH DATABASE ? AS encrypted KEY ?", (str(out), f"x'{key.raw.hex()}'")
            )
            connection.execute("BEGIN")
            counts = table_counts(connection)
            connection.execute("SELECT sqlcipher_export('encrypted')")
            version = int(connection.execute("PRAGMA main.user_version").fetchone()[0])
            connection.execute(f"PRAGMA encrypted.user_version = {version:d}")
            connection.execute("COMMIT")
            connection.execute("DETACH DATABASE encrypted")
    except BaseException:
        _remove_with_journals(out)
        raise
    return counts


def table_counts(connection: Any) -> dict[str, int]:
    """Rows per table (SQLite's own tables and the search index's shadow tables aside)."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM main."{name}"').fetchone()[0])
        for name in names
    }


def check_copy(path: Path, key: EncryptionKey | None, counts: dict[str, int]) -> list[str]:
    """What is wrong with the copy at *path*: not intact, or rows missing or added
    against *counts*. Empty when it is a faithful copy."""
    with closing(connect(path, key)) as connection:
        intact = connection.execute("PRAGMA integrity_check").fetchall()
        found = table_counts(connection)
    problems = [] if intact == [("ok",)] else ["integrity_check"]
    return problems + sorted(
        name for name in counts.keys() | found.keys() if counts.get(name) != found.get(name)
    )
