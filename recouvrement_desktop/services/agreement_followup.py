"""The follow-up of each case's binding agreement from the payments received.

A case follows its latest binding agreement (signed, or signed by the officer and
awaiting the client's paper: its schedule binds already). The payments recorded on the
case since the day it became binding are imputed to its instalments, the oldest first
(``domain/agreement_followup.py``), with the grace days of the ``Policy``.

An instalment newly missed writes one INSTALMENT_MISSED entry (once per agreement and
instalment, whatever the number of runs) and brings the case back to the officer's queue:
its next action becomes the day of the follow-up, unless one is due sooner.
``Case.agreement_default_since`` marks a plan in default (the queue filters on it), and
``Case.agreement_check_on`` holds the next day an instalment may become missed, so that
the daily run (``follow_due_agreements``, a start-up job) reads only the cases due a check.

The follow-up runs where payments are written (a payment recorded, a statement imported,
a payment allocated), when an agreement is made binding, and daily at start-up. Every
run is idempotent: a second run on the same day changes nothing. Writes go through the
ORM, so the audit chain covers them; one audit event per run names the missed entries.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Final

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, AuditChainHead, Case, JournalEntry
from recouvrement_desktop.domain.agreement_followup import (
    InstalmentState,
    InstalmentStatus,
    follow,
    next_check,
    progress,
)
from recouvrement_desktop.domain.legal_deadlines import Instalment, Payment
from recouvrement_desktop.domain.policy import DEMO_POLICY, Policy
from recouvrement_desktop.domain.recovery import AgreementState, JournalKind
from recouvrement_desktop.services.legal_deadlines import case_payments, snapshot_terms
from recouvrement_desktop.services.unit_of_work import UnitOfWork, unit_of_work
from recouvrement_desktop.services.views import PlanFollowUp

__all__ = [
    "BINDING",
    "FollowUpReport",
    "PlanFollowUp",
    "cases_due_a_check",
    "follow_case",
    "follow_due_agreements",
    "follow_in",
    "plan_follow_up",
]

BINDING: Final = (AgreementState.SIGNED, AgreementState.AWAITING_COUNTERSIGNATURE)
BATCH_CASES: Final = 500
# A missed instalment is written at noon UTC of the day it is found, as payments are.
_ENTRY_TIME: Final = time(12, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class _Followed:
    """The binding agreement a case follows, as its snapshot and journal tell it."""

    reference: str
    bound_on: date
    instalments: tuple[Instalment, ...]
    entry_id: int | None  # its AGREEMENT entry


@dataclass
class FollowUpReport:
    missed: list[uuid.UUID] = field(default_factory=list)  # the INSTALMENT_MISSED entries
    in_default: int = 0  # cases that went into default in this run
    cured: int = 0  # cases whose missed instalments are all paid now

    def add(self, other: FollowUpReport) -> None:
        self.missed += other.missed
        self.in_default += other.in_default
        self.cured += other.cured


def _followed(session: Session, case_ids: Sequence[int]) -> dict[int, _Followed]:
    """The latest binding agreement of each case (a later one replaces the plan)."""
    rows = session.execute(
        select(
            Agreement.case_id,
            Agreement.reference,
            Agreement.signed_at,
            Agreement.created_at,
            Agreement.journal_entry_id,
            Agreement.snapshot,
            JournalEntry.occurred_at,
        )
        .outerjoin(JournalEntry, JournalEntry.id == Agreement.journal_entry_id)
        .where(Agreement.case_id.in_(case_ids), Agreement.status.in_(BINDING))
        .order_by(Agreement.id)
    ).all()
    found: dict[int, _Followed] = {}
    for case_id, reference, signed_at, created_at, entry_id, data, bound_at in rows:
        moment = bound_at or signed_at or created_at
        _contracts, instalments = snapshot_terms(data)
        found[case_id] = _Followed(
            reference, moment.astimezone(UTC).date(), instalments, entry_id
        )  # the latest (by id) stays
    return found


def _states(
    followed: _Followed, payments: Sequence[Payment], today: date, policy: Policy
) -> tuple[InstalmentState, ...]:
    since = [p for p in payments if p.received_on >= followed.bound_on]
    return follow(followed.instalments, since, today, policy.instalment_grace_days)


def _recorded(session: Session, case_ids: Sequence[int]) -> set[tuple[int, str, int]]:
    """(case, agreement, period) of the missed instalments already written."""
    rows = session.execute(
        select(JournalEntry.case_id, JournalEntry.payload).where(
            JournalEntry.case_id.in_(case_ids), JournalEntry.kind == JournalKind.INSTALMENT_MISSED
        )
    )
    return {
        (case_id, str(payload.get("agreement")), int(payload.get("period", 0)))
        for case_id, payload in rows
        if payload
    }


def _missed_entry(
    case_id: int, followed: _Followed, state: InstalmentState, today: date, policy: Policy
) -> JournalEntry:
    return JournalEntry(
        uuid=uuid.uuid4(),
        case_id=case_id,
        kind=JournalKind.INSTALMENT_MISSED,
        occurred_at=datetime.combine(today, _ENTRY_TIME),
        officer_id=None,  # found by the application, not by an officer
        refers_to_id=followed.entry_id,
        amount=state.outstanding,
        due_date=state.due,
        note=followed.reference,
        payload={
            "agreement": followed.reference,
            "period": state.number,
            "due_date": state.due.isoformat(),
            "amount": str(state.amount),
            "outstanding": str(state.outstanding),
            "missed_on": state.missed_on.isoformat(),
            "grace_days": policy.instalment_grace_days,
        },
    )


def follow_in(
    uow: UnitOfWork, today: date, case_ids: Sequence[int], policy: Policy = DEMO_POLICY
) -> FollowUpReport:
    """Follow the agreements of ``case_ids`` on *today*, inside an open unit of work."""
    report = FollowUpReport()
    if not case_ids:
        return report
    session = uow.session
    # Serialise follow-ups (PostgreSQL): the second run sees the first one's entries.
    session.execute(select(AuditChainHead.id).with_for_update()).all()
    ids = sorted(set(case_ids))
    followed = _followed(session, ids)
    payments = case_payments(session, list(followed))
    recorded = _recorded(session, list(followed))
    # The cases to follow, and those marked by an agreement no longer binding.
    marked = or_(Case.agreement_default_since.is_not(None), Case.agreement_check_on.is_not(None))
    chosen = select(Case).where(Case.id.in_(ids), or_(Case.id.in_(list(followed)), marked))
    cases = {case.id: case for case in session.scalars(chosen)}
    for case_id, case in cases.items():
        plan = followed.get(case_id)
        if plan is None:  # no binding agreement (any more): nothing to follow
            _mark(case, None, None, report)
            continue
        states = _states(plan, payments.get(case_id, []), today, policy)
        newly = [
            state
            for state in states
            if state.status is InstalmentStatus.MISSED
            and (case_id, plan.reference, state.number) not in recorded
        ]
        for state in newly:
            entry = _missed_entry(case_id, plan, state, today, policy)
            session.add(entry)
            report.missed.append(entry.uuid)
        if newly and (case.next_action_date is None or case.next_action_date > today):
            case.next_action_date = today  # back in the officer's queue today
        _mark(case, progress(states).default_since, next_check(states), report)
    if report.missed:
        uow.audit(
            "agreements.followed",
            "journal_entry",
            None,
            today=today.isoformat(),
            grace_days=policy.instalment_grace_days,
            missed=[str(one) for one in report.missed],
        )
    return report


def _mark(
    case: Case, default_since: date | None, check_on: date | None, report: FollowUpReport
) -> None:
    """Set the case's markers; an unchanged value is left alone (no write, no digest)."""
    if case.agreement_default_since != default_since:
        if case.agreement_default_since is None:
            report.in_default += 1
        elif default_since is None:
            report.cured += 1
        case.agreement_default_since = default_since
    if case.agreement_check_on != check_on:
        case.agreement_check_on = check_on


def follow_case(
    database: Database, case_id: int, today: date, policy: Policy = DEMO_POLICY
) -> FollowUpReport:
    with unit_of_work(database, None) as uow:
        return follow_in(uow, today, [case_id], policy)


def cases_due_a_check(session: Session, today: date) -> list[int]:
    """Cases with a binding agreement whose check is due, or without one (a database
    upgraded from a version without the follow-up, or a plan with nothing left to miss:
    few). Payments are followed where they are written, so no other case can change."""
    binding = select(Agreement.case_id).where(Agreement.status.in_(BINDING))
    statement = (
        select(Case.id)
        .where(
            Case.id.in_(binding),
            or_(Case.agreement_check_on.is_(None), Case.agreement_check_on <= today),
        )
        .order_by(Case.id)
    )
    return list(session.scalars(statement))


def follow_due_agreements(
    database: Database,
    today: date,
    policy: Policy = DEMO_POLICY,
    *,
    batch_cases: int = BATCH_CASES,
    after_batch: Callable[[int, int], None] | None = None,
) -> FollowUpReport:
    """The daily follow-up (a start-up job), one unit of work per batch of cases;
    ``after_batch(done, total)`` may raise to stop between committed batches."""
    with database.session() as session:
        case_ids = cases_due_a_check(session, today)
    report = FollowUpReport()
    for start in range(0, len(case_ids), batch_cases):
        with unit_of_work(database, None) as uow:
            report.add(follow_in(uow, today, case_ids[start : start + batch_cases], policy))
        if after_batch is not None:
            after_batch(min(start + batch_cases, len(case_ids)), len(case_ids))
    return report


def plan_follow_up(
    session: Session, case_id: int, today: date, policy: Policy = DEMO_POLICY
) -> PlanFollowUp | None:
    """Where the case's binding agreement stands on *today* (read only); ``None``
    without one."""
    plan = _followed(session, [case_id]).get(case_id)
    if plan is None:
        return None
    states = _states(plan, case_payments(session, [case_id]).get(case_id, []), today, policy)
    return PlanFollowUp(
        plan.reference, today, policy.instalment_grace_days, states, progress(states)
    )
