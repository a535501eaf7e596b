"""Cases → Overindebtedness and FICP…: the case's file before the Banque de France
commission and the client's FICP registrations, as ``case overindebtedness`` and
``case ficp`` record them (``services/overindebtedness.py``).

The dialog shows what is recorded, and records a new status of the file (with its date,
the day the file was lodged for a new file, and a note), a registration (its date and
the incident) or the removal of the current one. Every reading and writing goes through
the window's ``OperationRunner``; what the service refuses (a date in the future, a
status before the current one, closing a file that is not open…) is shown with its
message and what was typed stays, to be corrected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.recovery import OverindebtednessStatus
from recouvrement_desktop.i18n.formatting import format_date
from recouvrement_desktop.services import overindebtedness
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.overindebtedness import INCIDENT_MAX, LegalStatus
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.labels import label
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.theme import Tone, ToneLabel

__all__ = ["LegalStatusDialog", "legal_status_action"]

#: A status or a registration is a note in the case's history and changes the case shown.
LEGAL_STATUS_CHANGE = (Record.CASE, Record.JOURNAL)


def _date_edit() -> QDateEdit:
    """Today by default; no upper bound here: the service says why a day is refused."""
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    return edit


def _day(edit: QDateEdit) -> date:
    picked: date = edit.date().toPython()  # type: ignore[assignment]
    return picked


class LegalStatusDialog(QDialog):
    loaded = Signal()  # what is recorded is on screen
    done_working = Signal()  # a change was recorded, or refused

    def __init__(
        self,
        runner: OperationRunner,
        workspace: Workspace,
        case_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overindebtedness and FICP"))
        self._runner = runner
        self._workspace = workspace
        self._officer = workspace.identity  # who opened it records, even if the window changes
        self._case_id = case_id
        self._status: LegalStatus | None = None
        self._busy = False

        self.heading = QLabel()
        self.heading.setObjectName("legalStatusHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.file_box = self._build_file_box()
        self.ficp_box = self._build_ficp_box()

        self.message = QLabel()
        self.message.setObjectName("legalStatusMessage")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # Enter in a text field records nothing: each change is a click.
        for button in (
            self.record_button,
            self.register_button,
            self.remove_button,
            close.button(QDialogButtonBox.StandardButton.Close),
        ):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.file_box)
        layout.addWidget(self.ficp_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(close)

        self.status.currentIndexChanged.connect(self._update)
        self.record_button.clicked.connect(self._record_status)
        self.register_button.clicked.connect(self._register)
        self.remove_button.clicked.connect(self._remove)
        self.resize(640, 480)
        self._update()
        self.reload()

    def _build_file_box(self) -> QGroupBox:
        """The file's current status, and its next one."""
        box = QGroupBox(self.tr("Overindebtedness file"))
        self.current_file = ToneLabel(Tone.MUTED, "")
        self.current_file.setWordWrap(True)
        self.status = QComboBox()
        for value in OverindebtednessStatus:
            self.status.addItem(label(value), value)
        self.status_on = _date_edit()
        self.filed_on = _date_edit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional: the commission's decision, a reference…"))
        self.record_button = QPushButton(self.tr("&Record the status"))
        file_buttons = QHBoxLayout()
        file_buttons.addStretch(1)
        file_buttons.addWidget(self.record_button)
        self.file_form = QFormLayout(box)
        self.file_form.addRow(self.current_file)
        self.file_form.addRow(self.tr("New status"), self.status)
        self.file_form.addRow(self.tr("Since"), self.status_on)
        self.file_form.addRow(self.tr("Lodged on"), self.filed_on)
        self.file_form.addRow(self.tr("Note"), self.note)
        self.file_form.addRow(file_buttons)
        return box

    def _build_ficp_box(self) -> QGroupBox:
        """The client's registrations, a new one, and the removal of the current one."""
        box = QGroupBox(self.tr("FICP (Banque de France register of repayment incidents)"))
        self.registrations = ToneLabel(Tone.MUTED, "")
        self.registrations.setObjectName("ficpRegistrations")
        self.registrations.setWordWrap(True)
        self.registered_on = _date_edit()
        self.incident = QLineEdit()
        self.incident.setMaxLength(INCIDENT_MAX)
        self.incident.setPlaceholderText(self.tr("The contract and the unpaid instalments"))
        self.register_button = QPushButton(self.tr("Re&gister"))
        self.removed_on = _date_edit()
        self.remove_button = QPushButton(self.tr("Record the re&moval"))
        register_row = QHBoxLayout()
        register_row.addWidget(self.registered_on)
        register_row.addWidget(self.incident, 1)
        register_row.addWidget(self.register_button)
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.removed_on)
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        ficp_form = QFormLayout(box)
        ficp_form.addRow(self.registrations)
        ficp_form.addRow(self.tr("Registration"), register_row)
        ficp_form.addRow(self.tr("Removal (arrears paid)"), remove_row)
        return box

    # Reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read what is recorded (off the GUI thread; ``loaded`` follows)."""
        database, case_id = self._workspace.database, self._case_id
        self._runner.read(
            lambda: overindebtedness.legal_status(database, case_id),
            self._show,
            failed=self._read_failed,
            owner=self,
        )

    def _read_failed(self, message: str) -> None:
        self.message.setText(message)
        self.loaded.emit()

    def _show(self, status: LegalStatus) -> None:
        self._status = status
        self.heading.setText(self.tr("Case {reference}").format(reference=status.reference))
        current = status.current
        if current is None:
            self.current_file.setText(self.tr("No overindebtedness file recorded."))
        else:
            text = self.tr("Currently {status} since {date} (lodged on {filed})").format(
                status=label(current.status),
                date=format_date(current.status_on),
                filed=format_date(current.filed_on),
            )
            if current.open:
                text += " — " + self.tr("collection is suspended.")
            self.current_file.setText(text)
        lines = []
        for entry in status.ficp:
            line = self.tr("Registered on {date} ({incident})").format(
                date=format_date(entry.registered_on), incident=entry.incident
            )
            if entry.removed_on is not None:
                line += self.tr(", removed on {date}").format(date=format_date(entry.removed_on))
            lines.append(line)
        self.registrations.setText("\n".join(lines) or self.tr("Not registered at the FICP."))
        if current is not None and current.open:
            statuses = list(OverindebtednessStatus)  # the next one, most likely
            self.status.setCurrentIndex(min(statuses.index(current.status) + 1, len(statuses) - 1))
            lodged = current.filed_on
            self.filed_on.setDate(
                QDate(lodged.year, lodged.month, lodged.day)
            )  # the open file keeps its own
        self._update()
        self.loaded.emit()

    # State -------------------------------------------------------------------------------

    def _chosen(self) -> OverindebtednessStatus:
        return OverindebtednessStatus(self.status.currentData())  # Qt hands back a str

    def _opens_a_file(self) -> bool:
        """Whether the next status starts a new file (none is open)."""
        current = self._status.current if self._status is not None else None
        return current is None or not current.open

    def _update(self) -> None:
        """The day of lodging is asked only for a new file given a later status (a new
        file filed today is lodged today); buttons wait for the reading and the writing."""
        chosen = self._chosen()
        self.file_form.setRowVisible(
            self.filed_on,
            self._opens_a_file() and chosen is not OverindebtednessStatus.FILED,
        )
        ready = self._status is not None and not self._busy
        self.record_button.setEnabled(ready)
        self.register_button.setEnabled(ready)
        registered = self._status.registered if self._status is not None else None
        self.remove_button.setEnabled(ready and registered is not None)
        self.removed_on.setEnabled(registered is not None)

    # Writing -----------------------------------------------------------------------------

    def _record_status(self) -> None:
        database, officer, case_id = self._workspace.database, self._officer, self._case_id
        status = self._chosen()
        on = _day(self.status_on)
        filed_on = (
            _day(self.filed_on)
            if self._opens_a_file() and status is not OverindebtednessStatus.FILED
            else None
        )
        note = self.note.text()
        self._run(
            lambda: overindebtedness.record_status(
                database, officer, case_id, status, on, filed_on=filed_on, note=note
            ),
            lambda _view: self.note.clear(),
            self.tr("The file's status could not be recorded."),
        )

    def _register(self) -> None:
        database, officer, case_id = self._workspace.database, self._officer, self._case_id
        on, incident = _day(self.registered_on), self.incident.text()
        self._run(
            lambda: overindebtedness.register_ficp(database, officer, case_id, on, incident),
            lambda _view: self.incident.clear(),
            self.tr("The registration could not be recorded."),
        )

    def _remove(self) -> None:
        database, officer, case_id = self._workspace.database, self._officer, self._case_id
        on = _day(self.removed_on)
        self._run(
            lambda: overindebtedness.remove_ficp(database, officer, case_id, on),
            lambda _view: None,
            self.tr("The removal could not be recorded."),
        )

    def _run(self, work: Callable[[], object], clear: Callable[[object], None], what: str) -> None:
        self._busy = True
        self._update()
        self.message.clear()

        def recorded(view: object) -> None:
            self._busy = False
            clear(view)
            self.message.setText(self.tr("Recorded in the case's history."))
            self.reload()
            self.done_working.emit()

        self._runner.write(
            work,
            recorded,
            changes=Changes.of([self._case_id], *LEGAL_STATUS_CHANGE),
            failed=self._refused,
            what=what,
            owner=self,
        )

    def _refused(self, message: str) -> None:
        """The service's message; what was typed stays, to be corrected."""
        self._busy = False
        self.message.setText(message)
        self._update()
        self.done_working.emit()


def legal_status_action(
    window: QWidget,
    runner: OperationRunner,
    workspace: Workspace,
    current_case: Callable[[], int | None],
) -> QAction:
    """Cases → Overindebtedness and FICP…: opens the dialog on the case shown."""
    action = QAction(
        QCoreApplication.translate("LegalStatusDialog", "Overindebtedness and &FICP…"), window
    )

    def open_dialog() -> None:
        case_id = current_case()
        if case_id is None:
            return  # the action is off while no case is shown
        dialog = LegalStatusDialog(runner, workspace, case_id, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(open_dialog)
    return action
