"""``export outcomes`` and ``export schedule``: files for the core banking system
(supervisors), in the layout of docs/export-format.md.

The rows come from ``services/outcome_export.py`` as plain values; the files are
written by ``services/export_files.py`` (as the window writes them).

Exit status: 0 written, 2 refused (not allowed, no such agreement, a wrong window).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Final

from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.formatting import format_integer
from recouvrement_desktop.i18n.translation import translate

__all__ = ["FORMATS", "register"]

FORMATS: Final = ("csv", "json")  # as services/export_files.py writes them


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "export",
        help=translate("Export", "files for the bank's core system (supervisors)"),
        description=translate(
            "Export",
            "Write files for the bank's core system, in the layout of docs/export-format.md. "
            "Each file is written whole or not at all, and recorded in the export log.",
        ),
    )
    kinds = parser.add_subparsers(title=translate("Export", "kinds"), metavar="KIND", required=True)
    outcomes = kinds.add_parser(
        "outcomes",
        help=translate("Export", "promises, contacts, stage changes, payments, agreements"),
        description=translate(
            "Export",
            "Export one row per event recorded in the window, on the cases of your branch: "
            "promises made, kept or broken; contacts; stage changes; payments recorded by "
            "an officer; agreements signed, countersigned, approved or rejected with their "
            "new terms. The same window always gives the same rows. Exit status: 0 written, "
            "2 refused.",
        ),
    )
    start = outcomes.add_mutually_exclusive_group(required=True)
    start.add_argument(
        "--since",
        metavar="DATE",
        help=translate(
            "Export", "the window's start, included (YYYY-MM-DD, midnight UTC, or ISO 8601)"
        ),
    )
    start.add_argument(
        "--since-last",
        action="store_true",
        help=translate("Export", "start where the last export of outcomes of your branch ended"),
    )
    outcomes.add_argument(
        "--until",
        metavar="DATE",
        help=translate("Export", "the window's end, excluded (default: five minutes ago)"),
    )
    _add_common(outcomes)
    outcomes.set_defaults(handler=run_outcomes)

    schedule = kinds.add_parser(
        "schedule",
        help=translate("Export", "the new schedule of a signed agreement"),
        description=translate(
            "Export",
            "Export the new schedule of a binding agreement, as it was signed: one row per "
            "instalment. Exit status: 0 written, 2 refused.",
        ),
    )
    schedule.add_argument(
        "reference", metavar="REF", help=translate("Export", "the agreement's reference")
    )
    _add_common(schedule)
    schedule.set_defaults(handler=run_schedule)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="csv",
        help=translate("Export", "the file's format (default: csv)"),
    )
    parser.add_argument(
        "--out", required=True, metavar="FILE", help=translate("Export", "the file to write")
    )
    add_database_options(parser, top_level=False)
    add_user_option(parser)


# ------------------------------------------------------------------------- commands


def run_outcomes(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services import export_log as export
    from recouvrement_desktop.services.export_files import export_outcomes, moment_text

    database, _ = open_database(chosen_database_url(args))
    try:
        report = export_outcomes(
            database,
            signed_in(args, database),
            Path(args.out),
            file_format=args.format,
            since=export.moment_of(args.since) if args.since else None,
            until=export.moment_of(args.until) if args.until else None,
            since_last=args.since_last,
        )
    finally:
        database.dispose()
    assert report.window is not None
    print(
        translate(
            "Export", "{rows} events from {since} to {until} written to {path} (SHA-256 {digest})"
        ).format(
            rows=format_integer(report.rows),
            since=moment_text(report.window.since),
            until=moment_text(report.window.until),
            path=str(report.path),
            digest=report.sha256,
        )
    )
    return 0


def run_schedule(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services import export_log as export
    from recouvrement_desktop.services.export_files import render
    from recouvrement_desktop.services.schedule_export import ScheduleLine, agreement_schedule

    database, _ = open_database(chosen_database_url(args))
    try:
        by = signed_in(args, database)
        lines = agreement_schedule(database, by, args.reference)
        reference = lines[0].agreement_reference if lines else args.reference
        header = {"kind": export.ExportKind.SCHEDULE.value, "agreement_reference": reference}
        content = render(lines, export.columns(ScheduleLine), args.format, header)
        report = export.record_export(
            database,
            by,
            Path(args.out),
            content,
            kind=export.ExportKind.SCHEDULE,
            file_format=args.format,
            rows=len(lines),
            subject=reference,
        )
    finally:
        database.dispose()
    print(
        translate("Export", "{rows} instalments written to {path} (SHA-256 {digest})").format(
            rows=format_integer(report.rows), path=str(report.path), digest=report.sha256
        )
    )
    return 0
