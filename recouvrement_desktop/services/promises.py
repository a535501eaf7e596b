"""Promises to pay settle themselves from the payments received.

A promise made on day *M*, of amount *A*, due on day *D*, is **kept** as soon as the
payments allocated to it reach *A* minus the policy's tolerance; it is **broken** once its
window [*M*, *D* + grace days] has closed without that. Until then it stays pending.

Payments are allocated, case by case, in the order they were received, each to the open
promise due first whose window holds the payment's day (a payment may be split). So one
payment never counts twice: with two promises of 100 € due on the 10th and the 20th, a
single payment of 100 € keeps the first one only. A payment's day, and the day a promise
was made, are their UTC calendar days (payments are stored at noon UTC of their day).

An outcome is a PROMISE_OUTCOME entry whose ``refers_to_id`` points at the promise, with
``amount`` = the amount allocated to it and ``payload`` = the figures of the decision.
Promises that already have an outcome are never settled again (idempotent); concurrent
runs on PostgreSQL queue up on the audit chain's head row.

``Case.has_broken_promise`` is recomputed for every case that receives an outcome: it is
set while a broken promise stays *open*, that is, while no promise due on the same day or
later has been kept since (a kept promise shows the client back on track).

Work is set-based: one query finds the cases with unsettled promises; then, per batch of
cases, one query reads their promises, one their outcomes, one their payments; outcomes are
inserted in one statement, flags changed by two ``UPDATE … WHERE id IN``; one audit event
per batch names the settled promises. Each batch is its own unit of work.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update

from recouvrement_desktop.db.audit import cover_in_bulk
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditChainHead, Case, JournalEntry, table_of
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.recovery import JournalKind, PromiseStatus
from recouvrement_desktop.services.unit_of_work import UnitOfWork, unit_of_work

ZERO = Decimal("0.00")
BATCH_CASES = 2000


@dataclass(frozen=True)
class PromisePolicy:
    """``tolerance_amount``: shortfall still counted as kept; ``grace_days``: days after the
    due date during which a payment still counts."""

    tolerance_amount: Decimal = Decimal("1.00")
    grace_days: int = 0


@dataclass
class SettlementReport:
    kept: list[uuid.UUID] = field(default_factory=list)  # promise uuids
    broken: list[uuid.UUID] = field(default_factory=list)
    cases_flagged: int = 0  # cases left with an open broken promise
    cases_cleared: int = 0

    def add(self, other: SettlementReport) -> None:
        self.kept += other.kept
        self.broken += other.broken
        self.cases_flagged += other.cases_flagged
        self.cases_cleared += other.cases_cleared


@dataclass
class _Promise:
    id: int
    uuid: uuid.UUID
    made_on: date
    due_date: date
    amount: Decimal
    status: PromiseStatus | None  # None: no outcome yet
    paid: Decimal = ZERO

    def window_end(self, policy: PromisePolicy) -> date:
        return self.due_date + timedelta(days=policy.grace_days)

    def covered(self, policy: PromisePolicy) -> bool:
        return self.paid > 0 and self.amount - self.paid <= policy.tolerance_amount


def _utc_day(moment: datetime) -> date:
    return moment.astimezone(UTC).date()


def allocate(
    promises: Sequence[_Promise], payments: Iterable[tuple[date, Decimal]], policy: PromisePolicy
) -> None:
    """Spread the payments over the promises (earliest due first), filling ``paid``."""
    by_due = sorted(promises, key=lambda p: (p.due_date, p.made_on, p.id))
    for day, amount in sorted(payments):
        left = amount
        for promise in by_due:
            if left <= 0:
                break
            if promise.made_on <= day <= promise.window_end(policy):
                take = min(left, promise.amount - promise.paid)
                if take > 0:
                    promise.paid += take
                    left -= take


def decide(promise: _Promise, today: date, policy: PromisePolicy) -> PromiseStatus | None:
    """The outcome to write now, if any."""
    if promise.status is not None:
        return None
    if promise.covered(policy):
        return PromiseStatus.KEPT
    if today > promise.window_end(policy):
        return PromiseStatus.BROKEN
    return None


def has_open_broken(promises: Iterable[tuple[date, PromiseStatus | None]]) -> bool:
    settled = [(due, status) for due, status in promises if status is not None]
    return any(
        status == PromiseStatus.BROKEN
        and not any(s == PromiseStatus.KEPT and d >= due for d, s in settled)
        for due, status in settled
    )


def _unsettled_outcome_ids() -> Any:
    return (
        select(JournalEntry.refers_to_id)
        .where(JournalEntry.kind == JournalKind.PROMISE_OUTCOME)
        .where(JournalEntry.refers_to_id.is_not(None))
    )


def cases_with_unsettled_promises(database: Database) -> list[int]:
    # A non-correlated NOT IN: evaluated once (SQLite builds a transient index, PostgreSQL
    # a hashed subplan), where a correlated NOT EXISTS would scan per promise.
    statement = (
        select(JournalEntry.case_id)
        .where(JournalEntry.kind == JournalKind.PROMISE)
        .where(JournalEntry.id.not_in(_unsettled_outcome_ids()))
        .distinct()
        .order_by(JournalEntry.case_id)
    )
    with database.session() as session:
        return list(session.execute(statement).scalars())


def _load(uow: UnitOfWork, case_ids: Sequence[int]) -> dict[int, list[_Promise]]:
    session = uow.session
    statuses: dict[int | None, PromiseStatus | None] = {
        row.refers_to_id: row.promise_status
        for row in session.execute(
            select(JournalEntry.refers_to_id, JournalEntry.promise_status)
            .where(JournalEntry.kind == JournalKind.PROMISE_OUTCOME)
            .where(JournalEntry.case_id.in_(case_ids))
        )
    }
    promises: dict[int, list[_Promise]] = defaultdict(list)
    rows = session.execute(
        select(
            JournalEntry.id,
            JournalEntry.uuid,
            JournalEntry.case_id,
            JournalEntry.occurred_at,
            JournalEntry.due_date,
            JournalEntry.amount,
        )
        .where(JournalEntry.kind == JournalKind.PROMISE)
        .where(JournalEntry.case_id.in_(case_ids))
    )
    for row in rows:
        if row.due_date is None or row.amount is None:
            continue  # not a well-formed promise: nothing to settle
        promises[row.case_id].append(
            _Promise(
                row.id, row.uuid, _utc_day(row.occurred_at), row.due_date, row.amount,
                statuses.get(row.id),
            )
        )  # fmt: skip
    return promises


def _payments(uow: UnitOfWork, case_ids: Sequence[int]) -> dict[int, list[tuple[date, Decimal]]]:
    """The payments of the cases, less those the bank reversed (a reversal is a PAYMENT
    of the opposite amount that ``corrects`` the payment: neither counts)."""
    payments: dict[int, list[tuple[date, Decimal]]] = defaultdict(list)
    reversed_ids = (
        select(JournalEntry.corrects_id)
        .where(JournalEntry.kind == JournalKind.PAYMENT)
        .where(JournalEntry.corrects_id.is_not(None))
        .where(JournalEntry.case_id.in_(case_ids))
    )
    rows = uow.session.execute(
        select(JournalEntry.case_id, JournalEntry.occurred_at, JournalEntry.amount)
        .where(JournalEntry.kind == JournalKind.PAYMENT)
        .where(JournalEntry.case_id.in_(case_ids))
        .where(JournalEntry.id.not_in(reversed_ids))
    )
    for row in rows:
        if row.amount is not None and row.amount > 0:
            payments[row.case_id].append((_utc_day(row.occurred_at), row.amount))
    return payments


def settle_in(
    uow: UnitOfWork, today: date, policy: PromisePolicy, case_ids: Sequence[int]
) -> SettlementReport:
    """Settle the promises of ``case_ids`` inside an open unit of work."""
    report = SettlementReport()
    if not case_ids:
        return report
    session = uow.session
    # Serialise settlements (PostgreSQL): the second run sees the first one's outcomes.
    session.execute(select(AuditChainHead.id).with_for_update()).all()
    promises = _load(uow, case_ids)
    payments = _payments(uow, case_ids)
    now = utc_now()
    rows: list[dict[str, Any]] = []
    flagged: list[int] = []
    cleared: list[int] = []
    for case_id, case_promises in promises.items():
        allocate(case_promises, payments.get(case_id, []), policy)
        written = False
        for promise in case_promises:
            status = decide(promise, today, policy)
            if status is None:
                continue
            promise.status = status
            written = True
            (report.kept if status == PromiseStatus.KEPT else report.broken).append(promise.uuid)
            rows.append(_outcome_row(case_id, promise, status, now, policy))
        if written:
            open_broken = has_open_broken((p.due_date, p.status) for p in case_promises)
            (flagged if open_broken else cleared).append(case_id)
    if not rows:
        return report
    outcome_ids = session.scalars(insert(JournalEntry).returning(JournalEntry.id), rows).all()
    for ids, value in ((flagged, True), (cleared, False)):
        if ids:
            session.execute(
                update(Case)
                .where(Case.id.in_(ids))
                .values(has_broken_promise=value, updated_at=now)
                .execution_options(synchronize_session=False)
            )
    # Written past the ORM's flush: covered in the audit trail here, as a batch.
    cover_in_bulk(session, table_of(JournalEntry), keys=sorted(outcome_ids))
    cover_in_bulk(session, table_of(Case), keys=sorted(flagged + cleared))
    report.cases_flagged, report.cases_cleared = len(flagged), len(cleared)
    uow.audit(
        "promises.settle",
        "journal_entry",
        None,
        today=today.isoformat(),
        tolerance=policy.tolerance_amount,
        grace_days=policy.grace_days,
        kept=[str(u) for u in report.kept],
        broken=[str(u) for u in report.broken],
    )
    return report


def _outcome_row(
    case_id: int, promise: _Promise, status: PromiseStatus, now: datetime, policy: PromisePolicy
) -> dict[str, Any]:
    return {
        "uuid": uuid.uuid4(),
        "case_id": case_id,
        "kind": JournalKind.PROMISE_OUTCOME,
        "occurred_at": now,
        "recorded_at": now,
        "officer_id": None,  # decided by the application, not by an officer
        "refers_to_id": promise.id,
        "promise_status": status,
        "amount": promise.paid,
        "payload": {
            "promised": str(promise.amount),
            "paid": str(promise.paid),
            "tolerance": str(policy.tolerance_amount),
            "grace_days": policy.grace_days,
            "window_end": promise.window_end(policy).isoformat(),
        },
    }


def settle_case_promises(
    database: Database, case_id: int, today: date, policy: PromisePolicy | None = None
) -> SettlementReport:
    with unit_of_work(database, None) as uow:
        return settle_in(uow, today, policy or PromisePolicy(), [case_id])


def settle_due_promises(
    database: Database,
    today: date,
    policy: PromisePolicy | None = None,
    *,
    batch_cases: int = BATCH_CASES,
    after_batch: Callable[[int, int], None] | None = None,
) -> SettlementReport:
    """Settle every promise of the database that can be settled today (start-up job).

    ``after_batch(cases_done, cases_total)`` is called after each committed batch; an
    exception it raises stops the job there, every batch before it kept whole."""
    chosen = policy or PromisePolicy()
    report = SettlementReport()
    case_ids = cases_with_unsettled_promises(database)
    for start in range(0, len(case_ids), batch_cases):
        with unit_of_work(database, None) as uow:
            report.add(settle_in(uow, today, chosen, case_ids[start : start + batch_cases]))
        if after_batch is not None:
            after_batch(min(start + batch_cases, len(case_ids)), len(case_ids))
    return report
