"""``backup`` then ``restore`` from the command line, as an administrator's script runs
them: every record comes back; without an administrator's credentials nothing happens."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from recouvrement_desktop.db.database import sqlite_url
from recouvrement_desktop.db.models import Base
from tests.conftest import subprocess_env

TABLES = [table.name for table in Base.metadata.sorted_tables]


def cli(*arguments: str, password: str = "demo") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments],
        capture_output=True, text=True, timeout=300, check=False,
        env=subprocess_env(RECOUVREMENT_PASSWORD=password),
    )  # fmt: skip


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in TABLES
        }


def test_backup_then_restore_keeps_every_record(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    url = sqlite_url(path)
    assert cli("demo-data", "--cases", "40", "--db", url).returncode == 0
    before = counts(path)
    copy = tmp_path / "copy.sqlite3"
    done = cli("backup", "--out", str(copy), "--db", url, "--user", "demo.admin")
    assert done.returncode == 0, done.stderr
    assert str(copy) in done.stdout and copy.stat().st_size > 0

    copied = counts(copy)  # the records, and the administrator's sign-in before the copy
    assert {name: n for name, n in copied.items() if name != "audit_events"} == {
        name: n for name, n in before.items() if name != "audit_events"
    }
    restored = cli("restore", str(copy), "--db", url, "--user", "demo.admin")
    assert restored.returncode == 0, restored.stderr
    assert counts(path) == {**copied, "audit_events": copied["audit_events"] + 1}  # restored
    assert any(p.name.startswith("cases-replaced-") for p in (tmp_path / "backups").iterdir())


def test_backup_and_restore_need_an_administrator(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    url = sqlite_url(path)
    assert cli("demo-data", "--cases", "5", "--db", url).returncode == 0
    copy = tmp_path / "copy.sqlite3"
    for who in ((), ("--user", "demo.officer")):
        refused = cli("backup", "--out", str(copy), "--db", url, *who)
        assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
        assert not copy.exists()
    assert cli("backup", "--out", str(copy), "--db", url, "--user", "demo.admin").returncode == 0
    before = counts(path)
    refused = cli("restore", str(copy), "--db", url, "--user", "demo.admin", password="wrong")
    assert refused.returncode == 2
    after = counts(path)  # only the failed sign-in is recorded (and its count, covered)
    assert {name: n for name, n in after.items() if name != "audit_events"} == {
        name: n for name, n in before.items() if name != "audit_events"
    }
    assert after["audit_events"] > before["audit_events"]
    assert not any(p.name.startswith("cases-replaced-") for p in tmp_path.rglob("*"))
