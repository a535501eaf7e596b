"""Read side of the case database for the window: pages of the work queue, one case whole.

Filtering and ordering happen in SQL so that the queue stays fast at 100,000 cases and
more; the window only ever holds the rows it shows. Pages are keyset pages: each one
continues after the last row of the previous one, so scrolling deep costs no more than
the first page (no OFFSET).

An order is a list of *segments* walked one after the other, each a plain index walk on
``(key, id)``: the day's work is "urgent cases by amount at risk" then "the others by
amount at risk" (urgency depends on today, so it cannot be stored or indexed), and a
column that may be empty is "rows with a value" then "rows without" (empty last).

A search by name, phone or reference is a condition built by ``services/case_search.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Flag, StrEnum, auto
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    exists,
    func,
    or_,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session, selectinload

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    Case,
    Client,
    JournalEntry,
    Loan,
    Officer,
)
from recouvrement_desktop.domain.recovery import CaseStage, JournalKind, LoanCategory
from recouvrement_desktop.services.agreement_followup import plan_follow_up
from recouvrement_desktop.services.case_search import CaseSearch
from recouvrement_desktop.services.legal_deadlines import WARNING_DAYS, case_deadlines
from recouvrement_desktop.services.overindebtedness import current_file_of, ficp_registrations
from recouvrement_desktop.services.reference_data import refresh_current
from recouvrement_desktop.services.views import (
    CaseDetail,
    JournalEntryView,
    OverindebtednessView,
    case_view,
    client_view,
    journal_entry_view,
    loan_view,
    overindebtedness_view,
)

HISTORY_LIMIT = 500
# Above every character: the end of a range that holds every text.
_HIGHEST_CHARACTER = "\U0010ffff"


class DaysPastDueBucket(StrEnum):
    UP_TO_30 = "0-30"
    FROM_31_TO_60 = "31-60"
    FROM_61_TO_90 = "61-90"
    OVER_90 = "90+"

    @property
    def bounds(self) -> tuple[int, int | None]:
        return _BUCKET_BOUNDS[self]


_BUCKET_BOUNDS: dict[DaysPastDueBucket, tuple[int, int | None]] = {
    DaysPastDueBucket.UP_TO_30: (0, 30),
    DaysPastDueBucket.FROM_31_TO_60: (31, 60),
    DaysPastDueBucket.FROM_61_TO_90: (61, 90),
    DaysPastDueBucket.OVER_90: (91, None),
}


@dataclass(frozen=True)
class CaseFilter:
    search: str = ""
    stage: CaseStage | None = None
    days_past_due: DaysPastDueBucket | None = None
    loan_category: LoanCategory | None = None
    officer_id: int | None = None
    due_only: bool = False  # next action due today or overdue
    # Cases whose nearest forclusion ends within this many days (or has ended).
    forclusion_within: int | None = None
    # Cases whose binding agreement has a missed instalment (services/agreement_followup).
    agreement_in_default: bool = False
    # The cases of one branch (those assigned to its officers, and the unassigned ones):
    # an officer's or a supervisor's queue (``services.permissions.queue_branch``).
    branch: str | None = None


class SortKey(StrEnum):
    REFERENCE = "reference"
    CLIENT = "client"
    STAGE = "stage"
    ARREARS = "arrears"
    DAYS_PAST_DUE = "days_past_due"
    NEXT_ACTION = "next_action"
    OFFICER = "officer"
    LAST_CONTACT = "last_contact"
    FORCLUSION = "forclusion"


@dataclass(frozen=True)
class CaseSort:
    """An order chosen by the officer; ``None`` in its place means the day's work."""

    key: SortKey
    descending: bool = False


class CaseFlags(Flag):
    """What deserves the officer's attention on a case. Later work adds its sources."""

    NONE = 0
    BROKEN_PROMISE = auto()
    PENDING_APPROVAL = auto()
    AWAITING_SIGNATURE = auto()
    FORCLUSION_SOON = auto()  # a forclusion ends within WARNING_DAYS
    AGREEMENT_DEFAULT = auto()  # an instalment of the binding agreement missed


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
    flags: CaseFlags = CaseFlags.NONE
    forclusion_date: date | None = None
    agreement_default_since: date | None = None


@dataclass(frozen=True)
class PageCursor:
    """Where the next page starts: after row ``id`` of ``segment``, whose key was ``key``."""

    segment: int
    key: Any
    id: int


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseRow]
    next: PageCursor | None  # None: there is nothing after these rows


@dataclass(frozen=True)
class OfficerChoice:
    id: int
    full_name: str


@dataclass(frozen=True)
class _Segment:
    where: ColumnElement[bool] | None
    key: SQLColumnExpression[Any] | None  # None: rows ordered by id alone
    descending: bool
    # A range that holds every row, for the first page: it leads SQLite to walk the key's
    # index rather than sort the whole table (needed for a key on a joined table).
    everything: ColumnElement[bool] | None = None

    def after(self, cursor: PageCursor) -> ColumnElement[bool]:
        if self.key is None:
            return Case.id < cursor.id if self.descending else Case.id > cursor.id
        # Row values compare (key, id) at once and walk an index on (key, id).
        row, last = tuple_(self.key, Case.id), (cursor.key, cursor.id)
        return row < last if self.descending else row > last

    def order(self) -> list[Any]:
        columns: list[Any] = [Case.id] if self.key is None else [self.key, Case.id]
        return [column.desc() if self.descending else column.asc() for column in columns]


def is_urgent(day: date) -> ColumnElement[bool]:
    """The day's work: a broken promise, or a next action due today or overdue."""
    return or_(Case.has_broken_promise.is_(True), Case.next_action_date <= day)


def in_branch(branch: str, *, in_order: bool = False) -> ColumnElement[bool]:
    """A case of *branch*'s queue: assigned to one of its officers, or to nobody yet.

    ``in_order``: for a page read in an order that has its index. A branch's queue is a
    large share of the cases: SQLite would read all of it by the officers' index and sort
    it (100 ms and more on 100,000 cases) where a walk of the order's index meets the
    first page at once; "+ 0" keeps it off the officers' index."""
    of_branch = select(Officer.id).where(Officer.branch == branch)
    officer = Case.officer_id + 0 if in_order else Case.officer_id
    return or_(officer.in_(of_branch), Case.officer_id.is_(None))


def _not_urgent(day: date) -> ColumnElement[bool]:
    # Spelled out rather than NOT(...): a missing next action date would make it NULL.
    return and_(
        Case.has_broken_promise.is_(False),
        or_(Case.next_action_date.is_(None), Case.next_action_date > day),
    )


_SORT_COLUMNS: dict[SortKey, tuple[Any, bool]] = {  # column, may be empty
    SortKey.REFERENCE: (Case.reference, False),
    SortKey.STAGE: (Case.stage, False),
    SortKey.ARREARS: (Case.total_arrears, False),
    SortKey.DAYS_PAST_DUE: (Case.days_past_due, False),
    SortKey.NEXT_ACTION: (Case.next_action_date, True),
    SortKey.LAST_CONTACT: (Case.last_contact_at, True),
    SortKey.FORCLUSION: (Case.forclusion_date, True),
}


def _segments(sort: CaseSort | None, day: date, officer_ids: Sequence[int]) -> list[_Segment]:
    if sort is None:
        return [
            _Segment(is_urgent(day), Case.total_arrears, descending=True),
            _Segment(_not_urgent(day), Case.total_arrears, descending=True),
        ]
    if sort.key == SortKey.OFFICER:
        # One segment per officer, in the order of their names: each walks the officer's
        # index instead of sorting every case by a name found in another table.
        officers = reversed(officer_ids) if sort.descending else officer_ids
        return [
            _Segment(Case.officer_id == officer, None, sort.descending) for officer in officers
        ] + [_Segment(Case.officer_id.is_(None), None, sort.descending)]
    if sort.key == SortKey.CLIENT:
        everything = (
            Client.search_name <= _HIGHEST_CHARACTER
            if sort.descending
            else Client.search_name >= ""
        )
        return [_Segment(None, Client.search_name, sort.descending, everything)]
    column, nullable = _SORT_COLUMNS[sort.key]
    if not nullable:
        return [_Segment(None, column, sort.descending)]
    return [
        _Segment(column.is_not(None), column, sort.descending),
        _Segment(column.is_(None), None, sort.descending),
    ]


def _bucket_days(case_filter: CaseFilter) -> range | None:
    """The days of a bounded days-past-due bucket of the filter, if any."""
    if case_filter.days_past_due is None:
        return None
    low, high = case_filter.days_past_due.bounds
    return None if high is None else range(low, high + 1)


def _ordered(
    segment: _Segment, where: list[ColumnElement[bool]], limit: int, days: range | None
) -> Select[*tuple[Any, ...]]:
    """The first ``limit`` rows that meet ``where``, in the segment's order.

    Within a bucket of days past due ordered by amount, a walk of the amount index meets
    the bucket late (few days late means small arrears) and a read of the bucket is a
    large sort: instead, take the first ids of each day from the index on (days past due,
    amount, id), keep the first of those, and only then read their rows.
    """
    statement = _queue_select(segment.key)
    if days is None:
        return statement.where(*where).order_by(*segment.order()).limit(limit)
    parts = [
        select(
            select(Case.id, Case.total_arrears.label("amount"))
            .where(*where, Case.days_past_due == day)
            .order_by(*segment.order())
            .limit(limit)
            .subquery()
        )
        for day in days
    ]
    merged = union_all(*parts).subquery()
    keys = [merged.c.amount, merged.c.id]
    first = select(merged.c.id).order_by(*(k.desc() if segment.descending else k for k in keys))
    return (
        statement.where(Case.id.in_(first.limit(limit).scalar_subquery()))
        .order_by(*segment.order())
        .limit(limit)
    )


class CaseQueries:
    def __init__(self, database: Database) -> None:
        self.database = database
        self._search = CaseSearch(database)

    # --- the work queue -------------------------------------------------------------

    def page_after(
        self,
        case_filter: CaseFilter,
        after: PageCursor | None,
        limit: int,
        *,
        sort: CaseSort | None = None,
        today: date | None = None,
    ) -> CasePage:
        """The ``limit`` rows that follow ``after`` (the first ones if ``None``), in the
        day's work order (due or overdue actions and broken promises first, then the
        largest amounts at risk) or in ``sort``."""
        day = today or date.today()
        rows: list[CaseRow] = []
        cursor = after
        with self.database.session() as session:
            officer_ids = _officer_ids(session) if sort and sort.key == SortKey.OFFICER else []
            segments = _segments(sort, day, officer_ids)
            conditions = self._conditions(session, case_filter, day, counting=False)
            for number in range(after.segment if after else 0, len(segments)):
                segment = segments[number]
                where = list(conditions)
                if segment.where is not None:
                    where.append(segment.where)
                if after is not None and number == after.segment:
                    where.append(segment.after(after))
                elif segment.everything is not None:
                    where.append(segment.everything)
                days = _bucket_days(case_filter) if segment.key is Case.total_arrears else None
                statement = _ordered(segment, where, limit - len(rows), days)
                fetched = session.execute(statement).all()
                rows.extend(_case_row(row, day) for row in fetched)
                if fetched:
                    cursor = PageCursor(number, fetched[-1].sort_key, fetched[-1].id)
                if len(rows) == limit:
                    return CasePage(rows, cursor)
        return CasePage(rows, None)

    def page(
        self, case_filter: CaseFilter, offset: int, limit: int, today: date | None = None
    ) -> list[CaseRow]:
        """Rows ``offset`` to ``offset + limit`` of the day's work (prefer ``page_after``:
        an offset is paid for by reading every row before it)."""
        return self.page_after(case_filter, None, offset + limit, today=today).rows[offset:]

    def count(
        self, case_filter: CaseFilter, cap: int | None = None, today: date | None = None
    ) -> int:
        """How many cases match, counting no further than ``cap + 1`` if a cap is given
        (a result above ``cap`` means "more than cap")."""
        day = today or date.today()
        with self.database.session() as session:
            conditions = self._conditions(session, case_filter, day, counting=True)
            matching = select(Case.id).where(*conditions)
            if cap is not None:
                matching = matching.limit(cap + 1)
            statement = select(func.count()).select_from(matching.subquery())
            return int(session.execute(statement).scalar_one())

    def officers(self) -> list[OfficerChoice]:
        """Every officer, by name: the choices of the officer filter."""
        with self.database.session() as session:
            rows = session.execute(_officers_by_name()).all()
        return [OfficerChoice(row.id, row.full_name) for row in rows]

    def _conditions(
        self, session: Session, case_filter: CaseFilter, day: date, *, counting: bool
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if case_filter.stage is not None:
            conditions.append(Case.stage == case_filter.stage)
        if case_filter.days_past_due is not None:
            # "+ 0" keeps SQLite off the days-past-due index: a bucket is a large share of
            # the cases, met sooner by walking the order's index than read whole and sorted.
            days = Case.days_past_due + 0
            low, high = case_filter.days_past_due.bounds
            conditions.append(days >= low)
            if high is not None:
                conditions.append(days <= high)
        if case_filter.loan_category is not None:
            conditions.append(
                exists().where(Loan.case_id == Case.id, Loan.category == case_filter.loan_category)
            )
        if case_filter.officer_id is not None:
            conditions.append(Case.officer_id == case_filter.officer_id)
        if case_filter.branch is not None:
            conditions.append(in_branch(case_filter.branch, in_order=not counting))
        if case_filter.due_only:
            conditions.append(Case.next_action_date <= day)
        if case_filter.forclusion_within is not None:
            # A plain date bound: the same SQL on SQLite and PostgreSQL, on the index.
            bound = day + timedelta(days=case_filter.forclusion_within)
            conditions.append(Case.forclusion_date <= bound)
        if case_filter.agreement_in_default:
            # Spelt as the partial index says: the planner then walks it (few cases).
            conditions.append(Case.agreement_default_since.is_not(None))
        search = self._search.condition(session, case_filter.search, counting=counting)
        if search is not None:
            conditions.append(search)
        return conditions

    # --- one case -------------------------------------------------------------------

    def detail(self, case_id: int, today: date | None = None) -> CaseDetail | None:
        day = today or date.today()
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
            # The simulator opened on this case checks against this database's thresholds.
            refresh_current(session)
            history = session.execute(
                select(JournalEntry)
                .where(JournalEntry.case_id == case_id)
                .order_by(JournalEntry.occurred_at.desc(), JournalEntry.id.desc())
                .limit(HISTORY_LIMIT)
            ).scalars()
            return CaseDetail(
                case=case_view(found, found.officer.full_name if found.officer else None),
                client=client_view(found.client),
                loans=tuple(loan_view(loan) for loan in found.loans),
                history=tuple(journal_entry_view(entry) for entry in history),
                deadlines=case_deadlines(session, found, day),
                today=day,
                overindebtedness=_current_file(session, case_id),
                ficp=ficp_registrations(session, found.client_id),
                plan=plan_follow_up(session, case_id, day),
            )


def _current_file(session: Session, case_id: int) -> OverindebtednessView | None:
    row = current_file_of(session, case_id)
    return None if row is None else overindebtedness_view(row)


def _officers_by_name() -> Select[int, str]:
    return select(Officer.id, Officer.full_name).order_by(Officer.full_name, Officer.id)


def _officer_ids(session: Session) -> list[int]:
    return [row.id for row in session.execute(_officers_by_name())]


def _queue_select(key: SQLColumnExpression[Any] | None) -> Select[*tuple[Any, ...]]:
    return (
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
            Case.forclusion_date,
            Case.agreement_default_since,
            (Case.id if key is None else key).label("sort_key"),
        )
        .join(Client, Client.id == Case.client_id)
        .outerjoin(Officer, Officer.id == Case.officer_id)
    )


def _case_row(row: Any, day: date) -> CaseRow:
    flags = CaseFlags.BROKEN_PROMISE if row.has_broken_promise else CaseFlags.NONE
    if row.forclusion_date is not None and forclusion_soon(row.forclusion_date, day):
        flags |= CaseFlags.FORCLUSION_SOON
    if row.agreement_default_since is not None:
        flags |= CaseFlags.AGREEMENT_DEFAULT
    return CaseRow(
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
        flags=flags,
        forclusion_date=row.forclusion_date,
        agreement_default_since=row.agreement_default_since,
    )


def forclusion_soon(expires_on: date, day: date) -> bool:
    """Whether a forclusion ending on ``expires_on`` deserves a marker on ``day``."""
    return (expires_on - day).days < WARNING_DAYS


def promise_outcomes(history: Sequence[JournalEntryView]) -> dict[int, JournalEntryView]:
    """Outcome entry of each promise found in ``history``, by promise id."""
    return {
        entry.refers_to_id: entry
        for entry in history
        if entry.kind == JournalKind.PROMISE_OUTCOME and entry.refers_to_id is not None
    }
