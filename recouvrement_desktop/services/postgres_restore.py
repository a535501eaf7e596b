"""``restore FILE`` on PostgreSQL: put a ``pg_dump`` copy (custom format) back.

Nothing of the database in use changes until the copy is known good:

1. the dump is restored with ``pg_restore --single-transaction`` into a new database on
   the same server (``<name>_restoring_…``);
2. there its schema revision is read (a copy written by a newer version is refused),
   it is brought to this version's schema, its audit chain is verified, and the restore
   is recorded in its audit trail;
3. only then the two databases swap names: the sessions open on the database in use are
   ended, it is renamed ``<name>_replaced_…`` and the restored one takes its name at
   once (a failure of the second rename puts the old name back). No one ever sees a
   half-restored database: between the renames a connection finds none and is refused;
4. what was replaced, now frozen under its new name, is written with ``pg_dump`` to the
   backups folder, then dropped. If that dump fails, the replaced database stays on
   the server under its new name, and the report says so: nothing is ever lost.

The role in the database URL needs what a database owner has: ``CREATEDB``, ownership
of the database (the restored one is given the same owner), and the right to end the
sessions open on it (its own role's; a superuser's or ``pg_signal_backend`` for others).
A process killed midway leaves at worst a ``_restoring_…`` database to drop beside the
database in use (killed exactly between the two renames, both databases are there
whole, under their temporary names, for the administrator to rename). Database-level settings
(``ALTER DATABASE … SET``, ``GRANT … ON DATABASE``) are not part of a dump and are not
carried over to the restored database.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from recouvrement_desktop.db.bootstrap import open_database
from recouvrement_desktop.db.database import Database, parse_url
from recouvrement_desktop.db.migrate import known_revisions
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.paths import keep_private
from recouvrement_desktop.services.accounts import has_accounts
from recouvrement_desktop.services.backups import (
    BackupError,
    _failure,
    _pg_dump,
    _pg_tool,
    accept_restored_copy,
)
from recouvrement_desktop.services.permissions import authorize

__all__ = ["PostgresRestoreReport", "restore_postgresql"]

_MAINTENANCE_DATABASE: Final = "postgres"
_SWAP_ATTEMPTS: Final = 10


@dataclass(frozen=True, slots=True)
class PostgresRestoreReport:
    restored: str  # the database, as messages name it
    kept: Path | None  # the dump of the database it replaced
    kept_database: str | None  # …or that database itself, when it could not be dumped
    revision: str  # the copy's schema revision, before it was brought up to date


def restore_postgresql(
    url: str, source: Path, by: Identity | None, kept_in: Path
) -> PostgresRestoreReport:
    """Put the dump *source* back as the PostgreSQL database at *url*; what it replaces
    is dumped into *kept_in*. *by* names who restores (``None`` for a database that has
    no account yet)."""
    target_url = parse_url(url)
    target = str(target_url.database or "")
    _check_dump(source)
    current, _ = open_database(url)  # a database in use: only its administrator restores it
    try:
        if has_accounts(current):
            authorize(current, by, Permission.BACKUP_RESTORE)
        display = current.display_url
    finally:
        current.dispose()
    suffix = f"{datetime.now(UTC).strftime('%Y%m%d%H%M%S')}_{uuid.uuid4().hex[:6]}"
    working = f"{target[:36]}_restoring_{suffix}"
    try:
        with _server(target_url) as server:
            owner = server.execute(
                text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :name"),
                {"name": target},
            ).scalar_one()
            server.execute(  # owned as the database in use is
                text(
                    f"CREATE DATABASE {_quoted(server, working)} TEMPLATE template0 OWNER "
                    f"{_quoted(server, owner)}"
                )
            )
    except DBAPIError as error:
        raise _failed(working, error) from None
    try:
        revision = _prepare(target_url.set(database=working), source, by)
    except BaseException:
        _drop(target_url, working)
        raise
    replaced = f"{target[:36]}_replaced_{suffix}"
    try:
        _swap(target_url, target, working, replaced)
    except BaseException:  # the database in use kept its name: the copy goes
        _drop(target_url, working)
        raise
    kept = _keep_replaced(target_url.set(database=replaced), kept_in, target, suffix)
    if kept is not None:
        _drop(target_url, replaced)
    return PostgresRestoreReport(display, kept, None if kept is not None else replaced, revision)


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq URL for PostgreSQL's programs, and their environment (the password in it,
    never on the command line, where others could read it)."""
    plain = url.set(drivername="postgresql")
    environment = dict(os.environ)
    if plain.password is not None:
        environment["PGPASSWORD"] = str(plain.password)
        plain = plain.set(password=None)
    return plain.render_as_string(hide_password=False), environment


def _check_dump(source: Path) -> None:
    if not source.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "{path} is not a file"), path=str(source))
    listed = subprocess.run(
        [_pg_tool("pg_restore"), "--list", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode != 0 or "alembic_version" not in listed.stdout:
        raise BackupError(
            QT_TRANSLATE_NOOP("Backups", "{path} is not a copy of a Recouvrement Desktop database"),
            path=str(source),
        )


@contextmanager
def _server(url: URL) -> Iterator[Connection]:
    """A connection to the server's maintenance database, outside any transaction (as
    ``CREATE``, ``ALTER`` and ``DROP DATABASE`` need)."""
    engine = create_engine(
        url.set(database=_MAINTENANCE_DATABASE),
        isolation_level="AUTOCOMMIT",
        hide_parameters=True,
    )
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _drop(url: URL, name: str) -> None:
    with _server(url) as server:
        server.execute(text(f"DROP DATABASE IF EXISTS {_quoted(server, name)} WITH (FORCE)"))


def _prepare(working: URL, source: Path, by: Identity | None) -> str:
    """Restore the dump into the working database, check it, bring it up to date and
    record the restore; the copy's revision."""
    dbname, environment = _libpq(working)
    done = subprocess.run(
        [
            _pg_tool("pg_restore"),
            "--no-owner",
            "--exit-on-error",
            "--single-transaction",
            "--dbname",
            dbname,
            str(source),
        ],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    if done.returncode != 0:
        raise BackupError(
            QT_TRANSLATE_NOOP("Backups", "The copy {path} could not be restored: {reason}"),
            path=str(source),
            reason=_failure(done, "pg_restore"),
        )
    probe = Database(working)
    try:
        with probe.engine.connect() as connection:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        probe.dispose()
    if revision is None or revision not in known_revisions():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups",
                "The copy {path} was written by a newer version of the application: "
                "nothing was changed",
            ),
            path=str(source),
        )
    database, _ = open_database(working.render_as_string(hide_password=False))
    try:
        accept_restored_copy(database, source, str(revision), by)
    finally:
        database.dispose()
    return str(revision)


def _swap(url: URL, target: str, working: str, replaced: str) -> None:
    """The restored database takes the name of the one in use, which is renamed. The
    sessions open on it are ended first (a rename needs it unused); one that connects
    meanwhile makes the rename fail, and it is tried again."""
    with _server(url) as server:
        old, new, kept = (_quoted(server, name) for name in (target, working, replaced))
        for attempt in range(_SWAP_ATTEMPTS):
            server.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": target},
            )
            try:
                server.execute(text(f"ALTER DATABASE {old} RENAME TO {kept}"))
                break
            except DBAPIError as error:  # a session still ending, or a new one
                if attempt == _SWAP_ATTEMPTS - 1:
                    raise _failed(working, error) from None
        try:
            server.execute(text(f"ALTER DATABASE {new} RENAME TO {old}"))
        except DBAPIError as error:
            server.execute(text(f"ALTER DATABASE {kept} RENAME TO {old}"))
            raise _failed(working, error) from None


def _failed(what: str, error: DBAPIError) -> BackupError:
    reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
    return BackupError(
        QT_TRANSLATE_NOOP(
            "Backups", "The restore failed: {reason}. The database in use was not changed."
        ),
        reason=f"{what}: {reason}",
    )


def _keep_replaced(replaced: URL, folder: Path, target: str, suffix: str) -> Path | None:
    """A dump of the replaced database in *folder*; ``None`` if it could not be written
    (the database then stays on the server)."""
    folder.mkdir(parents=True, exist_ok=True)
    keep_private(folder)
    out = folder / f"{target}-replaced-{suffix}.dump"
    database = Database(replaced)
    try:
        _pg_dump(database, out)
    except BackupError:
        return None
    finally:
        database.dispose()
    return out
