"""First-page latency of the work queue at 100,000 cases (and 1,000,000 on request).

Run: ``uv run python benchmarks/bench_queue.py [--db PATH] [--million] [--runs N]``.

The demo database is built once (100,000 cases take about a minute, 1,000,000 several
minutes) and kept in the temporary folder, or in ``--db`` (a file written by an older
version is migrated first, which adds the queue's indexes and the search index of names
and phones). For each search, filter and
order it prints the median time to fetch the first page (what the officer waits for),
the time of a page deep in the list (keyset paging: should not grow with depth), and
the capped count shown under the list, with the ratio to the 100 ms target (below 1.00
is on target). No assertion: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Client
from recouvrement_desktop.domain.recovery import CaseStage, LoanCategory
from recouvrement_desktop.domain.text import fold
from recouvrement_desktop.services.case_queries import (
    CaseFilter,
    CaseQueries,
    CaseSort,
    DaysPastDueBucket,
    SortKey,
)
from recouvrement_desktop.services.demo_data import generate_demo_data
from recouvrement_desktop.ui.case_list_panel import COUNT_CAP
from recouvrement_desktop.ui.case_table_model import PAGE_SIZE

TODAY = date(2026, 11, 28)
TARGET_MS = 100.0
DEEP_PAGES = 50  # how far the "deep page" column scrolls before measuring


def _database(path: Path, cases: int) -> Database:
    fresh = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    database, _ = open_sqlite(path, path.parent / "backups", demonstration=True)
    with database.session() as session:
        present = session.execute(select(func.count(Case.id))).scalar_one()
    if not fresh and present != cases:
        database.dispose()
        sys.exit(f"{path} holds {present:,} cases, not {cases:,}: remove it or pick another")
    if fresh:
        print(f"building {cases:,} demo cases in {path} …", flush=True)
        start = time.perf_counter()
        generate_demo_data(database, cases, today=TODAY)
        print(f"  built in {time.perf_counter() - start:.0f} s", flush=True)
    return database


def _typed_texts(database: Database) -> dict[str, str]:
    """What an officer would type, taken from the data: an accented name typed without
    accents, a reference prefix, the start of a phone number."""
    with database.session() as session:
        name = session.execute(
            select(Client.first_name, Client.last_name)
            .where(Client.first_name.in_(("Hélène", "Gaëlle", "Cécile", "Jérôme", "Noël")))
            .order_by(Client.id)
            .limit(1)
        ).one()
        middle = session.execute(select(func.max(Case.id))).scalar_one() // 2
        reference = session.execute(select(Case.reference).where(Case.id == middle)).scalar_one()
        phone = session.execute(
            select(Client.mobile_phone).where(Client.mobile_phone.is_not(None)).limit(1)
        ).scalar_one()
    digits = "".join(char for char in str(phone) if char.isdigit())
    first, last = fold(name[0]), fold(name[1])
    return {
        "name": f"{first} {last}",
        "name, last word first": f"{last} {first}",
        "name, part of each word": f"{first[1:4]} {last[1:5]}",
        "name, 2 letters and a word": f"{first[:2]} {last}",
        "name, 2 letters of each (no index)": f"{first[:2]} {last[:2]}",
        "name, 3 letters (many)": first[:3],
        "name, 3 common letters (very many)": "ier",
        "reference prefix": reference[:-2].lower(),
        "reference, whole": reference,
        "phone digits": " ".join(digits[i : i + 2] for i in range(0, 8, 2)),
        "phone digits, middle": digits[3:9],
    }


def _median_ms(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """(first run, median of the following ``runs``) in milliseconds: the first one pays
    for reading the file's pages from disk, as after a change of filter."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times[0], statistics.median(times[1:])


def _deep_page_ms(queries: CaseQueries, case_filter: CaseFilter, sort: CaseSort | None) -> str:
    cursor = None
    for _ in range(DEEP_PAGES):
        page = queries.page_after(case_filter, cursor, PAGE_SIZE, sort=sort, today=TODAY)
        if page.next is None:
            return "      -"
        cursor = page.next
    start = time.perf_counter()
    queries.page_after(case_filter, cursor, PAGE_SIZE, sort=sort, today=TODAY)
    return f"{(time.perf_counter() - start) * 1000:7.1f}"


def run(database: Database, runs: int) -> None:
    queries = CaseQueries(database)
    officer = queries.page_after(CaseFilter(), None, 1, today=TODAY).rows[0].officer_name
    officer_id = next(choice.id for choice in queries.officers() if choice.full_name == officer)
    scenarios: list[tuple[str, CaseFilter, CaseSort | None]] = [
        ("default queue (day's work)", CaseFilter(), None),
        ("stage: litigation", CaseFilter(stage=CaseStage.LITIGATION), None),
        ("stage: written off (rare)", CaseFilter(stage=CaseStage.WRITTEN_OFF), None),
        ("days past due 31-60", CaseFilter(days_past_due=DaysPastDueBucket.FROM_31_TO_60), None),
        ("days past due over 90", CaseFilter(days_past_due=DaysPastDueBucket.OVER_90), None),
        ("loan category: mortgage", CaseFilter(loan_category=LoanCategory.MORTGAGE), None),
        ("officer / my cases", CaseFilter(officer_id=officer_id), None),
        ("due today or overdue", CaseFilter(due_only=True), None),
        ("agreement in default (rare)", CaseFilter(agreement_in_default=True), None),
        (
            "officer + litigation + due",
            CaseFilter(officer_id=officer_id, stage=CaseStage.LITIGATION, due_only=True),
            None,
        ),
    ]
    for label, text in _typed_texts(database).items():
        scenarios.append((f"search {label}: {text!r}", CaseFilter(search=text), None))
    for key in SortKey:
        scenarios.append((f"header sort: {key.value} (desc)", CaseFilter(), CaseSort(key, True)))

    print(
        f"{'scenario':<52} {'rows':>5} {'cold ms':>8} {'median':>8} {'ratio':>6}"
        f" {'deep pg':>8} {'count ms':>9}"
    )
    for label, case_filter, sort in scenarios:
        first_page = partial(
            queries.page_after, case_filter, None, PAGE_SIZE, sort=sort, today=TODAY
        )
        cold, median = _median_ms(first_page, runs)
        rows = len(first_page().rows)
        deep = _deep_page_ms(queries, case_filter, sort)
        count = partial(queries.count, case_filter, COUNT_CAP, TODAY)
        counted = f"{_median_ms(count, 1)[1]:9.1f}" if sort is None else "        -"
        print(
            f"{label[:52]:<52} {rows:>5} {cold:8.1f} {median:8.1f} {median / TARGET_MS:6.2f}"
            f" {deep:>8} {counted}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="demo database to use or build")
    parser.add_argument("--million", action="store_true", help="1,000,000 cases, not 100,000")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per scenario")
    options = parser.parse_args()
    cases = 1_000_000 if options.million else 100_000
    path = (
        options.db or Path(tempfile.gettempdir()) / "recouvrement-bench" / f"queue-{cases}.sqlite3"
    )
    database = _database(path, cases)
    try:
        with database.session() as session:
            total = session.execute(select(func.count(Case.id))).scalar_one()
        print(f"{total:,} cases in {path}; page of {PAGE_SIZE} rows; target {TARGET_MS:.0f} ms")
        run(database, options.runs)
    finally:
        database.dispose()


if __name__ == "__main__":
    main()
