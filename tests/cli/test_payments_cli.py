"""``import payments`` and ``payments unmatched|allocate`` from the command line, as a
supervisor's daily script runs them: the example statement (matching the example
portfolio) imports, a second time adds nothing, an unmatched payment is allocated by a
supervisor (not by an officer), a statement with a DTD is refused in one line, exit 2."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.database import sqlite_url
from recouvrement_desktop.db.models import Officer
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.accounts import create_first_administrator
from recouvrement_desktop.services.passwords import hash_password
from recouvrement_desktop.services.portfolio.importer import import_portfolio
from tests.conftest import subprocess_env
from tests.factories import add_officer

PASSWORD = "Correct-Horse-Battery-9"
STATEMENT = resource_path("import", "payments-example-camt053.xml")


def cli(*arguments: str, path: Path, user: str = "s.bernard") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments,
         "--db", sqlite_url(path), "--user", user],
        capture_output=True, text=True, timeout=300, check=False,
        env=subprocess_env(RECOUVREMENT_PASSWORD=PASSWORD),
    )  # fmt: skip


@pytest.fixture
def database_file(tmp_path: Path) -> Path:
    """A clear database holding the example portfolio, with a supervisor and an officer
    who can sign in."""
    path = tmp_path / "cases.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups", demonstration=True)
    create_first_administrator(database, "admin.banque", "Anne Admin", PASSWORD)
    made = {}
    for login, name, role in (
        ("s.bernard", "Sophie Bernard", OfficerRole.SUPERVISOR),
        ("l.morel", "Luc Morel", OfficerRole.OFFICER),
    ):
        made[login] = add_officer(
            database, login=login, full_name=name, role=role, branch="Agence Lyon Part-Dieu",
            max_waiver="500.00", max_extension_months=12, min_rate="2.5000",
        )  # fmt: skip
        with database.transaction() as session:
            officer = session.get_one(Officer, made[login].id)
            officer.password_hash = hash_password(PASSWORD)
    portfolio = resource_path("import", "portfolio-example.csv")
    assert import_portfolio(database, made["s.bernard"], portfolio, today=date(2026, 12, 3)).written
    database.dispose()
    return path


def query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def test_a_statement_imported_then_allocated(database_file: Path) -> None:
    done = cli("import", "payments", str(STATEMENT), "--json", path=database_file)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "file": "payments-example-camt053.xml", "entries": 8, "matched": 4, "unmatched": 2,
        "duplicates": 0, "reversed": 0, "ignored": 2,
    }  # fmt: skip
    again = cli("import", "payments", str(STATEMENT), path=database_file)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == (
        "payments-example-camt053.xml: 8 entries; 0 matched, 0 to allocate, "
        "6 already imported, 0 reversed, 2 ignored"
    )
    assert query(database_file, "SELECT count(*) FROM journal_entries WHERE kind='payment'") == [
        (4,)
    ]

    listed = cli("payments", "unmatched", "--json", path=database_file)
    assert listed.returncode == 0, listed.stderr
    waiting = json.loads(listed.stdout)
    assert [(p["reference"], p["amount"], p["reason"]) for p in waiting] == [
        ("2026120100005", "45.00", "no_match"),
        ("2026120100006", "60.00", "ambiguous"),
    ]
    ((case,),) = query(
        database_file,
        "SELECT cases.reference FROM cases JOIN loans ON loans.case_id = cases.id "
        "WHERE loans.contract_number = 'PP-2020-077218'",
    )
    refused = cli(
        "payments", "allocate", "2026120100006", "--case", str(case),
        path=database_file, user="l.morel",
    )  # fmt: skip
    assert refused.returncode == 2
    assert "Only a supervisor may allocate payments" in refused.stderr
    allocated = cli(
        "payments", "allocate", "2026120100006", "--case", str(case), "--json", path=database_file
    )
    assert allocated.returncode == 0, allocated.stderr
    assert json.loads(allocated.stdout) == {
        "reference": "2026120100006", "case": case, "amount": "60.00"
    }  # fmt: skip
    assert query(
        database_file, "SELECT arrears_amount FROM loans WHERE contract_number = 'PP-2020-077218'"
    ) == [(46180,)]  # 521.80 - 60.00, in cents
    twice = cli("payments", "allocate", "2026120100006", "--case", str(case), path=database_file)
    assert twice.returncode == 2
    assert twice.stderr.strip() == (
        "recouvrement-desktop: The payment 2026120100006 is not waiting to be allocated."
    )
    left = json.loads(cli("payments", "unmatched", "--json", path=database_file).stdout)
    assert [p["reference"] for p in left] == ["2026120100005"]
    database, _ = open_sqlite(database_file)
    try:
        with database.session() as session:
            assert verify_audit(session).intact
    finally:
        database.dispose()


def test_a_statement_with_a_dtd_is_refused(database_file: Path, tmp_path: Path) -> None:
    text = STATEMENT.read_text(encoding="utf-8")
    prolog, _, rest = text.partition("\n")
    bad = tmp_path / "statement.xml"
    bad.write_text(f'{prolog}\n<!DOCTYPE Document [<!ENTITY x "y">]>\n{rest}', encoding="utf-8")
    refused = cli("import", "payments", str(bad), path=database_file)
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "recouvrement-desktop: This file declares a document type (DTD): a bank statement "
        "never does, it is refused."
    ]
    assert query(database_file, "SELECT count(*) FROM bank_entries") == [(0,)]
