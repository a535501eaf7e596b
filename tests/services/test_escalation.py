"""The day's letters on a real SQLite file: the batch the policy asks for the
demonstration data, then sending it — the merged PDF read back with poppler, the
gateway CSV, the journal, a second run that sends nothing, the supervisor's approval,
an officer's exclusion — and the audit chain intact after."""

from __future__ import annotations

import base64
import csv
import hashlib
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.bootstrap import open_database
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, Case, Client, JournalEntry, Officer
from recouvrement_desktop.domain.escalation import PolicyFileError, Status, parse_policy
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.domain.recovery import Channel, JournalKind
from recouvrement_desktop.i18n.domain_messages import translated
from recouvrement_desktop.i18n.formatting import format_date
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.demo_agreements import write_demo_agreements
from recouvrement_desktop.services.demo_data import generate_demo_data
from recouvrement_desktop.services.demo_letters import write_demo_letters
from recouvrement_desktop.services.escalation import (
    BatchLine,
    LetterBatchError,
    approve_letter,
    due_letters,
    exclude_letter,
    load_policy,
)
from recouvrement_desktop.services.journal_payloads import LetterDecided, LetterSent
from recouvrement_desktop.services.letter_batch import (
    GATEWAY_COLUMNS,
    archived_letter,
    send_batch,
)
from recouvrement_desktop.services.permissions import AccessRefusedError
from recouvrement_desktop.services.views import identity_of, journal_entry_view
from tests.conftest import DEMO_TODAY
from tests.documents.conftest import run_tool

try:
    from tests.postgres_server import find_postgres_bin, running_postgres
except ModuleNotFoundError:  # pragma: no cover - depends on how pytest set up sys.path
    from postgres_server import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        find_postgres_bin,
        running_postgres,
    )


def shown(day: date) -> str:
    """A date as the reasons show it (the interface's medium format)."""
    return format_date(day, length="medium")


def account(database: Database, login: str) -> Identity:
    with database.session() as session:
        return identity_of(session.scalars(select(Officer).where(Officer.login == login)).one())


def reason(line: BatchLine) -> str:
    return "; ".join(translated(part.message, dict(part.params)) for part in line.reasons)


def letters(database: Database, kind: JournalKind = JournalKind.LETTER) -> list[JournalEntry]:
    with database.session() as session:
        return list(session.scalars(select(JournalEntry).where(JournalEntry.kind == kind)))


def audit_actions(database: Database, action: str) -> int:
    with database.session() as session:
        return (
            session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
            )
            or 0
        )


def intact(database: Database) -> bool:
    with database.session() as session:
        return verify_audit(session).intact


@pytest.fixture
def demo_letters(demo_database: Database) -> Database:
    """The demonstration database with its escalation history (``write_demo_letters``)."""
    assert write_demo_letters(demo_database, today=DEMO_TODAY) == 6
    return demo_database


def test_the_demonstration_batch_is_a_realistic_mix(demo_letters: Database) -> None:
    assert write_demo_agreements(demo_letters, limit=3) >= 1
    auditor = account(demo_letters, "demo.auditor")  # reads every branch
    lines = due_letters(demo_letters, auditor, on=DEMO_TODAY)
    by_status = {status: [line for line in lines if line.status is status] for status in Status}
    assert not by_status[Status.NOT_DUE]  # not due is not listed
    due_kinds = {line.kind for line in by_status[Status.DUE]}
    assert {LetterKind.REMINDER_1, LetterKind.REMINDER_2, LetterKind.FORMAL_NOTICE} <= due_kinds
    second = next(line for line in by_status[Status.DUE] if line.kind is LetterKind.REMINDER_2)
    # reminder-1 was sent 14 days before the day (demo_letters)
    assert f"first reminder sent on {shown(date(2026, 11, 14))}" in reason(second)
    held = [line.kind for line in by_status[Status.AWAITING_APPROVAL]]
    assert LetterKind.FORMAL_NOTICE in held
    reasons = [reason(line) for line in by_status[Status.SKIPPED]]
    assert any(text.startswith("payment plan ACC-") for text in reasons), reasons
    assert any(text.startswith("promise to pay by ") for text in reasons), reasons
    # one line per case, in reference order
    references = [line.case_reference for line in lines]
    assert references == sorted(set(references))


def test_send_batch_end_to_end(demo_letters: Database, tmp_path: Path) -> None:
    supervisor = account(demo_letters, "demo.supervisor")
    before = due_letters(demo_letters, supervisor, on=DEMO_TODAY)
    due = [line for line in before if line.status is Status.DUE]
    posted = [line for line in due if line.channel is Channel.LETTER]
    mailed = [line for line in due if line.channel is not Channel.LETTER]
    assert posted and mailed
    sent_before = len(letters(demo_letters))

    batch = send_batch(demo_letters, supervisor, on=DEMO_TODAY, out_dir=tmp_path / "out")

    assert {(s.case_reference, s.kind) for s in batch.sent} == {
        (line.case_reference, line.kind) for line in due
    }
    assert [line.case_reference for line in batch.held] == [
        line.case_reference for line in before if line.status is Status.AWAITING_APPROVAL
    ]
    # one PDF to print: every posted letter, its case reference and client read back
    assert batch.print_pdf == tmp_path / "out" / "letters-2026-11-28.pdf"
    pages = int(
        next(
            line.split()[-1]
            for line in run_tool("pdfinfo", batch.print_pdf).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    assert pages >= len(posted)
    words = " ".join(run_tool("pdftotext", "-enc", "UTF-8", batch.print_pdf, "-").stdout.split())
    for line in posted:
        assert line.case_reference in words
        assert line.client_name in words
    for line in mailed:
        assert line.case_reference not in words
    # the gateway's CSV: one row per e-mail or SMS, its PDF attached to an e-mail
    assert batch.gateway_csv == tmp_path / "out" / "gateway-2026-11-28.csv"
    with batch.gateway_csv.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert tuple(rows[0]) == GATEWAY_COLUMNS
    assert sorted(row[0] for row in rows[1:]) == sorted(line.case_reference for line in mailed)
    archived = {(entry.payload or {})["sha256"]: entry for entry in letters(demo_letters)}
    for case, kind, channel, recipient, subject, text, attachment in rows[1:]:
        assert channel == Channel.EMAIL.value and "@" in recipient
        assert case in subject and text and "**" not in text
        pdf = Path(attachment).read_bytes()
        digest = hashlib.sha256(pdf).hexdigest()
        assert (archived[digest].payload or {})["letter"] == kind
    # one journal entry per letter, its document archived by hash, and its audit event
    new = letters(demo_letters)[sent_before:]
    assert len(new) == len(due)
    for entry in new:
        payload = entry.payload or {}
        pdf = base64.b64decode(payload["pdf"])
        assert hashlib.sha256(pdf).hexdigest() == payload["sha256"]
        assert archived_letter(demo_letters, supervisor, payload["sha256"]) == pdf
        assert entry.officer_id == supervisor.id
        details = journal_entry_view(entry).details
        assert isinstance(details, LetterSent) and details.on == DEMO_TODAY
    assert audit_actions(demo_letters, "letters.sent") == len(due) + 6  # + the demo history

    # the same day again: nothing is sent twice, no file is written
    again = send_batch(demo_letters, supervisor, on=DEMO_TODAY, out_dir=tmp_path / "out")
    assert again.sent == ()
    assert again.print_pdf is None and again.gateway_csv is None
    assert len(letters(demo_letters)) == sent_before + len(due)
    assert sorted(path.name for path in (tmp_path / "out").glob("letters-*")) == [
        "letters-2026-11-28.pdf"
    ]
    assert intact(demo_letters)


def test_a_formal_notice_waits_for_its_approval(demo_letters: Database, tmp_path: Path) -> None:
    supervisor = account(demo_letters, "demo.supervisor")
    officer = account(demo_letters, "demo.officer")
    send_batch(demo_letters, supervisor, on=DEMO_TODAY, out_dir=tmp_path / "first")
    held = [
        line
        for line in due_letters(demo_letters, supervisor, on=DEMO_TODAY)
        if line.status is Status.AWAITING_APPROVAL
    ]
    assert held
    chosen = held[0]
    assert reason(chosen).endswith("a supervisor must approve it")
    with pytest.raises(AccessRefusedError):  # an officer approves no letter
        approve_letter(demo_letters, officer, chosen.case_reference, chosen.kind, on=DEMO_TODAY)
    approve_letter(
        demo_letters, supervisor, chosen.case_reference, chosen.kind, on=DEMO_TODAY, note="vu"
    )
    batch = send_batch(demo_letters, supervisor, on=DEMO_TODAY, out_dir=tmp_path / "first")
    assert [(s.case_reference, s.kind) for s in batch.sent] == [
        (chosen.case_reference, chosen.kind)
    ]
    # a second file of the day, the first one kept
    assert batch.print_pdf == tmp_path / "first" / "letters-2026-11-28-2.pdf"
    words = run_tool("pdftotext", "-enc", "UTF-8", batch.print_pdf, "-").stdout
    assert chosen.case_reference in words
    decisions = [
        journal_entry_view(entry) for entry in letters(demo_letters, JournalKind.LETTER_DECISION)
    ]
    mine = [view for view in decisions if view.officer_id == supervisor.id and view.note == "vu"]
    assert len(mine) == 1
    assert isinstance(mine[0].details, LetterDecided) and not mine[0].details.excluded
    assert audit_actions(demo_letters, "letters.approved") == 2  # + the demo's approval
    assert intact(demo_letters)


def test_an_exclusion_skips_the_letter_with_its_reason(demo_letters: Database) -> None:
    officer = account(demo_letters, "demo.officer")
    supervisor = account(demo_letters, "demo.supervisor")
    due = next(
        line
        for line in due_letters(demo_letters, officer, on=DEMO_TODAY)
        if line.status is Status.DUE
    )
    exclude_letter(
        demo_letters, officer, due.case_reference, due.kind, "Client hospitalisé", on=DEMO_TODAY
    )
    line = next(
        line
        for line in due_letters(demo_letters, supervisor, on=DEMO_TODAY)
        if line.case_reference == due.case_reference
    )
    assert line.status is Status.SKIPPED
    assert reason(line).startswith(f"excluded on {shown(date(2026, 11, 28))}: Client hospitalisé")
    # for the policy's seven days, then it is due again
    later = DEMO_TODAY + timedelta(days=7)
    again = [
        line
        for line in due_letters(demo_letters, supervisor, on=later)
        if line.case_reference == due.case_reference
    ]
    assert again and again[0].status is not Status.SKIPPED
    with pytest.raises(AccessRefusedError):  # sending is a supervisor's right
        send_batch(demo_letters, officer, on=DEMO_TODAY, out_dir=Path("/nonexistent"))
    with pytest.raises(LetterBatchError):  # nor tomorrow's letters
        send_batch(
            demo_letters, supervisor, on=date.today() + timedelta(days=2), out_dir=Path("/x")
        )
    assert audit_actions(demo_letters, "letters.excluded") == 1
    assert intact(demo_letters)


def test_a_broken_policy_of_the_bank_is_refused_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    text = (resource_path("letters") / "policy.toml").read_text(encoding="utf-8")
    broken = text.replace('channel = "letter"', 'channel = "fax"', 1)
    (folder / "policy.toml").write_text(broken, encoding="utf-8")
    monkeypatch.setenv("RECOUVREMENT_LETTERS_DIR", str(folder))
    line = next(n for n, row in enumerate(broken.splitlines(), 1) if '"fax"' in row)
    with pytest.raises(PolicyFileError) as caught:
        load_policy()
    assert caught.value.params["line"] == line
    assert "unknown channel fax" in str(caught.value)


def test_the_demonstration_letters_are_in_the_cases_history(demo_letters: Database) -> None:
    with demo_letters.session() as session:
        sent = session.scalars(
            select(JournalEntry).where(JournalEntry.kind == JournalKind.LETTER)
        ).all()
        assert len(sent) == 6
        case = session.get_one(Case, sent[0].case_id)
        assert case.last_contact_at is not None
    assert intact(demo_letters)


def test_an_sms_level_fills_the_gateway_with_the_sms_text(
    demo_database: Database, tmp_path: Path
) -> None:
    text = (resource_path("letters") / "policy.toml").read_text(encoding="utf-8")
    policy = parse_policy("policy.toml", text.replace('channel = "email"', 'channel = "sms"', 1))
    supervisor = account(demo_database, "demo.supervisor")
    lines = due_letters(demo_database, supervisor, on=DEMO_TODAY, policy=policy)
    by_sms = [line for line in lines if line.status is Status.DUE and line.channel is Channel.SMS]
    assert by_sms
    batch = send_batch(demo_database, supervisor, on=DEMO_TODAY, out_dir=tmp_path, policy=policy)
    assert batch.gateway_csv is not None
    with batch.gateway_csv.open(encoding="utf-8", newline="") as file:
        rows = [dict(zip(GATEWAY_COLUMNS, row, strict=True)) for row in csv.reader(file)][1:]
    sms = [row for row in rows if row["channel"] == "sms"]
    assert sorted(row["case"] for row in sms) == sorted(line.case_reference for line in by_sms)
    with demo_database.session() as session:
        phones = {
            reference: phone
            for reference, phone in session.execute(
                select(Case.reference, Client.mobile_phone).join(
                    Client, Client.id == Case.client_id
                )
            )
        }
    for row in sms:
        assert row["recipient"] == phones[row["case"]]
        assert row["attachment"] == ""
        # the template's SMS text, in plain GSM-7 spaces, naming the case
        assert row["text"].endswith(f"Ref {row['case']}") and "\u202f" not in row["text"]
    assert intact(demo_database)


@pytest.mark.postgres
def test_the_batch_on_postgresql(tmp_path: Path) -> None:
    if find_postgres_bin() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    with running_postgres() as server:
        url = server.create_database(f"letters_{uuid.uuid4().hex[:12]}")
        database, _ = open_database(url, tmp_path / "backups")
        try:
            generate_demo_data(database, 150, today=DEMO_TODAY)
            assert write_demo_letters(database, today=DEMO_TODAY) > 0
            supervisor = account(database, "demo.supervisor")
            due = [
                line
                for line in due_letters(database, supervisor, on=DEMO_TODAY)
                if line.status is Status.DUE
            ]
            assert any(line.kind is LetterKind.REMINDER_2 for line in due)
            batch = send_batch(database, supervisor, on=DEMO_TODAY, out_dir=tmp_path / "out")
            assert len(batch.sent) == len(due)
            again = send_batch(database, supervisor, on=DEMO_TODAY, out_dir=tmp_path / "out")
            assert again.sent == ()
            assert intact(database)
        finally:
            database.dispose()
