"""A throwaway PostgreSQL server for tests: ``initdb`` + ``pg_ctl`` on a free port.

Usage::

    with running_postgres() as server:
        url = server.create_database("case_db")  # postgresql+psycopg://postgres@127.0.0.1:PORT/case_db
        ...
        server.drop_database("case_db")

The binaries are looked up on ``PATH`` (or in ``$RECOUVREMENT_PG_BIN``), else in the newest
``/usr/lib/postgresql/*/bin`` (Debian's layout). ``initdb`` refuses to run as root: as root
the server runs as the ``postgres`` system user through ``runuser``, with its directory
handed over to that user. Everything lives in one temporary directory, removed at the end.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql
from psycopg.abc import Query

SUPERUSER = "postgres"
HOST = "127.0.0.1"
_DEBIAN_ROOT = Path("/usr/lib/postgresql")
_START_ATTEMPTS = 3


class PostgresUnavailableError(RuntimeError):
    """The PostgreSQL server binaries are not installed (or cannot be run as needed)."""


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.name)) or (0,)


def find_postgres_bin() -> Path | None:
    """Folder holding ``initdb`` and ``pg_ctl``, or ``None`` when PostgreSQL is missing."""
    override = os.environ.get("RECOUVREMENT_PG_BIN")
    if override:
        folder = Path(override)
        return folder if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file() else None
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        # Resolve symbolic links so that both programs come from the same installation.
        folder = Path(initdb).resolve().parent
        if (folder / "pg_ctl").is_file():
            return folder
        return Path(initdb).parent
    candidates = sorted(
        (
            version / "bin"
            for version in (_DEBIAN_ROOT.iterdir() if _DEBIAN_ROOT.is_dir() else [])
            if (version / "bin" / "initdb").is_file() and (version / "bin" / "pg_ctl").is_file()
        ),
        key=lambda folder: _version_key(folder.parent),
    )
    return candidates[-1] if candidates else None


def free_port() -> int:
    """A TCP port nobody listens on right now (the caller retries if it is taken meanwhile)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass(frozen=True)
class PostgresServer:
    """A running server; ``url()`` gives SQLAlchemy URLs, the helpers manage databases."""

    bin_dir: Path
    root: Path
    port: int
    host: str = HOST
    user: str = SUPERUSER

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    def conninfo(self, database: str = "postgres") -> str:
        return f"host={self.host} port={self.port} user={self.user} dbname={database}"

    def execute(self, statement: Query, database: str = "postgres") -> None:
        """Run one statement outside a transaction (``CREATE DATABASE`` needs that)."""
        with psycopg.connect(self.conninfo(database), autocommit=True) as connection:
            connection.execute(statement)

    def create_database(self, name: str) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        self.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, closing whatever connections a test left open to it."""
        self.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )

    def log(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""


def _as_server_user(command: list[str]) -> list[str]:
    """``initdb`` and ``postgres`` refuse root: run them as the ``postgres`` user then."""
    if os.geteuid() != 0:
        return command
    runuser = shutil.which("runuser")
    if runuser is None:
        raise PostgresUnavailableError("running as root, but 'runuser' is missing")
    return [runuser, "-u", SUPERUSER, "--", *command]


def _hand_over(path: Path) -> None:
    """As root, give ``path`` to the ``postgres`` user that will run the server."""
    if os.geteuid() != 0:
        return
    try:
        shutil.chown(path, user=SUPERUSER, group=None)
    except LookupError as error:
        raise PostgresUnavailableError(
            f"running as root, but there is no '{SUPERUSER}' user to run the server as"
        ) from error


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # Output goes to pipes only for short-lived programs: the server itself logs to a file
    # (pg_ctl -l), otherwise it would keep our pipes open and this call would never return.
    return subprocess.run(
        _as_server_user(command),
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _initdb(server: PostgresServer) -> None:
    base = [str(server.bin_dir / "initdb"), "-D", str(server.data_dir), "-U", SUPERUSER]
    base += ["-A", "trust", "-E", "UTF8"]
    failures = []
    for locale in (["--locale=C.UTF-8"], ["--no-locale"]):
        result = _run([*base, *locale], cwd=server.root)
        if result.returncode == 0:
            return
        failures.append(f"{' '.join(locale)}: {result.stdout}{result.stderr}".strip())
        shutil.rmtree(server.data_dir, ignore_errors=True)
    raise RuntimeError("initdb failed:\n" + "\n".join(failures))


def _start(server: PostgresServer) -> subprocess.CompletedProcess[str]:
    options = (
        f"-p {server.port} -k {server.socket_dir} -c listen_addresses={server.host} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    pg_ctl = str(server.bin_dir / "pg_ctl")
    return _run(
        [
            pg_ctl,
            "-w",
            "-t",
            "60",
            "-D",
            str(server.data_dir),
            "-l",
            str(server.log_file),
            "-o",
            options,
            "start",
        ],
        cwd=server.root,
    )


def _stop(server: PostgresServer) -> None:
    pg_ctl = str(server.bin_dir / "pg_ctl")
    _run([pg_ctl, "-D", str(server.data_dir), "-m", "immediate", "-w", "stop"], cwd=server.root)


@contextmanager
def running_postgres(bin_dir: Path | None = None) -> Iterator[PostgresServer]:
    """Start a fresh server in a temporary directory; stop it and remove everything after.

    Raises ``PostgresUnavailableError`` when the binaries are missing, ``RuntimeError`` (with
    the server's output) when they are present but the server does not start.
    """
    bin_dir = bin_dir or find_postgres_bin()
    if bin_dir is None:
        raise PostgresUnavailableError("PostgreSQL server binaries (initdb, pg_ctl) not found")
    # A short path: the Unix socket path must fit in ~100 bytes.
    root = Path(tempfile.mkdtemp(prefix="rd-pg-"))
    try:
        _hand_over(root)
        server = PostgresServer(bin_dir=bin_dir, root=root, port=free_port())
        _initdb(server)
        server.socket_dir.mkdir()
        _hand_over(server.socket_dir)
        for _attempt in range(_START_ATTEMPTS):
            result = _start(server)
            if result.returncode == 0:
                break
            # Most likely somebody took the port between our probe and the start.
            failure = f"{result.stdout}{result.stderr}\n{server.log()}"
            server = PostgresServer(bin_dir=bin_dir, root=root, port=free_port())
        else:
            raise RuntimeError(f"PostgreSQL did not start:\n{failure}")
        try:
            yield server
        finally:
            _stop(server)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":  # pragma: no cover - manual check: python tests/postgres_server.py
    with running_postgres() as running:
        print("started", running.url(), "in", running.root)
        running.execute("SELECT 1")
    print("stopped")
