"""The life of an agreement: accepted, approved or rejected, made binding.

* ``accept_plan`` runs the guardrails once more on the plan, with the officer's
  delegation as recorded in the database now. Within it the agreement is created at
  once; beyond it, it waits for a supervisor (status "pending approval") and only a
  proposal marked "non binding" can be printed until ``approve`` makes it binding
  (``reject`` closes it). An approval by the plan's maker is refused.
* Making an agreement binding is one unit of work: the agreement with its immutable
  snapshot and its sealed PDF (rendered and sealed *before* the transaction, stored
  inside it), the AGREEMENT journal entry, the case moving to "rescheduled" with its
  next action a few days after the first instalment is due, and the audit event.
  Nothing is half written if anything fails. The AGREEMENT and STAGE_CHANGE entries
  carry that date and the end of the watch period (``watch_of``, from the bank's
  ``Policy``) in their payload, for the history to show.
* By phone the document is signed by the officer alone, status "awaiting
  countersignature" (``services/agreements/countersignature.py`` completes it).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Final

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.documents import agreement_model as doc
from recouvrement_desktop.domain.affordability import evaluate
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.guardrails import Assessment, WarningCode
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.policy import DEMO_POLICY, Policy, UsuryTable
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    CaseStage,
    Channel,
    JournalKind,
    LoanCategory,
)
from recouvrement_desktop.domain.rescheduling import Restructuring
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services import sealing
from recouvrement_desktop.services.agreement_followup import follow_in
from recouvrement_desktop.services.agreements.archive import AgreementView, agreement_view
from recouvrement_desktop.services.agreements.document import (
    CaseFacts,
    build_model,
    next_reference,
    read_facts,
    seal_model,
    sealer_for,
)
from recouvrement_desktop.services.agreements.errors import AgreementError
from recouvrement_desktop.services.agreements.reflection import (
    mortgage_offer_date,
    require_reflection,
)
from recouvrement_desktop.services.agreements.snapshot import (
    AffordabilityAtAcceptance,
    AgreementSnapshot,
    new_snapshot,
    read_snapshot,
    snapshot_json,
)
from recouvrement_desktop.services.database_purpose import is_demonstration
from recouvrement_desktop.services.journal import locked_case, new_entry, require_officer
from recouvrement_desktop.services.legal_deadlines import refresh_cases
from recouvrement_desktop.services.permissions import authorize, authorize_case, refuse
from recouvrement_desktop.services.reference_data import refresh_current
from recouvrement_desktop.services.simulation import SimulationContext
from recouvrement_desktop.services.unit_of_work import UnitOfWork, unit_of_work

__all__ = ["MAX_REASON_LENGTH", "Watch", "accept_plan", "approve", "reject", "watch_of"]

MAX_REASON_LENGTH: Final = 2000
_REFERENCE_ATTEMPTS: Final = 3  # writers racing for the year's next number
_OWN_PLAN: Final = QT_TRANSLATE_NOOP(
    "Permissions", "You made this plan: another supervisor must decide on it."
)


@dataclass(frozen=True, slots=True)
class Watch:
    """What follows an agreement on its case (see ``Policy``)."""

    first_check: date  # the case's next action: was the first instalment paid?
    until: date  # the end of the watch period of the rescheduled (forborne) exposure


def watch_of(model: doc.AgreementModel, policy: Policy, binding_on: date) -> Watch:
    """The dates that follow an agreement made binding on *binding_on*."""
    return Watch(
        first_check=model.terms.first_due + timedelta(days=policy.first_instalment_check_days),
        until=add_months(binding_on, policy.watch_period_months),
    )


def _make_binding(
    uow: UnitOfWork,
    row: Agreement,
    model: doc.AgreementModel,
    pdf: bytes,
    *,
    at: datetime,
    policy: Policy,
) -> None:
    """Store the sealed file and write what follows from it (inside the caller's UoW).
    The journal entries name the plan's maker, whoever made it binding."""
    watch = watch_of(model, policy, at.astimezone().date())
    case = locked_case(uow.session, row.case_id, AgreementError)
    phone = model.channel is Channel.PHONE
    row.pdf = pdf
    row.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    row.status = AgreementState.AWAITING_COUNTERSIGNATURE if phone else AgreementState.SIGNED
    row.signed_at = None if phone else at
    dates = {"first_check": watch.first_check.isoformat(), "watch_until": watch.until.isoformat()}
    entry = new_entry(
        uow,
        case,
        JournalKind.AGREEMENT,
        at,
        by=row.officer_id,
        channel=model.channel,
        refers_to_id=row.session_id,
        note=model.reference,
        payload={
            "reference": model.reference,
            "sha256": row.pdf_sha256,
            "status": row.status.value,
            "installment": str(model.terms.installment),
            "periods": model.terms.periods,
            "rate": str(model.terms.rate_pct),
            "principal": str(model.terms.new_principal),
            **dates,
        },
    )
    uow.session.flush()
    row.journal_entry_id = entry.id
    if case.stage != CaseStage.RESCHEDULED:
        # The history shows "under watch until …" from this payload, in its language.
        new_entry(
            uow,
            case,
            JournalKind.STAGE_CHANGE,
            at,
            by=row.officer_id,
            stage_from=case.stage,
            stage_to=CaseStage.RESCHEDULED,
            payload={"agreement": model.reference, **dates},
        )
        case.stage = CaseStage.RESCHEDULED
    case.next_action_date = watch.first_check
    uow.session.flush()
    refresh_cases(uow.session, [case.id])  # a signed rescheduling restarts the two years
    # The new plan replaces any earlier one: its follow-up starts (default cleared).
    follow_in(uow, at.astimezone().date(), [case.id], policy)


def _reassess(
    facts: CaseFacts, plan: Restructuring, policy: Policy | None, usury_table: UsuryTable
) -> tuple[Assessment, Policy]:
    """The guardrails once more, under the bank's policy with the officer's delegation
    as the database records it (never as the caller's copy says)."""
    context = SimulationContext.from_case(
        facts.case_reference,
        facts.client,
        facts.loans,
        facts.delegation,
        today=plan.request.start,
        usury_table=usury_table,
        overindebtedness_open=facts.overindebtedness_open,
    )
    rules = (
        context.policy
        if policy is None
        else replace(policy, delegation=context.policy.delegation, usury_table=usury_table)
    )
    again = evaluate(
        plan,
        rules,
        context.budget,
        overindebtedness_open=context.overindebtedness_open,
        consumer=context.consumer,
    )
    return again, rules


def _affordability(assessment: Assessment, policy: Policy) -> AffordabilityAtAcceptance:
    return AffordabilityAtAcceptance(
        effort_rate_pct=assessment.effort_rate_pct,
        max_effort_rate_pct=policy.max_effort_rate_pct,
        reste_a_vivre=assessment.reste_a_vivre,
        reste_a_vivre_floor=assessment.reste_a_vivre_floor,
    )


def _mortgage_reflection(
    database: Database, facts: CaseFacts, plan: Restructuring
) -> tuple[date, date] | None:
    """A plan rescheduling a mortgage is its amendment (C. consom. L313-39): accepted
    today only after the reflection period from the day it was offered; refused with
    the first day it may be accepted otherwise."""
    if not any(loan.category is LoanCategory.MORTGAGE for loan in facts.loans):
        return None
    with database.session() as session:
        offered_on = mortgage_offer_date(session, facts.case_id, plan)
    reflection = require_reflection(offered_on, utc_now().astimezone().date())
    return reflection.offered_on, reflection.acceptance_from


def _refuse_consumer_charges(assessment: Assessment) -> None:
    """A consumer credit's charges the law forbids, refused with what to do instead
    (C. consom. L312-38, L312-39, D312-16; see the rules in ``domain/guardrails.py``)."""
    for warning in assessment.warnings:
        if warning.code is WarningCode.CONSUMER_CAPITALISED:
            raise AgreementError(
                QT_TRANSLATE_NOOP(
                    "Agreements",
                    "On a consumer credit, late interest and penalties may not be capitalised: spread them without interest, put them on the first instalment or waive them (C. consom. L312-38, L312-39).",  # noqa: E501
                )
            )
        if warning.code is WarningCode.CONSUMER_INDEMNITY_CAP:
            raise AgreementError(
                QT_TRANSLATE_NOOP(
                    "Agreements",
                    "Contract {contract}: the penalties exceed the indemnity a consumer credit allows, 8 % of the capital due; they cannot be claimed in an agreement (C. consom. D312-16).",  # noqa: E501
                ),
                contract=warning.params["contract"],
            )
        if warning.code is WarningCode.CONSUMER_FEES:
            raise AgreementError(
                QT_TRANSLATE_NOOP(
                    "Agreements",
                    "Fees may not be claimed after a consumer credit's default (C. consom. L312-38).",  # noqa: E501
                )
            )


def accept_plan(
    database: Database,
    officer: Identity | None,
    case_id: int,
    restructuring: Restructuring,
    assessment: Assessment,
    *,
    channel: Channel,
    session_id: int | None = None,
    language: Language = Language.FRENCH,
    signatures: doc.Signatures | None = None,
    policy: Policy | None = None,
) -> AgreementView:
    """The client accepts *restructuring*: an agreement now, or one pending approval.

    *policy*: the bank's rules (default: the demonstration policy), applied with the
    officer's own delegation.
    """
    acting = require_officer(officer, AgreementError)
    if channel not in (Channel.PHONE, Channel.BRANCH):
        raise AgreementError(
            QT_TRANSLATE_NOOP("Agreements", "An agreement is made by phone or in the branch.")
        )
    authorize_case(database, acting, case_id, Permission.WORK_CASES)
    with database.session() as session:
        facts = read_facts(session, case_id, acting, session_id)
        demonstration = is_demonstration(session)
        usury_table = refresh_current(session)  # this database's thresholds in force
    again, rules = _reassess(facts, restructuring, policy, usury_table)
    reflection = _mortgage_reflection(database, facts, restructuring)
    if WarningCode.OVERINDEBTEDNESS_OPEN in again.codes:
        raise AgreementError(
            QT_TRANSLATE_NOOP(
                "Agreements",
                "An overindebtedness file is open on this case: no agreement until the commission has decided.",  # noqa: E501
            )
        )
    _refuse_consumer_charges(again)
    if again.blocking or assessment.blocking:
        raise AgreementError(
            QT_TRANSLATE_NOOP(
                "Agreements", "This plan breaks a blocking rule (usury): it cannot be accepted."
            )
        )
    pending = again.needs_supervisor_approval or assessment.needs_supervisor_approval
    # Every reason for the approval is kept, the window's included should it differ.
    warnings = list(again.warnings) + [
        w for w in assessment.warnings if w.needs_approval and w.code not in again.codes
    ]
    head = sealing.letterhead()
    signer = sealer_for(demonstration)
    for attempt in range(_REFERENCE_ATTEMPTS):
        created = utc_now()
        with database.session() as session:
            reference = next_reference(session, created.year)
        model = build_model(
            facts,
            restructuring,
            reference=reference,
            channel=channel,
            language=language,
            signatures=signatures,
            created_at=created,
            letterhead=head,
            seal_level=signer.level,
            checks=warnings,
            cure_days=rules.formal_notice_cure_days,
            reflection=reflection,
        )
        snapshot = new_snapshot(
            model,
            restructuring,
            facts.case_reference,
            warnings=warnings,
            affordability=_affordability(again, rules),
        )
        pdf = None if pending else seal_model(model, signer)
        try:
            return _store(database, acting, facts, snapshot, pdf, session_id, rules)
        except IntegrityError:
            if attempt == _REFERENCE_ATTEMPTS - 1:  # pragma: no cover - three racing writers
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _store(  # noqa: PLR0917 - one private call site
    database: Database,
    officer: Identity,
    facts: CaseFacts,
    snapshot: AgreementSnapshot,
    pdf: bytes | None,
    session_id: int | None,
    policy: Policy,
) -> AgreementView:
    model = snapshot.model
    at = model.evidence.created_at
    with unit_of_work(database, officer) as uow:
        row = Agreement(
            uuid=uuid.uuid4(),
            reference=model.reference,
            case_id=facts.case_id,
            client_name=model.client.full_name,
            officer_id=officer.id,
            status=AgreementState.PENDING_APPROVAL,
            channel=model.channel,
            language=model.language.value,
            session_id=session_id,
            created_at=at,
            snapshot=snapshot_json(snapshot),
        )
        uow.session.add(row)
        uow.session.flush()
        if pdf is None:
            uow.audit(
                "agreement.submitted",
                "agreement",
                row.uuid,
                reference=row.reference,
                case=facts.case_reference,
                warnings=[str(w.code) for w in snapshot.approval_reasons],
            )
        else:
            _make_binding(uow, row, model, pdf, at=at, policy=policy)
            uow.audit(
                "agreement.created",
                "agreement",
                row.uuid,
                reference=row.reference,
                case=facts.case_reference,
                sha256=row.pdf_sha256,
                status=row.status.value,
            )
        uow.session.flush()
        return agreement_view(row)


def _decision_reason(reason: str) -> str:
    cleaned = (reason or "").strip()
    if not cleaned:
        raise AgreementError(QT_TRANSLATE_NOOP("Agreements", "Give the reason for the decision."))
    if len(cleaned) > MAX_REASON_LENGTH:
        raise AgreementError(
            QT_TRANSLATE_NOOP("Agreements", "A reason holds at most {count} characters."),
            count=MAX_REASON_LENGTH,
        )
    return cleaned


def _require_approver(
    database: Database, supervisor: Identity | None, agreement_id: int
) -> Identity:
    """The acting supervisor: a role that approves, read from the database now, and the
    agreement's case one of the branch's."""
    acting = require_officer(supervisor, AgreementError)
    authorize(database, acting, Permission.APPROVE_PLANS)
    with database.session() as session:
        row = session.get(Agreement, agreement_id)
        case_id, maker = (row.case_id, row.officer_id) if row is not None else (None, None)
    if case_id is not None:
        authorize_case(database, acting, case_id, Permission.APPROVE_PLANS)
    if maker == acting.id:  # four eyes: the maker never checks their own plan
        refuse(database, acting, _OWN_PLAN, agreement_id=agreement_id)
    return acting


def _pending(session: Session, agreement_id: int, decider: Identity) -> Agreement:
    row = session.execute(
        select(Agreement).where(Agreement.id == agreement_id).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        raise AgreementError(QT_TRANSLATE_NOOP("Agreements", "This agreement no longer exists."))
    if row.status is not AgreementState.PENDING_APPROVAL:
        raise AgreementError(
            QT_TRANSLATE_NOOP(
                "Agreements", "Agreement {reference} is no longer waiting for approval."
            ),
            reference=row.reference,
        )
    if row.officer_id == decider.id:  # checked before; again here, in the transaction
        raise AgreementError(_OWN_PLAN)
    return row


def approve(
    database: Database,
    supervisor: Identity | None,
    agreement_id: int,
    reason: str,
    *,
    policy: Policy = DEMO_POLICY,
) -> AgreementView:
    """A supervisor approves a plan beyond delegation: the agreement becomes binding
    (its case under watch for the period of *policy*, the bank's rules)."""
    acting = _require_approver(database, supervisor, agreement_id)
    why = _decision_reason(reason)
    with database.session() as session:
        snapshot = read_snapshot(_pending(session, agreement_id, acting).snapshot)
        signer = sealer_for(is_demonstration(session))
    model = snapshot.model
    if model.evidence.seal_level and model.evidence.seal_level != signer.level:
        # the seal it gets now (a timestamp authority configured since the proposal)
        model = replace(model, evidence=replace(model.evidence, seal_level=signer.level))
    now = utc_now()
    if model.clauses is not None:  # the evidence page names the approval (since kept)
        approval = doc.Approval(by=f"{acting.full_name} ({acting.login})", at=now, reason=why)
        model = replace(model, evidence=replace(model.evidence, approval=approval))
    pdf = seal_model(model, signer)
    with unit_of_work(database, acting) as uow:
        row = _pending(uow.session, agreement_id, acting)
        row.decided_by_id = acting.id
        row.decided_at = now
        row.decision_reason = why
        _make_binding(uow, row, model, pdf, at=now, policy=policy)
        uow.audit(
            "agreement.approved",
            "agreement",
            row.uuid,
            reference=row.reference,
            reason=why,
            sha256=row.pdf_sha256,
            status=row.status.value,
        )
        uow.session.flush()
        return agreement_view(row)


def reject(
    database: Database, supervisor: Identity | None, agreement_id: int, reason: str
) -> AgreementView:
    """A supervisor rejects a plan beyond delegation: it never becomes binding."""
    acting = _require_approver(database, supervisor, agreement_id)
    why = _decision_reason(reason)
    with unit_of_work(database, acting) as uow:
        row = _pending(uow.session, agreement_id, acting)
        row.status = AgreementState.REJECTED
        row.decided_by_id = acting.id
        row.decided_at = utc_now()
        row.decision_reason = why
        uow.audit("agreement.rejected", "agreement", row.uuid, reference=row.reference, reason=why)
        uow.session.flush()
        return agreement_view(row)
