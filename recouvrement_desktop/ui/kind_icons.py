"""A coloured mark per kind of journal entry, drawn rather than shipped as files.

Each kind has a light and a dark variant (``theme.Scheme``): the light ones are the
deep shades of the Material palette, the dark ones its pale shades, so that a mark
stands out of a white list as of a dark one."""

from __future__ import annotations

from functools import cache
from typing import Final

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QIcon, QPalette

from recouvrement_desktop.domain.recovery import JournalKind
from recouvrement_desktop.ui.drawn_icons import drawn_icon
from recouvrement_desktop.ui.theme import Scheme, scheme_of

KIND_COLOURS: Final[dict[Scheme, dict[JournalKind, str]]] = {
    Scheme.LIGHT: {
        JournalKind.CONTACT: "#1565c0",
        JournalKind.NOTE: "#607d8b",
        JournalKind.PROMISE: "#ef6c00",
        JournalKind.PROMISE_OUTCOME: "#ef6c00",
        JournalKind.PAYMENT: "#2e7d32",
        JournalKind.LIFE_EVENT: "#6a1b9a",
        JournalKind.OFFER: "#00838f",
        JournalKind.AGREEMENT: "#00695c",
        JournalKind.STAGE_CHANGE: "#c62828",
        JournalKind.SESSION: "#4e342e",
        JournalKind.SESSION_OUTCOME: "#4e342e",
        JournalKind.LETTER: "#283593",
        JournalKind.LETTER_DECISION: "#283593",
        JournalKind.INSTALMENT_MISSED: "#c62828",
    },
    Scheme.DARK: {
        JournalKind.CONTACT: "#64b5f6",
        JournalKind.NOTE: "#b0bec5",
        JournalKind.PROMISE: "#ffb74d",
        JournalKind.PROMISE_OUTCOME: "#ffb74d",
        JournalKind.PAYMENT: "#81c784",
        JournalKind.LIFE_EVENT: "#ce93d8",
        JournalKind.OFFER: "#4dd0e1",
        JournalKind.AGREEMENT: "#4db6ac",
        JournalKind.STAGE_CHANGE: "#e57373",
        JournalKind.SESSION: "#bcaaa4",
        JournalKind.SESSION_OUTCOME: "#bcaaa4",
        JournalKind.LETTER: "#9fa8da",
        JournalKind.LETTER_DECISION: "#9fa8da",
        JournalKind.INSTALMENT_MISSED: "#e57373",
    },
}


def kind_colour(kind: JournalKind, palette: QPalette | None = None) -> QColor:
    """The mark's colour for *kind* on *palette* (the application's by default)."""
    return QColor(KIND_COLOURS[scheme_of(palette)][kind])


def kind_icon(kind: JournalKind, palette: QPalette | None = None, size: int = 16) -> QIcon:
    return _icon(kind, scheme_of(palette), size)


@cache
def _icon(kind: JournalKind, scheme: Scheme, size: int) -> QIcon:
    return drawn_icon(
        size,
        QColor(KIND_COLOURS[scheme][kind]),
        lambda painter: painter.drawEllipse(QRectF(3, 3, size - 6, size - 6)),
    )
