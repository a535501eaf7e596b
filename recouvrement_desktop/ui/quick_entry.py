"""Quick entry on the client panel: a note, a contact result, a promise, a life event.

Keyboard first: each form has an action with a shortcut (the main window puts
``QuickEntry.actions()`` in its menus) that shows the form and puts the cursor in it;
Ctrl+Return (or Return in a one-line field) saves, off the GUI thread through the
window's ``OperationRunner``. Errors are shown inline, translated, and the typed text
stays; a successful save clears the form and emits ``saved`` (the runner announces the
change to the other panels). Writes go through ``services.journal`` only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.money import parse_amount
from recouvrement_desktop.domain.recovery import (
    Channel,
    ContactResult,
    Direction,
    LifeEventType,
)
from recouvrement_desktop.i18n.domain_messages import domain_message
from recouvrement_desktop.services import journal
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.views import JournalEntryView
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.focus import set_tab_order
from recouvrement_desktop.ui.labels import label
from recouvrement_desktop.ui.operations import Operation, OperationRunner
from recouvrement_desktop.ui.theme import Tone, ToneLabel

_E = TypeVar("_E", bound=StrEnum)
#: What a journal entry changes: the case's history and its queue columns.
JOURNAL_CHANGE = (Record.JOURNAL, Record.CASE)
PROMISE_DEFAULT_DAYS = 7
# Results a quick contact entry offers (the others come from sessions and letters).
CONTACT_RESULTS = (
    ContactResult.REACHED,
    ContactResult.NO_ANSWER,
    ContactResult.VOICEMAIL,
    ContactResult.WRONG_NUMBER,
    ContactResult.CALLBACK_REQUESTED,
    ContactResult.REFUSAL,
    ContactResult.SENT,
)


def enum_combo(values: tuple[_E, ...] | list[_E]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(label(value), value.value)
    return combo


def combo_value(combo: QComboBox, kind: type[_E]) -> _E:
    return kind(combo.currentData())


def error_label(name: str) -> QLabel:
    """A message in the danger colour of the palette (which has no "error" role)."""
    shown = ToneLabel(Tone.DANGER)
    shown.setObjectName(name)
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown.hide()
    return shown


class _RefusedError(Exception):
    """Input refused by the form itself; the message is already translated."""


class QuickEntry(QWidget):
    saved = Signal(object)  # the JournalEntryView written
    refused = Signal(str)  # the message shown inline

    NOTE, CONTACT, PROMISE, LIFE_EVENT = range(4)

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
        self._saving: Operation[JournalEntryView] | None = None

        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("What was said or done (Ctrl+Return saves)"))
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4 + 12)

        self.channel_combo = enum_combo(list(Channel))
        self.direction_combo = enum_combo([Direction.OUTBOUND, Direction.INBOUND])
        self.result_combo = enum_combo(CONTACT_RESULTS)
        self.contact_note = QLineEdit()
        self.contact_note.setPlaceholderText(self.tr("Optional note"))

        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 1 234,56"))
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.promise_note = QLineEdit()
        self.promise_note.setPlaceholderText(self.tr("Optional note"))

        self.event_combo = enum_combo(list(LifeEventType))
        self.event_note = QLineEdit()
        self.event_note.setPlaceholderText(self.tr("What changed for the client"))

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._note_page(), self.tr("Note"))
        self.tabs.addTab(self._contact_page(), self.tr("Contact"))
        self.tabs.addTab(self._promise_page(), self.tr("Promise"))
        self.tabs.addTab(self._life_event_page(), self.tr("Life event"))

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.error_label = error_label("quickEntryError")
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        # At the right, as wide as its text, whether a message shows beside it or not.
        bottom.addWidget(
            self.save_button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)

        for line in (self.contact_note, self.amount_edit, self.promise_note, self.event_note):
            line.returnPressed.connect(self.save)
        self._build_actions()
        self._reset_promise()
        self.set_case(None)
        set_tab_order(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """The forms' fields in reading order, then Save (Tab skips the other tabs')."""
        return [
            self.tabs,
            self.note_edit,
            self.channel_combo,
            self.direction_combo,
            self.result_combo,
            self.contact_note,
            self.amount_edit,
            self.due_edit,
            self.promise_note,
            self.event_combo,
            self.event_note,
            self.save_button,
        ]

    def _note_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.note_edit)
        return page

    def _contact_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        row = QHBoxLayout()
        for combo in (self.channel_combo, self.direction_combo, self.result_combo):
            row.addWidget(combo)
        form.addRow(self.tr("Contact"), row)
        form.addRow(self.tr("Note"), self.contact_note)
        return page

    def _promise_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Amount (€)"), self.amount_edit)
        form.addRow(self.tr("Due date"), self.due_edit)
        form.addRow(self.tr("Note"), self.promise_note)
        return page

    def _life_event_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Event"), self.event_combo)
        form.addRow(self.tr("Note"), self.event_note)
        return page

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str, tab: int, focus: QWidget) -> QAction:
            created = QAction(text, self)
            created.setShortcut(QKeySequence(shortcut))
            created.triggered.connect(lambda: self.show_form(tab, focus))
            self.addAction(created)
            return created

        self.note_action = action(self.tr("New &note"), "Ctrl+N", self.NOTE, self.note_edit)
        self.contact_action = action(
            self.tr("Log &contact"), "Ctrl+Shift+C", self.CONTACT, self.channel_combo
        )
        self.promise_action = action(
            self.tr("&Promise to pay"), "Ctrl+Shift+P", self.PROMISE, self.amount_edit
        )
        self.life_event_action = action(
            self.tr("&Life event"), "Ctrl+Shift+L", self.LIFE_EVENT, self.event_combo
        )
        self.save_action = QAction(self.tr("&Save entry"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+Return"))
        # Only while the cursor is in the form: Ctrl+Return may mean something elsewhere.
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)

    # Public API -----------------------------------------------------------------------

    def set_case(self, case_id: int | None) -> None:
        """Show the forms for a case (``None``: disabled). Unsaved text is dropped when the
        case changes, so that it can never be saved on the wrong case."""
        if case_id != self._case_id:
            self._clear_all()
        self._case_id = case_id
        enabled = case_id is not None
        self.tabs.setEnabled(enabled)
        self.save_button.setEnabled(enabled and self._saving is None)
        for each in self.actions():
            each.setEnabled(enabled)
        self._show_error(None)

    def show_form(self, tab: int, focus: QWidget | None = None) -> None:
        self.tabs.setCurrentIndex(tab)
        (focus or self.tabs.currentWidget()).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> Operation[JournalEntryView] | None:
        """Save the form on show, off the GUI thread; ``None`` when the form itself
        refuses it (the message is shown inline). One save at a time."""
        case_id = self._case_id
        if case_id is None or self._saving is not None:
            return None
        tab = self.tabs.currentIndex()
        try:
            work = self._work(case_id, tab)
        except DomainError as error:
            self._refuse(domain_message(error))
            return None
        except _RefusedError as refused:
            self._refuse(str(refused))
            return None
        self.save_button.setEnabled(False)
        self._saving = self._runner.write(
            work,
            lambda entry: self._saved(case_id, tab, entry),
            changes=Changes.of([case_id], *JOURNAL_CHANGE),
            failed=self._failed,
            what=self.tr("The entry could not be saved."),
            owner=self,
        )
        return self._saving

    # Internals ------------------------------------------------------------------------

    def _saved(self, case_id: int, tab: int, entry: JournalEntryView) -> None:
        self._saving = None
        self.save_button.setEnabled(self._case_id is not None)
        if case_id == self._case_id:  # else the forms were cleared by the change of case
            self._clear(tab)
            self._show_error(None)
        self.saved.emit(entry)

    def _failed(self, message: str) -> None:
        self._saving = None
        self.save_button.setEnabled(self._case_id is not None)
        self._refuse(message)  # the typed text stays, to correct or save again

    def _refuse(self, message: str) -> None:
        self._show_error(message)
        self.refused.emit(message)

    def _work(self, case_id: int, tab: int) -> Callable[[], JournalEntryView]:
        """The service call that saves *tab*, its inputs read now (on the GUI thread)."""
        database, officer = self._workspace.database, self._workspace.identity
        if tab == self.NOTE:
            note = self.note_edit.toPlainText()
            return lambda: journal.add_note(database, officer, case_id, note)
        if tab == self.CONTACT:
            channel = combo_value(self.channel_combo, Channel)
            direction = combo_value(self.direction_combo, Direction)
            result = combo_value(self.result_combo, ContactResult)
            text = self.contact_note.text()
            return lambda: journal.log_contact(
                database, officer, case_id, channel, direction, result, text
            )
        if tab == self.PROMISE:
            amount = self._amount()
            due: date = self.due_edit.date().toPython()  # type: ignore[assignment]
            promise_note = self.promise_note.text()
            return lambda: journal.add_promise(
                database, officer, case_id, amount, due, promise_note
            )
        event = combo_value(self.event_combo, LifeEventType)
        event_note = self.event_note.text()
        return lambda: journal.add_life_event(database, officer, case_id, event, event_note)

    def _amount(self) -> Decimal:
        if not self.amount_edit.text().strip():
            raise _RefusedError(self.tr("Type the amount promised."))
        return parse_amount(self.amount_edit.text(), field="amount")

    def _show_error(self, text: str | None) -> None:
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))

    def _reset_promise(self) -> None:
        today = QDate.currentDate()
        self.due_edit.setMinimumDate(today)
        self.due_edit.setDate(today.addDays(PROMISE_DEFAULT_DAYS))

    def _clear(self, tab: int) -> None:
        if tab == self.NOTE:
            self.note_edit.clear()
        elif tab == self.CONTACT:
            self.contact_note.clear()
        elif tab == self.PROMISE:
            self.amount_edit.clear()
            self.promise_note.clear()
            self._reset_promise()
        else:
            self.event_note.clear()

    def _clear_all(self) -> None:
        for tab in (self.NOTE, self.CONTACT, self.PROMISE, self.LIFE_EVENT):
            self._clear(tab)
