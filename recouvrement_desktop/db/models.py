"""SQLAlchemy 2 models of the case database.

What happened is append-only (journal entries, audit events): corrections are new rows
that point at what they correct, and database triggers refuse updates and deletes.
Rows that may travel between machines carry a UUID and UTC timestamps. Money is exact
(integer cents through ``Money``), never a float.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from recouvrement_desktop.db.types import Money, Rate, UTCDateTime, utc_now
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    AuthSource,
    BankEntryStatus,
    CasePriority,
    CaseStage,
    Channel,
    ContactResult,
    Direction,
    EmploymentStatus,
    JournalKind,
    LifeEventType,
    LoanCategory,
    OfficerRole,
    OverindebtednessStatus,
    PromiseStatus,
    RateType,
)

# Stable constraint names, so that migrations can name what they alter on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(enum_class: type[StrEnum]) -> Enum:
    """Enums stored as their value in a plain string column (portable, no native type)."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Officer(Base):
    __tablename__ = "officers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[OfficerRole] = mapped_column(_enum(OfficerRole))
    branch: Mapped[str] = mapped_column(String(200))
    # Delegation: what the officer may grant without a supervisor.
    max_waiver: Mapped[Decimal] = mapped_column(Money())
    max_extension_months: Mapped[int] = mapped_column(Integer)
    min_rate: Mapped[Decimal] = mapped_column(Rate())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # Signing in (services/auth.py): an Argon2id hash for a local account, nothing for a
    # directory one (its password stays in the directory).
    auth_source: Mapped[AuthSource] = mapped_column(
        _enum(AuthSource), default=AuthSource.LOCAL, server_default=AuthSource.LOCAL.value
    )
    password_hash: Mapped[str | None] = mapped_column(String(255))
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    client_number: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(16))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date)
    mobile_phone: Mapped[str | None] = mapped_column(String(32))
    home_phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    address_line1: Mapped[str] = mapped_column(String(200))
    address_line2: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(16))
    city: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="FR")
    household_adults: Mapped[int] = mapped_column(Integer, default=1)
    household_children: Mapped[int] = mapped_column(Integer, default=0)
    employment: Mapped[EmploymentStatus] = mapped_column(_enum(EmploymentStatus))
    employer: Mapped[str | None] = mapped_column(String(200))
    monthly_income: Mapped[Decimal] = mapped_column(Money())
    housing_cost: Mapped[Decimal] = mapped_column(Money())
    other_credit_payments: Mapped[Decimal] = mapped_column(Money())
    # Lower-case, accent-free "first last" and phone digits, so that search runs in SQL.
    # Their trigram index lives outside these models (migration 0004): see SEARCH_INDEX.
    search_name: Mapped[str] = mapped_column(String(210), index=True)
    search_phones: Mapped[str] = mapped_column(String(70), default="", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    cases: Mapped[list[Case]] = relationship(back_populates="client")


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_stage", "stage"),
        Index("ix_cases_officer_id", "officer_id"),
        Index("ix_cases_client_id", "client_id"),
        # Work queue (services/case_queries.py): each order walks an index on (key, id),
        # each common filter has one that also yields the day's order (amount at risk).
        Index("ix_cases_arrears", "total_arrears", "id"),
        Index("ix_cases_stage_arrears", "stage", "total_arrears", "id"),
        Index("ix_cases_officer_arrears", "officer_id", "total_arrears", "id"),
        Index("ix_cases_days_past_due", "days_past_due", "total_arrears", "id"),
        Index("ix_cases_last_contact", "last_contact_at", "id"),
        Index("ix_cases_next_action", "next_action_date", "id"),
        Index("ix_cases_forclusion", "forclusion_date", "id"),
        # Partial: the few cases in default, in the day's order (amount at risk), so the
        # queue's filter walks them alone on SQLite and PostgreSQL.
        Index(
            "ix_cases_agreement_default",
            "total_arrears",
            "id",
            sqlite_where=text("agreement_default_since IS NOT NULL"),
            postgresql_where=text("agreement_default_since IS NOT NULL"),
        ),
        Index("ix_cases_agreement_check", "agreement_check_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    stage: Mapped[CaseStage] = mapped_column(_enum(CaseStage))
    priority: Mapped[CasePriority] = mapped_column(_enum(CasePriority))
    opened_on: Mapped[date] = mapped_column(Date)
    next_action_date: Mapped[date | None] = mapped_column(Date)
    # Figures of the work queue, kept up to date by the services that change them.
    total_arrears: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    days_past_due: Mapped[int] = mapped_column(Integer, default=0)
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    has_broken_promise: Mapped[bool] = mapped_column(Boolean, default=False)
    # The nearest end of a consumer credit's two years (services/legal_deadlines.py),
    # counted from an event that may still be to come; empty when none is in sight.
    forclusion_date: Mapped[date | None] = mapped_column(Date)
    # The follow-up of the case's binding agreement (services/agreement_followup.py): the
    # day it went into default (its oldest missed instalment), empty while none is
    # missed; and the next day an instalment may become missed without a payment (the
    # daily follow-up reads only the cases due a check).
    agreement_default_since: Mapped[date | None] = mapped_column(Date)
    agreement_check_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    client: Mapped[Client] = relationship(back_populates="cases")
    officer: Mapped[Officer | None] = relationship()
    loans: Mapped[list[Loan]] = relationship(back_populates="case", order_by="Loan.id")


class Loan(Base):
    __tablename__ = "loans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    contract_number: Mapped[str] = mapped_column(String(32), unique=True)
    category: Mapped[LoanCategory] = mapped_column(_enum(LoanCategory))
    original_amount: Mapped[Decimal] = mapped_column(Money())
    nominal_rate: Mapped[Decimal] = mapped_column(Rate())  # annual, in percent
    start_date: Mapped[date] = mapped_column(Date)
    term_months: Mapped[int] = mapped_column(Integer)
    installment: Mapped[Decimal] = mapped_column(Money())
    insurance_monthly: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    outstanding_principal: Mapped[Decimal] = mapped_column(Money())
    arrears_count: Mapped[int] = mapped_column(Integer, default=0)
    arrears_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    late_interest: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    # Kept apart (migration 0015): after a consumer credit's default the fees may not be
    # claimed, the penalty (indemnity) only up to its cap (C. consom. L312-39, D312-16).
    fees: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    penalties: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    days_past_due: Mapped[int] = mapped_column(Integer, default=0)
    # The first unregularised unpaid instalment (for an overdraft, the overrun's first
    # day), as the core system reports it; empty in rows stored before it was kept.
    first_unpaid_date: Mapped[date | None] = mapped_column(Date)
    # The day a full extract of the bank no longer held the contract (paid off, sold,
    # moved to litigation elsewhere); cleared when it comes back. Never deleted.
    left_extract_on: Mapped[date | None] = mapped_column(Date)
    # The parties and securities of the contract, as the core system reports them
    # (migration 0016): the rate type (empty in rows stored before: fixed), the
    # co-borrowers and guarantors (names, "; " between two), the guarantees (free text),
    # and the SEPA direct-debit mandate the instalments are collected under.
    rate_type: Mapped[RateType | None] = mapped_column(_enum(RateType))
    co_borrowers: Mapped[str | None] = mapped_column(String(200))
    guarantee: Mapped[str | None] = mapped_column(String(200))
    guarantors: Mapped[str | None] = mapped_column(String(200))
    sepa_mandate_reference: Mapped[str | None] = mapped_column(String(35))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    case: Mapped[Case] = relationship(back_populates="loans")


class PortfolioImport(Base):
    """One portfolio file imported: the import log. A file already logged (same SHA-256)
    is not imported again."""

    __tablename__ = "portfolio_imports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    full_snapshot: Mapped[bool] = mapped_column(Boolean)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)


class JournalEntry(Base):
    """One thing that happened on a case. Append-only; see the module docstring."""

    __tablename__ = "journal_entries"
    __table_args__ = (Index("ix_journal_entries_case_time", "case_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[JournalKind] = mapped_column(_enum(JournalKind))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    # A correction points at the entry it corrects; an outcome at the promise it settles.
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    refers_to_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    note: Mapped[str | None] = mapped_column(Text)
    # Contacts.
    channel: Mapped[Channel | None] = mapped_column(_enum(Channel))
    direction: Mapped[Direction | None] = mapped_column(_enum(Direction))
    result: Mapped[ContactResult | None] = mapped_column(_enum(ContactResult))
    # Promises (amount, due date), their outcome, payments (amount).
    amount: Mapped[Decimal | None] = mapped_column(Money())
    due_date: Mapped[date | None] = mapped_column(Date)
    promise_status: Mapped[PromiseStatus | None] = mapped_column(_enum(PromiseStatus))
    # Life events and stage changes.
    life_event: Mapped[LifeEventType | None] = mapped_column(_enum(LifeEventType))
    stage_from: Mapped[CaseStage | None] = mapped_column(_enum(CaseStage))
    stage_to: Mapped[CaseStage | None] = mapped_column(_enum(CaseStage))
    # Offers and agreements: the simulation inputs and figures, as shown.
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    officer: Mapped[Officer | None] = relationship()


class AuditEvent(Base):
    """One link of the tamper-evident audit chain. Append-only."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_uuid: Mapped[str | None] = mapped_column(String(36))
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditChainHead(Base):
    """Single row naming the last link; updating it serialises writers of the chain."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


PURPOSE_MARK: Final = "purpose"
DEMONSTRATION_PURPOSE: Final = "demonstration"


class DatabaseMark(Base):
    """A fact about the database itself, by name: ``purpose`` is ``demonstration`` on a
    database the demonstration data created (``services/database_purpose.py``)."""

    __tablename__ = "database_marks"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))


class AccessRecord(Base):
    """Who opened which client's file, when, from which machine. Append-only."""

    __tablename__ = "access_log"
    __table_args__ = (
        Index("ix_access_log_client_time", "client_id", "occurred_at"),
        Index("ix_access_log_officer_time", "officer_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    machine: Mapped[str] = mapped_column(String(255))
    purpose: Mapped[str] = mapped_column(String(32))  # "case_opened", "case_shown"…


class ReferenceDataImport(Base):
    """A reference-data file an administrator imported (``reference-data import``): it
    overrides the shipped file of its kind until a newer import.  Kept whole, as text,
    so the figures in force on any day can be shown again; covered by the audit chain."""

    __tablename__ = "reference_data_imports"
    __table_args__ = (Index("ix_reference_data_imports_kind", "kind", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)


APPEND_ONLY_TABLES = ("journal_entries", "audit_events", "access_log")

# The trigram index of client names and phones, created by migration 0004 and kept out of
# the models (neither an FTS5 table nor a GIN operator class has a portable model): on
# SQLite an FTS5 table of this name (its rowid is the client's id; FTS5 adds shadow
# tables named after it) with triggers named after it, on PostgreSQL these indexes.
# Either may be missing where the backend cannot have it; search is slower, not wrong.
SEARCH_INDEX = "clients_search"
SEARCH_INDEX_POSTGRESQL = ("ix_clients_search_name_trgm", "ix_clients_search_phones_trgm")


def is_search_index(name: str | None) -> bool:
    """Whether *name* is (part of) the search index, which the models do not describe."""
    return name is not None and (
        name == SEARCH_INDEX
        or name.startswith(f"{SEARCH_INDEX}_")
        or name in SEARCH_INDEX_POSTGRESQL
    )


def table_of(model: type[Base]) -> Table:
    """The ``Table`` behind a model, typed as such (``__table__`` is a mere FromClause)."""
    return Base.metadata.tables[model.__tablename__]


# ----------------------------------------------------------------------- agreements


class Agreement(Base):
    """A repayment agreement: the immutable snapshot of the plan and its sealed PDF.

    ``snapshot`` never changes; ``pdf`` and ``pdf_sha256`` never change once written
    (database triggers refuse it, and any delete). A pending agreement has no PDF yet.
    The one exception: the retention job may remove the PDF's bytes (``pdf`` set to NULL
    with ``pdf_removed_on``), once; the hash stays, so the archive still proves what was
    signed.
    """

    __tablename__ = "agreements"
    __table_args__ = (Index("ix_agreements_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    client_name: Mapped[str] = mapped_column(String(200))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    status: Mapped[AgreementState] = mapped_column(_enum(AgreementState))
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    language: Mapped[str] = mapped_column(String(8))
    # The negotiation session (its SESSION journal entry) and the AGREEMENT entry.
    session_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    journal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Inputs, engine version, debt, terms, full schedule, signatures: as accepted.
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    pdf_sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    # The day the retention policy removed the PDF's bytes (migration 0017).
    pdf_removed_on: Mapped[date | None] = mapped_column(Date)
    # Supervisor's decision on a plan beyond the officer's delegation.
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    # Return of the paper countersigned by the client (agreements made by phone).
    countersigned_on: Mapped[date | None] = mapped_column(Date)
    countersignature_scan: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)

    case: Mapped[Case] = relationship()
    officer: Mapped[Officer | None] = relationship(foreign_keys=[officer_id])
    decided_by: Mapped[Officer | None] = relationship(foreign_keys=[decided_by_id])


class BankEntry(Base):
    """A credit read from the bank's statement (camt.053/054 or the plain CSV), one per
    transaction: kept whatever became of it, so that a statement imported again adds
    nothing (``reference`` is the bank's own), and an unmatched one waits for an officer.

    ``allocation`` records what the payment took off each contract's arrears
    (``[{"loan": id, "amount": "12.34"}]``), so that a reversal gives back exactly that.
    """

    __tablename__ = "bank_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    reference: Mapped[str] = mapped_column(String(80), unique=True)
    source: Mapped[str] = mapped_column(String(16))  # "camt.053.001.08", "csv"…
    file_name: Mapped[str] = mapped_column(String(255))
    booked_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3))
    debtor_name: Mapped[str | None] = mapped_column(String(140))
    remittance: Mapped[str | None] = mapped_column(Text)
    end_to_end_id: Mapped[str | None] = mapped_column(String(35))
    creditor_reference: Mapped[str | None] = mapped_column(String(35))
    status: Mapped[BankEntryStatus] = mapped_column(_enum(BankEntryStatus), index=True)
    reason: Mapped[str | None] = mapped_column(String(16))  # why unmatched
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    journal_entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entries.id"))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("bank_entries.id"))
    allocation: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    allocated_by_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"))
    allocated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# --------------------------------------------------------------------------- exports


class ExportLog(Base):
    """One file handed to the core banking system (``services/outcome_export.py``): what
    was exported (kind, window or agreement, scope), how much, the file's digest, who and
    when. ``export outcomes --since-last`` starts where the last one of its scope ended."""

    __tablename__ = "export_log"
    __table_args__ = (Index("ix_export_log_kind_time", "kind", "exported_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(32))  # "outcomes", "schedule"
    since: Mapped[datetime | None] = mapped_column(UTCDateTime)  # outcomes: [since, until)
    until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    subject: Mapped[str | None] = mapped_column(String(64))  # schedule: the agreement
    branch: Mapped[str | None] = mapped_column(String(200))  # scope; None: every branch
    format: Mapped[str] = mapped_column(String(8))
    rows: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


# ---------------------------------------------------------- overindebtedness and FICP


class OverindebtednessFile(Base):
    """One status of a case's overindebtedness file (``services/overindebtedness.py``):
    a row per change, so the history is kept; the newest row is the current state."""

    __tablename__ = "overindebtedness_files"
    __table_args__ = (Index("ix_overindebtedness_files_case", "case_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    status: Mapped[OverindebtednessStatus] = mapped_column(_enum(OverindebtednessStatus))
    filed_on: Mapped[date] = mapped_column(Date)
    status_on: Mapped[date] = mapped_column(Date)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    note: Mapped[str | None] = mapped_column(Text)


class FicpRegistration(Base):
    """A client's registration at the FICP (the Banque de France file of repayment
    incidents): the incident that caused it, and its removal once those sums are paid."""

    __tablename__ = "ficp_registrations"
    __table_args__ = (Index("ix_ficp_registrations_client", "client_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    registered_on: Mapped[date] = mapped_column(Date)
    incident: Mapped[str] = mapped_column(Text)
    removed_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
