"""Reading agreements back: views, the archived file, the proposal, verification.

The archived bytes never change (the services never write them twice, and database
triggers refuse it): ``archived_pdf`` gives the identical file at every reprint, until
the retention policy removes them (``pdf_removed_on``); then every reader says so, and
the kept SHA-256 still lets ``verify_file`` recognise a copy the client kept.
``verify_file`` checks a file's seal and that its SHA-256 is an archived agreement's.

Which seals ``verify_file`` trusts — the rule an auditor can state in one sentence:
the bank's configured trust anchors (``sealing.trust_anchors``: the seal's certificate
chain and the configured ``trust`` certificates) always; this installation's
demonstration certificate only while no bank seal is configured at all, or when the
archive checked against is a demonstration database; and whenever a seal made with
the demonstration certificate is accepted, the verdict says it is a demonstration
(``Verdict.demonstration``: "no legal value").  So once the bank has its seal, a
forgery sealed with any other key — the demonstration key on the officer's computer
included — is rejected on its seal alone, whatever the archive holds.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case
from recouvrement_desktop.documents import agreement_model as doc
from recouvrement_desktop.documents.verify import (
    UNTRUSTED,
    TrustedCertificate,
    Verdict,
    verify_pdf,
)
from recouvrement_desktop.domain.guardrails import GuardrailWarning
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission, queue_branch
from recouvrement_desktop.domain.recovery import AgreementState, Channel
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services import sealing
from recouvrement_desktop.services.agreements.document import render
from recouvrement_desktop.services.agreements.errors import AgreementError, PdfRemovedError
from recouvrement_desktop.services.agreements.snapshot import AgreementSnapshot, read_snapshot
from recouvrement_desktop.services.case_queries import in_branch
from recouvrement_desktop.services.database_purpose import is_demonstration
from recouvrement_desktop.services.permissions import authorize

__all__ = [
    "AgreementView",
    "PlanSummary",
    "agreement_view",
    "archived_pdf",
    "get_agreement",
    "list_agreements",
    "plan_summary",
    "proposal_pdf",
    "verify_file",
]


@dataclass(frozen=True, slots=True)
class AgreementView:
    """An agreement as the window and the commands show it (no database object)."""

    id: int
    uuid: uuid.UUID
    reference: str
    case_id: int
    case_reference: str
    client_name: str
    officer_name: str
    officer_id: int | None
    status: AgreementState
    channel: Channel
    language: Language
    created_at: datetime
    signed_at: datetime | None
    pdf_sha256: str | None
    pdf_removed_on: date | None  # the retention policy removed the PDF's bytes that day
    decided_by: str | None
    decided_at: datetime | None
    decision_reason: str | None
    countersigned_on: date | None
    has_scan: bool
    snapshot: AgreementSnapshot

    @property
    def binding(self) -> bool:
        return self.pdf_sha256 is not None

    @property
    def installment(self) -> Decimal:
        return self.snapshot.installment

    @property
    def periods(self) -> int:
        return self.snapshot.periods


def agreement_view(row: Agreement, has_scan: bool | None = None) -> AgreementView:
    return AgreementView(
        id=row.id,
        uuid=row.uuid,
        reference=row.reference,
        case_id=row.case_id,
        case_reference=row.case.reference,
        client_name=row.client_name,
        officer_name=row.officer.full_name if row.officer else "",
        officer_id=row.officer_id,
        status=row.status,
        channel=row.channel,
        language=Language(row.language),
        created_at=row.created_at,
        signed_at=row.signed_at,
        pdf_sha256=row.pdf_sha256,
        pdf_removed_on=row.pdf_removed_on,
        decided_by=row.decided_by.full_name if row.decided_by else None,
        decided_at=row.decided_at,
        decision_reason=row.decision_reason,
        countersigned_on=row.countersigned_on,
        has_scan=row.countersignature_scan is not None if has_scan is None else has_scan,
        snapshot=read_snapshot(row.snapshot),
    )


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """The figures a supervisor weighs before approving a plan, read from its snapshot.

    The affordability figures are ``None`` when the case had no budget on file (or the
    agreement predates their keeping); ``warnings`` are the guardrails' warnings at
    acceptance, ``needs_approval`` set on those beyond the officer's delegation.
    """

    client_name: str
    case_reference: str
    debt: Decimal  # owed at the date of the plan, every component included
    new_principal: Decimal
    waived: Decimal
    down_payment: Decimal
    installment: Decimal
    periods: int
    first_due: date
    last_due: date
    rate_pct: Decimal
    apr_pct: Decimal
    total_cost: Decimal
    effort_rate_pct: Decimal | None
    max_effort_rate_pct: Decimal | None
    reste_a_vivre: Decimal | None
    reste_a_vivre_floor: Decimal | None
    warnings: tuple[GuardrailWarning, ...]
    proposed_by: str
    proposed_at: datetime

    @property
    def approval_reasons(self) -> tuple[GuardrailWarning, ...]:
        return tuple(w for w in self.warnings if w.needs_approval)

    @property
    def other_warnings(self) -> tuple[GuardrailWarning, ...]:
        return tuple(w for w in self.warnings if not w.needs_approval)


def plan_summary(view: AgreementView) -> PlanSummary:
    """The plan of *view* in figures (no database access, no computation)."""
    snapshot = view.snapshot
    terms, debt = snapshot.model.terms, snapshot.model.debt
    figures = snapshot.affordability
    return PlanSummary(
        client_name=view.client_name,
        case_reference=view.case_reference,
        debt=debt.total_owed,
        new_principal=debt.new_principal,
        waived=debt.total("waived"),
        down_payment=debt.total("down_payment"),
        installment=terms.installment,
        periods=terms.periods,
        first_due=terms.first_due,
        last_due=terms.last_due,
        rate_pct=terms.rate_pct,
        apr_pct=terms.apr_pct,
        total_cost=terms.total_cost,
        effort_rate_pct=figures.effort_rate_pct if figures else None,
        max_effort_rate_pct=figures.max_effort_rate_pct if figures else None,
        reste_a_vivre=figures.reste_a_vivre if figures else None,
        reste_a_vivre_floor=figures.reste_a_vivre_floor if figures else None,
        warnings=snapshot.warnings,
        proposed_by=view.officer_name,
        proposed_at=view.created_at,
    )


def _may_read(database: Database, reader: Identity | None) -> None:
    """Agreements are client data: the window and the commands name who reads them;
    the services composing one another pass ``None``."""
    if reader is not None:
        authorize(database, reader, Permission.READ_CASES)


def list_agreements(
    database: Database, case_id: int | None = None, *, reader: Identity | None = None
) -> list[AgreementView]:
    """Every agreement (of one case when ``case_id`` is given), newest first. A
    named reader sees those of the cases in their queue (their branch's, for an
    officer or a supervisor; every one for an auditor)."""
    _may_read(database, reader)
    branch = queue_branch(reader) if reader is not None else None
    with database.session() as session:
        query = (
            select(Agreement, Agreement.countersignature_scan.is_not(None))
            .options(
                selectinload(Agreement.case),
                selectinload(Agreement.officer),
                selectinload(Agreement.decided_by),
            )
            .order_by(Agreement.created_at.desc(), Agreement.id.desc())
        )
        if case_id is not None:
            query = query.where(Agreement.case_id == case_id)
        if branch is not None:
            query = query.where(Agreement.case_id.in_(select(Case.id).where(in_branch(branch))))
        return [agreement_view(row, bool(scan)) for row, scan in session.execute(query)]


def by_reference(session: Session, reference: str) -> Agreement:
    row = session.scalars(
        select(Agreement).where(Agreement.reference == reference.strip())
    ).one_or_none()
    if row is None:
        raise AgreementError(
            QT_TRANSLATE_NOOP("Agreements", "No agreement has the reference {reference}."),
            reference=reference,
        )
    return row


def get_agreement(
    database: Database, reference: str, *, reader: Identity | None = None
) -> AgreementView:
    _may_read(database, reader)
    with database.session() as session:
        return agreement_view(by_reference(session, reference))


def archived_pdf(database: Database, reference: str, *, reader: Identity | None = None) -> bytes:
    """The sealed PDF as archived: the identical bytes at every reprint."""
    _may_read(database, reader)
    with database.session() as session:
        row = by_reference(session, reference)
        if row.pdf is None and row.pdf_removed_on is not None:
            raise PdfRemovedError(
                QT_TRANSLATE_NOOP(
                    "Agreements",
                    "The PDF of agreement {reference} was removed by the retention policy "
                    "on {removed_on}; its SHA-256 stays in the archive, so a copy kept "
                    "elsewhere can still be verified.",
                ),
                reference=row.reference,
                removed_on=row.pdf_removed_on.isoformat(),
            )
        if row.pdf is None:
            raise AgreementError(
                QT_TRANSLATE_NOOP(
                    "Agreements",
                    "Agreement {reference} is not binding yet: only its proposal can be printed.",
                ),
                reference=row.reference,
            )
        return bytes(row.pdf)


def proposal_pdf(database: Database, reference: str, *, reader: Identity | None = None) -> bytes:
    """The plan as a proposal marked "non binding", unsigned and unsealed."""
    _may_read(database, reader)
    with database.session() as session:
        snapshot = read_snapshot(by_reference(session, reference).snapshot)
    return render(
        replace(
            snapshot.model,
            signatures=doc.Signatures(),
            status=doc.AgreementStatus(non_binding_proposal=True),
        )
    )


DEMONSTRATION_NOT_TRUSTED: Final = QT_TRANSLATE_NOOP(
    "Documents",
    "The seal was made with a demonstration certificate, which is trusted only for a "
    "demonstration database or an installation without a bank seal: {signer}",
)


def verify_file(database: Database | None, data: bytes) -> tuple[Verdict, AgreementView | None]:
    """The seal's verdict and the archived agreement whose file this is (``None`` when
    none is, or without a database to look in).  See the module's note on trust."""
    settings = sealing.sealing_settings()
    trust: list[TrustedCertificate] = list(sealing.trust_anchors(settings))
    demonstration = not sealing.bank_seal_configured(settings)
    if database is not None and not demonstration:
        with database.session() as session:
            demonstration = is_demonstration(session)
    demo = sealing.demonstration_trust() if demonstration else None
    if demo is not None:
        trust.append(demo)
    verdict = verify_pdf(data, trust)
    if verdict.reason == UNTRUSTED and verdict.demonstration and not demonstration:
        verdict = replace(verdict, reason=DEMONSTRATION_NOT_TRUSTED)
    if database is None:
        return verdict, None
    with database.session() as session:
        row = session.scalars(
            select(Agreement).where(Agreement.pdf_sha256 == verdict.file_sha256)
        ).one_or_none()
        return verdict, (agreement_view(row) if row is not None else None)
