"""Each line of a portfolio file checked (domain/portfolio_rows.py): every message names
its line and its column, and a line with several faults reports all of them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from recouvrement_desktop.domain.portfolio_layout import COLUMNS, REQUIRED, column_named
from recouvrement_desktop.domain.portfolio_rows import RawLine, check_lines
from recouvrement_desktop.domain.recovery import LoanCategory

GOOD = {
    "client_number": "CLI-1", "last_name": "Lefèvre", "first_name": "Hélène",
    "address_line1": "12 rue des Écoles", "postal_code": "69003", "city": "Lyon",
    "contract_number": "PP-1", "category": "personal_loan", "original_amount": "15 000,00",
    "nominal_rate": "5,9 %", "start_date": "15/06/2022", "term_months": "60",
    "installment": "289,32", "outstanding_principal": "9 812,44", "arrears_amount": "867,96",
    "fees": "40", "first_unpaid_date": "2026-09-05", "rate_type": "fixed",
}  # fmt: skip
PRESENT = [column.name for column in COLUMNS]


def check(**changes: str) -> tuple[list[object], list[tuple[int, str, str, str]]]:
    cells = {**GOOD, **changes}
    rows, issues = check_lines([RawLine(7, cells)], PRESENT)
    found = [(issue.line, issue.column, issue.value, issue.message.format(**issue.params))
             for issue in issues]  # fmt: skip
    return list(rows), found


def test_a_good_line_is_typed() -> None:
    rows, issues = check_lines([RawLine(2, GOOD)], PRESENT)
    assert issues == []
    (row,) = rows
    assert row.line == 2
    assert row.required_amount("original_amount") == Decimal("15000.00")
    assert row.values["nominal_rate"] == Decimal("5.9")
    assert row.day("start_date") == date(2022, 6, 15)
    assert row.count("term_months") == 60
    assert row.category() is LoanCategory.PERSONAL_LOAN
    assert row.text("email") is None and row.has("email")  # an empty optional cell


def test_columns_absent_from_the_file_are_absent_from_the_row() -> None:
    rows, _ = check_lines([RawLine(2, GOOD)], [*REQUIRED, "fees"])
    assert not rows[0].has("email") and rows[0].has("fees")


def test_header_names_are_case_insensitive() -> None:
    assert column_named("  Client_Number ") is column_named("client_number") is not None
    assert column_named("numero_client") is None


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("last_name", "", "A value is required"),
        ("start_date", "31/02/2026", "Not a date: 31/02/2026 (expected DD/MM/YYYY or YYYY-MM-DD)"),
        ("birth_date", "1979-3-14", "Not a date: 1979-3-14 (expected DD/MM/YYYY or YYYY-MM-DD)"),
        ("original_amount", "quinze mille", "Not an amount: quinze mille"),
        ("outstanding_principal", "-12,00", "Cannot be negative: -12,00"),
        ("arrears_amount", "-1", "Cannot be negative: -1"),
        ("nominal_rate", "cinq", "Not a rate in percent: cinq"),
        ("nominal_rate", "-1,5", "Cannot be negative: -1,5"),
        ("term_months", "sixty", "Not a whole number: sixty"),
        ("term_months", "0", "The term must be at least one month"),
        ("category", "leasing",
         "Unknown category: leasing (expected personal_loan, car_loan, revolving_credit, "
         "overdraft, mortgage)"),
        ("rate_type", "mixed", "Unknown rate type: mixed (expected fixed or variable)"),
        ("postal_code", "6" * 17, "Too long: at most 16 characters"),
    ],
)  # fmt: skip
def test_each_fault_names_line_column_and_reason(column: str, value: str, message: str) -> None:
    rows, issues = check(**{column: value})
    assert rows == []
    assert issues == [(7, column, value, message)]


def test_categories_are_read_whatever_their_case() -> None:
    rows, issues = check(category="Car_Loan")
    assert issues == [] and rows


def test_every_fault_of_a_line_is_reported() -> None:
    _, issues = check(city="", term_months="x", category="leasing")
    assert [column for _, column, _, _ in issues] == ["city", "category", "term_months"]


def test_a_contract_twice_in_the_file() -> None:
    lines = [RawLine(2, GOOD), RawLine(3, {**GOOD, "client_number": "CLI-2"}), RawLine(4, GOOD)]
    rows, issues = check_lines(lines, PRESENT)
    assert [row.line for row in rows] == [2]
    assert [(issue.line, issue.column, issue.message.format(**issue.params))
            for issue in issues] == [
        (3, "contract_number", "The contract PP-1 is already on line 2"),
        (4, "contract_number", "The contract PP-1 is already on line 2"),
    ]  # fmt: skip


def test_the_lines_of_one_client_must_describe_them_alike() -> None:
    same = {**GOOD, "contract_number": "PP-2", "original_amount": "1 000"}
    moved = {**GOOD, "contract_number": "PP-3", "city": "Villeurbanne"}
    rows, issues = check_lines([RawLine(2, GOOD), RawLine(3, same), RawLine(4, moved)], PRESENT)
    assert [row.line for row in rows] == [2, 3]
    assert [(i.line, i.column, i.value, i.message.format(**i.params)) for i in issues] == [
        (4, "city", "Villeurbanne", "The client CLI-1 is described otherwise on line 2")
    ]
