"""Quick entries (services/journal.py) on SQLite and PostgreSQL: what is written, what the
case's queue columns become, the audit events, and nothing written when anything fails."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from recouvrement_desktop.db.audit import COVERAGE_ACTIONS
from recouvrement_desktop.db.audit_verify import verify_chain
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, Case, JournalEntry
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import (
    Channel,
    ContactResult,
    Direction,
    JournalKind,
    LifeEventType,
    PromiseStatus,
)
from recouvrement_desktop.services import journal, unit_of_work
from recouvrement_desktop.services.journal import JournalError

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
TODAY = date(2026, 11, 28)


def snapshot(database: Database) -> tuple[int, int, tuple[Any, ...]]:
    """Journal and audit row counts, and the queue columns of every case."""
    with database.session() as session:
        entries = session.scalar(select(func.count(JournalEntry.id)))
        events = session.scalar(select(func.count(AuditEvent.id)))
        cases = tuple(
            session.execute(
                select(Case.next_action_date, Case.last_contact_at, Case.has_broken_promise)
            ).all()
        )
    return int(entries or 0), int(events or 0), cases


def events(database: Database) -> list[AuditEvent]:
    with database.session() as session:
        found = list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action.not_in(COVERAGE_ACTIONS))
                .order_by(AuditEvent.sequence)
            )
        )
        assert verify_chain(session).intact
        return found


def reload_case(database: Database, case: Case) -> Case:
    with database.session() as session:
        return session.get_one(Case, case.id)


def test_a_note_is_written_with_its_audit_event(
    database: Database, officer: Identity, case: Case
) -> None:
    entry = journal.add_note(database, officer, case.id, "  Client rappellera lundi.  ")
    with database.session() as session:
        stored = session.get_one(JournalEntry, entry.id)
    assert (stored.kind, stored.note, stored.officer_id, stored.case_id) == (
        JournalKind.NOTE,
        "Client rappellera lundi.",
        officer.id,
        case.id,
    )
    [event] = events(database)
    assert (event.action, event.entity_uuid, event.officer_id) == (
        "journal.note",
        str(entry.uuid),
        officer.id,
    )
    assert event.details["case"] == str(case.uuid)


FAILURES: list[tuple[str, Callable[[Database, Identity | None, int], object]]] = [
    ("blank note", lambda db, who, case_id: journal.add_note(db, who, case_id, "   ")),
    ("no officer", lambda db, who, case_id: journal.add_note(db, None, case_id, "Bonjour")),
    ("unknown case", lambda db, who, case_id: journal.add_note(db, who, case_id + 99, "Bonjour")),
    ("note too long", lambda db, who, case_id: journal.add_note(db, who, case_id, "x" * 4001)),
    (
        "zero amount",
        lambda db, who, case_id: journal.add_promise(
            db, who, case_id, Decimal("0"), TODAY, now=NOW
        ),
    ),
    (
        "three decimals",
        lambda db, who, case_id: journal.add_promise(
            db, who, case_id, Decimal("10.005"), TODAY, now=NOW
        ),
    ),
    (
        "past due date",
        lambda db, who, case_id: journal.add_promise(
            db, who, case_id, Decimal("10"), TODAY - timedelta(days=1), now=NOW
        ),
    ),
    (
        "future payment",
        lambda db, who, case_id: journal.record_payment(
            db, who, case_id, Decimal("10"), TODAY + timedelta(days=1), now=NOW
        ),
    ),
    (
        "negative payment",
        lambda db, who, case_id: journal.record_payment(
            db, who, case_id, Decimal("-10"), TODAY, now=NOW
        ),
    ),
    (
        "future contact",
        lambda db, who, case_id: journal.log_contact(
            db,
            who,
            case_id,
            Channel.PHONE,
            Direction.OUTBOUND,
            ContactResult.REACHED,
            None,
            at=datetime.now(UTC) + timedelta(hours=1),
        ),
    ),
    ("unknown entry", lambda db, who, case_id: journal.correct_entry(db, who, 12345, "Oups")),
]


@pytest.mark.parametrize("attempt", [f[1] for f in FAILURES], ids=[f[0] for f in FAILURES])
def test_invalid_input_is_refused_and_writes_nothing(
    database: Database,
    officer: Identity,
    case: Case,
    attempt: Callable[[Database, Identity | None, int], object],
) -> None:
    before = snapshot(database)
    with pytest.raises(JournalError) as raised:
        attempt(database, officer, case.id)
    assert raised.value.context == "Journal"
    assert snapshot(database) == before


def test_a_failure_during_the_audit_leaves_nothing(
    database: Database, officer: Identity, case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(database)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(unit_of_work, "append_event", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        journal.add_promise(
            database, officer, case.id, Decimal("50"), TODAY + timedelta(days=3), now=NOW
        )
    assert snapshot(database) == before


def test_contacts_and_attempts_move_the_last_contact_forward_only(
    database: Database, officer: Identity, case: Case
) -> None:
    first = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    entry = journal.log_contact(
        database,
        officer,
        case.id,
        Channel.PHONE,
        Direction.OUTBOUND,
        ContactResult.NO_ANSWER,
        "",
        at=first,
    )
    assert reload_case(database, case).last_contact_at == first
    assert (entry.channel, entry.direction, entry.result, entry.note) == (
        Channel.PHONE,
        Direction.OUTBOUND,
        ContactResult.NO_ANSWER,
        None,
    )
    journal.log_contact(
        database,
        officer,
        case.id,
        Channel.LETTER,
        Direction.OUTBOUND,
        ContactResult.SENT,
        "Relance",
        at=first - timedelta(days=3),
    )
    assert reload_case(database, case).last_contact_at == first
    journal.log_contact(
        database, officer, case.id, Channel.PHONE, Direction.INBOUND, ContactResult.REACHED, "Ok"
    )
    assert reload_case(database, case).last_contact_at > first  # type: ignore[operator]
    assert [e.action for e in events(database)] == ["journal.contact"] * 3


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        (None, date(2026, 12, 6)),  # nothing planned: the day after the due date
        (date(2026, 12, 20), date(2026, 12, 6)),  # earlier than the planned action
        (date(2026, 12, 2), date(2026, 12, 2)),  # a sooner action stays
        (date(2026, 11, 28), date(2026, 12, 6)),  # today's action is being done now
        (date(2026, 11, 10), date(2026, 12, 6)),  # an overdue action is being done now
    ],
)
def test_a_promise_plans_the_check_the_day_after_its_due_date(
    database: Database, officer: Identity, case: Case, current: date | None, expected: date
) -> None:
    with database.transaction() as session:
        session.get_one(Case, case.id).next_action_date = current
    entry = journal.add_promise(
        database, officer, case.id, Decimal("1234.50"), date(2026, 12, 5), "Virement", now=NOW
    )
    assert (entry.amount, entry.due_date, entry.note) == (
        Decimal("1234.50"),
        date(2026, 12, 5),
        "Virement",
    )
    assert reload_case(database, case).next_action_date == expected
    [event] = events(database)
    assert event.details["amount"] == "1234.50"
    assert event.details["due_date"] == "2026-12-05"


def test_a_promise_due_today_is_accepted(database: Database, officer: Identity, case: Case) -> None:
    entry = journal.add_promise(database, officer, case.id, Decimal("20"), TODAY, now=NOW)
    assert entry.amount == Decimal("20.00")


def test_life_event(database: Database, officer: Identity, case: Case) -> None:
    entry = journal.add_life_event(
        database, officer, case.id, LifeEventType.JOB_LOSS, "Licenciement économique"
    )
    assert (entry.kind, entry.life_event, entry.note) == (
        JournalKind.LIFE_EVENT,
        LifeEventType.JOB_LOSS,
        "Licenciement économique",
    )
    assert events(database)[0].details["event"] == "job_loss"


def test_a_payment_keeps_the_promise_it_covers_in_the_same_transaction(
    database: Database, officer: Identity, case: Case
) -> None:
    made = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
    promise = journal.add_promise(
        database, officer, case.id, Decimal("150.00"), date(2026, 11, 30), now=made
    )
    payment = journal.record_payment(
        database, officer, case.id, Decimal("149.50"), date(2026, 11, 27), now=NOW
    )
    assert payment.occurred_at == datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    with database.session() as session:
        outcome = session.scalars(
            select(JournalEntry).where(JournalEntry.kind == JournalKind.PROMISE_OUTCOME)
        ).one()
    assert (outcome.refers_to_id, outcome.promise_status, outcome.amount) == (
        promise.id,
        PromiseStatus.KEPT,
        Decimal("149.50"),
    )
    assert [e.action for e in events(database)] == [
        "journal.promise",
        "journal.payment",
        "promises.settle",
    ]


def test_a_correction_points_at_the_original_entry(
    database: Database, officer: Identity, case: Case
) -> None:
    original = journal.add_note(database, officer, case.id, "Client injoignable")
    first = journal.correct_entry(database, officer, original.id, "Client joignable le soir")
    second = journal.correct_entry(database, officer, first.id, "Joignable après 18 h")
    assert (first.kind, first.corrects_id, first.note) == (
        JournalKind.NOTE,
        original.id,
        "Client joignable le soir",
    )
    assert second.corrects_id == original.id
    assert events(database)[-1].details["corrects"] == str(original.uuid)
    with database.session() as session:
        assert session.get_one(JournalEntry, original.id).note == "Client injoignable"
