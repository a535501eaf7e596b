"""The values a letter template may use: its placeholders, already formatted.

The service builds a :class:`LetterData` from the case and the engine
(``services/letters.py``); nothing in it is typed by an officer.  Amounts and dates
are formatted in the letter's language; the template only places them.

The placeholders a template may name are exactly the fields below
(:data:`PLACEHOLDERS`), documented in ``docs/letters.md``.  A field left ``None``
means the case has no such fact (no pending promise, no agreement): a template
that names it cannot be rendered for that case (:data:`FACT_OF`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Final

from recouvrement_desktop.documents.agreement_model import Letterhead

__all__ = ["FACT_OF", "PLACEHOLDERS", "LetterData", "Recipient"]


@dataclass(frozen=True, slots=True)
class Recipient:
    """The address block of the letter (not a placeholder: drawn in the window)."""

    name: str
    address_lines: tuple[str, ...]
    email: str | None = None
    mobile_phone: str | None = None


@dataclass(frozen=True, slots=True)
class LetterData:
    """Every placeholder of the letter templates, formatted in the letter's language."""

    # the bank and the sender
    bank_name: str
    place: str
    letter_date: str
    officer_name: str
    branch: str
    mediator: str  # the bank's consumer mediator, from the letterhead ("" when not given)
    # the client
    client_title: str
    client_name: str
    client_last_name: str
    salutation: str
    client_number: str
    # the case and its contracts
    case_reference: str
    contract_numbers: str
    contracts: tuple[str, ...]
    days_past_due: str
    arrears_amount: str
    late_interest: str
    fees_amount: str
    outstanding_principal: str
    total_arrears: str
    total_due: str
    # deadlines, from the policy
    cure_days: str
    cure_deadline: str
    ficp_delay_days: str
    ficp_earliest_date: str
    # a pending promise (None without one)
    promise_amount: str | None
    promise_date: str | None
    # the latest agreement (None without one)
    agreement_reference: str | None
    instalment_amount: str | None
    first_due_date: str | None
    agreement_periods: str | None
    missed_instalment_date: str | None
    missed_instalment_amount: str | None
    # not placeholders: the address block and the letterhead
    recipient: Recipient = dataclasses.field(metadata={"placeholder": False})
    letterhead: Letterhead = dataclasses.field(metadata={"placeholder": False})

    def values(self) -> dict[str, object]:
        """The placeholders and their values, for the template."""
        return {name: getattr(self, name) for name in PLACEHOLDERS}


PLACEHOLDERS: Final = frozenset(
    field.name
    for field in dataclasses.fields(LetterData)
    if field.metadata.get("placeholder", True)
)

#: The fact a ``None`` placeholder lacks, to say why a letter cannot be written.
FACT_OF: Final = {
    "promise_amount": "promise",
    "promise_date": "promise",
    "agreement_reference": "agreement",
    "instalment_amount": "agreement",
    "first_due_date": "agreement",
    "agreement_periods": "agreement",
    "missed_instalment_date": "missed",
    "missed_instalment_amount": "missed",
}
