"""Mapping profiles: each setting checked, and a bank's cells turned into the standard
writing (dates in the bank's order, amounts grouped the bank's way, the bank's codes)."""

from __future__ import annotations

import pytest

from recouvrement_desktop.domain.import_profile import ProfileError, profile_from
from recouvrement_desktop.domain.portfolio_layout import column_named
from recouvrement_desktop.domain.portfolio_rows import RawLine, check_line


def column(name: str):  # type: ignore[no-untyped-def]
    found = column_named(name)
    assert found is not None
    return found


def test_the_bank_headers_are_renamed_case_insensitively() -> None:
    profile = profile_from({"columns": {"client_number": "NUM_CLIENT"}}, "bank")
    assert profile.name == "bank"
    assert profile.column_for(" num_client ") == "client_number"
    assert profile.column_for("last_name") == "last_name"  # a standard name still reads


@pytest.mark.parametrize(
    ("date_format", "written", "standard"),
    [
        ("DD.MM.YYYY", "05.09.2026", "2026-09-05"),
        ("YYYYMMDD", "20260905", "2026-09-05"),
        ("MM/DD/YYYY", "09/05/2026", "2026-09-05"),  # a US extract: the month first
    ],
)
def test_dates_in_the_banks_order_become_standard(
    date_format: str, written: str, standard: str
) -> None:
    profile = profile_from({"date_format": date_format}, "bank")
    assert profile.standard_cell(column("start_date"), written) == standard
    # What the pattern does not describe is left for the line checks to refuse.
    assert profile.standard_cell(column("start_date"), "5.9.26") == "5.9.26"


def test_amounts_follow_the_banks_decimal_mark() -> None:
    comma = profile_from({"decimal_mark": ","}, "bank")
    point = profile_from({"decimal_mark": "."}, "bank")
    amount = column("outstanding_principal")

    def read(text: str) -> object:
        row, issues = check_line(RawLine(2, {amount.name: text}), [amount])
        return issues[0].column if row is None else row.values[amount.name]

    assert str(read(comma.standard_cell(amount, "9.812"))) == "9812.00"
    assert str(read(point.standard_cell(amount, "9,812.44"))) == "9812.44"
    # "12.5" cannot be a grouped amount where the decimal mark is a comma: refused.
    assert read(comma.standard_cell(amount, "12.5")) == amount.name


def test_the_banks_codes_become_standard_values() -> None:
    profile = profile_from({"values": {"category": {"PP": "personal_loan", "1": "mortgage"}}}, "b")
    assert profile.standard_cell(column("category"), "pp") == "personal_loan"
    assert profile.standard_cell(column("category"), "XX") == "XX"  # refused later, as written


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"colums": {}}, "colums"),
        ({"separator": "|"}, "separator"),
        ({"decimal_mark": "'"}, "decimal_mark"),
        ({"date_format": "DD/MM/YY"}, "date_format"),
        ({"date_format": 20260101}, "date_format"),
        ({"columns": {"client_no": "X"}}, "columns.client_no"),
        ({"columns": {"client_number": ""}}, "columns.client_number"),
        ({"columns": {"client_number": "ID", "contract_number": "id"}}, "columns.contract_number"),
        ({"values": {"category": {"PP": "payday_loan"}}}, "values.category"),
        ({"values": {"rate_type": {"F": "fixe"}}}, "values.rate_type"),
        ({"values": {"colour": {"R": "red"}}}, "values.colour"),
    ],
)
def test_a_setting_that_makes_no_sense_is_named(data: dict[str, object], key: str) -> None:
    with pytest.raises(ProfileError) as refused:
        profile_from(data, "bank")
    assert refused.value.field == key
    assert key in str(refused.value)
