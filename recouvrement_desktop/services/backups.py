"""Copies of the database, and putting one back.

* ``back_up`` writes a consistent copy while the database is in use (SQLite's online
  backup; ``pg_dump`` for PostgreSQL). A copy of an encrypted SQLite database is
  encrypted with the database's own key (``db/encryption.py``). The copy is written
  under a temporary name beside its destination and renamed once complete: a crash or
  a kill during a backup leaves the previous copy whole.
* ``daily_backup`` keeps copies beside a SQLite database: one a day for the last 7 days,
  and one a week for the 4 weeks before.
* ``restore`` puts a SQLite copy back. It refuses a copy written by a newer version, a
  damaged one, or one whose audit chain does not hold, before touching anything. The
  database it replaces is kept in ``backups/``. An encrypted copy opens with the key
  the keystore has for the copy's file or for the database; the database then keeps the
  copy's key. A clear copy of real data (one from before encryption) is encrypted as it
  is put back; a demonstration copy stays clear. A PostgreSQL dump is put back by
  ``services/postgres_restore.py``.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final

from recouvrement_desktop.db.audit import append_event
from recouvrement_desktop.db.audit_verify import verify_chain
from recouvrement_desktop.db.bootstrap import open_database
from recouvrement_desktop.db.database import Database, EncryptionKey, sqlite_url
from recouvrement_desktop.db.encryption import (
    SQLITE_ERRORS,
    connect,
    export_encrypted,
    is_encrypted,
    key_of,
    key_opens,
    new_key,
    store_key,
    stored_key,
    unlock_url,
)
from recouvrement_desktop.db.migrate import known_revisions
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.paths import keep_private
from recouvrement_desktop.services.accounts import has_accounts
from recouvrement_desktop.services.audit_trail import seal
from recouvrement_desktop.services.permissions import authorize
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = [
    "DAILY_KEPT",
    "WEEKLY_KEPT",
    "BackupError",
    "BackupReport",
    "back_up",
    "daily_backup",
    "restore",
    "written_whole",
]

DAILY_KEPT: Final = 7
WEEKLY_KEPT: Final = 4
_PAGES_PER_STEP: Final = 1024  # the online backup copies in steps, letting writers in


class BackupError(UserFacingError):
    context = "Backups"
    exit_code = 2  # refused, nothing changed


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: Path
    size: int
    sha256: str


def backups_beside(path: Path) -> Path:
    """The folder of a SQLite database's copies: ``backups/`` beside it."""
    return path.parent / "backups"


# --------------------------------------------------------------------------- backing up


def back_up(database: Database, by: Identity, out: Path) -> BackupReport:
    """A consistent copy of *database* at *out* (an administrator's), recorded in the
    audit trail."""
    authorize(database, by, Permission.BACKUP_RESTORE)
    path = database.sqlite_path
    if path is not None:
        if out.exists() and path.exists() and out.samefile(path):
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{path} is the database itself: write the copy to another file; "
                    "nothing was changed.",
                ),
                path=str(out),
            )
        copy_sqlite(path, out, key=database.key)
        if database.key is not None:  # so that the copy opens on this computer
            store_key(out, database.key)
    else:
        _pg_dump(database, out)
    report = BackupReport(out, out.stat().st_size, _sha256(out))
    with unit_of_work(database, by) as uow:
        uow.audit(
            "database.backed_up",
            "database",
            None,
            file=out.name,
            size=report.size,
            sha256=report.sha256,
        )
    seal(database)
    return report


def copy_sqlite(
    source: Path,
    out: Path,
    *,
    key: EncryptionKey | None = None,
    step: Callable[[int, int], None] | None = None,
) -> None:
    """SQLite's online backup of *source* into *out*, written as a temporary file and
    renamed when complete. An encrypted source gives an encrypted copy, with its key
    (SQLCipher copies between files of one key): *key*, or by default the one the
    keystore keeps for *source*. *step* hears of each step (remaining, total pages)."""
    if key is None:
        key = key_of(source)
    # The connections close (the innermost first) before the copy is renamed.
    with (
        _written_whole(out) as partial,
        closing(connect(source, key)) as origin,
        closing(connect(partial, key)) as copy,
    ):
        origin.backup(
            copy,
            pages=_PAGES_PER_STEP,
            progress=(lambda _status, remaining, total: step(remaining, total))
            if step is not None
            else None,
        )


@contextmanager
def _written_whole(out: Path) -> Iterator[Path]:
    """The temporary file to write *out* into: made private, synced and renamed to *out*
    once complete, removed if the writing fails (a previous *out* stays whole). Only a
    regular file is replaced: renaming over ``/dev/null``, a pipe or a folder would
    replace the device itself (as root) or fail halfway."""
    if out.exists() and not out.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups",
                "{path} is not a file: name a new file or one to replace; nothing was written.",
            ),
            path=str(out),
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        yield partial
        keep_private(partial)
        _sync(partial)
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# The one way to write a file whole, for the other services that hand files out (exports).
written_whole = _written_whole


def _sync(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _pg_tool(name: str) -> str:
    """A PostgreSQL client program: on the PATH, or where Debian installs it."""
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if found is None:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups",
                "{program} is needed to back up a PostgreSQL database: install the "
                "PostgreSQL client programs.",
            ),
            program=name,
        )
    return found


def _pg_dump(database: Database, out: Path) -> None:
    url = database.url.set(drivername="postgresql")
    environment = dict(os.environ)
    if url.password is not None:  # never on the command line, where others could read it
        environment["PGPASSWORD"] = str(url.password)
        url = url.set(password=None)
    with _written_whole(out) as partial:
        done = subprocess.run(
            [
                _pg_tool("pg_dump"),
                "--format=custom",
                "--file",
                str(partial),
                "--dbname",
                url.render_as_string(hide_password=False),
            ],
            capture_output=True,
            text=True,
            env=environment,
            check=False,
        )
        if done.returncode != 0:
            raise BackupError(
                QT_TRANSLATE_NOOP("Backups", "The backup failed: {reason}"),
                reason=_failure(done, "pg_dump"),
            )


def _failure(done: subprocess.CompletedProcess[str], tool: str) -> str:
    """Why a PostgreSQL tool failed: the last line it wrote on its error output."""
    return (done.stderr.strip().splitlines() or [tool])[-1]


# ----------------------------------------------------------------------- daily copies


def daily_backup(database: Database, today: date | None = None) -> Path | None:
    """Today's copy of a SQLite database, if it has none yet; then the older copies are
    thinned out. ``None`` when there was nothing to do."""
    path = database.sqlite_path
    if path is None:
        return None
    day = today or date.today()
    folder = backups_beside(path)
    target = folder / f"{path.stem}-daily-{day.isoformat()}.sqlite3"
    if target.exists():
        return None
    copy_sqlite(path, target, key=database.key)
    keep_private(folder)
    _thin_out(folder, path.stem)
    return target


def _thin_out(folder: Path, stem: str) -> None:
    """Keep the newest ``DAILY_KEPT`` daily copies, then the newest copy of each of the
    ``WEEKLY_KEPT`` weeks before them; remove the others."""
    prefix = f"{stem}-daily-"
    dated: list[tuple[date, Path]] = []
    for copy in folder.glob(f"{prefix}*.sqlite3"):
        try:
            dated.append((date.fromisoformat(copy.stem.removeprefix(prefix)), copy))
        except ValueError:
            continue  # not one of ours: left alone
    dated.sort(reverse=True)
    kept = {copy for _day, copy in dated[:DAILY_KEPT]}
    weeks: set[tuple[int, int]] = set()
    for day, copy in dated[DAILY_KEPT:]:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < WEEKLY_KEPT:
            weeks.add(week)
            kept.add(copy)
    for _day, copy in dated:
        if copy not in kept:
            copy.unlink(missing_ok=True)


# -------------------------------------------------------------------------- restoring


@dataclass(frozen=True, slots=True)
class RestoreReport:
    restored: Path
    kept: Path | None  # the database it replaced
    revision: str


@dataclass(frozen=True, slots=True)
class _Copy:
    revision: str
    key: EncryptionKey | None  # None: a clear copy
    demonstration: bool


def _key_of_copy(source: Path, target: Path) -> EncryptionKey | None:
    """The key that opens the encrypted copy: the one kept for the copy's own file (given
    back with ``db unlock``), or the database's."""
    for key in (stored_key(source), stored_key(target)):
        if key is not None and key_opens(source, key):
            return key
    raise BackupError(
        QT_TRANSLATE_NOOP(
            "Backups",
            "{path} is not a copy of a Recouvrement Desktop database, or it is encrypted "
            "with a key this computer's keystore does not have: nothing was changed. If it "
            "is encrypted, give its recovery key first with "
            "'recouvrement-desktop db unlock --db {db}'.",
        ),
        path=str(source),
        db=unlock_url(source),
    )


def _check_copy(source: Path, target: Path) -> _Copy:
    """The copy's schema revision and key, once it is known to be an intact copy of ours."""
    if not source.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "{path} is not a file"), path=str(source))
    key = _key_of_copy(source, target) if is_encrypted(source) else None
    try:
        with closing(connect(f"{source.resolve().as_uri()}?mode=ro", key, uri=True)) as copy:
            intact = copy.execute("PRAGMA integrity_check").fetchone()
            revision = copy.execute("SELECT version_num FROM alembic_version").fetchone()
            marks = {str(name) for (name,) in copy.execute("SELECT name FROM sqlite_master")}
            purpose = (
                copy.execute("SELECT value FROM database_marks WHERE name = 'purpose'").fetchone()
                if "database_marks" in marks
                else None
            )
    except SQLITE_ERRORS:
        raise BackupError(
            QT_TRANSLATE_NOOP("Backups", "{path} is not a copy of a Recouvrement Desktop database"),
            path=str(source),
        ) from None
    if intact != ("ok",):
        raise BackupError(
            QT_TRANSLATE_NOOP("Backups", "The copy {path} is damaged: nothing was changed"),
            path=str(source),
        )
    if revision is None or revision[0] not in known_revisions():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups",
                "The copy {path} was written by a newer version of the application: "
                "nothing was changed",
            ),
            path=str(source),
        )
    return _Copy(str(revision[0]), key, purpose == ("demonstration",))


def restore(target: Path, source: Path, by: Identity | None) -> RestoreReport:
    """Put the copy *source* back as the SQLite database *target*.

    The copy is checked and brought to this version's schema on a working copy beside
    the target; only when its audit chain holds does the working copy take the target's
    place. *by* names who restores (``None`` for a database that has no account yet,
    as on a new machine).
    """
    copy = _check_copy(source, target)
    current_key = None
    if target.exists():  # a database in use: only its administrator replaces it
        current, _ = open_database(sqlite_url(target))
        current_key = current.key
        try:
            if has_accounts(current):
                authorize(current, by, Permission.BACKUP_RESTORE)
        finally:
            current.dispose()
    working = target.with_name(f".{target.name}.restoring")
    for companion in ("", "-wal", "-shm"):
        working.with_name(working.name + companion).unlink(missing_ok=True)
    key = copy.key
    try:
        if key is not None or copy.demonstration:
            copy_sqlite(source, working, key=key)
        else:  # real data from before encryption: encrypted on its way back
            key = current_key or new_key()
            export_encrypted(source, working, key)
        database, _ = open_database(
            sqlite_url(working), backups_beside(working) / "restoring", key=key
        )
        try:
            accept_restored_copy(database, source, copy.revision, by)
        finally:
            database.dispose()
        shutil.rmtree(backups_beside(working) / "restoring", ignore_errors=True)
        kept = _keep_replaced(target, current_key)
        if key is not None:
            store_key(target, key)
        for companion in ("-wal", "-shm"):  # the old journals must not meet the new file
            target.with_name(target.name + companion).unlink(missing_ok=True)
        keep_private(working)
        os.replace(working, target)
        keep_private(target)
    except BaseException:
        for companion in ("", "-wal", "-shm"):
            working.with_name(working.name + companion).unlink(missing_ok=True)
        raise
    return RestoreReport(target, kept, copy.revision)


def accept_restored_copy(
    database: Database, source: Path, revision: str, by: Identity | None
) -> None:
    """The last check of a copy brought back (as a working database, not yet in
    place): its audit chain holds; then its return is recorded and its head sealed."""
    with database.session() as session:
        # The copy may end before the sealed head: it is older, that is its point.
        chain = verify_chain(session, anchored=False)
    if not chain.intact:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups",
                "The audit chain of the copy {path} is broken at event {sequence}: "
                "nothing was changed",
            ),
            path=str(source),
            sequence=chain.first_broken or 0,
        )
    with database.transaction() as session:
        append_event(
            session,
            officer=None,
            action="database.restored",
            entity_type="database",
            details={
                "copy": source.name,
                "copy_revision": revision,
                "by": by.login if by is not None else None,
            },
        )
    seal(database)  # the restored chain's head is now the one to match


def _keep_replaced(target: Path, key: EncryptionKey | None) -> Path | None:
    """A copy of the database about to be replaced, in ``backups/``: encrypted with its
    own key, which the keystore keeps for that copy (the database may take another)."""
    if not target.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = backups_beside(target) / f"{target.stem}-replaced-{stamp}.sqlite3"
    copy_sqlite(target, kept, key=key)  # its journal included
    if key is not None:
        store_key(kept, key)
    return kept
