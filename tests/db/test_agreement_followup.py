"""The follow-up of a signed agreement from the payments, on SQLite and PostgreSQL: a
missed instalment writes one entry, brings the case back to the queue with its marker
(filtered there), a payment imported cures it; migration 0014 on a populated database
keeps the audit chain intact."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, JournalEntry, Loan
from recouvrement_desktop.domain.agreement_followup import InstalmentStatus, Tally
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    Channel,
    JournalKind,
    LoanCategory,
    OfficerRole,
)
from recouvrement_desktop.services.agreement_followup import (
    BINDING,
    follow_due_agreements,
    plan_follow_up,
)
from recouvrement_desktop.services.case_queries import CaseFilter, CaseFlags, CaseQueries
from recouvrement_desktop.services.demo_agreements import write_demo_agreements
from recouvrement_desktop.services.demo_data import generate_demo_data
from recouvrement_desktop.services.journal import record_payment
from recouvrement_desktop.services.journal_payloads import InstalmentMissed, entry_details
from recouvrement_desktop.services.payments.allocation import allocate_payment
from recouvrement_desktop.services.payments.importer import import_payments
from recouvrement_desktop.services.start_up import start_up_jobs
from recouvrement_desktop.services.unit_of_work import unit_of_work
from tests.factories import add_officer
from tests.migration_steps import run_alone

STORED = Path(__file__).parent.parent / "fixtures" / "stored"
INSTALMENT = Decimal("818.89")  # the stored agreement's: 24 from 25 December 2026


def _intact(database: Database) -> bool:
    with database.session() as session:
        return verify_audit(session).intact


def _signed_agreement(database: Database, officer: Identity, case: Case) -> None:
    """The stored signed agreement of format 1 on contract CA000000211, signed on 25
    November 2026: 24 instalments of 818.89, due on the 25th from December 2026."""
    snapshot = json.loads((STORED / "5804b9c-agreement-signed.json").read_text("utf-8"))
    with unit_of_work(database, officer) as uow:
        uow.session.add(
            Loan(
                case_id=case.id, contract_number="CA000000211", category=LoanCategory.CAR_LOAN,
                original_amount=Decimal("34800.00"), nominal_rate=Decimal("6.4800"),
                start_date=date(2024, 3, 13), term_months=60, installment=Decimal("690.35"),
                outstanding_principal=Decimal("16704.01"), arrears_count=2,
                arrears_amount=Decimal("1380.70"), days_past_due=100,
            )
        )  # fmt: skip
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


def _missed(database: Database) -> list[JournalEntry]:
    with database.session() as session:
        return list(
            session.scalars(
                select(JournalEntry)
                .where(JournalEntry.kind == JournalKind.INSTALMENT_MISSED)
                .order_by(JournalEntry.id)
            )
        )


def _case(database: Database, case_id: int) -> Case:
    with database.session() as session:
        return session.get_one(Case, case_id)


def _in_default(database: Database, day: date) -> list[str]:
    page = CaseQueries(database).page_after(
        CaseFilter(agreement_in_default=True), None, 50, today=day
    )
    return [row.reference for row in page.rows]


def test_a_missed_instalment_brings_the_case_back_once(
    database: Database, officer: Identity, case: Case, tmp_path: Path
) -> None:
    _signed_agreement(database, officer, case)
    with database.transaction() as session:
        session.get_one(Case, case.id).next_action_date = date(2027, 6, 1)
    # December's instalment paid on time; January's (due on the 25th) is not.
    record_payment(
        database, officer, case.id, INSTALMENT, date(2026, 12, 24),
        now=datetime(2026, 12, 24, 15, tzinfo=UTC),
    )  # fmt: skip
    # Still within the ten grace days on 4 February: late, not missed.
    start_up_jobs(database, date(2027, 2, 4))
    assert _missed(database) == []
    stored = _case(database, case.id)
    assert stored.agreement_default_since is None
    assert stored.agreement_check_on == date(2027, 2, 5)
    with database.session() as session:
        plan = plan_follow_up(session, case.id, date(2027, 2, 4))
    assert plan is not None and plan.reference == "ACC-TEST-1"
    assert [s.status for s in plan.instalments[:3]] == [
        InstalmentStatus.PAID,
        InstalmentStatus.LATE,
        InstalmentStatus.DUE,
    ]

    # Missed on 5 February: one entry, the marker, the next action today.
    report = start_up_jobs(database, date(2027, 2, 5))
    again = start_up_jobs(database, date(2027, 2, 5))  # the same day again: nothing more
    (entry,) = _missed(database)
    assert (report.missed, again.missed) == ([entry.uuid], [])
    details = entry_details(entry.kind, entry.payload)
    assert details == InstalmentMissed(
        agreement="ACC-TEST-1", period=2, due_date=date(2027, 1, 25), amount=INSTALMENT,
        outstanding=INSTALMENT, missed_on=date(2027, 2, 5), grace_days=10,
    )  # fmt: skip
    assert entry.officer_id is None and entry.amount == INSTALMENT
    stored = _case(database, case.id)
    assert stored.agreement_default_since == date(2027, 2, 5)
    assert stored.next_action_date == date(2027, 2, 5)
    assert stored.agreement_check_on == date(2027, 3, 8)  # February's, due on the 25th
    assert _in_default(database, date(2027, 2, 5)) == [case.reference]
    (row,) = CaseQueries(database).page_after(CaseFilter(), None, 10, today=date(2027, 2, 5)).rows
    assert CaseFlags.AGREEMENT_DEFAULT in row.flags
    with database.session() as session:
        plan = plan_follow_up(session, case.id, date(2027, 2, 5))
    assert plan is not None
    assert plan.progress.paid == Tally(1, INSTALMENT)
    assert plan.progress.missed == Tally(1, INSTALMENT)
    assert plan.progress.due.count == 22  # the last one is adjusted by a few cents

    # The client pays the missed instalment by transfer: the statement imported cures it.
    supervisor = add_officer(
        database, login="s.bernard", full_name="Sophie Bernard", role=OfficerRole.SUPERVISOR,
        max_waiver="2000.00", max_extension_months=24, min_rate="1.0000",
    )  # fmt: skip
    path = tmp_path / "virements.csv"
    path.write_text(
        "contract_number;date;amount;reference\nCA000000211;10/02/2027;818,89;VIR-ACC-2\n",
        encoding="utf-8",
    )
    imported = import_payments(database, supervisor, path, today=date(2027, 2, 10))
    assert imported.matched == 1
    stored = _case(database, case.id)
    assert stored.agreement_default_since is None
    assert _in_default(database, date(2027, 2, 10)) == []
    assert len(_missed(database)) == 1  # the history keeps that it was missed
    # February's instalment goes unpaid too: a second entry, for it alone.
    follow_due_agreements(database, date(2027, 3, 8))
    assert [e.payload["period"] for e in _missed(database) if e.payload] == [2, 3]
    assert _case(database, case.id).agreement_default_since == date(2027, 3, 8)
    assert _intact(database)


def test_upgrading_a_populated_database_keeps_the_audit_intact(database: Database) -> None:
    generate_demo_data(database, 60, today=date(2026, 11, 28))
    assert write_demo_agreements(database, limit=2) == 2
    # As before 0014: no marker (the phone agreement made binding set its next check).
    with database.transaction() as session:
        for case in session.scalars(select(Case)):
            case.agreement_default_since = case.agreement_check_on = None
    run_alone(database, "0014_agreement_followup", up=False)
    with database.engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM cases")).keys()
        assert "agreement_default_since" not in columns
    run_alone(database, "0014_agreement_followup", up=True)
    assert _intact(database)  # empty columns: every digest as it was
    # The first start follows every signed agreement; what it writes is covered.
    start_up_jobs(database, date(2027, 6, 1))
    assert _intact(database)
    with database.session() as session:
        followed = set(
            session.scalars(select(Agreement.case_id).where(Agreement.status.in_(BINDING)))
        )
        defaulted = set(
            session.scalars(select(Case.id).where(Case.agreement_default_since.is_not(None)))
        )
    # Nothing paid since the signatures (months ago): every binding plan is in default,
    # the two signed and the one by phone awaiting the client's paper.
    assert len(followed) == 3 and defaulted == followed
    assert {e.case_id for e in _missed(database)} == followed


def test_a_payment_allocated_by_a_supervisor_pays_the_missed_instalment(
    database: Database, officer: Identity, case: Case, tmp_path: Path
) -> None:
    _signed_agreement(database, officer, case)
    follow_due_agreements(database, date(2027, 1, 10))  # December's missed on 5 January
    assert _case(database, case.id).agreement_default_since == date(2027, 1, 5)
    supervisor = add_officer(
        database, login="s.bernard", full_name="Sophie Bernard", role=OfficerRole.SUPERVISOR,
        max_waiver="2000.00", max_extension_months=24, min_rate="1.0000",
    )  # fmt: skip
    path = tmp_path / "virements.csv"
    path.write_text(
        "contract_number;date;amount;reference\nXX-0000;08/01/2027;818,89;VIR-X\n",
        encoding="utf-8",
    )
    assert import_payments(database, supervisor, path, today=date(2027, 1, 8)).unmatched == 1
    assert _case(database, case.id).agreement_default_since == date(2027, 1, 5)
    allocate_payment(database, supervisor, "VIR-X", case.reference, today=date(2027, 1, 10))
    stored = _case(database, case.id)
    assert stored.agreement_default_since is None
    assert stored.agreement_check_on == date(2027, 2, 5)  # January's next
    assert len(_missed(database)) == 1
    assert _intact(database)
