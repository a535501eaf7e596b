"""Open a database ready for use: connect, migrate (with backup), done."""

from __future__ import annotations

from pathlib import Path

from recouvrement_desktop.db.database import Database, sqlite_url
from recouvrement_desktop.db.migrate import MigrationReport, upgrade_database


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
    return database, report


def open_sqlite(path: Path, backup_dir: Path | None = None) -> tuple[Database, MigrationReport]:
    return open_database(sqlite_url(path), backup_dir)
