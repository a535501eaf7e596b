"""``case overindebtedness`` and ``case ficp`` driven as real processes on a
demonstration database, read back with ``case show --json``; refused input exits 2 and
changes nothing."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_case_cli import cli

SUPERVISOR = ("--user", "demo.supervisor")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    path = tmp_path_factory.mktemp("cases") / "demo.sqlite3"
    url = f"sqlite:///{path}"
    done = cli("demo-data", "--cases", "80", "--db", url)
    assert done.returncode == 0, done.stderr
    return url, path


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def _show(url: str, reference: str) -> dict[str, Any]:
    done = cli("case", "show", reference, "--db", url, "--json", *SUPERVISOR)
    assert done.returncode == 0, done.stderr
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def _free_case(path: Path) -> str:
    """A case of the supervisor's branch with neither a file nor a registration."""
    return str(
        _rows(
            path,
            "SELECT c.reference FROM cases c JOIN officers o ON o.id = c.officer_id "
            "WHERE o.branch = (SELECT branch FROM officers WHERE login = 'demo.supervisor') "
            "AND c.id NOT IN (SELECT case_id FROM overindebtedness_files) "
            "AND c.client_id NOT IN (SELECT client_id FROM ficp_registrations) "
            "ORDER BY c.id LIMIT 1",
        )[0][0]
    )


def test_the_demonstration_holds_a_file_and_a_registration(demo: tuple[str, Path]) -> None:
    url, path = demo
    ((frozen,),) = _rows(
        path,
        "SELECT DISTINCT c.reference FROM cases c "
        "JOIN overindebtedness_files f ON f.case_id = c.id",
    )
    data = _show(url, frozen)
    assert data["overindebtedness"]["status"] == "admissible"
    assert data["overindebtedness"]["open"] is True
    ((registered,),) = _rows(
        path,
        "SELECT c.reference FROM cases c JOIN ficp_registrations r ON r.client_id = c.client_id",
    )
    (entry,) = _show(url, registered)["ficp"]
    assert entry["removed_on"] is None and "impayées" in entry["incident"]


def test_recording_a_file_and_a_registration(demo: tuple[str, Path]) -> None:
    url, path = demo
    reference = _free_case(path)
    before = _show(url, reference)
    assert before["overindebtedness"] is None and before["ficp"] == []
    done = cli(
        "case", "overindebtedness", reference, "--status", "filed", "--on", "2026-10-01",
        "--note", "dépôt du dossier", "--db", url, *SUPERVISOR,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "filed on 2026-10-01" in done.stdout
    done = cli(
        "case", "overindebtedness", reference, "--status", "plan", "--on", "2026-11-15",
        "--db", url, *SUPERVISOR,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = cli(
        "case", "ficp", reference, "--register", "2026-09-20",
        "--incident", "contrat PP9 : 2 échéances impayées", "--db", url, *SUPERVISOR,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = _show(url, reference)
    assert data["overindebtedness"] == {
        "status": "plan",
        "filed_on": "2026-10-01",
        "status_on": "2026-11-15",
        "open": True,
        "note": None,
    }
    assert data["ficp"] == [
        {
            "registered_on": "2026-09-20",
            "incident": "contrat PP9 : 2 échéances impayées",
            "removed_on": None,
        }
    ]
    done = cli("case", "ficp", reference, "--remove", "2026-11-30", "--db", url, *SUPERVISOR)
    assert done.returncode == 0, done.stderr
    assert _show(url, reference)["ficp"][0]["removed_on"] == "2026-11-30"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ("overindebtedness", "--status", "closed", "--on", "2026-10-01"),
            "No overindebtedness file is open",
        ),
        (("overindebtedness", "--status", "filed", "--on", "01/10/2026"), "YYYY-MM-DD"),
        (("overindebtedness", "--status", "bankrupt", "--on", "2026-10-01"), "invalid choice"),
        (("ficp", "--register", "2026-10-01"), "--register needs --incident"),
        (("ficp", "--remove", "2026-10-01"), "not registered at the FICP"),
        (("ficp",), "one of the arguments --register --remove is required"),
    ],
)  # fmt: skip
def test_refused_input_exits_2_and_changes_nothing(
    demo: tuple[str, Path], arguments: tuple[str, ...], message: str
) -> None:
    url, path = demo
    reference = _free_case(path)
    action, *options = arguments
    done = cli("case", action, reference, *options, "--db", url, *SUPERVISOR)
    assert done.returncode == 2, done.stdout + done.stderr
    assert message in done.stderr
    data = _show(url, reference)
    assert data["overindebtedness"] is None and data["ficp"] == []


def test_an_unknown_case_exits_2(demo: tuple[str, Path]) -> None:
    url, _path = demo
    done = cli(
        "case", "ficp", "NOPE-1", "--register", "2026-10-01", "--incident", "x",
        "--db", url, *SUPERVISOR,
    )  # fmt: skip
    assert done.returncode == 2
    assert "No case has the reference NOPE-1" in done.stderr
