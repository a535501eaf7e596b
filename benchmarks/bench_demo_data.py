"""Time to write demonstration cases with their histories into a fresh SQLite file.

Run: ``uv run python benchmarks/bench_demo_data.py [CASES]`` (default 100,000; the
target is under 60 s on a 2-core machine).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.services.demo_data import generate_demo_data

TARGET_SECONDS_PER_100K = 60.0


def main() -> None:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        database, _ = open_sqlite(Path(folder) / "bench.sqlite3", Path(folder), demonstration=True)
        start = time.perf_counter()
        report = generate_demo_data(database, cases, today=date(2026, 11, 28))
        elapsed = time.perf_counter() - start
        database.dispose()
        size = (Path(folder) / "bench.sqlite3").stat().st_size
    target = TARGET_SECONDS_PER_100K * cases / 100_000
    print(f"cases            {report.cases:>12,}")
    print(f"loans            {report.loans:>12,}")
    print(f"journal entries  {report.journal_entries:>12,}")
    print(f"elapsed          {elapsed:>12.2f} s")
    print(f"cases per second {report.cases / elapsed:>12,.0f}")
    print(f"database size    {size / 1e6:>12.1f} MB")
    print(f"target           {target:>12.2f} s  (ratio {elapsed / target:.2f})")


if __name__ == "__main__":
    main()
