"""A payment put on a case, and a reversed one taken off it, inside an open unit of work.

The payment is the journal's PAYMENT entry (``services.journal.write_payment``, the path
of a payment recorded by hand); what it takes off the arrears is kept on the bank entry,
contract by contract, so that a reversal gives back exactly that. Arrears never go below
zero: an overpayment is recorded whole, and only the arrears there were are paid off.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

from sqlalchemy import select

from recouvrement_desktop.db.models import BankEntry, Case, JournalEntry, Loan
from recouvrement_desktop.domain.recovery import BankEntryStatus
from recouvrement_desktop.services.journal import (
    locked_case,
    write_payment,
    write_payment_reversal,
)
from recouvrement_desktop.services.unit_of_work import UnitOfWork

__all__ = ["pay_off", "record_on_case", "undo"]

ZERO: Final = Decimal("0.00")


def pay_off(case: Case, loans: list[Loan], amount: Decimal) -> list[dict[str, Any]]:
    """Take *amount* off the arrears of *loans*, in their order; what each gave."""
    allocation: list[dict[str, Any]] = []
    left = amount
    for loan in loans:
        take = min(left, loan.arrears_amount)
        if take <= 0:
            continue
        loan.arrears_amount -= take
        left -= take
        allocation.append({"loan": loan.id, "contract": loan.contract_number, "amount": str(take)})
    taken = amount - left
    case.total_arrears = max(ZERO, case.total_arrears - taken)
    return allocation


def _loans_for(uow: UnitOfWork, case: Case, loan_id: int | None) -> list[Loan]:
    """The contract named, else the case's contracts, the longest in arrears first."""
    if loan_id is not None:
        return [uow.session.get_one(Loan, loan_id)]
    loans = uow.session.scalars(select(Loan).where(Loan.case_id == case.id)).all()
    return sorted(loans, key=lambda loan: (-loan.days_past_due, loan.id))


def record_on_case(
    uow: UnitOfWork, entry: BankEntry, case_id: int, loan_id: int | None
) -> JournalEntry:
    """The bank entry becomes a payment received on the case."""
    case = locked_case(uow.session, case_id)
    payment = write_payment(
        uow, case, entry.amount, entry.booked_on,
        payload={"bank_entry": entry.reference, "file": entry.file_name},
    )  # fmt: skip
    entry.allocation = pay_off(case, _loans_for(uow, case, loan_id), entry.amount)
    entry.status = BankEntryStatus.MATCHED
    entry.reason = None
    entry.case_id = case.id
    entry.journal_entry_id = payment.id
    return payment


def undo(uow: UnitOfWork, original: BankEntry, reversal: BankEntry) -> None:
    """The bank reversed *original*: its payment is corrected and the arrears it paid
    off come back; an entry still to allocate simply leaves the list."""
    if original.status is BankEntryStatus.MATCHED and original.case_id is not None:
        case = locked_case(uow.session, original.case_id)
        if original.journal_entry_id is not None:
            payment = uow.session.get_one(JournalEntry, original.journal_entry_id)
            correction = write_payment_reversal(
                uow, case, payment, reversal.booked_on,
                payload={"bank_entry": reversal.reference, "reverses": original.reference},
            )  # fmt: skip
            reversal.journal_entry_id = correction.id
        given_back = ZERO
        for part in original.allocation or []:
            loan = uow.session.get_one(Loan, part["loan"])
            loan.arrears_amount += Decimal(part["amount"])
            given_back += Decimal(part["amount"])
        case.total_arrears += given_back
        reversal.case_id = case.id
    original.status = BankEntryStatus.REVERSED
    reversal.status = BankEntryStatus.REVERSAL
    reversal.reverses_id = original.id
