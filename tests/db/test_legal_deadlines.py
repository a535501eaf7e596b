"""Legal deadlines in the database, on SQLite and PostgreSQL: migration 0012 on a
populated database keeps the audit chain intact, the start-up job fills what older
versions lacked (covered), and a signed rescheduling and the payments on it move a
case's forclusion date."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, Loan
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.legal_deadlines import ForclusionState, Instalment
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    Channel,
    LoanCategory,
)
from recouvrement_desktop.services.agreements.snapshot import read_snapshot
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.demo_data import generate_demo_data
from recouvrement_desktop.services.journal import record_payment
from recouvrement_desktop.services.legal_deadlines import (
    missing_cases,
    refresh_cases,
    snapshot_terms,
)
from recouvrement_desktop.services.start_up import start_up_jobs
from recouvrement_desktop.services.unit_of_work import unit_of_work
from tests.migration_steps import run_alone

STORED = Path(__file__).parent.parent / "fixtures" / "stored"
DEMO_DAY = date(2026, 11, 28)


def _intact(database: Database) -> bool:
    with database.session() as session:
        return verify_audit(session).intact


def _emptied_then_upgraded(database: Database) -> None:
    """The database as before 0012: no first unpaid date, no forclusion date
    (the columns dropped by a downgrade), then migrated to the newest schema."""
    with database.transaction() as session:
        for loan in session.scalars(select(Loan)):
            loan.first_unpaid_date = None
        for case in session.scalars(select(Case)):
            case.forclusion_date = None
    run_alone(database, "0012_loan_first_unpaid", up=False)
    with database.engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM loans")).keys()
        assert "first_unpaid_date" not in columns
    run_alone(database, "0012_loan_first_unpaid", up=True)


def test_upgrading_a_populated_database_keeps_the_audit_intact_and_fills_the_dates(
    database: Database,
) -> None:
    generate_demo_data(database, 40, today=DEMO_DAY)
    _emptied_then_upgraded(database)
    # Empty columns leave every record's digest as it was: the chain holds.
    assert _intact(database)
    with database.session() as session:
        waiting = missing_cases(session)
        loans = {loan.id: loan for loan in session.scalars(select(Loan))}
        expected_first = {
            loan.id: loan.updated_at.date() - timedelta(days=loan.days_past_due)
            for loan in loans.values()
            if loan.days_past_due > 0
        }
    assert waiting, "cases in arrears wait for their forclusion date"

    start_up_jobs(database, DEMO_DAY)

    assert _intact(database)  # the dates written are covered
    with database.session() as session:
        assert missing_cases(session) == []
        for case in session.scalars(select(Case).where(Case.id.in_(waiting))):
            ends = []
            for loan in case.loans:
                first = expected_first.get(loan.id)
                if first is None or loan.category is LoanCategory.MORTGAGE:
                    continue
                if loan.category is LoanCategory.OVERDRAFT:
                    first = add_months(first, 3)
                ends.append(add_months(first, 24))
            assert case.forclusion_date == min(ends), case.reference
    # The contract's own date stays empty (derived, not invented in the record).
    detail = CaseQueries(database).detail(waiting[0], DEMO_DAY)
    assert detail is not None
    assert any(deadline.first_unpaid_derived for deadline in detail.deadlines)


def _signed_agreement_on(database: Database, officer: Identity, case: Case) -> Loan:
    """A car loan unpaid since 10 June 2025, then the stored signed agreement of
    format 1 (contract CA000000211: 24 instalments of 818.89 from 25 December 2026)."""
    snapshot = json.loads((STORED / "5804b9c-agreement-signed.json").read_text("utf-8"))
    with unit_of_work(database, officer) as uow:
        loan = Loan(
            case_id=case.id,
            contract_number="CA000000211",
            category=LoanCategory.CAR_LOAN,
            original_amount=Decimal("34800.00"),
            nominal_rate=Decimal("6.4800"),
            start_date=date(2024, 3, 13),
            term_months=60,
            installment=Decimal("690.35"),
            outstanding_principal=Decimal("16704.01"),
            arrears_count=2,
            arrears_amount=Decimal("1380.70"),
            days_past_due=100,
            first_unpaid_date=date(2025, 6, 10),
        )
        uow.session.add(loan)
        uow.session.flush()
        refresh_cases(uow.session, [case.id])
    with database.session() as session:
        assert session.get_one(Case, case.id).forclusion_date == date(2027, 6, 10)
    with unit_of_work(database, officer) as uow:
        uow.session.add(
            Agreement(
                reference="ACC-TEST-1",
                case_id=case.id,
                client_name="Hélène Garçon-Lefèvre",
                officer_id=officer.id,
                status=AgreementState.SIGNED,
                channel=Channel.BRANCH,
                language="fr",
                signed_at=datetime(2026, 11, 25, 10, tzinfo=UTC),
                snapshot=snapshot["snapshot"],
            )
        )
        uow.session.flush()
        refresh_cases(uow.session, [case.id])
    return loan


def test_a_signed_agreement_and_its_payments_move_the_forclusion(
    database: Database, officer: Identity, case: Case
) -> None:
    _signed_agreement_on(database, officer, case)
    # Restarted from the agreement's first instalment, still to come.
    with database.session() as session:
        assert session.get_one(Case, case.id).forclusion_date == date(2028, 12, 25)
    queries = CaseQueries(database)
    before = queries.detail(case.id, date(2026, 12, 3))
    assert before is not None
    (deadline,) = before.deadlines
    assert deadline.agreement_reference == "ACC-TEST-1"
    assert deadline.forclusion.state is ForclusionState.NOT_RUNNING
    # The first instalment unpaid on 10 January 2027: the two years run from it.
    late = queries.detail(case.id, date(2027, 1, 10))
    assert late is not None
    (deadline,) = late.deadlines
    assert deadline.agreement_first_unpaid == date(2026, 12, 25)
    assert deadline.forclusion.expires_on == date(2028, 12, 25)
    # A payment of one instalment and a bit (818.89 + 100.00) goes to the oldest:
    # January's instalment becomes the first unpaid one.
    record_payment(
        database,
        officer,
        case.id,
        Decimal("918.89"),
        date(2027, 1, 12),
        now=datetime(2027, 1, 12, 15, tzinfo=UTC),
    )
    with database.session() as session:
        assert session.get_one(Case, case.id).forclusion_date == date(2029, 1, 25)
    paid = queries.detail(case.id, date(2027, 1, 20))
    assert paid is not None
    assert paid.deadlines[0].forclusion.state is ForclusionState.NOT_RUNNING
    assert _intact(database)


def test_the_agreements_terms_are_read_as_the_snapshot_reader_reads_them() -> None:
    """The deadlines read a format-1 snapshot's contracts and instalments directly (the
    snapshot's reader brings the documents layer): the same as ``read_snapshot``, for
    every stored agreement ever written."""
    stored = sorted(STORED.glob("*-agreement-*.json"))
    assert stored
    for path in stored:
        data = json.loads(path.read_text("utf-8"))["snapshot"]
        snapshot = read_snapshot(data)
        contracts, instalments = snapshot_terms(data)
        assert contracts == {c.reference for c in snapshot.model.contracts}, path.name
        assert instalments == tuple(
            Instalment(row.due_date, row.total_due) for row in snapshot.schedule.rows
        ), path.name
