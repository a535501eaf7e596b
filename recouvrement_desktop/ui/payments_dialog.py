"""Cases → Payments to allocate…: the bank's credits the payments import could not put on
a case (``payments unmatched``), where a supervisor assigns one to a case by its
reference — an audited decision, made by the same service as ``payments allocate``.

The list is read, and each allocation written, off the GUI thread through the window's
``OperationRunner``; an allocation announces the change of cases and history to the
window's panels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.i18n.formatting import format_date, format_money
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.theme import Tone, ToneLabel

if TYPE_CHECKING:  # the window's frame shows before SQLAlchemy is imported
    from recouvrement_desktop.services.payments.allocation import Allocated, PaymentToAllocate
    from recouvrement_desktop.services.workspace import Workspace

__all__ = ["PaymentsDialog", "payments_action"]

#: What an allocation changes: a case's arrears and history (which case: the service
#: names it by reference only).
ALLOCATION_CHANGES: Final = Changes.of(None, Record.CASE, Record.JOURNAL)
_REFERENCE_ROLE: Final = Qt.ItemDataRole.UserRole


class PaymentsDialog(QDialog):
    loaded = Signal()  # the list is shown (or its failure)
    allocated = Signal()  # an allocation ended: written or refused

    def __init__(
        self, runner: OperationRunner, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payments to allocate"))
        self.setMinimumSize(860, 460)
        self._runner = runner
        self._workspace = workspace
        self._by = workspace.identity  # who opened it allocates, even if the window changes
        self._busy = False

        self.status = ToneLabel(Tone.MUTED, self.tr("Reading the payments to allocate…"))
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Booked on"),
                self.tr("Amount"),
                self.tr("Payer"),
                self.tr("Remittance text"),
                self.tr("Why"),
                self.tr("Bank reference"),
                self.tr("File"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.case_reference = QLineEdit()
        self.case_reference.setPlaceholderText("REC-2026-0000123")  # a reference, not a text
        self.case_reference.textChanged.connect(self._update_buttons)
        self.case_reference.returnPressed.connect(self.allocate)
        case_label = QLabel(self.tr("&Case reference"))
        case_label.setBuddy(self.case_reference)
        self.allocate_button = QPushButton(self.tr("&Allocate to this case"))
        self.allocate_button.clicked.connect(self.allocate)
        allocation = QHBoxLayout()
        allocation.addWidget(case_label)
        allocation.addWidget(self.case_reference, 1)
        allocation.addWidget(self.allocate_button)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = self.buttons.addButton(
            self.tr("&Refresh"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.refresh_button.clicked.connect(self.load)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(allocation)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.load()

    # -- reading -------------------------------------------------------------------------

    def load(self) -> None:
        workspace, by = self._workspace, self._by
        self._set_busy(True)
        self._runner.read(
            lambda: workspace.payments_to_allocate(by),
            self._show,
            failed=self._load_failed,
            owner=self,
        )

    def _show(self, payments: list[PaymentToAllocate]) -> None:
        table = self.table
        table.setRowCount(0)
        for row, payment in enumerate(payments):
            table.insertRow(row)
            texts = (
                format_date(payment.booked_on),
                format_money(payment.amount)
                if payment.currency == "EUR"
                else f"{payment.amount} {payment.currency}",
                payment.debtor_name or "",
                payment.remittance or payment.creditor_reference or payment.end_to_end_id or "",
                self._why(payment.reason),
                payment.reference,
                payment.file_name,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setData(_REFERENCE_ROLE, payment.reference)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if payments:
            table.selectRow(0)
            self.status.say(
                self.tr(
                    "%n payment(s) to allocate: choose one, type its case's reference.",
                    "",
                    len(payments),
                ),
                Tone.MUTED,
            )
        else:
            self.status.say(self.tr("No payment is waiting to be allocated."), Tone.SUCCESS)
        self._set_busy(False)
        self.loaded.emit()

    def _why(self, reason: str | None) -> str:
        if reason == "ambiguous":
            return self.tr("Names several cases")
        if reason == "currency":
            return self.tr("Not in euros")
        return self.tr("Names no case")

    def _load_failed(self, message: str) -> None:
        self.status.say(message, Tone.DANGER)
        self._set_busy(False)
        self.loaded.emit()

    # -- allocating ----------------------------------------------------------------------

    def selected_reference(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(_REFERENCE_ROLE)) if items else None

    def allocate(self) -> None:
        reference, case_reference = self.selected_reference(), self.case_reference.text().strip()
        if self._busy or reference is None or not case_reference:
            return
        workspace, by = self._workspace, self._by
        self._set_busy(True)
        self._runner.write(
            lambda: workspace.allocate_payment(by, reference, case_reference),
            self._allocated,
            changes=ALLOCATION_CHANGES,
            failed=self._allocation_failed,
            owner=self,
        )

    def _allocated(self, done: Allocated) -> None:
        self.case_reference.clear()
        for row in range(self.table.rowCount()):  # allocated: no longer waiting
            item = self.table.item(row, 0)
            if item is not None and item.data(_REFERENCE_ROLE) == done.reference:
                self.table.removeRow(row)
                break
        self._set_busy(False)
        self.status.say(
            self.tr("The payment {reference} was allocated to the case {case}.").format(
                reference=done.reference, case=done.case_reference
            ),
            Tone.SUCCESS,
        )
        self.allocated.emit()

    def _allocation_failed(self, message: str) -> None:
        self.status.say(message, Tone.DANGER)
        self._set_busy(False)
        self.allocated.emit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.selected_reference() is not None and bool(self.case_reference.text().strip())
        self.allocate_button.setEnabled(not self._busy and ready)
        self.refresh_button.setEnabled(not self._busy)


def payments_action(window: QWidget, runner: OperationRunner, workspace: Workspace) -> QAction:
    """Cases → Payments to allocate…: opens the dialog over *window*."""
    action = QAction(QCoreApplication.translate("PaymentsDialog", "&Payments to allocate…"), window)

    def open_dialog() -> None:
        dialog = PaymentsDialog(runner, workspace, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(open_dialog)
    return action
