"""Errors meant for an officer's eyes: a translatable English source text and its parameters.

The message is translated where it is shown (CLI, window), in the context named by the
error class, so lower layers need no Qt. Mark each source text with ``QT_TRANSLATE_NOOP``
so that ``pyside6-lupdate`` collects it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source


class UserFacingError(Exception):
    """Base of every error whose message is shown to the user as it is."""

    context = "Errors"

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params
