"""Open a database ready for use: connect, migrate (with backup), done."""

from __future__ import annotations

from pathlib import Path

from recouvrement_desktop.db.database import Database, DatabaseError, sqlite_url
from recouvrement_desktop.db.migrate import (
    MigrationReport,
    require_current_schema,
    upgrade_database,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.paths import keep_private, user_data_dir


def open_database(url: str, backup_dir: Path | None = None) -> tuple[Database, MigrationReport]:
    database = Database(url)
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


def open_sqlite(path: Path, backup_dir: Path | None = None) -> tuple[Database, MigrationReport]:
    return open_database(sqlite_url(path), backup_dir)


def open_existing_database(url: str) -> Database:
    """A database read as it is: never created, never migrated (``verify``)."""
    database = Database(url)
    path = database.sqlite_path
    try:
        if database.is_sqlite and (path is None or not path.is_file()):
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Database", "There is no database at {url}"),
                url=database.display_url,
            )
        require_current_schema(database)
    except BaseException:
        database.dispose()
        raise
    return database
