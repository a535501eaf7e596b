"""Engine and session factory for a database given by SQLAlchemy URL."""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from recouvrement_desktop.db.audit import track_records
from recouvrement_desktop.db.audit_key import ENCRYPTION_KEY
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError

_log = logging.getLogger(__name__)
_WRITES = "recouvrement_writes"  # execution option: the transaction is for writing


class DatabaseError(UserFacingError):
    context = "Database"


class DatabaseBusyError(DatabaseError):
    """Another person's work held the database longer than this one could wait."""


#: How long a write waits for another writer (SQLite) before the officer is told.
BUSY_TIMEOUT_MS = 5000

# PostgreSQL: lock_not_available, deadlock_detected, serialization_failure.
_BUSY_SQLSTATES = frozenset({"55P03", "40P01", "40001"})


def _is_busy(error: OperationalError) -> bool:
    if getattr(error.orig, "sqlstate", None) in _BUSY_SQLSTATES:
        return True
    text = str(error.orig).lower()
    return "database is locked" in text or "database is busy" in text


class DatabaseUrlError(DatabaseError):
    """The URL given names no database this application can use: a usage error."""

    exit_code = 2


class EncryptionKey:
    """A SQLite file's raw SQLCipher key (``db/encryption.py``). Its value never shows in a
    message, a log or a traceback."""

    __slots__ = ("raw",)

    def __init__(self, raw: bytes) -> None:
        self.raw = raw

    @property
    def pragma(self) -> str:
        """The statement that keys a SQLCipher connection, before anything else is read."""
        return f"PRAGMA key = \"x'{self.raw.hex()}'\""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EncryptionKey) and other.raw == self.raw

    def __hash__(self) -> int:
        return hash(self.raw)

    def __repr__(self) -> str:
        return "EncryptionKey(…)"


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite+pysqlite", database=str(path)).render_as_string()


# The synchronous drivers this application is tested with.
_DRIVERS = frozenset({"sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg"})


def parse_url(text: str) -> URL:
    try:
        url = make_url(text)
    except ArgumentError:
        raise DatabaseUrlError(
            QT_TRANSLATE_NOOP("Database", "Not a valid database URL: {url}"), url=text
        ) from None
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUrlError(
            QT_TRANSLATE_NOOP(
                "Database", "Unsupported database '{backend}': use sqlite or postgresql"
            ),
            backend=url.get_backend_name(),
        )
    if url.drivername not in _DRIVERS:  # an asynchronous driver, or one never tested
        raise DatabaseUrlError(
            QT_TRANSLATE_NOOP(
                "Database",
                "The database driver '{driver}' is not supported: use sqlite:/// or postgresql://",
            ),
            driver=url.drivername,
        )
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def _configure_sqlite(engine: Engine, busy_timeout_ms: int, key: EncryptionKey | None) -> None:
    if key is not None:

        @event.listens_for(engine, "do_connect")
        def _keyed(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
            # SQLCipher's connection, keyed before any other statement reads the file.
            connection = dialect.loaded_dbapi.connect(*cargs, **cparams)
            connection.execute(key.pragma)
            return connection

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:  # sqlite3 or SQLCipher
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (see "begin").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms:d}")
        # No journal_mode here: it writes the file, and a file we may yet refuse must stay
        # untouched. ``enable_wal`` switches it once the file is known to be ours.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A transaction that writes takes the write lock at once (BEGIN IMMEDIATE): a
        # deferred one that read first and writes later fails at once with "database is
        # locked" when another writer committed meanwhile, whatever the busy timeout.
        immediate = connection.get_execution_options().get(_WRITES, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """One database: its engine and a factory of short sessions."""

    def __init__(
        self,
        url: str | URL,
        *,
        echo: bool = False,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        key: EncryptionKey | None = None,
    ) -> None:
        """*key*: the SQLCipher key of a new encrypted SQLite file (``db/bootstrap.py``
        decides which are), or one the caller holds for a working copy. Without it, an
        existing encrypted file opens with the key the system keystore keeps for it."""
        self.url = parse_url(url) if isinstance(url, str) else url
        self.key = key if self.url.get_backend_name() == "sqlite" else None
        path = self.sqlite_path
        if self.key is None and path is not None and path.is_file():
            from recouvrement_desktop.db.encryption import key_of  # noqa: PLC0415 (a cycle)

            self.key = key_of(path, self.display_url)
        options: dict[str, Any] = {}
        if self.key is not None:
            # The same pysqlite dialect over SQLCipher's build of SQLite, whose module
            # has the standard sqlite3 interface.
            import sqlcipher3  # noqa: PLC0415

            options["module"] = sqlcipher3.dbapi2
        try:
            # Errors (and so the logs) never carry the statement's values: names,
            # addresses, amounts stay out of them.
            self.engine = create_engine(
                self.url, echo=echo, pool_pre_ping=True, hide_parameters=True, **options
            )
        except (ArgumentError, NoSuchModuleError) as error:
            raise DatabaseUrlError(
                QT_TRANSLATE_NOOP("Database", "Cannot use the database {url}: {reason}"),
                url=self.display_url,
                reason=str(error),
            ) from None
        if self.is_sqlite:
            path = self.sqlite_path
            if path is not None and path.exists() and not path.is_file():
                raise DatabaseUrlError(  # /dev/null, a folder: SQLite would fail on first use
                    QT_TRANSLATE_NOOP("Database", "{url} is not a database file"),
                    url=self.display_url,
                )
            _configure_sqlite(self.engine, busy_timeout_ms, self.key)
        # Which thread holds which connection, so that a closing window can interrupt
        # the statements of the work it abandons (and only those).
        self._checked_out: dict[int, tuple[int, Any]] = {}
        self._checked_out_lock = threading.Lock()
        event.listen(self.engine, "checkout", self._on_checkout)
        event.listen(self.engine, "checkin", self._on_checkin)
        # Objects stay readable after commit: the UI keeps them between short sessions.
        # The file's key travels with each session: the audit chain keeps its own key
        # sealed under it (``db/audit_key.py``).
        info = {ENCRYPTION_KEY: self.key}
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._writing_sessions = sessionmaker(
            self.engine.execution_options(**{_WRITES: True}), expire_on_commit=False, info=info
        )
        for sessions in (self._sessions, self._writing_sessions):
            track_records(sessions)

    @property
    def is_encrypted(self) -> bool:
        return self.key is not None

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or self.url.database in (None, "", ":memory:"):
            return None
        return Path(str(self.url.database))

    @property
    def display_url(self) -> str:
        """What to call the database in messages: a file's path, or the URL without its
        password."""
        path = self.sqlite_path
        return str(path) if path is not None else self.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session; writes go through ``services.unit_of_work``."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error.
        Another writer is waited for up to the busy timeout; past it, a clear refusal."""
        try:
            with self._writing_sessions() as session, session.begin():
                yield session
        except OperationalError as error:
            if not _is_busy(error):
                raise
            raise DatabaseBusyError(
                QT_TRANSLATE_NOOP(
                    "Database",
                    "The database is busy with someone else's work: nothing was saved. "
                    "Try again in a moment.",
                )
            ) from error

    def enable_wal(self) -> None:
        """Switch a SQLite file to write-ahead logging (remembered by the file itself)."""
        if self.sqlite_path is None:
            return
        raw = self.engine.raw_connection()
        try:  # outside any transaction, where SQLite refuses to change the journal mode
            raw.driver_connection.execute("PRAGMA journal_mode = WAL")  # type: ignore[union-attr]
        finally:
            raw.close()

    def _on_checkout(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        with self._checked_out_lock:
            self._checked_out[id(dbapi_connection)] = (threading.get_ident(), dbapi_connection)

    def _on_checkin(self, dbapi_connection: Any, _record: Any) -> None:
        with self._checked_out_lock:
            self._checked_out.pop(id(dbapi_connection), None)

    def interrupt(self, thread_ids: Collection[int]) -> int:
        """Stop the statements running on connections held by *thread_ids*; returns how
        many were asked to stop. Their transactions roll back: nothing is half written.

        Safe from any thread: SQLite's ``interrupt`` and a PostgreSQL cancel request are
        made for exactly this."""
        with self._checked_out_lock:
            targets = [conn for owner, conn in self._checked_out.values() if owner in thread_ids]
        for connection in targets:
            try:
                if self.is_sqlite:  # sqlite3's connection or SQLCipher's
                    connection.interrupt()
                else:
                    connection.cancel_safe(timeout=0.05)
            except Exception:  # a connection closing meanwhile: nothing left to stop
                _log.debug("could not interrupt a connection", exc_info=True)
        return len(targets)

    def dispose(self) -> None:
        self.engine.dispose()
