"""Published reference data: dated, cited values the law's rules read.

A reference table is one kind of value (the usury thresholds, the legal interest rate,
the RSA lump sum, the seizable-portion scale), given as consecutive periods, each with
its first and last day, its values by key and the source it was read from (the Journal
officiel notice or the official page).  The shipped tables are TOML files under
``resources/reference_data/``; an administrator imports newer ones (``reference-data
import``).  This module parses and validates their text; it reads no file.

Validation refuses, with a message naming the fault: an unknown kind or key (category),
a missing key, a value that is not a number, a period ending before it starts, periods
that overlap or leave a gap.  A date outside every period has no value: callers say so
(the usury check blocks) and never fall back to an older period.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError
from recouvrement_desktop.domain.policy import UsuryCategory, UsuryTable, UsuryThreshold

__all__ = [
    "KEYS",
    "ReferenceDataError",
    "ReferenceKind",
    "ReferencePeriod",
    "ReferenceTable",
    "parse_reference_table",
    "usury_table_of",
]


class ReferenceKind(StrEnum):
    USURY_THRESHOLDS = "usury-thresholds"
    LEGAL_INTEREST_RATES = "legal-interest-rates"
    RSA_LUMP_SUM = "rsa-lump-sum"
    SEIZABLE_PORTION_SCALE = "seizable-portion-scale"


# The keys every period of a kind must give, no more, no fewer.
KEYS: Final[Mapping[ReferenceKind, tuple[str, ...]]] = {
    ReferenceKind.USURY_THRESHOLDS: tuple(category.value for category in UsuryCategory),
    ReferenceKind.LEGAL_INTEREST_RATES: ("individuals", "other-cases"),
    ReferenceKind.RSA_LUMP_SUM: ("single-person",),
    ReferenceKind.SEIZABLE_PORTION_SCALE: (
        "twentieth-up-to",
        "tenth-up-to",
        "fifth-up-to",
        "quarter-up-to",
        "third-up-to",
        "two-thirds-up-to",
        "per-dependant",
    ),
}


class ReferenceDataError(DomainError):
    """A reference-data file that cannot be used, and why."""


@dataclass(frozen=True, slots=True)
class ReferencePeriod:
    """Values in force from ``start`` to ``end``, both included, and where they come from."""

    start: date
    end: date
    values: Mapping[str, Decimal]
    source: str


@dataclass(frozen=True, slots=True)
class ReferenceTable:
    """One kind of reference data: consecutive periods, oldest first."""

    kind: ReferenceKind
    unit: str
    periods: tuple[ReferencePeriod, ...]

    def on(self, day: date) -> ReferencePeriod | None:
        """The period in force on *day*, or ``None`` when none is known."""
        return next((p for p in self.periods if p.start <= day <= p.end), None)

    @property
    def first_day(self) -> date:
        return self.periods[0].start

    @property
    def last_day(self) -> date:
        return self.periods[-1].end


def _fail(message: str, params: Mapping[str, str | int] | None = None) -> ReferenceDataError:
    return ReferenceDataError(message, params, field="reference-data")


def _kind(document: Mapping[str, object]) -> ReferenceKind:
    kind = document.get("kind")
    try:
        return ReferenceKind(str(kind))
    except ValueError:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Domain", "Unknown kind of reference data {kind}: expected one of {kinds}"
            ),
            {"kind": str(kind), "kinds": ", ".join(k.value for k in ReferenceKind)},
        ) from None


def _day(raw: object, key: str, number: int) -> date:
    if isinstance(raw, date) and not hasattr(raw, "hour"):
        return raw
    raise _fail(
        QT_TRANSLATE_NOOP("Domain", "Period {number}: {key} must be a date (YYYY-MM-DD)"),
        {"number": number, "key": key},
    )


def _value(raw: object, key: str, number: int) -> Decimal:
    # Figures are written as strings ("8.73") so that no binary float ever rounds them.
    text = str(raw).strip() if isinstance(raw, str | int) and not isinstance(raw, bool) else ""
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Domain", "Period {number}: the value of {key} is not a number: {value}"
            ),
            {"number": number, "key": key, "value": str(raw)},
        )
    return value


def _period(raw: object, kind: ReferenceKind, number: int) -> ReferencePeriod:
    if not isinstance(raw, Mapping):
        raise _fail(
            QT_TRANSLATE_NOOP("Domain", "Period {number} is not a table"), {"number": number}
        )
    start, end = _day(raw.get("from"), "from", number), _day(raw.get("until"), "until", number)
    if end < start:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "Domain", "Period {number} ends on {end}, before it starts on {start}"
            ),
            {"number": number, "start": start.isoformat(), "end": end.isoformat()},
        )
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        raise _fail(
            QT_TRANSLATE_NOOP("Domain", "Period {number} gives no source"), {"number": number}
        )
    values = raw.get("values")
    if not isinstance(values, Mapping):
        raise _fail(
            QT_TRANSLATE_NOOP("Domain", "Period {number} gives no values"), {"number": number}
        )
    expected = KEYS[kind]
    for key in values:
        if key not in expected:
            raise _fail(
                QT_TRANSLATE_NOOP(
                    "Domain", "Period {number}: unknown category {key}: expected {keys}"
                ),
                {"number": number, "key": str(key), "keys": ", ".join(expected)},
            )
    missing = [key for key in expected if key not in values]
    if missing:
        raise _fail(
            QT_TRANSLATE_NOOP("Domain", "Period {number}: missing {keys}"),
            {"number": number, "keys": ", ".join(missing)},
        )
    return ReferencePeriod(
        start=start,
        end=end,
        values={key: _value(values[key], key, number) for key in expected},
        source=source.strip(),
    )


def parse_reference_table(text: str) -> ReferenceTable:
    """The table written in the TOML *text*, validated (raises :class:`ReferenceDataError`)."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _fail(
            QT_TRANSLATE_NOOP("Domain", "The reference-data file is not valid TOML: {reason}"),
            {"reason": str(error)},
        ) from None
    kind = _kind(document)
    raw_periods = document.get("periods")
    if not isinstance(raw_periods, list) or not raw_periods:
        raise _fail(QT_TRANSLATE_NOOP("Domain", "The reference-data file lists no period"))
    periods = sorted(
        (_period(raw, kind, number) for number, raw in enumerate(raw_periods, start=1)),
        key=lambda period: period.start,
    )
    for before, after in itertools.pairwise(periods):
        if after.start <= before.end:
            raise _fail(
                QT_TRANSLATE_NOOP("Domain", "The periods starting on {first} and {second} overlap"),
                {"first": before.start.isoformat(), "second": after.start.isoformat()},
            )
        if after.start != before.end + timedelta(days=1):
            raise _fail(
                QT_TRANSLATE_NOOP("Domain", "No period covers the days from {start} to {end}"),
                {
                    "start": (before.end + timedelta(days=1)).isoformat(),
                    "end": (after.start - timedelta(days=1)).isoformat(),
                },
            )
    unit = document.get("unit")
    return ReferenceTable(kind=kind, unit=str(unit or ""), periods=tuple(periods))


def usury_table_of(table: ReferenceTable) -> UsuryTable:
    """The usury thresholds of *table*, each bounded by its period (no fallback)."""
    if table.kind is not ReferenceKind.USURY_THRESHOLDS:
        raise ValueError(f"not usury thresholds: {table.kind}")
    return UsuryTable(
        tuple(
            UsuryThreshold(
                UsuryCategory(key),
                period.start,
                rate,
                effective_until=period.end,
                source=period.source,
            )
            for period in table.periods
            for key, rate in period.values.items()
        )
    )
