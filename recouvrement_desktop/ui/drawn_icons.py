"""Icons drawn by code rather than shipped as files, crisp on any screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


def drawn_icon(size: int, fill: QColor, paint: Callable[[QPainter], None]) -> QIcon:
    """An icon of *size* logical pixels whose ``paint`` draws in logical coordinates
    with brush *fill* and no pen, at one, two and three times the size (never scaled up
    on a high-density screen)."""
    icon = QIcon()
    for ratio in (1, 2, 3):
        pixmap = QPixmap(size * ratio, size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        paint(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
