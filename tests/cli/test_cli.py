"""The command line, run as a child process the way officers and scripts run it."""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from recouvrement_desktop import __version__
from recouvrement_desktop.cli import COMMANDS, wants_window
from recouvrement_desktop.cli.app import build_parser
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.database import sqlite_url
from recouvrement_desktop.logs import log_file
from recouvrement_desktop.paths import (
    default_database_path,
    demo_database_path,
    windows_private_acl,
)
from tests.conftest import subprocess_env
from tests.sqlite_files import raw_connection


def cli(*arguments: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", *arguments],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=subprocess_env(),
        check=False,
    )


def _one_clean_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def test_help_lists_commands_and_options_in_french_by_default() -> None:
    result = cli("--help")
    assert result.returncode == 0
    for word in ("demo-data", "simulate", "--db", "--demo", "--lang", "--version", "--screenshot"):
        assert word in result.stdout
    assert "langue de l'interface" in result.stdout


def test_help_in_english() -> None:
    result = cli("--lang", "en", "--help")
    assert result.returncode == 0
    assert "interface language" in result.stdout


def test_version() -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("nonsense://x", "nonsense"),
        ("not a url", "not a url"),
        ("mysql://u@h/db", "mysql"),
        ("postgresql+asyncpg://u@localhost/x", "postgresql+asyncpg"),
        ("sqlite+aiosqlite:///x.sqlite3", "sqlite+aiosqlite"),
        ("sqlite:////dev/null", "/dev/null"),
    ],
)
def test_a_bad_database_url_is_one_line_and_a_usage_error(url: str, named: str) -> None:
    result = cli("demo-data", "--cases", "1", "--db", url)
    assert result.returncode == 2
    assert named in _one_clean_line(result.stderr)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    result = cli("--lang", "en", "agreement", "list", "--db", sqlite_url(tmp_path))
    assert result.returncode == 2
    assert "is not a database file" in _one_clean_line(result.stderr)


def test_an_unreadable_file_is_refused_without_traceback(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    before = garbage.read_bytes()
    result = cli("--lang", "en", "demo-data", "--cases", "1", "--db", sqlite_url(garbage))
    # Refused input (exit 2): without a key, such a file cannot be told from an
    # encrypted database, and the message says both.
    assert result.returncode == 2
    assert "not a Recouvrement Desktop database" in _one_clean_line(result.stderr)
    assert garbage.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    database, _ = open_sqlite(path, tmp_path)
    database.dispose()
    with closing(raw_connection(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    result = cli("demo-data", "--cases", "1", "--db", sqlite_url(path))
    assert result.returncode == 1
    assert "version plus récente" in _one_clean_line(result.stderr)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_demo_data_writes_then_refuses_to_mix_then_replaces(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "cases.sqlite3")
    first = cli("--lang", "en", "demo-data", "--cases", "25", "--db", url)
    assert first.returncode == 0, first.stderr
    assert "25 cases" in first.stdout
    again = cli("--lang", "en", "demo-data", "--cases", "25", "--db", url)
    assert again.returncode == 1
    assert "--replace" in _one_clean_line(again.stderr)
    replaced = cli("demo-data", "--cases", "10", "--db", url, "--replace")
    assert replaced.returncode == 0, replaced.stderr
    with sqlite3.connect(tmp_path / "cases.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM cases").fetchone() == (10,)
    connection.close()


def _rows(path: Path) -> tuple[int, int, int]:
    with closing(raw_connection(path)) as connection:
        return tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("cases", "officers", "audit_events")
        )


def test_demo_data_never_replaces_nor_fills_a_real_database(tmp_path: Path) -> None:
    """A database the demonstration did not create: ``--replace`` deletes nothing, and
    no demonstration account (with its known password) is added to it."""
    path = tmp_path / "real.sqlite3"
    made = cli("demo-data", "--cases", "12", "--db", sqlite_url(path))
    assert made.returncode == 0, made.stderr
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DELETE FROM database_marks")  # as a bank's own database is
    before = _rows(path)
    for extra in ((), ("--replace",)):
        refused = cli("--lang", "en", "demo-data", "--cases", "5", "--db", sqlite_url(path), *extra)
        assert refused.returncode == 2, refused.stderr
        assert "not a demonstration database" in _one_clean_line(refused.stderr)
        assert _rows(path) == before
    # A new database with only its administrator is a real one too.
    fresh = tmp_path / "fresh.sqlite3"
    admin = subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "users", "add", "admin",
         "--name", "Admin", "--role", "administrator", "--db", sqlite_url(fresh)],
        input="Tr3s-solide-Secret\nTr3s-solide-Secret\n", capture_output=True, text=True,
        env=subprocess_env(), timeout=120, check=False,
    )  # fmt: skip
    assert admin.returncode == 0, admin.stderr
    refused = cli("--lang", "en", "demo-data", "--cases", "5", "--db", sqlite_url(fresh))
    assert refused.returncode == 2 and _rows(fresh)[0] == 0


@pytest.mark.parametrize("url", ["", "  ", "sqlite://", "sqlite:///:memory:"])
def test_demo_data_wants_a_real_place_to_write(url: str) -> None:
    result = cli("demo-data", "--cases", "5", "--db", url)
    assert result.returncode == 2
    _one_clean_line(result.stderr)
    assert not demo_database_path().exists()  # an empty --db is not "the default"


def test_demo_data_goes_to_the_demo_database_never_the_real_one() -> None:
    result = cli("demo-data", "--cases", "5", "--replace")
    assert result.returncode == 0, result.stderr
    assert demo_database_path().exists()
    assert demo_database_path() != default_database_path()
    assert not default_database_path().exists()


@pytest.mark.parametrize("cases", ["0", "-3", "3000000"])
def test_an_impossible_number_of_cases_is_a_usage_error(cases: str) -> None:
    result = cli("demo-data", "--cases", cases)
    assert result.returncode == 2
    _one_clean_line(result.stderr)


def test_a_reader_that_goes_away_ends_the_command_quietly() -> None:
    """``recouvrement-desktop simulate … | head -1``: no error message, no traceback."""
    with subprocess.Popen(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", "simulate",
         "--principal", "10000", "--rate", "4", "--periods", "360"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=subprocess_env(),
    ) as process:  # fmt: skip
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # before it writes: every write meets a closed pipe
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=120) == 141
    assert stderr.strip() == ""


@pytest.mark.parametrize(
    "arguments",
    [
        ("--lang", "xx", "--help"),
        ("--lang", "xx", "simulate", "--principal", "1000", "--rate", "4", "--periods", "12"),
        ("simulate", "--principal", "10000", "--rate", "4", "--periods", "12",
         "--first-due", "0001-01-01"),
        ("simulate", "--principal", "10000", "--rate", "4", "--periods", "12",
         "--start", "9999-12-01"),
        ("simulate", "--principal", "1000000000", "--rate", "99", "--periods", "600",
         "--grace", "599", "--grace-kind", "capitalized"),
        ("simulate", "--principal", "1e33", "--rate", "4", "--periods", "12"),
        ("simulate", "--principal", "1000000000", "--rate", "0", "--periods", "600",
         "--fee", "999999999.99"),
        ("simulate", "--principal", "1000000000", "--rate", "100", "--periods", "600",
         "--grace", "599", "--insurance", "1000000000", "--fee", "999999999"),
        ("simulate", "--principal", "1", "--rate", "0", "--periods", "1", "--fee", "0.99"),
    ],
)  # fmt: skip
def test_impossible_input_is_one_line_and_exit_2(arguments: tuple[str, ...]) -> None:
    result = cli(*arguments)
    assert result.returncode == 2, result.stderr
    assert "Erreur inattendue" not in _one_clean_line(result.stderr)


def test_a_demonstration_file_that_cannot_be_removed_is_left_as_it_was(tmp_path: Path) -> None:
    """``--replace`` when the file cannot be deleted (held open by another program on
    Windows, a read-only folder): one line, exit 2, every case still there. The refusal
    is injected in the child process, where root could delete anything."""
    path = tmp_path / "demo.sqlite3"
    assert cli("demo-data", "--cases", "8", "--db", sqlite_url(path)).returncode == 0
    before = _rows(path)
    script = (
        "import pathlib, sys\n"
        "from recouvrement_desktop.cli import main\n"
        "unlink = pathlib.Path.unlink\n"
        "def refuse(self, missing_ok=False):\n"
        "    if self.suffix == '.sqlite3':\n"
        "        raise PermissionError(13, 'Permission denied')\n"
        "    unlink(self, missing_ok=missing_ok)\n"
        "pathlib.Path.unlink = refuse\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "--lang", "en", "demo-data", "--cases", "3",
         "--replace", "--db", sqlite_url(path)],
        capture_output=True, text=True, env=subprocess_env(), timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "nothing was changed" in _one_clean_line(result.stderr)
    assert _rows(path) == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions (Windows: the profile's ACLs)")
def test_what_the_application_creates_is_the_users_alone(tmp_path: Path) -> None:
    """The database, its journals and copies, and the logs: 0600, their folders 0700;
    a database made by an earlier version (0644) is closed to others at its next use."""
    path = tmp_path / "cases.sqlite3"
    assert cli("demo-data", "--cases", "3", "--db", sqlite_url(path)).returncode == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)
    listed = cli("agreement", "list", "--db", sqlite_url(path), "--user", "demo.officer")
    assert listed.returncode in (0, 2), listed.stderr  # the file was opened either way
    created = [p for p in tmp_path.iterdir() if p.name.startswith("cases.sqlite3")]
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in created} == {
        p.name: 0o600 for p in created
    }
    assert stat.S_IMODE(log_file().stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file().parent.stat().st_mode) == 0o700


def test_every_command_runs_without_a_window() -> None:
    """A command never opens the window (a server has no display): the list that decides
    it before the parser is even loaded names every command the parser has."""
    parser = build_parser()
    commands = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    assert set(COMMANDS) == set(commands.choices)
    assert not any(wants_window([name, "--help"][:1]) for name in COMMANDS)
    assert wants_window(["--db", "sqlite:///cases.sqlite3"])


@pytest.mark.parametrize(("folder", "grant"), [(True, "ana:(OI)(CI)F"), (False, "ana:F")])
def test_on_windows_the_acl_leaves_a_file_or_folder_to_its_user(folder: bool, grant: str) -> None:
    """Windows has no modes: ``icacls`` removes the inherited entries and grants the user
    alone (and, for a folder, what it will hold). Built here; run only on Windows."""
    path = Path("C:/Users/ana/banque/cases.sqlite3")
    assert windows_private_acl(path, folder, "ana") == [
        "icacls", str(path), "/inheritance:r", "/grant:r", grant,
    ]  # fmt: skip
