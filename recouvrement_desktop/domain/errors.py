"""Domain errors and the translation marker used for every domain message.

The domain never imports Qt, yet every message it produces must be picked up by
``pyside6-lupdate``.  Messages are therefore written as
``QT_TRANSLATE_NOOP("Domain", "English source with {named} placeholders")``: the
marker is a no-op at run time, lupdate extracts the literal, and the UI or the CLI
translates and formats with ``tr("Domain", err.message).format(**err.params)``,
after formatting :class:`Amount` parameters as money, :class:`Percent` ones as
percentages and other decimals as plain numbers, in the active locale.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Final, TypeAlias

__all__ = [
    "QT_TRANSLATE_NOOP",
    "TRANSLATION_CONTEXT",
    "DomainError",
    "ParamValue",
    "render",
]

TRANSLATION_CONTEXT: Final = "Domain"


class Amount(Decimal):
    """A message parameter that is an amount of money: the UI shows it as currency."""

    __slots__ = ()


class Percent(Decimal):
    """A message parameter that is a rate in percent (``4.5`` is 4.5 %).

    Messages carry no ``%`` sign: the UI formats the value as a percentage.
    """

    __slots__ = ()


class Term(str):
    """A message parameter that is a word of the domain's vocabulary, written as an English
    source of the "Domain" context (a letter's kind): the UI shows it translated."""

    __slots__ = ()


class Day(str):
    """A message parameter that is a date, written ``YYYY-MM-DD``: the UI shows it in the
    active locale."""

    __slots__ = ()


ParamValue: TypeAlias = str | int | Decimal


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark *source* for translation in *context*; return it unchanged."""
    del context
    return source


def render(message: str, params: Mapping[str, ParamValue]) -> str:
    """Format an (untranslated or translated) message with its parameters."""
    return message.format(**params)


class DomainError(Exception):
    """Invalid input or an impossible plan, with a translatable message.

    ``message`` is the English source string (a ``str.format`` template with named
    placeholders), ``params`` the values for those placeholders and ``field`` the
    name of the offending input when there is one, so a form can highlight it.
    """

    message: str
    params: dict[str, ParamValue]
    field: str | None

    def __init__(
        self,
        message: str,
        params: Mapping[str, ParamValue] | None = None,
        *,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.params = dict(params or {})
        self.field = field
        super().__init__(render(message, self.params))

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_error, (self.message, self.params, self.field))


def _rebuild_error(message: str, params: dict[str, ParamValue], field: str | None) -> DomainError:
    return DomainError(message, params, field=field)
