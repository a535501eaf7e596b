"""The standard layout of a portfolio file: its columns, which are required, what each
holds (documented in docs/import-format.md)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

__all__ = ["COLUMNS", "REQUIRED", "Column", "Kind", "column_named"]


class Kind(StrEnum):
    TEXT = "text"
    AMOUNT = "amount"
    RATE = "rate"
    DATE = "date"
    COUNT = "count"
    CATEGORY = "category"
    RATE_TYPE = "rate_type"


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: Kind
    required: bool = False
    max_length: int | None = None  # the width of the database column it fills


COLUMNS: Final = (
    Column("client_number", Kind.TEXT, required=True, max_length=32),
    Column("title", Kind.TEXT, max_length=16),
    Column("last_name", Kind.TEXT, required=True, max_length=100),
    Column("first_name", Kind.TEXT, required=True, max_length=100),
    Column("birth_date", Kind.DATE),
    Column("address_line1", Kind.TEXT, required=True, max_length=200),
    Column("address_line2", Kind.TEXT, max_length=200),
    Column("postal_code", Kind.TEXT, required=True, max_length=16),
    Column("city", Kind.TEXT, required=True, max_length=100),
    Column("country", Kind.TEXT, max_length=2),
    Column("mobile_phone", Kind.TEXT, max_length=32),
    Column("home_phone", Kind.TEXT, max_length=32),
    Column("email", Kind.TEXT, max_length=254),
    Column("monthly_income", Kind.AMOUNT),
    Column("housing_cost", Kind.AMOUNT),
    Column("other_credit_payments", Kind.AMOUNT),
    Column("contract_number", Kind.TEXT, required=True, max_length=32),
    Column("category", Kind.CATEGORY, required=True),
    Column("rate_type", Kind.RATE_TYPE),
    Column("original_amount", Kind.AMOUNT, required=True),
    Column("nominal_rate", Kind.RATE, required=True),
    Column("start_date", Kind.DATE, required=True),
    Column("term_months", Kind.COUNT, required=True),
    Column("installment", Kind.AMOUNT, required=True),
    Column("insurance_monthly", Kind.AMOUNT),
    Column("outstanding_principal", Kind.AMOUNT, required=True),
    Column("arrears_count", Kind.COUNT),
    Column("arrears_amount", Kind.AMOUNT),
    Column("late_interest", Kind.AMOUNT),
    Column("fees", Kind.AMOUNT),
    Column("penalties", Kind.AMOUNT),
    Column("first_unpaid_date", Kind.DATE),
    Column("co_borrower", Kind.TEXT, max_length=200),
    Column("guarantee", Kind.TEXT, max_length=200),
    Column("guarantor", Kind.TEXT, max_length=200),
    Column("sepa_mandate_reference", Kind.TEXT, max_length=35),
    Column("branch", Kind.TEXT, max_length=200),
    Column("officer_login", Kind.TEXT, max_length=64),
    Column("case_reference", Kind.TEXT, max_length=32),
)

REQUIRED: Final = tuple(column.name for column in COLUMNS if column.required)
_BY_NAME: Final = {column.name: column for column in COLUMNS}


def column_named(name: str) -> Column | None:
    """The column a header cell names (case and surrounding spaces ignored)."""
    return _BY_NAME.get(name.strip().lower())
