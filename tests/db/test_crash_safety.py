"""Crash safety, kept: a process killed with SIGKILL while it writes loses nothing it had
committed, and leaves the encrypted file intact with its audit chain whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.models import Case, JournalEntry
from tests.conftest import subprocess_env
from tests.factories import add_officer
from tests.sqlite_files import raw_connection

from .conftest import new_client

# The writer: one note per unit of work, its id printed once committed.
_WRITER = """
import sys
from pathlib import Path
from sqlalchemy import select
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.models import Officer
from recouvrement_desktop.services import journal
from recouvrement_desktop.services.views import identity_of

path = Path(sys.argv[1])
database, _ = open_sqlite(path, path.parent / "backups")
with database.session() as session:
    officer = identity_of(session.scalars(select(Officer)).one())
number = 0
while True:
    number += 1
    entry = journal.add_note(database, officer, int(sys.argv[2]), f"Note {number}")
    print(entry.id, flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_writer_killed_midway_loses_nothing_it_committed(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups")
    try:
        assert database.is_encrypted
        officer = add_officer(
            database, login="omartin", full_name="Odile Martin", max_waiver="0",
            max_extension_months=0, min_rate="9",
        )  # fmt: skip
        with database.transaction() as session:
            case = Case(
                reference="DOS-1", client=new_client(), officer_id=officer.id, stage="amicable",
                priority="normal", opened_on=date(2026, 9, 1),
            )  # fmt: skip
            session.add(case)
            session.flush()
            case_id = case.id
    finally:
        database.dispose()
    committed: list[int] = []
    for kill_after in (1, 7, 23):  # three kills, at different points of the run
        with subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), str(case_id)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=subprocess_env(),
        ) as writer:  # fmt: skip
            assert writer.stdout is not None
            for _ in range(kill_after):
                line = writer.stdout.readline()
                assert line, writer.stderr.read() if writer.stderr else ""
                committed.append(int(line))
            writer.send_signal(signal.SIGKILL)  # while it writes the next one
            committed.extend(int(line) for line in writer.stdout.read().split())
            assert writer.wait(timeout=60) == -signal.SIGKILL
    with closing(raw_connection(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    database, _ = open_sqlite(path, tmp_path / "backups")
    try:
        with database.session() as session:
            kept = set(session.scalars(select(JournalEntry.id)))
            assert set(committed) <= kept
            assert verify_audit(session).intact
    finally:
        database.dispose()
