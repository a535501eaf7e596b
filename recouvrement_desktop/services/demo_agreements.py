"""Real signed agreements for the demonstration data.

``generate_demo_data`` records, for each rescheduled demonstration case, the offer and
the AGREEMENT journal entry; ``write_demo_agreements`` then writes, for the first few of
them, the agreement itself: the engine's plan for the figures of that entry, signed in
the branch by the client and the officer (drawn signatures), sealed with the
demonstration certificate and archived. Afterwards ``agreement list/show/export`` and
``verify`` work on the demonstration database.

It also leaves the follow-up work a desk has on any day, made through the real
acceptance service: a plan at a rate below the officer's delegation, waiting for a
supervisor's approval, and an agreement made by phone, waiting for the client's
countersigned paper.
"""

from __future__ import annotations

import dataclasses
import hashlib
from decimal import Decimal
from typing import Final

from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, JournalEntry, Loan, Officer
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.documents.agreement_model import Signatures
from recouvrement_desktop.documents.sample import sample_signature
from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import AgreementState, CaseStage, Channel, JournalKind
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services import sealing
from recouvrement_desktop.services.agreements import (
    AgreementError,
    CaseFacts,
    accept_plan,
    build_model,
    new_snapshot,
    next_reference,
    seal_model,
    sealer_for,
    snapshot_json,
)
from recouvrement_desktop.services.case_queries import in_branch
from recouvrement_desktop.services.database_purpose import require_demonstration
from recouvrement_desktop.services.demo_data.vocabulary import BRANCHES
from recouvrement_desktop.services.journal_payloads import AgreementMade
from recouvrement_desktop.services.legal_deadlines import refresh_cases
from recouvrement_desktop.services.officers import delegation_of
from recouvrement_desktop.services.reference_data import refresh_current
from recouvrement_desktop.services.simulation import (
    SimulationContext,
    SimulationResult,
    simulate,
)
from recouvrement_desktop.services.unit_of_work import unit_of_work
from recouvrement_desktop.services.views import (
    client_view,
    identity_of,
    journal_entry_view,
    loan_view,
)

__all__ = ["DEMO_AGREEMENTS", "write_demo_agreements"]

#: How many rescheduled demonstration cases get their signed agreement.
DEMO_AGREEMENTS: Final = 20
#: Below the demonstration delegation's 2 % floor: a supervisor must approve it.
_RATE_NEEDING_APPROVAL: Final = Decimal("1.50")


def write_demo_agreements(database: Database, limit: int = DEMO_AGREEMENTS) -> int:
    """Write up to *limit* signed agreements, then the follow-up work (see the module's
    docstring); returns how many signed agreements were written."""
    require_demonstration(database)
    written = _write_signed_agreements(database, limit)
    _write_follow_ups(database)
    return written


def _write_signed_agreements(database: Database, limit: int) -> int:
    with database.session() as session:
        entries = session.execute(
            select(JournalEntry, Case)
            .join(Case, Case.id == JournalEntry.case_id)
            .where(
                JournalEntry.kind == JournalKind.AGREEMENT,
                Case.stage == CaseStage.RESCHEDULED,
                ~select(Agreement.id).where(Agreement.case_id == Case.id).exists(),
            )
            .order_by(Case.id)
            # more candidates than wanted: a plan with a blocking check is left out
            .limit(limit * 4)
        ).all()
        fallback = session.scalars(select(Officer).order_by(Officer.id)).first()
        refresh_current(session)  # the thresholds this database holds in force
        work = []
        for row, case in entries:
            officer_row = case.officer or fallback
            if officer_row is None:
                continue
            officer = identity_of(officer_row)
            loans = tuple(
                loan_view(loan)
                for loan in session.scalars(select(Loan).where(Loan.case_id == case.id))
            )
            work.append(
                (
                    journal_entry_view(row),
                    case.reference,
                    case.id,
                    client_view(case.client),
                    loans,
                    officer,
                    delegation_of(session, officer),
                )
            )
    if not work:
        return 0
    head = sealing.letterhead()
    signer = sealer_for(True)  # demonstration agreements: the demonstration certificate
    prepared: list[Agreement] = []
    with database.session() as session:
        year_numbers: dict[int, int] = {}
        for index, (entry, case_reference, case_id, client, loans, officer, limits) in enumerate(
            work
        ):
            if len(prepared) >= limit:
                break
            day = entry.occurred_at.astimezone().date()
            try:
                context = SimulationContext.from_case(
                    case_reference, client, loans, limits, today=day
                )
            except DomainError:  # a demo case the engine cannot take: skip it
                continue
            inputs = context.default_inputs()
            agreed = entry.details
            if isinstance(agreed, AgreementMade):  # the plan the history says was agreed
                inputs = dataclasses.replace(inputs, periods=agreed.periods)
                if agreed.rate_pct is not None:
                    inputs = dataclasses.replace(inputs, rate_pct=agreed.rate_pct)
            result = simulate(context, inputs)
            # The window's checks, as for a plan an officer accepts: a plan that breaks a
            # blocking rule is never agreed, in the demonstration either.
            if result.plan is None or result.assessment is None or result.assessment.blocking:
                continue
            year = entry.occurred_at.year
            if year not in year_numbers:
                first = next_reference(session, year)
                year_numbers[year] = int(first.rsplit("-", 1)[1])
            reference = f"ACC-{year}-{year_numbers[year]:06d}"
            year_numbers[year] += 1
            facts = CaseFacts(case_id, case_reference, client, loans, officer, "—", limits)
            model = build_model(
                facts,
                result.plan,
                reference=reference,
                channel=Channel.BRANCH,
                language=Language.FRENCH,
                signatures=Signatures(
                    # Signed when the agreement was made, as the pads would have it.
                    client=sample_signature(index, signed_at=entry.occurred_at),
                    officer=sample_signature(index + 4, signed_at=entry.occurred_at),
                ),
                created_at=entry.occurred_at,
                letterhead=head,
                seal_level=signer.level,
                checks=result.assessment.warnings,
            )
            pdf = seal_model(model, signer)
            prepared.append(
                Agreement(
                    reference=reference,
                    case_id=case_id,
                    client_name=model.client.full_name,
                    officer_id=officer.id,
                    status=AgreementState.SIGNED,
                    channel=Channel.BRANCH,
                    language=Language.FRENCH.value,
                    journal_entry_id=entry.id,
                    created_at=entry.occurred_at,
                    signed_at=entry.occurred_at,
                    snapshot=snapshot_json(
                        new_snapshot(
                            model, result.plan, case_reference, warnings=result.assessment.warnings
                        )
                    ),
                    pdf=pdf,
                    pdf_sha256=hashlib.sha256(pdf).hexdigest(),
                )
            )
    with unit_of_work(database, None) as uow:
        uow.session.add_all(prepared)
        uow.audit(
            "demo_data.agreements",
            "database",
            None,
            agreements=[row.reference for row in prepared],
        )
        uow.session.flush()
        # Signed reschedulings restart the two years of forclusion of their contracts.
        refresh_cases(uow.session, [row.case_id for row in prepared])
    return len(prepared)


def _write_follow_ups(database: Database) -> None:
    """One plan waiting for approval and one paper waiting to come back, on the first
    amicable cases the engine can take in the demonstration accounts' branch (so that
    ``demo.supervisor`` finds them in the follow-up)."""
    with database.session() as session:
        candidates = session.execute(
            select(Case.id, Case.reference, Case.client_id)
            .where(
                Case.stage == CaseStage.AMICABLE,
                Case.officer_id.is_not(None),
                in_branch(BRANCHES[0]),
                ~select(Agreement.id).where(Agreement.case_id == Case.id).exists(),
            )
            .order_by(Case.id)
            .limit(20)
        ).all()
    wanted = [(Channel.BRANCH, _RATE_NEEDING_APPROVAL), (Channel.PHONE, None)]
    for case_id, *_ in candidates:
        if not wanted:
            return
        channel, rate = wanted[0]
        made = _plan_for(database, case_id, rate)
        if made is None:
            continue
        officer, result = made
        assert result.plan is not None and result.assessment is not None
        if rate is not None and not result.assessment.needs_supervisor_approval:
            continue
        now = utc_now()
        try:
            accept_plan(
                database,
                officer,
                case_id,
                result.plan,
                result.assessment,
                channel=channel,
                signatures=Signatures(
                    # By phone the client signs the paper sent afterwards.
                    client=None
                    if channel is Channel.PHONE
                    else sample_signature(case_id % 4, signed_at=now),
                    officer=sample_signature(case_id % 4 + 4, signed_at=now),
                ),
            )
        except AgreementError:  # a plan the rules refuse: try the next case
            continue
        wanted.pop(0)


def _plan_for(
    database: Database, case_id: int, rate: Decimal | None
) -> tuple[Identity, SimulationResult] | None:
    """The case's officer and the engine's default plan (at *rate*, if given)."""
    with database.session() as session:
        case = session.get(Case, case_id)
        if case is None or case.officer is None:
            return None
        refresh_current(session)
        officer = identity_of(case.officer)
        loans = [
            loan_view(loan) for loan in session.scalars(select(Loan).where(Loan.case_id == case_id))
        ]
        try:
            context = SimulationContext.from_case(
                case.reference,
                client_view(case.client),
                loans,
                delegation_of(session, officer),
            )
        except DomainError:
            return None
    inputs = context.default_inputs()
    if rate is not None:
        inputs = dataclasses.replace(inputs, rate_pct=rate)
    result = simulate(context, inputs)
    if result.plan is None or result.assessment is None or result.assessment.blocking:
        return None
    return officer, result
