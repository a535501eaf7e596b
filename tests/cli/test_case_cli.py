"""``case show REF [--json]`` driven as a real process on a demonstration database:
the case, its client, promises, agreements and each contract's legal deadlines."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from recouvrement_desktop.domain.calendar import add_months
from tests.conftest import subprocess_env

CLI: list[str] = [sys.executable, "-m", "recouvrement_desktop"]
# An auditor reads every branch's cases (an officer, those of their branch).
SIGNED_IN = ("--user", "demo.auditor")
LOAN_KEYS = {
    "contract",
    "category",
    "first_unpaid_date",
    "forclusion_date",
    "outstanding_principal",
    "arrears_amount",
}


def cli(*arguments: str, password: str | None = "demo") -> subprocess.CompletedProcess[str]:
    extra = {} if password is None else {"RECOUVREMENT_PASSWORD": password}
    return subprocess.run(
        [*CLI, "--lang", "en", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        env=subprocess_env(**extra),
        stdin=subprocess.DEVNULL,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    path = tmp_path_factory.mktemp("cases") / "demo.sqlite3"
    url = f"sqlite:///{path}"
    done = cli("demo-data", "--cases", "120", "--db", url)
    assert done.returncode == 0, done.stderr
    return url, path


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def show(url: str, reference: str) -> dict[str, Any]:
    done = cli("case", "show", reference, "--db", url, "--json", *SIGNED_IN)
    assert done.returncode == 0, done.stderr
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def test_a_case_near_its_forclusion(demo: tuple[str, Path]) -> None:
    url, path = demo
    # The demonstration holds a few cases unpaid for nearly two years, none rescheduled.
    reference, stored = _rows(
        path,
        "SELECT reference, forclusion_date FROM cases WHERE forclusion_date IS NOT NULL "
        "AND id NOT IN (SELECT case_id FROM agreements) ORDER BY forclusion_date LIMIT 1",
    )[0]
    data = show(url, reference)
    assert set(data) == {
        "case",
        "client",
        "stage",
        "promises",
        "agreements",
        "loans",
        "overindebtedness",
        "ficp",
        "plan",
    }
    assert data["plan"] is None  # no agreement to follow
    assert data["case"]["reference"] == reference
    assert data["stage"] == data["case"]["stage"]
    assert data["client"]["client_number"].startswith("CL")
    assert data["loans"]
    ends = []
    for loan in data["loans"]:
        assert set(loan) >= LOAN_KEYS
        first = date.fromisoformat(loan["first_unpaid_date"])
        if loan["category"] == "mortgage":
            assert loan["forclusion_state"] == "not_applicable"
            assert loan["forclusion_date"] is None
            continue
        event = add_months(first, 3) if loan["category"] == "overdraft" else first
        assert loan["forclusion_date"] == add_months(event, 24).isoformat()
        ends.append(loan["forclusion_date"])
    assert min(ends) == stored


def test_a_rescheduled_case_names_its_agreement(demo: tuple[str, Path]) -> None:
    url, path = demo
    reference, agreement = _rows(
        path,
        "SELECT cases.reference, agreements.reference FROM agreements JOIN cases "
        "ON cases.id = agreements.case_id WHERE agreements.status = 'signed' LIMIT 1",
    )[0]
    data = show(url, reference)
    assert [a["reference"] for a in data["agreements"]] == [agreement]
    assert data["agreements"][0]["status"] == "signed"
    assert any(loan["rescheduled_by"] == agreement for loan in data["loans"])
    # Its new schedule is followed: every instalment paid, due, late or missed.
    plan = data["plan"]
    assert plan["agreement"] == agreement and plan["grace_days"] == 10
    counts = [plan[key]["count"] for key in ("paid", "due", "late", "missed")]
    assert sum(counts) == data["agreements"][0]["periods"] == len(plan["instalments"])
    statuses = {one["status"] for one in plan["instalments"]}
    assert statuses <= {"paid", "due", "late", "missed"}


def test_the_text_form_lists_the_deadlines(demo: tuple[str, Path]) -> None:
    url, path = demo
    (reference,) = _rows(path, "SELECT reference FROM cases ORDER BY id LIMIT 1")[0]
    contracts = _rows(
        path,
        "SELECT contract_number FROM loans JOIN cases ON cases.id = loans.case_id "
        f"WHERE cases.reference = '{reference}'",
    )
    done = cli("case", "show", reference, "--db", url, *SIGNED_IN)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Case {reference} — ")
    for (contract,) in contracts:
        line = next(line for line in done.stdout.splitlines() if contract in line)
        assert "first unpaid" in line and "forclusion" in line


def test_an_unknown_case_or_no_credentials_exit_2(demo: tuple[str, Path]) -> None:
    url, _path = demo
    unknown = cli("case", "show", "REC-0000-0000000", "--db", url, *SIGNED_IN)
    assert unknown.returncode == 2
    assert unknown.stderr.strip().endswith("No case has the reference REC-0000-0000000.")
    refused = cli("case", "show", "REC-0000-0000000", "--db", url, *SIGNED_IN, password="wrong")
    assert refused.returncode == 2
    assert unknown.stdout == refused.stdout == ""


def test_the_json_gives_each_contract_s_parties_and_securities(demo: tuple[str, Path]) -> None:
    url, path = demo
    ((reference, contract, co_borrowers, guarantee, mandate),) = _rows(
        path,
        "SELECT c.reference, l.contract_number, l.co_borrowers, l.guarantee,"
        " l.sepa_mandate_reference FROM loans l JOIN cases c ON c.id = l.case_id"
        " WHERE l.category = 'mortgage' AND l.rate_type = 'variable'"
        " ORDER BY l.id LIMIT 1",
    )
    loan = next(item for item in show(url, reference)["loans"] if item["contract"] == contract)
    assert loan["rate_type"] == "variable"
    assert loan["co_borrowers"] == [co_borrowers] and co_borrowers.startswith(("Mme ", "M. "))
    assert loan["guarantee"] == guarantee and guarantee
    assert loan["sepa_mandate_reference"] == mandate
    assert loan["guarantors"] == []
