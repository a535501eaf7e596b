"""The legal deadlines of a case's contracts, read from what the database holds, and
the case's nearest forclusion date that the work queue filters and orders by.

What each contract's deadline is follows ``domain/legal_deadlines.py``. The inputs:

- the contract's first unregularised unpaid instalment, as the core system reports it
  (``Loan.first_unpaid_date``); a row stored before the column existed has none, and
  its date is derived from its days past due, counted back from the day the row was
  last brought up to date;
- the first signed agreement whose contracts include it (R312-35 names the first
  rescheduling): the two years then run from the agreement's own first unpaid
  instalment, the payments recorded on the case since its signature imputed to its
  oldest instalments first.

``Case.forclusion_date`` holds the nearest end of two years among the case's contracts,
counted from an event that may still be to come (an agreement's next instalment): it
does not change with the days, only when a contract, an agreement or a payment does, so
the services that change those refresh it (``refresh_cases``), covered by the audit
chain as any ORM write.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, JournalEntry, Loan
from recouvrement_desktop.domain.legal_deadlines import (
    DeadlineRule,
    Instalment,
    Payment,
    expiry_from,
    first_uncovered,
    forclusion,
    forclusion_event,
    rule_of,
)
from recouvrement_desktop.domain.recovery import AgreementState, JournalKind, LoanCategory
from recouvrement_desktop.services.unit_of_work import unit_of_work
from recouvrement_desktop.services.views import LoanDeadline

__all__ = [
    "QUEUE_WINDOW_DAYS",
    "WARNING_DAYS",
    "AgreementTerms",
    "case_deadlines",
    "case_payments",
    "derived_first_unpaid",
    "missing_cases",
    "nearest_forclusion",
    "refresh_cases",
    "refresh_missing",
    "snapshot_terms",
]

WARNING_DAYS: Final = 60  # a forclusion this close is marked in the panel and the queue
QUEUE_WINDOW_DAYS: Final = 90  # the queue's filter "forclusion within 90 days"
_CHUNK: Final = 500


@dataclass(frozen=True, slots=True)
class AgreementTerms:
    """What a signed agreement tells the deadlines: its contracts and its instalments."""

    reference: str
    signed_on: date
    contracts: frozenset[str]
    instalments: tuple[Instalment, ...]


def derived_first_unpaid(loan: Loan, today: date | None = None) -> tuple[date | None, bool]:
    """The contract's first unpaid instalment, and whether it was derived (no date
    stored: its days past due counted back from its last update, or from ``today`` for
    a contract not written yet)."""
    if loan.first_unpaid_date is not None:
        return loan.first_unpaid_date, False
    if loan.days_past_due <= 0:
        return None, False
    written = loan.updated_at.date() if loan.updated_at is not None else today or date.today()
    return written - timedelta(days=loan.days_past_due), True


def _agreements(session: Session, case_ids: Sequence[int]) -> dict[int, list[AgreementTerms]]:
    """The signed agreements of the cases, oldest signature first."""
    found: dict[int, list[AgreementTerms]] = defaultdict(list)
    rows = session.execute(
        select(Agreement.case_id, Agreement.reference, Agreement.signed_at, Agreement.snapshot)
        .where(Agreement.case_id.in_(case_ids), Agreement.status == AgreementState.SIGNED)
        .order_by(Agreement.signed_at, Agreement.id)
    ).all()
    for case_id, reference, signed_at, data in rows:
        contracts, instalments = snapshot_terms(data)
        found[case_id].append(
            AgreementTerms(
                reference=reference,
                signed_on=(signed_at or datetime.min).date(),
                contracts=contracts,
                instalments=instalments,
            )
        )
    return found


def snapshot_terms(data: Mapping[str, Any]) -> tuple[frozenset[str], tuple[Instalment, ...]]:
    """The contracts and the instalments (what the client pays on each due date) of a
    stored snapshot. Format 1 is read here directly: its reader brings the documents
    layer (PDF, seals), a second's import the queue does not need."""
    if data.get("format") == 1:
        model = data["model"]
        return frozenset(str(c["reference"]) for c in model["contracts"]), tuple(
            Instalment(
                date.fromisoformat(row["due_date"]),
                Decimal(row["payment"])
                + Decimal(row["insurance"])
                + Decimal(row.get("extra", "0")),
            )
            for row in model["rows"]
        )
    from recouvrement_desktop.services.agreements.snapshot import (  # noqa: PLC0415
        read_snapshot,
    )

    snapshot = read_snapshot(data)  # a newer format is refused there, with its message
    return frozenset(c.reference for c in snapshot.model.contracts), tuple(
        Instalment(row.due_date, row.total_due) for row in snapshot.schedule.rows
    )


def case_payments(session: Session, case_ids: Sequence[int]) -> dict[int, list[Payment]]:
    """The payments of the cases by the day they were received, a reversal as the
    negative payment it is."""
    found: dict[int, list[Payment]] = defaultdict(list)
    rows = session.execute(
        select(JournalEntry.case_id, JournalEntry.occurred_at, JournalEntry.amount).where(
            JournalEntry.case_id.in_(case_ids), JournalEntry.kind == JournalKind.PAYMENT
        )
    )
    for case_id, occurred_at, amount in rows:
        if amount is not None:
            found[case_id].append(Payment(occurred_at.astimezone(UTC).date(), amount))
    return found


def _restart(
    contract: str, agreements: Sequence[AgreementTerms], payments: Sequence[Payment]
) -> tuple[AgreementTerms, date | None] | None:
    """The agreement that restarted the contract's two years and its first instalment
    the payments since its signature do not cover. The text names the first rescheduling
    ("après le premier aménagement ou rééchelonnement"): the earliest signed agreement
    naming the contract, so that a later one never pushes the date back."""
    naming = [one for one in agreements if contract in one.contracts]
    if not naming:
        return None
    agreement = naming[0]
    since = [p for p in payments if p.received_on >= agreement.signed_on]
    first = first_uncovered(agreement.instalments, since)
    return agreement, first.due if first is not None else None


def _loan_deadlines(
    loans: Iterable[Loan],
    agreements: Sequence[AgreementTerms],
    payments: Sequence[Payment],
    today: date,
) -> tuple[LoanDeadline, ...]:
    deadlines = []
    for loan in loans:
        first_unpaid, derived = derived_first_unpaid(loan)
        restart = _restart(loan.contract_number, agreements, payments)
        agreement, rescheduled_first = restart if restart else (None, None)
        # An agreement's next instalment counts once it is due and unpaid.
        unpaid = rescheduled_first if rescheduled_first and rescheduled_first <= today else None
        deadlines.append(
            LoanDeadline(
                loan_id=loan.id,
                contract_number=loan.contract_number,
                category=loan.category,
                first_unpaid_date=first_unpaid,
                first_unpaid_derived=derived,
                agreement_reference=agreement.reference if agreement else None,
                agreement_first_unpaid=unpaid,
                forclusion=forclusion(
                    loan.category,
                    first_unpaid,
                    today,
                    rescheduled_first_unpaid=rescheduled_first,
                    rescheduled=agreement is not None,
                ),
            )
        )
    return tuple(deadlines)


def case_deadlines(session: Session, case: Case, today: date) -> tuple[LoanDeadline, ...]:
    """The deadlines of each of the case's contracts, in the order of its loans."""
    agreements = _agreements(session, [case.id]).get(case.id, [])
    payments = case_payments(session, [case.id]).get(case.id, [])
    return _loan_deadlines(case.loans, agreements, payments, today)


def nearest_forclusion(
    loans: Iterable[Loan],
    agreements: Sequence[AgreementTerms] = (),
    payments: Sequence[Payment] = (),
    *,
    today: date | None = None,
) -> date | None:
    """The nearest end of two years among the contracts, counted from events that may
    still be to come: what ``Case.forclusion_date`` holds."""
    ends = []
    for loan in loans:
        first_unpaid, _derived = derived_first_unpaid(loan, today)
        restart = _restart(loan.contract_number, agreements, payments)
        event = forclusion_event(
            loan.category,
            first_unpaid,
            rescheduled_first_unpaid=restart[1] if restart else None,
            rescheduled=restart is not None,
        )
        if event is not None:
            ends.append(expiry_from(event))
    return min(ends, default=None)


def refresh_cases(session: Session, case_ids: Iterable[int]) -> int:
    """Bring ``Case.forclusion_date`` of the cases up to date in the session (the flush
    covers the changed cases); returns how many changed."""
    ids = sorted(set(case_ids))
    changed = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        cases = session.scalars(select(Case).where(Case.id.in_(chunk))).all()
        loans: dict[int, list[Loan]] = defaultdict(list)
        for loan in session.scalars(select(Loan).where(Loan.case_id.in_(chunk))):
            loans[loan.case_id].append(loan)
        agreements = _agreements(session, chunk)
        payments = case_payments(session, chunk)
        for case in cases:
            nearest = nearest_forclusion(
                loans.get(case.id, []), agreements.get(case.id, []), payments.get(case.id, [])
            )
            if case.forclusion_date != nearest:
                case.forclusion_date = nearest
                changed += 1
    return changed


_FORCLUSION_CATEGORIES: Final = tuple(
    category for category in LoanCategory if rule_of(category) is not DeadlineRule.MORTGAGE
)


def missing_cases(session: Session) -> list[int]:
    """Cases with a consumer credit or an overdraft in arrears and no forclusion date
    yet: those stored before the date was kept."""
    in_arrears = exists().where(
        Loan.case_id == Case.id,
        Loan.category.in_(_FORCLUSION_CATEGORIES),
        or_(Loan.first_unpaid_date.is_not(None), Loan.days_past_due > 0),
    )
    return list(session.scalars(select(Case.id).where(Case.forclusion_date.is_(None), in_arrears)))


def refresh_missing(
    database: Database,
    *,
    batch_cases: int = _CHUNK,
    after_batch: Callable[[int, int], None] | None = None,
) -> int:
    """Fill the forclusion dates a database upgraded from an older version lacks (a
    start-up job, one unit of work per batch); returns how many cases got one."""
    with database.session() as session:
        case_ids = missing_cases(session)
    filled = 0
    for start in range(0, len(case_ids), batch_cases):
        with unit_of_work(database, None) as uow:
            filled += refresh_cases(uow.session, case_ids[start : start + batch_cases])
        if after_batch is not None:
            after_batch(min(start + batch_cases, len(case_ids)), len(case_ids))
    return filled
