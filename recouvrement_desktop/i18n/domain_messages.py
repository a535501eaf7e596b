"""Messages of the domain (errors, guardrail warnings) in the interface language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from recouvrement_desktop.domain.errors import (
    TRANSLATION_CONTEXT,
    Amount,
    Day,
    ParamValue,
    Percent,
    Term,
)
from recouvrement_desktop.i18n.formatting import (
    format_date,
    format_decimal,
    format_money,
    format_percent,
)
from recouvrement_desktop.i18n.translation import translate


def format_param(value: ParamValue) -> str | int:
    """A message parameter in the active locale: money, percentage, number or term."""
    if isinstance(value, Term):
        return translate(TRANSLATION_CONTEXT, value)
    if isinstance(value, Day):
        return format_date(date.fromisoformat(value), length="medium")
    if isinstance(value, Amount):
        return format_money(value)
    if isinstance(value, Percent):
        return format_percent(value)
    if isinstance(value, Decimal):
        return format_decimal(value)
    return value


def translated(message: str, params: dict[str, ParamValue]) -> str:
    """``message`` (an English source in the "Domain" context) translated and filled in."""
    values = {key: format_param(value) for key, value in params.items()}
    return translate(TRANSLATION_CONTEXT, message).format(**values)


def domain_message(error: object) -> str:
    """The translated text of a DomainError or GuardrailWarning (``message``, ``params``)."""
    message: str = getattr(error, "message")  # noqa: B009 - both kinds, duck-typed
    params: dict[str, ParamValue] = getattr(error, "params")  # noqa: B009
    return translated(message, params)
