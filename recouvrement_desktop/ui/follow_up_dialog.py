"""Agreements still open: a supervisor approves or rejects the plans beyond delegation,
and an officer records the countersigned paper coming back from a phone agreement."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AgreementState, Officer
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.errors import UserFacingError
from recouvrement_desktop.i18n.formatting import format_datetime
from recouvrement_desktop.i18n.messages import user_message
from recouvrement_desktop.services import agreements
from recouvrement_desktop.services.agreements import AgreementView
from recouvrement_desktop.ui.background import Background

OPEN_STATES = (AgreementState.PENDING_APPROVAL, AgreementState.AWAITING_COUNTERSIGNATURE)


class FollowUpDialog(QDialog):
    data_changed = Signal(int)  # case id
    done_working = Signal()  # a decision or a return was recorded (or refused)

    def __init__(
        self, database: Database, officer: Officer | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreements to follow up"))
        self._database = database
        self._officer = officer
        self._background = Background(self)
        self._rows: list[AgreementView] = []

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agreement"), self.tr("Case"), self.tr("Client"), self.tr("Made by"),
             self.tr("Status")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for the decision (required)"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.returned_on = QDateEdit(QDate.currentDate())
        self.returned_on.setCalendarPopup(True)
        self.returned_on.setMaximumDate(QDate.currentDate())
        self.countersigned_button = QPushButton(self.tr("Paper &returned, countersigned"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox()
        buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.ActionRole)
        form.addRow("", buttons)
        form.addRow(self.tr("Returned on"), self.returned_on)
        form.addRow("", self.countersigned_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self.approve_button.clicked.connect(lambda: self._decide(agreements.approve))
        self.reject_button.clicked.connect(lambda: self._decide(agreements.reject))
        self.countersigned_button.clicked.connect(self._record_return)
        self.resize(860, 480)
        self.reload()

    def reload(self) -> None:
        self._rows = [
            view
            for view in agreements.list_agreements(self._database)
            if view.status in OPEN_STATES
        ]
        self.table.setRowCount(len(self._rows))
        for row, view in enumerate(self._rows):
            status = (
                self.tr("Waiting for approval")
                if view.status == AgreementState.PENDING_APPROVAL
                else self.tr("Waiting for the countersigned paper")
            )
            made = f"{view.officer_name}, {format_datetime(view.created_at.astimezone())}"
            for column, text in enumerate(
                (view.reference, view.case_reference, view.client_name, made, status)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self._rows:
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("Nothing to follow up."))
        self._update_buttons()

    def _selected(self) -> AgreementView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        view = self._selected()
        may_decide = self._officer is not None and self._officer.role in (
            OfficerRole.SUPERVISOR,
            OfficerRole.ADMINISTRATOR,
        )
        pending = view is not None and view.status == AgreementState.PENDING_APPROVAL
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(pending and may_decide)
        self.countersigned_button.setEnabled(
            view is not None and view.status == AgreementState.AWAITING_COUNTERSIGNATURE
        )

    def _decide(
        self, decision: Callable[[Database, Officer | None, int, str], AgreementView]
    ) -> None:
        view = self._selected()
        if view is None:
            return
        database, officer, reason = self._database, self._officer, self.reason.text()
        self._run(lambda: decision(database, officer, view.id, reason))

    def _record_return(self) -> None:
        view = self._selected()
        if view is None:
            return
        database, officer = self._database, self._officer
        returned: date = self.returned_on.date().toPython()  # type: ignore[assignment]
        self._run(lambda: agreements.record_countersignature(database, officer, view.id, returned))

    def _run(self, work: Callable[[], AgreementView]) -> None:
        """Approving seals the final file: off the GUI thread, buttons held meanwhile."""
        for button in (self.approve_button, self.reject_button, self.countersigned_button):
            button.setEnabled(False)
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._background.submit(work, self._recorded, self._refused)

    def _recorded(self, view: AgreementView) -> None:
        self.unsetCursor()
        self.message.setText(
            self.tr("Agreement {reference}: {status}.").format(
                reference=view.reference, status=self._status_text(view.status)
            )
        )
        self.reason.clear()
        self.data_changed.emit(view.case_id)
        self.reload()
        self.done_working.emit()

    def _refused(self, error: UserFacingError) -> None:
        self.unsetCursor()
        self.message.setText(user_message(error))
        self._update_buttons()
        self.done_working.emit()

    def _status_text(self, status: AgreementState) -> str:
        texts = {
            AgreementState.PENDING_APPROVAL: self.tr("waiting for approval"),
            AgreementState.REJECTED: self.tr("rejected"),
            AgreementState.AWAITING_COUNTERSIGNATURE: self.tr(
                "waiting for the countersigned paper"
            ),
            AgreementState.SIGNED: self.tr("signed"),
        }
        return texts[status]
