"""The values of a portfolio file as a core banking system writes them: amounts, rates,
dates and counts, read strictly (an ambiguous value is refused, never guessed).

Each reader raises ``BadValueError`` naming what was expected; the caller knows the line and
the column and turns it into a translated message.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Final

__all__ = ["BadValueError", "read_amount", "read_count", "read_date", "read_rate"]

# Digit-group separators of amounts: space, no-break space, narrow no-break space.
_SPACES: Final = (" ", "\u00a0", "\u202f")
_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_FRENCH_DATE: Final = re.compile(r"(\d{2})/(\d{2})/(\d{4})")
_PLAIN: Final = re.compile(r"[+-]?\d+(?:\.\d+)?")
# A whole part grouped by thousands: "1", "12", "1 234", "12.345.678" (one separator).
_GROUPED: Final = re.compile(r"\d{1,3}(?:(?P<sep>[ .])\d{3})(?:(?P=sep)\d{3})*")
_CENT: Final = Decimal("0.01")
# Most amounts are written plainly: digits, then a decimal mark and its cents.
_PLAIN_AMOUNT: Final = re.compile(r"([0-9]+)(?:[.,]([0-9]{1,2}))?")


class BadValueError(ValueError):
    """A value the file cannot mean; ``expected`` is "amount", "rate", "date", "count"."""

    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected


def _whole_part(text: str, *, dots_group: bool) -> str:
    """The digits of a whole part, its thousands separators checked and removed."""
    if text.isdigit() and text.isascii():
        return text
    if _GROUPED.fullmatch(text) and (dots_group or "." not in text):
        return text.replace(" ", "").replace(".", "")
    raise BadValueError("amount")


def read_amount(text: str) -> Decimal:
    """An amount in euros: ``1234.5``, ``1 234,50``, ``1.234,50``; two decimals at most."""
    cleaned = text.strip()
    plain = _PLAIN_AMOUNT.fullmatch(cleaned)
    if plain is not None:
        return Decimal(f"{plain[1]}.{plain[2] or '0'}").quantize(_CENT)
    for space in _SPACES:
        cleaned = cleaned.replace(space, " ")
    sign = ""
    if cleaned.startswith(("+", "-")):
        sign, cleaned = cleaned[0], cleaned[1:].strip()
    if "," in cleaned:  # decimal comma: dots or spaces may group thousands
        whole, _, decimals = cleaned.rpartition(",")
        digits = _whole_part(whole, dots_group=True)
        if not decimals:
            raise BadValueError("amount")
    else:  # decimal point (or none): only spaces group thousands
        whole, _, decimals = cleaned.partition(".")
        digits = _whole_part(whole, dots_group=False)
        if "." in cleaned and not decimals:
            raise BadValueError("amount")
    if decimals and not (decimals.isdigit() and decimals.isascii() and len(decimals) <= 2):
        raise BadValueError("amount")
    if not digits:
        raise BadValueError("amount")
    return Decimal(f"{sign}{digits}.{decimals or '0'}").quantize(_CENT)


def read_rate(text: str) -> Decimal:
    """A rate in percent: ``4,5``, ``4.5``, ``4,5 %`` all give ``Decimal("4.5")``."""
    cleaned = text.strip()
    if cleaned.endswith("%"):
        cleaned = cleaned[:-1]
    for space in _SPACES:
        cleaned = cleaned.replace(space, "")
    cleaned = cleaned.replace(",", ".")
    if not _PLAIN.fullmatch(cleaned):
        raise BadValueError("rate")
    try:
        return Decimal(cleaned)
    except InvalidOperation as error:  # pragma: no cover - the pattern guards it
        raise BadValueError("rate") from error


def read_date(text: str) -> date:
    """A date written ``DD/MM/YYYY`` or ``YYYY-MM-DD``; an impossible day is refused."""
    cleaned = text.strip()
    if match := _ISO_DATE.fullmatch(cleaned):
        year, month, day = match.groups()
    elif match := _FRENCH_DATE.fullmatch(cleaned):
        day, month, year = match.groups()
    else:
        raise BadValueError("date")
    try:
        return date(int(year), int(month), int(day))
    except ValueError as error:
        raise BadValueError("date") from error


def read_count(text: str) -> int:
    """A whole number (a term in months, a count of unpaid instalments)."""
    cleaned = text.strip()
    if not (cleaned.isdigit() and cleaned.isascii()):
        raise BadValueError("count")
    return int(cleaned)
