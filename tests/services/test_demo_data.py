"""Demonstration data: deterministic, realistic, consistent, and written as one whole."""

from __future__ import annotations

import unicodedata
import uuid
from collections import Counter
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from recouvrement_desktop.db.audit import COVERAGE_ACTIONS
from recouvrement_desktop.db.audit_verify import verify_chain
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.bulk import column_converters
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    SEARCH_INDEX,
    AuditEvent,
    Case,
    Client,
    JournalEntry,
    Loan,
    Officer,
)
from recouvrement_desktop.domain.recovery import (
    JournalKind,
    LifeEventType,
    LoanCategory,
    PromiseStatus,
)
from recouvrement_desktop.services import demo_data
from recouvrement_desktop.services.case_queries import CaseFilter, CaseQueries
from recouvrement_desktop.services.database_purpose import NotDemonstrationError
from recouvrement_desktop.services.demo_agreements import write_demo_agreements
from recouvrement_desktop.services.demo_data import generate_demo_data
from recouvrement_desktop.services.demo_data.vocabulary import OFFICERS
from tests.conftest import DEMO_TODAY
from tests.factories import add_officer

TABLES = ("officers", "clients", "cases", "loans", "journal_entries")


def _dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    with database.engine.connect() as connection:
        return {
            table: [
                tuple(row) for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY id"))
            ]
            for table in TABLES
        }


def _fresh(tmp_path: Path, name: str) -> Database:
    database, _ = open_sqlite(tmp_path / f"{name}.sqlite3", tmp_path / "backups")
    return database


def test_same_seed_same_rows_whatever_the_number_of_worker_processes(tmp_path: Path) -> None:
    in_process = _fresh(tmp_path, "a")
    with_workers = _fresh(tmp_path, "b")
    try:
        generate_demo_data(in_process, 120, today=DEMO_TODAY, batch_size=50, workers=0)
        generate_demo_data(with_workers, 120, today=DEMO_TODAY, batch_size=50, workers=2)
        assert _dump(in_process) == _dump(with_workers)
    finally:
        in_process.dispose()
        with_workers.dispose()


def test_another_seed_gives_other_cases(tmp_path: Path) -> None:
    first, second = _fresh(tmp_path, "a"), _fresh(tmp_path, "b")
    try:
        generate_demo_data(first, 20, seed=1, today=DEMO_TODAY)
        generate_demo_data(second, 20, seed=2, today=DEMO_TODAY)
        assert _dump(first)["clients"] != _dump(second)["clients"]
    finally:
        first.dispose()
        second.dispose()


def test_appending_continues_identifiers_and_keeps_the_team(tmp_path: Path) -> None:
    database = _fresh(tmp_path, "a")
    try:
        generate_demo_data(database, 30, today=DEMO_TODAY)
        generate_demo_data(database, 30, seed=7, today=DEMO_TODAY)
        with database.session() as session:
            assert session.scalar(select(func.count(Case.id))) == 60
            assert session.scalar(select(func.count(Officer.id))) == len(OFFICERS)  # once
            assert verify_chain(session).intact
    finally:
        database.dispose()


def _has_accent(name: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", name))


def test_cases_are_realistic_and_varied(demo_database: Database) -> None:
    with demo_database.session() as session:
        clients = session.scalars(select(Client)).all()
        loans = session.scalars(select(Loan)).all()
        entries = session.scalars(select(JournalEntry)).all()
    assert len(clients) == 300
    assert sum(_has_accent(f"{c.first_name} {c.last_name} {c.city}") for c in clients) > 100
    assert {loan.category for loan in loans} == set(LoanCategory)
    kinds = Counter(entry.kind for entry in entries)
    for kind in (
        JournalKind.CONTACT,
        JournalKind.PROMISE,
        JournalKind.PROMISE_OUTCOME,
        JournalKind.PAYMENT,
        JournalKind.LIFE_EVENT,
        JournalKind.OFFER,
        JournalKind.AGREEMENT,
        JournalKind.STAGE_CHANGE,
    ):
        assert kinds[kind] > 0, kind
    outcomes = Counter(e.promise_status for e in entries if e.kind == JournalKind.PROMISE_OUTCOME)
    assert outcomes[PromiseStatus.KEPT] > 0
    assert outcomes[PromiseStatus.BROKEN] > 0
    assert any(e.life_event == LifeEventType.JOB_LOSS for e in entries)


def test_figures_are_consistent(demo_database: Database) -> None:
    with demo_database.session() as session:
        cases = session.scalars(select(Case)).all()
        loans_by_case: dict[int, list[Loan]] = {}
        for loan in session.scalars(select(Loan)):
            loans_by_case.setdefault(loan.case_id, []).append(loan)
    for case in cases:
        loans = loans_by_case[case.id]
        assert case.total_arrears == sum((loan.arrears_amount for loan in loans), Decimal(0))
        assert case.days_past_due == max(loan.days_past_due for loan in loans)
        for loan in loans:
            assert loan.outstanding_principal >= 0
            assert loan.outstanding_principal <= loan.original_amount
            assert loan.arrears_amount >= 0
            assert loan.late_interest >= 0
            assert loan.fees >= 0 and loan.penalties >= 0
            assert loan.start_date <= DEMO_TODAY


def test_history_is_chronological_and_references_point_backwards(demo_database: Database) -> None:
    with demo_database.session() as session:
        entries = session.scalars(select(JournalEntry).order_by(JournalEntry.id)).all()
    by_id = {entry.id: entry for entry in entries}
    last_seen: dict[int, datetime] = {}
    for entry in entries:
        assert entry.occurred_at.tzinfo is not None
        assert entry.occurred_at <= datetime.combine(DEMO_TODAY, datetime.max.time(), UTC)
        previous = last_seen.get(entry.case_id)
        assert previous is None or previous <= entry.occurred_at
        last_seen[entry.case_id] = entry.occurred_at
        if entry.refers_to_id is not None:
            target = by_id[entry.refers_to_id]
            assert target.id < entry.id and target.case_id == entry.case_id
        if entry.kind == JournalKind.PROMISE_OUTCOME:
            assert by_id[entry.refers_to_id or 0].kind == JournalKind.PROMISE


def test_broken_promise_flag_matches_the_history(demo_database: Database) -> None:
    with demo_database.session() as session:
        flagged = set(session.scalars(select(Case.id).where(Case.has_broken_promise)))
        broken = set(
            session.scalars(
                select(JournalEntry.case_id).where(
                    JournalEntry.promise_status == PromiseStatus.BROKEN
                )
            )
        )
    assert flagged
    assert flagged <= broken


def test_generation_is_audited_once(demo_database: Database) -> None:
    with demo_database.session() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action.not_in(COVERAGE_ACTIONS))
        ).all()
        assert [event.action for event in events] == ["demo_data.generated"]
        assert events[0].details["cases"] == 300
        assert verify_chain(session).intact


def test_identifiers_are_unique_version_7_uuids(demo_database: Database) -> None:
    with demo_database.session() as session:
        uuids = list(session.scalars(select(JournalEntry.uuid)))
    assert len(set(uuids)) == len(uuids)
    assert all(isinstance(value, uuid.UUID) and value.version == 7 for value in uuids)


def _searchable(database: Database) -> None:
    """Every client is found by its name and by its phone, and the search index agrees
    with the clients (FTS5's own check: no missing, extra or stale entry)."""
    queries = CaseQueries(database)
    with database.session() as session:
        rows = session.execute(
            select(Case.id, Client.search_name, Client.search_phones).join(Client)
        ).all()
    for case_id, name, phones in rows:
        for typed in (name, phones.split()[0]):
            found = queries.page_after(CaseFilter(search=typed), None, 500, today=DEMO_TODAY)
            assert case_id in {row.id for row in found.rows}, typed
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}, rank) VALUES ('integrity-check', 1)"
        )


def test_every_client_is_searchable(demo_database: Database) -> None:
    _searchable(demo_database)


def test_a_bulk_load_leaves_every_client_searchable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In bulk the search index is not kept row by row but built whole at the end; a
    later, smaller addition keeps it row by row again."""
    monkeypatch.setattr(demo_data, "INDEX_REBUILD_THRESHOLD", 1)
    database = _fresh(tmp_path, "a")
    try:
        generate_demo_data(database, 120, today=DEMO_TODAY, batch_size=50, workers=0)
        generate_demo_data(database, 20, seed=7, today=DEMO_TODAY, batch_size=50, workers=0)
        _searchable(database)
    finally:
        database.dispose()


def test_a_failed_bulk_load_leaves_the_search_index_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_data, "INDEX_REBUILD_THRESHOLD", 1)
    database = _fresh(tmp_path, "a")
    try:
        generate_demo_data(database, 30, today=DEMO_TODAY, workers=0)
        write_batch = demo_data._write_batch
        written: list[int] = []

        def failing(*args: Any) -> None:
            if written:
                raise RuntimeError("disk full")
            written.append(1)
            write_batch(*args)

        monkeypatch.setattr(demo_data, "_write_batch", failing)
        with pytest.raises(RuntimeError, match="disk full"):
            generate_demo_data(database, 100, seed=3, today=DEMO_TODAY, batch_size=40, workers=0)
        monkeypatch.setattr(demo_data, "_write_batch", write_batch)
        # Rolled back whole: the index is still kept row by row (its triggers are back).
        generate_demo_data(database, 10, seed=5, today=DEMO_TODAY, workers=0)
        with database.session() as session:
            assert session.scalar(select(func.count(Case.id))) == 40
        _searchable(database)
    finally:
        database.dispose()


def test_zero_cases_is_refused(tmp_path: Path) -> None:
    database = _fresh(tmp_path, "a")
    try:
        with pytest.raises(ValueError):
            generate_demo_data(database, 0)
    finally:
        database.dispose()


@pytest.mark.parametrize(
    ("model", "column", "value"),
    [
        (JournalEntry, "occurred_at", datetime(2026, 3, 1, 9, 30, 5, 120, tzinfo=UTC)),
        (JournalEntry, "kind", JournalKind.PROMISE),
        (JournalEntry, "uuid", uuid.UUID("01a21f73-9c01-7bbc-9d52-490575ffc53d")),
        (JournalEntry, "payload", {"periods": 24, "note": "échéancier"}),
        (JournalEntry, "due_date", date(2026, 2, 28)),
        (JournalEntry, "amount", Decimal("1234.56")),
        (Case, "has_broken_promise", True),
    ],
)
def test_fast_converters_give_what_sqlalchemy_gives(
    demo_database: Database, model: Any, column: str, value: object
) -> None:
    dialect = demo_database.engine.dialect
    table = model.__table__
    position = table.columns.keys().index(column)
    fast = column_converters(table, dialect)[position]
    reference = table.columns[column].type.dialect_impl(dialect).bind_processor(dialect)
    expected = reference(value) if reference else value
    assert (fast(value) if fast else value) == expected


def test_a_real_database_never_gets_the_demonstration_accounts(tmp_path: Path) -> None:
    """``--demo --db <a real database>``: no account with the known password appears,
    no demonstration agreement is written, nothing at all changes."""

    database = _fresh(tmp_path, "real")
    add_officer(
        database, login="admin", full_name="Admin", max_waiver="0.00",
        max_extension_months=0, min_rate="0.0000",
    )  # fmt: skip
    before = _dump(database)
    for step in (
        demo_data.ensure_demo_accounts,
        write_demo_agreements,
        lambda db: generate_demo_data(db, 3, today=DEMO_TODAY),
    ):
        with pytest.raises(NotDemonstrationError, match="not a demonstration database"):
            step(database)
    assert _dump(database) == before
    fresh = _fresh(tmp_path, "new")
    generate_demo_data(fresh, 3, today=DEMO_TODAY)  # a new database becomes a demonstration
    assert demo_data.ensure_demo_accounts(fresh) == 0
