"""Deterministic demonstration data: realistic French recovery cases with their history.

The same seed and reference date give the same rows. Rows are built as plain
dictionaries and written with bulk (executemany) inserts, with identifiers assigned here,
so that 100,000 cases and their histories are written in well under a minute.
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, func, make_url, select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.audit import append_event, cover_in_bulk
from recouvrement_desktop.db.bulk import (
    bulk_insert,
    insert_tuples,
    search_index_suspended,
    to_tuples,
)
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Client, JournalEntry, Loan, Officer, table_of
from recouvrement_desktop.domain.recovery import (
    OfficerRole,
)
from recouvrement_desktop.services.database_purpose import claim_for_demonstration
from recouvrement_desktop.services.demo_data.generator import DemoDataGenerator, NextIds, RowBatch
from recouvrement_desktop.services.demo_data.vocabulary import DEFAULT_SEED, DEMO_ACCOUNT_PREFIX
from recouvrement_desktop.services.demo_reference_data import write_demo_reference_data

BATCH_CASES = 5000
WORKERS = 2
INDEX_REBUILD_THRESHOLD = 20_000  # cases: below it, rebuilding costs more than it saves
UUID_CLOCK_SPAN_PER_BATCH = 10_000_000  # ms; far more than the rows of one batch


@dataclass(frozen=True)
class DemoDataReport:
    officers: int
    cases: int
    loans: int
    journal_entries: int


def _next_ids(session: Session) -> NextIds:
    def next_id(column: Any) -> int:
        return int(session.execute(select(func.coalesce(func.max(column), 0))).scalar_one()) + 1

    return NextIds(
        client=next_id(Client.id),
        case=next_id(Case.id),
        loan=next_id(Loan.id),
        journal=next_id(JournalEntry.id),
    )


def _officer_ids(session: Session, generator: DemoDataGenerator) -> tuple[list[int], int]:
    """Field officers who receive cases, creating the demonstration team if needed."""
    existing = session.execute(
        select(Officer.id)
        .where(
            Officer.role == OfficerRole.OFFICER,
            Officer.login.not_like(f"{DEMO_ACCOUNT_PREFIX}%"),
        )
        .order_by(Officer.id)
    ).scalars()
    ids = list(existing)
    if ids:
        return ids, 0
    first = int(session.execute(select(func.coalesce(func.max(Officer.id), 0))).scalar_one()) + 1
    rows = generator.officer_rows(first)
    bulk_insert(session.connection(), table_of(Officer), rows)
    cover_in_bulk(session, table_of(Officer), first_key=first)
    takes_cases = [
        row["id"]
        for row in rows
        if row["role"] == OfficerRole.OFFICER and not row["login"].startswith(DEMO_ACCOUNT_PREFIX)
    ]
    return takes_cases, len(rows)


@dataclass(frozen=True)
class _BatchJob:
    """Everything a worker process needs to build one batch, identically every time."""

    seed: int
    today: date
    index: int
    size: int
    batch_size: int
    first_client_id: int
    first_case_id: int
    officer_ids: tuple[int, ...]
    drivername: str


@dataclass
class _StoredBatch:
    """One batch as driver-ready tuples; loan and journal ids start at 0 (see _shift)."""

    clients: list[tuple[Any, ...]]
    cases: list[tuple[Any, ...]]
    loans: list[tuple[Any, ...]]
    journal: list[tuple[Any, ...]]


def _build_batch(job: _BatchJob) -> _StoredBatch:
    """Generate and convert one batch (runs in a worker process)."""
    generator = DemoDataGenerator(
        seed=job.seed * 1_000_003 + job.index,
        today=job.today,
        uuid_clock_offset=job.index * UUID_CLOCK_SPAN_PER_BATCH,
    )
    offset = job.index * job.batch_size
    ids = NextIds(job.first_client_id + offset, job.first_case_id + offset, 0, 0)
    batch = RowBatch()
    officer_ids = list(job.officer_ids)
    for _ in range(job.size):
        generator.case_rows(ids, officer_ids, batch)
    dialect = make_url(f"{job.drivername}://").get_dialect()()
    return _StoredBatch(
        clients=to_tuples(table_of(Client), dialect, batch.clients),
        cases=to_tuples(table_of(Case), dialect, batch.cases),
        loans=to_tuples(table_of(Loan), dialect, batch.loans),
        journal=to_tuples(table_of(JournalEntry), dialect, batch.journal),
    )


def _shift(
    rows: list[tuple[Any, ...]], positions: tuple[int, ...], by: int
) -> list[tuple[Any, ...]]:
    """Move batch-local ids (at ``positions`` of each tuple) to their place in the database."""
    shifted = []
    for row in rows:
        values = list(row)
        for position in positions:
            if values[position] is not None:
                values[position] += by
        shifted.append(tuple(values))
    return shifted


def _jobs(
    *,
    cases: int,
    batch_size: int,
    seed: int,
    today: date,
    ids: NextIds,
    officers: list[int],
    driver: str,
) -> list[_BatchJob]:
    count = -(-cases // batch_size)
    return [
        _BatchJob(
            seed=seed,
            today=today,
            index=index,
            size=min(batch_size, cases - index * batch_size),
            batch_size=batch_size,
            first_client_id=ids.client,
            first_case_id=ids.case,
            officer_ids=tuple(officers),
            drivername=driver,
        )
        for index in range(count)
    ]


def _built_batches(jobs: list[_BatchJob], workers: int) -> Iterator[_StoredBatch]:
    """Batches in order, built by ``workers`` processes (none: in this process)."""
    if workers == 0 or len(jobs) == 1:
        yield from map(_build_batch, jobs)
        return
    # "spawn": a clean interpreter, safe whatever threads the parent (Qt) runs.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[_StoredBatch]] = deque()
        queued = iter(jobs)
        for job in itertools.islice(queued, workers + 1):  # a bounded window keeps memory flat
            pending.append(pool.submit(_build_batch, job))
        while pending:
            batch = pending.popleft().result()
            next_job = next(queued, None)
            if next_job is not None:
                pending.append(pool.submit(_build_batch, next_job))
            yield batch


def _write_batch(
    connection: Connection, batch: _StoredBatch, ids: NextIds, journal_ids: tuple[int, ...]
) -> None:
    """Insert one built batch, moving its batch-local loan and journal ids into place."""
    insert_tuples(connection, table_of(Client), batch.clients)
    insert_tuples(connection, table_of(Case), batch.cases)
    insert_tuples(connection, table_of(Loan), _shift(batch.loans, (0,), ids.loan))
    insert_tuples(
        connection, table_of(JournalEntry), _shift(batch.journal, journal_ids, ids.journal)
    )
    ids.loan += len(batch.loans)
    ids.journal += len(batch.journal)


@contextmanager
def _secondary_indexes_dropped(connection: Connection, tables: list[Table]) -> Iterator[None]:
    """Rows go in several times faster without the secondary indexes, which are then
    rebuilt in one sorted pass from the models' own definitions. Inside the caller's
    transaction: a failure rolls the drop back with everything else."""
    indexes = [index for table in tables for index in table.indexes if not index.unique]
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)


def _advance_sequences(connection: Connection, models: tuple[type[Any], ...]) -> None:
    """Rows inserted with their ids leave PostgreSQL's id sequences behind: move each to
    its table's largest id, so that the rows the services add next get free ids."""
    for model in models:
        name = table_of(model).name
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "  # the models' own names
            f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"
        )


def generate_demo_data(
    database: Database,
    cases: int,
    *,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
    batch_size: int = BATCH_CASES,
    workers: int = WORKERS,
) -> DemoDataReport:
    """Write ``cases`` demonstration cases in one transaction, with one audit event.

    The result depends only on ``seed``, ``today``, ``batch_size`` and what the database
    already holds; never on ``workers``, the number of processes that build the batches.
    """
    if cases < 1:
        raise ValueError("cases must be positive")
    day = today or date.today()
    loans = journal = 0
    journal_table = table_of(JournalEntry)
    journal_ids = tuple(
        journal_table.columns.keys().index(name) for name in ("id", "corrects_id", "refers_to_id")
    )
    with database.transaction() as session:
        claim_for_demonstration(database, session)
        connection = session.connection()
        if database.is_sqlite:  # large indexes thrash SQLite's default 2 MB page cache
            connection.exec_driver_sql("PRAGMA cache_size = -262144")
        officer_ids, officers = _officer_ids(session, DemoDataGenerator(seed, day))
        write_demo_reference_data(session)
        ids = _next_ids(session)
        first_ids = dataclasses.replace(ids)
        jobs = _jobs(
            cases=cases,
            batch_size=batch_size,
            seed=seed,
            today=day,
            ids=ids,
            officers=officer_ids,
            driver=database.url.drivername,
        )
        written = 0
        # Worth it when the new rows outnumber those already there (a fresh database):
        # the indexes, and the search index of names and phones, are then built at the end.
        bulk = cases >= INDEX_REBUILD_THRESHOLD and cases >= ids.case - 1
        tables = [table_of(model) for model in (Client, Case, Loan, JournalEntry)]
        with (
            _secondary_indexes_dropped(connection, tables if bulk else []),
            search_index_suspended(connection) if bulk else nullcontext(),
        ):
            for batch in _built_batches(jobs, workers):
                _write_batch(connection, batch, ids, journal_ids)
                loans += len(batch.loans)
                journal += len(batch.journal)
                written += len(batch.cases)
                if progress is not None:
                    progress(written, cases)
        for model, first in (
            (Client, first_ids.client),
            (Case, first_ids.case),
            (Loan, first_ids.loan),
            (JournalEntry, first_ids.journal),
        ):
            cover_in_bulk(session, table_of(model), first_key=first)
        if database.url.get_backend_name() == "postgresql":
            _advance_sequences(connection, (Officer, Client, Case, Loan, JournalEntry))
        append_event(
            session,
            officer=None,
            action="demo_data.generated",
            entity_type="database",
            details={"cases": cases, "loans": loans, "journal_entries": journal, "seed": seed},
        )
    return DemoDataReport(officers, cases, loans, journal)


def ensure_demo_accounts(database: Database) -> int:
    """A demonstration database made before sign-in existed gets its accounts: the
    missing ones added, every demonstration account given the password ``DEMO_PASSWORD``;
    how many were touched (0 on a database already up to date)."""
    generator = DemoDataGenerator()
    with database.transaction() as session:
        claim_for_demonstration(database, session)
        rows = {row["login"]: row for row in generator.officer_rows(0)}
        existing = {officer.login: officer for officer in session.scalars(select(Officer))}
        touched = 0
        first = max((officer.id for officer in existing.values()), default=0) + 1
        for login, row in rows.items():
            officer = existing.get(login)
            if officer is None:
                session.add(Officer(**{**row, "id": first + touched}))
                touched += 1
            elif officer.password_hash is None:
                officer.password_hash = row["password_hash"]
                touched += 1
        if touched:
            append_event(
                session, officer=None, action="demo_data.accounts", entity_type="database",
                details={"accounts": touched},
            )  # fmt: skip
    return touched
