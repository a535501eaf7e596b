"""What the payments import reads from any statement format: one ``StatementLine`` per
transaction, and the refusal of a whole file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError

__all__ = ["PaymentFileError", "Statement", "StatementLine", "digest_reference", "refused"]


class PaymentFileError(UserFacingError):
    """The whole file is refused: nothing was written."""

    context = "Payments"
    exit_code = 2


def refused(message: str, **params: object) -> PaymentFileError:
    return PaymentFileError(message, **params)


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One transaction of the statement.

    ``reference``: the bank's reference of the entry (``AcctSvcrRef``, else ``NtryRef``,
    else a digest), what makes a second import add nothing. ``booked``: the entry's status
    is BOOK (pending and informational entries are not money received)."""

    reference: str
    booked_on: date
    amount: Decimal
    currency: str
    credit: bool
    booked: bool = True
    reversal: bool = False
    end_to_end_id: str | None = None
    creditor_reference: str | None = None
    remittance: str | None = None
    debtor_name: str | None = None
    contract_number: str | None = None  # the plain CSV names the contract itself


@dataclass(frozen=True, slots=True)
class Statement:
    source: str  # "camt.053.001.08", "camt.054.001.02", "csv"
    sha256: str
    lines: tuple[StatementLine, ...]


def digest_reference(*parts: object) -> str:
    """A reference for an entry the bank gave none: the digest of what it says, so that
    the same entry in a later statement gets the same one."""
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


NOT_PROVIDED = "NOTPROVIDED"  # what SEPA puts in an end-to-end id the payer left empty
UNREADABLE = QT_TRANSLATE_NOOP("Payments", "This file cannot be read: {reason}")
