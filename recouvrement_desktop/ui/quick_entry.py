"""Quick entry on the client panel: a note, a contact result, a promise, a life event.

Keyboard first: each form has an action with a shortcut (the main window puts
``QuickEntry.actions()`` in its menus) that shows the form and puts the cursor in it;
Ctrl+Return (or Return in a one-line field) saves. Errors are shown inline, translated,
and the typed text stays; a successful save clears the form and emits ``data_changed``.
Writes go through ``services.journal`` only.
"""

from __future__ import annotations

import logging
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

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import JournalEntry, Officer
from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.money import parse_amount
from recouvrement_desktop.domain.recovery import (
    Channel,
    ContactResult,
    Direction,
    LifeEventType,
)
from recouvrement_desktop.errors import UserFacingError
from recouvrement_desktop.i18n.messages import user_message
from recouvrement_desktop.services import journal
from recouvrement_desktop.ui.focus import set_tab_order
from recouvrement_desktop.ui.labels import label
from recouvrement_desktop.ui.theme import Tone, ToneLabel

_log = logging.getLogger(__name__)
_E = TypeVar("_E", bound=StrEnum)
OfficerProvider = Callable[[], Officer | None]
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
    data_changed = Signal(int)  # case id, after a write

    NOTE, CONTACT, PROMISE, LIFE_EVENT = range(4)

    def __init__(
        self,
        database: Database,
        officer_provider: OfficerProvider,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._officer = officer_provider
        self._case_id: int | None = None

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
        self.save_button.setEnabled(enabled)
        for each in self.actions():
            each.setEnabled(enabled)
        self._show_error(None)

    def show_form(self, tab: int, focus: QWidget | None = None) -> None:
        self.tabs.setCurrentIndex(tab)
        (focus or self.tabs.currentWidget()).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> JournalEntry | None:
        """Save the form on show; ``None`` when refused (the message is shown inline)."""
        case_id = self._case_id
        if case_id is None:
            return None
        try:
            entry = self._save(case_id, self.tabs.currentIndex())
        except (UserFacingError, DomainError) as error:
            self._show_error(user_message(error))
            return None
        except _RefusedError as refused:
            self._show_error(str(refused))
            return None
        except Exception:  # never a traceback in the officer's face; the log has it
            _log.exception("quick entry could not be saved")
            self._show_error(self.tr("The entry could not be saved. The log has the details."))
            return None
        self._clear(self.tabs.currentIndex())
        self._show_error(None)
        self.data_changed.emit(case_id)
        return entry

    # Internals ------------------------------------------------------------------------

    def _save(self, case_id: int, tab: int) -> JournalEntry:
        officer = self._officer()
        if tab == self.NOTE:
            return journal.add_note(self._database, officer, case_id, self.note_edit.toPlainText())
        if tab == self.CONTACT:
            return journal.log_contact(
                self._database,
                officer,
                case_id,
                combo_value(self.channel_combo, Channel),
                combo_value(self.direction_combo, Direction),
                combo_value(self.result_combo, ContactResult),
                self.contact_note.text(),
            )
        if tab == self.PROMISE:
            amount = self._amount()
            due: date = self.due_edit.date().toPython()  # type: ignore[assignment]
            return journal.add_promise(
                self._database, officer, case_id, amount, due, self.promise_note.text()
            )
        return journal.add_life_event(
            self._database,
            officer,
            case_id,
            combo_value(self.event_combo, LifeEventType),
            self.event_note.text(),
        )

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
