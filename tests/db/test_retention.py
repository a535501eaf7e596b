"""The retention job on real databases (SQLite files and a PostgreSQL server): a client
whose cases were all closed longer than the retention period ago loses their personal
data, keeps their figures, and each case gets an audit event; the day before the period
ends, an open case, another case still open, a dry run and a second run change nothing."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    Agreement,
    AuditEvent,
    Base,
    Case,
    Client,
    JournalEntry,
    Loan,
)
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.policy import DEMO_POLICY, Policy
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    CasePriority,
    CaseStage,
    Channel,
    JournalKind,
    LoanCategory,
)
from recouvrement_desktop.domain.retention import Hold
from recouvrement_desktop.services.agreements import PdfRemovedError, archived_pdf
from recouvrement_desktop.services.retention import (
    ANONYMISED_ACTION,
    RetentionError,
    configured_policy,
    run_retention,
)
from recouvrement_desktop.services.sealing import settings_path
from tests.factories import add_administrator, add_plain_officer
from tests.migration_steps import run_alone

from .conftest import new_client

TODAY = date(2026, 12, 3)
FIVE_YEARS_AGO = add_months(TODAY, -60)
PERSONAL = ("Hélène", "Garçon", "Lyon", "Église", "example.fr", "+33 6", "Séverine", "C000")


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)  # the same day anywhere


def _add_case(
    database: Database,
    officer: Identity,
    reference: str,
    *,
    client_number: str = "C0000001",
    stage: CaseStage = CaseStage.SETTLED,
    closed_on: date | None = None,
) -> int:
    """A case with a loan, a payment, a note, a signed agreement and, when *closed_on*
    is given, the stage change that closed it on that day."""
    with database.transaction() as session:
        client = session.scalars(
            select(Client).where(Client.client_number == client_number)
        ).one_or_none() or new_client(client_number)
        case = Case(
            reference=reference, client=client, officer_id=officer.id, stage=stage,
            priority=CasePriority.NORMAL, opened_on=date(2019, 3, 1),
            total_arrears=Decimal("812.40"), days_past_due=95,
        )  # fmt: skip
        session.add(case)
        session.flush()
        session.add(
            Loan(
                case_id=case.id, contract_number=f"PP-{reference}",
                category=LoanCategory.PERSONAL_LOAN, original_amount=Decimal("9000.00"),
                nominal_rate=Decimal("5.2500"), start_date=date(2018, 1, 5), term_months=48,
                installment=Decimal("208.27"), outstanding_principal=Decimal("6000.00"),
                arrears_amount=Decimal("812.40"),
            )
        )  # fmt: skip
        start = _at(date(2019, 4, 2))
        payment = JournalEntry(
            case_id=case.id, kind=JournalKind.PAYMENT, occurred_at=start,
            officer_id=officer.id, amount=Decimal("150.00"), note="Virement de Mme Garçon",
        )  # fmt: skip
        note = JournalEntry(
            case_id=case.id, kind=JournalKind.NOTE, occurred_at=start + timedelta(hours=1),
            officer_id=officer.id, note="Hélène rappelle demain",
        )  # fmt: skip
        session.add_all([payment, note])
        pdf = f"%PDF-1.7 sealed agreement of {reference}".encode()
        session.add(
            Agreement(
                reference=f"ACC-{reference}", case_id=case.id,
                client_name="Mme Hélène Garçon-Lefèvre", officer_id=officer.id,
                status=AgreementState.SIGNED, channel=Channel.BRANCH, language="fr",
                snapshot={"client": {"name": "Mme Hélène Garçon-Lefèvre"}, "installment": "208.27"},
                pdf=pdf, pdf_sha256=hashlib.sha256(pdf).hexdigest(),
            )
        )  # fmt: skip
        if closed_on is not None:
            session.add(
                JournalEntry(
                    case_id=case.id, kind=JournalKind.STAGE_CHANGE, occurred_at=_at(closed_on),
                    officer_id=officer.id, stage_from=CaseStage.AMICABLE, stage_to=stage,
                )
            )  # fmt: skip
        return case.id


def _rows(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    with database.engine.connect() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(
                    table.select().order_by(*table.primary_key.columns)
                ).all()
            ]
            for table in Base.metadata.sorted_tables
        }


def _figures(database: Database) -> list[tuple[Any, ...]]:
    with database.session() as session:
        loans = session.execute(
            select(Loan.contract_number, Loan.original_amount, Loan.outstanding_principal,
                   Loan.arrears_amount, Loan.installment, Loan.nominal_rate).order_by(Loan.id)
        ).all()  # fmt: skip
        cases = session.execute(
            select(Case.reference, Case.stage, Case.total_arrears).order_by(Case.id)
        ).all()
        amounts = session.execute(
            select(JournalEntry.id, JournalEntry.amount, JournalEntry.note).order_by(
                JournalEntry.id
            )
        ).all()
        agreements = session.execute(
            select(Agreement.snapshot, Agreement.pdf, Agreement.pdf_sha256).order_by(Agreement.id)
        ).all()
    return [tuple(row) for row in [*loans, *cases, *amounts, *agreements]]


def _client(database: Database, case_id: int) -> Client:
    with database.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.client


def _anonymised_events(database: Database) -> list[AuditEvent]:
    with database.session() as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == ANONYMISED_ACTION)
                .order_by(AuditEvent.sequence)
            )
        )


def test_a_case_closed_five_years_and_a_day_ago_is_anonymised_its_figures_kept(
    database: Database,
) -> None:
    admin, officer = add_administrator(database), add_plain_officer(database)
    closed_on = FIVE_YEARS_AGO - timedelta(days=1)
    case_id = _add_case(database, officer, "DOS-1", closed_on=closed_on)
    figures = _figures(database)

    report = run_retention(database, admin, today=TODAY)

    assert [(case.reference, case.closed_on) for case in report.anonymised] == [
        ("DOS-1", closed_on)
    ]
    assert report.anonymised[0].retention_ended_on == TODAY - timedelta(days=1)
    assert report.anonymised[0].journal_notes == 2 and report.held == ()
    client = _client(database, case_id)
    assert (client.first_name, client.title, client.last_name) == ("", "", "—")
    assert client.birth_date is None and client.email is None and client.employer is None
    assert client.mobile_phone is None and client.home_phone is None
    assert (client.address_line1, client.address_line2, client.postal_code, client.city) == (
        "—", None, "", "—",
    )  # fmt: skip
    assert client.monthly_income == client.housing_cost == Decimal("0.00")
    assert (client.search_name, client.search_phones) == ("", "")
    assert client.client_number.startswith("ANON-")
    assert not any(word in repr(vars(client)) for word in PERSONAL)
    with database.session() as session:
        assert session.scalars(select(Agreement.client_name)).all() == ["—"]
    assert _figures(database) == figures  # loans, amounts, journal, sealed agreement
    (event,) = _anonymised_events(database)
    with database.session() as session:
        case_uuid = session.scalars(select(Case.uuid).where(Case.id == case_id)).one()
        assert verify_audit(session).intact  # the chain, and every record it covers
    assert (event.entity_type, event.entity_uuid) == ("case", str(case_uuid))
    assert event.officer_id == admin.id
    assert event.details["closed_on"] == closed_on.isoformat()
    assert event.details["agreement_documents"] == "kept"
    assert not any(word in json.dumps(event.details, ensure_ascii=False) for word in PERSONAL)


@pytest.mark.parametrize(
    ("stage", "closed_on"),
    [
        (CaseStage.SETTLED, FIVE_YEARS_AGO + timedelta(days=1)),
        (CaseStage.WRITTEN_OFF, FIVE_YEARS_AGO),  # exactly five years: not *longer*
        (CaseStage.LITIGATION, FIVE_YEARS_AGO - timedelta(days=400)),  # open
    ],
    ids=["five years less a day", "five years to the day", "open"],
)
def test_a_case_not_closed_longer_than_the_period_keeps_its_client(
    database: Database, stage: CaseStage, closed_on: date
) -> None:
    admin, officer = add_administrator(database), add_plain_officer(database)
    _add_case(database, officer, "DOS-1", stage=stage, closed_on=closed_on)
    before = _rows(database)
    report = run_retention(database, admin, today=TODAY)
    assert report.anonymised == () and report.held == ()
    assert _rows(database) == before


def test_a_client_with_another_case_open_is_not_anonymised(database: Database) -> None:
    admin, officer = add_administrator(database), add_plain_officer(database)
    closed_on = FIVE_YEARS_AGO - timedelta(days=300)
    _add_case(database, officer, "DOS-OLD", closed_on=closed_on)
    _add_case(database, officer, "DOS-OPEN", stage=CaseStage.AMICABLE)
    _add_case(database, officer, "DOS-OTHER", client_number="C0000002", closed_on=closed_on)
    report = run_retention(database, admin, today=TODAY)
    assert [case.reference for case in report.anonymised] == ["DOS-OTHER"]
    assert [(held.reference, held.reason) for held in report.held] == [
        ("DOS-OLD", Hold.OTHER_CASE_OPEN)
    ]
    with database.session() as session:
        numbers = session.scalars(select(Client.client_number).order_by(Client.id)).all()
        names = session.scalars(select(Client.first_name).order_by(Client.id)).all()
    assert numbers[0] == "C0000001" and numbers[1].startswith("ANON-")
    assert names == ["Hélène", ""]


def test_a_client_whose_other_case_closed_recently_is_held(database: Database) -> None:
    admin, officer = add_administrator(database), add_plain_officer(database)
    _add_case(database, officer, "DOS-OLD", closed_on=FIVE_YEARS_AGO - timedelta(days=1))
    _add_case(database, officer, "DOS-NEW", closed_on=TODAY - timedelta(days=30))
    report = run_retention(database, admin, today=TODAY)
    assert report.anonymised == ()
    assert [(held.reference, held.reason) for held in report.held] == [
        ("DOS-OLD", Hold.OTHER_CASE_IN_RETENTION)
    ]


def test_a_closed_case_without_a_closure_date_is_held_not_guessed(database: Database) -> None:
    admin, officer = add_administrator(database), add_plain_officer(database)
    _add_case(database, officer, "DOS-1", stage=CaseStage.WRITTEN_OFF)  # no stage change
    before = _rows(database)
    report = run_retention(database, admin, today=TODAY)
    assert report.anonymised == ()
    assert [(held.reference, held.reason) for held in report.held] == [
        ("DOS-1", Hold.CLOSURE_UNKNOWN)
    ]
    assert _rows(database) == before


def test_a_case_reopened_after_its_closure_is_not_anonymised(database: Database) -> None:
    """The closure must be the case's last stage change: here it went back to litigation
    and was written off again recently."""
    admin, officer = add_administrator(database), add_plain_officer(database)
    case_id = _add_case(
        database, officer, "DOS-1", stage=CaseStage.WRITTEN_OFF,
        closed_on=FIVE_YEARS_AGO - timedelta(days=100),
    )  # fmt: skip
    with database.transaction() as session:
        for stage, day in (
            (CaseStage.LITIGATION, FIVE_YEARS_AGO - timedelta(days=50)),
            (CaseStage.WRITTEN_OFF, TODAY - timedelta(days=10)),
        ):
            session.add(
                JournalEntry(
                    case_id=case_id, kind=JournalKind.STAGE_CHANGE, occurred_at=_at(day),
                    officer_id=officer.id, stage_to=stage,
                )
            )  # fmt: skip
    report = run_retention(database, admin, today=TODAY)
    assert report.anonymised == () and report.held == ()


def test_a_dry_run_lists_what_would_be_done_and_changes_nothing(database: Database) -> None:
    admin, officer = add_administrator(database), add_plain_officer(database)
    closed_on = FIVE_YEARS_AGO - timedelta(days=1)
    _add_case(database, officer, "DOS-1", closed_on=closed_on)
    _add_case(database, officer, "DOS-2", client_number="C0000002", stage=CaseStage.AMICABLE)
    before = _rows(database)
    report = run_retention(database, admin, today=TODAY, dry_run=True)
    assert report.dry_run
    assert [(case.reference, case.closed_on) for case in report.anonymised] == [
        ("DOS-1", closed_on)
    ]
    assert _rows(database) == before


def test_running_twice_changes_nothing_the_second_time(database: Database) -> None:
    admin, officer = add_administrator(database), add_plain_officer(database)
    closed_on = FIVE_YEARS_AGO - timedelta(days=1)
    _add_case(database, officer, "DOS-1", closed_on=closed_on)
    _add_case(database, officer, "DOS-2", closed_on=closed_on - timedelta(days=40))  # same client
    first = run_retention(database, admin, today=TODAY)
    assert [case.reference for case in first.anonymised] == ["DOS-1", "DOS-2"]
    assert len(_anonymised_events(database)) == 2  # one per case
    after_first = _rows(database)
    second = run_retention(database, admin, today=TODAY + timedelta(days=1))
    assert second.anonymised == () and second.held == ()
    assert _rows(database) == after_first


REMOVE_PDFS = Policy(retention_keeps_agreement_documents=False)


def test_a_policy_removing_agreement_pdfs_removes_them_and_keeps_their_hash(
    database: Database,
) -> None:
    admin, officer = add_administrator(database), add_plain_officer(database)
    _add_case(database, officer, "DOS-1", closed_on=FIVE_YEARS_AGO - timedelta(days=1))
    _add_case(database, officer, "DOS-KEPT", client_number="C0000002", stage=CaseStage.AMICABLE)
    with database.session() as session:
        hashes = dict(session.execute(select(Agreement.reference, Agreement.pdf_sha256)).all())
        snapshots: dict[str, Any] = dict(
            session.execute(select(Agreement.reference, Agreement.snapshot)).all()
        )
    before = _rows(database)

    dry = run_retention(database, admin, today=TODAY, dry_run=True, policy=REMOVE_PDFS)
    assert dry.agreement_pdfs_removed == 1 and not dry.agreement_documents_kept
    assert _rows(database) == before

    report = run_retention(database, admin, today=TODAY, policy=REMOVE_PDFS)

    assert [(case.reference, case.agreement_pdfs_removed) for case in report.anonymised] == [
        ("DOS-1", 1)
    ]
    assert report.agreement_pdfs_removed == 1 and not report.agreement_documents_kept
    with database.session() as session:
        rows = {
            row.reference: row
            for row in session.execute(
                select(
                    Agreement.reference, Agreement.pdf, Agreement.pdf_sha256,
                    Agreement.pdf_removed_on, Agreement.snapshot,
                )
            )
        }  # fmt: skip
        assert verify_audit(session).intact  # the removal is covered like any write
    assert rows["ACC-DOS-1"].pdf is None and rows["ACC-DOS-1"].pdf_removed_on == TODAY
    assert rows["ACC-DOS-KEPT"].pdf is not None and rows["ACC-DOS-KEPT"].pdf_removed_on is None
    assert {reference: row.pdf_sha256 for reference, row in rows.items()} == hashes
    assert {reference: row.snapshot for reference, row in rows.items()} == snapshots
    (event,) = _anonymised_events(database)
    assert event.details["agreement_documents"] == "removed"
    assert event.details["agreement_pdfs_removed"] == 1

    with pytest.raises(PdfRemovedError, match=f"removed by the retention policy on {TODAY}"):
        archived_pdf(database, "ACC-DOS-1")
    assert archived_pdf(database, "ACC-DOS-KEPT").startswith(b"%PDF")
    # Running again removes nothing more and changes nothing.
    after = _rows(database)
    again = run_retention(database, admin, today=TODAY + timedelta(days=1), policy=REMOVE_PDFS)
    assert again.anonymised == () and _rows(database) == after


def _sealed_update(database: Database, sql: str, **params: object) -> None:
    """Run *sql* on the agreements, expecting the sealing trigger to refuse it."""
    with (
        pytest.raises(DBAPIError, match="sealed PDF never change"),
        database.engine.begin() as connection,
    ):
        connection.execute(text(sql), params)


def test_the_triggers_allow_only_the_removal_of_a_sealed_pdf_once(database: Database) -> None:
    officer = add_plain_officer(database)
    _add_case(database, officer, "DOS-1")
    with database.engine.connect() as connection:
        sha = connection.execute(text("SELECT pdf_sha256 FROM agreements")).scalar_one()
    before = _rows(database)
    where = " WHERE reference = 'ACC-DOS-1'"
    # Another PDF, the PDF without its date, the date without the removal, a new hash.
    _sealed_update(database, "UPDATE agreements SET pdf = :pdf" + where, pdf=b"%PDF forged")
    _sealed_update(database, "UPDATE agreements SET pdf = NULL" + where)
    _sealed_update(database, "UPDATE agreements SET pdf_removed_on = :day" + where, day=TODAY)
    _sealed_update(
        database,
        "UPDATE agreements SET pdf = NULL, pdf_removed_on = :day, pdf_sha256 = NULL" + where,
        day=TODAY,
    )
    _sealed_update(
        database,
        "UPDATE agreements SET pdf = :pdf, pdf_removed_on = :day" + where,
        pdf=b"%PDF forged",
        day=TODAY,
    )
    assert _rows(database) == before
    # The removal, as retention makes it.
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE agreements SET pdf = NULL, pdf_removed_on = :day" + where),
            {"day": TODAY},
        )
    # Never back, never another date, the hash never changes, no delete.
    _sealed_update(database, "UPDATE agreements SET pdf = :pdf" + where, pdf=b"%PDF again")
    _sealed_update(
        database,
        "UPDATE agreements SET pdf_removed_on = :day" + where,
        day=TODAY + timedelta(days=1),
    )
    _sealed_update(database, "UPDATE agreements SET pdf_removed_on = NULL" + where)
    _sealed_update(database, "UPDATE agreements SET pdf_sha256 = :sha" + where, sha="0" * 64)
    with (
        pytest.raises(DBAPIError, match="never deleted"),
        database.engine.begin() as connection,
    ):
        connection.execute(text("DELETE FROM agreements"))
    with database.engine.connect() as connection:
        row = connection.execute(
            text("SELECT pdf, pdf_sha256, pdf_removed_on FROM agreements")
        ).one()
    assert row.pdf is None and row.pdf_sha256 == sha and row.pdf_removed_on is not None


def test_a_pending_agreement_cannot_be_marked_removed(database: Database) -> None:
    officer = add_plain_officer(database)
    case_id = _add_case(database, officer, "DOS-1")
    with database.transaction() as session:
        session.add(
            Agreement(
                reference="ACC-PENDING", case_id=case_id, client_name="Mme Garçon",
                officer_id=officer.id, status=AgreementState.PENDING_APPROVAL,
                channel=Channel.PHONE, language="fr", snapshot={"installment": "100.00"},
            )
        )  # fmt: skip
    _sealed_update(
        database,
        "UPDATE agreements SET pdf_removed_on = :day WHERE reference = 'ACC-PENDING'",
        day=TODAY,
    )


def test_migration_0017_on_a_populated_database_keeps_the_audit_intact(
    database: Database,
) -> None:
    officer = add_plain_officer(database)
    _add_case(database, officer, "DOS-1", closed_on=FIVE_YEARS_AGO - timedelta(days=1))
    run_alone(database, "0017_agreement_pdf_removal", up=False)
    with database.engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM agreements")).keys()
        assert "pdf_removed_on" not in columns
    # Before 0017, a sealed PDF cannot be removed at all.
    _sealed_update(database, "UPDATE agreements SET pdf = NULL")
    run_alone(database, "0017_agreement_pdf_removal", up=True)
    with database.session() as session:
        assert verify_audit(session).intact  # the empty column leaves every digest as it was
    admin = add_administrator(database)
    assert run_retention(database, admin, today=TODAY, policy=REMOVE_PDFS).agreement_pdfs_removed
    with database.session() as session:
        assert verify_audit(session).intact
    # Once a PDF was removed, the downgrade is refused and changes nothing.
    with pytest.raises(RuntimeError, match="restore a backup"):
        run_alone(database, "0017_agreement_pdf_removal", up=False)
    with database.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT pdf_removed_on FROM agreements")).scalar_one()
            is not None
        )


def test_the_retention_period_is_the_policy_s(database: Database) -> None:
    admin, officer = add_administrator(database), add_plain_officer(database)
    _add_case(database, officer, "DOS-1", closed_on=add_months(TODAY, -24) - timedelta(days=1))
    assert run_retention(database, admin, today=TODAY, dry_run=True).anonymised == ()
    two_years = Policy(retention_years=2)
    report = run_retention(database, admin, today=TODAY, policy=two_years)
    assert [case.reference for case in report.anonymised] == ["DOS-1"]
    assert DEMO_POLICY.retention_years == 5


def test_anonymised_clients_are_not_found_by_name_any_more(
    database: Database, backend: str
) -> None:
    """The search index (FTS5 or trigram, kept by triggers) follows the anonymisation."""
    admin, officer = add_administrator(database), add_plain_officer(database)
    _add_case(database, officer, "DOS-1", closed_on=FIVE_YEARS_AGO - timedelta(days=1))
    query = (
        "SELECT count(*) FROM clients_search WHERE clients_search MATCH 'garcon'"
        if backend == "sqlite"
        else "SELECT count(*) FROM clients WHERE search_name LIKE '%garcon%'"
    )
    with database.engine.connect() as connection:
        assert connection.execute(text(query)).scalar_one() == 1
    run_retention(database, admin, today=TODAY)
    with database.engine.connect() as connection:
        assert connection.execute(text(query)).scalar_one() == 0


@pytest.fixture
def settings_file() -> Iterator[Path]:
    """The installation's settings.json, as it was before the test afterwards."""
    path = settings_path()
    before = path.read_bytes() if path.is_file() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        yield path
    finally:
        if before is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(before)


def test_the_installation_s_settings_say_whether_the_pdfs_are_kept(settings_file: Path) -> None:
    settings_file.unlink(missing_ok=True)
    assert configured_policy().retention_keeps_agreement_documents
    settings_file.write_text('{"seal": {}, "retention": {}}', encoding="utf-8")
    assert configured_policy().retention_keeps_agreement_documents
    settings_file.write_text('{"retention": {"keep_agreement_documents": false}}', encoding="utf-8")
    policy = configured_policy()
    assert not policy.retention_keeps_agreement_documents
    assert policy.retention_years == DEMO_POLICY.retention_years
    settings_file.write_text('{"retention": {"keep_agreement_documents": "no"}}', "utf-8")
    with pytest.raises(RetentionError, match="must be true or false") as refused:
        configured_policy()
    assert refused.value.exit_code == 2
    settings_file.write_text("{not json", encoding="utf-8")
    with pytest.raises(RetentionError, match="Cannot read the settings file"):
        configured_policy()
