"""``retention run`` from the command line, as an administrator's script runs it: the dry
run lists the case and its closure date and changes nothing; the run anonymises it; an
officer is refused."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from recouvrement_desktop.db.database import Database, sqlite_url
from recouvrement_desktop.db.models import Case, JournalEntry
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.recovery import CasePriority, CaseStage, JournalKind
from tests.conftest import subprocess_env
from tests.db.conftest import new_client


def cli(*arguments: str, password: str = "demo") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments],
        capture_output=True, text=True, timeout=300, check=False,
        env=subprocess_env(RECOUVREMENT_PASSWORD=password),
    )  # fmt: skip


def rows(path: Path) -> dict[str, list[Any]]:
    """Every row of the tables that hold clients, cases and their history."""
    with closing(sqlite3.connect(path)) as connection:
        return {
            name: connection.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()
            for name in ("clients", "cases", "loans", "journal_entries", "agreements")
        }


def test_a_dry_run_then_a_run(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    url = sqlite_url(path)
    assert cli("demo-data", "--cases", "5", "--db", url).returncode == 0
    closed_on = add_months(datetime.now(UTC).date(), -60) - timedelta(days=20)
    database = Database(url)
    try:
        with database.transaction() as session:
            case = Case(
                reference="DOS-RETENTION", client=new_client("C-RETENTION"), stage="settled",
                priority=CasePriority.LOW, opened_on=date(2018, 5, 1),
            )  # fmt: skip
            session.add(case)
            session.flush()
            session.add(
                JournalEntry(
                    case_id=case.id, kind=JournalKind.STAGE_CHANGE,
                    occurred_at=datetime.combine(closed_on, datetime.min.time(), UTC)
                    + timedelta(hours=12),
                    stage_from=CaseStage.AMICABLE, stage_to=CaseStage.SETTLED,
                )
            )  # fmt: skip
    finally:
        database.dispose()
    before = rows(path)

    dry = cli("retention", "run", "--dry-run", "--json", "--db", url, "--user", "demo.admin")
    assert dry.returncode == 0, dry.stderr
    listed = json.loads(dry.stdout)
    assert listed["dry_run"] is True and listed["retention_years"] == 5
    assert {"case": "DOS-RETENTION", "closed_on": closed_on.isoformat()}.items() <= next(
        case for case in listed["anonymised"] if case["case"] == "DOS-RETENTION"
    ).items()
    assert rows(path) == before

    refused = cli("retention", "run", "--db", url, "--user", "demo.officer")
    assert refused.returncode == 2 and "administrator" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert rows(path) == before

    done = cli("retention", "run", "--db", url, "--user", "demo.admin")
    assert done.returncode == 0, done.stderr
    assert "DOS-RETENTION" in done.stdout and "anonymised" in done.stdout
    with closing(sqlite3.connect(path)) as connection:
        number, name = connection.execute(
            "SELECT client_number, last_name FROM clients JOIN cases ON cases.client_id = "
            "clients.id WHERE cases.reference = 'DOS-RETENTION'"
        ).fetchone()
        events = connection.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'retention.anonymised'"
        ).fetchone()[0]
    assert number.startswith("ANON-") and name == "—"
    assert events == len(listed["anonymised"])

    again = cli("retention", "run", "--dry-run", "--json", "--db", url, "--user", "demo.admin")
    assert json.loads(again.stdout)["anonymised"] == []
