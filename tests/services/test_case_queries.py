"""The work queue's SQL against a plain Python reading of every row of the demo database:
filters, orders, search and keyset paging, on SQLite and (where available) PostgreSQL."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import selectinload

from recouvrement_desktop.db.bootstrap import open_database
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Client, Officer
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.legal_deadlines import forclusion_event
from recouvrement_desktop.domain.recovery import CaseStage, LoanCategory
from recouvrement_desktop.domain.text import fold, phone_digits
from recouvrement_desktop.services import case_search
from recouvrement_desktop.services.case_queries import (
    CaseFilter,
    CaseFlags,
    CaseQueries,
    CaseSort,
    DaysPastDueBucket,
    SortKey,
)
from recouvrement_desktop.services.demo_data import generate_demo_data
from tests.conftest import DEMO_TODAY

try:
    from tests.postgres_server import find_postgres_bin, running_postgres
except ModuleNotFoundError:  # pragma: no cover - depends on how pytest set up sys.path
    from postgres_server import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        find_postgres_bin,
        running_postgres,
    )


@dataclass(frozen=True)
class Truth:
    """One case as plain Python values, read through the ORM without any queue SQL."""

    id: int
    reference: str
    search_name: str
    phones: str
    stage: CaseStage
    total_arrears: Decimal
    days_past_due: int
    next_action_date: date | None
    officer_id: int | None
    officer_name: str | None
    last_contact_at: datetime | None
    broken_promise: bool
    categories: frozenset[LoanCategory]
    forclusion_date: date | None = None

    @property
    def urgent(self) -> bool:
        return self.broken_promise or (
            self.next_action_date is not None and self.next_action_date <= DEMO_TODAY
        )


def _truth(database: Database) -> list[Truth]:
    with database.session() as session:
        cases = session.scalars(
            select(Case).options(
                selectinload(Case.client), selectinload(Case.loans), selectinload(Case.officer)
            )
        ).all()
        return [
            Truth(
                id=case.id,
                reference=case.reference,
                search_name=case.client.search_name,
                phones=case.client.search_phones,
                stage=case.stage,
                total_arrears=case.total_arrears,
                days_past_due=case.days_past_due,
                next_action_date=case.next_action_date,
                officer_id=case.officer_id,
                officer_name=case.officer.full_name if case.officer else None,
                last_contact_at=case.last_contact_at,
                broken_promise=case.has_broken_promise,
                categories=frozenset(loan.category for loan in case.loans),
                forclusion_date=_forclusion_of(case),
            )
            for case in cases
        ]


def _forclusion_of(case: Case) -> date | None:
    """The nearest end of two years, from the contracts' first unpaid dates alone (the
    demonstration data of these tests has no agreement): C. consom. art. R312-35."""
    ends = [
        add_months(event, 24)
        for loan in case.loans
        if (event := forclusion_event(loan.category, loan.first_unpaid_date)) is not None
    ]
    return min(ends, default=None)


def _all_ids(
    queries: CaseQueries, case_filter: CaseFilter, sort: CaseSort | None = None, page: int = 37
) -> list[int]:
    """Every matching case id, in order, walking the keyset pages."""
    ids: list[int] = []
    cursor = None
    while True:
        result = queries.page_after(case_filter, cursor, page, sort=sort, today=DEMO_TODAY)
        ids.extend(row.id for row in result.rows)
        if result.next is None:
            return ids
        assert len(result.rows) == page
        cursor = result.next


def _day_order(case: Truth) -> tuple[Any, ...]:
    return (0 if case.urgent else 1, -case.total_arrears, -case.id)


@pytest.fixture
def queries(demo_database: Database) -> CaseQueries:
    return CaseQueries(demo_database)


@pytest.fixture
def truth(demo_database: Database) -> list[Truth]:
    return _truth(demo_database)


# --- order and paging --------------------------------------------------------------


def test_default_order_is_the_days_work(queries: CaseQueries, truth: list[Truth]) -> None:
    expected = [case.id for case in sorted(truth, key=_day_order)]
    assert _all_ids(queries, CaseFilter()) == expected
    assert any(case.urgent for case in truth) and not all(case.urgent for case in truth)


@pytest.mark.parametrize("page", [1, 7, 100, 299, 300, 301])
def test_keyset_pages_give_every_case_exactly_once(
    queries: CaseQueries, truth: list[Truth], page: int
) -> None:
    ids = _all_ids(queries, CaseFilter(), page=page)
    assert len(ids) == len(set(ids)) == len(truth)
    assert ids == _all_ids(queries, CaseFilter(), page=1000)


def test_offset_pages_still_work(queries: CaseQueries) -> None:
    whole = [row.id for row in queries.page(CaseFilter(), 0, 300, today=DEMO_TODAY)]
    parts = [
        row.id
        for offset in range(0, 300, 120)
        for row in queries.page(CaseFilter(), offset, 120, today=DEMO_TODAY)
    ]
    assert parts == whole


def _sort_value(case: Truth, key: SortKey) -> Any:
    return {
        SortKey.REFERENCE: case.reference,
        SortKey.CLIENT: case.search_name,
        SortKey.STAGE: case.stage.value,
        SortKey.ARREARS: case.total_arrears,
        SortKey.DAYS_PAST_DUE: case.days_past_due,
        SortKey.NEXT_ACTION: case.next_action_date,
        SortKey.OFFICER: (case.officer_name, case.officer_id) if case.officer_id else None,
        SortKey.LAST_CONTACT: case.last_contact_at,
        SortKey.FORCLUSION: case.forclusion_date,
    }[key]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", list(SortKey))
def test_header_orders(
    queries: CaseQueries, truth: list[Truth], key: SortKey, descending: bool
) -> None:
    """Each column orders by its value then by case id, both in the chosen direction;
    empty values come last either way."""
    present = [case for case in truth if _sort_value(case, key) is not None]
    empty = [case for case in truth if _sort_value(case, key) is None]
    present.sort(key=lambda case: (_sort_value(case, key), case.id), reverse=descending)
    empty.sort(key=lambda case: case.id, reverse=descending)
    expected = [case.id for case in present + empty]
    assert _all_ids(queries, CaseFilter(), CaseSort(key, descending)) == expected


# --- filters -----------------------------------------------------------------------

OFFICER = 3
FILTERS: list[tuple[CaseFilter, Callable[[Truth], bool]]] = [
    *(
        (CaseFilter(stage=stage), lambda case, stage=stage: case.stage == stage)
        for stage in CaseStage
    ),
    (CaseFilter(days_past_due=DaysPastDueBucket.UP_TO_30), lambda c: 0 <= c.days_past_due <= 30),
    (
        CaseFilter(days_past_due=DaysPastDueBucket.FROM_31_TO_60),
        lambda c: 31 <= c.days_past_due <= 60,
    ),
    (
        CaseFilter(days_past_due=DaysPastDueBucket.FROM_61_TO_90),
        lambda c: 61 <= c.days_past_due <= 90,
    ),
    (CaseFilter(days_past_due=DaysPastDueBucket.OVER_90), lambda c: c.days_past_due > 90),
    *(
        (
            CaseFilter(loan_category=category),
            lambda case, category=category: category in case.categories,
        )
        for category in LoanCategory
    ),
    (CaseFilter(officer_id=OFFICER), lambda c: c.officer_id == OFFICER),
    (
        CaseFilter(due_only=True),
        lambda c: c.next_action_date is not None and c.next_action_date <= DEMO_TODAY,
    ),
    (
        CaseFilter(forclusion_within=90),
        lambda c: (
            c.forclusion_date is not None and c.forclusion_date <= DEMO_TODAY + timedelta(days=90)
        ),
    ),
    (
        CaseFilter(stage=CaseStage.LITIGATION, officer_id=OFFICER, due_only=True),
        lambda c: (
            c.stage == CaseStage.LITIGATION
            and c.officer_id == OFFICER
            and c.next_action_date is not None
            and c.next_action_date <= DEMO_TODAY
        ),
    ),
]


@pytest.mark.parametrize(("case_filter", "matches"), FILTERS, ids=lambda value: repr(value)[:60])
def test_each_filter_against_python(
    queries: CaseQueries,
    truth: list[Truth],
    case_filter: CaseFilter,
    matches: Callable[[Truth], bool],
) -> None:
    expected = [case.id for case in sorted(truth, key=_day_order) if matches(case)]
    assert _all_ids(queries, case_filter) == expected
    assert queries.count(case_filter, today=DEMO_TODAY) == len(expected)
    assert queries.count(case_filter, cap=3, today=DEMO_TODAY) == min(len(expected), 4)


def test_the_filters_are_not_vacuous(truth: list[Truth]) -> None:
    for _case_filter, matches in FILTERS:
        assert 0 < sum(map(matches, truth)) < len(truth)


def test_officers_are_listed_by_name(queries: CaseQueries, truth: list[Truth]) -> None:
    officers = queries.officers()
    names = [officer.full_name for officer in officers]
    assert names == sorted(names)
    assert {case.officer_id for case in truth} - {None} <= {officer.id for officer in officers}


def test_flags_show_broken_promises(queries: CaseQueries) -> None:
    rows = queries.page(CaseFilter(), 0, 300, today=DEMO_TODAY)
    assert any(row.has_broken_promise for row in rows)
    for row in rows:
        assert (CaseFlags.BROKEN_PROMISE in row.flags) == row.has_broken_promise


def test_a_forclusion_within_sixty_days_is_marked(queries: CaseQueries, truth: list[Truth]) -> None:
    soon = {
        case.id
        for case in truth
        if case.forclusion_date is not None and (case.forclusion_date - DEMO_TODAY).days < 60
    }
    rows = queries.page(CaseFilter(), 0, 300, today=DEMO_TODAY)
    assert soon, "the demonstration data has forclusions close at hand"
    assert {row.id for row in rows if CaseFlags.FORCLUSION_SOON in row.flags} == soon
    nearest = queries.page_after(
        CaseFilter(forclusion_within=90),
        None,
        300,
        sort=CaseSort(SortKey.FORCLUSION),
        today=DEMO_TODAY,
    )
    dates = [row.forclusion_date for row in nearest.rows]
    assert dates == sorted(d for d in dates if d is not None) and dates


# --- search ------------------------------------------------------------------------


def _searched(truth: list[Truth], text: str) -> list[int]:
    words = fold(text).split()
    digits = phone_digits(text)
    is_number = set(text) <= set("0123456789 +.-()/")

    def matches(case: Truth) -> bool:
        if case.reference.startswith(text.strip().upper()):
            return True
        if is_number:
            return len(digits) >= 4 and digits in case.phones
        return all(word in case.search_name for word in words)

    return [case.id for case in sorted(truth, key=_day_order) if matches(case)]


def _accented(demo_database: Database) -> str:
    with demo_database.session() as session:
        name = session.execute(
            select(Client.first_name, Client.last_name).where(
                Client.first_name.in_(("Hélène", "Zoé", "Gaëlle", "Anaïs", "Cécile", "Jérôme"))
            )
        ).first()
    assert name is not None
    return f"{name[0]} {name[1]}"


@pytest.fixture(params=["sparse", "dense", "very dense"])
def strategy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every way to search: candidates first (few matches), or walking the order index
    and checking each row against the clients found (many) or its own client (very many)."""
    if request.param != "sparse":
        monkeypatch.setattr(case_search, "SPARSE_SEARCH_LIMIT", 0)
    if request.param == "very dense":
        monkeypatch.setattr(case_search, "SEARCH_SET_LIMIT", 0)
    return str(request.param)


def test_search_ignores_accents_case_and_word_order(
    queries: CaseQueries, truth: list[Truth], demo_database: Database, strategy: str
) -> None:
    name = _accented(demo_database)
    first, last = name.split(" ", 1)
    typed_forms = [
        name,
        fold(name),
        fold(name).upper(),
        f"{fold(last)} {fold(first)}",
        fold(first)[:3],
    ]
    for typed in typed_forms:
        found = _all_ids(queries, CaseFilter(search=typed))
        assert found == _searched(truth, typed), typed
        assert found
    assert _all_ids(queries, CaseFilter(search="zzzz nobody")) == []


def test_search_by_reference_prefix_and_phone(
    queries: CaseQueries, truth: list[Truth], strategy: str
) -> None:
    case = truth[-1]
    for typed in (case.reference, case.reference.lower(), case.reference[:-2], "rec-"):
        assert _all_ids(queries, CaseFilter(search=typed)) == _searched(truth, typed), typed
    number = case.phones.split()[0]
    spaced = " ".join(number[i : i + 2] for i in range(0, len(number), 2))
    for typed in (number, spaced, number[2:8], "+33 " + number[1:]):
        found = _all_ids(queries, CaseFilter(search=typed))
        assert case.id in found, typed
        assert found == _searched(truth, typed), typed


def test_search_combines_with_filters(queries: CaseQueries, truth: list[Truth]) -> None:
    typed = "e"
    expected = [
        case_id
        for case_id in _searched(truth, typed)
        if next(c for c in truth if c.id == case_id).officer_id == OFFICER
    ]
    assert _all_ids(queries, CaseFilter(search=typed, officer_id=OFFICER)) == expected
    assert expected


def test_search_treats_like_wildcards_as_text(queries: CaseQueries) -> None:
    assert _all_ids(queries, CaseFilter(search="%")) == []
    assert _all_ids(queries, CaseFilter(search="_")) == []


def test_search_mixes_short_and_long_words(
    queries: CaseQueries, truth: list[Truth], demo_database: Database, strategy: str
) -> None:
    """Words of three letters or more are looked up in the search index, shorter ones
    are checked on what it finds; words shorter than three letters alone are read on
    every client. Pages and counts agree with reading every case."""
    first, last = fold(_accented(demo_database)).split(" ", 1)
    typed_forms = [
        f"{first[:2]} {last}",
        f"{last} {first[:2]}",
        f"{first[:2]} {last[:2]}",
        f"{first[1:4]} {last[-3:]}",
        last[1:-1],
        first[:2],
        "e",
        "ne",
        "ene",
        "e ne",
    ]
    for typed in typed_forms:
        expected = _searched(truth, typed)
        assert _all_ids(queries, CaseFilter(search=typed)) == expected, typed
        assert queries.count(CaseFilter(search=typed), today=DEMO_TODAY) == len(expected), typed
        assert expected, typed


@pytest.mark.parametrize(
    "typed",
    ['"', 'e"', '"ene"', "ene*", "*", "-ene", "ene -lef", "search_name:ene", "(ene", "ene)",
     "NOT ene", "ene AND lef", "ene OR lef", "NEAR(ene lef)", "^ene", "{search_name}: e",
     "ene%", "e_e", "/ene"],
)  # fmt: skip
def test_search_treats_index_query_syntax_as_text(
    queries: CaseQueries, truth: list[Truth], typed: str, strategy: str
) -> None:
    assert _all_ids(queries, CaseFilter(search=typed)) == _searched(truth, typed)
    assert queries.count(CaseFilter(search=typed), today=DEMO_TODAY) == len(_searched(truth, typed))


def test_search_counts_agree_with_the_pages(
    queries: CaseQueries, truth: list[Truth], strategy: str
) -> None:
    for typed in ("e", "ene", "lef", "mar", "06 1", "06 12", "rec-", "zzzz"):
        expected = len(_searched(truth, typed))
        assert queries.count(CaseFilter(search=typed), today=DEMO_TODAY) == expected, typed
        assert queries.count(CaseFilter(search=typed), cap=5, today=DEMO_TODAY) == min(
            expected, 6
        ), typed


# --- PostgreSQL: the same answers ----------------------------------------------------


@pytest.fixture(scope="module")
def postgres_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    if find_postgres_bin() is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    with running_postgres() as server:
        name = f"queue_{uuid.uuid4().hex[:12]}"
        url = server.create_database(name)
        database, _ = open_database(url, Path(tmp_path_factory.mktemp("pg-backups")))
        try:
            generate_demo_data(database, 300, today=DEMO_TODAY)
            yield database
        finally:
            database.dispose()


@pytest.mark.postgres
def test_postgresql_gives_the_same_pages(
    postgres_demo: Database, demo_database: Database, strategy: str
) -> None:
    """Same seed, same rows, same ids: every filter, search and order walks the same
    keyset pages on both backends (prefix match and row values differ underneath)."""
    on_sqlite, on_postgres = CaseQueries(demo_database), CaseQueries(postgres_demo)
    filters = [CaseFilter(), *(case_filter for case_filter, _ in FILTERS)]
    searched = ("helene", "REC-2026-00001", "06 1", "lef e", "ene", "ne lef", "06 12 3", '"e*')
    filters += [CaseFilter(search=text) for text in searched]
    for case_filter in filters:
        assert _all_ids(on_postgres, case_filter) == _all_ids(on_sqlite, case_filter), case_filter
    for key in [key for key in SortKey if key != SortKey.CLIENT]:  # names: collation decides
        for descending in (False, True):
            sort = CaseSort(key, descending)
            assert _all_ids(on_postgres, CaseFilter(), sort) == _all_ids(
                on_sqlite, CaseFilter(), sort
            ), sort


# --- a branch's queue ----------------------------------------------------------------


def _branches(database: Database) -> dict[int, str]:
    with database.session() as session:
        return {row.id: row.branch for row in session.execute(select(Officer.id, Officer.branch))}


def test_a_branchs_queue_is_its_officers_cases_and_the_unassigned(
    demo_database: Database, queries: CaseQueries, truth: list[Truth]
) -> None:
    branches = _branches(demo_database)
    branch = Counter(branches[case.officer_id] for case in truth if case.officer_id).most_common(1)[
        0
    ][0]
    expected = [
        case.id
        for case in sorted(truth, key=_day_order)
        if case.officer_id is None or branches[case.officer_id] == branch
    ]
    assert 0 < len(expected) < len(truth)
    assert _all_ids(queries, CaseFilter(branch=branch)) == expected
    assert queries.count(CaseFilter(branch=branch), today=DEMO_TODAY) == len(expected)


def test_a_branchs_first_page_walks_the_amount_index_instead_of_sorting_the_branch(
    demo_database: Database, queries: CaseQueries
) -> None:
    """The window's first read: a branch is a large share of the cases, so reading all
    of them by the officers' index and sorting them is the slow plan (the first page of a
    100,000-case queue took 100 ms and more)."""
    statements: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT CASES."):
            statements.append((statement, parameters))

    branch = next(iter(_branches(demo_database).values()))
    event.listen(demo_database.engine, "before_cursor_execute", note)
    try:
        queries.page_after(CaseFilter(branch=branch), None, 100, today=DEMO_TODAY)
    finally:
        event.remove(demo_database.engine, "before_cursor_execute", note)

    assert statements
    with demo_database.engine.connect() as connection:
        for statement, parameters in statements:
            plan = " | ".join(
                str(row[3])
                for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            )
            assert "ix_cases_arrears" in plan, plan
            assert "TEMP B-TREE" not in plan, plan
