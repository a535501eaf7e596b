"""Agreements still open: a supervisor approves or rejects the plans beyond delegation,
and an officer records the countersigned paper coming back from a phone agreement.

The list shows each open agreement with its plan in one line; the pane below shows the
selected one in figures with the rules it goes beyond (``AgreementDetails``), beside
what can be done with it: the decision (a reason is required) for a plan waiting for
approval, or the date the paper came back (not in the future, not before the agreement)
and an optional scan of it (``ScanPicker``) for one waiting for its countersignature.
"""

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
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.permissions import Permission, allows
from recouvrement_desktop.domain.recovery import AgreementState
from recouvrement_desktop.i18n.formatting import format_datetime, format_money
from recouvrement_desktop.services import agreements
from recouvrement_desktop.services.agreements import AgreementView
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.agreement_details import AgreementDetails
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.scan_picker import ScanPicker
from recouvrement_desktop.ui.theme import Tone, ToneLabel

OPEN_STATES = (AgreementState.PENDING_APPROVAL, AgreementState.AWAITING_COUNTERSIGNATURE)
#: What a decision or a returned paper changes: the agreement, the case and its history.
AGREEMENT_CHANGE = (Record.AGREEMENT, Record.CASE, Record.JOURNAL)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class FollowUpDialog(QDialog):
    done_working = Signal()  # a decision or a return was recorded (or refused)
    loaded = Signal()  # the list shows the agreements as they are now

    def __init__(
        self, runner: OperationRunner, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreements to follow up"))
        self._runner = runner
        self._workspace = workspace
        self._officer = workspace.identity  # who opened it decides, even if the window changes
        self._rows: list[AgreementView] = []
        self._busy = False
        self._generation = 0

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Agreement"), self.tr("Case"), self.tr("Client"), self.tr("Plan"),
             self.tr("Made by"), self.tr("Status")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3):  # references and the plan: as wide as their text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.details = AgreementDetails()
        scroll = QScrollArea()  # many warnings on a small screen: scroll, not grow
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.details)
        scroll.viewport().setAutoFillBackground(False)  # the group box's own background
        self.details.setAutoFillBackground(False)
        details_box = QGroupBox(self.tr("Plan"))
        details_layout = QVBoxLayout(details_box)
        details_layout.addWidget(scroll)

        # The decision on a plan beyond delegation.
        self.decision_box = QGroupBox(self.tr("Supervisor's decision"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for the decision (required)"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.decider_note = ToneLabel(
            Tone.MUTED, self.tr("Only a supervisor may approve or reject a plan.")
        )
        self.decider_note.setWordWrap(True)
        decision_buttons = QHBoxLayout()
        decision_buttons.addStretch(1)
        decision_buttons.addWidget(self.reject_button)
        decision_buttons.addWidget(self.approve_button)
        decision_form = QFormLayout(self.decision_box)
        decision_form.addRow(self.tr("Reason"), self.reason)
        decision_form.addRow(decision_buttons)
        decision_form.addRow(self.decider_note)

        # The countersigned paper coming back.
        self.return_box = QGroupBox(self.tr("Countersigned paper returned"))
        self.returned_on = QDateEdit(QDate.currentDate())
        self.returned_on.setCalendarPopup(True)
        self.returned_on.setMaximumDate(QDate.currentDate())
        self.scan_picker = ScanPicker()
        self.countersigned_button = QPushButton(self.tr("Paper &returned, countersigned"))
        return_buttons = QHBoxLayout()
        return_buttons.addStretch(1)
        return_buttons.addWidget(self.countersigned_button)
        return_form = QFormLayout(self.return_box)
        return_form.addRow(self.tr("Returned on"), self.returned_on)
        return_form.addRow(self.tr("Scan"), self.scan_picker)
        return_form.addRow(return_buttons)

        actions = QVBoxLayout()
        actions.addWidget(self.decision_box)
        actions.addWidget(self.return_box)
        actions.addStretch(1)
        lower = QHBoxLayout()
        lower.addWidget(details_box, 3)
        lower.addLayout(actions, 2)

        self.message = QLabel()
        self.message.setObjectName("followUpMessage")
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # Enter in the reason must not approve, reject or close: each is a click.
        for button in (
            self.approve_button,
            self.reject_button,
            self.countersigned_button,
            close.button(QDialogButtonBox.StandardButton.Close),
        ):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(lower, 2)
        layout.addWidget(self.message)
        layout.addWidget(close)

        self.approve_button.clicked.connect(lambda: self._decide(approved=True))
        self.reject_button.clicked.connect(lambda: self._decide(approved=False))
        self.countersigned_button.clicked.connect(self._record_return)
        self.scan_picker.refused.connect(self.message.setText)
        self.scan_picker.changed.connect(self.message.clear)
        self.resize(1040, 640)
        runner.changed.connect(self._on_changes)
        self.reload()

    def reload(self) -> None:
        """Read the open agreements again (off the GUI thread; ``loaded`` follows)."""
        self._generation += 1
        generation, database, reader = self._generation, self._workspace.database, self._officer
        self._runner.read(
            lambda: [
                view
                for view in agreements.list_agreements(database, reader=reader)
                if view.status in OPEN_STATES
            ],
            lambda rows: self._show_rows(generation, rows),
            failed=self.message.setText,
            owner=self,
        )

    def _show_rows(self, generation: int, rows: list[AgreementView]) -> None:
        if generation != self._generation:
            return  # a newer reading is on its way
        selected = self._selected()
        self._rows = rows
        self.table.setRowCount(len(self._rows))
        for row, view in enumerate(self._rows):
            status = (
                self.tr("Waiting for approval")
                if view.status == AgreementState.PENDING_APPROVAL
                else self.tr("Waiting for the countersigned paper")
            )
            made = f"{view.officer_name}, {format_datetime(view.created_at.astimezone())}"
            plan = self.tr("{count} × {amount}").format(
                count=view.periods, amount=format_money(view.installment)
            )
            for column, text in enumerate(
                (view.reference, view.case_reference, view.client_name, plan, made, status)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        ids = [view.id for view in self._rows]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))  # the one in hand stays selected
        elif self._rows:
            self.table.selectRow(0)
        elif not self.message.text():
            self.message.setText(self.tr("Nothing to follow up."))
        self._selection_changed()
        self.loaded.emit()

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Record.AGREEMENT):
            self.reload()

    def _selected(self) -> AgreementView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        view = self._selected()
        self.details.set_agreement(view)
        awaiting = view is not None and view.status == AgreementState.AWAITING_COUNTERSIGNATURE
        if awaiting and view is not None:
            made_on = view.created_at.astimezone().date()
            self.returned_on.setMinimumDate(_qdate(made_on))
            self.returned_on.setMaximumDate(QDate.currentDate())
            self.returned_on.setDate(QDate.currentDate())
            self.scan_picker.clear()  # a scan belongs to the paper of one agreement
        self._update_buttons()

    def _may_decide(self) -> bool:
        """What the role allows (the service checks it again against the database)."""
        return self._officer is not None and allows(self._officer.role, Permission.APPROVE_PLANS)

    def _update_buttons(self) -> None:
        view = self._selected()
        pending = view is not None and view.status == AgreementState.PENDING_APPROVAL
        awaiting = view is not None and view.status == AgreementState.AWAITING_COUNTERSIGNATURE
        self.decision_box.setVisible(pending)
        self.return_box.setVisible(awaiting)
        self.decider_note.setVisible(not self._may_decide())
        self.reason.setEnabled(self._may_decide() and not self._busy)
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(pending and self._may_decide() and not self._busy)
        self.countersigned_button.setEnabled(awaiting and not self._busy)
        self.scan_picker.setEnabled(awaiting and not self._busy)
        self.returned_on.setEnabled(awaiting and not self._busy)

    def _decide(self, approved: bool) -> None:
        view = self._selected()
        if view is None:
            return
        database, officer, reason = self._workspace.database, self._officer, self.reason.text()
        decision = agreements.approve if approved else agreements.reject
        self._run(view, lambda: decision(database, officer, view.id, reason))

    def _record_return(self) -> None:
        view = self._selected()
        if view is None:
            return
        database, officer = self._workspace.database, self._officer
        returned: date = self.returned_on.date().toPython()  # type: ignore[assignment]
        scan = self.scan_picker.scan
        self._run(
            view,
            lambda: agreements.record_countersignature(database, officer, view.id, returned, scan),
        )

    def _run(self, view: AgreementView, work: Callable[[], AgreementView]) -> None:
        """Approving seals the final file: off the GUI thread, buttons held meanwhile."""
        self._busy = True
        self._update_buttons()
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._runner.write(
            work,
            self._recorded,
            changes=Changes.of([view.case_id], *AGREEMENT_CHANGE),
            failed=self._refused,
            what=self.tr("The decision could not be recorded."),
            owner=self,
        )

    def _recorded(self, view: AgreementView) -> None:
        self._busy = False
        self.unsetCursor()
        self.reason.clear()
        self.message.setText(
            self.tr("Agreement {reference}: {status}.").format(
                reference=view.reference, status=self._status_text(view.status)
            )
        )
        self.done_working.emit()  # the list follows with the change the runner announces

    def _refused(self, message: str) -> None:
        self._busy = False
        self.unsetCursor()
        self.message.setText(message)
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
