"""``import portfolio`` from the command line, as a supervisor's daily script runs it:
the example file imports, a dry run writes nothing, a bad line refuses the file (exit 2)
with its report, ``--skip-invalid`` imports the rest; only a supervisor imports."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from contextlib import closing
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
from tests.conftest import subprocess_env
from tests.factories import add_officer

PASSWORD = "Correct-Horse-Battery-9"
EXAMPLE = resource_path("import", "portfolio-example.csv")


def cli(*arguments: str, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments],
        capture_output=True, text=True, timeout=300, check=False,
        env=subprocess_env(RECOUVREMENT_PASSWORD=password),
    )  # fmt: skip


@pytest.fixture
def database_file(tmp_path: Path) -> Path:
    """A clear database with an administrator, a supervisor and an officer who can sign in."""
    path = tmp_path / "cases.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups", demonstration=True)
    create_first_administrator(database, "admin.banque", "Anne Admin", PASSWORD)
    for login, name, role in (
        ("s.bernard", "Sophie Bernard", OfficerRole.SUPERVISOR),
        ("l.morel", "Luc Morel", OfficerRole.OFFICER),
    ):
        made = add_officer(
            database, login=login, full_name=name, role=role, branch="Agence Lyon Part-Dieu",
            max_waiver="500.00", max_extension_months=12, min_rate="2.5000",
        )  # fmt: skip
        with database.transaction() as session:
            officer = session.get(Officer, made.id)
            assert officer is not None
            officer.password_hash = hash_password(PASSWORD)
    database.dispose()
    return path


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("clients", "cases", "loans", "journal_entries")
        }


def run_import(
    path: Path, *options: str, user: str = "s.bernard"
) -> subprocess.CompletedProcess[str]:
    return cli("import", "portfolio", *options, "--db", sqlite_url(path), "--user", user)


def test_the_example_imports_then_changes_nothing(database_file: Path) -> None:
    dry = run_import(database_file, str(EXAMPLE), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "created 8 clients, 10 contracts, 8 cases" in dry.stdout
    assert "nothing was written" in dry.stdout
    assert counts(database_file) == {"clients": 0, "cases": 0, "loans": 0, "journal_entries": 0}

    done = run_import(database_file, str(EXAMPLE), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["created"] == {"clients": 8, "contracts": 10, "cases": 8}
    assert report["written"] and not report["dry_run"] and report["rejected"] == []
    assert counts(database_file) == {"clients": 8, "cases": 8, "loans": 10, "journal_entries": 0}

    again = json.loads(run_import(database_file, str(EXAMPLE), "--json").stdout)
    assert again["already_imported"]["by"] == "Sophie Bernard" and not again["written"]
    said = run_import(database_file, str(EXAMPLE))
    assert said.returncode == 0 and "was already imported on" in said.stdout
    copy = database_file.parent / "same-contracts.csv"
    copy.write_bytes(EXAMPLE.read_bytes() + b"\r\n")  # another file: its lines are read
    again = json.loads(run_import(database_file, str(copy), "--json").stdout)
    assert again["unchanged"] == 10 and again["updated"] == {"clients": 0, "contracts": 0}
    assert again["left_extract"] == {"contracts": 0, "cases": 0}
    assert counts(database_file)["journal_entries"] == 0
    database, _ = open_sqlite(database_file)
    try:
        with database.session() as session:
            assert verify_audit(session).intact
    finally:
        database.dispose()


def test_a_bad_line_refuses_the_file_with_its_report(database_file: Path, tmp_path: Path) -> None:
    lines = EXAMPLE.read_bytes().decode("cp1252").splitlines()
    lines[3] = lines[3].replace("car_loan", "leasing")
    lines[5] = lines[5].replace("185 000,00", "-185 000,00")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report_path = tmp_path / "errors.csv"

    refused = run_import(database_file, str(bad), "--report", str(report_path))
    assert refused.returncode == 1  # lines in error (a file refused whole exits 2)
    assert "line 4, column category: Unknown category: leasing" in refused.stderr
    assert "File refused: 2 lines in error, nothing was written" in refused.stderr
    assert counts(database_file)["clients"] == 0
    with report_path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    assert rows[0] == ["line", "column", "value", "message"]
    assert rows[1][:3] == ["4", "category", "leasing"]
    assert rows[2] == ["6", "original_amount", "-185 000,00", "Cannot be negative: -185 000,00"]

    skipped = run_import(database_file, str(bad), "--skip-invalid", "--json")
    assert skipped.returncode == 0, skipped.stderr
    document = json.loads(skipped.stdout)
    assert [(r["line"], r["column"]) for r in document["rejected"]] == [
        (4, "category"), (6, "original_amount")
    ]  # fmt: skip
    assert document["created"]["contracts"] == 8
    assert counts(database_file)["loans"] == 8


def test_a_file_without_a_required_column_is_refused_in_one_line(
    database_file: Path, tmp_path: Path
) -> None:
    lines = EXAMPLE.read_bytes().decode("cp1252").splitlines()
    header = lines[0].replace(";city;", ";ville;")
    short = tmp_path / "short.csv"
    short.write_text("\n".join([header, *lines[1:]]) + "\n", encoding="cp1252")
    refused = run_import(database_file, str(short))
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "recouvrement-desktop: Required columns are missing: city"
    ]
    assert counts(database_file)["clients"] == 0


def test_only_a_supervisor_imports(database_file: Path) -> None:
    refused = run_import(database_file, str(EXAMPLE), user="l.morel")
    assert refused.returncode == 2
    assert "Only a supervisor may import data" in refused.stderr
    assert counts(database_file)["clients"] == 0


def test_a_bank_layout_imports_with_its_profile_and_a_bad_profile_is_explained(
    database_file: Path, tmp_path: Path
) -> None:
    profiles = resource_path("import", "profiles")
    extract = str(profiles / "core-banking-fr-example.csv")
    done = run_import(
        database_file, extract, "--profile", str(profiles / "core-banking-fr.toml"), "--json"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["created"] == {"clients": 8, "contracts": 10, "cases": 8}
    bad = tmp_path / "bad.toml"
    bad.write_text('separator = "|"\n', encoding="utf-8")
    refused = run_import(database_file, extract, "--profile", str(bad))
    assert refused.returncode == 2
    assert "separator must be ';', ',' or 'tab'" in refused.stderr
    assert "Traceback" not in refused.stderr
