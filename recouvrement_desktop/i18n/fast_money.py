"""Amounts formatted exactly as ``i18n.formatting.format_money`` does, a hundred times
faster, for the simulator's schedule table (hundreds of amounts per redraw) and the
agreement's schedule (thousands per document).

Babel takes tens of microseconds per amount. For each language the layout of an amount
(signs, currency symbol, group and decimal separators) is read once from
``format_money`` itself, then amounts are laid out with Python's own number formatting.
The result is checked against ``format_money`` on sample amounts first: on any
difference, and for any amount that is not in whole cents, ``format_money`` is used.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Final

from recouvrement_desktop.i18n.formatting import figure_layout, format_money
from recouvrement_desktop.i18n.language import Language, active_language

_SAMPLE: Final = Decimal("1234567.89")
_CHECKS: Final = tuple(
    Decimal(text)
    for text in (
        "0.00", "0.01", "0.10", "5.00", "12.34", "999.99", "1000.00", "1000.01", "65432.10",
        "100000.00", "999999.99", "1000000.00", "123456789.01", "-0.01", "-12.34",
        "-1000.00", "-1234567.89",
    )
)  # fmt: skip
_CENTS_EXPONENT: Final = -2


def _derive(language: Language) -> Callable[[Decimal], str] | None:
    positive = figure_layout(format_money(_SAMPLE, language))
    negative = figure_layout(format_money(-_SAMPLE, language))
    if positive is None or negative is None or positive[1] != negative[1]:
        return None
    body = positive[1]
    group, decimal = body[1], body[-3]
    if body != f"1{group}234{group}567{decimal}89":
        return None
    separators = str.maketrans({",": group, ".": decimal})

    def fast(amount: Decimal) -> str:
        prefix, _, suffix = negative if amount.is_signed() else positive  # -0.00 too
        return f"{prefix}{abs(amount):,.2f}".translate(separators) + suffix

    if any(fast(value) != format_money(value, language) for value in _CHECKS):
        return None
    return fast


@functools.cache
def _formatter(language: Language) -> Callable[[Decimal], str] | None:
    return _derive(language)


def fast_money(amount: Decimal, language: Language | None = None) -> str:
    """``format_money(amount, language)`` (default: the active language), the same text,
    only faster."""
    language = language or active_language()
    fast = _formatter(language)
    exponent = amount.as_tuple().exponent
    if fast is None or not isinstance(exponent, int) or exponent < _CENTS_EXPONENT:
        return format_money(amount, language)
    return fast(amount)
