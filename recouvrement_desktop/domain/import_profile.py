"""A mapping profile: how a bank's own extract differs from the standard layout.

A profile renames the bank's columns to the standard ones, translates the bank's codes
(``PP`` for ``personal_loan``), and says how its dates and amounts are written. It is
read from a TOML file (docs/import-format.md); this module checks its content and turns
each cell of the bank's file into the standard writing the line checks expect, so the
rules of the standard layout apply unchanged to every bank.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError
from recouvrement_desktop.domain.portfolio_layout import Column, Kind, column_named
from recouvrement_desktop.domain.recovery import LoanCategory

__all__ = ["ImportProfile", "ProfileError", "profile_from"]

_KEYS: Final = frozenset(
    {"name", "encoding", "separator", "date_format", "decimal_mark", "columns", "values"}
)
_SEPARATORS: Final = {";": ";", ",": ",", "tab": "\t", "\t": "\t"}
_DATE_TOKENS: Final = re.compile(r"YYYY|DD|MM")
_CODED_KINDS: Final = {
    Kind.CATEGORY: tuple(category.value for category in LoanCategory),
    Kind.RATE_TYPE: ("fixed", "variable"),
}


class ProfileError(DomainError):
    """A profile that cannot be used: ``key`` names the setting at fault."""


@dataclass(frozen=True, slots=True)
class ImportProfile:
    name: str
    encoding: str | None = None
    separator: str | None = None
    decimal_mark: str | None = None
    # The bank's header (lower case) → the standard column it fills.
    columns: Mapping[str, str] = field(default_factory=dict)
    # A standard column → the bank's code (lower case) → the standard value.
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    date_pattern: re.Pattern[str] | None = None  # groups: year, month, day

    def column_for(self, header: str) -> str:
        """The name the standard layout gives the bank's *header* cell (unchanged when the
        profile does not rename it)."""
        return self.columns.get(header.strip().lower(), header)

    def standard_cell(self, column: Column, text: str) -> str:
        """The cell written as the standard layout writes it; a value the profile does
        not recognise is left as it is, for the line checks to refuse."""
        cleaned = text.strip()
        if not cleaned:
            return cleaned
        codes = self.values.get(column.name)
        if codes is not None and (code := codes.get(cleaned.lower())) is not None:
            return code
        if (
            column.kind is Kind.DATE
            and self.date_pattern is not None
            and (match := self.date_pattern.fullmatch(cleaned))
        ):
            year, month, day = match.group("year", "month", "day")
            return f"{year}-{month}-{day}"
        if column.kind is Kind.AMOUNT and self.decimal_mark == "," and "," not in cleaned:
            # "1.234" from a bank writing decimal commas groups thousands: 1 234,00.
            return f"{cleaned},00" if "." in cleaned else cleaned
        if column.kind is Kind.AMOUNT and self.decimal_mark == "." and "," in cleaned:
            return cleaned.replace(",", " ")  # a comma only groups thousands here
        return cleaned


def _text(data: Mapping[str, object], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ProfileError(
            QT_TRANSLATE_NOOP("Domain", "{key} must be a text"), {"key": key}, field=key
        )
    return value


def _date_pattern(text: str) -> re.Pattern[str]:
    tokens = _DATE_TOKENS.findall(text)
    if sorted(tokens) != ["DD", "MM", "YYYY"]:
        raise ProfileError(
            QT_TRANSLATE_NOOP("Domain", "{key}: {value} must hold DD, MM and YYYY once each"),
            {"key": "date_format", "value": text},
            field="date_format",
        )
    groups = {"YYYY": r"(?P<year>\d{4})", "DD": r"(?P<day>\d{2})", "MM": r"(?P<month>\d{2})"}
    pieces = _DATE_TOKENS.split(text)
    pattern = re.escape(pieces[0])
    for token, piece in zip(tokens, pieces[1:], strict=True):
        pattern += groups[token] + re.escape(piece)
    return re.compile(pattern)


def _columns(data: object) -> dict[str, str]:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ProfileError(
            QT_TRANSLATE_NOOP("Domain", "[{key}] must be a table"),
            {"key": "columns"},
            field="columns",
        )
    renamed: dict[str, str] = {}
    for standard, header in data.items():
        key = f"columns.{standard}"
        if column_named(standard) is None:
            raise ProfileError(
                QT_TRANSLATE_NOOP("Domain", "{key}: {column} is not a column of the layout"),
                {"key": key, "column": standard},
                field=key,
            )
        if not isinstance(header, str) or not header.strip():
            raise ProfileError(
                QT_TRANSLATE_NOOP("Domain", "{key} must name a column of the bank's file"),
                {"key": key},
                field=key,
            )
        bank = header.strip().lower()
        if bank in renamed:
            raise ProfileError(
                QT_TRANSLATE_NOOP("Domain", "{key}: the column {header} is already mapped"),
                {"key": key, "header": header},
                field=key,
            )
        renamed[bank] = standard.lower()
    return renamed


def _values(data: object) -> dict[str, dict[str, str]]:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ProfileError(
            QT_TRANSLATE_NOOP("Domain", "[{key}] must be a table"),
            {"key": "values"},
            field="values",
        )
    coded: dict[str, dict[str, str]] = {}
    for standard, codes in data.items():
        column = column_named(standard)
        key = f"values.{standard}"
        if column is None:
            raise ProfileError(
                QT_TRANSLATE_NOOP("Domain", "{key}: {column} is not a column of the layout"),
                {"key": key, "column": standard},
                field=key,
            )
        if not isinstance(codes, Mapping):
            raise ProfileError(
                QT_TRANSLATE_NOOP("Domain", "[{key}] must be a table"), {"key": key}, field=key
            )
        allowed = _CODED_KINDS.get(column.kind)
        table: dict[str, str] = {}
        for code, value in codes.items():
            if not isinstance(value, str) or (allowed is not None and value not in allowed):
                raise ProfileError(
                    QT_TRANSLATE_NOOP(
                        "Domain", "{key}: {code} = {value} is not a value of {column}"
                    ),
                    {"key": key, "code": str(code), "value": str(value), "column": column.name},
                    field=key,
                )
            table[str(code).strip().lower()] = value
        coded[column.name] = table
    return coded


def profile_from(data: Mapping[str, object], default_name: str) -> ImportProfile:
    """The profile a parsed TOML document describes; ``ProfileError`` names the first
    setting at fault."""
    for key in data:
        if key not in _KEYS:
            raise ProfileError(
                QT_TRANSLATE_NOOP("Domain", "Unknown setting: {key}"), {"key": key}, field=key
            )
    separator = _text(data, "separator")
    if separator is not None and separator not in _SEPARATORS:
        raise ProfileError(
            QT_TRANSLATE_NOOP("Domain", "{key} must be ';', ',' or 'tab'"),
            {"key": "separator"},
            field="separator",
        )
    decimal_mark = _text(data, "decimal_mark")
    if decimal_mark is not None and decimal_mark not in (",", "."):
        raise ProfileError(
            QT_TRANSLATE_NOOP("Domain", "{key} must be ',' or '.'"),
            {"key": "decimal_mark"},
            field="decimal_mark",
        )
    date_format = _text(data, "date_format")
    return ImportProfile(
        name=_text(data, "name") or default_name,
        encoding=_text(data, "encoding"),
        separator=None if separator is None else _SEPARATORS[separator],
        decimal_mark=decimal_mark,
        columns=_columns(data.get("columns")),
        values=_values(data.get("values")),
        date_pattern=None if date_format is None else _date_pattern(date_format),
    )
