"""A signature pad: draw with the mouse, a pen (tablet) or a finger (touch screen).

Strokes are kept as vector polylines whose points are normalised to ``0..1`` (origin at
the top left, ``y`` going down), as ``documents.agreement_model.Signature`` expects; the
pad's aspect ratio goes with them so the document draws the signature undistorted.
Painting uses floating-point coordinates and antialiasing: sharp on high-DPI screens.

``SignaturePad`` is the drawing surface; ``SignatureField`` adds a caption and the
Undo, Redo and Clear buttons. Undo removes the last stroke, Clear removes them all, and
Redo brings back what either removed, until a new stroke is drawn.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.signatures import Signature

__all__ = ["SignatureField", "SignaturePad"]

Point = tuple[float, float]
Stroke = list[Point]

BASELINE = 0.75  # height of the baseline, as a fraction of the pad's height
INK = QColor(20, 40, 110)
PEN_WIDTH = 2.2  # device-independent pixels


class SignaturePad(QWidget):
    """The drawing surface. ``changed`` is emitted whenever the strokes change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._redo: list[list[Stroke]] = []
        self._current: Stroke | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 80)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))

    # ------------------------------------------------------------------ the strokes

    def sizeHint(self) -> QSize:
        return QSize(480, 160)

    def is_empty(self) -> bool:
        return not self._strokes

    def strokes(self) -> tuple[tuple[Point, ...], ...]:
        """The strokes, normalised to ``0..1``; a single tap is kept as a dot."""
        result = []
        for stroke in self._strokes:
            points = stroke if len(stroke) > 1 else [stroke[0], stroke[0]]
            result.append(tuple((round(x, 4), round(y, 4)) for x, y in points))
        return tuple(result)

    def aspect(self) -> float:
        return self.width() / self.height() if self.height() else 3.0

    def signature(self) -> Signature | None:
        """The drawn signature, or ``None`` when nothing is drawn."""
        if self.is_empty():
            return None
        return Signature(
            strokes=self.strokes(), aspect=round(self.aspect(), 4), signed_at=datetime.now(UTC)
        )

    def can_undo(self) -> bool:
        return bool(self._strokes)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> None:
        if self._strokes:
            self._redo.append([self._strokes.pop()])
            self._changed()

    def redo(self) -> None:
        if self._redo:
            self._strokes.extend(self._redo.pop())
            self._changed()

    def clear(self) -> None:
        if self._strokes:
            self._redo.append(self._strokes)
            self._strokes = []
            self._changed()

    def _changed(self) -> None:
        self.update()
        self.changed.emit()

    # --------------------------------------------------------------------- drawing

    def _normalised(self, position: QPointF) -> Point:
        width = max(1, self.width())
        height = max(1, self.height())
        return (
            min(max(position.x() / width, 0.0), 1.0),
            min(max(position.y() / height, 0.0), 1.0),
        )

    def _begin(self, position: QPointF) -> None:
        self._current = [self._normalised(position)]
        self._strokes.append(self._current)
        self._redo.clear()
        self.update()

    def _extend(self, position: QPointF) -> None:
        if self._current is None:
            return
        point = self._normalised(position)
        if point != self._current[-1]:
            self._current.append(point)
            self.update()

    def _end(self, position: QPointF | None = None) -> None:
        if self._current is None:
            return
        if position is not None:
            self._extend(position)
        self._current = None
        self._changed()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current is not None:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self._end(event.position())
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()  # no synthesised mouse events: the pen draws once

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                position = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(position)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(position)
                else:
                    self._end(position)
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        bounds = QRectF(self.rect())
        painter.fillRect(bounds, QColor(Qt.GlobalColor.white))
        hint = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(QPen(QColor(160, 160, 170), 1.0, Qt.PenStyle.DashLine))
        painter.drawRect(bounds.adjusted(0.5, 0.5, -0.5, -0.5))
        baseline = bounds.height() * BASELINE
        margin = min(24.0, bounds.width() * 0.05)
        painter.setPen(QPen(QColor(150, 150, 160), 1.0))
        painter.drawLine(QPointF(margin, baseline), QPointF(bounds.width() - margin, baseline))
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF()))
        painter.setFont(font)
        painter.drawText(QPointF(margin, baseline - 4), "×")
        if self.is_empty() and self._current is None:
            painter.setPen(hint)
            below = QRectF(margin, baseline + 2, bounds.width() - 2 * margin, bounds.height())
            painter.drawText(
                below,
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                self.tr("Sign here"),
            )
        pen = QPen(
            INK,
            PEN_WIDTH,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        width, height = bounds.width(), bounds.height()
        for stroke in self._strokes:
            if len(stroke) == 1:
                x, y = stroke[0]
                painter.drawPoint(QPointF(x * width, y * height))
                continue
            path = QPainterPath(QPointF(stroke[0][0] * width, stroke[0][1] * height))
            for x, y in stroke[1:]:
                path.lineTo(x * width, y * height)
            painter.drawPath(path)
        painter.end()


class SignatureField(QWidget):
    """A captioned pad with its Undo, Redo and Clear buttons."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = SignaturePad(self)
        self.caption = QLabel(caption, self)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.undo_button.clicked.connect(self.pad.undo)
        self.redo_button.clicked.connect(self.pad.redo)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 1)
        for button in (self.undo_button, self.redo_button, self.clear_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.pad, 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(self.pad.can_undo())
        self.clear_button.setEnabled(self.pad.can_undo())
        self.redo_button.setEnabled(self.pad.can_redo())
