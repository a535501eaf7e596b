"""The export log, and what every export to the core banking system shares.

* The window of an outcomes export: from ``since`` included to ``until`` excluded;
  ``--since-last`` starts where the last export of the same branch ended.
* ``record_export`` writes the file whole (a temporary name, renamed once complete:
  ``services/backups.written_whole``), then logs it (``export_log``: kind, window or
  agreement, branch, format, rows, SHA-256, who, when) with its audit event. The file
  comes first: should the log fail, the next ``--since-last`` exports the same window
  again (the core system receives events twice, each with its id) rather than an
  event never.

Exporting is a supervisor's act (``Permission.EXPORT_OUTCOMES``, see
``domain/permissions.py``): the file holds the outcomes of a whole branch's cases,
leaves the application for another system and starts what the core system does with
them (new schedules, reminders stopped). An officer works cases, an administrator has
no access to client data: neither exports. A supervisor exports the cases of their
branch's queue (``case_queries.in_branch``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import ExportLog
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services.audit_trail import seal
from recouvrement_desktop.services.backups import written_whole
from recouvrement_desktop.services.permissions import authorize
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = [
    "EXPORT_MARGIN",
    "ExportError",
    "ExportKind",
    "ExportReport",
    "ExportWindow",
    "columns",
    "default_until",
    "export_scope",
    "moment_of",
    "outcome_window",
    "record_export",
]

#: The default end of a window lies this far before now: on a shared server each
#: machine stamps what it writes with its own clock (the journal accepts five minutes
#: of difference), so the last minutes wait for the next export rather than be missed.
EXPORT_MARGIN: Final = timedelta(minutes=5)


class ExportError(UserFacingError):
    context = "Export"
    exit_code = 2  # refused, nothing written


class ExportKind(StrEnum):
    OUTCOMES = "outcomes"
    SCHEDULE = "schedule"


@dataclass(frozen=True, slots=True)
class ExportWindow:
    """From ``since`` included to ``until`` excluded (timezone-aware)."""

    since: datetime
    until: datetime


@dataclass(frozen=True, slots=True)
class ExportReport:
    path: Path
    rows: int
    sha256: str
    window: ExportWindow | None


# ------------------------------------------------------------------------ the window


def moment_of(text: str) -> datetime:
    """A window bound as given: ``YYYY-MM-DD`` (midnight UTC) or an ISO 8601 moment
    (UTC when it names no offset)."""
    value = text.strip()
    try:
        if len(value) == len("YYYY-MM-DD"):
            return datetime.combine(date.fromisoformat(value), time(0, tzinfo=UTC))
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Export", "{value} is not a date (YYYY-MM-DD) or a moment (ISO 8601)."
            ),
            value=value,
        ) from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def default_until(now: datetime | None = None) -> datetime:
    """The end of a window not given one: ``EXPORT_MARGIN`` before now."""
    return (now or utc_now()) - EXPORT_MARGIN


def export_scope(database: Database, reader: Identity | None) -> str:
    """The branch whose cases *reader* exports, once allowed to export."""
    return authorize(database, reader, Permission.EXPORT_OUTCOMES).branch


def outcome_window(
    database: Database,
    reader: Identity | None,
    *,
    since: datetime | None,
    until: datetime | None,
    since_last: bool = False,
) -> ExportWindow:
    """The window of an outcomes export: *since*, or the end of the last export of the
    reader's branch (*since_last*), to *until* (default: ``default_until()``)."""
    branch = export_scope(database, reader)
    if since_last:
        with database.session() as session:
            since = session.scalars(
                select(ExportLog.until)
                .where(ExportLog.kind == ExportKind.OUTCOMES.value, ExportLog.branch == branch)
                .order_by(ExportLog.exported_at.desc(), ExportLog.id.desc())
                .limit(1)
            ).first()
        if since is None:
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "Export", "No outcomes were exported for {branch} yet: give --since."
                ),
                branch=branch,
            )
    if since is None:
        raise ExportError(QT_TRANSLATE_NOOP("Export", "Give --since or --since-last."))
    end = until or default_until()
    if end > utc_now():
        # Events still to come would fall in a window already exported, and the next
        # --since-last would start after them: never exported.
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "The window cannot end in the future ({until})."),
            until=end.isoformat(),
        )
    if end <= since:
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "The window ends ({until}) before it starts ({since})."),
            since=since.isoformat(),
            until=end.isoformat(),
        )
    return ExportWindow(since, end)


# ------------------------------------------------------------------ writing the file


def record_export(
    database: Database,
    by: Identity | None,
    out: Path,
    content: bytes,
    *,
    kind: ExportKind,
    file_format: str,
    rows: int,
    window: ExportWindow | None = None,
    subject: str | None = None,
) -> ExportReport:
    """Write *content* at *out* whole (a temporary file, renamed once complete), then
    log it with its audit event.

    The file comes first: should the log fail, the next ``--since-last`` exports the
    same window again (the core system receives events twice, each with its id),
    rather than an event never."""
    branch = export_scope(database, by)
    with written_whole(out) as partial:
        partial.write_bytes(content)
    digest = _sha256(out)
    with unit_of_work(database, by) as uow:
        assert by is not None  # allowed above
        entry = ExportLog(
            uuid=uuid.uuid4(),
            kind=kind.value,
            since=window.since if window else None,
            until=window.until if window else None,
            subject=subject,
            branch=branch,
            format=file_format,
            rows=rows,
            file_name=out.name,
            sha256=digest,
            officer_id=by.id,
            exported_at=utc_now(),
        )
        uow.session.add(entry)
        uow.session.flush()
        uow.audit(
            f"export.{kind.value}",
            "export",
            entry.uuid,
            file=out.name,
            rows=rows,
            sha256=digest,
            branch=branch,
            since=window.since.isoformat() if window else None,
            until=window.until.isoformat() if window else None,
            agreement=subject,
        )
    seal(database)
    return ExportReport(out, rows, digest, window)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def columns(row_type: type[Any]) -> Sequence[str]:
    """The columns of an export, in the file's order: the fields of its rows."""
    return [field.name for field in dataclasses.fields(row_type)]
