"""``audit verify`` and ``audit key export|import`` as an auditor's and an
administrator's scripts run them, on a real database file in child processes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from recouvrement_desktop.db.bootstrap import open_database, open_sqlite
from recouvrement_desktop.services.auth import change_password, sign_in
from tests.conftest import subprocess_env

ADMIN_PASSWORD = "Correct-horse-battery-9"
AUDITOR_FIRST_PASSWORD = "Staple-lantern-orchid-4"
AUDITOR_PASSWORD = AUDITOR_FIRST_PASSWORD + "!"


def cli(
    *arguments: str, password: str | None = None, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    extra = dict(env) if password is None else {**env, "RECOUVREMENT_PASSWORD": password}
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments],
        input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=120,
        check=False, env=subprocess_env(**extra),
    )  # fmt: skip


@pytest.fixture
def bank(tmp_path: Path) -> tuple[Path, str]:
    """A real database with an administrator and an auditor."""
    path = tmp_path / "bank.sqlite3"
    url = f"sqlite:///{path}"
    # Clear (as an earlier version made it), so that the test edits it with plain SQLite; a
    # PostgreSQL database is the same case. An encrypted file keeps its audit key sealed
    # under its own key (tests/cli/test_encryption_cli.py).
    clear, _ = open_sqlite(path, tmp_path / "backups", demonstration=True)
    clear.dispose()
    made = cli("users", "add", "boss", "--name", "Bea Boss", "--db", url, stdin=ADMIN_PASSWORD)
    assert made.returncode == 0, made.stderr
    added = cli(
        "users", "add", "eve", "--name", "Eve Auditrice", "--role", "auditor",
        "--user", "boss", "--db", url, password=ADMIN_PASSWORD, stdin=AUDITOR_FIRST_PASSWORD,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    # The auditor sets her own password, as at her first sign-in to the window.
    database, _ = open_database(url)
    try:
        eve = sign_in(database, "eve", AUDITOR_FIRST_PASSWORD)
        change_password(database, eve.identity, AUDITOR_FIRST_PASSWORD, AUDITOR_PASSWORD)
    finally:
        database.dispose()
    return path, url


def verify(url: str, **env: str) -> subprocess.CompletedProcess[str]:
    return cli("audit", "verify", "--json", "--user", "eve", "--db", url,
               password=AUDITOR_PASSWORD, **env)  # fmt: skip


def test_an_untouched_database_verifies_and_an_edit_is_named(bank: tuple[Path, str]) -> None:
    path, url = bank
    done = verify(url)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["intact"] and not report["demonstration"]
    assert report["events"] > 0 and report["records"] >= 2 and report["problems"] == []

    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DROP TRIGGER IF EXISTS officers_no_update")
        connection.execute("UPDATE officers SET max_waiver = 99999900 WHERE login = 'boss'")
        boss = connection.execute("SELECT id FROM officers WHERE login = 'boss'").fetchone()[0]
        connection.commit()
    broken = verify(url)
    assert broken.returncode == 1, broken.stderr
    report = json.loads(broken.stdout)
    assert not report["intact"]
    assert [(p["table"], p["record"]) for p in report["problems"]] == [("officers", str(boss))]
    assert report["problems"][0]["event"] is not None

    text = cli("audit", "verify", "--user", "eve", "--db", url, password=AUDITOR_PASSWORD)
    assert text.returncode == 1
    assert f"officers {boss}: changed since the event that covers it" in text.stdout


def test_verification_is_for_auditors(bank: tuple[Path, str]) -> None:
    _, url = bank
    refused = cli("audit", "verify", "--user", "boss", "--db", url, password=ADMIN_PASSWORD)
    assert refused.returncode == 2 and refused.stdout == ""
    assert len(refused.stderr.strip().splitlines()) == 1


def test_the_key_travels_to_another_computer_only_as_itself(
    bank: tuple[Path, str], tmp_path: Path
) -> None:
    _, url = bank
    exported = cli("audit", "key", "export", "--user", "boss", "--db", url, password=ADMIN_PASSWORD)
    assert exported.returncode == 0, exported.stderr
    key = exported.stdout.strip()
    assert len(bytes.fromhex(key)) == 32

    # Another workstation: its own keystore, without the key.
    elsewhere = {"XDG_DATA_HOME": str(tmp_path / "other-computer")}
    missing = verify(url, **elsewhere)
    assert missing.returncode == 2 and "audit key import" in missing.stderr
    wrong = cli("audit", "key", "import", "--db", url, stdin="ab" * 32 + "\n", **elsewhere)
    assert wrong.returncode == 2 and "not the audit key" in wrong.stderr
    garbled = cli("audit", "key", "import", "--db", url, stdin="not a key\n", **elsewhere)
    assert garbled.returncode == 2 and "64 hexadecimal" in garbled.stderr
    assert verify(url, **elsewhere).returncode == 2  # nothing was stored

    imported = cli("audit", "key", "import", "--db", url, stdin=key + "\n", **elsewhere)
    assert imported.returncode == 0, imported.stderr
    done = verify(url, **elsewhere)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["intact"]
