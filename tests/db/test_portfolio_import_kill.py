"""A ``kill -9`` in the middle of a portfolio import leaves the database exactly as it
was (issue 11: "never half an import"), on a SQLite file and on the real PostgreSQL
server: a real ``recouvrement-desktop import portfolio`` process is killed once it has
written a table of a large file, and every table is then compared with its state
before the import."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest
from sqlalchemy import func, select, text

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.bootstrap import open_database, open_sqlite
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, Base, Officer
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.logs import log_file
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.passwords import hash_password
from recouvrement_desktop.services.portfolio.importer import import_portfolio
from tests.conftest import subprocess_env
from tests.factories import add_officer

from .conftest import BACKENDS

PASSWORD: Final = "Correct-Horse-Battery-9"
CONTRACTS: Final = 20_000  # enough for the bulk writes to last a few seconds
WITHIN: Final = 300.0  # seconds for the child to reach the bulk writes on a busy machine
# The CLI logs each step of the import's progress: "step DONE of TOTAL". The last five
# steps are the tables written in bulk; two before the end, clients and cases are in.
PROGRESS: Final = re.compile(r"Portfolio import: step (\d+) of (\d+)")
KILL_AT_STEPS_LEFT: Final = 3


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database with a supervisor who signs in and a first small import already in:
    a clear SQLite file (read by the child without a key) or a PostgreSQL database."""
    if request.param == "sqlite":
        opened, _ = open_sqlite(tmp_path / "cases.sqlite3", tmp_path / "backups",
                                demonstration=True)  # fmt: skip
    else:
        url = request.getfixturevalue("database_url_postgresql")
        opened, _ = open_database(url, tmp_path / "backups")
    supervisor = add_officer(
        opened, login="s.bernard", full_name="Sophie Bernard", role=OfficerRole.SUPERVISOR,
        branch="Agence Lyon", max_waiver="2000.00", max_extension_months=24, min_rate="1.0000",
    )  # fmt: skip
    with opened.transaction() as session:
        officer = session.get(Officer, supervisor.id)
        assert officer is not None
        officer.password_hash = hash_password(PASSWORD)
    first = tmp_path / "first.csv"
    write_snapshot(first, 40, start=0)
    assert import_portfolio(opened, supervisor, first).created_contracts == 40
    try:
        yield opened
    finally:
        opened.dispose()


@pytest.fixture
def database_url_postgresql(request: pytest.FixtureRequest) -> Iterator[str]:
    server = request.getfixturevalue("postgres_server")
    name = f"test_{uuid.uuid4().hex[:16]}"
    url: str = server.create_database(name)
    try:
        yield url
    finally:
        server.drop_database(name)


def write_snapshot(path: Path, contracts: int, *, start: int) -> None:
    """*contracts* lines made from the example file's, two contracts per client, no
    officer or case named (nothing that only the database could refuse)."""
    example = resource_path("import", "portfolio-example.csv").read_bytes().decode("cp1252")
    header, *lines = example.splitlines()
    names = header.split(";")
    client, contract = names.index("client_number"), names.index("contract_number")
    login, reference = names.index("officer_login"), names.index("case_reference")
    out = [header]
    for n in range(start, start + contracts):
        cells = lines[(n // 2 * 2) % len(lines)].split(";")
        cells[client], cells[contract] = f"KL{n // 2:08d}", f"KT{n:09d}"
        cells[login] = cells[reference] = ""
        out.append(";".join(cells))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def state(database: Database, events_up_to: int) -> dict[str, tuple[int, str]]:
    """Each table's row count and a digest of its rows in key order (the audit
    events up to *events_up_to*; the chain's head moves with signing in)."""
    found: dict[str, tuple[int, str]] = {}
    with database.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "audit_chain_head":
                continue
            digest = hashlib.sha256()
            query = select(table).order_by(*table.primary_key.columns)
            if table.name == AuditEvent.__tablename__:
                query = query.where(table.c.id <= events_up_to)
            rows = session.execute(query).all()
            for row in rows:
                digest.update(repr(tuple(row)).encode())
            found[table.name] = (len(rows), digest.hexdigest())
    return found


def log_offset() -> int:
    path = log_file()
    return path.stat().st_size if path.exists() else 0


def wait_for_bulk_writes(child: subprocess.Popen[str], offset: int) -> None:
    """Until the child's log says the import is writing its tables, with a deadline."""
    deadline = time.monotonic() + WITHIN
    while time.monotonic() < deadline:
        assert child.poll() is None, f"the import ended first: {child.communicate()}"
        if log_file().exists():
            with log_file().open("rb") as log:
                log.seek(offset)
                for done, total in PROGRESS.findall(log.read().decode("utf-8", "replace")):
                    if int(total) - int(done) <= KILL_AT_STEPS_LEFT:
                        return
        time.sleep(0.01)  # polling the log: the child gives no other signal
    pytest.fail("the import never reached its bulk writes")


def test_a_kill_in_the_middle_of_an_import_leaves_the_database_as_it_was(
    database: Database, tmp_path: Path
) -> None:
    large = tmp_path / "large.csv"
    write_snapshot(large, CONTRACTS, start=40)
    with database.session() as session:
        last_event = session.scalar(select(func.max(AuditEvent.id))) or 0
    before = state(database, last_event)
    offset = log_offset()
    url = database.url.render_as_string(hide_password=False)
    child = subprocess.Popen(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", "import", "portfolio",
         str(large), "--partial", "--db", url, "--user", "s.bernard"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=subprocess_env(RECOUVREMENT_PASSWORD=PASSWORD),
    )  # fmt: skip
    try:
        wait_for_bulk_writes(child, offset)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.communicate()
    assert child.returncode == -signal.SIGKILL  # killed, not finished

    if not database.is_sqlite:
        # The server rolls back the killed client's transaction once it sees it gone.
        deadline = time.monotonic() + WITHIN
        with database.session() as session:
            while session.scalar(text(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )):  # fmt: skip
                assert time.monotonic() < deadline, "the killed import's connection stays"
                session.rollback()
                time.sleep(0.05)
    database.engine.dispose()
    after = state(database, last_event)
    with database.session() as session:
        # Signing in is recorded before the import begins; nothing else was written.
        signed = session.scalars(select(AuditEvent.action).where(AuditEvent.id > last_event)).all()
        assert signed == ["auth.signed_in"]
        assert verify_audit(session).intact
        if database.is_sqlite:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert after == before
    assert before["clients"][0] == 20 and before["loans"][0] == 40
