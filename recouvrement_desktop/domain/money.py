"""Money and rate values: exact ``Decimal`` arithmetic, cent rounding, input parsing.

All amounts are quantized to the cent with ROUND_HALF_UP (French banking practice).
Every computation of the domain runs under :data:`DOMAIN_CONTEXT`, so results do not
depend on the caller's global decimal context (determinism, byte for byte).
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal, InvalidOperation
from typing import Final

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError

__all__ = [
    "CENT",
    "DOMAIN_CONTEXT",
    "HUNDRED",
    "ZERO",
    "floor_cents",
    "parse_amount",
    "parse_decimal",
    "parse_rate",
    "to_cents",
]

# Precision far beyond what cent amounts need; traps make silent NaN impossible.
DOMAIN_CONTEXT: Final = Context(prec=34, rounding=ROUND_HALF_UP, Emax=999_999, Emin=-999_999)

CENT: Final = Decimal("0.01")
ZERO: Final = Decimal(0)
HUNDRED: Final = Decimal(100)

# Characters accepted as digit-group separators in typed amounts ("1 234,56").
_GROUP_SEPARATORS: Final = (" ", "\u00a0", "\u202f", "'", "_")


def to_cents(value: Decimal) -> Decimal:
    """Round *value* to the cent, half up (``2.345`` → ``2.35``, ``-2.345`` → ``-2.35``)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP, context=DOMAIN_CONTEXT)


def floor_cents(value: Decimal) -> Decimal:
    """Truncate a non-negative *value* to the cent (used for "at most" amounts)."""
    return value.quantize(CENT, rounding=ROUND_DOWN, context=DOMAIN_CONTEXT)


def parse_decimal(text: str, *, field: str | None = None) -> Decimal:
    """Parse a number typed with a dot or a comma as decimal mark.

    Accepts ``"12.5"``, ``"12,5"``, ``"1 234,56"`` (spaces, no-break spaces and
    apostrophes as digit grouping).  Rejects mixed marks (``"1.234,5"``), several
    marks, exponents, infinities and NaN: an ambiguous amount must never be guessed.
    """
    cleaned = text.strip()
    for sep in _GROUP_SEPARATORS:
        cleaned = cleaned.replace(sep, "")
    if "," in cleaned and "." in cleaned:
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "Invalid number: {text}"), {"text": text}, field=field
        )
    cleaned = cleaned.replace(",", ".")
    body = cleaned[1:] if cleaned[:1] in "+-" else cleaned
    if (
        not body
        or body.count(".") > 1
        or not body.replace(".", "").isdigit()
        or not body.replace(".", "").isascii()
    ):
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "Invalid number: {text}"), {"text": text}, field=field
        )
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - guarded above
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "Invalid number: {text}"), {"text": text}, field=field
        ) from exc


def parse_amount(text: str, *, field: str | None = None) -> Decimal:
    """Parse an amount of money; more than two decimals is an error, not a rounding."""
    value = parse_decimal(text, field=field)
    if value != value.quantize(CENT, context=DOMAIN_CONTEXT):
        raise DomainError(
            QT_TRANSLATE_NOOP("Domain", "An amount cannot have more than two decimals: {text}"),
            {"text": text},
            field=field,
        )
    return value.quantize(CENT, context=DOMAIN_CONTEXT)


def parse_rate(text: str, *, field: str | None = None) -> Decimal:
    """Parse a rate typed in percent (``"4,5"`` → ``Decimal("4.5")``), kept exact."""
    return parse_decimal(text, field=field)
