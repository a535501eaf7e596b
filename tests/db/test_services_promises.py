"""Promises settle themselves (services/promises.py), on SQLite and PostgreSQL.

Expected outcomes are worked out by hand in each case's comment."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.audit_verify import verify_chain
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, Case, JournalEntry
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import (
    CasePriority,
    CaseStage,
    JournalKind,
    PromiseStatus,
)
from recouvrement_desktop.services import journal
from recouvrement_desktop.services.promises import (
    PromisePolicy,
    settle_case_promises,
    settle_due_promises,
)
from recouvrement_desktop.services.views import JournalEntryView

from .conftest import new_client

D = date  # short dates in the tables below
NOV = 11


def promise(database: Database, officer: Identity, case_id: int, amount: str, made: date,
            due: date) -> JournalEntryView:  # fmt: skip
    at = datetime.combine(made, time(9, 0), tzinfo=UTC)
    return journal.add_promise(database, officer, case_id, Decimal(amount), due, now=at)


def pay(
    database: Database,
    officer: Identity,
    case_id: int,
    amount: str,
    on: date,
    policy: PromisePolicy | None = None,
) -> None:
    at = datetime.combine(on, time(17, 0), tzinfo=UTC)
    journal.record_payment(database, officer, case_id, Decimal(amount), on, now=at, policy=policy)


def outcomes(database: Database) -> dict[int, tuple[PromiseStatus | None, Decimal | None]]:
    with database.session() as session:
        rows = session.scalars(
            select(JournalEntry).where(JournalEntry.kind == JournalKind.PROMISE_OUTCOME)
        ).all()
    found: dict[int, tuple[PromiseStatus | None, Decimal | None]] = {}
    for row in rows:
        assert row.refers_to_id is not None and row.refers_to_id not in found  # one each
        found[row.refers_to_id] = (row.promise_status, row.amount)
    return found


def broken_flag(database: Database, case_id: int) -> bool:
    with database.session() as session:
        return session.get_one(Case, case_id).has_broken_promise


KEPT, BROKEN = PromiseStatus.KEPT, PromiseStatus.BROKEN
SCENARIOS = [
    # id, promised, payments (amount, day), policy, settlement day → status, paid
    ("exact", "100.00", [("100.00", D(2026, NOV, 10))], PromisePolicy(), D(2026, NOV, 16),
     KEPT, "100.00"),
    # 99.01 is 0.99 short: within the 1.00 tolerance.
    ("within tolerance", "100.00", [("99.01", D(2026, NOV, 15))], PromisePolicy(),
     D(2026, NOV, 16), KEPT, "99.01"),
    # 98.99 is 1.01 short.
    ("beyond tolerance", "100.00", [("98.99", D(2026, NOV, 15))], PromisePolicy(),
     D(2026, NOV, 16), BROKEN, "98.99"),
    # Two instalments of 60 + 45: the promise takes only what it needs (100).
    ("in two payments", "100.00", [("60.00", D(2026, NOV, 3)), ("45.00", D(2026, NOV, 12))],
     PromisePolicy(), D(2026, NOV, 16), KEPT, "100.00"),
    # Paid before the promise was made: not a payment towards it.
    ("paid before", "100.00", [("100.00", D(2026, 10, 30))], PromisePolicy(), D(2026, NOV, 16),
     BROKEN, "0.00"),
    # Paid two days late, no grace.
    ("late", "100.00", [("100.00", D(2026, NOV, 17))], PromisePolicy(), D(2026, NOV, 18),
     BROKEN, "0.00"),
    # Paid two days late with three days of grace.
    ("late with grace", "100.00", [("100.00", D(2026, NOV, 17))],
     PromisePolicy(grace_days=3), D(2026, NOV, 18), KEPT, "100.00"),
    # No payment, due date not passed: still pending.
    ("not yet due", "100.00", [], PromisePolicy(), D(2026, NOV, 15), None, None),
    # Due yesterday with grace left: still pending.
    ("grace running", "100.00", [], PromisePolicy(grace_days=3), D(2026, NOV, 17), None, None),
    # Grace over (due 15th + 3 days = 18th, settled on the 19th).
    ("grace over", "100.00", [], PromisePolicy(grace_days=3), D(2026, NOV, 19), BROKEN, "0.00"),
    # Zero tolerance: one cent short is broken.
    ("strict", "100.00", [("99.99", D(2026, NOV, 15))],
     PromisePolicy(tolerance_amount=Decimal("0.00")), D(2026, NOV, 16), BROKEN, "99.99"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("promised", "payments", "policy", "today", "status", "paid"),
    [s[1:] for s in SCENARIOS],
    ids=[s[0] for s in SCENARIOS],
)
def test_one_promise(
    database: Database,
    officer: Identity,
    case: Case,
    promised: str,
    payments: list[tuple[str, date]],
    policy: PromisePolicy,
    today: date,
    status: PromiseStatus | None,
    paid: str | None,
) -> None:
    made, due = D(2026, NOV, 1), D(2026, NOV, 15)
    entry = promise(database, officer, case.id, promised, made, due)
    for amount, day in payments:
        pay(database, officer, case.id, amount, day, policy)
    report = settle_due_promises(database, today, policy)
    found = outcomes(database)
    if status is None:
        assert found == {}
        assert (report.kept, report.broken) == ([], [])
        return
    assert found == {entry.id: (status, Decimal(paid or "0"))}
    assert broken_flag(database, case.id) is (status == BROKEN)


def test_one_payment_never_counts_twice(database: Database, officer: Identity, case: Case) -> None:
    first = promise(database, officer, case.id, "100.00", D(2026, NOV, 1), D(2026, NOV, 10))
    second = promise(database, officer, case.id, "100.00", D(2026, NOV, 1), D(2026, NOV, 20))
    # 150 on the 5th: 100 to the first promise (due first), 50 to the second.
    pay(database, officer, case.id, "150.00", D(2026, NOV, 5))
    assert outcomes(database) == {first.id: (KEPT, Decimal("100.00"))}
    settle_due_promises(database, D(2026, NOV, 21), PromisePolicy())
    assert outcomes(database) == {
        first.id: (KEPT, Decimal("100.00")),
        second.id: (BROKEN, Decimal("50.00")),
    }


def test_settling_twice_writes_nothing_more(
    database: Database, officer: Identity, case: Case
) -> None:
    promise(database, officer, case.id, "80.00", D(2026, NOV, 1), D(2026, NOV, 10))
    first = settle_due_promises(database, D(2026, NOV, 11), PromisePolicy())
    again = settle_due_promises(database, D(2026, NOV, 30), PromisePolicy())
    again_case = settle_case_promises(database, case.id, D(2026, NOV, 30))
    assert len(first.broken) == 1
    assert (again.kept, again.broken, again_case.kept, again_case.broken) == ([], [], [], [])
    assert len(outcomes(database)) == 1
    with database.session() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert actions.count("promises.settle") == 1


def test_the_broken_flag_follows_the_latest_promises(
    database: Database, officer: Identity, case: Case
) -> None:
    early = promise(database, officer, case.id, "50.00", D(2026, NOV, 1), D(2026, NOV, 5))
    late = promise(database, officer, case.id, "50.00", D(2026, NOV, 1), D(2026, NOV, 25))
    settle_due_promises(database, D(2026, NOV, 6), PromisePolicy())
    assert outcomes(database)[early.id][0] == BROKEN
    assert broken_flag(database, case.id)
    # Keeping a promise due later closes the broken one: the client is back on track.
    pay(database, officer, case.id, "50.00", D(2026, NOV, 20))
    assert outcomes(database)[late.id] == (KEPT, Decimal("50.00"))
    assert not broken_flag(database, case.id)


def test_a_kept_promise_due_earlier_leaves_a_later_broken_one_open(
    database: Database, officer: Identity, case: Case
) -> None:
    kept = promise(database, officer, case.id, "30.00", D(2026, NOV, 1), D(2026, NOV, 5))
    broken = promise(database, officer, case.id, "40.00", D(2026, NOV, 1), D(2026, NOV, 20))
    # 30 on the 3rd: all to `kept` (due first), nothing left for `broken`.
    pay(database, officer, case.id, "30.00", D(2026, NOV, 3))
    settle_due_promises(database, D(2026, NOV, 21), PromisePolicy())
    assert outcomes(database) == {
        kept.id: (KEPT, Decimal("30.00")),
        broken.id: (BROKEN, Decimal("0.00")),
    }
    assert broken_flag(database, case.id)


def test_the_whole_database_in_batches_with_one_audit_event_each(
    database: Database, officer: Identity, case: Case
) -> None:
    with database.transaction() as session:
        others = [
            Case(
                reference=f"DOS-2026-{n:06d}",
                client=new_client(f"C{n:07d}"),
                officer_id=officer.id,
                stage=CaseStage.AMICABLE,
                priority=CasePriority.NORMAL,
                opened_on=D(2026, 9, 1),
            )
            for n in range(2, 6)
        ]
        session.add_all(others)
    ids = [case.id, *(c.id for c in others)]
    expected: dict[int, PromiseStatus] = {}
    for number, case_id in enumerate(ids):
        entry = promise(database, officer, case_id, "10.00", D(2026, NOV, 1), D(2026, NOV, 9))
        if number % 2 == 0:  # even cases pay on the 8th (outcome written with the payment)
            pay(database, officer, case_id, "10.00", D(2026, NOV, 8))
            expected[entry.id] = KEPT
        else:
            expected[entry.id] = BROKEN
    report = settle_due_promises(database, D(2026, NOV, 10), PromisePolicy(), batch_cases=1)
    assert (len(report.kept), len(report.broken)) == (0, 2)
    assert {k: v[0] for k, v in outcomes(database).items()} == expected
    assert [broken_flag(database, case_id) for case_id in ids] == [False, True, False, True, False]
    with database.session() as session:
        settles = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "promises.settle")
        ).all()
        assert verify_chain(session).intact
    assert len(settles) == 3 + 2  # three payments, then two batches with a broken promise
    assert sorted(u for e in settles[-2:] for u in e.details["broken"]) == sorted(
        str(u) for u in report.broken
    )
