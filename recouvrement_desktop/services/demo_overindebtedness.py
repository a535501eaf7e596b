"""An overindebtedness file and an FICP registration in the demonstration data, so that
the day's letters show a case skipped under an open file ("overindebtedness file lodged
on …") and the client panel and the agreement show a registration. Recorded by the
demonstration supervisor through the services an officer uses
(``services/overindebtedness.py``), on cases of the supervisor's branch that the
escalation's demonstration history (``services/demo_letters.py``) leaves alone.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, JournalEntry, Loan, Officer
from recouvrement_desktop.domain.recovery import CaseStage, JournalKind, OverindebtednessStatus
from recouvrement_desktop.services.case_queries import in_branch
from recouvrement_desktop.services.database_purpose import require_demonstration
from recouvrement_desktop.services.demo_data.vocabulary import DEMO_ACCOUNT_PREFIX
from recouvrement_desktop.services.overindebtedness import record_status, register_ficp
from recouvrement_desktop.services.views import identity_of

__all__ = ["write_demo_overindebtedness"]

_FILED_AGO: Final = 45  # days: lodged six weeks ago…
_ADMISSIBLE_AGO: Final = 20  # …declared admissible three weeks later
_FICP_AGO: Final = 60
_FIRST_REMINDER_DAYS: Final = 10  # the shipped policy's first reminder (policy.toml)


def write_demo_overindebtedness(database: Database, today: date | None = None) -> list[str]:
    """Record the file and the registration; the references of the two cases (none
    when the demonstration has no supervisor or no case fits)."""
    require_demonstration(database)
    day = today or date.today()
    with database.session() as session:
        supervisor = session.scalars(
            select(Officer).where(Officer.login == f"{DEMO_ACCOUNT_PREFIX}supervisor")
        ).first()
        if supervisor is None:
            return []
        identity = identity_of(supervisor)
        busy = select(JournalEntry.case_id).where(JournalEntry.kind == JournalKind.LETTER)
        # Late enough that a letter is due, and no letter sent by the escalation's history.
        rows = session.execute(
            select(Case.id, Case.reference)
            .where(
                Case.stage.in_((CaseStage.AMICABLE, CaseStage.PRE_LITIGATION)),
                Case.officer_id.is_not(None),
                Case.days_past_due >= _FIRST_REMINDER_DAYS,
                in_branch(identity.branch),
                Case.id.not_in(busy),
            )
            .order_by(Case.days_past_due, Case.reference)
            .limit(2)
        ).all()
        if len(rows) < 2:
            return []
        (frozen_id, frozen_ref), (ficp_id, ficp_ref) = rows
        loan = session.scalars(
            select(Loan).where(Loan.case_id == ficp_id).order_by(Loan.id).limit(1)
        ).first()
        incident = (
            f"contrat {loan.contract_number} : {max(loan.arrears_count, 2)} échéances impayées"
            if loan is not None
            else "échéances impayées"
        )
    filed = day - timedelta(days=_FILED_AGO)
    record_status(database, identity, frozen_id, OverindebtednessStatus.FILED, filed)
    record_status(
        database,
        identity,
        frozen_id,
        OverindebtednessStatus.ADMISSIBLE,
        day - timedelta(days=_ADMISSIBLE_AGO),
        note="Dossier déclaré recevable par la commission",
    )
    register_ficp(database, identity, ficp_id, day - timedelta(days=_FICP_AGO), incident)
    return [frozen_ref, ficp_ref]
