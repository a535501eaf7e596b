"""The files of an outcomes export, and the export itself, shared by the command line
(``export outcomes``, ``cli/export.py``) and the window (Export outcomes…): the same
window gives the same bytes whichever writes them.

Rows are written as CSV (UTF-8 without BOM, ``;`` between fields, CRLF line ends, a
header row) or JSON (UTF-8, amounts as strings so that no cent is lost to a float), in
the layout of docs/export-format.md, whatever the interface's language: dates
``YYYY-MM-DD``, moments in UTC ``YYYY-MM-DDTHH:MM:SSZ``, amounts with a point and two
decimals, rates with four.
"""

from __future__ import annotations

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
from typing import Any, Final

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.services import export_log as export
from recouvrement_desktop.services.outcome_export import OutcomeEvent, outcome_events
from recouvrement_desktop.services.schedule_export import ScheduleLine

__all__ = ["FORMATS", "export_outcomes", "moment_text", "render"]

FORMATS: Final = ("csv", "json")
SEPARATOR: Final = ";"
CONTRACT_SEPARATOR: Final = ","  # several contracts in one CSV field
_CENT: Final = Decimal("0.01")
_RATE: Final = Decimal("0.0001")
_RATES: Final = frozenset({"rate_pct"})


def moment_text(value: datetime) -> str:
    """A moment as the files write it: UTC, to the second."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _value(name: str, value: Any) -> Any:
    """A field as the file keeps it (JSON: ``None`` and lists stay such)."""
    if value is None or (isinstance(value, bool | int | str) and not isinstance(value, Enum)):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return moment_text(value)
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


def export_outcomes(
    database: Database,
    by: Identity | None,
    out: Path,
    *,
    file_format: str,
    since: datetime | None,
    until: datetime | None,
    since_last: bool = False,
) -> export.ExportReport:
    """Write the outcomes of the window (*since*, or where the last export of *by*'s
    branch ended, to *until*) at *out*, whole, and log the export."""
    window = export.outcome_window(database, by, since=since, until=until, since_last=since_last)
    events = outcome_events(database, by, window)
    header = {
        "kind": export.ExportKind.OUTCOMES.value,
        "since": moment_text(window.since),
        "until": moment_text(window.until),
    }
    content = render(events, export.columns(OutcomeEvent), file_format, header)
    return export.record_export(
        database, by, out, content, kind=export.ExportKind.OUTCOMES,
        file_format=file_format, rows=len(events), window=window,
    )  # fmt: skip
