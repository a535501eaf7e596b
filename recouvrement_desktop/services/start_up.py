"""What the window runs once it is shown, off the GUI thread: the forclusion dates a
database upgraded from an older version lacks, then the promises due since the last
start, then the agreements' instalments missed since (``services/agreement_followup.py``).
Each step stops between committed batches when ``after_batch`` raises."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.services.agreement_followup import follow_due_agreements
from recouvrement_desktop.services.legal_deadlines import refresh_missing
from recouvrement_desktop.services.promises import SettlementReport, settle_due_promises

__all__ = ["StartUpReport", "start_up_jobs"]


@dataclass
class StartUpReport(SettlementReport):
    """The promises settled, and the agreement instalments found missed (their entries)."""

    missed: list[uuid.UUID] = field(default_factory=list)


def start_up_jobs(
    database: Database, today: date, *, after_batch: Callable[[int, int], None] | None = None
) -> StartUpReport:
    refresh_missing(database, after_batch=after_batch)
    settled = settle_due_promises(database, today, after_batch=after_batch)
    followed = follow_due_agreements(database, today, after_batch=after_batch)
    return StartUpReport(
        kept=settled.kept,
        broken=settled.broken,
        cases_flagged=settled.cases_flagged,
        cases_cleared=settled.cases_cleared,
        missed=followed.missed,
    )
