"""Locale-aware formatting of amounts, rates and dates, always through Babel."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_currency
from babel.numbers import format_decimal as _babel_decimal
from babel.numbers import format_percent as _babel_percent

from recouvrement_desktop.i18n.language import Language, babel_locale

CURRENCY = "EUR"


def format_money(amount: Decimal, language: Language | None = None) -> str:
    """``Decimal("1234.56")`` → ``1 234,56 €`` in French, ``€1,234.56`` in English."""
    return format_currency(amount, CURRENCY, locale=babel_locale(language))


def figure_layout(text: str) -> tuple[str, str, str] | None:
    """Prefix, figures and suffix of a formatted number (the figures run digit to digit),
    ``None`` without a digit."""
    digits = [index for index, character in enumerate(text) if character.isdigit()]
    if not digits:
        return None
    return text[: digits[0]], text[digits[0] : digits[-1] + 1], text[digits[-1] + 1 :]


def _affixes(text: str) -> tuple[str, str]:
    layout = figure_layout(text)
    assert layout is not None  # a formatted 1 has a digit
    return layout[0], layout[2]


def money_affixes(language: Language | None = None) -> tuple[str, str]:
    """What stands before and after the figures of an amount (``("", " €")`` in French,
    ``("€", "")`` in English), for fields that show the figures themselves."""
    return _affixes(format_money(Decimal(1), language))


def percent_affixes(language: Language | None = None) -> tuple[str, str]:
    """The same for a rate: ``("", " %")`` in French, ``("", "%")`` in English."""
    return _affixes(format_percent(Decimal(1), language))


def format_percent(percent: Decimal, language: Language | None = None, digits: int = 2) -> str:
    """A rate given in percent: ``Decimal("4.5")`` → ``4,50 %`` in French, ``4.50%`` in English."""
    locale = babel_locale(language)
    pattern = locale.percent_formats[None].pattern
    if digits:
        last_zero = pattern.rfind("0")
        pattern = pattern[: last_zero + 1] + "." + "0" * digits + pattern[last_zero + 1 :]
    return _babel_percent(percent / 100, format=pattern, locale=locale)


def format_decimal(value: Decimal, language: Language | None = None) -> str:
    return _babel_decimal(value, locale=babel_locale(language))


def format_integer(value: int, language: Language | None = None) -> str:
    return _babel_decimal(value, locale=babel_locale(language))


def format_date(value: date, language: Language | None = None, length: str = "short") -> str:
    """``date(2026, 3, 1)`` → ``01/03/2026`` (short) or ``1 mars 2026`` (long) in French."""
    return _babel_date(value, format=length, locale=babel_locale(language))


def format_datetime(value: datetime, language: Language | None = None) -> str:
    return _babel_datetime(value, format="short", locale=babel_locale(language))
