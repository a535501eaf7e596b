"""``seal import`` and ``verify`` as an administrator and an attacker would run them.

Every process runs in one installation of its own (user data folder and keystore file),
where ``demo-data`` first writes a database with archived agreements sealed with the
demonstration certificate; the bank's seal is then imported from a PKCS#12 file whose
password comes on standard input.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing
from pathlib import Path

import pytest

from recouvrement_desktop.documents.seal import DEMO_SUBJECT_CN, Sealer
from tests.conftest import subprocess_env
from tests.seal_certificates import Identity, make_ca, make_seal, self_signed

BANK_NAME = "Banque Test — cachet serveur"


class Installation:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.database = root / "bank.sqlite3"

    def run(
        self, *arguments: str, stdin: str | None = None, password: str = ""
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments],
            capture_output=True,
            text=True,
            encoding="utf-8",
            input=stdin,
            timeout=300,
            env=subprocess_env(
                XDG_DATA_HOME=str(self.root / "data"),
                XDG_CONFIG_HOME=str(self.root / "config"),
                RECOUVREMENT_PASSWORD=password,
            ),
            check=False,
        )

    @property
    def url(self) -> str:
        return f"sqlite:///{self.database}"

    def archived(self) -> bytes:
        with closing(sqlite3.connect(self.database)) as connection:
            (pdf,) = connection.execute(
                "SELECT pdf FROM agreements WHERE pdf IS NOT NULL ORDER BY id LIMIT 1"
            ).fetchone()
        return bytes(pdf)

    def insert(self, sealed: bytes, reference: str) -> None:
        """The attacker's one INSERT: a copy of an archived agreement, with the forged
        file and its hash."""
        with closing(sqlite3.connect(self.database)) as connection, connection:
            columns = [row[1] for row in connection.execute("PRAGMA table_info(agreements)")]
            kept = [c for c in columns if c not in {"id", "uuid", "reference", "pdf", "pdf_sha256"}]
            listed = ", ".join(kept)
            connection.execute(
                f"INSERT INTO agreements (uuid, reference, pdf, pdf_sha256, {listed}) "
                f"SELECT ?, ?, ?, ?, {listed} FROM agreements WHERE pdf IS NOT NULL LIMIT 1",
                (uuid.uuid4().hex, reference, sealed, hashlib.sha256(sealed).hexdigest()),
            )

    def mark_real(self) -> None:
        with closing(sqlite3.connect(self.database)) as connection, connection:
            connection.execute("DELETE FROM database_marks")


@pytest.fixture(scope="module")
def installation(tmp_path_factory: pytest.TempPathFactory) -> Installation:
    made = Installation(tmp_path_factory.mktemp("installation"))
    done = made.run("demo-data", "--cases", "30", "--db", made.url)
    assert done.returncode == 0, done.stderr
    return made


@pytest.fixture(scope="module")
def bank() -> Identity:
    return make_seal(make_ca(), BANK_NAME)


def _seal_with(identity: Identity, pdf: bytes, folder: Path) -> bytes:
    """Seal *pdf* anew (stripped of its seal: the bytes before it) with *identity*."""
    p12 = identity.write_pkcs12(folder / "forger.p12", b"x")
    unsealed = pdf[: pdf.rindex(b"%%EOF", 0, pdf.index(b"BankSeal")) + len(b"%%EOF\n")]
    return Sealer.from_pkcs12(p12, "x").seal(unsealed, reference="ACC-FORGED")


def test_import_then_verify_trusts_the_bank_alone(
    installation: Installation, bank: Identity, tmp_path: Path
) -> None:
    demo_pdf = installation.archived()
    as_demo = installation.run(
        "verify", _write(tmp_path, "demo.pdf", demo_pdf), "--db", installation.url
    )
    assert as_demo.returncode == 0, as_demo.stdout + as_demo.stderr
    assert as_demo.stdout.startswith("VALID") and "DEMONSTRATION seal" in as_demo.stdout

    p12 = bank.write_pkcs12(tmp_path / "bank.p12", b"the bank's password")
    imported = installation.run("seal", "import", str(p12), stdin="the bank's password\n")
    assert imported.returncode == 0, imported.stderr
    assert BANK_NAME in imported.stdout and "B-B" in imported.stdout
    wrong = installation.run("seal", "import", str(p12), stdin="not it\n")
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1
    shown = installation.run("seal", "show")
    assert BANK_NAME in shown.stdout
    settings = (installation.root / "data").rglob("settings.json")
    assert all("password" not in path.read_text() for path in settings)

    # Forgeries, each archived by an INSERT into the database: rejected by their seal.
    forged = _seal_with(self_signed(BANK_NAME), demo_pdf, tmp_path)
    installation.insert(forged, "ACC-FORGED-1")
    installation.mark_real()
    for name, sealed, says in (
        ("forged.pdf", forged, "not trusted"),
        ("demo.pdf", demo_pdf, "demonstration certificate"),
    ):
        done = installation.run("verify", _write(tmp_path, name, sealed), "--db", installation.url)
        assert done.returncode == 1, done.stdout + done.stderr
        assert done.stdout.startswith("INVALID") and says in done.stdout, done.stdout
        assert len(done.stdout.strip().splitlines()) == 1


def test_a_padding_edit_is_invalid_without_a_database(
    installation: Installation, tmp_path: Path
) -> None:
    data = installation.archived()
    start = data.index(b"/Contents <") + len(b"/Contents <")
    end = data.index(b">", start)
    edited = data[: end - 8] + b"c0ffee00" + data[end:]
    assert len(edited) == len(data)
    alone = tmp_path / "alone"
    alone.mkdir()
    other = Installation(alone)  # no database, no bank seal: the demonstration one is trusted
    original = other.run("verify", _write(tmp_path, "original.pdf", data))
    # another installation's demonstration certificate is not this one's
    assert original.returncode == 1 and DEMO_SUBJECT_CN in original.stdout
    done = installation.run("verify", _write(tmp_path, "edited.pdf", edited))
    assert done.returncode == 1
    assert done.stdout.startswith("INVALID") and "altered" in done.stdout


def _write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


def test_seal_usage(installation: Installation) -> None:
    done = installation.run("seal", "tsa")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    done = installation.run("seal", "import", str(installation.root / "missing.p12"), stdin="x\n")
    assert done.returncode == 2 and "missing.p12" in done.stderr


def test_a_database_s_administrator_changes_the_seal_and_it_is_recorded(
    installation: Installation, bank: Identity, tmp_path: Path
) -> None:
    p12 = bank.write_pkcs12(tmp_path / "bank.p12", b"pw")
    database = ("--db", installation.url)
    unsigned = installation.run("seal", "import", str(p12), *database, stdin="pw\n")
    assert unsigned.returncode == 2 and "--user" in unsigned.stderr
    officer = installation.run(
        "seal", "import", str(p12), *database, "--user", "demo.officer", stdin="pw\n",
        password="demo",
    )  # fmt: skip
    assert officer.returncode == 2, officer.stdout + officer.stderr
    assert "administrator" in officer.stderr and len(officer.stderr.strip().splitlines()) == 1
    done = installation.run(
        "seal", "tsa", "--none", *database, "--user", "demo.admin", password="demo"
    )
    assert done.returncode == 0, done.stderr
    with closing(sqlite3.connect(installation.database)) as connection:
        rows = connection.execute(
            "SELECT details FROM audit_events WHERE action = 'seal.configured'"
        ).fetchall()
    assert len(rows) == 1
    assert '"change": "tsa"' in rows[0][0] and "certificate_sha256" in rows[0][0]
