"""Time to import a portfolio into an empty SQLite file, then the next day's snapshot
of the same contracts with 5 % of them changed (issue 11).

Run: ``uv run python benchmarks/bench_portfolio_import.py [CONTRACTS]`` (default
100,000; targets on a 2-core machine: under 60 s for the first import, under 20 s for
the daily snapshot).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.portfolio.importer import import_portfolio
from tests.factories import add_officer

FIRST_TARGET_PER_100K = 60.0
DAILY_TARGET_PER_100K = 20.0
CONTRACT_COLUMN = "contract_number"
CLIENT_COLUMN = "client_number"
ARREARS_COLUMN = "arrears_amount"


def snapshot(path: Path, contracts: int, changed_every: int | None) -> None:
    """*contracts* lines made from the example file's, one client per two contracts;
    with *changed_every*, every n-th contract's arrears differ."""
    example = resource_path("import", "portfolio-example.csv").read_bytes().decode("cp1252")
    header, *lines = example.splitlines()
    names = header.split(";")
    client, contract = names.index(CLIENT_COLUMN), names.index(CONTRACT_COLUMN)
    arrears = names.index(ARREARS_COLUMN)
    out = [header]
    for n in range(contracts):
        cells = lines[(n // 2 * 2) % len(lines)].split(";")  # a client's two lines alike
        cells[client], cells[contract] = f"CL{n // 2:08d}", f"CT{n:09d}"
        if changed_every and n % changed_every == 0:
            cells[arrears] = "1 000,00"
        out.append(";".join(cells))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> None:
    contracts = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        database, _ = open_sqlite(root / "bench.sqlite3", root, demonstration=True)
        supervisor = add_officer(
            database, login="bench", full_name="Bench", role=OfficerRole.SUPERVISOR,
            max_waiver="0", max_extension_months=0, min_rate="0",
        )  # fmt: skip
        first, daily = root / "first.csv", root / "daily.csv"
        snapshot(first, contracts, None)
        snapshot(daily, contracts, 20)
        today = date(2026, 12, 3)
        start = time.perf_counter()
        created = import_portfolio(database, supervisor, first, today=today)
        first_elapsed = time.perf_counter() - start
        start = time.perf_counter()
        updated = import_portfolio(database, supervisor, daily, today=today)
        daily_elapsed = time.perf_counter() - start
        database.dispose()
    scale = contracts / 100_000
    first_target = FIRST_TARGET_PER_100K * scale
    daily_target = DAILY_TARGET_PER_100K * scale
    print(f"contracts           {created.created_contracts:>10,}")
    print(f"clients             {created.created_clients:>10,}")
    print(f"first import        {first_elapsed:>10.2f} s  (target {first_target:.2f} s)")
    print(f"updated contracts   {updated.updated_contracts:>10,}")
    print(f"journal entries     {updated.journal_entries:>10,}")
    print(f"daily snapshot      {daily_elapsed:>10.2f} s  (target {daily_target:.2f} s)")


if __name__ == "__main__":
    main()
