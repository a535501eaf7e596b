"""Run a callable off the GUI thread and get its result back on the GUI thread.

``Background.submit(work, done, failed)`` runs ``work()`` on a thread pool; ``done(result)``
or ``failed(error)`` is then called on the thread that owns the ``Background`` object (the
GUI thread), so callbacks may touch widgets. A ``UserFacingError`` goes to ``failed``; any
other exception is a bug and is raised again on the GUI thread, where it is not lost.

Callers that may be overtaken by newer requests (type-ahead search) compare a generation
number of their own in ``done`` and drop stale results.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from recouvrement_desktop.errors import UserFacingError

T = TypeVar("T")


class _Relay(QObject):
    """Carries one job's outcome from its worker thread to the owner's thread. It lives
    apart from the owner, so that a job finishing after its owner was deleted emits into
    nothing (Qt cut the connection) instead of into a destroyed object."""

    finished = Signal(int, bool, object)  # job number, succeeded, result or error


@dataclass(frozen=True)
class _Pending(Generic[T]):
    relay: _Relay  # kept here, so that it is released on the owner's thread
    done: Callable[[T], None]
    failed: Callable[[UserFacingError], None] | None


class _Job(QRunnable):
    def __init__(self, relay: _Relay, number: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._number = number
        self._work = work

    def run(self) -> None:
        try:
            outcome, succeeded = self._work(), True
        except Exception as error:  # handed to the owner's thread, which decides
            outcome, succeeded = error, False
        self._relay.finished.emit(self._number, succeeded, outcome)


class Background(QObject):
    """A small pool of worker threads whose results come back as queued signals."""

    idle = Signal()  # the last pending job was delivered

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # deleted with this object, after its jobs end
        self._pool.setMaxThreadCount(max_threads)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Pending[Any]] = {}

    def submit(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[UserFacingError], None] | None = None,
    ) -> None:
        number = next(self._numbers)
        relay = _Relay()
        # Emitted on a worker thread, received by this object's thread: queued.
        relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pending[number] = _Pending(relay, done, failed)
        self._pool.start(_Job(relay, number, work))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has run (for shutdown and tests); results are still
        delivered later, through the event loop."""
        return self._pool.waitForDone(msecs)

    @Slot(int, bool, object)
    def _deliver(self, number: int, succeeded: bool, outcome: object) -> None:
        callbacks = self._pending.pop(number, None)
        if callbacks is None:
            return
        try:
            if succeeded:
                callbacks.done(outcome)
            elif isinstance(outcome, UserFacingError) and callbacks.failed is not None:
                callbacks.failed(outcome)
            else:
                assert isinstance(outcome, BaseException)
                raise outcome
        finally:
            if not self._pending:
                self.idle.emit()
