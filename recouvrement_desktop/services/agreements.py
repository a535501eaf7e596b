"""Repayment agreements: accept a plan, approve or reject it, seal, archive, verify.

* ``accept_plan`` runs the guardrails once more on the plan. Within the officer's
  delegation the agreement is created at once; beyond it, it waits for a supervisor
  (status "pending approval") and only a proposal marked "non binding" can be printed
  (``proposal_pdf``) until ``approve`` makes it binding (``reject`` closes it).
* Making an agreement binding is one unit of work: the agreement with its immutable
  snapshot and its sealed PDF (rendered and sealed *before* the transaction, stored
  inside it), the AGREEMENT journal entry, the case moving to "rescheduled" with its
  next action a few days after the first instalment is due, and the audit event.
  Nothing is half written if anything fails. The AGREEMENT entry and the STAGE_CHANGE
  entry carry that date and the end of the watch period (``watch_of``, from the
  bank's ``Policy``) in their payload, for the history to show.
* By phone the document is signed by the officer alone, status "awaiting
  countersignature"; ``record_countersignature`` completes it when the paper returns,
  with an optional scan of that paper (PDF, PNG or JPEG, checked by its first bytes,
  at most ``MAX_SCAN_BYTES``) kept beside the agreement, its SHA-256 in the audit event.
* The archived bytes never change (the service never writes them twice, and database
  triggers refuse it): ``archived_pdf`` gives the identical file at every reprint.
  ``verify_file`` checks a file's seal and that its SHA-256 is an archived agreement's.

The snapshot (JSON) holds the whole document model (parties, debt, terms, schedule,
signatures, evidence with the simulation inputs and the engine version) and the
schedule's totals, so that ``agreement show`` gives the schedule exactly as agreed,
whatever later versions of the engine compute; beside it, the guardrails' warnings
(with their message and typed parameters, to be translated where shown) and the
affordability figures at acceptance: ``plan_summary`` reads them for the supervisor.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, Final, Union

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from recouvrement_desktop import __version__
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    Agreement,
    AgreementState,
    Case,
    Client,
    JournalEntry,
    Loan,
    Officer,
)
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.documents import agreement_model as doc
from recouvrement_desktop.documents.agreement_pdf import render_agreement
from recouvrement_desktop.documents.verify import Verdict, verify_pdf
from recouvrement_desktop.domain.affordability import evaluate
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.errors import Amount, ParamValue, Percent
from recouvrement_desktop.domain.guardrails import (
    Assessment,
    GuardrailWarning,
    Severity,
    WarningCode,
)
from recouvrement_desktop.domain.policy import DEMO_POLICY, Policy
from recouvrement_desktop.domain.recovery import (
    CaseStage,
    Channel,
    JournalKind,
    LoanCategory,
    OfficerRole,
)
from recouvrement_desktop.domain.rescheduling import Restructuring
from recouvrement_desktop.domain.schedule import (
    ByEndDate,
    ByInstallment,
    ByPeriods,
    LoanTerms,
    Row,
    Schedule,
    Sizing,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services import sealing
from recouvrement_desktop.services.simulation import SimulationContext
from recouvrement_desktop.services.unit_of_work import UnitOfWork, unit_of_work

__all__ = [
    "ENGINE_VERSION",
    "MAX_SCAN_BYTES",
    "SCAN_TYPES",
    "AgreementError",
    "AgreementView",
    "PlanSummary",
    "ScanError",
    "Watch",
    "accept_plan",
    "approve",
    "archived_pdf",
    "check_scan_size",
    "get_agreement",
    "list_agreements",
    "plan_summary",
    "proposal_pdf",
    "record_countersignature",
    "reject",
    "scan_type",
    "schedule_of",
    "verify_file",
    "watch_of",
]

ENGINE_VERSION: Final = f"recouvrement-desktop {__version__}"
SNAPSHOT_FORMAT: Final = 1
MAX_REASON_LENGTH: Final = 2000
APPROVERS: Final = (OfficerRole.SUPERVISOR, OfficerRole.ADMINISTRATOR)
#: Largest scan of a countersigned paper kept in the database (stored inline with the
#: agreement): a few pages scanned at 300 dpi weigh 1 to 5 MB; 20 MB leaves room for a
#: colour scan while refusing a wrong file (a video, an archive) that would bloat the
#: database and every backup of it.
MAX_SCAN_BYTES: Final = 20 * 1024 * 1024
#: The scans accepted, recognised by their first bytes (not by the file name).
SCAN_TYPES: Final = {
    b"%PDF-": "application/pdf",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
}
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


class AgreementError(UserFacingError):
    context = "Agreements"


class ScanError(AgreementError):
    """The scan of a countersigned paper is refused (empty, too large, wrong type)."""


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
    status: AgreementState
    channel: Channel
    language: Language
    created_at: datetime
    signed_at: datetime | None
    pdf_sha256: str | None
    decided_by: str | None
    decided_at: datetime | None
    decision_reason: str | None
    countersigned_on: date | None
    has_scan: bool
    snapshot: dict[str, Any]

    @property
    def binding(self) -> bool:
        return self.pdf_sha256 is not None

    @property
    def installment(self) -> Decimal:
        return Decimal(str(self.snapshot["model"]["terms"]["installment"]))

    @property
    def periods(self) -> int:
        return int(self.snapshot["model"]["terms"]["periods"])


# ---------------------------------------------------------------- snapshot codec


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"cannot keep {type(value).__name__} in a snapshot")


def _decode(kind: Any, data: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [option for option in typing.get_args(kind) if option is not type(None)]
        if data is None:
            return None
        return _decode(options[0], data)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], item) for item in data)
        return tuple(_decode(arg, item) for arg, item in zip(args, data, strict=True))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return kind(
            **{
                f.name: _decode(hints[f.name], data[f.name])
                for f in dataclasses.fields(kind)
                if f.name in data
            }
        )
    if kind is Decimal:
        return Decimal(str(data))
    if kind is datetime:
        return datetime.fromisoformat(data)
    if kind is date:
        return date.fromisoformat(data)
    if kind is Path:
        return Path(data)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is float:
        return float(data)
    return data


def _sizing_json(sizing: Sizing) -> dict[str, str | int]:
    match sizing:
        case ByPeriods(periods):
            return {"periods": periods}
        case ByInstallment(installment):
            return {"installment": str(installment)}
        case ByEndDate(end):
            return {"end": end.isoformat()}
    raise TypeError(sizing)  # pragma: no cover


def _sizing_of(data: dict[str, Any]) -> Sizing:
    if "periods" in data:
        return ByPeriods(int(data["periods"]))
    if "installment" in data:
        return ByInstallment(Decimal(str(data["installment"])))
    return ByEndDate(date.fromisoformat(data["end"]))


def _schedule_json(schedule: Schedule) -> dict[str, Any]:
    terms = _encode(replace(schedule.terms, sizing=ByPeriods(schedule.periods)))
    terms["sizing"] = _sizing_json(schedule.terms.sizing)
    return {
        "terms": terms,
        "installment": str(schedule.installment),
        "total_interest": str(schedule.total_interest),
        "total_insurance": str(schedule.total_insurance),
        "total_fees": str(schedule.total_fees),
        "total_extras": str(schedule.total_extras),
        "apr": str(schedule.apr),
    }


def snapshot_of(
    model: doc.AgreementModel, plan: Restructuring, case_reference: str
) -> dict[str, Any]:
    return {
        "format": SNAPSHOT_FORMAT,
        "case": case_reference,
        "engine_version": model.evidence.engine_version,
        "inputs": [list(pair) for pair in model.evidence.simulation_inputs],
        "model": _encode(model),
        "schedule": _schedule_json(plan.schedule),
    }


def model_of(snapshot: dict[str, Any]) -> doc.AgreementModel:
    """The document model kept in a snapshot."""
    model: doc.AgreementModel = _decode(doc.AgreementModel, snapshot["model"])
    return model


def schedule_of(snapshot: dict[str, Any]) -> Schedule:
    """The schedule as agreed, rebuilt from the snapshot (no computation)."""
    data = snapshot["schedule"]
    terms_data = dict(data["terms"])
    sizing = _sizing_of(terms_data.pop("sizing"))
    terms: LoanTerms = _decode(LoanTerms, {**terms_data, "sizing": {"periods": 0}})
    rows: tuple[Row, ...] = _decode(tuple[Row, ...], snapshot["model"]["rows"])
    return Schedule(
        terms=replace(terms, sizing=sizing),
        rows=rows,
        installment=Decimal(data["installment"]),
        total_interest=Decimal(data["total_interest"]),
        total_insurance=Decimal(data["total_insurance"]),
        total_fees=Decimal(data["total_fees"]),
        total_extras=Decimal(data["total_extras"]),
        apr=Decimal(data["apr"]),
    )


# -------------------------------------------------------------------- the model


def client_name(client: Client) -> str:
    return " ".join(part for part in (client.title, client.first_name, client.last_name) if part)


def _place(branch: str) -> str:
    for prefix in ("Agence ", "Branch "):
        if branch.startswith(prefix):
            return branch[len(prefix) :]
    return branch


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the document needs from the database, read before any transaction."""

    case_id: int
    case_reference: str
    client: Client
    loans: tuple[Loan, ...]
    officer: Officer
    session_reference: str


def _facts(session: Session, case_id: int, officer: Officer, session_id: int | None) -> CaseFacts:
    case = session.get(Case, case_id)
    if case is None:
        raise AgreementError(QT_TRANSLATE_NOOP("Agreements", "This case no longer exists."))
    loans = tuple(session.scalars(select(Loan).where(Loan.case_id == case_id).order_by(Loan.id)))
    reference = "—"
    if session_id is not None:
        start = session.get(JournalEntry, session_id)
        if start is None or start.case_id != case_id or start.kind != JournalKind.SESSION:
            raise AgreementError(
                QT_TRANSLATE_NOOP("Agreements", "This negotiation session no longer exists.")
            )
        reference = f"SES-{start.occurred_at:%Y-%m-%d}-{start.id:04d}"
    return CaseFacts(case.id, case.reference, case.client, loans, officer, reference)


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
) -> doc.AgreementModel:
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
    return doc.AgreementModel(
        reference=reference,
        letterhead=letterhead,
        client=doc.Client(
            full_name=client_name(client),
            address_lines=tuple(address),
            client_number=client.client_number,
            birth_date=client.birth_date,
        ),
        officer=doc.BankOfficer(full_name=officer.full_name, branch=officer.branch),
        contracts=tuple(
            doc.OriginalContract(
                loan.contract_number,
                products[loan.category],
                loan.start_date,
                loan.original_amount,
            )
            for loan in facts.loans
        ),
        debt=doc.debt_of(plan, plan.request.start),
        terms=doc.terms_of(plan.schedule),
        rows=plan.schedule.rows,
        place=_place(officer.branch),
        signed_on=created_at.astimezone().date(),
        evidence=doc.Evidence(
            created_at=created_at,
            officer=f"{officer.full_name} ({officer.login})",
            branch=officer.branch,
            channel=channel,
            session_reference=facts.session_reference,
            simulation_inputs=doc.simulation_inputs_of(plan),
            engine_version=ENGINE_VERSION,
        ),
        signatures=chosen,
        status=doc.AgreementStatus(awaiting_countersignature=phone),
        language=language,
    )


def _render(model: doc.AgreementModel) -> bytes:
    return render_agreement(model)


def seal_model(model: doc.AgreementModel) -> bytes:
    """Render and seal *model* (slow part: run it before the transaction)."""
    signer = sealing.sealer()
    sealed: bytes = signer.seal(
        _render(model), reference=model.reference, language=model.language, location=model.place
    )
    return sealed


# ---------------------------------------------------------------------- reading


def _view(row: Agreement, has_scan: bool | None = None) -> AgreementView:
    return AgreementView(
        id=row.id,
        uuid=row.uuid,
        reference=row.reference,
        case_id=row.case_id,
        case_reference=row.case.reference,
        client_name=row.client_name,
        officer_name=row.officer.full_name if row.officer else "",
        status=row.status,
        channel=row.channel,
        language=Language(row.language),
        created_at=row.created_at,
        signed_at=row.signed_at,
        pdf_sha256=row.pdf_sha256,
        decided_by=row.decided_by.full_name if row.decided_by else None,
        decided_at=row.decided_at,
        decision_reason=row.decision_reason,
        countersigned_on=row.countersigned_on,
        has_scan=row.countersignature_scan is not None if has_scan is None else has_scan,
        snapshot=dict(row.snapshot),
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
    data = snapshot["model"]
    terms: doc.NewTerms = _decode(doc.NewTerms, data["terms"])
    debt: doc.DebtTreatment = _decode(doc.DebtTreatment, data["debt"])
    figures = snapshot.get("affordability") or {}

    def decimal(name: str) -> Decimal | None:
        value = figures.get(name)
        return None if value is None else Decimal(str(value))

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
        effort_rate_pct=decimal("effort_rate_pct"),
        max_effort_rate_pct=decimal("max_effort_rate_pct"),
        reste_a_vivre=decimal("reste_a_vivre"),
        reste_a_vivre_floor=decimal("reste_a_vivre_floor"),
        warnings=tuple(_warning_of(item) for item in snapshot.get("warnings", ())),
        proposed_by=view.officer_name,
        proposed_at=view.created_at,
    )


def list_agreements(database: Database, case_id: int | None = None) -> list[AgreementView]:
    """Every agreement (of one case when ``case_id`` is given), newest first."""
    with database.session() as session:
        query = (
            select(Agreement, Agreement.countersignature_scan.is_not(None))
            .options(selectinload(Agreement.case), selectinload(Agreement.officer))
            .order_by(Agreement.created_at.desc(), Agreement.id.desc())
        )
        if case_id is not None:
            query = query.where(Agreement.case_id == case_id)
        return [_view(row, bool(scan)) for row, scan in session.execute(query)]


def _by_reference(session: Session, reference: str) -> Agreement:
    row = session.scalars(
        select(Agreement).where(Agreement.reference == reference.strip())
    ).one_or_none()
    if row is None:
        raise AgreementError(
            QT_TRANSLATE_NOOP("Agreements", "No agreement has the reference {reference}."),
            reference=reference,
        )
    return row


def get_agreement(database: Database, reference: str) -> AgreementView:
    with database.session() as session:
        return _view(_by_reference(session, reference))


def archived_pdf(database: Database, reference: str) -> bytes:
    """The sealed PDF as archived: the identical bytes at every reprint."""
    with database.session() as session:
        row = _by_reference(session, reference)
        if row.pdf is None:
            raise AgreementError(
                QT_TRANSLATE_NOOP(
                    "Agreements",
                    "Agreement {reference} is not binding yet: only its proposal can be printed.",
                ),
                reference=row.reference,
            )
        return bytes(row.pdf)


def proposal_pdf(database: Database, reference: str) -> bytes:
    """The plan as a proposal marked "non binding", unsigned and unsealed."""
    with database.session() as session:
        snapshot = dict(_by_reference(session, reference).snapshot)
    model = model_of(snapshot)
    return _render(
        replace(
            model,
            signatures=doc.Signatures(),
            status=doc.AgreementStatus(non_binding_proposal=True),
        )
    )


def verify_file(database: Database, data: bytes) -> tuple[Verdict, AgreementView | None]:
    """The seal's verdict and the archived agreement whose file this is (or ``None``)."""
    verdict = verify_pdf(data, sealing.trusted_certificates())
    digest = hashlib.sha256(data).hexdigest()
    with database.session() as session:
        row = session.scalars(select(Agreement).where(Agreement.pdf_sha256 == digest)).one_or_none()
        return verdict, (_view(row) if row is not None else None)


# ---------------------------------------------------------------------- writing


def _require(officer: Officer | None) -> Officer:
    if officer is None:
        raise AgreementError(QT_TRANSLATE_NOOP("Agreements", "No officer is signed in."))
    return officer


def next_reference(session: Session, year: int) -> str:
    prefix = f"ACC-{year}-"
    last = session.scalar(
        select(func.max(Agreement.reference)).where(Agreement.reference.like(f"{prefix}%"))
    )
    number = int(last[len(prefix) :]) + 1 if last else 1
    return f"{prefix}{number:06d}"


def _new_entry(
    uow: UnitOfWork,
    case: Case,
    kind: JournalKind,
    at: datetime,
    officer_id: int | None,
    **values: Any,
) -> JournalEntry:
    entry = JournalEntry(
        uuid=uuid.uuid4(),
        case_id=case.id,
        kind=kind,
        occurred_at=at,
        officer_id=officer_id,
        **values,
    )
    uow.session.add(entry)
    return entry


def _locked_case(session: Session, case_id: int) -> Case:
    found = session.execute(
        select(Case).where(Case.id == case_id).with_for_update()
    ).scalar_one_or_none()
    if found is None:
        raise AgreementError(QT_TRANSLATE_NOOP("Agreements", "This case no longer exists."))
    return found


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
    officer_id: int | None,
    session_id: int | None,
    policy: Policy,
) -> None:
    """Store the sealed file and write what follows from it (inside the caller's UoW)."""
    watch = watch_of(model, policy, at.astimezone().date())
    case = _locked_case(uow.session, row.case_id)
    phone = model.channel is Channel.PHONE
    row.pdf = pdf
    row.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    row.status = AgreementState.AWAITING_COUNTERSIGNATURE if phone else AgreementState.SIGNED
    row.signed_at = None if phone else at
    entry = _new_entry(
        uow,
        case,
        JournalKind.AGREEMENT,
        at,
        officer_id,
        channel=model.channel,
        refers_to_id=session_id,
        note=model.reference,
        payload={
            "reference": model.reference,
            "sha256": row.pdf_sha256,
            "status": row.status.value,
            "installment": str(model.terms.installment),
            "periods": model.terms.periods,
            "rate": str(model.terms.rate_pct),
            "principal": str(model.terms.new_principal),
            "first_check": watch.first_check.isoformat(),
            "watch_until": watch.until.isoformat(),
        },
    )
    uow.session.flush()
    row.journal_entry_id = entry.id
    if case.stage != CaseStage.RESCHEDULED:
        # The history shows "under watch until …" from this payload, in its language.
        _new_entry(
            uow,
            case,
            JournalKind.STAGE_CHANGE,
            at,
            officer_id,
            stage_from=case.stage,
            stage_to=CaseStage.RESCHEDULED,
            payload={
                "agreement": model.reference,
                "first_check": watch.first_check.isoformat(),
                "watch_until": watch.until.isoformat(),
            },
        )
        case.stage = CaseStage.RESCHEDULED
    case.next_action_date = watch.first_check


def _param_json(value: ParamValue) -> Any:
    """A warning's parameter kept with its kind, so the window formats it again."""
    if isinstance(value, Amount):
        return {"amount": str(value)}
    if isinstance(value, Percent):
        return {"percent": str(value)}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    return value


def _param_of(data: Any) -> ParamValue:
    if isinstance(data, dict):
        ((kind, text),) = data.items()
        kinds: dict[str, type[Decimal]] = {"amount": Amount, "percent": Percent}
        return kinds.get(kind, Decimal)(str(text))
    return data  # type: ignore[no-any-return]


def _plain_warnings(warnings: Iterable[GuardrailWarning]) -> list[dict[str, Any]]:
    return [
        {
            "code": str(w.code),
            "severity": str(w.severity),
            "needs_approval": w.needs_approval,
            "text": w.text(),
            "message": w.message,
            "params": {name: _param_json(value) for name, value in w.params.items()},
        }
        for w in warnings
    ]


def _warning_of(data: dict[str, Any]) -> GuardrailWarning:
    """A warning kept in a snapshot; an older snapshot has its English text only."""
    if "message" in data:
        message = str(data["message"])
        params = {name: _param_of(value) for name, value in data.get("params", {}).items()}
    else:
        message = str(data.get("text", "")).replace("{", "{{").replace("}", "}}")
        params = {}
    return GuardrailWarning(
        code=WarningCode(data["code"]),
        severity=Severity(data["severity"]),
        message=message,
        params=params,
        needs_approval=bool(data.get("needs_approval")),
    )


def _plain_affordability(assessment: Assessment, policy: Policy) -> dict[str, str | None]:
    def text(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return {
        "effort_rate_pct": text(assessment.effort_rate_pct),
        "max_effort_rate_pct": text(policy.max_effort_rate_pct),
        "reste_a_vivre": text(assessment.reste_a_vivre),
        "reste_a_vivre_floor": text(assessment.reste_a_vivre_floor),
    }


def _reassess(
    facts: CaseFacts, plan: Restructuring, policy: Policy | None
) -> tuple[Assessment, Policy]:
    """The guardrails once more, under the bank's policy with the officer's delegation."""
    context = SimulationContext.from_case(
        facts.case_reference,
        facts.client,
        list(facts.loans),
        facts.officer,
        today=plan.request.start,
    )
    rules = (
        context.policy if policy is None else replace(policy, delegation=context.policy.delegation)
    )
    return evaluate(plan, rules, context.budget), rules


def accept_plan(
    database: Database,
    officer: Officer | None,
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
    acting = _require(officer)
    if channel not in (Channel.PHONE, Channel.BRANCH):
        raise AgreementError(
            QT_TRANSLATE_NOOP("Agreements", "An agreement is made by phone or in the branch.")
        )
    with database.session() as session:
        facts = _facts(session, case_id, acting, session_id)
    again, rules = _reassess(facts, restructuring, policy)
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
    for attempt in range(3):
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
        )
        pdf = None if pending else seal_model(model)
        try:
            return _store(
                database,
                acting,
                facts=facts,
                model=model,
                plan=restructuring,
                pdf=pdf,
                session_id=session_id,
                extra={
                    "warnings": _plain_warnings(warnings),
                    "affordability": _plain_affordability(again, rules),
                },
                policy=rules,
            )
        except IntegrityError:
            if attempt == 2:  # pragma: no cover - three writers racing for one number
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _store(
    database: Database,
    officer: Officer,
    *,
    facts: CaseFacts,
    model: doc.AgreementModel,
    plan: Restructuring,
    pdf: bytes | None,
    session_id: int | None,
    extra: dict[str, Any],
    policy: Policy,
) -> AgreementView:
    at = model.evidence.created_at
    warnings: list[dict[str, Any]] = extra["warnings"]
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
            snapshot={**snapshot_of(model, plan, facts.case_reference), **extra},
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
                warnings=[w["code"] for w in warnings if w["needs_approval"]],
            )
        else:
            _make_binding(
                uow,
                row,
                model,
                pdf,
                at=at,
                officer_id=officer.id,
                session_id=session_id,
                policy=policy,
            )
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
        return _view(row)


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


def _require_approver(supervisor: Officer | None) -> Officer:
    acting = _require(supervisor)
    if acting.role not in APPROVERS:
        raise AgreementError(
            QT_TRANSLATE_NOOP(
                "Agreements", "Only a supervisor may approve or reject a plan beyond delegation."
            )
        )
    return acting


def _pending(session: Session, agreement_id: int) -> Agreement:
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
    return row


def approve(
    database: Database,
    supervisor: Officer | None,
    agreement_id: int,
    reason: str,
    *,
    policy: Policy = DEMO_POLICY,
) -> AgreementView:
    """A supervisor approves a plan beyond delegation: the agreement becomes binding
    (its case under watch for the period of *policy*, the bank's rules)."""
    acting = _require_approver(supervisor)
    why = _decision_reason(reason)
    with database.session() as session:
        row = _pending(session, agreement_id)
        snapshot = dict(row.snapshot)
    model = model_of(snapshot)
    pdf = seal_model(model)
    now = utc_now()
    with unit_of_work(database, acting) as uow:
        row = _pending(uow.session, agreement_id)
        row.decided_by_id = acting.id
        row.decided_at = now
        row.decision_reason = why
        _make_binding(
            uow,
            row,
            model,
            pdf,
            at=now,
            officer_id=row.officer_id,
            session_id=row.session_id,
            policy=policy,
        )
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
        return _view(row)


def reject(
    database: Database, supervisor: Officer | None, agreement_id: int, reason: str
) -> AgreementView:
    """A supervisor rejects a plan beyond delegation: it never becomes binding."""
    acting = _require_approver(supervisor)
    why = _decision_reason(reason)
    with unit_of_work(database, acting) as uow:
        row = _pending(uow.session, agreement_id)
        row.status = AgreementState.REJECTED
        row.decided_by_id = acting.id
        row.decided_at = utc_now()
        row.decision_reason = why
        uow.audit("agreement.rejected", "agreement", row.uuid, reference=row.reference, reason=why)
        uow.session.flush()
        return _view(row)


def check_scan_size(size: int) -> None:
    """``ScanError`` unless a scan of *size* bytes may be kept (before reading it)."""
    if size <= 0:
        raise ScanError(QT_TRANSLATE_NOOP("Agreements", "The scan is an empty file."))
    if size > MAX_SCAN_BYTES:
        raise ScanError(
            QT_TRANSLATE_NOOP("Agreements", "The scan is larger than {limit} MB."),
            limit=MAX_SCAN_BYTES // (1024 * 1024),
        )


def scan_type(scan: bytes) -> str:
    """The media type of a scan of the countersigned paper; ``ScanError`` if refused."""
    check_scan_size(len(scan))
    for magic, media_type in SCAN_TYPES.items():
        if scan.startswith(magic):
            return media_type
    raise ScanError(QT_TRANSLATE_NOOP("Agreements", "The scan must be a PDF, PNG or JPEG file."))


def record_countersignature(
    database: Database,
    officer: Officer | None,
    agreement_id: int,
    returned_on: date,
    scan: bytes | None = None,
    *,
    today: date | None = None,
) -> AgreementView:
    """The client's countersigned paper came back: the agreement is complete.

    *scan*, the paper scanned (PDF, PNG or JPEG), is kept with the agreement; its
    SHA-256, type and size go into the audit event.
    """
    acting = _require(officer)
    media_type = None if scan is None else scan_type(scan)
    if returned_on > (today or date.today()):
        raise AgreementError(
            QT_TRANSLATE_NOOP("Agreements", "The return date cannot be in the future.")
        )
    with unit_of_work(database, acting) as uow:
        row = uow.session.execute(
            select(Agreement).where(Agreement.id == agreement_id).with_for_update()
        ).scalar_one_or_none()
        if row is None:
            raise AgreementError(
                QT_TRANSLATE_NOOP("Agreements", "This agreement no longer exists.")
            )
        if row.status is not AgreementState.AWAITING_COUNTERSIGNATURE:
            raise AgreementError(
                QT_TRANSLATE_NOOP(
                    "Agreements", "Agreement {reference} is not waiting for a countersignature."
                ),
                reference=row.reference,
            )
        if returned_on < row.created_at.astimezone().date():
            raise AgreementError(
                QT_TRANSLATE_NOOP(
                    "Agreements", "The paper cannot have come back before the agreement was made."
                )
            )
        row.status = AgreementState.SIGNED
        row.countersigned_on = returned_on
        row.countersignature_scan = scan
        row.signed_at = utc_now()
        _new_entry(  # the case's history shows the paper coming back
            uow,
            _locked_case(uow.session, row.case_id),
            JournalKind.AGREEMENT,
            row.signed_at,
            acting.id,
            note=row.reference,
            payload={
                "reference": row.reference,
                "event": "countersigned",
                "status": row.status.value,
                "returned_on": returned_on.isoformat(),
                "scan": scan is not None,
            },
        )
        uow.audit(
            "agreement.countersigned",
            "agreement",
            row.uuid,
            reference=row.reference,
            returned_on=returned_on.isoformat(),
            scan_sha256=hashlib.sha256(scan).hexdigest() if scan else None,
            scan_type=media_type,
            scan_bytes=len(scan) if scan else None,
        )
        uow.session.flush()
        return _view(row)
