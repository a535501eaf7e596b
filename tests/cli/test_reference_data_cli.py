"""``simulate --check`` and ``reference-data``, run as real processes against the
published figures shipped under resources/reference_data/ (the suite's stand-in file is
taken out of the environment here).

Source of the Q4 2025 figures: Banque de France thresholds from 1 October 2025, read at
boursedescredits.com (consumer <= 3,000 EUR: 23.49 %) and moneyvox.fr (variable-rate
mortgages: 5.25 %, mean rate 3.94 % x 4/3).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.bootstrap import open_database
from recouvrement_desktop.db.database import sqlite_url
from recouvrement_desktop.db.models import AuditEvent, ReferenceDataImport
from recouvrement_desktop.services.demo_reference_data import DEMONSTRATION_FILE
from recouvrement_desktop.services.reference_data import TEST_FOLDER_VARIABLE

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "reference_data"
LOAN_2500_AT_35 = ("--principal", "2500", "--rate", "35", "--periods", "24")
SCHEDULE_KEYS = [
    "installment",
    "periods",
    "total_interest",
    "total_insurance",
    "total_fees",
    "total_cost",
    "apr",
    "rows",
]


def cli(*arguments: str, password: str = "demo") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != TEST_FOLDER_VARIABLE}
    env.update(RECOUVREMENT_PASSWORD=password, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments],
        capture_output=True, text=True, encoding="utf-8", timeout=300, check=False, env=env,
    )  # fmt: skip


def checked(*arguments: str) -> dict[str, Any]:
    done = cli("simulate", *arguments, "--check", "--json")
    assert done.returncode == 0, done.stderr
    document: dict[str, Any] = json.loads(done.stdout)
    return document


def by_code(document: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {check["code"]: check for check in document["checks"]}


# --------------------------------------------------------------------- simulate --check


def test_a_2500_euro_loan_at_35_percent_is_usurious_in_q4_2025() -> None:
    document = checked(*LOAN_2500_AT_35, "--start", "2025-11-15")
    assert document["apr"] == "41.20"
    usury = by_code(document)["usury"]
    assert usury == {
        "code": "usury",
        "severity": "blocking",
        "message": "The APR of 41.20% exceeds the usury threshold of 23.49%",
        "reference": "C. consom. L314-6",
    }
    assert document["usury_threshold"] == "23.49"
    assert document["usury_period"] == {"from": "2025-10-01", "until": "2025-12-31"}
    assert by_code(document)["effort-rate"]["severity"] == "info"  # no budget given
    assert by_code(document)["living-floor"]["severity"] == "info"


def test_past_the_published_data_usury_is_unknown_and_blocking() -> None:
    document = checked(*LOAN_2500_AT_35, "--start", "2026-11-15")
    unknown = by_code(document)["usury-unknown"]
    assert unknown["severity"] == "blocking"
    assert unknown["message"] == (
        "No usury threshold known for category consumer-up-to-3000 on 2026-11-15"
    )
    assert "usury" not in by_code(document)
    assert document["usury_threshold"] is None
    assert document["usury_period"] is None


def test_the_category_option_picks_the_variable_rate_mortgage_threshold() -> None:
    document = checked(
        "--principal", "150000", "--rate", "3", "--periods", "240",
        "--start", "2025-11-15", "--category", "mortgage-variable",
    )  # fmt: skip
    assert document["usury_category"] == "mortgage-variable"
    assert document["usury_threshold"] == "5.25"
    assert "usury" not in by_code(document)
    assert by_code(document)["overindebtedness-7y"]["reference"] == "C. consom. L732-3"


def test_a_thirty_month_plan_is_past_the_judicial_grace() -> None:
    document = checked(*LOAN_2500_AT_35[:4], "--periods", "30", "--start", "2025-11-15")
    grace = by_code(document)["judicial-grace-24m"]
    assert grace["severity"] == "info"
    assert grace["reference"] == "C. civ. 1343-5"


def test_without_check_the_output_is_unchanged() -> None:
    done = cli("simulate", *LOAN_2500_AT_35, "--start", "2025-11-15", "--json")
    assert done.returncode == 0, done.stderr
    assert list(json.loads(done.stdout)) == SCHEDULE_KEYS
    text = cli("simulate", *LOAN_2500_AT_35, "--start", "2025-11-15")
    assert "usury" not in text.stdout and "Checks" not in text.stdout


def test_the_text_output_lists_the_checks() -> None:
    done = cli("simulate", *LOAN_2500_AT_35, "--start", "2025-11-15", "--check")
    assert done.returncode == 0, done.stderr
    assert "[BLOCKING] usury: The APR of 41.20% exceeds the usury threshold of 23.49%" in (
        done.stdout
    )
    assert "Usury threshold (consumer-up-to-3000, 01/10/2025 to 31/12/2025): 23.49%" in (
        done.stdout
    )


def test_category_without_check_is_refused() -> None:
    done = cli("simulate", *LOAN_2500_AT_35, "--category", "bridge")
    assert done.returncode == 2
    assert "--category goes with --check" in done.stderr


# ------------------------------------------------------------------- reference-data


def test_show_on_a_date_prints_the_period_in_force_and_its_source(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "empty.sqlite3")
    done = cli("reference-data", "show", "usury-thresholds", "--on", "2025-10-01", "--json",
               "--db", url)  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["origin"] == "shipped:usury_thresholds.toml"
    (period,) = document["periods"]
    assert period["values"]["consumer-over-6000"] == "8.73"
    assert period["values"]["mortgage-fixed-under-10y"] == "4.23"
    assert "boursedescredits.com" in period["source"]
    missing = cli("reference-data", "show", "usury-thresholds", "--on", "2026-04-01",
                  "--db", url)  # fmt: skip
    assert missing.returncode == 1
    assert "No usury-thresholds known for 2026-04-01" in missing.stderr
    listed = cli("reference-data", "list", "--db", url)
    assert "usury-thresholds: 9 periods" in listed.stdout


def _next_quarter_file(tmp_path: Path, value: str = '"23.60"') -> Path:
    # The shipped file plus a later quarter, as an administrator would write it. The added
    # figures are this test's own, never shown as published ones.
    text = (SHIPPED / "usury_thresholds.toml").read_text(encoding="utf-8")
    text += "\n[[periods]]\nfrom = 2026-04-01\nuntil = 2026-06-30\n"
    text += 'source = "Test file: an administrator\'s import"\n[periods.values]\n'
    text += f"consumer-up-to-3000 = {value}\n"
    text += "".join(
        f'{key} = "5.00"\n'
        for key in (
            "consumer-3000-to-6000", "consumer-over-6000", "mortgage-fixed-under-10y",
            "mortgage-fixed-10-to-20y", "mortgage-fixed-20y-plus", "mortgage-variable",
            "bridge-loan",
        )
    )  # fmt: skip
    path = tmp_path / "usury_next.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_administrator_imports_a_newer_file_audited(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    url = sqlite_url(path)
    assert cli("demo-data", "--cases", "5", "--db", url).returncode == 0
    done = cli("reference-data", "import", str(_next_quarter_file(tmp_path)),
               "--db", url, "--user", "demo.admin")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Imported usury-thresholds: 10 periods" in done.stdout

    shown = cli("reference-data", "show", "usury-thresholds", "--on", "2026-05-01", "--json",
                "--db", url)  # fmt: skip
    document = json.loads(shown.stdout)
    assert document["origin"].startswith("imported:usury_next.toml")
    assert document["periods"][0]["values"]["consumer-up-to-3000"] == "23.60"

    database, _ = open_database(url)
    try:
        with database.session() as session:
            # Besides the demonstration database's own (labelled) thresholds.
            assert session.scalar(select(func.count()).select_from(ReferenceDataImport)) == 2
            (event,) = [
                event
                for event in session.scalars(
                    select(AuditEvent).where(AuditEvent.action == "reference_data.imported")
                )
                if event.details["file"] == "usury_next.toml"
            ]
            assert event.details["kind"] == "usury-thresholds"
            assert event.details["last_day"] == "2026-06-30"
            assert verify_audit(session).intact
    finally:
        database.dispose()


def test_a_refused_import_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    url = sqlite_url(path)
    assert cli("demo-data", "--cases", "5", "--db", url).returncode == 0
    bad = cli("reference-data", "import", str(_next_quarter_file(tmp_path, '"abc"')),
              "--db", url, "--user", "demo.admin")  # fmt: skip
    assert bad.returncode == 2
    assert "Period 10: the value of consumer-up-to-3000 is not a number: abc" in bad.stderr
    officer = cli("reference-data", "import", str(_next_quarter_file(tmp_path)),
                  "--db", url, "--user", "demo.officer")  # fmt: skip
    assert officer.returncode != 0
    database, _ = open_database(url)
    try:
        with database.session() as session:
            files = session.scalars(select(ReferenceDataImport.file_name)).all()
            assert files == [DEMONSTRATION_FILE]  # only the demonstration data's own
            assert verify_audit(session).intact
    finally:
        database.dispose()
