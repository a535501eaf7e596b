"""A valid line onto the rows it fills: the client's fields and the contract's, compared
with what is stored so that only real changes are written (and journaled)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Final

from recouvrement_desktop.db.models import Client, Loan
from recouvrement_desktop.domain.portfolio_rows import ContractRow
from recouvrement_desktop.domain.recovery import EmploymentStatus, RateType
from recouvrement_desktop.domain.text import fold, phone_digits

__all__ = [
    "CLIENT_FIELDS",
    "FIGURES",
    "LOAN_FIELDS",
    "apply_client",
    "apply_loan",
    "listed",
    "new_client",
    "new_loan",
]

ZERO: Final = Decimal("0.00")
# Plain text columns of the client: (column, default when the cell is empty).
_CLIENT_TEXT: Final[tuple[tuple[str, str | None], ...]] = (
    ("title", ""),
    ("last_name", None),
    ("first_name", None),
    ("address_line1", None),
    ("address_line2", None),
    ("postal_code", None),
    ("city", None),
    ("mobile_phone", None),
    ("home_phone", None),
    ("email", None),
)
_CLIENT_AMOUNTS: Final = ("monthly_income", "housing_cost", "other_credit_payments")
# The figures of a contract whose change is journaled on its case.
FIGURES: Final = (
    "original_amount",
    "nominal_rate",
    "start_date",
    "term_months",
    "installment",
    "insurance_monthly",
    "outstanding_principal",
    "arrears_count",
    "arrears_amount",
    "late_interest",
    "fees",
    "penalties",
)


# What an import may change of an existing record (the rest is the officers').
CLIENT_FIELDS: Final = (
    *(name for name, _ in _CLIENT_TEXT),
    "birth_date",
    "country",
    *_CLIENT_AMOUNTS,
    "search_name",
    "search_phones",
)
# The contract's parties and securities (names listed with "; " between two).
PARTIES: Final = ("co_borrowers", "guarantee", "guarantors", "sepa_mandate_reference")
_PARTY_COLUMNS: Final = {
    "co_borrowers": "co_borrower",
    "guarantee": "guarantee",
    "guarantors": "guarantor",
    "sepa_mandate_reference": "sepa_mandate_reference",
}
LOAN_FIELDS: Final = (
    "category",
    *FIGURES,
    "days_past_due",
    "first_unpaid_date",
    "left_extract_on",
    "rate_type",
    *PARTIES,
)


def listed(text: str | None) -> str | None:
    """A cell that may list several names or securities (``;`` between two, the cell
    quoted in a ``;``-separated file), tidied: ``"A ;B;"`` gives ``"A; B"``."""
    items = [item.strip() for item in (text or "").split(";")]
    kept = "; ".join(item for item in items if item)
    return kept or None


def _client_values(row: ContractRow) -> dict[str, Any]:
    """The client's fields the line speaks for (a column absent from the file keeps the
    stored value; an empty cell sets the field's default)."""
    values: dict[str, Any] = {}
    for name, default in _CLIENT_TEXT:
        if row.has(name):
            values[name] = row.text(name) or default
    if row.has("birth_date"):
        values["birth_date"] = row.day("birth_date")
    if row.has("country"):
        values["country"] = (row.text("country") or "FR").upper()
    for name in _CLIENT_AMOUNTS:
        if row.has(name):
            values[name] = row.amount(name) or ZERO
    return values


def _search_fields(client: Client) -> dict[str, str]:
    """The search index's forms of the name and phones (as the demonstration data)."""
    phones = (phone_digits(client.mobile_phone), phone_digits(client.home_phone))
    return {
        "search_name": fold(f"{client.first_name} {client.last_name}"),
        "search_phones": " ".join(filter(None, phones)),
    }


def _assign(target: Any, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Set the values that differ; the changes as ``{field: (before, after)}``."""
    changes: dict[str, tuple[Any, Any]] = {}
    for name, value in values.items():
        before = getattr(target, name)
        if before != value:
            changes[name] = (before, value)
            setattr(target, name, value)
    return changes


def new_client(row: ContractRow) -> Client:
    client = Client(
        client_number=row.required_text("client_number"),
        title="",
        country="FR",
        household_adults=1,
        household_children=0,
        employment=EmploymentStatus.OTHER,  # the extract does not say
        monthly_income=ZERO,
        housing_cost=ZERO,
        other_credit_payments=ZERO,
    )
    for name, value in _client_values(row).items():
        setattr(client, name, value)
    for name, value in _search_fields(client).items():
        setattr(client, name, value)
    return client


def apply_client(client: Client, row: ContractRow) -> dict[str, tuple[Any, Any]]:
    changes = _assign(client, _client_values(row))
    if changes:
        _assign(client, _search_fields(client))
    return changes


def days_past_due(row: ContractRow, today: date) -> int | None:
    """Days since the first unpaid instalment, when the line gives it."""
    if not row.has("first_unpaid_date"):
        return None
    first = row.day("first_unpaid_date")
    return max(0, (today - first).days) if first is not None else 0


def _loan_values(row: ContractRow) -> dict[str, Any]:
    values: dict[str, Any] = {
        "category": row.category(),
        "original_amount": row.required_amount("original_amount"),
        "nominal_rate": row.values["nominal_rate"],
        "start_date": row.values["start_date"],
        "term_months": row.values["term_months"],
        "installment": row.required_amount("installment"),
        "outstanding_principal": row.required_amount("outstanding_principal"),
        "left_extract_on": None,  # in the file: in the extract (again, if it had left)
    }
    # Fees and penalties apart: after a consumer credit's default they are treated apart
    # (C. consom. L312-39, D312-16).
    for name in ("insurance_monthly", "arrears_amount", "late_interest", "fees", "penalties"):
        if row.has(name):
            values[name] = row.amount(name) or ZERO
    if row.has("arrears_count"):
        values["arrears_count"] = row.count("arrears_count") or 0
    if row.has("rate_type"):
        values["rate_type"] = RateType(row.text("rate_type") or RateType.FIXED)
    for field, column in _PARTY_COLUMNS.items():
        if row.has(column):
            values[field] = listed(row.text(column))
    return values


def new_loan(row: ContractRow, today: date) -> Loan:
    loan = Loan(
        contract_number=row.required_text("contract_number"),
        insurance_monthly=ZERO,
        arrears_count=0,
        arrears_amount=ZERO,
        late_interest=ZERO,
        fees=ZERO,
        penalties=ZERO,
        days_past_due=days_past_due(row, today) or 0,
        first_unpaid_date=row.day("first_unpaid_date") if row.has("first_unpaid_date") else None,
        rate_type=RateType.FIXED,  # the standard layout's default
    )
    for name, value in _loan_values(row).items():
        setattr(loan, name, value)
    return loan


def apply_loan(loan: Loan, row: ContractRow, today: date) -> dict[str, tuple[Any, Any]]:
    """The contract's figures brought to the line; the days past due and the first
    unpaid instalment follow silently (the days grow every day without the contract
    changing; the first unpaid instalment moves with the arrears, journaled)."""
    changes = _assign(loan, _loan_values(row))
    days = days_past_due(row, today)
    if days is not None:
        loan.days_past_due = days
        loan.first_unpaid_date = row.day("first_unpaid_date")
    return changes
