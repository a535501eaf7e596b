"""The escalation's history in the demonstration data, so that the day's batch shows a
realistic mix (``letters due``): besides the first reminders the generated arrears ask
for, cases of the demonstration supervisor's branch that received their first reminder
(a second one is due), both reminders (a formal notice awaits approval; one of them is
approved already). Cases with a pending promise or a running plan are skipped by the
policy itself. The letters are real: rendered, archived and journalled by the service
that sends a batch (``services/escalation.record_letter``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, JournalEntry, Officer
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.domain.recovery import CaseStage, Channel, JournalKind
from recouvrement_desktop.services.case_queries import in_branch
from recouvrement_desktop.services.database_purpose import require_demonstration
from recouvrement_desktop.services.demo_data.vocabulary import DEMO_ACCOUNT_PREFIX
from recouvrement_desktop.services.escalation import approve_letter
from recouvrement_desktop.services.letter_batch import record_letter
from recouvrement_desktop.services.views import identity_of

__all__ = ["write_demo_letters"]

#: (days past due at least, letters sent so many days ago) of each scenario, two cases each.
_SECOND_REMINDER: Final = (40, ((LetterKind.REMINDER_1, 14),))
_FORMAL_NOTICE: Final = (60, ((LetterKind.REMINDER_1, 30), (LetterKind.REMINDER_2, 15)))
_PER_SCENARIO: Final = 2


def write_demo_letters(database: Database, today: date | None = None) -> int:
    """Write the letters of the scenarios above; how many letters were written."""
    require_demonstration(database)
    day = today or date.today()
    with database.session() as session:
        supervisor = session.scalars(
            select(Officer).where(Officer.login == f"{DEMO_ACCOUNT_PREFIX}supervisor")
        ).first()
        if supervisor is None:
            return 0
        identity = identity_of(supervisor)
        with_promise_or_letter = select(JournalEntry.case_id).where(
            JournalEntry.kind.in_((JournalKind.PROMISE, JournalKind.LETTER))
        )
        candidates = list(
            session.execute(
                select(Case.reference, Case.days_past_due)
                .where(
                    Case.stage == CaseStage.AMICABLE,
                    Case.officer_id.is_not(None),
                    in_branch(identity.branch),
                    Case.id.not_in(with_promise_or_letter),
                )
                .order_by(Case.days_past_due.desc(), Case.reference)
            )
        )
    written = 0
    scenarios = ((_FORMAL_NOTICE, True), (_SECOND_REMINDER, False))
    for (minimum, letters), approve_first in scenarios:
        chosen = [reference for reference, days in candidates if days >= minimum]
        chosen = chosen[:_PER_SCENARIO]
        candidates = [row for row in candidates if row[0] not in chosen]
        for index, reference in enumerate(chosen):
            for kind, ago in letters:
                sent = record_letter(
                    database, identity, reference, kind, Channel.LETTER, on=day - timedelta(ago)
                )
                written += sent is not None
            if approve_first and index == 0:
                approve_letter(
                    database,
                    identity,
                    reference,
                    LetterKind.FORMAL_NOTICE,
                    on=day,
                    note="Relances sans effet, client injoignable",
                )
    return written
