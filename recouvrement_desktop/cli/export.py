"""``export outcomes`` and ``export schedule``: files for the core banking system
(supervisors), in the layout of docs/export-format.md.

The rows come from ``services/outcome_export.py`` as plain values; this module writes
them as CSV (UTF-8 without BOM, ``;`` between fields, CRLF line ends, a header row) or
JSON (UTF-8, amounts as strings so that no cent is lost to a float). Values are written
the same way whatever the interface's language: dates ``YYYY-MM-DD``, moments in UTC
``YYYY-MM-DDTHH:MM:SSZ``, amounts with a point and two decimals, rates with four.

Exit status: 0 written, 2 refused (not allowed, no such agreement, a wrong window).
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import io
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.formatting import format_integer
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.services.outcome_export import OutcomeEvent
    from recouvrement_desktop.services.schedule_export import ScheduleLine

__all__ = ["FORMATS", "register", "render"]

FORMATS: Final = ("csv", "json")
SEPARATOR: Final = ";"
CONTRACT_SEPARATOR: Final = ","  # several contracts in one CSV field
_CENT: Final = Decimal("0.01")
_RATE: Final = Decimal("0.0001")
_RATES: Final = frozenset({"rate_pct"})


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


# --------------------------------------------------------------------------- values


def _moment(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _value(name: str, value: Any) -> Any:
    """A field as the file keeps it (JSON: ``None`` and lists stay such)."""
    if value is None or (isinstance(value, bool | int | str) and not isinstance(value, Enum)):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return _moment(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.quantize(_RATE if name in _RATES else _CENT), "f")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, tuple):
        return [_value(name, item) for item in value]
    raise TypeError(f"{name}: {type(value).__name__}")  # pragma: no cover - a new field


def _record(row: OutcomeEvent | ScheduleLine) -> dict[str, Any]:
    return {
        field.name: _value(field.name, getattr(row, field.name))
        for field in dataclasses.fields(row)
    }


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return CONTRACT_SEPARATOR.join(value)
    return str(value)


def render(
    rows: Sequence[OutcomeEvent] | Sequence[ScheduleLine],
    columns: Sequence[str],
    file_format: str,
    header: dict[str, Any],
) -> bytes:
    """The file's bytes: CSV rows under *columns*, or a JSON document of *header* and
    the rows (``items``)."""
    records = [_record(row) for row in rows]
    if file_format == "json":
        document = {**header, "columns": list(columns), "items": records}
        return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=SEPARATOR, lineterminator="\r\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([_csv_cell(record[name]) for name in columns])
    return text.getvalue().encode("utf-8")


# ------------------------------------------------------------------------- commands


def run_outcomes(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services import export_log as export
    from recouvrement_desktop.services.outcome_export import OutcomeEvent, outcome_events

    database, _ = open_database(chosen_database_url(args))
    try:
        by = signed_in(args, database)
        window = export.outcome_window(
            database,
            by,
            since=export.moment_of(args.since) if args.since else None,
            until=export.moment_of(args.until) if args.until else None,
            since_last=args.since_last,
        )
        events = outcome_events(database, by, window)
        header = {
            "kind": export.ExportKind.OUTCOMES.value,
            "since": _moment(window.since),
            "until": _moment(window.until),
        }
        content = render(events, export.columns(OutcomeEvent), args.format, header)
        report = export.record_export(
            database,
            by,
            Path(args.out),
            content,
            kind=export.ExportKind.OUTCOMES,
            file_format=args.format,
            rows=len(events),
            window=window,
        )
    finally:
        database.dispose()
    print(
        translate(
            "Export", "{rows} events from {since} to {until} written to {path} (SHA-256 {digest})"
        ).format(
            rows=format_integer(report.rows),
            since=_moment(window.since),
            until=_moment(window.until),
            path=str(report.path),
            digest=report.sha256,
        )
    )
    return 0


def run_schedule(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services import export_log as export
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
