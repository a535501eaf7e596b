"""A portfolio file read (services/portfolio/reading.py): its encoding and separator
found, its header in any order and case; a file without a required column refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from recouvrement_desktop.domain.portfolio_layout import REQUIRED
from recouvrement_desktop.services.portfolio.reading import PortfolioFileError, read_portfolio

VALUES = {
    "client_number": "CLI-1", "last_name": "Lefèvre", "first_name": "Hélène",
    "address_line1": "12 rue des Écoles", "postal_code": "69003", "city": "Saint-Étienne",
    "contract_number": "PP-1", "category": "personal_loan", "original_amount": "15 000,00",
    "nominal_rate": "5,9", "start_date": "15/06/2022", "term_months": "60",
    "installment": "289,32", "outstanding_principal": "9 812,44",
}  # fmt: skip


def write(path: Path, separator: str, encoding: str, *, bom: bool = False) -> Path:
    names = list(reversed(VALUES))  # any order
    header = separator.join(name.upper() if i % 2 else name for i, name in enumerate(names))
    quoted = [f'"{VALUES[name]}"' if separator in VALUES[name] else VALUES[name] for name in names]
    text = header + "\r\n" + separator.join(quoted) + "\r\n\r\n"
    data = text.encode(encoding)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


@pytest.mark.parametrize(("separator", "name"), [(";", "semicolon"), (",", "comma"),
                                                 ("\t", "tab")])  # fmt: skip
def test_the_separator_is_found_in_the_header(tmp_path: Path, separator: str, name: str) -> None:
    read = read_portfolio(write(tmp_path / f"{name}.csv", separator, "utf-8"))
    assert read.separator == separator
    (line,) = read.lines
    assert line.line == 2 and line.cells["original_amount"] == "15 000,00"
    assert set(read.columns) == set(VALUES)


@pytest.mark.parametrize(
    ("encoding", "bom", "found"),
    [("utf-8", False, "utf-8"), ("utf-8", True, "utf-8-sig"), ("cp1252", False, "cp1252")],
)
def test_the_encoding_is_found(tmp_path: Path, encoding: str, bom: bool, found: str) -> None:
    read = read_portfolio(write(tmp_path / "file.csv", ";", encoding, bom=bom))
    assert read.encoding == found
    assert read.lines[0].cells["city"] == "Saint-Étienne"
    assert read.lines[0].cells["client_number"] == "CLI-1"  # no BOM glued to the first name


def test_an_encoding_given_is_used(tmp_path: Path) -> None:
    path = write(tmp_path / "file.csv", ";", "latin-1")
    assert read_portfolio(path, "latin-1").lines[0].cells["last_name"] == "Lefèvre"
    with pytest.raises(PortfolioFileError, match="not written in utf-8"):
        read_portfolio(path, "utf-8")
    with pytest.raises(PortfolioFileError, match="Unknown encoding: klingon"):
        read_portfolio(path, "klingon")


def test_a_missing_required_column_refuses_the_file(tmp_path: Path) -> None:
    path = tmp_path / "file.csv"
    names = [name for name in VALUES if name not in ("city", "term_months")]
    path.write_text(";".join(names) + "\n" + ";".join(VALUES[n] for n in names) + "\n")
    with pytest.raises(PortfolioFileError) as refused:
        read_portfolio(path)
    assert str(refused.value) == "Required columns are missing: city, term_months"
    assert refused.value.exit_code == 2


def test_unknown_columns_are_set_aside_and_a_column_named_twice_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "file.csv"
    path.write_text(";".join([*REQUIRED, "Agence interne"]) + "\n" + ";" * len(REQUIRED) + "x\n")
    assert read_portfolio(path).ignored == ("Agence interne",)
    path.write_text(";".join([*REQUIRED, "CITY"]) + "\n")
    with pytest.raises(PortfolioFileError, match="The column city is named twice"):
        read_portfolio(path)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(PortfolioFileError, match="cannot be read"):
        read_portfolio(tmp_path / "absent.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(PortfolioFileError, match="no header line"):
        read_portfolio(empty)
    single = tmp_path / "single.csv"
    single.write_text("client_number\n")
    with pytest.raises(PortfolioFileError, match="No separator"):
        read_portfolio(single)
