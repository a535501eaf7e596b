"""``import portfolio FILE``: the day's extract of contracts in arrears from the core
banking system, in the standard layout of docs/import-format.md (supervisors).

Exit status: 0 when the file was imported (or, on a dry run, would be, or was already),
1 when a line is in error without ``--skip-invalid``, 2 when the file is refused as a
whole (unreadable, a required column missing): then nothing is written.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from recouvrement_desktop.cli import payments
from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.formatting import format_datetime, format_integer
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.domain.portfolio_rows import RowIssue
    from recouvrement_desktop.services.portfolio.report import ImportReport

__all__ = ["register"]

LINES_IN_ERROR = 1  # a file refused as a whole (unreadable, a column missing) exits 2

_log = logging.getLogger(__name__)


def _log_progress(done: int, total: int) -> None:
    # For support, how far a long import went (numbers only: no client data).
    _log.info("Portfolio import: step %d of %d", done, total)


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help=translate("Import", "bring in data from the bank's systems (supervisors)"),
        description=translate("Import", "Bring in data from the bank's systems."),
    )
    kinds = parser.add_subparsers(title=translate("Import", "kinds"), metavar="KIND", required=True)
    portfolio = kinds.add_parser(
        "portfolio",
        help=translate("Import", "the day's contracts in arrears (standard CSV layout)"),
        description=translate(
            "Import",
            "Import the day's contracts in arrears: new clients, contracts and cases are "
            "created, existing ones updated. The whole file is written in one transaction: "
            "a line in error and nothing is written, unless --skip-invalid. "
            "Exit status: 0 imported, 1 lines in error, 2 file refused.",
        ),
    )
    portfolio.add_argument("file", metavar="FILE", help=translate("Import", "the CSV file"))
    portfolio.add_argument(
        "--profile",
        metavar="PROFILE.toml",
        help=translate("Import", "a mapping profile for a bank's own layout"),
    )
    portfolio.add_argument(
        "--partial",
        action="store_true",
        help=translate(
            "Import",
            "the file is not the bank's whole extract: the contracts it lacks have not left",
        ),
    )
    portfolio.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Import", "check the file and say what would change, writing nothing"),
    )
    portfolio.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate("Import", "import the valid lines and report the others"),
    )
    portfolio.add_argument(
        "--report",
        metavar="FILE.csv",
        help=translate("Import", "write the lines in error to this CSV file"),
    )
    portfolio.add_argument(
        "--encoding",
        metavar="ENC",
        help=translate("Import", "the file's encoding (default: UTF-8 or Windows-1252, found)"),
    )
    portfolio.add_argument("--json", action="store_true", help=translate("Import", "as JSON"))
    add_database_options(portfolio, top_level=False)
    add_user_option(portfolio)
    portfolio.set_defaults(handler=run_portfolio)
    payments.register_import(kinds)  # ``import payments`` (cli/payments.py)


def _reason(issue: RowIssue) -> str:
    # A line's faults are the domain's texts (the service's own checks use its context too).
    return translate("Domain", issue.message).format(**issue.params)


def run_portfolio(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.portfolio.error_report import write_error_report
    from recouvrement_desktop.services.portfolio.importer import ImportNotes, import_portfolio
    from recouvrement_desktop.services.portfolio.profiles import load_profile

    profile = None if args.profile is None else load_profile(Path(args.profile))
    database, _ = open_database(chosen_database_url(args))
    try:
        report = import_portfolio(
            database,
            signed_in(args, database),
            Path(args.file),
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            encoding=args.encoding,
            profile=profile,
            full_snapshot=not args.partial,
            notes=ImportNotes.translated(translate),
            on_progress=_log_progress,
        )
    finally:
        database.dispose()
    if args.report:
        write_error_report(Path(args.report), report.rejected, _reason)
    if args.json:
        document = {
            "file": report.file,
            "sha256": report.sha256,
            **report.counts(),
            "rejected": [
                {"line": i.line, "column": i.column, "value": i.value, "reason": _reason(i)}
                for i in report.rejected
            ],
            "dry_run": report.dry_run,
            "written": report.written,
            "already_imported": None
            if report.already is None
            else {"at": report.already.at.isoformat(), "by": report.already.by},
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
    else:
        _print_summary(report)
    return LINES_IN_ERROR if report.refused else 0


def _print_summary(report: ImportReport) -> None:
    if report.already is not None:
        print(
            translate(
                "Import", "{file} was already imported on {date} by {name}: nothing was written"
            ).format(
                file=report.file,
                date=format_datetime(report.already.at),
                name=report.already.by or "—",
            )
        )
        return
    for issue in report.rejected:
        print(
            translate("Import", "line {line}, column {column}: {reason}").format(
                line=format_integer(issue.line), column=issue.column, reason=_reason(issue)
            ),
            file=sys.stderr,
        )
    n = format_integer
    print(
        translate(
            "Import",
            "{file}: {lines} lines; created {clients} clients, {contracts} contracts, "
            "{cases} cases; updated {updated_clients} clients, {updated_contracts} contracts; "
            "{unchanged} unchanged",
        ).format(
            file=report.file,
            lines=n(report.lines),
            clients=n(report.created_clients),
            contracts=n(report.created_contracts),
            cases=n(report.created_cases),
            updated_clients=n(report.updated_clients),
            updated_contracts=n(report.updated_contracts),
            unchanged=n(report.unchanged),
        )
    )
    if report.left_contracts:
        print(
            translate(
                "Import",
                "{contracts} contracts are no longer in the extract; {cases} cases may be settled",
            ).format(contracts=n(report.left_contracts), cases=n(report.settle_proposed))
        )
    if report.refused:
        print(
            translate("Import", "File refused: {count} lines in error, nothing was written").format(
                count=n(report.rejected_lines)
            ),
            file=sys.stderr,
        )
    elif report.dry_run:
        print(translate("Import", "Dry run: nothing was written"))
    elif report.rejected:
        print(
            translate("Import", "{count} lines in error were left out").format(
                count=n(report.rejected_lines)
            )
        )
