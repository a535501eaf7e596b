"""File → Export outcomes…: the file of ``export outcomes`` for the core banking system,
byte for byte (the same service writes both), for a window of time chosen here.

The window starts at a date (midnight UTC, as ``--since YYYY-MM-DD``) or where the last
export of the supervisor's branch ended (``--since-last``), and ends at a date or, by
default, five minutes ago. The file is written whole, logged and audited off the GUI
thread through the window's ``OperationRunner``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.i18n.formatting import format_integer
from recouvrement_desktop.services.changes import Changes
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.theme import Tone, ToneLabel

if TYPE_CHECKING:  # the window's frame shows before SQLAlchemy is imported
    from recouvrement_desktop.services.export_log import ExportReport
    from recouvrement_desktop.services.workspace import Workspace

__all__ = ["OutcomesExportDialog", "export_action"]

FORMATS: Final = ("csv", "json")  # as ``export outcomes --format``
NOTHING_CHANGED: Final = Changes.of(())  # the export log only: no case, no history


def midnight_utc(day: QDate) -> datetime:
    """A day as ``--since``/``--until YYYY-MM-DD`` reads it."""
    return datetime.combine(date(day.year(), day.month(), day.day()), time(0, tzinfo=UTC))


class OutcomesExportDialog(QDialog):
    exported = Signal()  # the export ended: written or refused

    def __init__(
        self, runner: OperationRunner, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export outcomes"))
        self.setMinimumWidth(560)
        self._runner = runner
        self._workspace = workspace
        self._by = workspace.identity  # who opened it exports, even if the window changes
        self._busy = False

        form = QFormLayout()
        self._build_window(form)
        self._build_file(form)
        self.status = ToneLabel(
            Tone.MUTED,
            self.tr("Without a day, the window ends five minutes ago."),
        )
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def _build_window(self, form: QFormLayout) -> None:
        """Since: the last export's end or a day; until: a day or five minutes ago."""
        today = QDate.currentDate()
        self.since_last = QRadioButton(self.tr("Where the last export ended"))
        self.since_date = QRadioButton(self.tr("From the day"))
        self.since_last.setChecked(True)
        self.since = QDateEdit(today.addDays(-1))
        self.since.setCalendarPopup(True)
        self.since.setEnabled(False)
        self.since_date.toggled.connect(self.since.setEnabled)
        starts = QButtonGroup(self)
        starts.addButton(self.since_last)
        starts.addButton(self.since_date)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_date)
        since_row.addWidget(self.since, 1)
        since_box = QVBoxLayout()
        since_box.addWidget(self.since_last)
        since_box.addLayout(since_row)

        self.until_day = QCheckBox(self.tr("Up to the day (excluded)"))
        self.until = QDateEdit(today)
        self.until.setCalendarPopup(True)
        self.until.setEnabled(False)
        self.until_day.toggled.connect(self.until.setEnabled)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_day)
        until_row.addWidget(self.until, 1)
        form.addRow(self.tr("Since"), since_box)
        form.addRow(self.tr("Until"), until_row)

    def _build_file(self, form: QFormLayout) -> None:
        self.file_format = QComboBox()
        for name in FORMATS:
            self.file_format.addItem(name.upper(), name)
        self.file_format.currentIndexChanged.connect(self._format_chosen)
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The file for the core banking system"))
        self.path.textChanged.connect(self._update_buttons)
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        form.addRow(self.tr("&Format"), self.file_format)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)

    def _format_chosen(self) -> None:
        text = self.path.text()
        if text:  # the file's extension follows the format
            self.path.setText(str(Path(text).with_suffix("." + self.file_format.currentData())))

    def _choose_file(self) -> None:
        chosen = self.file_format.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export outcomes"),
            self.path.text() or f"outcomes.{chosen}",
            self.tr("Export files (*.{extension})").format(extension=chosen),
        )
        if name:
            self.path.setText(name)

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(not self._busy and bool(self.path.text().strip()))

    def export(self) -> None:
        """Write the file of the chosen window, as ``export outcomes`` does."""
        if self._busy or not self.path.text().strip():
            return
        out = Path(self.path.text().strip())
        since_last = self.since_last.isChecked()
        since = None if since_last else midnight_utc(self.since.date())
        until = midnight_utc(self.until.date()) if self.until_day.isChecked() else None
        file_format: str = self.file_format.currentData()
        workspace, by = self._workspace, self._by
        self._busy = True
        self._update_buttons()
        self.status.say(self.tr("Exporting…"), Tone.MUTED)
        self._runner.write(
            lambda: workspace.export_outcomes(
                by,
                out,
                file_format=file_format,
                since=since,
                until=until,
                since_last=since_last,
            ),
            self._done,
            changes=NOTHING_CHANGED,
            failed=self._failed,
            owner=self,
        )

    def _done(self, report: ExportReport) -> None:
        self._busy = False
        self._update_buttons()
        self.status.say(
            self.tr("{rows} events written to {path} (SHA-256 {digest}).").format(
                rows=format_integer(report.rows), path=str(report.path), digest=report.sha256
            ),
            Tone.SUCCESS,
        )
        self.exported.emit()

    def _failed(self, message: str) -> None:
        self._busy = False
        self._update_buttons()
        self.status.say(message, Tone.DANGER)
        self.exported.emit()


def export_action(window: QWidget, runner: OperationRunner, workspace: Workspace) -> QAction:
    """File → Export outcomes…: opens the dialog over *window*."""
    action = QAction(
        QCoreApplication.translate("OutcomesExportDialog", "E&xport outcomes…"), window
    )

    def open_dialog() -> None:
        dialog = OutcomesExportDialog(runner, workspace, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(open_dialog)
    return action
