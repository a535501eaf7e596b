"""Read side of the case database for the window: pages of the work queue, one case whole.

Filtering and ordering happen in SQL so that the queue stays fast at 100,000 cases and
more; the window only ever holds the rows it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import selectinload

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Client, JournalEntry, Loan, Officer
from recouvrement_desktop.domain.recovery import CaseStage, JournalKind
from recouvrement_desktop.domain.text import fold, phone_digits

HISTORY_LIMIT = 500
_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])
_PHONE_CHARACTERS = set("0123456789 +.-()/")


@dataclass(frozen=True)
class CaseFilter:
    search: str = ""


@dataclass(frozen=True)
class CaseRow:
    id: int
    reference: str
    client_name: str
    stage: CaseStage
    total_arrears: Decimal
    days_past_due: int
    next_action_date: date | None
    officer_name: str | None
    last_contact_at: datetime | None
    has_broken_promise: bool


@dataclass(frozen=True)
class CaseDetail:
    case: Case
    client: Client
    loans: list[Loan]
    history: list[JournalEntry]

    @property
    def total_owed(self) -> Decimal:
        return sum(
            (
                loan.outstanding_principal
                + loan.arrears_amount
                + loan.late_interest
                + loan.fees_and_penalties
                for loan in self.loans
            ),
            Decimal("0.00"),
        )


def _filtered(statement: _Query, case_filter: CaseFilter) -> _Query:
    text = case_filter.search.strip()
    if not text:
        return statement
    conditions = [
        Client.search_name.contains(fold(text), autoescape=True),
        Case.reference.startswith(text.upper(), autoescape=True),
    ]
    digits = phone_digits(text)
    if len(digits) >= 4 and set(text) <= _PHONE_CHARACTERS:
        conditions.append(Client.search_phones.contains(digits, autoescape=True))
    return statement.where(or_(*conditions))


class CaseQueries:
    def __init__(self, database: Database) -> None:
        self.database = database

    def page(
        self, case_filter: CaseFilter, offset: int, limit: int, today: date | None = None
    ) -> list[CaseRow]:
        """One page of the work queue: due or overdue actions and broken promises first,
        then the largest amounts at risk."""
        day = today or date.today()
        urgent = case((or_(Case.has_broken_promise, Case.next_action_date <= day), 0), else_=1)
        statement = (
            select(
                Case.id,
                Case.reference,
                Client.first_name,
                Client.last_name,
                Case.stage,
                Case.total_arrears,
                Case.days_past_due,
                Case.next_action_date,
                Officer.full_name,
                Case.last_contact_at,
                Case.has_broken_promise,
            )
            .join(Client, Client.id == Case.client_id)
            .outerjoin(Officer, Officer.id == Case.officer_id)
        )
        statement = _filtered(statement, case_filter)
        statement = statement.order_by(urgent, Case.total_arrears.desc(), Case.id)
        with self.database.session() as session:
            rows = session.execute(statement.offset(offset).limit(limit)).all()
        return [
            CaseRow(
                id=row.id,
                reference=row.reference,
                client_name=f"{row.first_name} {row.last_name}",
                stage=row.stage,
                total_arrears=row.total_arrears,
                days_past_due=row.days_past_due,
                next_action_date=row.next_action_date,
                officer_name=row.full_name,
                last_contact_at=row.last_contact_at,
                has_broken_promise=row.has_broken_promise,
            )
            for row in rows
        ]

    def count(self, case_filter: CaseFilter) -> int:
        statement = select(func.count(Case.id)).join(Client, Client.id == Case.client_id)
        with self.database.session() as session:
            return int(session.execute(_filtered(statement, case_filter)).scalar_one())

    def detail(self, case_id: int) -> CaseDetail | None:
        with self.database.session() as session:
            found = session.execute(
                select(Case)
                .where(Case.id == case_id)
                .options(
                    selectinload(Case.client), selectinload(Case.loans), selectinload(Case.officer)
                )
            ).scalar_one_or_none()
            if found is None:
                return None
            history = list(
                session.execute(
                    select(JournalEntry)
                    .where(JournalEntry.case_id == case_id)
                    .order_by(JournalEntry.occurred_at.desc(), JournalEntry.id.desc())
                    .limit(HISTORY_LIMIT)
                ).scalars()
            )
            return CaseDetail(found, found.client, list(found.loans), history)


def promise_outcomes(history: list[JournalEntry]) -> dict[int, JournalEntry]:
    """Outcome entry of each promise found in ``history``, by promise id."""
    return {
        entry.refers_to_id: entry
        for entry in history
        if entry.kind == JournalKind.PROMISE_OUTCOME and entry.refers_to_id is not None
    }
