"""``letters render`` from the command line: a PDF and an e-mail of a real case; a
broken template of the bank's folder is refused in one line naming its line."""

from __future__ import annotations

import email
import json
import shutil
import subprocess
import sys
from email.policy import default
from pathlib import Path

from sqlalchemy import select

from recouvrement_desktop.db.database import Database, sqlite_url
from recouvrement_desktop.db.models import Case, Officer
from recouvrement_desktop.documents.letters.templates import load_template
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import resource_path
from tests.conftest import subprocess_env
from tests.documents.conftest import run_tool


def cli(*arguments: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments],
        capture_output=True, text=True, timeout=300, check=False,
        env=subprocess_env(RECOUVREMENT_PASSWORD="demo", **env),
    )  # fmt: skip


def officers_case(url: str) -> tuple[str, str]:
    """A case of demo.officer's branch, and its client's last name."""
    database = Database(url)
    try:
        with database.session() as session:
            branch = session.scalars(
                select(Officer.branch).where(Officer.login == "demo.officer")
            ).one()
            case = session.scalars(
                select(Case)
                .join(Officer, Officer.id == Case.officer_id)
                .where(Officer.branch == branch, Case.total_arrears > 0)
                .order_by(Case.id)
            ).first()
            assert case is not None
            return case.reference, case.client.last_name
    finally:
        database.dispose()


def test_render_a_pdf_then_an_email(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "cases.sqlite3")
    assert cli("demo-data", "--cases", "30", "--db", url).returncode == 0
    reference, last_name = officers_case(url)
    pdf = tmp_path / "notice.pdf"
    made = cli(
        "letters", "render", reference, "--kind", "formal-notice", "--out", str(pdf),
        "--lang", "fr", "--db", url, "--user", "demo.officer",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    shipped = load_template(resource_path("letters"), LetterKind.FORMAL_NOTICE, Language.FRENCH)
    assert f"version {shipped.version}" in made.stdout
    text = run_tool("pdftotext", pdf, "-").stdout
    assert "Mise en demeure" in text and reference in text and last_name in text

    eml = tmp_path / "reminder.eml"
    sent = cli(
        "letters", "render", reference, "--kind", "reminder-1", "--out", str(eml),
        "--db", url, "--user", "demo.officer",
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    assert "SMS text: 1 segment(s), GSM-7" in sent.stdout
    message = email.message_from_bytes(eml.read_bytes(), policy=default)
    assert "Unpaid instalment" in str(message["Subject"])  # the interface language: en
    assert [part.get_content_type() for part in message.iter_attachments()] == ["application/pdf"]


def test_a_broken_template_is_refused_with_its_line(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "cases.sqlite3")
    assert cli("demo-data", "--cases", "10", "--db", url).returncode == 0
    reference, _ = officers_case(url)
    folder = tmp_path / "letters"
    shutil.copytree(resource_path("letters"), folder)
    template = folder / "fr" / "reminder-1.md"
    text = template.read_text(encoding="utf-8")
    template.write_text(text.replace("{{ total_arrears }}**", "{{ total_du }}**"), "utf-8")
    line = 1 + next(
        number for number, row in enumerate(text.splitlines()) if "{{ total_arrears }}**" in row
    )
    refused = cli(
        "letters", "render", reference, "--kind", "reminder-1", "--out",
        str(tmp_path / "x.pdf"), "--lang", "fr", "--db", url, "--user", "demo.officer",
        RECOUVREMENT_LETTERS_DIR=str(folder),
    )  # fmt: skip
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1
    assert refused.stderr.strip().endswith(
        f"Letter template fr/reminder-1.md, line {line}: unknown placeholder total_du"
    )
    assert not (tmp_path / "x.pdf").exists()


def test_the_output_must_be_a_pdf_or_an_email(tmp_path: Path) -> None:
    refused = cli(
        "letters", "render", "X", "--kind", "reminder-1", "--out", str(tmp_path / "x.txt"),
        "--db", sqlite_url(tmp_path / "none.sqlite3"), "--user", "demo.officer",
    )  # fmt: skip
    assert refused.returncode == 2
    assert ".pdf or .eml" in refused.stderr


def test_the_days_batch_from_the_command_line(tmp_path: Path) -> None:
    """``letters due --json``, ``send-batch`` twice, ``approve`` and ``exclude``."""
    url = sqlite_url(tmp_path / "cases.sqlite3")
    made = cli("demo-data", "--cases", "100", "--db", url)
    assert made.returncode == 0, made.stderr
    user = ("--db", url, "--user", "demo.supervisor")
    listed = cli("letters", "due", "--json", *user)
    assert listed.returncode == 0, listed.stderr
    lines = json.loads(listed.stdout)
    assert lines and all(
        set(line) == {"case", "client", "kind", "channel", "status", "reason"} for line in lines
    )
    statuses = {line["status"] for line in lines}
    assert {"due", "awaiting-approval", "skipped"} <= statuses
    assert any(line["kind"] == "reminder-2" and line["status"] == "due" for line in lines)
    due = [line for line in lines if line["status"] == "due"]
    held = next(line for line in lines if line["status"] == "awaiting-approval")

    text = cli("letters", "due", *user)
    assert text.returncode == 0
    assert f"{len(due)} due" in text.stdout.splitlines()[-1]

    out = tmp_path / "out"
    sent = cli("letters", "send-batch", "--out", str(out), *user)
    assert sent.returncode == 0, sent.stderr
    assert f"{len(due)} letter(s) sent" in sent.stdout
    printed = next(out.glob("letters-*.pdf"))
    assert "Madame" in run_tool("pdftotext", printed, "-").stdout  # French by default
    again = cli("letters", "send-batch", "--out", str(out), *user)
    assert again.returncode == 0
    assert "0 letter(s) sent" in again.stdout

    approved = cli("letters", "approve", held["case"], "--kind", held["kind"], *user)
    assert approved.returncode == 0, approved.stderr
    no_reason = cli("letters", "exclude", held["case"], "--kind", held["kind"], *user)
    assert no_reason.returncode == 2  # the reason is required
    excluded = cli(
        "letters", "exclude", held["case"], "--kind", held["kind"], "--reason", "Décès", *user
    )
    assert excluded.returncode == 0, excluded.stderr
    final = json.loads(cli("letters", "due", "--json", *user).stdout)
    line = next(line for line in final if line["case"] == held["case"])
    assert line["status"] == "skipped" and "Décès" in line["reason"]

    # a mistake in the bank's policy file: one line, its line number, exit 2
    folder = tmp_path / "letters"
    shutil.copytree(resource_path("letters"), folder)
    policy = folder / "policy.toml"
    policy.write_text(policy.read_text("utf-8").replace("min_days_between", "min_days"), "utf-8")
    broken = cli("letters", "due", *user, RECOUVREMENT_LETTERS_DIR=str(folder))
    assert broken.returncode == 2
    assert len(broken.stderr.strip().splitlines()) == 1
    assert "Escalation policy policy.toml, line " in broken.stderr
    assert "unknown key min_days" in broken.stderr
