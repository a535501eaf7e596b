"""Who runs a command, from the command line as a bank's script would: ``users add``
makes the first administrator, then everything needs credentials; five wrong passwords
lock the account; an auditor reads the access log."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.services.auth import sign_in
from recouvrement_desktop.services.case_file import open_case
from recouvrement_desktop.services.case_queries import CaseFilter, CaseQueries
from recouvrement_desktop.services.demo_data import generate_demo_data
from tests.conftest import DEMO_TODAY, subprocess_env

ADMIN_PASSWORD = "Adm1n-Recouvrement!"
OFFICER_PASSWORD = "Premier-Mot-2026"


def cli(
    *arguments: str, password: str | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    extra = {} if password is None else {"RECOUVREMENT_PASSWORD": password}
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=subprocess_env(**extra),
        check=False,
    )


def one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'bank.sqlite3'}"


def test_the_first_administrator_then_credentials_for_everything(url: str) -> None:
    made = cli("users", "add", "boss", "--name", "Bea Boss", "--db", url, stdin=ADMIN_PASSWORD)
    assert made.returncode == 0, made.stderr
    # From now on an administrator must sign in, even to add an account.
    again = cli("users", "add", "other", "--name", "O", "--db", url, stdin=ADMIN_PASSWORD)
    assert again.returncode == 2 and "--user" in one_line(again.stderr)

    added = cli(
        "users", "add", "o.martin", "--name", "Odile Martin", "--role", "officer",
        "--branch", "Agence Lyon", "--user", "boss", "--db", url,
        password=ADMIN_PASSWORD, stdin=OFFICER_PASSWORD,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr

    refused = cli("agreement", "list", "--db", url)
    assert refused.returncode == 2 and "--user" in one_line(refused.stderr)
    # The administrator does no case work.
    admin_reads = cli("agreement", "list", "--user", "boss", "--db", url, password=ADMIN_PASSWORD)
    assert admin_reads.returncode == 2 and "role" in one_line(admin_reads.stderr)

    listed = cli("users", "list", "--json", "--user", "boss", "--db", url, password=ADMIN_PASSWORD)
    assert listed.returncode == 0, listed.stderr
    rows = {row["login"]: row for row in json.loads(listed.stdout)}
    assert rows["o.martin"]["role"] == "officer" and rows["o.martin"]["must_change_password"]
    assert rows["boss"]["role"] == "administrator"


def test_five_wrong_passwords_lock_the_account(url: str) -> None:
    assert (
        cli("users", "add", "boss", "--name", "B", "--db", url, stdin=ADMIN_PASSWORD).returncode
        == 0
    )
    for _ in range(5):
        wrong = cli("users", "list", "--user", "boss", "--db", url, password="wrong")
        assert wrong.returncode == 2
    locked = cli("users", "list", "--user", "boss", "--db", url, password=ADMIN_PASSWORD)
    assert locked.returncode == 2 and "locked until" in one_line(locked.stderr)


def test_an_officer_with_credentials_reads_the_agreements(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    url = f"sqlite:///{path}"
    done = cli("demo-data", "--cases", "30", "--db", url)
    assert done.returncode == 0, done.stderr
    listed = cli(
        "agreement", "list", "--json", "--user", "demo.officer", "--db", url, password="demo"
    )
    assert listed.returncode == 0, listed.stderr
    assert isinstance(json.loads(listed.stdout), list)


def test_the_auditor_reads_who_opened_a_client_s_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups")
    try:
        generate_demo_data(database, 40, today=DEMO_TODAY)
        officer = sign_in(database, "demo.officer", "demo").identity
        scope = CaseFilter(branch=officer.branch)
        case_id = CaseQueries(database).page_after(scope, None, 1, today=DEMO_TODAY).rows[0].id
        opened = open_case(database, officer, case_id)
        assert opened.detail is not None
        number = opened.detail.client.client_number
    finally:
        database.dispose()
    url = f"sqlite:///{path}"
    read = cli("audit", "access", "--client", number, "--json", "--user", "demo.auditor",
               "--db", url, password="demo")  # fmt: skip
    assert read.returncode == 0, read.stderr
    [entry] = json.loads(read.stdout)
    assert (entry["login"], entry["client"], entry["purpose"]) == (
        "demo.officer",
        number,
        "case_opened",
    )
    officer_reads = cli("audit", "access", "--client", number, "--user", "demo.officer",
                        "--db", url, password="demo")  # fmt: skip
    assert officer_reads.returncode == 2 and "auditor" in one_line(officer_reads.stderr)
