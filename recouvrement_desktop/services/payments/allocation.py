"""The payments to allocate: bank credits the import could not put on a case, listed
for an officer who assigns each to its case — a decision recorded in the audit trail,
which records the payment as the import would have."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import BankEntry, Case
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.recovery import BankEntryStatus
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services.agreement_followup import follow_in
from recouvrement_desktop.services.journal import require_officer
from recouvrement_desktop.services.payments.recording import record_on_case
from recouvrement_desktop.services.permissions import authorize, authorize_case
from recouvrement_desktop.services.promises import PromisePolicy, settle_in
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = ["AllocationError", "PaymentToAllocate", "allocate_payment", "payments_to_allocate"]


class AllocationError(UserFacingError):
    context = "Payments"
    exit_code = 2


@dataclass(frozen=True, slots=True)
class PaymentToAllocate:
    reference: str
    booked_on: date
    amount: Decimal
    currency: str
    debtor_name: str | None
    remittance: str | None
    end_to_end_id: str | None
    creditor_reference: str | None
    reason: str | None  # "no_match", "ambiguous", "currency"
    file_name: str
    imported_at: datetime


@dataclass(frozen=True, slots=True)
class Allocated:
    reference: str
    case_reference: str
    amount: Decimal
    journal_entry_id: int


def payments_to_allocate(database: Database, by: Identity | None) -> list[PaymentToAllocate]:
    """The unmatched payments, oldest first."""
    authorize(database, by, Permission.ALLOCATE_PAYMENTS)
    with database.session() as session:
        rows = session.scalars(
            select(BankEntry)
            .where(BankEntry.status == BankEntryStatus.UNMATCHED)
            .order_by(BankEntry.booked_on, BankEntry.id)
        )
        return [
            PaymentToAllocate(
                reference=row.reference,
                booked_on=row.booked_on,
                amount=row.amount,
                currency=row.currency,
                debtor_name=row.debtor_name,
                remittance=row.remittance,
                end_to_end_id=row.end_to_end_id,
                creditor_reference=row.creditor_reference,
                reason=row.reason,
                file_name=row.file_name,
                imported_at=row.imported_at,
            )
            for row in rows
        ]


def allocate_payment(
    database: Database,
    by: Identity | None,
    reference: str,
    case_reference: str,
    *,
    today: date | None = None,
    policy: PromisePolicy | None = None,
) -> Allocated:
    """Put the payment to allocate *reference* on the case *case_reference*."""
    officer = require_officer(by, AllocationError)
    authorize(database, officer, Permission.ALLOCATE_PAYMENTS)
    with database.session() as session:
        case_id = session.scalar(select(Case.id).where(Case.reference == case_reference.strip()))
    if case_id is None:
        raise AllocationError(
            QT_TRANSLATE_NOOP("Payments", "No case has the reference {reference}."),
            reference=case_reference,
        )
    authorize_case(database, officer, case_id, Permission.ALLOCATE_PAYMENTS)
    with unit_of_work(database, officer) as uow:
        entry = uow.session.scalars(
            select(BankEntry).where(BankEntry.reference == reference).with_for_update()
        ).one_or_none()
        if entry is None:
            raise AllocationError(
                QT_TRANSLATE_NOOP("Payments", "No payment has the reference {reference}."),
                reference=reference,
            )
        if entry.status is not BankEntryStatus.UNMATCHED:
            raise AllocationError(
                QT_TRANSLATE_NOOP(
                    "Payments", "The payment {reference} is not waiting to be allocated."
                ),
                reference=reference,
            )
        reason = entry.reason
        payment = record_on_case(uow, entry, case_id, None)
        entry.allocated_by_id = officer.id
        entry.allocated_at = utc_now()
        case = uow.session.get_one(Case, case_id)
        uow.audit(
            "payments.allocated", "bank_entry", entry.uuid,
            reference=entry.reference, case=str(case.uuid), amount=entry.amount,
            journal_entry=str(payment.uuid), was=reason,
        )  # fmt: skip
        day = today or utc_now().date()
        settle_in(uow, day, policy or PromisePolicy(), [case_id])
        follow_in(uow, day, [case_id])
        return Allocated(entry.reference, case.reference, entry.amount, payment.id)
