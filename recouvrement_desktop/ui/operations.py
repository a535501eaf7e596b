"""One way through the house: every window action that reads or writes goes through here.

``OperationRunner`` runs a service call off the GUI thread, on one pool shared by the
whole window, and brings its outcome back to the GUI thread:

- ``read(work, done)`` — a query; cancelled (its statement interrupted) when the window
  closes or the caller calls ``cancel()``;
- ``write(work, done, changes=…)`` — one unit of work; after it succeeds the runner
  announces ``changed(Changes)`` (which cases, which kinds of record) to every panel that
  subscribed. A closing window gives running writes its whole budget to finish: what
  the officer saved is never dropped silently;
- ``long(work, done, …)`` — long work that reports its progress and stops when asked:
  ``work(progress)`` calls ``progress.report(done, total)`` and ``progress.check()``.

Failures have one presenter (``error_text``): a ``UserFacingError`` or a ``DomainError``
shows its translated message; anything else is logged with its traceback and shows
"… The log has the details." The message goes to the action's ``failed`` callback, or
to the runner's ``failed`` signal (the window's status bar) when it has none.

An ``owner`` (the dialog or widget that asked) may be given: once it is destroyed, its
operations' callbacks are dropped and its reads cancelled.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable, Collection
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QElapsedTimer, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.errors import UserFacingError
from recouvrement_desktop.i18n.domain_messages import domain_message
from recouvrement_desktop.i18n.messages import user_message
from recouvrement_desktop.i18n.translation import translate
from recouvrement_desktop.services.changes import Changes

__all__ = [
    "Cancelled",
    "Operation",
    "OperationRunner",
    "Progress",
    "error_text",
]

_log = logging.getLogger(__name__)
T = TypeVar("T")
POOL_THREADS = 4  # queries wait on the database more than on the interpreter
CLOSE_BUDGET_MS = 100  # what a closing window may wait for its work
PROGRESS_DELAY_MS = 400  # a progress dialog shows only for work that lasts


class Cancelled(Exception):  # noqa: N818 - a state, not a failure
    """The work stopped because it was asked to."""


class Kind(enum.Enum):
    READ = "read"
    WRITE = "write"
    LONG = "long"


def error_text(error: BaseException, what: str | None = None) -> str:
    """The message an officer sees for *error*; *what* says what failed, for errors that
    carry no message of their own (those are logged with their traceback)."""
    if isinstance(error, UserFacingError):
        return user_message(error)
    if isinstance(error, DomainError):
        return domain_message(error)
    if isinstance(error, Cancelled):
        return translate("Operations", "Cancelled.")
    _log.error("operation failed", exc_info=error)
    head = what or translate("Operations", "This could not be done.")
    return translate("Operations", "{what} The log has the details.").format(what=head)


class Progress:
    """Given to long work: where it is, and whether it should stop. Thread-safe."""

    def __init__(self, operation: Operation[Any]) -> None:
        self._operation = operation

    @property
    def cancelled(self) -> bool:
        return self._operation.cancelled

    def check(self) -> None:
        """Raise ``Cancelled`` if the work was asked to stop (call it between steps)."""
        if self._operation.cancelled:
            raise Cancelled

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """*done* steps of *total* (0: unknown); *text* says what is being done."""
        self.check()
        self._operation.relay.progressed.emit(done, total, text)


class _Relay(QObject):
    """Carries one operation's outcome from its worker thread to the GUI thread. Apart
    from its receiver, so that a job ending after the runner was deleted emits into
    nothing (Qt cut the connection)."""

    finished = Signal(object, bool, object)  # operation, succeeded, result or error
    progressed = Signal(int, int, str)


class Operation(Generic[T]):
    """A handle on work submitted to the runner."""

    def __init__(
        self,
        runner: OperationRunner,
        kind: Kind,
        work: Callable[[], T] | Callable[[Progress], T],
        *,
        done: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
        changes: Changes | Callable[[T], Changes] | None = None,
        what: str | None = None,
    ) -> None:
        self.kind = kind
        self.relay = _Relay()
        self._runner = runner
        self._work = work
        self._done: Callable[[T], None] | None = done
        self._failed = failed
        self._changes = changes
        self._what = what
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._thread: int | None = None  # while running
        self.finished = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def cancel(self) -> None:
        """Ask the work to stop: a read or long work not started never starts, a running
        one has its statement interrupted (its transaction rolls back). A write is one
        short unit of work the officer asked for: it always runs to its end."""
        if self.kind is Kind.WRITE:
            return
        self._cancelled.set()
        with self._lock:
            thread = self._thread
        if thread is not None:
            self._runner.interrupt_threads({thread})

    def drop_callbacks(self) -> None:
        """Its owner is gone: nothing to call back (reads stop too)."""
        self._done = None
        self._failed = None
        self.cancel()

    def run_here(self) -> tuple[bool, object]:
        """Run the work on the calling (worker) thread."""
        if self.cancelled:
            return False, Cancelled()
        with self._lock:
            self._thread = threading.get_ident()
        try:
            if self.kind is Kind.LONG:
                return True, self._work(Progress(self))  # type: ignore[call-arg]
            return True, self._work()  # type: ignore[call-arg]
        except Exception as error:  # handed to the GUI thread, which presents it
            if self.cancelled:
                return False, Cancelled()  # an interrupted statement: the cancel's doing
            return False, error
        finally:
            with self._lock:
                self._thread = None

    def deliver(self, succeeded: bool, outcome: object) -> Changes | None:
        """Call back on the GUI thread; the changes to announce, if any."""
        self.finished = True
        if succeeded:
            result: T = outcome  # type: ignore[assignment]
            if self._done is not None:
                self._done(result)
            if self._changes is None:
                return None
            return self._changes(result) if callable(self._changes) else self._changes
        assert isinstance(outcome, BaseException)
        if isinstance(outcome, Cancelled) and self._failed is None:
            return None  # nobody waits to be told
        message = error_text(outcome, self._what)
        if self._failed is not None:
            self._failed(message)
        elif self._done is not None or self.kind is Kind.WRITE:
            self._runner.failed.emit(message)
        return None


class _Job(QRunnable):
    def __init__(self, operation: Operation[Any]) -> None:
        super().__init__()
        self._operation = operation

    def run(self) -> None:
        succeeded, outcome = self._operation.run_here()
        self._operation.relay.finished.emit(self._operation, succeeded, outcome)


class OperationRunner(QObject):
    """Runs the window's database work off the GUI thread (see the module docstring)."""

    changed = Signal(object)  # Changes: a write succeeded
    failed = Signal(str)  # a failure no caller shows itself
    idle = Signal()  # the last pending operation was delivered

    def __init__(self, parent: QObject | None = None, max_threads: int = POOL_THREADS) -> None:
        super().__init__(parent)
        # Not a child: deleting a pool waits for its jobs, and a closing window must not.
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._pending: set[Operation[Any]] = set()
        self._closing = False
        self.interrupt: Callable[[Collection[int]], None] | None = None

    # --------------------------------------------------------------- submitting

    def read(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        *,
        failed: Callable[[str], None] | None = None,
        owner: QObject | None = None,
    ) -> Operation[T]:
        """A query (or any work that writes nothing) off the GUI thread."""
        return self._submit(Operation(self, Kind.READ, work, done=done, failed=failed), owner)

    def write(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        *,
        changes: Changes | Callable[[T], Changes],
        failed: Callable[[str], None] | None = None,
        what: str | None = None,
        owner: QObject | None = None,
    ) -> Operation[T]:
        """One unit of work; ``changes`` (or ``changes(result)``) is announced after it."""
        operation = Operation(
            self, Kind.WRITE, work, done=done, failed=failed, changes=changes, what=what
        )
        return self._submit(operation, owner)

    def long(
        self,
        work: Callable[[Progress], T],
        done: Callable[[T], None],
        *,
        changes: Changes | Callable[[T], Changes] | None = None,
        failed: Callable[[str], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        what: str | None = None,
        owner: QObject | None = None,
    ) -> Operation[T]:
        """Long work given a ``Progress``; ``progress(done, total, text)`` follows it on
        the GUI thread (see ``ProgressDialog`` for the standard one)."""
        operation = Operation(
            self, Kind.LONG, work, done=done, failed=failed, changes=changes, what=what
        )
        if progress is not None:
            operation.relay.progressed.connect(progress, Qt.ConnectionType.QueuedConnection)
        return self._submit(operation, owner)

    def _submit(self, operation: Operation[T], owner: QObject | None) -> Operation[T]:
        if self._closing:
            operation.finished = True
            return operation  # the window is closing: nothing new starts
        # Emitted on a worker thread, received by this object's thread: queued.
        operation.relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        if owner is not None:
            owner.destroyed.connect(operation.drop_callbacks)
        self._pending.add(operation)
        self._pool.start(_Job(operation))
        return operation

    # ------------------------------------------------------------ delivering

    @Slot(object, bool, object)
    def _deliver(self, operation: Operation[Any], succeeded: bool, outcome: object) -> None:
        if operation not in self._pending or self._closing:
            return
        self._pending.discard(operation)
        try:
            changes = operation.deliver(succeeded, outcome)
            if changes is not None:
                self.changed.emit(changes)
        finally:
            if not self._pending:
                self.idle.emit()

    # --------------------------------------------------------------- state

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def interrupt_threads(self, thread_ids: Collection[int]) -> None:
        if self.interrupt is not None and thread_ids:
            self.interrupt(thread_ids)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has run (tests); results still arrive through the
        event loop."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, budget_ms: int = CLOSE_BUDGET_MS) -> bool:
        """The window closes: reads and long work are cancelled (a queued one ends as soon
        as it starts, a running statement is interrupted and rolls back), writes get the
        budget to finish. Never waits longer than *budget_ms*; whether everything ended."""
        self._closing = True
        for operation in list(self._pending):
            operation.cancel()
        return self._pool.waitForDone(budget_ms)


class ProgressDialog(QProgressDialog):
    """The standard window of long work: its progress, and Cancel. It appears only when
    the work lasts (``PROGRESS_DELAY_MS``), and closes when the work ends."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, translate("Operations", "Cancel"), 0, 0, parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(PROGRESS_DELAY_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._clock = QElapsedTimer()
        self._clock.start()
        self.operation: Operation[Any] | None = None
        self.canceled.connect(self._cancel)

    def follow(self, operation: Operation[Any]) -> None:
        self.operation = operation

    def report(self, done: int, total: int, text: str) -> None:
        self.setMaximum(max(total, 0))
        self.setValue(min(done, total) if total else 0)
        if text:
            self.setLabelText(text)

    def _cancel(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.setLabelText(translate("Operations", "Stopping…"))
