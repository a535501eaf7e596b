"""``import_portfolio``: the day's snapshot of contracts in arrears, written in one
transaction (all of it, or with ``skip_invalid`` all of its valid lines, or nothing).

Existing clients and contracts are matched by ``client_number`` / ``contract_number``
and brought up to date; a change of a contract's figures is journaled on its case. New
contracts join their client's open case (or the case ``case_reference`` names), else a
new case assigned by ``officer_login``, else to the least loaded officer of ``branch``.
Changes go through the ORM (covered record by record by the audit chain), new records
are inserted in bulk and covered in bulk; one audit event records the import itself
with its counts and the file's SHA-256.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Final

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.import_profile import ImportProfile
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.portfolio_rows import check_lines
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.services.permissions import authorize
from recouvrement_desktop.services.portfolio.reading import read_portfolio
from recouvrement_desktop.services.portfolio.report import ImportReport
from recouvrement_desktop.services.portfolio.writing import PortfolioWriter
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = ["BALANCES_NOTE", "import_portfolio"]

# The journal entry of a case whose figures the import changed (the caller translates
# it, the services have no translator).
BALANCES_NOTE: Final = QT_TRANSLATE_NOOP("Import", "Balances updated by the import of {file}")


class _RollbackError(Exception):
    """Leave the transaction without writing (a dry run, a refused file)."""


def import_portfolio(
    database: Database,
    by: Identity | None,
    path: Path,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    encoding: str | None = None,
    profile: ImportProfile | None = None,
    note: str = BALANCES_NOTE,
    today: date | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import *path*; the report says what was (or, on a dry run or a refusal, would
    have been) created and updated, and every line refused. A *profile* reads a bank's
    own layout; ``note`` is the text of the journal entry, with ``{file}``.
    ``on_progress(done, total)`` follows the work; whatever it raises (a cancellation)
    leaves the transaction, writing nothing."""
    authorize(database, by, Permission.IMPORT_DATA)
    parsed = read_portfolio(path, encoding, profile)
    rows, issues = check_lines(parsed.lines, parsed.columns)
    report = ImportReport(
        file=path.name,
        sha256=parsed.sha256,
        lines=len(parsed.lines),
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        rejected=list(issues),
    )
    day = today or utc_now().date()
    try:
        with unit_of_work(database, by) as uow:
            writer = PortfolioWriter(uow.session, by, report, day, on_progress)
            writer.write(rows, note.format(file=path.name))
            report.rejected.sort(key=lambda issue: issue.line)
            if not report.written:
                raise _RollbackError
            uow.audit(
                "portfolio.imported",
                "import",
                None,
                file=path.name,
                sha256=parsed.sha256,
                encoding=parsed.encoding,
                profile=None if profile is None else profile.name,
                skip_invalid=skip_invalid,
                **report.counts(),
            )
    except _RollbackError:
        pass
    return report
