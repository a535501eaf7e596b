"""A coloured mark per kind of journal entry, drawn rather than shipped as files."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from recouvrement_desktop.domain.recovery import JournalKind

KIND_COLOURS = {
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
}


@cache
def kind_icon(kind: JournalKind, size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size: crisp on high-DPI screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(KIND_COLOURS[kind]))
    painter.drawEllipse(QRectF(3, 3, size - 6, size - 6))
    painter.end()
    return QIcon(pixmap)
