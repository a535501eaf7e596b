"""``Database.interrupt``: a closing window stops the statements of the work it abandons,
and only those (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import event, func, select, text
from sqlalchemy.exc import OperationalError

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, Client
from recouvrement_desktop.services.unit_of_work import unit_of_work

from .conftest import new_client

# Queries that would run for minutes: finishing within PROMPTLY means interrupted.
LONG: Final = {
    "sqlite": (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000)"
        " SELECT count(*) FROM c"
    ),
    "postgresql": "SELECT pg_sleep(60)",
}
# Queries that run for a moment (long enough to be interrupted) and give a known answer.
SHORT_ANSWER: Final = 2_000_000
SHORT: Final = {
    "sqlite": (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
        f" WHERE x < {SHORT_ANSWER}) SELECT count(*) FROM c"
    ),
    "postgresql": f"SELECT count(*) FROM generate_series(1, {SHORT_ANSWER}), pg_sleep(0.7)",
}
# What each backend says of a statement stopped that way.
STOPPED: Final = {"sqlite": "interrupted", "postgresql": "canceling statement"}
PROMPTLY: Final = 5.0  # seconds
STARTS_WITHIN: Final = 30.0  # seconds for the worker to reach its statement
SHORT_ENDS_WITHIN: Final = 60.0  # seconds: a generous bound for the short query


@dataclass
class Worker:
    """Work on a thread of its own; ``executing`` is set when it sends ``statement``."""

    thread: threading.Thread
    executing: threading.Event
    results: list[object] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)

    @property
    def ident(self) -> int:
        assert self.thread.ident is not None
        return self.thread.ident


@contextmanager
def worker(database: Database, statement: str, work: Callable[[], object]) -> Iterator[Worker]:
    """Run *work* on a daemon thread (a failed test never blocks the run's end)."""
    executing = threading.Event()

    def on_execute(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        if sql == statement:
            executing.set()

    results: list[object] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as error:  # handed to the test, which judges it
            errors.append(error)

    found = Worker(threading.Thread(target=run, daemon=True), executing, results, errors)
    event.listen(database.engine, "before_cursor_execute", on_execute)
    try:
        found.thread.start()
        assert executing.wait(STARTS_WITHIN), "the worker never reached its statement"
        yield found
    finally:
        event.remove(database.engine, "before_cursor_execute", on_execute)


def interrupt_until_done(
    database: Database, thread_ids: Collection[int], running: Worker, within: float
) -> float:
    """Ask *thread_ids* to stop until the worker ends (or *within* seconds pass); the
    seconds it took. Asked again and again: a request that came before the statement
    began would be lost."""
    start = time.monotonic()
    while running.thread.is_alive() and time.monotonic() - start < within:
        database.interrupt(thread_ids)
        running.thread.join(timeout=0.02)
    return time.monotonic() - start


def read_long(database: Database, backend: str) -> Callable[[], object]:
    def work() -> object:
        with database.session() as session:
            return session.execute(text(LONG[backend])).scalar_one()

    return work


def test_a_long_query_is_interrupted_promptly(database: Database, backend: str) -> None:
    with worker(database, LONG[backend], read_long(database, backend)) as running:
        assert database.interrupt({running.ident}) == 1  # its one connection
        took = interrupt_until_done(database, {running.ident}, running, PROMPTLY)
    assert not running.thread.is_alive(), "the query was not interrupted"
    assert took < PROMPTLY
    assert running.results == []
    (error,) = running.errors
    assert isinstance(error, OperationalError), repr(error)
    assert STOPPED[backend] in str(error)
    with database.session() as session:  # the connection went back to the pool usable
        assert session.execute(text("SELECT 1")).scalar_one() == 1


def test_an_interrupted_write_leaves_nothing_written(database: Database, backend: str) -> None:
    def write_then_read() -> object:
        with unit_of_work(database, None) as uow:
            client = new_client()
            uow.session.add(client)
            uow.audit("client.create", "client", client.uuid)  # flushes the client
            return uow.session.execute(text(LONG[backend])).scalar_one()

    with worker(database, LONG[backend], write_then_read) as running:
        interrupt_until_done(database, {running.ident}, running, PROMPTLY)
    assert not running.thread.is_alive(), "the query was not interrupted"
    (error,) = running.errors
    assert isinstance(error, OperationalError) and STOPPED[backend] in str(error)
    with database.session() as session:
        assert session.scalar(select(func.count(Client.id))) == 0
        assert session.scalar(select(func.count(AuditEvent.id))) == 0


def test_other_threads_leave_the_query_alone(database: Database, backend: str) -> None:
    assert database.interrupt(set()) == 0
    with database.session() as mine:  # this thread holds a connection of its own
        assert mine.execute(text("SELECT 1")).scalar_one() == 1
        others = {threading.get_ident(), -1}

        def count() -> object:
            with database.session() as session:
                return session.execute(text(SHORT[backend])).scalar_one()

        with worker(database, SHORT[backend], count) as running:
            assert database.interrupt(others) == 1  # this thread's connection only
            interrupt_until_done(database, others, running, SHORT_ENDS_WITHIN)
        assert not running.thread.is_alive()
        assert running.errors == []
        assert running.results == [SHORT_ANSWER]
        # This thread's idle connection was asked to stop nothing: it still works.
        assert mine.execute(text("SELECT 2")).scalar_one() == 2


def test_only_checked_out_connections_are_asked(database: Database) -> None:
    """A connection back in the pool belongs to no thread any more."""
    with database.session() as session:
        assert session.execute(text("SELECT 1")).scalar_one() == 1
        assert database.interrupt({threading.get_ident()}) == 1
    assert database.interrupt({threading.get_ident()}) == 0
