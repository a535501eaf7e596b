"""The operation runner: work off the GUI thread, one error presenter, one change
announcement, progress and cancellation, and a close that never waits long."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QElapsedTimer, QObject
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP as DOMAIN_NOOP
from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.operations import Cancelled, OperationRunner, Progress, error_text
from tests.ui.conftest import GuiThreadGuard

GUI = threading.main_thread()
# Counts to a large number in SQL: a statement that runs for seconds unless interrupted.
LONG_QUERY = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000000) "
    "SELECT count(*) FROM n"
)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened, _ = open_sqlite(tmp_path / "cases.sqlite3", tmp_path / "backups")
    with opened.transaction() as session:
        session.execute(text("CREATE TABLE marks (label TEXT NOT NULL)"))
    yield opened
    opened.dispose()


def workspace_interrupt(database: Database) -> Callable[[Collection[int]], None]:
    """What the window gives its runner: the database's interrupt."""
    return Workspace(database).interrupt


def marks(database: Database) -> list[str]:
    with database.session() as session:
        return list(session.execute(text("SELECT label FROM marks ORDER BY rowid")).scalars())


def test_work_runs_off_the_gui_thread_and_returns_on_it(
    qtbot: QtBot, runner: OperationRunner
) -> None:
    threads: list[threading.Thread] = []
    results: list[tuple[int, threading.Thread]] = []

    def work() -> int:
        threads.append(threading.current_thread())
        return 42

    with qtbot.waitSignal(runner.idle, timeout=5_000):
        runner.read(work, lambda value: results.append((value, threading.current_thread())))
    assert threads and threads[0] is not GUI
    assert results == [(42, GUI)]


def test_a_write_announces_what_it_changed(qtbot: QtBot, runner: OperationRunner) -> None:
    order: list[str] = []
    runner.changed.connect(lambda changes: order.append(f"changed {sorted(changes.cases)}"))
    with qtbot.waitSignal(runner.changed, timeout=5_000) as announced:
        runner.write(
            lambda: 7,
            lambda value: order.append(f"done {value}"),
            changes=lambda value: Changes.of([value], Record.JOURNAL),
        )
    changes: Changes = announced.args[0]
    assert changes.touches(7) and not changes.touches(8)
    assert changes.concerns(Record.JOURNAL) and not changes.concerns(Record.AGREEMENT)
    assert order == ["done 7", "changed [7]"]  # the caller first, then every panel


def test_a_failed_write_announces_nothing(qtbot: QtBot, runner: OperationRunner) -> None:
    announced: list[Changes] = []
    runner.changed.connect(announced.append)
    with qtbot.waitSignal(runner.failed, timeout=5_000) as failed:
        runner.write(_refuse, lambda _: None, changes=Changes.of([1], Record.CASE))
    assert failed.args == ["This case no longer exists."]
    assert announced == []


class CaseGoneError(UserFacingError):
    context = "Journal"


def _refuse() -> None:
    raise CaseGoneError(QT_TRANSLATE_NOOP("Journal", "This case no longer exists."))


def test_one_presenter_for_every_failure(
    qtbot: QtBot, runner: OperationRunner, caplog: pytest.LogCaptureFixture
) -> None:
    messages: list[str] = []

    def engine_refuses() -> None:
        raise DomainError(DOMAIN_NOOP("Domain", "The rate cannot be negative"), field="rate")

    def bug() -> None:
        raise KeyError("internal detail")

    with caplog.at_level(logging.ERROR, logger="recouvrement_desktop.ui.operations"):
        for work in (_refuse, engine_refuses, bug):
            with qtbot.waitSignal(runner.idle, timeout=5_000):
                runner.read(
                    work,
                    lambda _: None,
                    failed=messages.append,
                )
        with qtbot.waitSignal(runner.idle, timeout=5_000):
            runner.write(
                bug, lambda _: None, changes=Changes.of(()), failed=messages.append,
                what="The entry could not be saved.",
            )  # fmt: skip
    assert messages[0] == "This case no longer exists."
    assert messages[1] == "The rate cannot be negative"
    # Anything else: never its internals on screen, always its traceback in the log.
    assert messages[2] == "This could not be done. The log has the details."
    assert messages[3] == "The entry could not be saved. The log has the details."
    assert all("internal detail" not in message for message in messages)
    logged = [r for r in caplog.records if r.exc_info and isinstance(r.exc_info[1], KeyError)]
    assert len(logged) == 2


def test_a_gone_owner_is_never_called_back(qtbot: QtBot, runner: OperationRunner) -> None:
    release = threading.Event()
    called: list[int] = []
    owner = QObject()
    runner.read(lambda: release.wait(5) and 1, called.append, owner=owner)
    shiboken6.delete(owner)  # the dialog that asked is closed and gone
    assert not shiboken6.isValid(owner)
    with qtbot.waitSignal(runner.idle, timeout=5_000):
        release.set()
    assert called == []


def test_long_work_reports_progress_and_stops_when_asked(
    qtbot: QtBot, runner: OperationRunner
) -> None:
    steps: list[tuple[int, int]] = []
    failures: list[str] = []
    done_steps: list[int] = []
    go_on = threading.Event()

    def work(progress: Progress) -> int:
        for step in range(1, 1_000):
            progress.report(step, 999)
            done_steps.append(step)
            if step == 3:
                go_on.wait(5)  # the officer clicks Cancel here
        return 999

    with qtbot.waitSignal(runner.idle, timeout=10_000):
        operation = runner.long(
            work,
            lambda _: failures.append("finished"),
            failed=failures.append,
            progress=lambda done, total, _text: steps.append((done, total)),
        )
        qtbot.waitUntil(lambda: (3, 999) in steps, timeout=5_000)
        operation.cancel()
        go_on.set()
    assert steps[:3] == [(1, 999), (2, 999), (3, 999)]
    assert done_steps == [1, 2, 3]  # it stopped at the next step
    assert failures == ["Cancelled."]


def test_closing_interrupts_a_running_query_within_the_budget(
    qtbot: QtBot, database: Database
) -> None:
    runner = OperationRunner()
    runner.interrupt = workspace_interrupt(database)
    started = threading.Event()
    outcome: list[object] = []

    def count() -> int:
        started.set()
        with database.session() as session:
            return int(session.execute(text(LONG_QUERY)).scalar_one())

    runner.read(count, outcome.append, failed=outcome.append)
    assert started.wait(5)
    time.sleep(0.05)  # let the statement get going (nothing to await: it runs in SQLite)
    clock = QElapsedTimer()
    clock.start()
    ended = runner.shutdown(100)
    elapsed = clock.elapsed()
    assert ended, "the interrupted query should have ended within the budget"
    assert elapsed < 1_000  # the budget, with room for a loaded machine
    assert outcome == []  # a closing window is not called back


def test_closing_lets_a_write_finish_and_never_half_writes_it(
    qtbot: QtBot, database: Database
) -> None:
    runner = OperationRunner()
    runner.interrupt = workspace_interrupt(database)
    writing = threading.Event()
    release = threading.Event()

    def write() -> None:
        with database.transaction() as session:
            session.execute(text("INSERT INTO marks VALUES ('first')"))
            writing.set()
            release.wait(5)
            session.execute(text("INSERT INTO marks VALUES ('second')"))

    runner.write(write, lambda _: None, changes=Changes.of(()))
    assert writing.wait(5)
    assert runner.shutdown(50) is False  # the write is still at work: not interrupted
    release.set()
    assert runner.wait(5_000)
    assert marks(database) == ["first", "second"]  # whole, as the officer asked


def test_a_cancelled_read_rolls_back_what_it_began(qtbot: QtBot, database: Database) -> None:
    runner = OperationRunner()
    runner.interrupt = workspace_interrupt(database)
    started = threading.Event()
    failures: list[str] = []

    def read_with_side_table() -> int:
        with database.transaction() as session:
            session.execute(text("INSERT INTO marks VALUES ('scratch')"))
            started.set()
            return int(session.execute(text(LONG_QUERY)).scalar_one())

    with qtbot.waitSignal(runner.idle, timeout=10_000):
        operation = runner.read(read_with_side_table, lambda _: None, failed=failures.append)
        assert started.wait(5)
        time.sleep(0.05)
        operation.cancel()
    assert failures == ["Cancelled."]
    assert marks(database) == []


def test_the_guard_catches_the_window_reading_on_the_gui_thread(
    database: Database, no_database_on_the_gui_thread: GuiThreadGuard
) -> None:
    """The guard of this folder: a read made by window code on the GUI thread is caught;
    the same read made by a test, or by window code off the GUI thread, is not."""
    namespace: dict[str, object] = {"__name__": "recouvrement_desktop.ui.sample"}
    exec(
        "def read(database):\n    with database.session() as s:\n        s.execute(sql)\n",
        namespace,
    )
    window_read = namespace["read"]
    assert callable(window_read)
    with GuiThreadGuard() as guard:
        with database.session() as session:
            session.execute(text("SELECT 1"))
        assert guard.violations == []
        namespace["sql"] = text("SELECT 1")
        worker = threading.Thread(target=window_read, args=(database,))
        worker.start()
        worker.join(5)
        assert guard.violations == []
        window_read(database)
    assert len(guard.violations) == 1
    assert "in read" in guard.violations[0]  # the stack names the window's function
    # The folder's own guard saw it too; cleared, since it was made here on purpose.
    assert len(no_database_on_the_gui_thread.violations) == 1
    no_database_on_the_gui_thread.violations.clear()


def test_cancelled_is_not_an_error_to_log(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        assert error_text(Cancelled()) == "Cancelled."
    assert caplog.records == []
