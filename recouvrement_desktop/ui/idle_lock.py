"""Idle lock: after a few minutes without input the window hides every client detail and
asks for the password of the person signed in.

An officer leaves the desk with a case on screen; whoever passes by must not read it.
``IdleWatcher`` notices the silence (keyboard, mouse, touch: not the window's own
painting, timers or focus changes); ``WindowLock`` then puts ``LockScreen`` in place of
the window's content and hides everything else that could show a client (toolbars,
docks, the status bar, the window's dialogs). Nothing is destroyed, the widgets only
leave the screen: a half-typed note is there again, cursor and all, once the same person
has typed their password. Checking it reads the database, so the window does it off the
GUI thread and answers later (``verify(password, done)``).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import Final

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop import APP_NAME
from recouvrement_desktop.domain.policy import DEMO_POLICY
from recouvrement_desktop.ui.theme import Tone, ToneLabel

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_MS: Final = DEMO_POLICY.idle_lock_minutes * 60_000
CHECK_INTERVAL_MS: Final = 1000  # a lock a second late is fine; no busier timer
LOCK_SHORTCUT: Final = "Ctrl+L"
CONTENT_PAGE, LOCK_PAGE = 0, 1
PANEL_WIDTH: Final = 360
TITLE_SCALE: Final = 1.6

_T = QEvent.Type
# Keys count however they come (a shortcut's key only shows as ShortcutOverride, which
# Qt does not mark spontaneous); pointer events only when they come from the device, not
# the moves Qt makes up when a widget under a still mouse appears or goes.
_KEY_INPUT: Final = frozenset({_T.KeyPress, _T.ShortcutOverride, _T.InputMethod})
_POINTER_INPUT: Final = frozenset(
    {
        _T.MouseButtonPress,
        _T.MouseButtonDblClick,
        _T.MouseMove,
        _T.Wheel,
        _T.TouchBegin,
        _T.TouchUpdate,
        _T.TabletPress,
        _T.TabletMove,
        _T.NativeGesture,
    }
)
# Windows that close when they lose the screen and are never shown again.
_TRANSIENT: Final = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
_MODAL: Final = Qt.WidgetAttribute.WA_ShowModal


def awake_clock() -> float:
    """Seconds that go on counting while the computer sleeps: ``time.monotonic`` stops
    there on Linux and macOS, and a laptop closed for an hour would open unlocked."""
    if sys.platform == "linux":
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":
        return time.clock_gettime(time.CLOCK_MONOTONIC)  # macOS's counts the sleep
    return time.monotonic()  # Windows' counts the sleep


class IdleWatcher(QObject):
    """Says ``idle`` once nobody has used the keyboard, mouse or screen for ``timeout_ms``.

    An application-wide event filter notes the time of each input; a coarse timer
    compares the clock with it. The clock is a parameter so that tests move time on
    rather than wait, and call ``check`` rather than the timer."""

    idle = Signal()

    def __init__(
        self,
        timeout_ms: int,
        clock: Callable[[], float] = awake_clock,
        parent: QObject | None = None,
        *,
        check_interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout_ms = _positive(timeout_ms)
        self._last_input = clock()
        self._said = False  # idle was announced; not again before new input
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("IdleWatcher needs the application to exist")
        self._app = app
        app.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """A new policy: counted from the last input, not from now."""
        self._timeout_ms = _positive(timeout_ms)

    def touch(self) -> None:
        """Count now as input (after an unlock: the officer is back)."""
        self._last_input = self._clock()
        self._said = False

    def check(self) -> bool:
        """Announce ``idle`` if the time has run out since the last input and it was not
        said yet; whether it was said now."""
        if self._said or (self._clock() - self._last_input) * 1000 < self._timeout_ms:
            return False
        self._said = True
        self.idle.emit()
        return True

    def stop(self) -> None:
        """No more watching (the filter sees every event of the application)."""
        self._timer.stop()
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _KEY_INPUT or (kind in _POINTER_INPUT and event.spontaneous()):
            # The first input after the timeout locks before it acts: the timer may not
            # have run yet (a computer waking up), and a click must not land on what the
            # lock is about to hide.
            swallowed = self.check()
            self._last_input = self._clock()
            self._said = False
            return swallowed
        return False


def _positive(timeout_ms: int) -> int:
    if timeout_ms <= 0:
        raise ValueError(f"an idle timeout must be positive, not {timeout_ms} ms")
    return timeout_ms


class LockScreen(QWidget):
    """What the window shows while locked: who it waits for, their password, or signing
    out. It decides nothing: ``WindowLock`` checks the password and answers."""

    unlock_requested = Signal(str)  # the password typed
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)  # nothing of the page below shows through

        self.title = QLabel(APP_NAME)
        self.title.setObjectName("lockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.title.setFont(font)
        self.who = QLabel()
        self.who.setObjectName("lockWho")
        self.who.setWordWrap(True)

        prompt = QLabel(self.tr("&Password:"))
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        prompt.setBuddy(self.password)

        # The danger colour of the palette (which has no "error" role), as quick entry.
        self.error_label = ToneLabel(Tone.DANGER)
        self.error_label.setObjectName("lockError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.sign_out_button = QPushButton(self.tr("&Sign out"))
        self.sign_out_button.setObjectName("lockSignOut")
        self.sign_out_button.setAutoDefault(False)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("lockUnlock")
        self.unlock_button.setDefault(True)  # drawn as the default; Return is wired below

        self._lay_out(prompt)
        QWidget.setTabOrder(self.password, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.sign_out_button)
        # Outside a dialog a default button does not take Return: the field passes it on.
        self.password.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

    def _lay_out(self, prompt: QLabel) -> None:
        """A narrow column in the middle of the window, a little above centre."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.unlock_button)

        panel = QWidget()
        panel.setFixedWidth(PANEL_WIDTH)
        column = QVBoxLayout(panel)
        column.addWidget(self.title)
        column.addWidget(self.who)
        column.addSpacing(12)
        column.addWidget(prompt)
        column.addWidget(self.password)
        column.addWidget(self.error_label)
        column.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def show_for(self, name: str) -> None:
        """Ready for *name*'s password: empty field, no message."""
        self.who.setText(self.tr("Locked — {name}").format(name=name))
        self.password.clear()
        self._show_error("")
        self.busy(False)

    def refuse(self, message: str) -> None:
        """The password was not accepted: say why and let them type it again."""
        self.busy(False)
        self._show_error(message)
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def busy(self, busy: bool) -> None:
        """While the password is being checked it cannot be sent twice; signing out
        stays possible."""
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)

    def _submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        password = self.password.text()
        if not password:
            self.refuse(self.tr("Type your password."))
            return
        self.unlock_requested.emit(password)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


class WindowLock(QObject):
    """Locks a ``QMainWindow`` that was not written for it.

    The window's central widget goes into a ``QStackedWidget`` (page 0) beside the lock
    screen (page 1): reparenting keeps every child and what was typed in it. Locking
    shows page 1, hides the toolbars, docks, status bar and the window's other windows,
    disables the menu bar and stops the shortcuts; unlocking, once ``verify`` has said
    yes, puts all of it back and the cursor where it was."""

    locked_changed = Signal(bool)
    lock_screen: LockScreen  # the current one: a new one comes with each new stack
    # done() may come from any thread: a signal brings it to the GUI thread.
    _answered = Signal(int, object)  # the attempt, and None or the refusal
    _rewrap_wanted = Signal()
    _hide_wanted = Signal()

    def __init__(
        self,
        window: QMainWindow,
        *,
        verify: Callable[[str, Callable[[str | None], None]], None],
        sign_out: Callable[[], None],
        name: Callable[[], str],
        timeout_ms: int = DEFAULT_TIMEOUT_MS,
        clock: Callable[[], float] = awake_clock,
        check_interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._verify = verify
        self._sign_out = sign_out
        self._name = name
        self._locked = False
        self._shown_name = ""
        self._attempt = 0
        self._waiting: int | None = None  # the attempt whose answer is awaited
        self._bars: list[QWidget] = []  # toolbars, docks, status bar the lock hid
        self._windows: list[tuple[QWidget, bool]] = []  # the dialogs it hid, modal or not
        self._to_hide: list[QWidget] = []  # shown while locked: hidden at the next turn
        self._menu_bar_enabled = True
        self._focus: QWidget | None = None
        self._stack: QStackedWidget | None = None
        self._rewrap_posted = False
        self._guard = _LockedGuard(self)

        self.lock_action = QAction(self.tr("&Lock now"), window)
        self.lock_action.setObjectName("lockNowAction")
        self.lock_action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        # From the client view or another window of the application as well.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        window.addAction(self.lock_action)

        self.watcher = IdleWatcher(timeout_ms, clock, self, check_interval_ms=check_interval_ms)
        self.watcher.idle.connect(self.lock)
        self._answered.connect(self._on_answer)
        # Queued: runs after setCentralWidget has finished, before the new widget shows.
        self._rewrap_wanted.connect(self.rewrap, Qt.ConnectionType.QueuedConnection)
        self._hide_wanted.connect(self._hide_shown, Qt.ConnectionType.QueuedConnection)
        self.rewrap()
        window.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def content(self) -> QWidget | None:
        """The window's own central widget (``centralWidget()`` is the lock's stack)."""
        return None if self._stack is None else self._stack.widget(CONTENT_PAGE)

    def rewrap(self) -> None:
        """Put the window's central widget, if it was replaced, under the lock again.

        Called by itself when the window gains a child; the old stack, lock screen
        included, goes with the widget it held (``setCentralWidget`` deletes it)."""
        self._rewrap_posted = False
        if self._stack is not None and self._window.centralWidget() is self._stack:
            return
        content = self._window.takeCentralWidget()
        if content is None:
            content = QWidget()  # nothing to show yet: a page to come back to
        stack = QStackedWidget()
        stack.setObjectName("lockStack")
        screen = LockScreen()
        screen.unlock_requested.connect(self._on_unlock_requested)
        screen.sign_out_requested.connect(self._on_sign_out_requested)
        stack.addWidget(content)
        stack.addWidget(screen)
        if self._locked:
            screen.show_for(self._shown_name)
            screen.busy(self._waiting is not None)
            stack.setCurrentIndex(LOCK_PAGE)
        self._stack, self.lock_screen = stack, screen
        self._window.setCentralWidget(stack)
        if self._locked:
            screen.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def lock(self) -> None:
        """Hide every client detail at once and wait for the password."""
        if self._locked:
            return
        name = self._name()
        self.rewrap()  # a central widget set since, whose turn has not come yet
        self._locked = True
        self._shown_name = name
        self._focus = self._focused_widget()
        self._hide_bars()
        self._hide_windows()
        menu_bar = self._window.menuWidget()
        if menu_bar is not None:
            self._menu_bar_enabled = menu_bar.isEnabled()
            menu_bar.setEnabled(False)
        assert self._stack is not None
        self.lock_screen.show_for(name)
        self._stack.setCurrentIndex(LOCK_PAGE)
        self.lock_screen.password.setFocus(Qt.FocusReason.OtherFocusReason)
        self.lock_action.setEnabled(False)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._guard)
        self.locked_changed.emit(True)

    # Unlocking ----------------------------------------------------------------------------

    def _on_unlock_requested(self, password: str) -> None:
        if not self._locked or self._waiting is not None:
            return
        self._attempt += 1
        attempt = self._waiting = self._attempt

        def done(refusal: str | None) -> None:
            if shiboken6.isValid(self):
                self._answered.emit(attempt, refusal)

        self.lock_screen.busy(True)
        try:
            self._verify(password, done)
        except Exception:
            log.exception("The password could not be checked")
            done(self.tr("The password could not be checked. The log has the details."))

    def _on_answer(self, attempt: int, refusal: object) -> None:
        if attempt != self._waiting:
            return  # answered already, or signed out since
        self._waiting = None
        if refusal is None:
            self._unlock()
        else:
            self.lock_screen.refuse(str(refusal) or self.tr("Wrong password."))

    def _on_sign_out_requested(self) -> None:
        self._waiting = None  # an answer still coming unlocks nothing
        self.lock_screen.busy(False)
        self._sign_out()

    def _unlock(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self._guard)
        self._locked = False
        self._to_hide.clear()
        assert self._stack is not None
        self.lock_screen.password.clear()
        self.lock_screen.busy(False)
        self._stack.setCurrentIndex(CONTENT_PAGE)
        for bar in _alive(self._bars):
            bar.show()
        self._bars.clear()
        menu_bar = self._window.menuWidget()
        if menu_bar is not None:
            menu_bar.setEnabled(self._menu_bar_enabled)
        for shown, modal in self._windows:
            # A dialog in exec() ended, refused, when hidden (exec() then gives back the
            # modality it had before: none); nobody waits for it, it stays hidden. One
            # opened with open() or show() comes back.
            if shiboken6.isValid(shown) and (shown.testAttribute(_MODAL) or not modal):
                _show_without_activating(shown)  # the window that had the cursor gets it
        self._windows.clear()
        self._restore_focus()
        self.lock_action.setEnabled(True)
        self.watcher.touch()
        self.locked_changed.emit(False)

    # What the lock hides ------------------------------------------------------------------

    def _focused_widget(self) -> QWidget | None:
        focus = QApplication.focusWidget()
        if focus is not None and self._belongs(focus):
            return focus
        return self._window.focusWidget()  # the window's own, even while inactive

    def _restore_focus(self) -> None:
        focus, self._focus = self._focus, None
        if focus is None or not shiboken6.isValid(focus):
            return
        if not (focus.isVisible() and focus.isEnabled()):
            return
        focus.window().activateWindow()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _hide_bars(self) -> None:
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for kind in (QToolBar, QDockWidget, QStatusBar):
            for bar in self._window.findChildren(kind, options=direct):
                if not bar.isHidden():
                    bar.hide()
                    self._bars.append(bar)

    def _hide_windows(self) -> None:
        QToolTip.hideText()
        for shown in QApplication.topLevelWidgets():
            if shown is self._window or not shown.isVisible() or not self._belongs(shown):
                continue
            self._hide_window(shown)

    def _hide_window(self, shown: QWidget) -> None:
        shown.hide()
        if shown.windowType() not in _TRANSIENT:  # a popup menu or tooltip just closes
            self._windows.append((shown, shown.testAttribute(_MODAL)))

    def _belongs(self, widget: QWidget) -> bool:
        """Whether *widget* is the window's or one of its windows' (parents across
        windows, which ``isAncestorOf`` does not cross)."""
        parent: QWidget | None = widget
        while parent is not None:
            if parent is self._window:
                return True
            parent = parent.parentWidget()
        return False

    def _on_lock_screen(self, watched: QObject) -> bool:
        widget: QObject | None = watched
        while isinstance(widget, QWidget):
            if widget is self.lock_screen:
                return True
            widget = widget.parentWidget()
        return False

    def _shown_while_locked(self, widget: QWidget) -> None:
        """A toolbar or dialog shown while locked (work that ended meanwhile) goes too;
        at the next turn, as hiding in the middle of showing confuses Qt."""
        if self._on_lock_screen(widget) or not self._belongs(widget):
            return
        bar = isinstance(widget, QToolBar | QDockWidget | QStatusBar)
        if (bar and widget.parentWidget() is self._window) or (
            widget.isWindow() and widget is not self._window
        ):
            self._to_hide.append(widget)
            self._hide_wanted.emit()

    def _hide_shown(self) -> None:
        pending, self._to_hide = self._to_hide, []
        if not self._locked:
            return
        for widget in _alive(pending):
            if widget.isHidden():
                continue
            if widget.isWindow() and not isinstance(widget, QToolBar | QDockWidget):
                self._hide_window(widget)
            else:
                widget.hide()
                self._bars.append(widget)

    def _close_while_locked(self, event: QEvent) -> bool:
        """The window keeps its layout as it closes (``saveState``): it must find its
        bars as the officer left them, not as the lock hid them. They are shown and
        hidden again within this call: nothing is painted in between."""
        hidden = list(_alive(self._bars))
        for bar in hidden:
            bar.show()
        try:
            self._window.event(event)  # the window's closeEvent, now rather than after us
        finally:
            for bar in hidden:
                if shiboken6.isValid(bar):
                    bar.hide()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window:
            return False
        kind = event.type()
        if kind == QEvent.Type.ChildAdded and not self._rewrap_posted:
            self._rewrap_posted = True  # perhaps a new central widget
            self._rewrap_wanted.emit()
        elif kind == QEvent.Type.Close and self._locked and self._bars:
            return self._close_while_locked(event)
        return False


class _LockedGuard(QObject):
    """While locked, an application-wide filter: no shortcut or context menu of the
    hidden window acts, and what shows up meanwhile is hidden too."""

    def __init__(self, lock: WindowLock) -> None:
        super().__init__(lock)
        self._lock = lock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Shortcut, QEvent.Type.ContextMenu):
            return not self._lock._on_lock_screen(watched)
        if kind == QEvent.Type.Show and isinstance(watched, QWidget):
            self._lock._shown_while_locked(watched)
        return False


def _alive(widgets: list[QWidget]) -> list[QWidget]:
    """Those not deleted meanwhile (a dialog closed with WA_DeleteOnClose)."""
    return [widget for widget in widgets if shiboken6.isValid(widget)]


def _show_without_activating(window: QWidget) -> None:
    attribute = Qt.WidgetAttribute.WA_ShowWithoutActivating
    had = window.testAttribute(attribute)
    window.setAttribute(attribute, True)
    window.show()
    window.setAttribute(attribute, had)
