"""A demonstration database makes agreements today although the published usury
thresholds end earlier: it holds an import, labelled DEMONSTRATION, that repeats the last
published quarter; a bank's database holds nothing of the kind and stays blocked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.models import AuditEvent, ReferenceDataImport
from recouvrement_desktop.domain.reference_data import ReferenceKind
from recouvrement_desktop.services.demo_data import generate_demo_data
from recouvrement_desktop.services.demo_reference_data import DEMONSTRATION_FILE
from recouvrement_desktop.services.reference_data import (
    TEST_FOLDER_VARIABLE,
    active_tables,
    shipped_table,
)

TODAY = date(2026, 12, 3)
USURY = ReferenceKind.USURY_THRESHOLDS


@pytest.fixture(autouse=True)
def published_figures_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped file as the bank receives it, not the suite's stand-in."""
    monkeypatch.delenv(TEST_FOLDER_VARIABLE, raising=False)


def test_the_demonstration_database_repeats_the_last_quarter_labelled(tmp_path: Path) -> None:
    shipped = shipped_table(USURY)
    assert shipped.on(TODAY) is None  # the premise: no published threshold for today
    database, _ = open_sqlite(tmp_path / "demo.sqlite3", tmp_path / "b", demonstration=True)
    try:
        generate_demo_data(database, 10, today=TODAY)
        generate_demo_data(database, 5, seed=2, today=TODAY)  # more cases, no second import
        with database.session() as session:
            imports = session.scalars(select(ReferenceDataImport)).all()
            assert [(row.kind, row.file_name) for row in imports] == [
                (USURY.value, DEMONSTRATION_FILE)
            ]
            active = active_tables(session)[USURY]
            assert active.origin.startswith(f"imported:{DEMONSTRATION_FILE}")
            table = active.table
            # Every published quarter as shipped, then one period that says what it is.
            assert table.periods[: len(shipped.periods)] == shipped.periods
            today = table.on(TODAY)
            assert today is not None and today.source.startswith("DEMONSTRATION, not published")
            assert today.values == shipped.periods[-1].values
            assert today.start == date(2026, 4, 1) and today.end == date(2030, 12, 31)
            events = session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(AuditEvent.action == "reference_data.imported")
            )
            assert events == 1
            assert verify_audit(session).intact
    finally:
        database.dispose()


def test_a_bank_database_has_no_threshold_for_today(tmp_path: Path) -> None:
    database, _ = open_sqlite(tmp_path / "bank.sqlite3", tmp_path / "b", demonstration=True)
    try:
        with database.session() as session:
            assert active_tables(session)[USURY].table.on(TODAY) is None
    finally:
        database.dispose()
