"""Encryption at rest from the command line, each computer a data folder of its own
(with its own file keystore): the profile's database is created encrypted and the
demonstration one clear; ``db encrypt`` converts a clear database and shows the
recovery key; on a computer without the key, a clear refusal, then ``db unlock``."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from recouvrement_desktop.db.database import sqlite_url
from recouvrement_desktop.db.encryption import CLEAR_HEADER
from recouvrement_desktop.db.models import Base
from tests.conftest import subprocess_env

TABLES = [table.name for table in Base.metadata.sorted_tables]


def cli(
    computer: Path, *arguments: str, stdin: str = "", password: str = "demo"
) -> subprocess.CompletedProcess[str]:
    """The command line on *computer*: its own data folder and keystore."""
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments],
        input=stdin, capture_output=True, text=True, timeout=300, check=False,
        env=subprocess_env(
            RECOUVREMENT_PASSWORD=password,
            XDG_DATA_HOME=str(computer / "data"),
            XDG_CONFIG_HOME=str(computer / "config"),
        ),
    )  # fmt: skip


def _plain_sqlite_reads(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(path)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        assert "file is not a database" in str(error)
        return False
    return True


def _one_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


def test_the_profile_database_is_encrypted_and_the_demonstration_one_clear(
    tmp_path: Path,
) -> None:
    computer = tmp_path / "pc"
    made = cli(
        computer, "users", "add", "admin", "--name", "Admin", "--role", "administrator",
        stdin="Tr3s-solide-Secret\nTr3s-solide-Secret\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    profile = next((computer / "data").rglob("recouvrement.sqlite3"))
    assert not _plain_sqlite_reads(profile)
    # Its recovery key, to its first administrator, once.
    assert "Recovery key" in made.stdout
    assert len(made.stdout.strip().splitlines()[-1].split("-")) == 4
    again = cli(computer, "db", "recovery-key", "--user", "admin", password="Tr3s-solide-Secret")
    assert again.returncode == 2 and "already shown" in _one_line(again.stderr)
    listed = cli(computer, "users", "list", "--user", "admin", password="Tr3s-solide-Secret")
    assert listed.returncode == 0, listed.stderr
    assert "admin" in listed.stdout

    demo = cli(computer, "demo-data", "--cases", "3")
    assert demo.returncode == 0, demo.stderr
    demo_file = next((computer / "data").rglob("recouvrement-demo.sqlite3"))
    assert demo_file.read_bytes()[: len(CLEAR_HEADER)] == CLEAR_HEADER
    assert _plain_sqlite_reads(demo_file)


def _counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in TABLES
        }


ADMIN_PASSWORD = "Tr3s-solide-Secret"
_CLEAR_DATABASE_SCRIPT = f"""
import sys
from datetime import date
from pathlib import Path
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.models import Case
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.services import journal
from recouvrement_desktop.services.accounts import create_first_administrator
from tests.db.conftest import new_client
from tests.factories import add_officer
path = Path(sys.argv[1])
# A real database as an earlier version left it: clear, with its administrator and cases.
database, _ = open_sqlite(path, path.parent / "backups", demonstration=True)
create_first_administrator(database, "boss", "Bea Boss", {ADMIN_PASSWORD!r})
officer = add_officer(database, login="omartin", full_name="Odile Martin",
                      role=OfficerRole.OFFICER, max_waiver="100.00",
                      max_extension_months=12, min_rate="1.0000")
for number in range(5):
    with database.transaction() as session:
        case = Case(reference=f"DOS-{{number}}", client=new_client(f"C{{number:07d}}"),
                    officer_id=officer.id, stage="amicable", priority="normal",
                    opened_on=date(2026, 9, 1))
        session.add(case)
        session.flush()
        case_id = case.id
    journal.add_note(database, officer, case_id, f"Note {{number}}")
database.dispose()
"""


@pytest.mark.slow
def test_db_encrypt_then_another_computer_needs_the_recovery_key(tmp_path: Path) -> None:
    here, elsewhere = tmp_path / "pc", tmp_path / "new-pc"
    demo_path = tmp_path / "demo.sqlite3"
    assert cli(here, "demo-data", "--cases", "3", "--db", sqlite_url(demo_path)).returncode == 0
    refused = cli(here, "db", "encrypt", "--db", sqlite_url(demo_path), "--user", "demo.admin")
    assert refused.returncode == 2 and "demonstration" in _one_line(refused.stderr)
    path = tmp_path / "cases.sqlite3"
    url = sqlite_url(path)
    subprocess.run(
        [sys.executable, "-c", _CLEAR_DATABASE_SCRIPT, str(path)],
        check=True, timeout=120, env=subprocess_env(
            XDG_DATA_HOME=str(here / "data"), XDG_CONFIG_HOME=str(here / "config")
        ),
    )  # fmt: skip
    assert _plain_sqlite_reads(path)
    before = _counts(path)

    done = cli(here, "db", "encrypt", "--db", url, "--user", "boss", password=ADMIN_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert not _plain_sqlite_reads(path)
    written_down = "\n".join(done.stdout.strip().splitlines()[-4:])
    assert all(len(line.split("-")) == 4 for line in written_down.splitlines())
    again = cli(here, "db", "recovery-key", "--db", url, "--user", "boss", password=ADMIN_PASSWORD)
    assert again.returncode == 2 and "already shown" in _one_line(again.stderr)

    locked = cli(
        elsewhere, "agreement", "list", "--db", url, "--user", "boss", password=ADMIN_PASSWORD
    )
    assert locked.returncode == 2
    message = _one_line(locked.stderr)
    assert "keystore" in message and "db unlock" in message and "Traceback" not in locked.stderr
    wrong = cli(elsewhere, "db", "unlock", "--db", url, stdin="00" * 32)
    assert wrong.returncode == 2 and "does not open" in _one_line(wrong.stderr)
    suggested = re.search(r"'recouvrement-desktop db unlock --db (\S+)'", message)
    assert suggested is not None, message  # the command the message gives, as it is given
    unlocked = cli(elsewhere, "db", "unlock", "--db", suggested[1], stdin=written_down + "\n")
    assert unlocked.returncode == 0, unlocked.stderr

    copy = tmp_path / "copy.sqlite3"
    backed_up = cli(
        elsewhere,
        "backup",
        "--out",
        str(copy),
        "--db",
        url,
        "--user",
        "boss",
        password=ADMIN_PASSWORD,
    )
    assert backed_up.returncode == 0, backed_up.stderr
    assert not _plain_sqlite_reads(copy)
    restored = cli(
        elsewhere, "restore", str(copy), "--db", url, "--user", "boss", password=ADMIN_PASSWORD
    )
    assert restored.returncode == 0, restored.stderr
    assert not _plain_sqlite_reads(path)

    dump = subprocess.run(  # every record, read back with the key by SQLCipher itself
        [sys.executable, "-c", _COUNT_SCRIPT, str(path), written_down],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    after = dict(zip(TABLES, map(int, dump.stdout.split()), strict=True))
    kept = {name: n for name, n in after.items() if name not in ("audit_events", "database_marks")}
    assert kept == {
        name: n for name, n in before.items() if name not in ("audit_events", "database_marks")
    }
    assert after["audit_events"] > before["audit_events"]


_COUNT_SCRIPT = f"""
import sys
import sqlcipher3
from recouvrement_desktop.db.encryption import parse_recovery_key
connection = sqlcipher3.connect(sys.argv[1])
connection.execute(parse_recovery_key(sys.argv[2]).pragma)
for name in {TABLES!r}:
    print(connection.execute(f'SELECT count(*) FROM "{{name}}"').fetchone()[0])
"""
