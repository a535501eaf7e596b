"""Any error meant for the officer, as one translated sentence."""

from __future__ import annotations

from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.errors import UserFacingError
from recouvrement_desktop.i18n.domain_messages import domain_message
from recouvrement_desktop.i18n.translation import translate


def user_message(error: BaseException) -> str:
    """The translated text of ``error``: a UserFacingError or a DomainError; anything
    else is a bug and gets its plain text (the caller logs it)."""
    if isinstance(error, UserFacingError):
        return translate(error.context, error.message).format(**error.params)
    if isinstance(error, DomainError):
        return domain_message(error)
    return str(error)


def sentence(context: str, text: str, params: dict[str, object]) -> str:
    """A source text and its parameters, translated; a ``reason`` parameter is itself a
    source text of the same context."""
    reason = params.get("reason")
    if isinstance(reason, str):
        params = {**params, "reason": translate(context, reason)}
    return translate(context, text).format(**params)
