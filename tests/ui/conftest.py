"""Fixtures of the window tests, and the guard that keeps the database off the GUI thread.

Every test of this folder runs under ``no_database_on_the_gui_thread``: a connection
taken from any database pool on the GUI thread, with code of ``recouvrement_desktop.ui``
on the stack, fails the test (the test's own set-up and checks may read the database:
they are not the window).
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.pool import Pool

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.services.officers import acting_officer
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.operations import OperationRunner
from tests.ui.signing import add_generous_officer

UI_PACKAGE = "recouvrement_desktop.ui"


def window_code_on_stack() -> bool:
    """Whether code of the window's package called us (at any depth)."""
    frame = sys._getframe(1)
    while frame is not None:
        if str(frame.f_globals.get("__name__", "")).startswith(UI_PACKAGE):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


class GuiThreadGuard:
    """Records each connection the window takes on the GUI thread."""

    def __init__(self) -> None:
        self.violations: list[str] = []

    def on_checkout(self, _dbapi: Any, _record: Any, _proxy: Any) -> None:
        if threading.current_thread() is threading.main_thread() and window_code_on_stack():
            self.violations.append("".join(traceback.format_stack(limit=30)))

    def __enter__(self) -> GuiThreadGuard:
        event.listen(Pool, "checkout", self.on_checkout)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(Pool, "checkout", self.on_checkout)


@pytest.fixture(autouse=True)
def no_database_on_the_gui_thread() -> Iterator[GuiThreadGuard]:
    with GuiThreadGuard() as guard:
        yield guard
    if guard.violations:
        pytest.fail(
            "the window opened a database session on the GUI thread:\n" + guard.violations[0]
        )


@pytest.fixture
def generous_officer(demo_database: Database) -> Identity:
    """An officer whose delegation covers any plan."""
    return add_generous_officer(demo_database)


@pytest.fixture
def runner(qapp: Any) -> Iterator[OperationRunner]:
    """The window's operation runner, on its own (panels tested alone share it)."""
    made = OperationRunner()
    yield made
    made.shutdown(5_000)


def workspace_of(database: Database, identity: Identity | None = None) -> Workspace:
    """*database* with *identity* at the keyboard (default: the one the window picks)."""
    return Workspace(database, identity or acting_officer(database, None))
