"""An open window keeps the day's copy of a bank's database beside it and seals its audit
chain's head: at once, and again while it stays open (a window left open overnight)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.cli import gui
from recouvrement_desktop.db.audit_key import chain_keying, read_anchor
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditChainHead
from recouvrement_desktop.services.backups import backups_beside
from recouvrement_desktop.ui.main_window import MainWindow
from tests.factories import add_officer


@pytest.fixture
def bank(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    path = tmp_path / "bank.sqlite3"
    database, _ = open_sqlite(path, backups_beside(path))
    assert database.is_encrypted  # a real database: its head is sealed, its copies kept
    yield database, path
    database.dispose()


def _add(database: Database, login: str) -> None:
    add_officer(
        database, login=login, full_name=login.title(), max_waiver="100.00",
        max_extension_months=12, min_rate="1.0000",
    )  # fmt: skip


def _sealed_at_head(database: Database) -> bool:
    with database.session() as session:
        anchor = read_anchor(chain_keying(session))
        head = session.scalars(select(AuditChainHead.sequence)).one()
    return anchor is not None and anchor.sequence == head


def test_the_day_s_copy_and_the_sealed_head_come_again_while_the_window_stays_open(
    qtbot: QtBot, bank: tuple[Database, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    database, path = bank
    _add(database, "omartin")
    assert not _sealed_at_head(database)
    today = backups_beside(path) / f"bank-daily-{date.today().isoformat()}.sqlite3"
    monkeypatch.setattr(gui, "DAILY_CARE_INTERVAL_MS", 200)  # an hour, in the test
    window = MainWindow(restore_layout=False)
    qtbot.addWidget(window)
    timer = gui.keep_daily_care(window, database)
    qtbot.waitUntil(lambda: today.is_file() and _sealed_at_head(database), timeout=10_000)
    # The night passes with the window open: the next check makes the copy that is
    # missing, and seals what was written since.
    today.unlink()
    _add(database, "jchef")
    assert not _sealed_at_head(database)
    qtbot.waitUntil(lambda: today.is_file() and _sealed_at_head(database), timeout=10_000)
    timer.stop()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
