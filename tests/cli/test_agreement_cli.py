"""``agreement list|show|export`` and ``verify``, driven as a real process.

Right after ``demo-data`` the database holds signed agreements with their archived
sealed PDF files: the commands list them, show their schedule in the JSON shape of
``simulate --json``, export the file, which ``pdfsig`` and ``verify`` accept, and which
both reject once one byte is changed.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from recouvrement_desktop.paths import default_database_path
from tests.conftest import subprocess_env

# The command line under test; a test may point it at a wrapper (see the lead's notes).
CLI: list[str] = [sys.executable, "-m", "recouvrement_desktop"]


# The agreement commands read client data: they run signed in, as the demonstration's
# officer (every demonstration account's password is "demo").
SIGNED_IN = ("--user", "demo.officer")


def cli(*arguments: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    signed = SIGNED_IN if arguments and arguments[0] == "agreement" else ()
    return subprocess.run(
        [*CLI, *arguments, *signed],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        env=subprocess_env(RECOUVREMENT_PASSWORD="demo"),
        check=False,
    )


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("agreements") / "demo.sqlite3"
    url = f"sqlite:///{path}"
    done = cli("demo-data", "--cases", "200", "--db", url)
    assert done.returncode == 0, done.stderr
    yield url


@pytest.fixture(scope="module")
def listed(demo_url: str) -> list[dict[str, str]]:
    done = cli("agreement", "list", "--db", demo_url, "--json")
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, str]] = json.loads(done.stdout)
    return rows


def test_list_json_keys(listed: list[dict[str, str]]) -> None:
    assert listed, "demo-data writes signed agreements"
    for row in listed:
        assert set(row) == {"reference", "case", "client", "date", "status"}
        assert row["reference"].startswith("ACC-")
    # Signed agreements, and the day's follow-up work: a plan for a supervisor, a paper
    # to come back countersigned.
    statuses = sorted(row["status"] for row in listed)
    assert statuses.count("signed") >= 1
    assert statuses.count("pending_approval") == 1
    assert statuses.count("awaiting_countersignature") == 1


def test_show_json_has_the_shape_of_simulate(demo_url: str, listed: list[dict[str, str]]) -> None:
    signed = next(row for row in listed if row["status"] == "signed")
    reference = signed["reference"]
    shown = cli("agreement", "show", reference, "--db", demo_url, "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    simulated = cli("simulate", "--principal", "10000", "--rate", "4", "--periods", "12", "--json")
    assert simulated.returncode == 0, simulated.stderr
    expected = json.loads(simulated.stdout)
    assert set(data) == set(expected) | {"reference", "case", "status"}
    assert set(data["rows"][0]) == set(expected["rows"][0])
    assert data["reference"] == reference and data["case"] == signed["case"]
    assert len(data["rows"]) == data["periods"]


def test_export_then_verify(demo_url: str, listed: list[dict[str, str]], tmp_path: Path) -> None:
    reference = next(row["reference"] for row in listed if row["status"] == "signed")
    out = tmp_path / "agreement.pdf"
    done = cli("agreement", "export", reference, "--out", str(out), "--db", demo_url)
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF")

    again = tmp_path / "again.pdf"
    assert (
        cli("agreement", "export", reference, "--out", str(again), "--db", demo_url).returncode == 0
    )
    assert again.read_bytes() == data  # reprint: the identical file

    pdfsig = shutil.which("pdfsig")
    if pdfsig is not None:
        checked = subprocess.run([pdfsig, str(out)], capture_output=True, text=True, check=False)
        assert "Signature is Valid" in checked.stdout
        assert "Total document signed" in checked.stdout

    verified = cli("verify", str(out), "--db", demo_url)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert reference in verified.stdout
    assert len(verified.stdout.strip().splitlines()) == 1

    changed = bytearray(data)
    middle = len(changed) // 3
    changed[middle] = (changed[middle] + 1) % 256
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(changed))
    rejected = cli("verify", str(altered), "--db", demo_url)
    assert rejected.returncode == 1, rejected.stdout + rejected.stderr
    assert len(rejected.stdout.strip().splitlines()) == 1
    if pdfsig is not None:
        checked = subprocess.run(
            [pdfsig, str(altered)], capture_output=True, text=True, check=False
        )
        assert "Signature is Valid" not in checked.stdout


def test_usage_errors_exit_2(demo_url: str, tmp_path: Path) -> None:
    missing = cli("verify", str(tmp_path / "nowhere.pdf"), "--db", demo_url)
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1
    no_out = cli("agreement", "export", "ACC-2026-000001", "--db", demo_url)
    assert no_out.returncode == 2
    assert len(no_out.stderr.strip().splitlines()) == 1


def test_unknown_reference_exits_1(demo_url: str) -> None:
    done = cli("agreement", "show", "ACC-1999-999999", "--db", demo_url, "--json")
    assert done.returncode == 1
    assert "ACC-1999-999999" in done.stderr


@pytest.fixture(scope="module")
def exported(
    demo_url: str, listed: list[dict[str, str]], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    reference = next(row["reference"] for row in listed if row["status"] == "signed")
    out = tmp_path_factory.mktemp("exported") / "agreement.pdf"
    done = cli("agreement", "export", reference, "--out", str(out), "--db", demo_url)
    assert done.returncode == 0, done.stderr
    return out


def test_verify_never_creates_a_database(exported: Path, tmp_path: Path) -> None:
    """Without --db and without the officer's database, the seal is still checked; a
    --db that names no database is an error. Neither creates one."""
    alone = cli("--lang", "en", "verify", str(exported))
    assert alone.returncode == 1, alone.stderr
    assert alone.stdout.startswith("UNKNOWN") and "no database" in alone.stdout
    assert not default_database_path().exists()
    nowhere = tmp_path / "nowhere.sqlite3"
    missing = cli("--lang", "en", "verify", str(exported), "--db", f"sqlite:///{nowhere}")
    assert missing.returncode == 1
    assert "There is no database" in missing.stderr and len(missing.stderr.splitlines()) == 1
    assert not nowhere.exists()


def test_verify_never_migrates_a_database(exported: Path, demo_url: str, tmp_path: Path) -> None:
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(demo_url.removeprefix("sqlite:///"), older)
    with closing(sqlite3.connect(older)) as connection, connection:
        connection.execute(
            "UPDATE alembic_version SET version_num = '0005_accounts_and_access_log'"
        )
    before = older.read_bytes()
    done = cli("--lang", "en", "verify", str(exported), "--db", f"sqlite:///{older}")
    assert done.returncode == 1
    assert "left untouched" in done.stderr and len(done.stderr.splitlines()) == 1
    assert older.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["older.sqlite3"]  # no backup


@pytest.mark.parametrize("what", ["/dev/zero", "folder"])
def test_verify_reads_only_a_file_of_reasonable_size(what: str, tmp_path: Path) -> None:
    target = "/dev/zero" if what == "/dev/zero" else str(tmp_path)
    done = cli("--lang", "en", "verify", target, timeout=60)
    assert done.returncode == 2
    assert "not a file" in done.stderr and len(done.stderr.splitlines()) == 1


def test_verify_refuses_a_huge_file_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as sparse:  # a sparse file: large, yet nothing on the disk
        sparse.truncate(4 * 1024 * 1024 * 1024)
    done = cli("--lang", "en", "verify", str(huge), timeout=60)
    assert done.returncode == 2
    assert "larger than any agreement" in done.stderr
