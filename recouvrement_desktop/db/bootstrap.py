"""Open a database ready for use: connect, migrate (with backup), done.

Here is decided whether a new SQLite file is encrypted (``db/encryption.py``): every new
file is, with a fresh key stored in the system keystore, except a demonstration one (the
demonstration database's own file, or a file the caller opens for demonstration data).
An existing file is opened as it is: clear, or encrypted with the key the keystore has
for it.
"""

from __future__ import annotations

from pathlib import Path

from recouvrement_desktop.db.database import Database, DatabaseError, EncryptionKey, sqlite_url
from recouvrement_desktop.db.encryption import key_for_new_file
from recouvrement_desktop.db.migrate import (
    MigrationReport,
    require_current_schema,
    upgrade_database,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.paths import demo_database_path, keep_private, user_data_dir


def _is_new(path: Path) -> bool:
    return not path.exists() or (path.is_file() and path.stat().st_size == 0)


def _keyed(url: str, *, demonstration: bool, key: EncryptionKey | None = None) -> Database:
    """The database at *url*: an existing file with its own key if it is encrypted (the
    keystore's, or *key*, one the caller holds for a working copy); a new file of real
    data encrypted with a new key."""
    if key is not None:
        return Database(url, key=key)
    database = Database(url)
    path = database.sqlite_path
    if path is None or database.is_encrypted or not _is_new(path):
        return database
    if demonstration or path == demo_database_path():
        return database
    database.dispose()
    return Database(url, key=key_for_new_file(path))


def open_database(
    url: str,
    backup_dir: Path | None = None,
    *,
    demonstration: bool = False,
    key: EncryptionKey | None = None,
) -> tuple[Database, MigrationReport]:
    """*demonstration*: a new file is for demonstration data, so it stays clear."""
    database = _keyed(url, demonstration=demonstration, key=key)
    path = database.sqlite_path
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        report = upgrade_database(database, backup_dir)
    except BaseException:
        database.dispose()
        raise
    if path is not None:
        _keep_private(path)
    return database, report


def _keep_private(path: Path) -> None:
    """The file and its journals, and the application's own folders: the user's alone
    (one made by an earlier version, or before the umask, too). A folder the officer
    chose elsewhere keeps its permissions."""
    for companion in ("", "-wal", "-shm"):
        keep_private(path.with_name(path.name + companion))
    own = user_data_dir()
    if path.parent == own or own in path.parent.parents:
        keep_private(own)
        keep_private(path.parent)


def open_sqlite(
    path: Path, backup_dir: Path | None = None, *, demonstration: bool = False
) -> tuple[Database, MigrationReport]:
    return open_database(sqlite_url(path), backup_dir, demonstration=demonstration)


def open_existing_database(url: str) -> Database:
    """A database read as it is: never created, never migrated (``verify``)."""
    probe = Database(url)
    path = probe.sqlite_path
    probe.dispose()
    if probe.is_sqlite and (path is None or not path.is_file()):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Database", "There is no database at {url}"),
            url=probe.display_url,
        )
    database = Database(url)
    try:
        require_current_schema(database)
    except BaseException:
        database.dispose()
        raise
    return database
