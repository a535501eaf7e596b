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
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Officer, PortfolioImport
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.import_profile import ImportProfile
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.portfolio_rows import RawLine, check_lines
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.services.permissions import authorize
from recouvrement_desktop.services.portfolio.absent import LeftNotes, mark_left_contracts
from recouvrement_desktop.services.portfolio.reading import read_portfolio
from recouvrement_desktop.services.portfolio.report import ImportReport, PriorImport
from recouvrement_desktop.services.portfolio.writing import PortfolioWriter
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = ["BALANCES_NOTE", "ImportNotes", "first_import_of", "import_portfolio"]

# The journal's texts of an import (the caller translates them: the services have no
# translator); ``{file}``, and ``{contracts}`` for those that left the extract.
BALANCES_NOTE: Final = QT_TRANSLATE_NOOP("Import", "Balances updated by the import of {file}")
LEFT_NOTE: Final = QT_TRANSLATE_NOOP("Import", "No longer in the extract {file}: {contracts}")
ALL_LEFT_NOTE: Final = QT_TRANSLATE_NOOP(
    "Import",
    "No longer in the extract {file}: {contracts}. None of this case's contracts is in the "
    "extract any more: it may be settled.",
)


@dataclass(frozen=True, slots=True)
class ImportNotes:
    balances: str = BALANCES_NOTE
    left: str = LEFT_NOTE
    all_left: str = ALL_LEFT_NOTE

    @classmethod
    def translated(cls, translate: Callable[[str, str], str]) -> ImportNotes:
        """The notes in the interface's language, by *translate(context, source)*."""
        return cls(
            *(translate("Import", text) for text in (BALANCES_NOTE, LEFT_NOTE, ALL_LEFT_NOTE))
        )


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
    full_snapshot: bool = True,
    notes: ImportNotes | None = None,
    today: date | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import *path*; the report says what was (or, on a dry run or a refusal, would
    have been) created and updated, and every line refused. A *profile* reads a bank's
    own layout. A *full_snapshot* holds every contract in arrears: those of open cases
    it lacks have left the extract (marked, journaled, never deleted). A file already
    imported (same SHA-256) is not imported again: the report names the first import.
    ``notes`` are the journal's texts; ``on_progress(done, total)`` follows the work;
    whatever it raises (a cancellation) leaves the transaction, writing nothing."""
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
    texts = notes or ImportNotes()
    try:
        with unit_of_work(database, by) as uow:
            report.already = first_import_of(uow.session, parsed.sha256)
            if report.already is not None:
                raise _RollbackError
            writer = PortfolioWriter(uow.session, by, report, day, on_progress)
            writer.write(rows, texts.balances.format(file=path.name))
            report.rejected.sort(key=lambda issue: issue.line)
            if full_snapshot and not report.refused:
                present = {number for raw in parsed.lines if (number := _contract(raw))}
                left = mark_left_contracts(
                    uow.session, by, present, today=day, file=path.name, sha256=parsed.sha256,
                    notes=LeftNotes(texts.left, texts.all_left),
                )  # fmt: skip
                report.left_contracts, report.settle_proposed = left.contracts, left.cases
            if not report.written:
                raise _RollbackError
            uow.session.add(
                PortfolioImport(
                    sha256=parsed.sha256,
                    file_name=path.name[:255],
                    officer_id=by.id if by else None,
                    full_snapshot=full_snapshot,
                    counts=report.counts(),
                )
            )
            uow.audit(
                "portfolio.imported",
                "import",
                None,
                file=path.name,
                sha256=parsed.sha256,
                encoding=parsed.encoding,
                profile=None if profile is None else profile.name,
                skip_invalid=skip_invalid,
                full_snapshot=full_snapshot,
                **report.counts(),
            )
    except _RollbackError:
        pass
    return report


def _contract(raw: RawLine) -> str:
    return raw.cells.get("contract_number", "").strip()


def first_import_of(session: Session, sha256: str) -> PriorImport | None:
    """When and by whom a file with this SHA-256 was first imported, if it was."""
    found = session.execute(
        select(PortfolioImport.imported_at, Officer.full_name)
        .outerjoin(Officer, Officer.id == PortfolioImport.officer_id)
        .where(PortfolioImport.sha256 == sha256)
        .order_by(PortfolioImport.id)
        .limit(1)
    ).first()
    return None if found is None else PriorImport(found[0], found[1] or "")
