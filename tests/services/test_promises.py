"""Settling the promises of a whole demonstration database, checked against a naive
recount done here, independently of the service's allocation."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, timedelta
from decimal import Decimal

from sqlalchemy import select

from recouvrement_desktop.db.audit_verify import verify_chain
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, JournalEntry
from recouvrement_desktop.domain.recovery import JournalKind, PromiseStatus
from recouvrement_desktop.services.promises import PromisePolicy, settle_due_promises
from tests.conftest import DEMO_TODAY

LATER = DEMO_TODAY + timedelta(days=90)


def _entries(database: Database, kind: JournalKind) -> list[JournalEntry]:
    with database.session() as session:
        return list(session.scalars(select(JournalEntry).where(JournalEntry.kind == kind)))


def test_every_promise_gets_one_outcome_once(demo_database: Database) -> None:
    promises = {p.id: p for p in _entries(demo_database, JournalKind.PROMISE)}
    before = {o.refers_to_id for o in _entries(demo_database, JournalKind.PROMISE_OUTCOME)}
    pending = set(promises) - before
    assert pending, "the demonstration data has promises still pending"

    policy = PromisePolicy(tolerance_amount=Decimal("1.00"))
    report = settle_due_promises(demo_database, LATER, policy, batch_cases=7)
    assert {str(u) for u in report.kept + report.broken} == {str(promises[i].uuid) for i in pending}
    outcomes = _entries(demo_database, JournalKind.PROMISE_OUTCOME)
    settled = [o.refers_to_id for o in outcomes if o.refers_to_id is not None]
    assert len(settled) == len(outcomes)
    assert sorted(settled) == sorted(set(settled))  # one outcome per promise
    assert set(settled) == set(promises)

    again = settle_due_promises(demo_database, LATER + timedelta(days=30), policy)
    assert (again.kept, again.broken) == ([], [])
    assert len(_entries(demo_database, JournalKind.PROMISE_OUTCOME)) == len(outcomes)
    with demo_database.session() as session:
        assert verify_chain(session).intact


def test_lone_promises_agree_with_a_naive_sum(demo_database: Database) -> None:
    """Where a promise shares its window with no other promise, the payments received in
    that window decide it: their plain sum against the amount, less the tolerance."""
    promises = _entries(demo_database, JournalKind.PROMISE)
    payments: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    for payment in _entries(demo_database, JournalKind.PAYMENT):
        payments[payment.case_id].append(
            (payment.occurred_at.astimezone(UTC).date(), payment.amount or Decimal(0))
        )
    by_case: dict[int, list[JournalEntry]] = defaultdict(list)
    for promise in promises:
        by_case[promise.case_id].append(promise)
    before = {o.refers_to_id for o in _entries(demo_database, JournalKind.PROMISE_OUTCOME)}

    settle_due_promises(demo_database, LATER, PromisePolicy())
    outcome_of = {
        o.refers_to_id: o.promise_status
        for o in _entries(demo_database, JournalKind.PROMISE_OUTCOME)
    }
    checked = 0
    for promise in promises:
        if promise.id in before:
            continue
        made = promise.occurred_at.astimezone(UTC).date()
        due = promise.due_date
        assert due is not None and promise.amount is not None
        overlapping = [
            other
            for other in by_case[promise.case_id]
            if other.id != promise.id
            and other.due_date is not None
            and other.occurred_at.astimezone(UTC).date() <= due
            and other.due_date >= made
        ]
        if overlapping:
            continue
        paid = sum((a for d, a in payments[promise.case_id] if made <= d <= due), Decimal(0))
        kept = paid > 0 and promise.amount - paid <= Decimal("1.00")
        assert outcome_of[promise.id] == (PromiseStatus.KEPT if kept else PromiseStatus.BROKEN)
        checked += 1
    assert checked >= 5


def test_broken_flags_of_settled_cases(demo_database: Database) -> None:
    report = settle_due_promises(demo_database, LATER, PromisePolicy())
    broken = {str(u) for u in report.broken}
    kept = {str(u) for u in report.kept}
    with demo_database.session() as session:
        rows = session.execute(
            select(JournalEntry.case_id, JournalEntry.uuid, JournalEntry.due_date).where(
                JournalEntry.kind == JournalKind.PROMISE
            )
        ).all()
        statuses = {
            o.refers_to_id: o.promise_status
            for o in session.scalars(
                select(JournalEntry).where(JournalEntry.kind == JournalKind.PROMISE_OUTCOME)
            )
        }
        ids = dict(
            session.execute(
                select(JournalEntry.uuid, JournalEntry.id).where(
                    JournalEntry.kind == JournalKind.PROMISE
                )
            ).all()
        )
        flags = dict(session.execute(select(Case.id, Case.has_broken_promise)).all())
    touched = {case_id for case_id, u, _ in rows if str(u) in broken | kept}
    assert touched
    for case_id in touched:
        dated = [(due, statuses[ids[u]]) for c, u, due in rows if c == case_id and due]
        last_broken = max((d for d, s in dated if s == PromiseStatus.BROKEN), default=None)
        last_kept = max((d for d, s in dated if s == PromiseStatus.KEPT), default=None)
        expected = last_broken is not None and (last_kept is None or last_kept < last_broken)
        assert flags[case_id] is expected, case_id
