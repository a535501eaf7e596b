"""Everything the repayment agreement shows, as frozen values.

The services build an :class:`AgreementModel` from the database (the agreement's
immutable snapshot) and hand it to :func:`~.agreement_pdf.render_agreement`; tests
and the benchmark build one from a live engine computation with
:func:`debt_of`, :func:`terms_of` and :func:`simulation_inputs_of`.

Nothing here formats: amounts stay ``Decimal``, dates stay ``date``; the document
formats them in *its* language (which may differ from the interface language).

:func:`canonical_json` serialises a model deterministically (sorted keys, decimals
as strings, dates in ISO 8601); its SHA-256, :func:`content_fingerprint`, is the
fingerprint printed on every page: the hash of a file cannot be printed inside that
same file, so the document carries the hash of its *content*, and the archive keeps
the SHA-256 of the final sealed file beside it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from pathlib import Path
from typing import Final

from recouvrement_desktop.domain.recovery import Channel
from recouvrement_desktop.domain.rescheduling import DebtComponent, Restructuring
from recouvrement_desktop.domain.schedule import Row, Schedule
from recouvrement_desktop.domain.signatures import Signature, Signatures
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import resource_path

__all__ = [
    "FINGERPRINT_SCHEME",
    "AgreementModel",
    "AgreementStatus",
    "Approval",
    "BankOfficer",
    "BranchTowns",
    "CheckAtAcceptance",
    "Clauses",
    "Client",
    "ContractDebt",
    "DebtLine",
    "DebtTreatment",
    "Evidence",
    "Letterhead",
    "NewTerms",
    "OriginalContract",
    "OtherParty",
    "PartyRole",
    "Signature",
    "Signatures",
    "canonical_json",
    "content_fingerprint",
    "debt_of",
    "demo_branch_towns",
    "demo_letterhead",
    "load_branch_towns",
    "load_letterhead",
    "qr_payload",
    "short_fingerprint",
    "simulation_inputs_of",
    "terms_of",
]

#: Prefix of the QR payload; bump when :func:`canonical_json` changes shape.
FINGERPRINT_SCHEME: Final = "RD-AGREEMENT-1"


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The bank's identity printed at the top and foot of the document."""

    name: str
    address_lines: tuple[str, ...]
    legal_mentions: tuple[str, ...] = ()
    logo_path: Path | None = None
    demonstration: bool = False
    # The bank's consumer mediator (name and address lines); empty: the agreement points
    # to the general terms and the bank's website, as the letters do.
    mediator: tuple[str, ...] = ()
    # The account instalments are paid to by transfer (IBAN and BIC, as printed).
    transfer_account: str = ""


def load_letterhead(path: Path) -> Letterhead:
    """Read a letterhead from a JSON file (``logo`` is relative to the file's folder)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    logo = data.get("logo")
    return Letterhead(
        name=str(data["name"]),
        address_lines=tuple(str(line) for line in data.get("address_lines", ())),
        legal_mentions=tuple(str(line) for line in data.get("legal_mentions", ())),
        logo_path=(path.parent / str(logo)) if logo else None,
        demonstration=bool(data.get("demonstration", False)),
        mediator=tuple(str(line) for line in data.get("mediator", ())),
        transfer_account=str(data.get("transfer_account", "")),
    )


@dataclass(frozen=True, slots=True)
class BranchTowns:
    """Where each branch is, for the place of signature (« Fait à Lyon »): the
    letterhead file's ``branch_towns`` (branch name: town) and ``town`` (the head
    office's, for a branch it does not list)."""

    towns: tuple[tuple[str, str], ...] = ()
    head_office: str = ""

    def town_of(self, branch: str) -> str:
        """The branch's town; else the head office's; else the branch's name without
        « Agence » (as printed before towns were kept)."""
        wanted = " ".join(branch.split()).casefold()
        for name, town in self.towns:
            if " ".join(name.split()).casefold() == wanted:
                return town
        if self.head_office:
            return self.head_office
        for prefix in ("Agence ", "Branch "):
            if branch.startswith(prefix):
                return branch[len(prefix) :]
        return branch


def load_branch_towns(path: Path) -> BranchTowns:
    """The branches' towns of a letterhead file (see :class:`BranchTowns`)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    towns = data.get("branch_towns") or {}
    return BranchTowns(
        towns=tuple((str(name), str(town)) for name, town in towns.items()),
        head_office=str(data.get("town", "")),
    )


def demo_branch_towns() -> BranchTowns:
    return load_branch_towns(resource_path("branding", "demo-bank.json"))


def demo_letterhead() -> Letterhead:
    """The fictitious bank shipped under ``resources/branding/`` for demonstrations."""
    return load_letterhead(resource_path("branding", "demo-bank.json"))


@dataclass(frozen=True, slots=True)
class Client:
    """The borrower, as identified in the case."""

    full_name: str
    address_lines: tuple[str, ...]
    client_number: str = ""
    birth_date: date | None = None
    title: str = ""  # "M." or "Mme"; empty in snapshots made before it was kept


@dataclass(frozen=True, slots=True)
class BankOfficer:
    """The officer who represents the bank in this agreement."""

    full_name: str
    branch: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class OriginalContract:
    """A contract whose debt the agreement reschedules."""

    reference: str
    product: str
    opened_on: date | None = None
    initial_amount: Decimal | None = None
    # The contract's own terms and what it owed at the agreement's date (None in the
    # snapshots made before they were kept).
    rate_pct: Decimal | None = None
    term_months: int | None = None
    installment: Decimal | None = None
    debt: ContractDebt | None = None
    mortgage: bool = False
    # The contract's securities as the bank's system writes them (since snapshot format 2).
    guarantee: str = field(default="", metadata={"since": 2})


class PartyRole(StrEnum):
    """How a person other than the client is bound by the agreement."""

    CO_BORROWER = "co_borrower"
    GUARANTOR = "guarantor"


@dataclass(frozen=True, slots=True)
class OtherParty:
    """A co-borrower or guarantor of the original contracts, a party to the agreement
    with their own signature box (since snapshot format 2)."""

    full_name: str
    role: PartyRole
    contracts: tuple[str, ...] = ()  # the references of the contracts they are bound by


@dataclass(frozen=True, slots=True)
class ContractDebt:
    """What one original contract owed when the agreement was made."""

    outstanding_principal: Decimal
    arrears: Decimal
    late_interest: Decimal
    # Apart since snapshot format 3; an earlier snapshot's "fees and penalties" is read
    # as penalties (migration 0015 explains why).
    fees: Decimal
    penalties: Decimal

    @property
    def total(self) -> Decimal:
        return (
            self.outstanding_principal
            + self.arrears
            + self.late_interest
            + self.fees
            + self.penalties
        )


@dataclass(frozen=True, slots=True)
class DebtLine:
    """One component of the debt and where each euro of it goes.

    ``owed = waived + down_payment + capitalized + spread + added_to_first``.
    """

    component: DebtComponent | None  # None: the outstanding principal
    owed: Decimal
    waived: Decimal = Decimal(0)
    down_payment: Decimal = Decimal(0)
    capitalized: Decimal = Decimal(0)
    spread: Decimal = Decimal(0)
    added_to_first: Decimal = Decimal(0)
    spread_periods: int = 0


@dataclass(frozen=True, slots=True)
class DebtTreatment:
    """The debt at the date of the agreement and its treatment by the plan."""

    as_of: date
    lines: tuple[DebtLine, ...]
    new_principal: Decimal

    @property
    def total_owed(self) -> Decimal:
        return sum((line.owed for line in self.lines), Decimal(0))

    def total(self, attribute: str) -> Decimal:
        """Sum of one column (``waived``, ``capitalized``…) over the lines."""
        return sum((getattr(line, attribute) for line in self.lines), Decimal(0))


@dataclass(frozen=True, slots=True)
class NewTerms:
    """The headline terms of the new plan (figures of the engine's schedule)."""

    installment: Decimal
    periods: int
    first_due: date
    last_due: date
    rate_pct: Decimal
    apr_pct: Decimal
    total_interest: Decimal
    total_cost: Decimal
    insurance_per_installment: Decimal
    total_insurance: Decimal
    fees: Decimal
    total_paid: Decimal
    new_principal: Decimal
    frequency_months: int = 1
    grace_periods: int = 0


@dataclass(frozen=True, slots=True)
class AgreementStatus:
    """Banners shown on every page while the agreement is not (yet) binding."""

    non_binding_proposal: bool = False
    awaiting_countersignature: bool = False


@dataclass(frozen=True, slots=True)
class CheckAtAcceptance:
    """One guardrail's finding when the plan was accepted (code and severity)."""

    code: str
    severity: str
    needs_approval: bool = False


@dataclass(frozen=True, slots=True)
class Approval:
    """The supervisor's decision on a plan beyond the officer's delegation."""

    by: str
    at: datetime
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Clauses:
    """The policy values and facts the clauses depend on.

    An agreement without it (every snapshot made before the clauses were rewritten)
    prints the clauses as they were then, so that it reprints as it was signed.
    """

    cure_days: int  # the bank's policy: days to cure a missed instalment after notice
    consumer_credit: bool  # a consumer credit is rescheduled (L312-39 indemnity cap)
    mortgage: bool  # a mortgage is rescheduled (amendment, L313-39 reflection period)
    mandate_reference: str = ""  # SEPA direct debit mandate; empty: payment by transfer
    # The client's FICP registration in force when the agreement was made, if any.
    ficp_registered_on: date | None = None
    ficp_incident: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """The last page: who produced the agreement, when, where and from what."""

    created_at: datetime  # timezone-aware; also the PDF's creation date
    officer: str
    branch: str
    channel: Channel
    session_reference: str
    simulation_inputs: tuple[tuple[str, str], ...]
    engine_version: str
    # The PAdES level of the seal the file gets ("B-B" or "B-LT"); "" before it was kept.
    seal_level: str = ""
    checks: tuple[CheckAtAcceptance, ...] = ()
    approval: Approval | None = None


@dataclass(frozen=True, slots=True)
class AgreementModel:
    """Everything the agreement document shows."""

    reference: str
    letterhead: Letterhead
    client: Client
    officer: BankOfficer
    contracts: tuple[OriginalContract, ...]
    debt: DebtTreatment
    terms: NewTerms
    rows: tuple[Row, ...]
    place: str
    signed_on: date
    evidence: Evidence
    signatures: Signatures = field(default_factory=Signatures)
    status: AgreementStatus = AgreementStatus()
    reflection_days: int | None = None  # a reflection period, where the law gives one
    language: Language = Language.FRENCH
    clauses: Clauses | None = None
    # Co-borrowers and guarantors (since snapshot format 2).
    other_parties: tuple[OtherParty, ...] = field(default=(), metadata={"since": 2})
    # A mortgage amendment: the day the client received it (the offer kept) and the
    # first day it could be accepted after the reflection period (C. consom. L313-39),
    # since snapshot format 3.
    offered_on: date | None = field(default=None, metadata={"since": 3})
    acceptance_from: date | None = field(default=None, metadata={"since": 3})
    # A consumer credit's fees on file, left out of the debt: not claimable after its
    # default (C. consom. L312-38); the debt clause says so (since snapshot format 3).
    fees_not_claimed: Decimal = field(default=Decimal(0), metadata={"since": 3})

    @property
    def channel(self) -> Channel:
        return self.evidence.channel


# ------------------------------------------------------------------ from the engine


def debt_of(restructuring: Restructuring, as_of: date) -> DebtTreatment:
    """The debt and its treatment as allocated by the engine."""
    allocation = restructuring.allocation
    debt = restructuring.debt
    lines = [
        DebtLine(
            component=None,
            owed=debt.outstanding_principal,
            down_payment=allocation.down_payment_on_principal,
            capitalized=debt.outstanding_principal - allocation.down_payment_on_principal,
        )
    ]
    lines.extend(
        DebtLine(
            component=c.component,
            owed=c.owed,
            waived=c.waived,
            down_payment=c.down_payment,
            capitalized=c.capitalized,
            spread=c.spread,
            added_to_first=c.added_to_first,
            spread_periods=c.spread_periods,
        )
        for c in allocation.components
        if c.owed
    )
    return DebtTreatment(as_of=as_of, lines=tuple(lines), new_principal=allocation.new_principal)


def terms_of(schedule: Schedule) -> NewTerms:
    """The headline figures of an engine schedule."""
    terms = schedule.terms
    return NewTerms(
        installment=schedule.installment,
        periods=schedule.periods,
        first_due=schedule.first_due,
        last_due=schedule.end_date,
        rate_pct=terms.rate_pct,
        apr_pct=schedule.apr_pct,
        total_interest=schedule.total_interest,
        total_cost=schedule.total_cost,
        insurance_per_installment=terms.insurance,
        total_insurance=schedule.total_insurance,
        fees=schedule.total_fees,
        total_paid=schedule.total_paid,
        new_principal=terms.principal,
        frequency_months=terms.frequency.months,
        grace_periods=terms.grace.periods,
    )


def simulation_inputs_of(restructuring: Restructuring) -> tuple[tuple[str, str], ...]:
    """The officer's inputs as ``(name, value)`` pairs, values in canonical form."""
    request = restructuring.request
    pairs: list[tuple[str, str]] = [
        ("sizing", _canonical_text(request.sizing)),
        ("start", request.start.isoformat()),
        ("rate_pct", "contract" if request.rate_pct is None else str(request.rate_pct)),
        ("down_payment", str(request.down_payment)),
        ("grace", f"{request.grace.periods} {request.grace.kind}"),
        ("method", str(request.method)),
    ]
    for component in DebtComponent:
        how = request.treatment(component)
        value = str(how.treatment)
        if how.waived:
            value += f", waived {how.waived}"
        if how.spread_periods:
            value += f", over {how.spread_periods}"
        pairs.append((str(component), value))
    optional = {
        "payment_day": request.payment_day,
        "first_due": request.first_due,
        "frequency": request.frequency,
        "insurance": request.insurance,
    }
    for name, option in optional.items():
        if option is not None:
            pairs.append((name, _canonical_text(option)))
    if request.signature_fees:
        pairs.append(("signature_fees", str(request.signature_fees)))
    return tuple(pairs)


def _canonical_text(value: object) -> str:
    plain = _plain(value)
    return plain if isinstance(plain, str) else json.dumps(plain, sort_keys=True)


# ------------------------------------------------------------------- fingerprint


def _plain(value: object) -> object:
    """A JSON-ready, unambiguous form of a model value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Path):
        return value.name  # where the logo lives on this machine is not content
    if isinstance(value, float):
        return repr(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        plain = {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not _later_default(f, getattr(value, f.name))
        }
        if isinstance(value, Row):
            plain["total_due"] = str(value.total_due)
        return plain
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_plain(item) for item in value]
    return value


def _later_default(model_field: dataclasses.Field[object], value: object) -> bool:
    """A field added in a later snapshot format, at its default: left out of the canonical
    JSON, so that an agreement made before it keeps its fingerprint when printed again."""
    return "since" in model_field.metadata and value == model_field.default


def canonical_json(model: AgreementModel) -> bytes:
    """The model as canonical JSON: sorted keys, no spaces, UTF-8, decimals as text."""
    return json.dumps(
        {"scheme": FINGERPRINT_SCHEME, "agreement": _plain(model)},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")


def content_fingerprint(model: AgreementModel) -> str:
    """SHA-256 (hex) of :func:`canonical_json`: the fingerprint printed on each page."""
    return hashlib.sha256(canonical_json(model)).hexdigest()


def short_fingerprint(fingerprint: str) -> str:
    """The first 16 hex digits in groups of four, easy to read over the phone."""
    head = fingerprint[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, 16, 4))


def qr_payload(reference: str, fingerprint: str) -> str:
    """What the QR code on each page carries: scheme, reference and content SHA-256."""
    return f"{FINGERPRINT_SCHEME};ref={reference};sha256={fingerprint}"
