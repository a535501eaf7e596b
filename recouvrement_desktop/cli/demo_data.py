"""``demo-data``: fill a database with deterministic demonstration cases."""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.errors import CommandError, UsageError
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.formatting import format_decimal, format_integer
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.db.database import Database

MAX_CASES = 2_000_000


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "demo-data",
        help=translate(
            "Cli", "write demonstration cases (to the demonstration database by default)"
        ),
        description=translate(
            "Cli",
            "Write realistic, deterministic demonstration cases with their history. Without "
            "--db the demonstration database is used, never the real one.",
        ),
    )
    parser.add_argument(
        "--cases", type=int, required=True, metavar="N", help=translate("Cli", "number of cases")
    )
    parser.add_argument(
        "--seed", type=int, default=None, help=translate("Cli", "seed of the generator")
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "start a SQLite file afresh if it already holds cases"),
    )
    add_database_options(parser, top_level=False)
    parser.set_defaults(handler=run)


def _case_count(database: Database) -> int:
    from recouvrement_desktop.services.case_queries import CaseFilter, CaseQueries

    return CaseQueries(database).count(CaseFilter())


def _remove_sqlite_file(path: Path) -> None:
    # The database first: if it cannot go (a read-only folder, a file held open by
    # another program), nothing has changed.
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        raise UsageError(
            translate("Cli", "Cannot replace {path}: {reason}; nothing was changed").format(
                path=str(path), reason=error.strerror or str(error)
            )
        ) from error
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def run(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.database_purpose import require_demonstration
    from recouvrement_desktop.services.demonstration import fill_demonstration

    if not 1 <= args.cases <= MAX_CASES:
        raise UsageError(
            translate("Cli", "--cases must be between 1 and {max}").format(
                max=format_integer(MAX_CASES)
            )
        )
    url = chosen_database_url(args, default_to_demo=True)
    database, _ = open_database(url, demonstration=True)
    try:
        if database.is_sqlite and database.sqlite_path is None:
            raise UsageError(
                translate("Cli", "Demonstration data needs a database file or server, not memory")
            )
        existing = _case_count(database)
        if existing:
            require_demonstration(database)  # a real database is never mixed nor deleted
        if existing and args.replace:
            path = database.sqlite_path
            if path is None:
                raise UsageError(translate("Cli", "--replace only works on a SQLite file"))
            database.dispose()
            _remove_sqlite_file(path)
            database, _ = open_database(url, demonstration=True)
        elif existing:
            raise CommandError(
                translate(
                    "Cli",
                    "The database already holds {count} cases; use --replace to start it afresh",
                ).format(count=format_integer(existing))
            )
        start = time.perf_counter()
        report = fill_demonstration(database, args.cases, seed=args.seed)
        elapsed = time.perf_counter() - start
    finally:
        database.dispose()
    message = translate(
        "Cli",
        "{cases} cases, {loans} loans and {entries} history entries written to {db} in {seconds} s",
    )
    print(
        message.format(
            cases=format_integer(report.cases),
            loans=format_integer(report.loans),
            entries=format_integer(report.journal_entries),
            db=database.display_url,
            seconds=format_decimal(Decimal(f"{elapsed:.1f}")),
        ),
        file=sys.stdout,
    )
    return 0
