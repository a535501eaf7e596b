"""Read side of the case database for the window: pages of the work queue, one case whole.

Filtering and ordering happen in SQL so that the queue stays fast at 100,000 cases and
more; the window only ever holds the rows it shows. Pages are keyset pages: each one
continues after the last row of the previous one, so scrolling deep costs no more than
the first page (no OFFSET).

An order is a list of *segments* walked one after the other, each a plain index walk on
``(key, id)``: the day's work is "urgent cases by amount at risk" then "the others by
amount at risk" (urgency depends on today, so it cannot be stored or indexed), and a
column that may be empty is "rows with a value" then "rows without" (empty last).

A search by name or phone finds its clients through a trigram index (migration 0004):
an FTS5 table asked here on SQLite, GIN indexes that serve LIKE by themselves on
PostgreSQL. Without it (a backend that cannot have it) a search reads every client and
finds the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Flag, StrEnum, auto
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    column,
    exists,
    false,
    func,
    or_,
    select,
    table,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session, aliased, selectinload

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    SEARCH_INDEX,
    Case,
    Client,
    JournalEntry,
    Loan,
    Officer,
)
from recouvrement_desktop.domain.recovery import CaseStage, JournalKind, LoanCategory
from recouvrement_desktop.domain.text import fold, phone_digits

HISTORY_LIMIT = 500
_PHONE_CHARACTERS = set("0123456789 +.-()/")
# Up to this many matching clients (or references), a search lists its candidates and
# sorts them; beyond, walking the queue's order index and checking each row is cheaper.
SPARSE_SEARCH_LIMIT = 2000
# Up to this many clients found by SQLite's search index, that walk checks each row
# against the set of them; beyond, against the client's own row (the walk is short then).
SEARCH_SET_LIMIT = 30_000
_HIGHEST_CHARACTER = "\U0010ffff"
# SQLite's search index of client names and phones (db/models.py: SEARCH_INDEX), an FTS5
# table whose rowid is the client's id. Its trigram tokenizer finds a word of 3 or more
# characters anywhere in a name; shorter words are checked on the rows it finds.
_SEARCH_INDEX = table(SEARCH_INDEX, column("rowid"), column("search_name"), column("search_phones"))
_TRIGRAM = 3


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


class SortKey(StrEnum):
    REFERENCE = "reference"
    CLIENT = "client"
    STAGE = "stage"
    ARREARS = "arrears"
    DAYS_PAST_DUE = "days_past_due"
    NEXT_ACTION = "next_action"
    OFFICER = "officer"
    LAST_CONTACT = "last_contact"


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


def prefix_match(column: Any, prefix: str, *, sqlite: bool) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, in a form the backend's index can serve.

    SQLite's LIKE ignores case and so cannot use a plain index: a range on the binary
    collation can. PostgreSQL's collations need not order by prefix: LIKE it is there.
    """
    if sqlite:
        return and_(column >= prefix, column < prefix + _HIGHEST_CHARACTER)
    result: ColumnElement[bool] = column.startswith(prefix, autoescape=True)
    return result


class CaseQueries:
    def __init__(self, database: Database) -> None:
        self.database = database
        self._search_index: bool | None = None  # whether SQLite's search index exists

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
                rows.extend(_case_row(row) for row in fetched)
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
        if case_filter.due_only:
            conditions.append(Case.next_action_date <= day)
        search = self._search_condition(session, case_filter.search, counting=counting)
        if search is not None:
            conditions.append(search)
        return conditions

    def _search_condition(
        self, session: Session, text: str, *, counting: bool
    ) -> ColumnElement[bool] | None:
        """Cases whose client's name holds every typed word (accents and case ignored),
        whose phone holds the typed digits, or whose reference starts with the text.

        ``counting``: for a count, which needs no order, rather than for a page."""
        # NUL is in no name nor reference, and neither FTS5 nor PostgreSQL take it in a
        # query: a separator, as invisible as a space.
        text = text.replace("\x00", " ").strip()
        if not text:
            return None
        client = aliased(Client)
        wanted = _client_words(text)
        client_match = _client_match(client, wanted)
        indexed = self._indexed_clients(session, wanted)
        reference_match = prefix_match(Case.reference, text.upper(), sqlite=self.database.is_sqlite)

        # Ask first how many match (stopping early): few candidates are best fetched by
        # their index and sorted; many are best met while walking the queue's index.
        clients: Sequence[int] = []
        if client_match is not None:
            candidates = indexed if indexed is not None else select(client.id).where(client_match)
            clients = session.scalars(candidates.limit(SPARSE_SEARCH_LIMIT + 1)).all()
        references = session.scalars(
            select(Case.id).where(reference_match).limit(SPARSE_SEARCH_LIMIT + 1)
        ).all()
        if max(len(clients), len(references)) <= SPARSE_SEARCH_LIMIT:
            return or_(
                Case.client_id.in_(clients) if clients else false(),
                Case.id.in_(references) if references else false(),
            )
        if client_match is None:
            return reference_match
        if indexed is not None:
            if counting:  # no order to follow: from the clients found, up to the cap
                return or_(Case.client_id.in_(indexed), reference_match)
            # The walk checks each row against the clients found, read once from the index
            # ("+ 0": never through the client index) unless they are so many that the
            # walk is short and reading them all would cost more than it saves.
            found = select(func.count()).select_from(indexed.limit(SEARCH_SET_LIMIT + 1).subquery())
            if session.execute(found).scalar_one() <= SEARCH_SET_LIMIT:
                return or_((Case.client_id + 0).in_(indexed), reference_match)
        return or_(exists().where(client.id == Case.client_id, client_match), reference_match)

    def _indexed_clients(self, session: Session, wanted: _ClientWords | None) -> Select[int] | None:
        """Ids of the clients ``wanted``, found through SQLite's search index; ``None`` when
        there is no index to ask (PostgreSQL's trigram indexes serve LIKE as it stands),
        or no word long enough to look up in it."""
        if wanted is None or not self._has_search_index(session):
            return None
        indexed = [word for word in wanted.words if len(word) >= _TRIGRAM]
        if not indexed:
            return None
        # Each word a quoted phrase, its quotes doubled: whatever was typed is text to
        # find, never query syntax (operators, column filters, prefixes, parentheses).
        query = " ".join('"' + word.replace('"', '""') + '"' for word in indexed)
        statement = select(_SEARCH_INDEX.c.rowid).where(_SEARCH_INDEX.c[wanted.column].match(query))
        short = [word for word in wanted.words if len(word) < _TRIGRAM]
        if short:
            client = aliased(Client)
            statement = statement.join(client, client.id == _SEARCH_INDEX.c.rowid).where(
                *(_contains(getattr(client, wanted.column), word) for word in short)
            )
        result: Select[int] = statement
        return result

    def _has_search_index(self, session: Session) -> bool:
        """Whether SQLite's search index exists (not where the SQLite cannot have it)."""
        if self._search_index is None:
            master = table("sqlite_master", column("type"), column("name"))
            found = select(func.count()).where(
                master.c.type == "table", master.c.name == SEARCH_INDEX
            )
            self._search_index = self.database.is_sqlite and bool(session.scalar(found))
        return self._search_index

    # --- one case -------------------------------------------------------------------

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


@dataclass(frozen=True)
class _ClientWords:
    """What a typed text asks of a client: every word contained in ``column``."""

    column: str  # "search_name" or "search_phones", on Client and on the search index
    words: tuple[str, ...]


def _client_words(text: str) -> _ClientWords | None:
    """The name's words or the phone's digits (at least 4) of the typed text; ``None``
    when it can be neither (letters and digits: a reference)."""
    digits = phone_digits(text)
    if set(text) <= _PHONE_CHARACTERS:
        return _ClientWords("search_phones", (digits,)) if len(digits) >= 4 else None
    words = tuple(fold(text).split())
    if digits or not words:  # no name holds a digit
        return None
    return _ClientWords("search_name", words)


def _client_match(client: Any, wanted: _ClientWords | None) -> ColumnElement[bool] | None:
    """Clients whose name holds every typed word, or whose phone numbers hold the typed
    digits, read on the client's row."""
    if wanted is None:
        return None
    column = getattr(client, wanted.column)
    return and_(*(_contains(column, word) for word in wanted.words))


def _contains(column: Any, word: str) -> ColumnElement[bool]:
    """``column`` holds ``word``, taken literally (``%`` and ``_`` are text, not wildcards).

    The pattern is whole in one parameter, so that PostgreSQL's planner sees what a
    trigram index can serve."""
    escaped = word.replace("/", "//").replace("%", "/%").replace("_", "/_")
    result: ColumnElement[bool] = column.like(f"%{escaped}%", escape="/")
    return result


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
            (Case.id if key is None else key).label("sort_key"),
        )
        .join(Client, Client.id == Case.client_id)
        .outerjoin(Officer, Officer.id == Case.officer_id)
    )


def _case_row(row: Any) -> CaseRow:
    flags = CaseFlags.BROKEN_PROMISE if row.has_broken_promise else CaseFlags.NONE
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
    )


def promise_outcomes(history: Sequence[JournalEntry]) -> dict[int, JournalEntry]:
    """Outcome entry of each promise found in ``history``, by promise id."""
    return {
        entry.refers_to_id: entry
        for entry in history
        if entry.kind == JournalKind.PROMISE_OUTCOME and entry.refers_to_id is not None
    }
