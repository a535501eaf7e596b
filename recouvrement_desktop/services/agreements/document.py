"""The agreement document: the case's facts read once, the model built, rendered, sealed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recouvrement_desktop import __version__
from recouvrement_desktop.db.models import Agreement, Case, JournalEntry, Loan
from recouvrement_desktop.documents import agreement_model as doc
from recouvrement_desktop.documents.agreement_pdf import render_agreement
from recouvrement_desktop.documents.agreement_pdf.clauses import MORTGAGE_REFLECTION_DAYS
from recouvrement_desktop.documents.seal import Sealer
from recouvrement_desktop.domain.consumer_credit import is_consumer_credit
from recouvrement_desktop.domain.guardrails import GuardrailWarning
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.policy import DelegationLimits, Policy
from recouvrement_desktop.domain.recovery import Channel, JournalKind, LoanCategory, OfficerRole
from recouvrement_desktop.domain.rescheduling import Restructuring
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services import sealing
from recouvrement_desktop.services.agreements.errors import AgreementError
from recouvrement_desktop.services.officers import delegation_of
from recouvrement_desktop.services.overindebtedness import (
    current_file_of,
    ficp_registrations,
    is_open,
)
from recouvrement_desktop.services.views import (
    ClientView,
    FicpView,
    LoanView,
    client_view,
    loan_view,
)

__all__ = [
    "ENGINE_VERSION",
    "CaseFacts",
    "build_model",
    "next_reference",
    "read_facts",
    "render",
    "seal_model",
    "sealer_for",
]

ENGINE_VERSION: Final = f"recouvrement-desktop {__version__}"
DEFAULT_CURE_DAYS: Final = Policy().formal_notice_cure_days
_PRODUCTS: Final = {
    Language.FRENCH: {
        LoanCategory.PERSONAL_LOAN: "Prêt personnel",
        LoanCategory.CAR_LOAN: "Prêt automobile",
        LoanCategory.REVOLVING_CREDIT: "Crédit renouvelable",
        LoanCategory.OVERDRAFT: "Découvert autorisé",
        LoanCategory.MORTGAGE: "Prêt immobilier",
    },
    Language.ENGLISH: {
        LoanCategory.PERSONAL_LOAN: "Personal loan",
        LoanCategory.CAR_LOAN: "Car loan",
        LoanCategory.REVOLVING_CREDIT: "Revolving credit",
        LoanCategory.OVERDRAFT: "Authorised overdraft",
        LoanCategory.MORTGAGE: "Mortgage",
    },
}


_FUNCTIONS: Final = {
    Language.FRENCH: {
        OfficerRole.OFFICER: "gestionnaire recouvrement",
        OfficerRole.SUPERVISOR: "responsable recouvrement",
        OfficerRole.ADMINISTRATOR: "administrateur de l'application",
        OfficerRole.AUDITOR: "auditeur",
    },
    Language.ENGLISH: {
        OfficerRole.OFFICER: "recovery officer",
        OfficerRole.SUPERVISOR: "recovery supervisor",
        OfficerRole.ADMINISTRATOR: "application administrator",
        OfficerRole.AUDITOR: "auditor",
    },
}


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the document needs from the database, read before any transaction."""

    case_id: int
    case_reference: str
    client: ClientView
    loans: tuple[LoanView, ...]
    officer: Identity
    session_reference: str
    delegation: DelegationLimits | None = None  # the officer's, as recorded when read
    overindebtedness_open: bool = False  # the case's file before the commission is open
    ficp: tuple[FicpView, ...] = ()  # the client's FICP registrations, oldest first


def read_facts(
    session: Session, case_id: int, officer: Identity, session_id: int | None
) -> CaseFacts:
    case = session.get(Case, case_id)
    if case is None:
        raise AgreementError(QT_TRANSLATE_NOOP("Agreements", "This case no longer exists."))
    loans = session.scalars(select(Loan).where(Loan.case_id == case_id).order_by(Loan.id))
    reference = "—"
    if session_id is not None:
        start = session.get(JournalEntry, session_id)
        if start is None or start.case_id != case_id or start.kind != JournalKind.SESSION:
            raise AgreementError(
                QT_TRANSLATE_NOOP("Agreements", "This negotiation session no longer exists.")
            )
        reference = f"SES-{start.occurred_at:%Y-%m-%d}-{start.id:04d}"
    return CaseFacts(
        case_id=case.id,
        case_reference=case.reference,
        client=client_view(case.client),
        loans=tuple(loan_view(loan) for loan in loans),
        officer=officer,
        session_reference=reference,
        delegation=delegation_of(session, officer),
        overindebtedness_open=is_open(current_file_of(session, case_id)),
        ficp=ficp_registrations(session, case.client_id),
    )


def next_reference(session: Session, year: int) -> str:
    prefix = f"ACC-{year}-"
    last = session.scalar(
        select(func.max(Agreement.reference)).where(Agreement.reference.like(f"{prefix}%"))
    )
    number = int(last[len(prefix) :]) + 1 if last else 1
    return f"{prefix}{number:06d}"


def _other_parties(loans: Iterable[LoanView]) -> tuple[doc.OtherParty, ...]:
    """The co-borrowers, then the guarantors, of the contracts: each person once, with
    the contracts they are bound by (in the contracts' order)."""
    bound: dict[tuple[doc.PartyRole, str], list[str]] = {}
    listed = list(loans)
    for role in (doc.PartyRole.CO_BORROWER, doc.PartyRole.GUARANTOR):
        for loan in listed:
            names = loan.co_borrowers if role is doc.PartyRole.CO_BORROWER else loan.guarantors
            for name in names:
                bound.setdefault((role, name), []).append(loan.contract_number)
    return tuple(
        doc.OtherParty(full_name=name, role=role, contracts=tuple(contracts))
        for (role, name), contracts in bound.items()
    )


def _mandate(loans: Iterable[LoanView]) -> str:
    """The SEPA mandate the instalments are collected under: the first contract's that
    has one (the plan's instalments are one debit); empty: payment by transfer."""
    return next((loan.sepa_mandate_reference for loan in loans if loan.sepa_mandate_reference), "")


def _contract(loan: LoanView, products: dict[LoanCategory, str]) -> doc.OriginalContract:
    """An original contract with its own terms and what it owes today."""
    return doc.OriginalContract(
        loan.contract_number,
        products[loan.category],
        loan.start_date,
        loan.original_amount,
        rate_pct=loan.nominal_rate,
        term_months=loan.term_months or None,
        installment=loan.installment or None,
        debt=doc.ContractDebt(
            outstanding_principal=loan.outstanding_principal,
            arrears=loan.arrears_amount,
            late_interest=loan.late_interest,
            # A consumer credit's fees are not claimed after its default (L312-38).
            fees=Decimal("0.00") if is_consumer_credit(loan.category) else loan.fees,
            penalties=loan.penalties,
        ),
        mortgage=loan.category is LoanCategory.MORTGAGE,
        guarantee=loan.guarantee,
    )


def build_model(
    facts: CaseFacts,
    plan: Restructuring,
    *,
    reference: str,
    channel: Channel,
    language: Language,
    signatures: doc.Signatures | None,
    created_at: datetime,
    letterhead: doc.Letterhead,
    seal_level: str = "",
    checks: Iterable[GuardrailWarning] = (),
    cure_days: int = DEFAULT_CURE_DAYS,
    towns: doc.BranchTowns | None = None,
    reflection: tuple[date, date] | None = None,
) -> doc.AgreementModel:
    """The document model of an agreement on *facts* for *plan*; *checks* are the
    guardrails' findings at acceptance, *cure_days* the bank's cure period, *towns*
    where the branches are (the letterhead's, when not given), *reflection* a mortgage
    amendment's offer day and first day of acceptance."""
    client = facts.client
    officer = facts.officer
    phone = channel is Channel.PHONE
    given = signatures or doc.Signatures()
    chosen = doc.Signatures(client=None if phone else given.client, officer=given.officer)
    address = [client.address_line1]
    if client.address_line2:
        address.append(client.address_line2)
    address.append(f"{client.postal_code} {client.city}")
    products = _PRODUCTS[language]
    loans = facts.loans
    mortgage = any(loan.category is LoanCategory.MORTGAGE for loan in loans)
    # The newest registration still in force, mentioned in the FICP clause.
    registration = next((r for r in reversed(facts.ficp) if r.removed_on is None), None)
    return doc.AgreementModel(
        reference=reference,
        letterhead=letterhead,
        client=doc.Client(
            full_name=client.full_name,
            address_lines=tuple(address),
            client_number=client.client_number,
            birth_date=client.birth_date,
            title=client.title,
        ),
        officer=doc.BankOfficer(
            full_name=officer.full_name,
            branch=officer.branch,
            title=_FUNCTIONS[language].get(officer.role, ""),
        ),
        contracts=tuple(_contract(loan, products) for loan in facts.loans),
        debt=doc.debt_of(plan, plan.request.start),
        terms=doc.terms_of(plan.schedule),
        rows=plan.schedule.rows,
        place=(towns or sealing.branch_towns()).town_of(officer.branch),
        signed_on=created_at.astimezone().date(),
        evidence=doc.Evidence(
            created_at=created_at,
            officer=f"{officer.full_name} ({officer.login})",
            branch=officer.branch,
            channel=channel,
            session_reference=facts.session_reference,
            simulation_inputs=doc.simulation_inputs_of(plan),
            engine_version=ENGINE_VERSION,
            seal_level=seal_level,
            checks=tuple(
                doc.CheckAtAcceptance(str(w.code), str(w.severity), w.needs_approval)
                for w in checks
            ),
        ),
        signatures=chosen,
        status=doc.AgreementStatus(awaiting_countersignature=phone),
        reflection_days=MORTGAGE_REFLECTION_DAYS if mortgage else None,
        fees_not_claimed=sum(
            (loan.fees for loan in facts.loans if is_consumer_credit(loan.category)),
            Decimal("0.00"),
        ),
        offered_on=reflection[0] if reflection else None,
        acceptance_from=reflection[1] if reflection else None,
        language=language,
        clauses=doc.Clauses(
            cure_days=cure_days,
            consumer_credit=any(loan.category is not LoanCategory.MORTGAGE for loan in loans),
            mortgage=mortgage,
            ficp_registered_on=registration.registered_on if registration else None,
            ficp_incident=registration.incident if registration else "",
            mandate_reference=_mandate(loans),
        ),
        other_parties=_other_parties(loans),
    )


def render(model: doc.AgreementModel) -> bytes:
    return render_agreement(model)


def sealer_for(demonstration: bool) -> Sealer:
    """The bank's seal; the demonstration certificate for a demonstration database
    (demonstration content never carries the bank's seal)."""
    return sealing.sealer(sealing.sealing_settings(demo=True) if demonstration else None)


def seal_model(model: doc.AgreementModel, signer: Sealer | None = None) -> bytes:
    """Render and seal *model* (slow part: run it before the transaction)."""
    signer = signer or sealing.sealer()
    sealed: bytes = signer.seal(
        render(model), reference=model.reference, language=model.language, location=model.place
    )
    return sealed
