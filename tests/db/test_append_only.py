"""The journal and the audit trail are append-only, enforced by the database itself."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from recouvrement_desktop.db.audit import COVERAGE_ACTIONS
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, Case, JournalEntry
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import JournalKind, PromiseStatus
from recouvrement_desktop.services.unit_of_work import unit_of_work


@pytest.fixture
def payment(database: Database, case: Case, officer: Identity) -> JournalEntry:
    with unit_of_work(database, officer) as work:
        entry = JournalEntry(
            case_id=case.id,
            kind=JournalKind.PAYMENT,
            occurred_at=datetime(2026, 10, 3, 9, 15, tzinfo=UTC),
            officer_id=officer.id,
            amount=Decimal("150.00"),
            note="Virement reçu",
        )
        work.session.add(entry)
        work.audit("journal.add", "journal_entry", entry.uuid, amount=entry.amount)
    return entry


STATEMENTS = [
    "UPDATE journal_entries SET amount = 1 WHERE id = :id",
    "UPDATE journal_entries SET note = 'rewritten'",
    "DELETE FROM journal_entries WHERE id = :id",
    "DELETE FROM journal_entries",
    "UPDATE audit_events SET action = 'nothing happened'",
    "UPDATE audit_events SET details = '{}'",
    "DELETE FROM audit_events",
]


@pytest.mark.parametrize("statement", STATEMENTS)
def test_updates_and_deletes_are_refused_by_the_database(
    database: Database, payment: JournalEntry, statement: str
) -> None:
    def contents() -> tuple[list[object], list[object]]:
        with database.engine.connect() as connection:
            journal = connection.execute(text("SELECT * FROM journal_entries")).all()
            audit = connection.execute(text("SELECT * FROM audit_events")).all()
        return list(journal), list(audit)

    before = contents()
    assert before[0] and before[1]
    with pytest.raises(DBAPIError, match="is append-only"), database.engine.begin() as connection:
        connection.execute(text(statement), {"id": payment.id})
    assert contents() == before


def test_orm_changes_to_a_journal_entry_are_refused(
    database: Database, payment: JournalEntry
) -> None:
    with pytest.raises(DBAPIError, match="append-only"), database.transaction() as session:
        entry = session.get_one(JournalEntry, payment.id)
        entry.amount = Decimal("15.00")
    with pytest.raises(DBAPIError, match="append-only"), database.transaction() as session:
        session.delete(session.get_one(JournalEntry, payment.id))
    with database.session() as session:
        assert session.get_one(JournalEntry, payment.id).amount == Decimal("150.00")


def test_a_correction_is_a_new_entry_pointing_at_the_corrected_one(
    database: Database, case: Case, officer: Identity, payment: JournalEntry
) -> None:
    with unit_of_work(database, officer) as work:
        correction = JournalEntry(
            case_id=case.id,
            kind=JournalKind.PAYMENT,
            occurred_at=payment.occurred_at,
            officer_id=officer.id,
            corrects_id=payment.id,
            amount=Decimal("105.00"),
            note="Montant saisi par erreur : 105,00 € et non 150,00 €",
        )
        work.session.add(correction)
        work.audit("journal.correct", "journal_entry", correction.uuid, corrects=payment.uuid)
    with database.session() as session:
        entries = session.scalars(select(JournalEntry).order_by(JournalEntry.id)).all()
        assert [(e.id, e.corrects_id, e.amount) for e in entries] == [
            (payment.id, None, Decimal("150.00")),
            (correction.id, payment.id, Decimal("105.00")),
        ]
        assert session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.action.not_in(COVERAGE_ACTIONS))
            .order_by(AuditEvent.sequence)
        ).all() == [
            "journal.add",
            "journal.correct",
        ]


def test_a_promise_outcome_refers_to_its_promise(database: Database, case: Case) -> None:
    with database.transaction() as session:
        promise = JournalEntry(
            case_id=case.id,
            kind=JournalKind.PROMISE,
            occurred_at=datetime(2026, 10, 1, tzinfo=UTC),
            amount=Decimal("200.00"),
            due_date=date(2026, 10, 15),
            promise_status=PromiseStatus.PENDING,
        )
        session.add(promise)
        session.flush()
        session.add(
            JournalEntry(
                case_id=case.id,
                kind=JournalKind.PROMISE_OUTCOME,
                occurred_at=datetime(2026, 10, 16, tzinfo=UTC),
                refers_to_id=promise.id,
                promise_status=PromiseStatus.BROKEN,
            )
        )
    with database.session() as session:
        outcome = session.scalars(
            select(JournalEntry).where(JournalEntry.kind == JournalKind.PROMISE_OUTCOME)
        ).one()
        assert outcome.refers_to_id == promise.id
        assert outcome.promise_status is PromiseStatus.BROKEN


def test_a_correction_of_a_missing_entry_is_refused(database: Database, case: Case) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(
            JournalEntry(
                case_id=case.id,
                kind=JournalKind.NOTE,
                occurred_at=datetime(2026, 10, 3, tzinfo=UTC),
                corrects_id=987654,
            )
        )
