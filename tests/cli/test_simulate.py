"""The ``simulate`` command, run as a real process: JSON contract, text output, errors.

Figures checked against public sources (not against this program's output):

* cosi-immobilier.com loan calculator, 422 000 EUR over 25 years at 3 %, monthly:
  "paiement mensuel : 2 001 EUR", "Total des intérêts: 178 352EUR" (whole euros)
  (http://www.cosi-immobilier.com/html/loan-calculator_2013.php?action=calc&loan_amount=422000);
* constant amortization of 400 000 euros at 3 % over 5 years, annuities 92 000,
  89 600, 87 200, 84 800 and 82 400 (http://www.yaronet.com/posts/111989-473.frame).
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import pytest

D = Decimal
AMOUNT = re.compile(r"^-?\d+\.\d{2}$")
ROW_KEYS = ["number", "due_date", "payment", "interest", "principal", "insurance", "balance"]
TOP_KEYS = [
    "installment",
    "periods",
    "total_interest",
    "total_insurance",
    "total_fees",
    "total_cost",
    "apr",
    "rows",
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def simulate_json(*args: str) -> dict[str, Any]:
    result = run("simulate", *args, "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    assert result.stdout.count("\n") == 1  # one JSON object, one line
    return data


def check_contract(data: dict[str, Any], principal: str) -> None:
    assert list(data) == TOP_KEYS
    for key in TOP_KEYS[:-1]:
        if key == "periods":
            assert isinstance(data[key], int)
        else:
            assert isinstance(data[key], str)
            assert AMOUNT.match(data[key]), (key, data[key])
    rows = data["rows"]
    assert len(rows) == data["periods"]
    for number, row in enumerate(rows, start=1):
        assert list(row) == ROW_KEYS
        assert row["number"] == number
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", row["due_date"])
        for key in ROW_KEYS[2:]:
            assert AMOUNT.match(row[key]), (key, row[key])
        assert D(row["payment"]) == D(row["interest"]) + D(row["principal"])
        assert D(row["balance"]) >= 0
    assert sum(D(r["principal"]) for r in rows) == D(principal)
    assert rows[-1]["balance"] == "0.00"
    assert D(data["total_interest"]) == sum(D(r["interest"]) for r in rows)
    assert D(data["total_insurance"]) == sum(D(r["insurance"]) for r in rows)
    assert D(data["total_cost"]) == (
        D(data["total_interest"]) + D(data["total_insurance"]) + D(data["total_fees"])
    )


def test_json_contract_and_cosi_immobilier_example() -> None:
    data = simulate_json(
        "--principal", "422000", "--rate", "3", "--periods", "300", "--start", "2026-01-15"
    )
    check_contract(data, "422000")
    assert data["periods"] == 300
    assert D(data["installment"]).quantize(D(1)) == 2001
    assert D(data["total_interest"]).quantize(D(1)) == 178352
    assert data["rows"][0]["due_date"] == "2026-02-15"
    assert data["rows"][0]["interest"] == "1055.00"
    # (1 + 0.03/12)^12 - 1 = 3.0416 %
    assert data["apr"] == "3.04"


def test_constant_principal_annual_example() -> None:
    data = simulate_json(
        "--principal", "400000", "--rate", "3", "--periods", "5",
        "--frequency", "annual", "--method", "constant-principal", "--start", "2026-01-15",
    )  # fmt: skip
    check_contract(data, "400000")
    assert [r["payment"] for r in data["rows"]] == [
        "92000.00", "89600.00", "87200.00", "84800.00", "82400.00"
    ]  # fmt: skip
    assert data["installment"] == "92000.00"
    assert data["apr"] == "3.00"


def test_comma_decimal_mark_fees_insurance_and_month_end() -> None:
    data = simulate_json(
        "--principal", "12500,50", "--rate", "9,4822", "--periods", "24",
        "--fee", "150,00", "--insurance", "8.5", "--start", "2026-01-31",
    )  # fmt: skip
    check_contract(data, "12500.50")
    assert data["total_fees"] == "150.00"
    assert data["total_insurance"] == "204.00"
    assert [r["due_date"] for r in data["rows"][:3]] == ["2026-02-28", "2026-03-31", "2026-04-30"]
    assert all(r["insurance"] == "8.50" for r in data["rows"])
    # Fees and insurance make the TAEG higher than the actuarial equivalent of 9.4822 %.
    assert D(data["apr"]) > D("9.90")


def test_grace_and_first_due_date() -> None:
    data = simulate_json(
        "--principal", "12000", "--rate", "6", "--periods", "24",
        "--grace", "3", "--grace-kind", "interest-only", "--first-due", "2026-03-10",
    )  # fmt: skip
    check_contract(data, "12000")
    assert data["rows"][0]["due_date"] == "2026-03-10"
    for row in data["rows"][:3]:
        assert row["principal"] == "0.00"
        assert row["payment"] == row["interest"] == "60.00"
    capitalized = simulate_json(
        "--principal", "12000", "--rate", "6", "--periods", "24",
        "--grace", "2", "--grace-kind", "capitalized", "--start", "2026-01-15",
    )  # fmt: skip
    check_contract(capitalized, "12000")
    assert capitalized["rows"][0]["payment"] == "0.00"
    assert capitalized["rows"][0]["balance"] == "12060.00"


def test_sizing_by_installment() -> None:
    data = simulate_json(
        "--principal", "10000", "--rate", "5", "--installment", "300", "--start", "2026-01-15"
    )
    check_contract(data, "10000")
    assert data["installment"] == "300.00"
    assert all(r["payment"] == "300.00" for r in data["rows"][:-1])
    assert D(data["rows"][-1]["payment"]) <= 300


@pytest.mark.parametrize("frequency", ["bimonthly", "quarterly", "semiannual"])
def test_frequencies(frequency: str) -> None:
    data = simulate_json(
        "--principal", "5000", "--rate", "4", "--periods", "8",
        "--frequency", frequency, "--start", "2026-01-31",
    )  # fmt: skip
    check_contract(data, "5000")


@pytest.mark.parametrize(
    ("lang", "amount", "label"),
    [("en", "853.79", "Instalment"), ("fr", "853,79", "")],
)
def test_text_output_in_the_active_language(lang: str, amount: str, label: str) -> None:
    result = run(
        "--lang", lang, "simulate",
        "--principal", "10000", "--rate", "4.5", "--periods", "12", "--start", "2026-01-31",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert amount in result.stdout
    assert label in result.stdout
    assert len(result.stdout.splitlines()) > 12


BAD_INPUT = [
    ["--principal", "10000", "--rate", "4.5", "--periods", "0"],
    ["--principal", "10000", "--rate", "4.5", "--periods", "601"],
    ["--principal", "10000", "--rate", "4.5", "--periods", "2.5"],
    ["--principal", "10000", "--rate", "-1", "--periods", "12"],
    ["--principal", "10000", "--rate", "100.01", "--periods", "12"],
    ["--principal", "0", "--rate", "4.5", "--periods", "12"],
    ["--principal", "-5", "--rate", "4.5", "--periods", "12"],
    ["--principal", "abc", "--rate", "4.5", "--periods", "12"],
    ["--principal", "1.234,5", "--rate", "4.5", "--periods", "12"],
    ["--principal", "10000", "--rate", "4.5", "--installment", "37.50"],
    ["--principal", "10000", "--periods", "12"],
    ["--principal", "10000", "--rate", "4.5"],
    ["--principal", "10000", "--rate", "4.5", "--periods", "12", "--installment", "900"],
    ["--principal", "10000", "--rate", "4.5", "--periods", "12", "--frequency", "weekly"],
    ["--principal", "10000", "--rate", "4.5", "--periods", "12", "--method", "bullet"],
    ["--principal", "10000", "--rate", "4.5", "--periods", "12", "--start", "2026-13-01"],
    [
        "--principal", "10000", "--rate", "4.5", "--periods", "12",
        "--start", "2026-03-01", "--first-due", "2026-02-01",
    ],
    ["--principal", "10000", "--rate", "4.5", "--periods", "12", "--grace", "12"],
    ["--principal", "10000", "--rate", "4.5", "--periods", "12", "--fee", "10000"],
    ["--principal", "10000", "--rate", "4.5", "--periods", "12", "--bogus"],
    ["--principal", "10000", "--rate", "4.5", "--periods"],
]  # fmt: skip


@functools.cache
def bad_input_results() -> dict[tuple[str, ...], subprocess.CompletedProcess[str]]:
    """Run every bad-input case once, in parallel (each process start is slow)."""
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        futures = {tuple(args): pool.submit(run, "simulate", *args, "--json") for args in BAD_INPUT}
        return {args: future.result() for args, future in futures.items()}


@pytest.mark.parametrize("args", BAD_INPUT, ids=" ".join)
def test_bad_input_is_one_line_on_stderr_and_status_2(args: list[str]) -> None:
    result = bad_input_results()[tuple(args)]
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
