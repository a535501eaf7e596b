"""Plain, frozen views of what the database holds, as the services hand it out.

The window and the commands never hold a database object: a view is read inside the
service's session and stays valid after it, on any thread. Each view names its fields
like the table it copies, so that code reading ``client.monthly_income`` reads the
same thing whether it was given a row (inside a service) or a view (anywhere).
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from recouvrement_desktop.db.models import (
    Case,
    Client,
    FicpRegistration,
    JournalEntry,
    Loan,
    Officer,
    OverindebtednessFile,
)
from recouvrement_desktop.domain.agreement_followup import InstalmentState, PlanProgress
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.legal_deadlines import Forclusion
from recouvrement_desktop.domain.recovery import (
    CasePriority,
    CaseStage,
    Channel,
    ContactResult,
    Direction,
    EmploymentStatus,
    JournalKind,
    LifeEventType,
    LoanCategory,
    OverindebtednessStatus,
    PromiseStatus,
    RateType,
)
from recouvrement_desktop.services.journal_payloads import EntryDetails, entry_details

__all__ = [
    "CaseDetail",
    "CaseView",
    "ClientView",
    "FicpView",
    "JournalEntryView",
    "LoanDeadline",
    "LoanView",
    "OverindebtednessView",
    "case_view",
    "client_view",
    "ficp_view",
    "identity_of",
    "journal_entry_view",
    "loan_view",
    "overindebtedness_view",
]

_View = TypeVar("_View")


def _copied(view: type[_View], row: object, **extra: Any) -> _View:
    """A view with every field read from the row's attribute of the same name."""
    names = [f.name for f in dataclasses.fields(view)]  # type: ignore[arg-type]
    values = {name: getattr(row, name) for name in names if name not in extra}
    return view(**values, **extra)


@dataclass(frozen=True, slots=True)
class ClientView:
    id: int
    uuid: uuid.UUID
    client_number: str
    title: str
    first_name: str
    last_name: str
    birth_date: date | None
    mobile_phone: str | None
    home_phone: str | None
    email: str | None
    address_line1: str
    address_line2: str | None
    postal_code: str
    city: str
    country: str
    household_adults: int
    household_children: int
    employment: EmploymentStatus
    employer: str | None
    monthly_income: Decimal
    housing_cost: Decimal
    other_credit_payments: Decimal

    @property
    def full_name(self) -> str:
        """Title, first and last name, as an agreement names the client."""
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)


@dataclass(frozen=True, slots=True)
class LoanView:
    id: int
    uuid: uuid.UUID
    contract_number: str
    category: LoanCategory
    original_amount: Decimal
    nominal_rate: Decimal
    start_date: date
    term_months: int
    installment: Decimal
    insurance_monthly: Decimal
    outstanding_principal: Decimal
    arrears_count: int
    arrears_amount: Decimal
    late_interest: Decimal
    fees: Decimal
    penalties: Decimal
    days_past_due: int
    first_unpaid_date: date | None = None  # as stored (see LoanDeadline for a derived one)
    # Its parties and securities (migration 0016); a rate type stored empty is fixed.
    rate_type: RateType = RateType.FIXED
    co_borrowers: tuple[str, ...] = ()
    guarantee: str = ""
    guarantors: tuple[str, ...] = ()
    sepa_mandate_reference: str = ""

    @property
    def total_owed(self) -> Decimal:
        return (
            self.outstanding_principal
            + self.arrears_amount
            + self.late_interest
            + self.fees
            + self.penalties
        )


@dataclass(frozen=True, slots=True)
class CaseView:
    id: int
    uuid: uuid.UUID
    reference: str
    stage: CaseStage
    priority: CasePriority
    opened_on: date
    next_action_date: date | None
    total_arrears: Decimal
    days_past_due: int
    last_contact_at: datetime | None
    has_broken_promise: bool
    officer_id: int | None
    officer_name: str | None
    forclusion_date: date | None = None


@dataclass(frozen=True, slots=True)
class JournalEntryView:
    """One thing that happened on a case; ``details`` reads its payload, typed."""

    id: int
    uuid: uuid.UUID
    case_id: int
    kind: JournalKind
    occurred_at: datetime
    recorded_at: datetime
    officer_id: int | None
    corrects_id: int | None
    refers_to_id: int | None
    note: str | None
    channel: Channel | None
    direction: Direction | None
    result: ContactResult | None
    amount: Decimal | None
    due_date: date | None
    promise_status: PromiseStatus | None
    life_event: LifeEventType | None
    stage_from: CaseStage | None
    stage_to: CaseStage | None
    details: EntryDetails | None


@dataclass(frozen=True, slots=True)
class LoanDeadline:
    """A contract's legal deadlines (``services/legal_deadlines.py``)."""

    loan_id: int
    contract_number: str
    category: LoanCategory
    first_unpaid_date: date | None  # the first unregularised unpaid instalment
    first_unpaid_derived: bool  # no date stored: counted back from the days past due
    agreement_reference: str | None  # the signed rescheduling that restarted the two years
    agreement_first_unpaid: date | None  # its own first unpaid instalment, when due
    forclusion: Forclusion

    @property
    def forclusion_date(self) -> date | None:
        return self.forclusion.expires_on


@dataclass(frozen=True, slots=True)
class OverindebtednessView:
    """One status of a case's overindebtedness file (the newest is the current one)."""

    id: int
    case_id: int
    status: OverindebtednessStatus
    filed_on: date
    status_on: date
    note: str | None
    recorded_at: datetime

    @property
    def open(self) -> bool:
        """Any status but closed freezes collection and bars a side agreement."""
        return self.status is not OverindebtednessStatus.CLOSED


@dataclass(frozen=True, slots=True)
class FicpView:
    """A client's registration at the FICP, and its removal once removed."""

    id: int
    client_id: int
    registered_on: date
    incident: str
    removed_on: date | None
    recorded_at: datetime

    @property
    def current(self) -> bool:
        return self.removed_on is None


@dataclass(frozen=True, slots=True)
class PlanFollowUp:
    """Where a case's binding agreement stands on a day (``services/agreement_followup``):
    each instalment and the totals paid / due / late / missed."""

    reference: str
    on: date
    grace_days: int
    instalments: tuple[InstalmentState, ...]
    progress: PlanProgress


@dataclass(frozen=True, slots=True)
class CaseDetail:
    """One case whole: its client, loans and the newest part of its history."""

    case: CaseView
    client: ClientView
    loans: tuple[LoanView, ...]
    history: tuple[JournalEntryView, ...]
    deadlines: tuple[LoanDeadline, ...] = ()  # one per loan, in the same order
    today: date | None = None  # the day the deadlines were read for
    overindebtedness: OverindebtednessView | None = None  # the file's current status
    ficp: tuple[FicpView, ...] = ()  # the client's FICP registrations, oldest first
    plan: PlanFollowUp | None = None  # the binding agreement's follow-up, if any

    @property
    def total_owed(self) -> Decimal:
        return sum((loan.total_owed for loan in self.loans), Decimal("0.00"))


def client_view(row: Client) -> ClientView:
    return _copied(ClientView, row)


def overindebtedness_view(row: OverindebtednessFile) -> OverindebtednessView:
    return _copied(OverindebtednessView, row)


def ficp_view(row: FicpRegistration) -> FicpView:
    return _copied(FicpView, row)


def _names(text: str | None) -> tuple[str, ...]:
    return tuple(name.strip() for name in (text or "").split(";") if name.strip())


def loan_view(row: Loan) -> LoanView:
    return _copied(
        LoanView,
        row,
        rate_type=row.rate_type or RateType.FIXED,
        co_borrowers=_names(row.co_borrowers),
        guarantee=row.guarantee or "",
        guarantors=_names(row.guarantors),
        sepa_mandate_reference=row.sepa_mandate_reference or "",
    )


def case_view(row: Case, officer_name: str | None = None) -> CaseView:
    return _copied(CaseView, row, officer_name=officer_name)


def journal_entry_view(row: JournalEntry) -> JournalEntryView:
    """The entry as read back; an entry just added must have been flushed (ids)."""
    return _copied(JournalEntryView, row, details=entry_details(row.kind, row.payload))


def identity_of(row: Officer) -> Identity:
    return Identity(
        id=row.id,
        uuid=row.uuid,
        login=row.login,
        full_name=row.full_name,
        role=row.role,
        branch=row.branch,
    )
