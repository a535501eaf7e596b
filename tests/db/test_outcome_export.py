"""The export of outcomes for the core system (services/outcome_export.py and the files
of cli/export.py), on SQLite and on the real PostgreSQL server: events made through the
real services come back, column by column, from the CSV and the JSON; the window
selects by the moment of writing; the same window gives the same file; ``since_last``
starts where the last export ended; a schedule is the one signed; every export is
logged and covered by the audit chain."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, ExportLog, JournalEntry, Loan
from recouvrement_desktop.documents.agreement_model import Signature, Signatures
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import (
    Channel,
    ContactResult,
    Direction,
    JournalKind,
    LoanCategory,
    OfficerRole,
)
from recouvrement_desktop.services import agreements, journal
from recouvrement_desktop.services import export_log as export
from recouvrement_desktop.services.agreement_followup import follow_case, plan_follow_up
from recouvrement_desktop.services.export_files import render
from recouvrement_desktop.services.officers import delegation_of
from recouvrement_desktop.services.outcome_export import EventType, OutcomeEvent, outcome_events
from recouvrement_desktop.services.permissions import AccessRefusedError
from recouvrement_desktop.services.promises import settle_case_promises
from recouvrement_desktop.services.schedule_export import ScheduleLine, agreement_schedule
from recouvrement_desktop.services.simulation import SimulationContext, simulate
from recouvrement_desktop.services.views import client_view, loan_view
from tests.factories import add_officer
from tests.migration_steps import run_alone

TODAY = date.today()
SIGNATURE = Signature(strokes=(((0.1, 0.5), (0.5, 0.2), (0.9, 0.6)),), aspect=3.0)
COLUMNS = export.columns(OutcomeEvent)


def now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
def loan_case(database: Database, case: Case) -> Case:
    with database.transaction() as session:
        for number, principal in (("PP-2024-000123", "9876.54"), ("AU-2023-000045", "4321.00")):
            session.add(
                Loan(
                    case_id=case.id,
                    contract_number=number,
                    category=LoanCategory.PERSONAL_LOAN,
                    original_amount=Decimal("15000.00"),
                    nominal_rate=Decimal("5.2000"),
                    start_date=TODAY - timedelta(days=700),
                    term_months=60,
                    installment=Decimal("284.45"),
                    outstanding_principal=Decimal(principal),
                    arrears_count=3,
                    arrears_amount=Decimal("853.35"),
                    late_interest=Decimal("41.20"),
                    penalties=Decimal("120.00"),
                )
            )
    return case


@pytest.fixture
def supervisor(database: Database) -> Identity:
    return add_officer(
        database, login="jchef", full_name="Jeanne Chef", role=OfficerRole.SUPERVISOR,
        max_waiver="5000.00", max_extension_months=84, min_rate="0.0000",
    )  # fmt: skip


def accept(
    database: Database,
    officer: Identity,
    case: Case,
    periods: int,
    channel: Channel = Channel.BRANCH,
) -> agreements.AgreementView:
    with database.session() as session:
        row = session.get(Case, case.id)
        assert row is not None
        context = SimulationContext.from_case(
            row.reference,
            client_view(row.client),
            [loan_view(loan) for loan in row.loans],
            delegation_of(session, officer),
            today=TODAY,
        )
    result = simulate(context, dataclasses.replace(context.default_inputs(), periods=periods))
    assert result.plan is not None and result.assessment is not None
    return agreements.accept_plan(
        database, officer, case.id, result.plan, result.assessment, channel=channel,
        signatures=Signatures(client=SIGNATURE, officer=SIGNATURE),
    )  # fmt: skip


def parse_csv(content: bytes) -> list[dict[str, str]]:
    text = content.decode("utf-8")
    assert not text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == list(COLUMNS)
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def exported(
    database: Database, reader: Identity, window: export.ExportWindow
) -> tuple[list[dict[str, str]], dict[str, Any]]:
    events = outcome_events(database, reader, window)
    header = {"kind": "outcomes"}
    as_csv = parse_csv(render(events, COLUMNS, "csv", header))
    as_json = json.loads(render(events, COLUMNS, "json", header).decode("utf-8"))
    return as_csv, as_json


def entry(database: Database, kind: JournalKind, case: Case) -> list[JournalEntry]:
    with database.session() as session:
        return list(
            session.scalars(
                select(JournalEntry)
                .where(JournalEntry.kind == kind, JournalEntry.case_id == case.id)
                .order_by(JournalEntry.id)
            )
        )


def test_every_event_comes_back_column_by_column(  # noqa: PLR0915 - one story, checked whole
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case
) -> None:
    start = now()
    contacted_at = now() - timedelta(hours=2)  # logged late: selected by when it was written
    contact = journal.log_contact(
        database, officer, loan_case.id, Channel.PHONE, Direction.OUTBOUND,
        ContactResult.PROMISE_OBTAINED, "Rappel", at=contacted_at,
    )  # fmt: skip
    kept = journal.add_promise(database, officer, loan_case.id, Decimal("100.00"), TODAY)
    broken = journal.add_promise(
        database, officer, loan_case.id, Decimal("50.00"), TODAY + timedelta(days=2)
    )
    payment = journal.record_payment(database, officer, loan_case.id, Decimal("100.00"), TODAY)
    settle_case_promises(database, loan_case.id, TODAY + timedelta(days=10))
    signed = accept(database, officer, loan_case, 40)  # within the delegation
    pending = accept(database, officer, loan_case, 84)  # beyond: a supervisor decides
    approved = agreements.approve(database, supervisor, pending.id, "Situation exceptionnelle")
    refused = accept(database, officer, loan_case, 84)
    agreements.reject(database, supervisor, refused.id, "Capacité insuffisante")
    window = export.ExportWindow(start, now())

    rows, document = exported(database, supervisor, window)
    assert [item["event_id"] for item in document["items"]] == [r["event_id"] for r in rows]
    by_type: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_type.setdefault(row["event_type"], []).append(row)
    assert sorted(by_type) == sorted(
        ["contact", "promise_made", "payment_allocated", "promise_kept", "promise_broken",
         "agreement_signed", "stage_changed", "agreement_approved", "agreement_rejected"]
    )  # fmt: skip
    contracts = "AU-2023-000045,PP-2024-000123"
    for row in rows:
        assert row["case_reference"] == "DOS-2026-000001"
        assert row["client_number"] == "C0000001"

    (row,) = by_type["contact"]
    assert row["event_id"] == str(contact.uuid)
    assert row["occurred_at"] == contacted_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert (row["channel"], row["direction"], row["result_code"]) == (
        "phone", "outbound", "promise_obtained",
    )  # fmt: skip
    assert (row["officer_login"], row["contract_numbers"]) == ("mlefevre", contracts)
    assert row["amount"] == row["agreement_reference"] == ""

    made = {r["event_id"]: r for r in by_type["promise_made"]}
    assert made[str(kept.uuid)]["amount"] == "100.00"
    assert made[str(kept.uuid)]["due_date"] == TODAY.isoformat()
    assert made[str(broken.uuid)]["amount"] == "50.00"
    assert made[str(broken.uuid)]["due_date"] == (TODAY + timedelta(days=2)).isoformat()
    (row,) = by_type["promise_kept"]
    assert (row["refers_to_event_id"], row["amount"]) == (str(kept.uuid), "100.00")
    assert (row["due_date"], row["officer_login"]) == (TODAY.isoformat(), "")
    (row,) = by_type["promise_broken"]
    assert (row["refers_to_event_id"], row["amount"]) == (str(broken.uuid), "0.00")
    (row,) = by_type["payment_allocated"]
    assert (row["event_id"], row["amount"]) == (str(payment.uuid), "100.00")
    assert row["occurred_at"] == f"{TODAY.isoformat()}T12:00:00Z"

    (row,) = by_type["stage_changed"]
    assert (row["previous_stage"], row["new_stage"]) == ("amicable", "rescheduled")
    assert row["agreement_reference"] == signed.reference

    with database.session() as session:
        stored = {a.reference: a for a in session.scalars(select(Agreement)).all()}
        snapshots = {ref: agreements.read_snapshot(a.snapshot) for ref, a in stored.items()}
    signed_rows = {r["agreement_reference"]: r for r in by_type["agreement_signed"]}
    assert set(signed_rows) == {signed.reference, approved.reference}
    for reference, row in signed_rows.items():
        terms = snapshots[reference].model.terms
        assert row["event_id"] == str(
            next(e.uuid for e in entry(database, JournalKind.AGREEMENT, loan_case)
                 if e.payload and e.payload["reference"] == reference)
        )  # fmt: skip
        assert row["installment"] == format(terms.installment, "f")
        assert row["periods"] == str(terms.periods)
        assert Decimal(row["rate_pct"]) == terms.rate_pct
        assert row["rate_pct"] == format(terms.rate_pct.quantize(Decimal("0.0001")), "f")
        assert row["first_due_date"] == terms.first_due.isoformat()
        assert row["new_principal"] == format(terms.new_principal, "f")
        assert row["agreement_status"] == "signed"
        assert row["officer_login"] == "mlefevre"  # the plan's maker
        assert set(row["contract_numbers"].split(",")) == {"PP-2024-000123", "AU-2023-000045"}
    (row,) = by_type["agreement_approved"]
    assert row["event_id"] == str(stored[approved.reference].uuid)
    assert (row["agreement_reference"], row["officer_login"]) == (approved.reference, "jchef")
    assert row["installment"] == signed_rows[approved.reference]["installment"]
    (row,) = by_type["agreement_rejected"]
    assert (row["agreement_reference"], row["agreement_status"]) == (refused.reference, "rejected")
    assert row["periods"] == str(snapshots[refused.reference].model.terms.periods)

    # JSON: the same values, empty ones as null, contracts as a list.
    first = document["items"][rows.index(by_type["contact"][0])]
    assert first["amount"] is None and first["result_code"] == "promise_obtained"
    assert first["contract_numbers"] == ["AU-2023-000045", "PP-2024-000123"]
    assert document["columns"] == list(COLUMNS)


def test_the_window_and_repeatability(
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case, tmp_path: Path
) -> None:
    start = now()
    first = journal.add_promise(database, officer, loan_case.id, Decimal("10.00"), TODAY)
    middle = now()
    second = journal.log_contact(
        database, officer, loan_case.id, Channel.SMS, Direction.OUTBOUND, ContactResult.SENT, None
    )
    end = now()

    def ids(since: datetime, until: datetime) -> list[str]:
        window = export.ExportWindow(since, until)
        return [str(e.event_id) for e in outcome_events(database, supervisor, window)]

    assert ids(start, middle) == [str(first.uuid)]
    assert ids(middle, end) == [str(second.uuid)]
    assert ids(start, end) == [str(first.uuid), str(second.uuid)]
    assert ids(end, end + timedelta(days=1)) == []

    window = export.outcome_window(database, supervisor, since=start, until=end)
    files = []
    for name in ("one.csv", "two.csv"):
        events = outcome_events(database, supervisor, window)
        report = export.record_export(
            database, supervisor, tmp_path / name, render(events, COLUMNS, "csv", {}),
            kind=export.ExportKind.OUTCOMES, file_format="csv", rows=len(events), window=window,
        )  # fmt: skip
        files.append(report)
        # An event written after the window never enters it.
        journal.add_note(database, officer, loan_case.id, "après")
    assert files[0].sha256 == files[1].sha256
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert not list(tmp_path.glob(".*partial"))

    # --since-last: from the last export's end, to the end given.
    later = now()
    following = export.outcome_window(
        database, supervisor, since=None, until=later, since_last=True
    )
    assert following == export.ExportWindow(end, later)
    with database.session() as session:
        logged = session.scalars(select(ExportLog).order_by(ExportLog.id)).all()
        assert [(e.kind, e.rows, e.sha256, e.officer_id) for e in logged] == [
            ("outcomes", 2, files[0].sha256, supervisor.id)
        ] * 2
        assert logged[0].since == start and logged[0].until == end
        assert logged[0].branch == supervisor.branch
        assert verify_audit(session).intact


def test_the_window_is_checked(database: Database, supervisor: Identity) -> None:
    with pytest.raises(export.ExportError, match="give --since"):
        export.outcome_window(database, supervisor, since=None, until=None, since_last=True)
    moment = now()
    with pytest.raises(export.ExportError, match="before it starts"):
        export.outcome_window(database, supervisor, since=moment, until=moment)
    with pytest.raises(export.ExportError, match="cannot end in the future"):
        export.outcome_window(
            database, supervisor, since=moment, until=moment + timedelta(minutes=1)
        )
    with pytest.raises(export.ExportError, match="is not a date"):
        export.moment_of("03/12/2026")
    assert export.moment_of("2026-12-03") == datetime(2026, 12, 3, tzinfo=UTC)
    assert export.moment_of("2026-12-03T10:00:00+01:00") == datetime(2026, 12, 3, 9, tzinfo=UTC)
    window = export.outcome_window(
        database, supervisor, since=moment - timedelta(days=1), until=None
    )
    assert window.until <= now() - export.EXPORT_MARGIN


def test_only_a_supervisor_exports_and_only_their_branch(
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case
) -> None:
    start = now()
    journal.add_note(database, officer, loan_case.id, "rien à exporter")
    journal.add_promise(database, officer, loan_case.id, Decimal("10.00"), TODAY)
    window = export.ExportWindow(start, now())
    with pytest.raises(AccessRefusedError):
        outcome_events(database, officer, window)
    elsewhere = add_officer(
        database, login="autre", full_name="Autre Chef", role=OfficerRole.SUPERVISOR,
        branch="Agence Grenoble", max_waiver="0.00", max_extension_months=0, min_rate="0.0000",
    )  # fmt: skip
    assert outcome_events(database, elsewhere, window) == []
    assert len(outcome_events(database, supervisor, window)) == 1  # not the note


def test_the_schedule_is_the_one_signed(
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case, tmp_path: Path
) -> None:
    signed = accept(database, officer, loan_case, 40)
    lines = agreement_schedule(database, supervisor, signed.reference)
    with database.session() as session:
        row = session.scalars(select(Agreement)).one()
        model = agreements.read_snapshot(row.snapshot).model
    assert len(lines) == model.terms.periods == 40
    assert sum(line.principal for line in lines) == model.terms.new_principal
    assert lines[-1].remaining_principal == Decimal("0.00")
    assert lines[0].due_date == model.terms.first_due
    columns = export.columns(ScheduleLine)
    content = render(lines, columns, "csv", {})
    parsed = list(csv.DictReader(io.StringIO(content.decode("utf-8"), newline=""), delimiter=";"))
    assert list(parsed[0]) == [
        "agreement_reference", "period", "due_date", "installment", "interest", "principal",
        "insurance", "extra", "total_due", "remaining_principal",
    ]  # fmt: skip
    for line, printed in zip(model.rows, parsed, strict=True):
        assert printed["agreement_reference"] == signed.reference
        assert printed["period"] == str(line.number)
        assert printed["due_date"] == line.due_date.isoformat()
        assert Decimal(printed["installment"]) == line.payment
        assert Decimal(printed["interest"]) == line.interest
        assert Decimal(printed["principal"]) == line.principal
        assert Decimal(printed["insurance"]) == line.insurance
        assert Decimal(printed["total_due"]) == line.total_due
        assert Decimal(printed["remaining_principal"]) == line.balance
    assert sum(Decimal(p["principal"]) for p in parsed) == model.terms.new_principal
    assert parsed[-1]["remaining_principal"] == "0.00"

    report = export.record_export(
        database, supervisor, tmp_path / "schedule.csv", content,
        kind=export.ExportKind.SCHEDULE, file_format="csv", rows=len(lines),
        subject=signed.reference,
    )  # fmt: skip
    assert (tmp_path / "schedule.csv").read_bytes() == content
    with database.session() as session:
        logged = session.scalars(select(ExportLog)).one()
        assert (logged.kind, logged.subject, logged.rows, logged.sha256) == (
            "schedule", signed.reference, 40, report.sha256,
        )  # fmt: skip
        assert logged.since is None and logged.until is None
        assert verify_audit(session).intact


def test_a_plan_not_binding_has_no_schedule(
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case
) -> None:
    pending = accept(database, officer, loan_case, 84)
    with pytest.raises(export.ExportError, match="not binding"):
        agreement_schedule(database, supervisor, pending.reference)
    with pytest.raises(export.ExportError, match="No agreement"):
        agreement_schedule(database, supervisor, "ACC-0000-000000")
    signed = accept(database, officer, loan_case, 40)
    elsewhere = add_officer(
        database, login="autre", full_name="Autre Chef", role=OfficerRole.SUPERVISOR,
        branch="Agence Grenoble", max_waiver="0.00", max_extension_months=0, min_rate="0.0000",
    )  # fmt: skip
    with pytest.raises(AccessRefusedError, match="another branch"):
        agreement_schedule(database, elsewhere, signed.reference)
    with pytest.raises(AccessRefusedError):
        agreement_schedule(database, officer, signed.reference)


def test_the_migration_keeps_a_populated_database_whole(
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case, tmp_path: Path
) -> None:
    """0010 adds the export log to a database already holding records (and their audit
    chain): the chain still holds, and the first export is covered by it."""
    start = now()
    journal.add_promise(database, officer, loan_case.id, Decimal("10.00"), TODAY)
    run_alone(database, "0010_export_log", up=False)
    run_alone(database, "0010_export_log", up=True)
    with database.session() as session:
        assert verify_audit(session).intact
    window = export.ExportWindow(start, now())
    events = outcome_events(database, supervisor, window)
    export.record_export(
        database, supervisor, tmp_path / "out.csv", render(events, COLUMNS, "csv", {}),
        kind=export.ExportKind.OUTCOMES, file_format="csv", rows=len(events), window=window,
    )  # fmt: skip
    with database.session() as session:
        assert session.scalars(select(ExportLog.rows)).all() == [1]
        assert verify_audit(session).intact


def test_the_export_log_is_evidence(
    database: Database, supervisor: Identity, tmp_path: Path
) -> None:
    """A row of the export log changed behind the application's back shows."""
    window = export.ExportWindow(now() - timedelta(days=1), now())
    export.record_export(
        database, supervisor, tmp_path / "out.json", b"{}",
        kind=export.ExportKind.OUTCOMES, file_format="json", rows=0, window=window,
    )  # fmt: skip
    with database.session() as session:
        assert verify_audit(session).intact
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE export_log SET rows = 7"))
    with database.session() as session:
        assert not verify_audit(session).intact


def test_a_phone_agreement_then_its_countersigned_paper(
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case
) -> None:
    start = now()
    made = accept(database, officer, loan_case, 40, Channel.PHONE)
    middle = now()
    before = outcome_events(database, supervisor, export.ExportWindow(start, middle))
    agreements.record_countersignature(database, officer, made.id, TODAY)
    first = outcome_events(database, supervisor, export.ExportWindow(start, middle))
    assert first == before  # the status as the event left it, not as it is now
    signed = next(e for e in first if e.event_type is EventType.AGREEMENT_SIGNED)
    assert (signed.agreement_reference, signed.agreement_status) == (
        made.reference, "awaiting_countersignature",
    )  # fmt: skip
    (back,) = outcome_events(database, supervisor, export.ExportWindow(middle, now()))
    assert back.event_type is EventType.AGREEMENT_COUNTERSIGNED
    assert (back.agreement_reference, back.agreement_status) == (made.reference, "signed")
    assert (back.installment, back.periods) == (signed.installment, signed.periods)
    assert back.event_id == entry(database, JournalKind.AGREEMENT, loan_case)[-1].uuid


def test_a_missed_agreement_instalment(
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case
) -> None:
    """An agreement made binding by the workflow is followed at once (its next check
    set); its first instalment unpaid past the grace days is exported, naming the
    agreement_signed event, once."""
    made = accept(database, officer, loan_case, 40)
    with database.session() as session:
        stored = session.get_one(Case, loan_case.id)
        plan = plan_follow_up(session, loan_case.id, TODAY)
    assert plan is not None and plan.reference == made.reference
    first = plan.instalments[0]
    assert stored.agreement_check_on == first.missed_on
    assert stored.agreement_default_since is None
    start = now()
    follow_case(database, loan_case.id, first.missed_on)
    follow_case(database, loan_case.id, first.missed_on)  # again: nothing more
    (missed,) = outcome_events(database, supervisor, export.ExportWindow(start, now()))
    (signed_entry,) = entry(database, JournalKind.AGREEMENT, loan_case)
    assert missed.event_type is EventType.AGREEMENT_INSTALMENT_MISSED
    assert (missed.amount, missed.due_date) == (first.amount, first.due)
    assert (missed.agreement_reference, missed.refers_to_event_id) == (
        made.reference, signed_entry.uuid,
    )  # fmt: skip
    assert missed.officer_login is None  # found by the application
    with database.session() as session:
        assert session.get_one(Case, loan_case.id).agreement_default_since == first.missed_on
        assert verify_audit(session).intact
