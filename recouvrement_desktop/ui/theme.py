"""Light or dark: the palette the window follows, and the few colours that carry a meaning.

Everything Qt paints comes from the application's palette, which follows the system's
light or dark scheme. A handful of colours say something (overdue in red, due today in
amber, a kind of history entry, a gauge beyond its limit): each has a light and a dark
variant, picked by the lightness of the palette it is painted on, so that text keeps a
contrast of at least 4.5:1 (WCAG AA) on both. Widgets that paint them refresh on
``QEvent.PaletteChange``, so a change of scheme while the application runs repaints them.

The Fusion style honours a dark palette on every platform (the classic Windows style
does not); macOS keeps its own style, which follows the system by itself. Without a
dark palette from the platform while the system says dark, Fusion's dark palette is
set. ``RECOUVREMENT_COLOR_SCHEME=dark`` (or ``light``) forces one scheme, whatever the
system says: for screenshots and tests on a machine without a desktop.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import Final

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

SCHEME_ENV: Final = "RECOUVREMENT_COLOR_SCHEME"


class Scheme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


class Tone(StrEnum):
    """What a colour means. Text tones are readable on the palette's Window and Base;
    a fill comes with the text colour to write on it (``ON_…``)."""

    DANGER = "danger"  # text: overdue, a broken promise, an error
    WARNING = "warning"  # text: due today
    SUCCESS = "success"  # text: kept, within the rules
    MUTED = "muted"  # text: secondary, an empty state
    ACCENT = "accent"  # text: a link-like emphasis
    DANGER_FILL = "danger_fill"  # beyond a limit, blocking
    ON_DANGER_FILL = "on_danger_fill"
    WARNING_FILL = "warning_fill"  # close to a limit, needs approval
    ON_WARNING_FILL = "on_warning_fill"
    SUCCESS_FILL = "success_fill"  # within a limit


TEXT_TONES: Final = (Tone.DANGER, Tone.WARNING, Tone.SUCCESS, Tone.MUTED, Tone.ACCENT)

_TONES: Final[dict[Scheme, dict[Tone, str]]] = {
    Scheme.LIGHT: {
        Tone.DANGER: "#c62828",
        Tone.WARNING: "#a64d00",
        Tone.SUCCESS: "#2a7130",
        Tone.MUTED: "#5f6368",
        Tone.ACCENT: "#1565c0",
        Tone.DANGER_FILL: "#c62828",
        Tone.ON_DANGER_FILL: "#ffffff",
        Tone.WARNING_FILL: "#ef8f00",
        Tone.ON_WARNING_FILL: "#000000",
        Tone.SUCCESS_FILL: "#2e7d32",
    },
    Scheme.DARK: {
        Tone.DANGER: "#ff8a80",
        Tone.WARNING: "#ffb74d",
        Tone.SUCCESS: "#81c784",
        Tone.MUTED: "#a9adb2",
        Tone.ACCENT: "#8ab4f8",
        Tone.DANGER_FILL: "#e5534b",
        Tone.ON_DANGER_FILL: "#000000",
        Tone.WARNING_FILL: "#f2b84b",
        Tone.ON_WARNING_FILL: "#000000",
        Tone.SUCCESS_FILL: "#66bb6a",
    },
}


def scheme_of(palette: QPalette | None = None) -> Scheme:
    """Dark when the window is darker than mid-grey (the application's palette unless
    *palette* is given)."""
    shown = palette if palette is not None else QGuiApplication.palette()
    window = shown.color(QPalette.ColorRole.Window)
    return Scheme.DARK if window.lightnessF() < 0.5 else Scheme.LIGHT


def tone(which: Tone, palette: QPalette | None = None) -> QColor:
    """The colour of *which* for the palette it is painted on (a new ``QColor``)."""
    return QColor(_TONES[scheme_of(palette)][which])


def tone_in(scheme: Scheme, which: Tone) -> QColor:
    """The colour of *which* in *scheme* (a new ``QColor``)."""
    return QColor(_TONES[scheme][which])


def blend(front: QColor, back: QColor, share: float) -> QColor:
    """*share* of *front* over *back*: a line that shows on any palette (``Mid`` is
    barely apart from the window in a dark one)."""
    return QColor.fromRgbF(
        front.redF() * share + back.redF() * (1 - share),
        front.greenF() * share + back.greenF() * (1 - share),
        front.blueF() * share + back.blueF() * (1 - share),
    )


def css(which: Tone, palette: QPalette | None = None) -> str:
    """The colour of *which* as ``#rrggbb``, for a style sheet."""
    return _TONES[scheme_of(palette)][which]


class ToneLabel(QLabel):
    """A label whose text colour carries a meaning (an error in red), in the variant of
    the palette it is shown on, and again when that palette changes."""

    def __init__(self, which: Tone, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._tone = which
        self._apply()

    def say(self, text: str, which: Tone) -> None:
        """Show *text* in the colour of *which* (a status that turns into an error)."""
        self._tone = which
        self._apply()
        self.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply()  # sets the same colour again at most once: no loop
        super().changeEvent(event)

    def _apply(self) -> None:
        colour = tone(self._tone, self.palette())
        if all(self.palette().color(role) == colour for role in _TEXT_ROLES):
            return
        own = QPalette()  # only the text roles: the others keep following the window
        for role in _TEXT_ROLES:
            own.setColor(role, colour)
        self.setPalette(own)


# A label writes in WindowText, or in ButtonText on a toolbar (its foreground role there).
_TEXT_ROLES: Final = (
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.ButtonText,
    QPalette.ColorRole.Text,
)


# The palette ------------------------------------------------------------------------------


def fusion_palette(scheme: Scheme) -> QPalette:
    """Qt's own Fusion palette, light or dark (what Qt shows on a platform that reports
    the scheme but brings no palette of its own)."""
    dark = scheme is Scheme.DARK
    window_text = QColor(240, 240, 240) if dark else QColor(0, 0, 0)
    window = QColor(50, 50, 50) if dark else QColor(239, 239, 239)
    base = window.darker(140) if dark else QColor(255, 255, 255)
    text = window_text
    palette = QPalette(
        window_text,
        window,
        window.lighter(150),
        window.darker(150),
        window.darker(130),
        text,
        base,
    )
    palette.setColor(QPalette.ColorRole.Midlight, window.darker(130).lighter(110))
    palette.setColor(QPalette.ColorRole.Button, window)
    palette.setColor(QPalette.ColorRole.Shadow, window.darker(150).darker(135))
    palette.setColor(
        QPalette.ColorRole.HighlightedText, window_text if dark else Qt.GlobalColor.white
    )
    highlight = QColor(48, 140, 198)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, highlight)
        palette.setColor(group, QPalette.ColorRole.Accent, highlight)
    disabled = QPalette.ColorGroup.Disabled
    disabled_text = QColor(130, 130, 130) if dark else QColor(190, 190, 190)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, disabled_text)
    palette.setColor(disabled, QPalette.ColorRole.Base, window)
    palette.setColor(disabled, QPalette.ColorRole.Highlight, QColor(145, 145, 145))
    palette.setColor(disabled, QPalette.ColorRole.Accent, QColor(145, 145, 145))
    placeholder = QColor(text)
    placeholder.setAlpha(128)
    palette.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
    if dark:
        palette.setColor(QPalette.ColorRole.AlternateBase, window.darker(120))
        palette.setColor(QPalette.ColorRole.Link, QColor(_TONES[Scheme.DARK][Tone.ACCENT]))
        palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#c58af9"))
        palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(60, 60, 60))
        palette.setColor(QPalette.ColorRole.ToolTipText, window_text)
        palette.setColor(QPalette.ColorRole.BrightText, QColor(_TONES[Scheme.DARK][Tone.DANGER]))
    return palette


def forced_scheme() -> Scheme | None:
    """The scheme ``RECOUVREMENT_COLOR_SCHEME`` asks for, if any."""
    value = os.environ.get(SCHEME_ENV, "").strip().lower()
    return Scheme(value) if value in set(Scheme) else None


class _State:
    own_palette = False  # the application's palette was set here, not by the platform
    following = False


def set_scheme(app: QApplication, scheme: Scheme | None) -> None:
    """Show *scheme* whatever the system says (``None``: follow the system again)."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8: ask the platform first
        hints.setColorScheme(
            Qt.ColorScheme.Unknown
            if scheme is None
            else Qt.ColorScheme.Dark
            if scheme is Scheme.DARK
            else Qt.ColorScheme.Light
        )
    if scheme is None:
        _restore_system_palette(app)
        follow_color_scheme(app, hints.colorScheme())
    elif scheme_of(app.palette()) is not scheme:
        app.setPalette(fusion_palette(scheme))
        _State.own_palette = True


def follow_color_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """The system announced *scheme*: if the platform's palette does not show it (no
    dark palette of its own), show Fusion's; give the platform its palette back when
    the system returns to light."""
    if scheme == Qt.ColorScheme.Dark and scheme_of(app.palette()) is Scheme.LIGHT:
        app.setPalette(fusion_palette(Scheme.DARK))
        _State.own_palette = True
    elif scheme != Qt.ColorScheme.Dark and _State.own_palette:
        _restore_system_palette(app)


def _restore_system_palette(app: QApplication) -> None:
    if _State.own_palette:
        app.setPalette(QPalette())  # an empty palette: the platform's one again
        _State.own_palette = False


def install(app: QApplication) -> None:
    """The style and the palette of a new application: Fusion (macOS keeps its own
    style, and ``QT_STYLE_OVERRIDE`` is respected), the system's scheme followed while
    the application runs, unless ``RECOUVREMENT_COLOR_SCHEME`` forces one."""
    if sys.platform != "darwin" and not os.environ.get("QT_STYLE_OVERRIDE"):
        app.setStyle("Fusion")
    forced = forced_scheme()
    if forced is not None:
        set_scheme(app, forced)
        return
    hints = QGuiApplication.styleHints()
    if not _State.following:
        _State.following = True
        # After Qt has handled the theme change itself (its palette may follow already).
        hints.colorSchemeChanged.connect(
            lambda scheme: QTimer.singleShot(0, lambda: follow_color_scheme(app, scheme))
        )
    follow_color_scheme(app, hints.colorScheme())
