"""Bring a database to the schema of this version, safely.

Before any upgrade of an existing SQLite file a backup copy is taken (SQLite's online
backup, which is consistent even in WAL mode). A database whose revision this version
does not know was written by a newer version: it is refused and left untouched.
"""

from __future__ import annotations

from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError

from recouvrement_desktop.db.database import Database, DatabaseError, EncryptionKey
from recouvrement_desktop.db.encryption import connect
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.paths import keep_private, migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest migration's revision. A database already there opens without importing
#: Alembic, which would add a quarter of a second to every start; a test keeps this
#: equal to Alembic's head.
SCHEMA_REVISION: Final = "0017_agreement_pdf_removal"


class SchemaMismatchError(DatabaseError):
    """The tables do not match the recorded revision: refused, left as it was."""

    exit_code = 2


@dataclass(frozen=True)
class MigrationReport:
    previous_revision: str | None
    current_revision: str
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.previous_revision != self.current_revision


def alembic_config() -> Config:
    from alembic.config import Config  # noqa: PLC0415 (see SCHEMA_REVISION)

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _current_revision(connection: Connection, tables: set[str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    # The table Alembic keeps, read directly (see SCHEMA_REVISION).
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    script = ScriptDirectory.from_config(alembic_config())
    return {revision.revision for revision in script.walk_revisions()}


def _backup_sqlite(
    source: Path, revision: str | None, target_dir: Path, key: EncryptionKey | None
) -> Path:
    """The copy is encrypted with the database's own key when the database is."""
    target_dir.mkdir(parents=True, exist_ok=True)
    keep_private(target_dir)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = target_dir / f"{source.stem}-{revision or 'unversioned'}-{stamp}.sqlite3"
    with closing(connect(source, key)) as src, closing(connect(target, key)) as dst:
        src.backup(dst)
    return keep_private(target)


def _inspect(database: Database) -> tuple[str | None, bool]:
    """Current revision and whether the database holds any table at all."""
    try:
        with database.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = _current_revision(connection, tables)
            # A database downgraded to base keeps an empty alembic_version table.
            has_tables = bool(tables - {"alembic_version"})
    except OperationalError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Database", "Cannot open the database {url}: {reason}"),
            url=database.display_url,
            reason=str(error.orig).strip().splitlines()[0],
        ) from None
    except SQLAlchemyDatabaseError:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Database", "{url} is not a Recouvrement Desktop database"),
            url=database.display_url,
        ) from None
    return revision, has_tables


def require_current_schema(database: Database) -> None:
    """Refuse, without changing anything, a database this version would have to migrate
    (or could not read): for the commands that only read one."""
    revision, _ = _inspect(database)
    if revision != SCHEMA_REVISION:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {url} is not at this version's schema ({revision}); it has "
                "been left untouched. Open it once with the application, then try again.",
            ),
            url=database.display_url,
            revision=revision or "—",
        )


def upgrade_database(database: Database, backup_dir: Path | None = None) -> MigrationReport:
    """Apply pending migrations; refuse a newer or foreign database without touching it."""
    revision, has_tables = _inspect(database)
    if revision == SCHEMA_REVISION:
        database.enable_wal()
        return MigrationReport(revision, revision, None)
    head = head_revision()
    if revision is not None and revision not in known_revisions():
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {url} was written by a newer version of the application "
                "(schema {revision}); it has been left untouched. Please install the "
                "latest version.",
            ),
            url=database.display_url,
            revision=revision,
        )
    if revision is None and has_tables:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Database", "{url} is not a Recouvrement Desktop database"),
            url=database.display_url,
        )
    database.enable_wal()
    backup = None
    path = database.sqlite_path
    if path is not None and revision is not None:
        # Beside the database, wherever it is (a --db elsewhere keeps its own copies).
        backup = _backup_sqlite(path, revision, backup_dir or path.parent / "backups", database.key)

    from alembic import command  # noqa: PLC0415

    config = alembic_config()
    try:
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyDatabaseError as error:
        # Every migration ran in that one transaction, now rolled back: the database is as
        # it was, so its copy is dropped rather than piled up at every retry.
        if backup is not None:
            backup.unlink(missing_ok=True)
            with suppress(OSError):  # the folder too, when the copy was all it held
                backup.parent.rmdir()
        raise SchemaMismatchError(
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {url} could not be brought to this version's schema: its "
                "tables do not match its recorded schema ({revision}). It has been left "
                "untouched. Details: {reason}",
            ),
            url=database.display_url,
            revision=revision or "—",
            reason=str(error.orig).strip().splitlines()[0] if error.orig else str(error),
        ) from None
    return MigrationReport(revision, head, backup)
