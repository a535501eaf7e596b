"""A whole case written through the ORM and read back through its relationships."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, JournalEntry, Loan, Officer
from recouvrement_desktop.domain.recovery import (
    CasePriority,
    CaseStage,
    Channel,
    ContactResult,
    Direction,
    EmploymentStatus,
    JournalKind,
    LifeEventType,
    LoanCategory,
    OfficerRole,
    PromiseStatus,
)
from recouvrement_desktop.services.unit_of_work import unit_of_work
from recouvrement_desktop.services.views import identity_of

from .conftest import new_client


def _loan(number: str, category: LoanCategory, principal: str, arrears: str) -> Loan:
    return Loan(
        contract_number=number,
        category=category,
        original_amount=Decimal("15000.00"),
        nominal_rate=Decimal("4.9500"),
        start_date=date(2023, 6, 15),
        term_months=60,
        installment=Decimal("282.71"),
        insurance_monthly=Decimal("9.38"),
        outstanding_principal=Decimal(principal),
        arrears_count=3,
        arrears_amount=Decimal(arrears),
        late_interest=Decimal("12.47"),
        penalties=Decimal("40.00"),
        days_past_due=92,
    )


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 10, day, hour, 0, tzinfo=UTC)


def test_a_case_with_loans_and_history_round_trips(database: Database) -> None:
    with unit_of_work(database, None) as work:
        officer = Officer(
            login="sroux",
            full_name="Sébastien Roux",
            role=OfficerRole.OFFICER,
            branch="Plateforme de recouvrement de Nantes",
            max_waiver=Decimal("300.00"),
            max_extension_months=12,
            min_rate=Decimal("1.5000"),
        )
        work.session.add(officer)
        work.audit("officer.create", "officer", officer.uuid)

    with unit_of_work(database, identity_of(officer)) as work:
        client = new_client()
        client.employment = EmploymentStatus.UNEMPLOYED
        client.household_adults, client.household_children = 2, 3
        case = Case(
            reference="DOS-2026-004217",
            client=client,
            officer_id=officer.id,
            stage=CaseStage.AMICABLE,
            priority=CasePriority.URGENT,
            opened_on=date(2026, 9, 20),
            next_action_date=date(2026, 10, 20),
            total_arrears=Decimal("1143.95"),
            days_past_due=92,
            loans=[
                _loan("PP-2023-000815", LoanCategory.CAR_LOAN, "11234.56", "848.13"),
                _loan("RC-2021-771", LoanCategory.REVOLVING_CREDIT, "2469.82", "295.82"),
            ],
        )
        work.session.add(case)
        work.session.flush()
        promise = JournalEntry(
            case_id=case.id,
            kind=JournalKind.PROMISE,
            occurred_at=at(2),
            officer_id=officer.id,
            amount=Decimal("400.00"),
            due_date=date(2026, 10, 10),
            promise_status=PromiseStatus.PENDING,
        )
        work.session.add_all(
            [
                JournalEntry(
                    case_id=case.id,
                    kind=JournalKind.CONTACT,
                    occurred_at=at(2, 9),
                    officer_id=officer.id,
                    channel=Channel.PHONE,
                    direction=Direction.OUTBOUND,
                    result=ContactResult.PROMISE_OBTAINED,
                    note="Client joint ; licenciement économique en août.",
                ),
                JournalEntry(
                    case_id=case.id,
                    kind=JournalKind.LIFE_EVENT,
                    occurred_at=at(2, 9),
                    life_event=LifeEventType.JOB_LOSS,
                ),
                promise,
                JournalEntry(
                    case_id=case.id,
                    kind=JournalKind.PAYMENT,
                    occurred_at=at(9),
                    amount=Decimal("250.00"),
                ),
                JournalEntry(
                    case_id=case.id,
                    kind=JournalKind.OFFER,
                    occurred_at=at(12),
                    officer_id=officer.id,
                    payload={"months": 36, "rate": "3.9000", "instalment": "318.40"},
                ),
                JournalEntry(
                    case_id=case.id,
                    kind=JournalKind.STAGE_CHANGE,
                    occurred_at=at(12, 11),
                    stage_from=CaseStage.AMICABLE,
                    stage_to=CaseStage.RESCHEDULED,
                ),
            ]
        )
        work.session.flush()
        work.session.add(
            JournalEntry(
                case_id=case.id,
                kind=JournalKind.PROMISE_OUTCOME,
                occurred_at=at(11),
                refers_to_id=promise.id,
                promise_status=PromiseStatus.BROKEN,
            )
        )
        case.stage = CaseStage.RESCHEDULED
        work.audit("case.open", "case", case.uuid, reference=case.reference)

    with database.session() as session:
        loaded = session.scalars(
            select(Case)
            .where(Case.reference == "DOS-2026-004217")
            .options(selectinload(Case.loans), selectinload(Case.client))
        ).one()
        assert loaded.uuid == case.uuid
        assert loaded.stage is CaseStage.RESCHEDULED
        assert loaded.priority is CasePriority.URGENT
        assert loaded.next_action_date == date(2026, 10, 20)
        assert loaded.total_arrears == Decimal("1143.95")
        assert loaded.officer is not None
        assert (loaded.officer.login, loaded.officer.full_name) == ("sroux", "Sébastien Roux")
        assert loaded.client.last_name == "Garçon-Lefèvre"
        assert loaded.client.employment is EmploymentStatus.UNEMPLOYED
        assert (loaded.client.household_adults, loaded.client.household_children) == (2, 3)
        assert [c.reference for c in loaded.client.cases] == ["DOS-2026-004217"]
        assert [(loan.contract_number, loan.category) for loan in loaded.loans] == [
            ("PP-2023-000815", LoanCategory.CAR_LOAN),
            ("RC-2021-771", LoanCategory.REVOLVING_CREDIT),
        ]
        assert all(loan.case is loaded for loan in loaded.loans)
        assert sum(loan.arrears_amount for loan in loaded.loans) == loaded.total_arrears
        assert loaded.loans[0].outstanding_principal == Decimal("11234.56")
        assert loaded.loans[1].nominal_rate == Decimal("4.9500")

        history = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.case_id == loaded.id)
            .order_by(JournalEntry.occurred_at, JournalEntry.id)
        ).all()
        assert [entry.kind for entry in history] == [
            JournalKind.CONTACT,
            JournalKind.LIFE_EVENT,
            JournalKind.PROMISE,
            JournalKind.PAYMENT,
            JournalKind.PROMISE_OUTCOME,
            JournalKind.OFFER,
            JournalKind.STAGE_CHANGE,
        ]
        contact, life, promised, paid, outcome, offer, stage = history
        assert (contact.channel, contact.direction, contact.result) == (
            Channel.PHONE,
            Direction.OUTBOUND,
            ContactResult.PROMISE_OBTAINED,
        )
        assert contact.officer is not None and contact.officer.login == "sroux"
        assert contact.note == "Client joint ; licenciement économique en août."
        assert life.life_event is LifeEventType.JOB_LOSS
        assert (promised.amount, promised.due_date) == (Decimal("400.00"), date(2026, 10, 10))
        assert paid.amount == Decimal("250.00") and paid.officer is None
        assert (outcome.refers_to_id, outcome.promise_status) == (promised.id, PromiseStatus.BROKEN)
        assert offer.payload == {"months": 36, "rate": "3.9000", "instalment": "318.40"}
        assert (stage.stage_from, stage.stage_to) == (CaseStage.AMICABLE, CaseStage.RESCHEDULED)
        assert len({entry.uuid for entry in history}) == len(history)
        assert all(entry.recorded_at.tzinfo is UTC for entry in history)

        assert session.scalar(select(func.count()).select_from(Loan)) == 2
        report = verify_audit(session)
        assert report.intact, report.problems
        # Its two events, and every record written covered by one (or a baseline).
        assert report.records >= 1 + 1 + 2 + len(history)


def test_database_errors_never_carry_the_values_written(database: Database) -> None:
    """An error's text (and so the log) names the statement, never the client's name,
    address or figures (PostgreSQL's own detail may quote the duplicated key: an id)."""
    with database.transaction() as session:
        session.add(new_client("C0000777"))
    with pytest.raises(IntegrityError) as refused, database.transaction() as session:
        duplicate = new_client("C0000777")
        duplicate.last_name = "Secretname"
        session.add(duplicate)
    text = str(refused.value)
    assert "Secretname" not in text and duplicate.address_line1 not in text
