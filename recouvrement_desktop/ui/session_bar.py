"""The negotiation session bar: start a call or a meeting, see its time run, count the
offers kept, end it with its outcome.

The bar follows the selected case: the window gives it the case's open session, if any
(the window was closed mid-call, or the officer looked at another case), and the bar
resumes it, timer included. The window calls ``keep_offer(offer)`` with the simulator's
plan. Writes go through ``services.sessions`` only, off the GUI thread through the
window's ``OperationRunner``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from PySide6.QtCore import QDateTime, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import Channel, SessionOutcome
from recouvrement_desktop.services import sessions
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.offers import KeptOffer
from recouvrement_desktop.services.sessions import SessionView
from recouvrement_desktop.services.views import JournalEntryView
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.focus import set_tab_order
from recouvrement_desktop.ui.labels import label
from recouvrement_desktop.ui.operations import Operation, OperationRunner
from recouvrement_desktop.ui.quick_entry import error_label

_T = TypeVar("_T")
#: What a session's writes change: the case's history, its queue columns, the session.
SESSION_CHANGE = (Record.SESSION, Record.JOURNAL, Record.CASE)
TICK_MS = 1000
CALLBACK_HOUR = 10  # the default callback: tomorrow at 10:00


def elapsed_text(seconds: int) -> str:
    """``mm:ss``, and ``h:mm:ss`` past the hour."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class SessionEndDialog(QDialog):
    """Choose how the session ended; stays open (with the error shown) until it is saved."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End the session"))
        self.buttons_group = QButtonGroup(self)
        self.outcome_buttons: dict[SessionOutcome, QRadioButton] = {}
        choices = QVBoxLayout()
        for outcome in SessionOutcome:
            button = QRadioButton(label(outcome))
            self.buttons_group.addButton(button)
            self.outcome_buttons[outcome] = button
            choices.addWidget(button)
            button.toggled.connect(self._update)
        self.callback_edit = QDateTimeEdit()
        self.callback_edit.setCalendarPopup(True)
        now = QDateTime.currentDateTime()
        self.callback_edit.setMinimumDateTime(now)
        self.callback_edit.setDateTime(QDateTime(now.date().addDays(1), QTime(CALLBACK_HOUR, 0)))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Optional note"))
        self.error_label = error_label("sessionEndError")
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.accepted.connect(self.submitted)
        self.button_box.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Outcome"), choices)
        form.addRow(self.tr("Call back on"), self.callback_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)
        self.outcome_buttons[SessionOutcome.CALLBACK].setChecked(True)
        self._update()

    def outcome(self) -> SessionOutcome | None:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return None

    def callback_at(self) -> datetime | None:
        if self.outcome() != SessionOutcome.CALLBACK:
            return None
        seconds = self.callback_edit.dateTime().toSecsSinceEpoch()
        # In the officer's time zone: its day is the case's next action date.
        return datetime.fromtimestamp(seconds, UTC).astimezone()

    def note(self) -> str:
        return self.note_edit.text()

    def show_error(self, text: str | None) -> None:
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))

    def _update(self) -> None:
        self.callback_edit.setEnabled(self.outcome() == SessionOutcome.CALLBACK)


class SessionBar(QWidget):
    session_started = Signal(int)  # session id
    session_ended = Signal(int)  # session id
    offer_kept = Signal(int)  # the offer's journal entry id
    refused = Signal(str)  # a message shown in the bar
    # The session the bar shows now (a SessionView), or None: started, resumed with its
    # case, ended, or left for a case without one (the call script follows it).
    session_shown = Signal(object)

    def __init__(
        self,
        runner: OperationRunner,
        workspace: Workspace,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._workspace = workspace
        self._case_id: int | None = None
        self.session: SessionView | None = None
        self._offers = 0
        self.end_dialog: SessionEndDialog | None = None

        self.start_call_action = self._action(self.tr("Start &call"), "Ctrl+Shift+T")
        self.start_call_action.triggered.connect(lambda: self.start(Channel.PHONE))
        self.start_meeting_action = self._action(self.tr("Start &meeting"), "Ctrl+Shift+M")
        self.start_meeting_action.triggered.connect(lambda: self.start(Channel.BRANCH))
        self.end_action = self._action(self.tr("&End session…"), "Ctrl+Shift+E")
        self.end_action.triggered.connect(self.end_session)

        self.state_label = QLabel()
        self.state_label.setObjectName("sessionState")
        self.timer_label = QLabel(elapsed_text(0))
        self.timer_label.setObjectName("sessionTimer")
        font = self.timer_label.font()
        font.setBold(True)
        self.timer_label.setFont(font)
        self.offers_label = QLabel()
        self.offers_label.setObjectName("sessionOffers")
        self.error_label = error_label("sessionError")
        self.error_label.setWordWrap(False)  # one line: a wrapped one makes the toolbar tall

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QToolButton] = []
        for action in (self.start_call_action, self.start_meeting_action, self.end_action):
            button = QToolButton()
            button.setDefaultAction(action)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addWidget(self.state_label)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.offers_label)
        layout.addWidget(self.error_label, 1)
        layout.addStretch()

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.set_case(None)
        set_tab_order(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """Start a call, start a meeting, end the session, in the order shown."""
        return list(self.buttons)

    def _action(self, text: str, shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        self.addAction(action)
        return action

    # Public API -----------------------------------------------------------------------

    def set_case(self, case_id: int | None, session: SessionView | None = None) -> None:
        """Follow the selected case, resuming *session*, its open session if it has one."""
        self._case_id = case_id
        self._show_error(None)
        self._show(session if case_id is not None else None)

    def start(self, channel: Channel) -> Operation[SessionView] | None:
        if self._case_id is None or self.session is not None:
            return None
        case_id, database, officer = self._case_id, self._workspace.database, self._officer()
        return self._write(
            lambda: sessions.start_session(database, officer, case_id, channel),
            lambda view: self._started(case_id, view),
            case_id,
        )

    def keep_offer(self, offer: KeptOffer) -> Operation[JournalEntryView] | None:
        """Keep the simulator's plan as an offer of the open session; ``None`` when there
        is no open session (said inline). ``offer_kept`` follows once it is written."""
        if self.session is None or self._case_id is None:
            self._show_error(self.tr("Start a call or a meeting to keep an offer."))
            return None
        session_id, case_id = self.session.id, self._case_id
        database, officer = self._workspace.database, self._officer()
        return self._write(
            lambda: sessions.keep_offer(database, officer, session_id, offer),
            lambda entry: self._kept(session_id, entry),
            case_id,
        )

    def end_session(self) -> SessionEndDialog | None:
        """Open the outcome dialog (not modal to the application: the call goes on)."""
        if self.session is None or self._case_id is None:
            return None
        if self.end_dialog is not None:  # already asking: bring it back rather than a second
            self.end_dialog.activateWindow()
            return self.end_dialog
        # Bound now: the officer may select another case while the dialog is open.
        session_id, case_id = self.session.id, self._case_id
        dialog = SessionEndDialog(self)
        dialog.submitted.connect(lambda: self._finish(dialog, session_id, case_id))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.end_dialog = dialog
        dialog.open()
        return dialog

    # Internals ------------------------------------------------------------------------

    def _dialog_closed(self, dialog: SessionEndDialog) -> None:
        if self.end_dialog is dialog:
            self.end_dialog = None
        dialog.deleteLater()

    def _finish(self, dialog: SessionEndDialog, session_id: int, case_id: int) -> None:
        outcome = dialog.outcome()
        if outcome is None:
            dialog.show_error(self.tr("Choose how the session ended."))
            return
        database, officer = self._workspace.database, self._officer()
        callback_at, note = dialog.callback_at(), dialog.note()
        dialog.button_box.setEnabled(False)  # once: the officer waits for this save

        def refused(message: str) -> None:
            dialog.button_box.setEnabled(True)
            dialog.show_error(message)

        self._runner.write(
            lambda: sessions.end_session(database, officer, session_id, outcome, callback_at, note),
            lambda _view: self._ended(dialog, session_id),
            changes=Changes.of([case_id], *SESSION_CHANGE),
            failed=refused,
            what=self.tr("The session could not be saved."),
            owner=dialog,
        )

    def _ended(self, dialog: SessionEndDialog, session_id: int) -> None:
        dialog.accept()
        if self.session is not None and self.session.id == session_id:
            self._show(None)
        self.session_ended.emit(session_id)

    def _started(self, case_id: int, view: SessionView) -> None:
        if case_id == self._case_id:
            self._show(view)
        self.session_started.emit(view.id)

    def _kept(self, session_id: int, entry: JournalEntryView) -> None:
        if self.session is not None and self.session.id == session_id:
            self._offers += 1
            self._show_counts()
        self.offer_kept.emit(entry.id)

    def _officer(self) -> Identity | None:
        return self._workspace.identity

    def _write(
        self, work: Callable[[], _T], done: Callable[[_T], None], case_id: int
    ) -> Operation[_T]:
        def succeeded(result: _T) -> None:
            self._show_error(None)
            done(result)

        return self._runner.write(
            work,
            succeeded,
            changes=Changes.of([case_id], *SESSION_CHANGE),
            failed=self._refuse,
            what=self.tr("The session could not be saved."),
            owner=self,
        )

    def _refuse(self, message: str) -> None:
        self._show_error(message)
        self.refused.emit(message)

    def _show(self, view: SessionView | None) -> None:
        self.session = view
        self._offers = len(view.offers) if view else 0
        has_case = self._case_id is not None
        # Actions (and so the buttons) follow the state; the bar itself stays enabled so
        # that an open outcome dialog, its child, keeps working if the case changes.
        for action in (self.start_call_action, self.start_meeting_action):
            action.setEnabled(has_case and view is None)
        self.end_action.setEnabled(view is not None)
        if view is None:
            self._timer.stop()
            self.state_label.setText(self.tr("No session") if has_case else "")
            self.timer_label.setText(elapsed_text(0))
            self.timer_label.setVisible(False)
        else:
            self.state_label.setText(
                self.tr("Call in progress")
                if view.channel == Channel.PHONE
                else self.tr("Meeting in progress")
            )
            self.timer_label.setVisible(True)
            self._tick()
            self._timer.start()
        self._show_counts()
        self.session_shown.emit(view)

    def _show_counts(self) -> None:
        visible = self.session is not None
        self.offers_label.setVisible(visible)
        self.offers_label.setText(self.tr("%n offer(s) kept", "", self._offers))

    def _tick(self) -> None:
        if self.session is not None:
            self.timer_label.setText(elapsed_text(self.session.duration_seconds()))

    def _show_error(self, text: str | None) -> None:
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))
