"""The idle lock, on a plain window that was not written for it.

Time is a number the tests move on, and the check that the timer would make is called
by hand: nothing here waits for minutes to pass."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from recouvrement_desktop.ui.idle_lock import IdleWatcher, LockScreen, WindowLock

CTRL = Qt.KeyboardModifier.ControlModifier
PASSWORD = "correct horse"
REFUSAL = "Wrong password."
OFFICER = "Jeanne Martin"
CLIENT = "Client: Paul Durand — 1 234,56 € overdue"
TYPED = "Promised to pay on Friday"
CURSOR = 8  # the officer was correcting a word in the middle
MINUTES = 60.0
NEVER_MS = 24 * 3_600_000  # the real timer stays out of the tests' way


class FakeClock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class ClosingWindow(QMainWindow):
    """Notes what its toolbar looked like when it closed (a real window saves its
    layout then)."""

    def __init__(self) -> None:
        super().__init__()
        self.toolbar_hidden_at_close: bool | None = None
        self.state_at_close = QByteArray()

    def closeEvent(self, event: QCloseEvent) -> None:
        toolbar = self.findChild(QToolBar)
        self.toolbar_hidden_at_close = toolbar.isHidden() if toolbar is not None else None
        self.state_at_close = self.saveState()
        super().closeEvent(event)


@dataclass
class Scene:
    window: ClosingWindow
    lock: WindowLock
    clock: FakeClock
    client: QLabel
    note: QLineEdit
    button: QPushButton
    toolbar: QToolBar
    dialog: QDialog
    attempts: list[str] = field(default_factory=list)
    signed_out: list[bool] = field(default_factory=list)
    saves: list[bool] = field(default_factory=list)
    clicks: list[bool] = field(default_factory=list)
    changes: list[bool] = field(default_factory=list)
    answer_later: bool = True  # as the window does: off the GUI thread, answered after


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def scene(qtbot: QtBot) -> Iterator[Scene]:
    window = ClosingWindow()
    qtbot.addWidget(window)
    window.setWindowTitle("Recouvrement Desktop")
    page = QWidget()
    column = QVBoxLayout(page)
    client = QLabel(CLIENT)
    client.setObjectName("clientLabel")
    note = QLineEdit()
    button = QPushButton("Keep the offer")
    column.addWidget(client)
    column.addWidget(note)
    column.addWidget(button)
    window.setCentralWidget(page)
    toolbar = window.addToolBar("Session")
    toolbar.setObjectName("sessionToolbar")
    toolbar.addAction("Call")
    file_menu = window.menuBar().addMenu("&File")
    save = QAction("&Save", window)
    save.setShortcut(QKeySequence("Ctrl+S"))
    file_menu.addAction(save)
    window.addAction(save)  # window-wide, as a shortcut that works without the menu
    dialog = QDialog(window)  # not modal: the client view, the session's end…
    dialog.setWindowTitle("Client view")
    QVBoxLayout(dialog).addWidget(QLabel("Your plan: 12 × 102,88 €"))

    clock = FakeClock()
    scene: Scene

    def verify(password: str, done: Callable[[str | None], None]) -> None:
        scene.attempts.append(password)
        answer = None if password == PASSWORD else REFUSAL
        if scene.answer_later:
            QTimer.singleShot(0, lambda: done(answer))
        else:
            done(answer)

    lock = WindowLock(
        window,
        verify=verify,
        sign_out=lambda: scene.signed_out.append(True),
        name=lambda: OFFICER,
        clock=clock,
        check_interval_ms=NEVER_MS,
    )
    scene = Scene(window, lock, clock, client, note, button, toolbar, dialog)
    save.triggered.connect(lambda: scene.saves.append(True))
    button.clicked.connect(lambda: scene.clicks.append(True))
    lock.locked_changed.connect(scene.changes.append)
    file_menu.addAction(lock.lock_action)

    window.show()
    qtbot.waitExposed(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, window)
    note.setFocus()
    qtbot.keyClicks(note, TYPED)
    note.setCursorPosition(CURSOR)
    yield scene
    lock.watcher.stop()


def locked_away(scene: Scene) -> bool:
    """Nothing of the client shows, in the window or beside it."""
    return not (
        scene.client.isVisible()
        or scene.note.isVisible()
        or scene.toolbar.isVisible()
        or scene.dialog.isVisible()
        or scene.window.menuBar().isEnabled()
    )


def unlock(qtbot: QtBot, scene: Scene, password: str = PASSWORD) -> None:
    screen = scene.lock.lock_screen
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


# Idle time -----------------------------------------------------------------------------


def test_nothing_happens_at_4_59_and_the_window_locks_at_5_00(scene: Scene) -> None:
    scene.clock.advance(4 * MINUTES + 59)
    assert not scene.lock.watcher.check()
    assert not scene.lock.locked
    assert scene.client.isVisible()

    scene.clock.advance(1)
    assert scene.lock.watcher.check()
    assert scene.lock.locked
    assert scene.changes == [True]


def test_input_before_the_timeout_postpones_the_lock(qtbot: QtBot, scene: Scene) -> None:
    scene.clock.advance(4 * MINUTES)
    qtbot.keyClick(scene.note, Qt.Key.Key_Space)
    scene.clock.advance(4 * MINUTES)
    assert not scene.lock.watcher.check()  # 8 minutes since the start, 4 since the key

    qtbot.mouseMove(scene.button)
    scene.clock.advance(4 * MINUTES + 59)
    assert not scene.lock.watcher.check()
    scene.clock.advance(1)
    assert scene.lock.watcher.check()
    assert scene.lock.locked


def test_painting_focus_and_made_up_moves_are_not_input(qtbot: QtBot, scene: Scene) -> None:
    scene.clock.advance(4 * MINUTES)
    scene.window.repaint()
    scene.button.setFocus()
    scene.note.setFocus()
    activate(qtbot, scene.dialog)
    activate(qtbot, scene.window)
    # A move Qt makes up itself (a widget under a still mouse came or went), not the mouse.
    position = QPointF(scene.button.rect().center())
    made_up = QMouseEvent(
        QEvent.Type.MouseMove,
        position,
        scene.button.mapToGlobal(position),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QCoreApplication.sendEvent(scene.button, made_up)
    scene.clock.advance(1 * MINUTES)
    assert scene.lock.watcher.check()


def test_the_policy_sets_the_delay(scene: Scene) -> None:
    scene.lock.watcher.set_timeout_ms(60_000)
    scene.clock.advance(59)
    assert not scene.lock.watcher.check()
    scene.clock.advance(1)
    assert scene.lock.watcher.check()
    with pytest.raises(ValueError, match="positive"):
        scene.lock.watcher.set_timeout_ms(0)


def test_the_watcher_says_idle_once_then_again_after_new_input(qtbot: QtBot, scene: Scene) -> None:
    watcher = IdleWatcher(60_000, scene.clock, check_interval_ms=NEVER_MS)
    said: list[bool] = []
    watcher.idle.connect(lambda: said.append(True))
    try:
        scene.clock.advance(2 * MINUTES)
        assert watcher.check()
        assert not watcher.check()
        scene.clock.advance(10 * MINUTES)
        assert not watcher.check()
        assert said == [True]

        qtbot.keyClick(scene.note, Qt.Key.Key_Space)
        scene.clock.advance(1 * MINUTES)
        assert watcher.check()
        assert said == [True, True]

        watcher.touch()
        scene.clock.advance(1 * MINUTES)
        watcher.stop()  # no filter any more: this key does not count
        qtbot.keyClick(scene.note, Qt.Key.Key_Space)
        assert watcher.check()
    finally:
        watcher.stop()


# What the lock hides --------------------------------------------------------------------


def test_the_locked_window_shows_nothing_of_the_client(qtbot: QtBot, scene: Scene) -> None:
    scene.clock.advance(5 * MINUTES)
    scene.lock.watcher.check()

    assert locked_away(scene)
    screen = scene.lock.lock_screen
    assert screen.isVisible()
    assert screen.who.text() == f"Locked — {OFFICER}"
    assert screen.password.echoMode() == QLineEdit.EchoMode.Password
    assert scene.window.windowTitle() == "Recouvrement Desktop"
    assert not scene.lock.lock_action.isEnabled()
    image = scene.window.grab()  # what a screenshot of the window would show
    assert not image.isNull()
    assert not scene.client.isVisible()
    shown = [label.text() for label in scene.window.findChildren(QLabel) if label.isVisible()]
    assert CLIENT not in shown
    assert f"Locked — {OFFICER}" in shown


def test_ctrl_l_locks_at_once(qtbot: QtBot, scene: Scene) -> None:
    assert scene.lock.lock_action.shortcut() == QKeySequence("Ctrl+L")
    qtbot.keyClick(scene.note, Qt.Key.Key_L, CTRL)
    assert scene.lock.locked
    assert locked_away(scene)
    qtbot.waitUntil(scene.lock.lock_screen.password.hasFocus)


def test_the_first_input_after_the_timeout_locks_rather_than_acts(
    qtbot: QtBot, scene: Scene
) -> None:
    """The timer may be late (a computer waking up): the click that comes first locks,
    and does not press the button it was aimed at."""
    scene.clock.advance(6 * MINUTES)
    qtbot.mouseClick(scene.button, Qt.MouseButton.LeftButton)
    assert scene.lock.locked
    assert scene.clicks == []


def test_a_key_typed_after_the_timeout_goes_to_the_password_not_the_note(
    qtbot: QtBot, scene: Scene
) -> None:
    scene.clock.advance(6 * MINUTES)
    window_handle = scene.window.windowHandle()
    assert window_handle is not None
    qtbot.keyClick(window_handle, Qt.Key.Key_Z)  # routed like a real key, to the focus
    assert scene.lock.locked
    assert scene.note.text() == TYPED
    assert scene.lock.lock_screen.password.text() == "z"


def test_the_window_s_shortcuts_do_nothing_while_locked(qtbot: QtBot, scene: Scene) -> None:
    qtbot.keyClick(scene.note, Qt.Key.Key_S, CTRL)
    assert scene.saves == [True]  # the shortcut works while unlocked

    scene.lock.lock()
    qtbot.keyClick(scene.lock.lock_screen.password, Qt.Key.Key_S, CTRL)
    assert scene.saves == [True]


def test_a_dialog_opened_while_locked_is_hidden_and_comes_back(qtbot: QtBot, scene: Scene) -> None:
    scene.lock.lock()
    late = QDialog(scene.window)  # the end of work started before the lock
    late.show()
    qtbot.waitUntil(late.isHidden)

    unlock(qtbot, scene)
    qtbot.waitUntil(lambda: not scene.lock.locked)
    assert late.isVisible()


def test_a_window_modal_dialog_steps_aside_and_comes_back(qtbot: QtBot, scene: Scene) -> None:
    """As the agreement dialog, opened with open(): hidden, it no longer blocks the
    password; shown again, it blocks the window again."""
    agreement = QDialog(scene.window)
    agreement.open()
    qtbot.waitExposed(agreement)
    scene.lock.lock()
    assert agreement.isHidden()

    unlock(qtbot, scene)
    qtbot.waitUntil(lambda: not scene.lock.locked)
    assert agreement.isVisible()
    assert agreement.isModal()


def test_a_question_being_asked_is_cancelled_by_the_lock(qtbot: QtBot, scene: Scene) -> None:
    """A dialog in exec() ends, refused, when hidden; nobody waits for it afterwards."""
    question = QDialog(scene.window)
    QTimer.singleShot(0, scene.lock.lock)
    assert question.exec() == QDialog.DialogCode.Rejected.value
    assert scene.lock.locked

    unlock(qtbot, scene)
    qtbot.waitUntil(lambda: not scene.lock.locked)
    assert question.isHidden()


def test_a_replaced_central_widget_goes_under_the_lock_too(qtbot: QtBot, scene: Scene) -> None:
    page = QLabel("Another client: Marie Petit")
    scene.window.setCentralWidget(page)  # what the real window does once attached
    qtbot.waitUntil(lambda: scene.lock.content is page)
    assert page.isVisible()

    qtbot.keyClick(page, Qt.Key.Key_L, CTRL)
    assert scene.lock.locked
    assert not page.isVisible()
    assert scene.lock.lock_screen.isVisible()

    replaced = QLabel("Yet another client")  # replaced again, while locked
    scene.window.setCentralWidget(replaced)
    qtbot.waitUntil(lambda: scene.lock.content is replaced)
    assert not replaced.isVisible()
    assert scene.lock.lock_screen.isVisible()
    assert scene.lock.lock_screen.who.text() == f"Locked — {OFFICER}"

    unlock(qtbot, scene)
    qtbot.waitUntil(lambda: not scene.lock.locked)
    assert replaced.isVisible()


def test_closing_while_locked_saves_the_layout_as_the_officer_left_it(
    qtbot: QtBot, scene: Scene
) -> None:
    scene.lock.lock()
    assert scene.window.close()
    assert scene.window.toolbar_hidden_at_close is False
    assert scene.toolbar.isHidden()  # and nothing showed meanwhile

    restored = QMainWindow()
    qtbot.addWidget(restored)
    toolbar = restored.addToolBar("Session")
    toolbar.setObjectName("sessionToolbar")
    assert restored.restoreState(scene.window.state_at_close)
    assert not toolbar.isHidden()


# Unlocking --------------------------------------------------------------------------------


def test_a_wrong_password_says_so_and_stays_locked(qtbot: QtBot, scene: Scene) -> None:
    scene.lock.lock()
    screen = scene.lock.lock_screen
    unlock(qtbot, scene, "guess")
    assert not screen.password.isEnabled()  # being checked
    qtbot.waitUntil(screen.error_label.isVisible)

    assert screen.error_label.text() == REFUSAL
    assert scene.attempts == ["guess"]
    assert scene.lock.locked
    assert locked_away(scene)
    assert screen.password.text() == ""
    assert screen.password.isEnabled()
    qtbot.waitUntil(screen.password.hasFocus)


def test_an_empty_password_is_not_sent(qtbot: QtBot, scene: Scene) -> None:
    scene.lock.lock()
    screen = scene.lock.lock_screen
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert screen.error_label.text() == "Type your password."
    assert scene.attempts == []


def test_the_right_password_gives_back_the_window_as_it_was(qtbot: QtBot, scene: Scene) -> None:
    qtbot.keyClick(scene.note, Qt.Key.Key_L, CTRL)
    assert scene.lock.locked
    unlock(qtbot, scene, "guess")
    qtbot.waitUntil(scene.lock.lock_screen.error_label.isVisible)

    unlock(qtbot, scene)
    qtbot.waitUntil(lambda: not scene.lock.locked)
    assert scene.attempts == ["guess", PASSWORD]
    assert scene.changes == [True, False]
    assert scene.client.isVisible()
    assert scene.toolbar.isVisible()
    assert scene.window.menuBar().isEnabled()
    assert scene.dialog.isVisible()
    assert scene.lock.lock_action.isEnabled()
    assert scene.note.text() == TYPED
    assert scene.note.cursorPosition() == CURSOR
    qtbot.waitUntil(scene.note.hasFocus)
    assert scene.lock.lock_screen.password.text() == ""


def test_an_answer_given_at_once_works_too(qtbot: QtBot, scene: Scene) -> None:
    scene.answer_later = False
    scene.lock.lock()
    unlock(qtbot, scene)
    assert not scene.lock.locked


def test_a_failing_check_refuses_rather_than_staying_busy(qtbot: QtBot, scene: Scene) -> None:
    lock = WindowLock(
        QMainWindow(),
        verify=lambda _password, _done: (_ for _ in ()).throw(OSError("no database")),
        sign_out=lambda: None,
        name=lambda: OFFICER,
        clock=scene.clock,
        check_interval_ms=NEVER_MS,
    )
    window = lock.parent()
    assert isinstance(window, QMainWindow)
    qtbot.addWidget(window)
    try:
        lock.lock()
        lock.lock_screen.password.setText(PASSWORD)
        qtbot.keyClick(lock.lock_screen.password, Qt.Key.Key_Return)
        assert lock.locked
        assert "could not be checked" in lock.lock_screen.error_label.text()
        assert lock.lock_screen.password.isEnabled()
    finally:
        lock.watcher.stop()


def test_sign_out_signs_out(qtbot: QtBot, scene: Scene) -> None:
    scene.lock.lock()
    qtbot.mouseClick(scene.lock.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert scene.signed_out == [True]
    assert scene.lock.locked


def test_an_answer_arriving_after_sign_out_unlocks_nothing(qtbot: QtBot, scene: Scene) -> None:
    answers: list[Callable[[str | None], None]] = []
    lock = WindowLock(
        QMainWindow(),
        verify=lambda _password, done: answers.append(done),
        sign_out=lambda: None,
        name=lambda: OFFICER,
        clock=scene.clock,
        check_interval_ms=NEVER_MS,
    )
    window = lock.parent()
    assert isinstance(window, QMainWindow)
    qtbot.addWidget(window)
    try:
        lock.lock()
        lock.lock_screen.password.setText(PASSWORD)
        qtbot.keyClick(lock.lock_screen.password, Qt.Key.Key_Return)
        assert not lock.lock_screen.unlock_button.isEnabled()
        qtbot.mouseClick(lock.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
        assert lock.lock_screen.unlock_button.isEnabled()
        answers[0](None)
        assert lock.locked
    finally:
        lock.watcher.stop()


def test_the_watcher_does_not_lock_twice_and_starts_again_after_unlocking(
    qtbot: QtBot, scene: Scene
) -> None:
    scene.clock.advance(5 * MINUTES)
    assert scene.lock.watcher.check()
    scene.clock.advance(30 * MINUTES)
    assert not scene.lock.watcher.check()
    scene.lock.lock()  # Ctrl+L or the menu while locked: nothing more
    assert scene.changes == [True]

    unlock(qtbot, scene)
    qtbot.waitUntil(lambda: not scene.lock.locked)
    scene.clock.advance(4 * MINUTES + 59)
    assert not scene.lock.watcher.check()
    scene.clock.advance(1)
    assert scene.lock.watcher.check()
    assert scene.changes == [True, False, True]


def test_the_lock_screen_alone(qtbot: QtBot) -> None:
    screen = LockScreen()
    qtbot.addWidget(screen)
    asked: list[str] = []
    screen.unlock_requested.connect(asked.append)
    screen.show_for(OFFICER)
    screen.show()
    qtbot.waitExposed(screen)

    screen.busy(True)
    assert not screen.password.isEnabled()
    assert not screen.unlock_button.isEnabled()
    assert screen.sign_out_button.isEnabled()
    screen.busy(False)

    screen.password.setText("secret")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert asked == ["secret"]
    screen.refuse(REFUSAL)
    assert screen.error_label.isVisible()
    assert screen.password.text() == ""
    screen.show_for(OFFICER)  # locked again later: no old message
    assert not screen.error_label.isVisible()
