"""Every line of a portfolio file checked on its own and against the others: typed
values for the valid lines, one issue per bad value for the others.

Nothing here knows the database; what only the database can tell (a contract already
held by another client, an unknown officer) is checked by the import service.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Final

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.domain.import_values import (
    BadValueError,
    read_amount,
    read_count,
    read_date,
    read_rate,
)
from recouvrement_desktop.domain.portfolio_layout import COLUMNS, Column, Kind
from recouvrement_desktop.domain.recovery import LoanCategory

__all__ = ["ContractRow", "RawLine", "RowIssue", "Value", "check_lines"]


Value = str | Decimal | date | int | LoanCategory | None

_RATE_TYPES: Final = ("fixed", "variable")
# The columns that describe the client: every line of one client must agree on them.
CLIENT_COLUMNS: Final = tuple(
    column.name for column in COLUMNS[: [c.name for c in COLUMNS].index("contract_number")]
)
_CATEGORIES: Final = ", ".join(category.value for category in LoanCategory)

_NOT_A: Final = {
    "amount": QT_TRANSLATE_NOOP("Domain", "Not an amount: {value}"),
    "rate": QT_TRANSLATE_NOOP("Domain", "Not a rate in percent: {value}"),
    "date": QT_TRANSLATE_NOOP("Domain", "Not a date: {value} (expected DD/MM/YYYY or YYYY-MM-DD)"),
    "count": QT_TRANSLATE_NOOP("Domain", "Not a whole number: {value}"),
}


@dataclass(frozen=True, slots=True)
class RawLine:
    """One line of the file as read: its number in the file and its cells by column."""

    line: int
    cells: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class RowIssue:
    """Why a line cannot be imported: ``message`` is a source text of the "Domain"
    context, filled in with ``params`` once translated."""

    line: int
    column: str
    value: str
    message: str
    params: Mapping[str, str | int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ContractRow:
    """A valid line: typed values of the columns the file has (absent ones are missing
    from ``values``; an empty optional cell is ``None``)."""

    line: int
    values: Mapping[str, Value]

    def has(self, name: str) -> bool:
        return name in self.values

    def text(self, name: str) -> str | None:
        value = self.values.get(name)
        assert value is None or isinstance(value, str)
        return value

    def required_text(self, name: str) -> str:
        value = self.text(name)
        assert value is not None
        return value

    def amount(self, name: str) -> Decimal | None:
        value = self.values.get(name)
        assert value is None or isinstance(value, Decimal)
        return value

    def required_amount(self, name: str) -> Decimal:
        value = self.amount(name)
        assert value is not None
        return value

    def day(self, name: str) -> date | None:
        value = self.values.get(name)
        assert value is None or isinstance(value, date)
        return value

    def count(self, name: str) -> int | None:
        value = self.values.get(name)
        assert value is None or isinstance(value, int)
        return value

    def category(self) -> LoanCategory:
        value = self.values["category"]
        assert isinstance(value, LoanCategory)
        return value


def _typed(column: Column, text: str) -> Value:
    """The value of one non-empty cell; ``BadValueError`` or ``ValueError`` when it is not."""
    reader = _READERS.get(column.kind)
    if reader is not None:
        return reader(text)
    if column.kind is Kind.TEXT:
        return text
    if column.kind is Kind.CATEGORY:
        return LoanCategory(text.lower())
    if column.kind is Kind.RATE_TYPE:
        if text.lower() not in _RATE_TYPES:
            raise ValueError(text)
        return text.lower()
    return text


_READERS: Final[dict[Kind, Callable[[str], Value]]] = {
    Kind.AMOUNT: read_amount,
    Kind.RATE: read_rate,
    Kind.DATE: read_date,
    Kind.COUNT: read_count,
}


def _issue_for(line: int, column: Column, text: str, error: ValueError) -> RowIssue:
    if isinstance(error, BadValueError):
        return RowIssue(line, column.name, text, _NOT_A[error.expected], {"value": text})
    if column.kind is Kind.CATEGORY:
        message = QT_TRANSLATE_NOOP("Domain", "Unknown category: {value} (expected {expected})")
        return RowIssue(line, column.name, text, message, {"value": text, "expected": _CATEGORIES})
    message = QT_TRANSLATE_NOOP("Domain", "Unknown rate type: {value} (expected fixed or variable)")
    return RowIssue(line, column.name, text, message, {"value": text})


def _check_cell(line: int, column: Column, text: str) -> tuple[Value, RowIssue | None]:
    if not text:
        if column.required:
            return None, RowIssue(
                line, column.name, text, QT_TRANSLATE_NOOP("Domain", "A value is required")
            )
        return None, None
    if column.max_length is not None and len(text) > column.max_length:
        message = QT_TRANSLATE_NOOP("Domain", "Too long: at most {length} characters")
        return None, RowIssue(line, column.name, text, message, {"length": column.max_length})
    try:
        value = _typed(column, text)
    except ValueError as error:
        return None, _issue_for(line, column, text, error)
    if isinstance(value, Decimal) and value < 0:
        message = QT_TRANSLATE_NOOP("Domain", "Cannot be negative: {value}")
        return None, RowIssue(line, column.name, text, message, {"value": text})
    if column.name == "term_months" and value == 0:
        message = QT_TRANSLATE_NOOP("Domain", "The term must be at least one month")
        return None, RowIssue(line, column.name, text, message)
    return value, None


def check_line(
    raw: RawLine, columns: Iterable[Column]
) -> tuple[ContractRow | None, list[RowIssue]]:
    """The typed line, or every issue it has (all of them, not just the first)."""
    values: dict[str, Value] = {}
    issues: list[RowIssue] = []
    for column in columns:
        value, issue = _check_cell(raw.line, column, raw.cells.get(column.name, "").strip())
        if issue is not None:
            issues.append(issue)
        else:
            values[column.name] = value
    return (None if issues else ContractRow(raw.line, values)), issues


def check_lines(
    lines: Iterable[RawLine], present: Iterable[str]
) -> tuple[list[ContractRow], list[RowIssue]]:
    """The valid lines and the issues of the others; a contract number seen twice
    makes its later lines invalid (the file must say one thing of each contract)."""
    names = set(present)
    columns = [column for column in COLUMNS if column.name in names]
    rows: list[ContractRow] = []
    issues: list[RowIssue] = []
    first_seen: dict[str, int] = {}
    clients: dict[str, ContractRow] = {}
    for raw in lines:
        row, found = check_line(raw, columns)
        number = raw.cells.get("contract_number", "").strip()
        if number and number in first_seen:
            message = QT_TRANSLATE_NOOP("Domain", "The contract {value} is already on line {line}")
            found.append(
                RowIssue(
                    raw.line,
                    "contract_number",
                    number,
                    message,
                    {"value": number, "line": first_seen[number]},
                )
            )
            row = None
        elif number:
            first_seen[number] = raw.line
        if row is not None and (disagreement := _client_disagreement(row, clients)):
            found.append(disagreement)
            row = None
        issues.extend(found)
        if row is not None:
            rows.append(row)
    return rows, issues


def _client_disagreement(row: ContractRow, clients: dict[str, ContractRow]) -> RowIssue | None:
    """An issue when an earlier valid line of the same client describes them otherwise
    (which one would be right?); else ``None``, the line now known for its client."""
    number = row.required_text("client_number")
    first = clients.setdefault(number, row)
    if first is row:
        return None
    for name in CLIENT_COLUMNS:
        if first.values.get(name) != row.values.get(name):
            message = QT_TRANSLATE_NOOP(
                "Domain", "The client {client} is described otherwise on line {line}"
            )
            value = str(row.values.get(name) or "")
            params: dict[str, str | int] = {"client": number, "line": first.line}
            return RowIssue(row.line, name, value, message, params)
    return None
