"""``export outcomes`` and ``export schedule`` from the command line, as a supervisor's
daily script runs them against a real SQLite file: the file parses back to what was
recorded, ``--since-last`` continues the last export, the same window gives the same
bytes, a schedule sums to its new principal; an officer is refused (exit 2, no file)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.database import Database, sqlite_url
from recouvrement_desktop.db.models import Agreement, Case, ExportLog, Loan, Officer
from recouvrement_desktop.documents.agreement_model import Signature, Signatures
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import (
    CasePriority,
    CaseStage,
    Channel,
    ContactResult,
    Direction,
    LoanCategory,
    OfficerRole,
)
from recouvrement_desktop.services import agreements, journal
from recouvrement_desktop.services.export_log import columns
from recouvrement_desktop.services.officers import delegation_of
from recouvrement_desktop.services.outcome_export import EventType, OutcomeEvent
from recouvrement_desktop.services.passwords import hash_password
from recouvrement_desktop.services.schedule_export import ScheduleLine
from recouvrement_desktop.services.simulation import SimulationContext, simulate
from recouvrement_desktop.services.views import client_view, loan_view
from tests.conftest import subprocess_env
from tests.db.conftest import new_client
from tests.factories import add_officer

PASSWORD = "Correct-Horse-Battery-9"
TODAY = date.today()
SIGNATURE = Signature(strokes=(((0.1, 0.5), (0.5, 0.2), (0.9, 0.6)),), aspect=3.0)


def cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", *arguments],
        capture_output=True, text=True, timeout=300, check=False,
        env=subprocess_env(RECOUVREMENT_PASSWORD=PASSWORD),
    )  # fmt: skip


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


@dataclasses.dataclass
class Story:
    path: Path
    start: datetime
    middle: datetime
    end: datetime
    agreement: str
    new_principal: Decimal
    periods: int


def _person(database: Database, login: str, role: OfficerRole) -> Identity:
    made = add_officer(
        database, login=login, full_name=login, role=role, max_waiver="500.00",
        max_extension_months=12, min_rate="2.5000",
    )  # fmt: skip
    with database.transaction() as session:
        row = session.get(Officer, made.id)
        assert row is not None
        row.password_hash = hash_password(PASSWORD)
    return made


@pytest.fixture
def story(tmp_path: Path) -> Story:
    """A clear database file where an officer made a promise, logged a contact, then
    signed an agreement (which moved the case to "rescheduled")."""
    path = tmp_path / "cases.sqlite3"
    database, _ = open_sqlite(path, tmp_path / "backups", demonstration=True)
    try:
        _person(database, "s.bernard", OfficerRole.SUPERVISOR)
        officer = _person(database, "l.morel", OfficerRole.OFFICER)
        with database.transaction() as session:
            case = Case(
                reference="DOS-2026-000042", client=new_client(), officer_id=officer.id,
                stage=CaseStage.AMICABLE, priority=CasePriority.NORMAL, opened_on=TODAY,
            )  # fmt: skip
            session.add(case)
            session.flush()
            session.add(
                Loan(
                    case_id=case.id, contract_number="PP-2024-000123",
                    category=LoanCategory.PERSONAL_LOAN, original_amount=Decimal("15000.00"),
                    nominal_rate=Decimal("5.2000"), start_date=TODAY - timedelta(days=700),
                    term_months=60, installment=Decimal("284.45"),
                    outstanding_principal=Decimal("9876.54"), arrears_count=3,
                    arrears_amount=Decimal("853.35"),
                )
            )  # fmt: skip
            case_id = case.id
        start = datetime.now(UTC)
        journal.add_promise(database, officer, case_id, Decimal("75.00"), TODAY)
        journal.log_contact(
            database, officer, case_id, Channel.PHONE, Direction.INBOUND, ContactResult.REACHED,
            None,
        )  # fmt: skip
        middle = datetime.now(UTC)
        with database.session() as session:
            row = session.get_one(Case, case_id)
            context = SimulationContext.from_case(
                row.reference, client_view(row.client), [loan_view(x) for x in row.loans],
                delegation_of(session, officer), today=TODAY,
            )  # fmt: skip
        result = simulate(context, dataclasses.replace(context.default_inputs(), periods=36))
        assert result.plan is not None and result.assessment is not None
        signed = agreements.accept_plan(
            database, officer, case_id, result.plan, result.assessment, channel=Channel.BRANCH,
            signatures=Signatures(client=SIGNATURE, officer=SIGNATURE),
        )  # fmt: skip
        end = datetime.now(UTC)
        with database.session() as session:
            stored = session.get_one(Agreement, signed.id).snapshot
        terms = agreements.read_snapshot(stored).model.terms  # as signed
        return Story(path, start, middle, end, signed.reference, terms.new_principal, terms.periods)
    finally:
        database.dispose()


def export(
    story: Story, *arguments: str, user: str = "s.bernard"
) -> subprocess.CompletedProcess[str]:
    return cli("export", *arguments, "--db", sqlite_url(story.path), "--user", user)


def rows_of(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8")
    assert "\r\n" in text  # RFC 4180 line ends
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))


def test_outcomes_in_csv_and_json_then_since_last(story: Story, tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    done = export(
        story, "outcomes", "--since", stamp(story.start), "--until", stamp(story.middle),
        "--format", "csv", "--out", str(first),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 events" in done.stdout
    rows = rows_of(first)
    assert [r["event_type"] for r in rows] == ["promise_made", "contact"]
    assert (rows[0]["amount"], rows[0]["due_date"]) == ("75.00", TODAY.isoformat())
    assert (rows[1]["result_code"], rows[1]["direction"]) == ("reached", "inbound")
    assert {r["officer_login"] for r in rows} == {"l.morel"}
    assert {r["contract_numbers"] for r in rows} == {"PP-2024-000123"}

    again = tmp_path / "again.csv"
    repeated = export(
        story, "outcomes", "--since", stamp(story.start), "--until", stamp(story.middle),
        "--out", str(again),
    )  # fmt: skip
    assert repeated.returncode == 0, repeated.stderr
    assert again.read_bytes() == first.read_bytes()  # the same window, the same file

    following = tmp_path / "following.json"
    done = export(
        story, "outcomes", "--since-last", "--until", stamp(story.end), "--format", "json",
        "--out", str(following),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = json.loads(following.read_text(encoding="utf-8"))
    assert document["kind"] == "outcomes"
    assert sorted(item["event_type"] for item in document["items"]) == [
        "agreement_signed", "stage_changed",
    ]  # fmt: skip
    signed = next(i for i in document["items"] if i["event_type"] == "agreement_signed")
    assert signed["agreement_reference"] == story.agreement
    assert Decimal(signed["new_principal"]) == story.new_principal
    assert signed["periods"] == story.periods
    assert signed["contract_numbers"] == ["PP-2024-000123"]

    database, _ = open_sqlite(story.path)
    try:
        with database.session() as session:
            logged = session.scalars(select(ExportLog).order_by(ExportLog.id)).all()
            assert [(e.format, e.rows) for e in logged] == [("csv", 2), ("csv", 2), ("json", 2)]
            assert logged[2].since == logged[1].until
            assert verify_audit(session).intact
    finally:
        database.dispose()


def test_the_schedule_sums_to_the_new_principal(story: Story, tmp_path: Path) -> None:
    out = tmp_path / "schedule.csv"
    done = export(story, "schedule", story.agreement, "--format", "csv", "--out", str(out))
    assert done.returncode == 0, done.stderr
    rows = rows_of(out)
    assert len(rows) == story.periods
    assert [int(r["period"]) for r in rows] == list(range(1, story.periods + 1))
    assert sum(Decimal(r["principal"]) for r in rows) == story.new_principal
    assert rows[-1]["remaining_principal"] == "0.00"
    for row in rows:
        assert Decimal(row["installment"]) == Decimal(row["interest"]) + Decimal(row["principal"])


def test_an_officer_is_refused_and_nothing_is_written(story: Story, tmp_path: Path) -> None:
    out = tmp_path / "refused.csv"
    done = export(story, "outcomes", "--since", "2026-01-01", "--out", str(out), user="l.morel")
    assert done.returncode == 2
    assert "Only a supervisor may export outcomes." in done.stderr
    assert not out.exists()
    unknown = export(story, "schedule", "ACC-0000-000000", "--out", str(out))
    assert unknown.returncode == 2 and not out.exists()
    bad = export(story, "outcomes", "--since", "yesterday", "--out", str(out))
    assert bad.returncode == 2 and "is not a date" in bad.stderr
    first = export(story, "outcomes", "--since-last", "--out", str(out))
    assert first.returncode == 2 and "give --since" in first.stderr
    assert not list(tmp_path.glob(".*partial"))


def test_every_column_and_event_type_is_documented() -> None:
    """docs/export-format.md is the contract: its tables name exactly what is written."""
    doc = (Path(__file__).parents[2] / "docs" / "export-format.md").read_text(encoding="utf-8")
    first_cells = re.findall(r"^\| `([a-z_]+)` \|", doc, flags=re.MULTILINE)
    outcome_columns = list(columns(OutcomeEvent))
    schedule_columns = list(columns(ScheduleLine))
    event_types = [kind.value for kind in EventType]
    assert first_cells == event_types + outcome_columns + schedule_columns
