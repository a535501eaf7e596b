"""File → Import a portfolio…: the day's extract from the core banking system, checked
before anything is written.

The supervisor picks the file and its layout (the standard one, a shipped mapping
profile, or one of their own), then **Check**: the file is read and a dry run of the
whole import says what it would create and update, shows the first lines as read and
every line in error with its reason. **Import** then writes it in one transaction, with
a progress bar; Cancel (or closing the dialog) stops it and nothing is written. Both run
off the GUI thread through the window's ``OperationRunner``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.portfolio_rows import RowIssue
from recouvrement_desktop.i18n.domain_messages import translated
from recouvrement_desktop.i18n.formatting import format_datetime, format_integer
from recouvrement_desktop.i18n.translation import translate
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.portfolio.error_report import write_error_report
from recouvrement_desktop.services.portfolio.importer import ImportNotes, import_portfolio
from recouvrement_desktop.services.portfolio.preview import PortfolioPreview, preview_portfolio
from recouvrement_desktop.services.portfolio.profiles import load_profile
from recouvrement_desktop.services.portfolio.report import ImportReport
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.operations import Operation, OperationRunner, Progress
from recouvrement_desktop.ui.theme import Tone, ToneLabel

__all__ = ["PortfolioImportDialog", "import_action"]

#: What an import may change: any case's figures and history.
IMPORT_CHANGES = Changes.of(None, Record.CASE, Record.JOURNAL)


def issue_reason(issue: RowIssue) -> str:
    return translated(issue.message, dict(issue.params))


@dataclass(frozen=True, slots=True)
class _Checked:
    preview: PortfolioPreview
    report: ImportReport


class PortfolioImportDialog(QDialog):
    checked = Signal()  # the preview and the dry run are shown (or their failure)
    imported = Signal()  # the import ended: written, cancelled or refused

    def __init__(
        self, runner: OperationRunner, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a portfolio"))
        self.setMinimumSize(860, 560)
        self._runner = runner
        self._workspace = workspace
        self._by = workspace.identity  # who opened it imports, even if the window changes
        self._operation: Operation[object] | None = None
        self._checked: _Checked | None = None

        form = self._build_choice()
        self.status = ToneLabel(Tone.MUTED, self.tr("Choose a file, then check it."))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self._build_counts()
        self._build_results()
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.counts_box)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def _build_choice(self) -> QFormLayout:
        """The file, its layout, and whether lines in error may be left out."""
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("The day's extract of contracts in arrears"))
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)

        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("Standard layout"), None)
        for profile in sorted(resource_path("import", "profiles").glob("*.toml")):
            self.layout_choice.addItem(profile.stem, str(profile))
        self.layout_choice.addItem(self.tr("Another mapping profile…"), "")
        self.layout_choice.activated.connect(self._layout_chosen)

        self.skip_invalid = QCheckBox(self.tr("Import the valid lines, leave the lines in error"))
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.full_extract = QCheckBox(
            self.tr("The file is the whole extract: the contracts it lacks have left")
        )
        self.full_extract.setChecked(True)
        self.full_extract.toggled.connect(self._forget_check)

        form = QFormLayout()
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(choose)
        layout_label = QLabel(self.tr("&Layout"))
        layout_label.setBuddy(self.layout_choice)
        form.addRow(file_label, file_row)
        form.addRow(layout_label, self.layout_choice)
        form.addRow("", self.full_extract)
        form.addRow("", self.skip_invalid)
        return form

    def _build_counts(self) -> None:
        """What the import would do (after the check) or did, figure by figure."""
        self.counts_box = QGroupBox()
        self.counts_box.setVisible(False)
        grid = QGridLayout(self.counts_box)
        names = (
            ("lines", self.tr("Lines read")),
            ("created_clients", self.tr("New clients")),
            ("created_contracts", self.tr("New contracts")),
            ("created_cases", self.tr("New cases")),
            ("left_contracts", self.tr("Contracts no longer in the extract")),
            ("rejected_lines", self.tr("Lines in error")),
            ("updated_clients", self.tr("Updated clients")),
            ("updated_contracts", self.tr("Updated contracts")),
            ("unchanged", self.tr("Unchanged contracts")),
            ("settle_proposed", self.tr("Cases that may be settled")),
        )
        self.count_labels: dict[str, QLabel] = {}
        for index, (key, text) in enumerate(names):
            row, column = divmod(index, 5)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            self.count_labels[key] = value
            grid.addWidget(QLabel(text), row, column * 2)
            grid.addWidget(value, row, column * 2 + 1)
            grid.setColumnStretch(column * 2, 1)

    def _build_results(self) -> None:
        """The first lines as read, and the lines in error."""
        self.first_lines = self._table()
        self.errors = self._table()
        self.errors.setColumnCount(4)
        self.errors.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Value"), self.tr("Reason")]
        )
        self.errors.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.first_lines, self.tr("First lines"))
        self.tabs.addTab(self.errors, self.tr("Errors"))

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(
            self.tr("C&heck"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_errors_button = self.buttons.addButton(
            self.tr("&Save the errors…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.stop_button = self.buttons.addButton(
            self.tr("S&top"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(self.check)
        self.save_errors_button.clicked.connect(self._save_errors)
        self.import_button.clicked.connect(self.start_import)
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.reject)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 0)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        return table

    # -- choosing ------------------------------------------------------------------------

    def set_file(self, path: Path, profile: Path | None = None) -> None:
        """Choose *path* (and the mapping *profile* that reads it); the check starts over."""
        self.path.setText(str(path))
        if profile is not None:
            index = self.layout_choice.findData(str(profile))
            if index < 0:
                index = self.layout_choice.count() - 1
                self.layout_choice.insertItem(index, profile.stem, str(profile))
            self.layout_choice.setCurrentIndex(index)
        self._forget_check()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Portfolio file"),
            self.path.text(),
            self.tr("Extracts (*.csv *.tsv *.txt);;All files (*)"),
        )
        if name:
            self.set_file(Path(name))

    def _layout_chosen(self, index: int) -> None:
        if self.layout_choice.itemData(index) == "":  # "Another mapping profile…"
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Mapping profile"), "", self.tr("Profiles (*.toml)")
            )
            if name:
                self.set_file(Path(self.path.text()), Path(name))
            else:
                self.layout_choice.setCurrentIndex(0)
        self._forget_check()

    def _profile_path(self) -> Path | None:
        data = self.layout_choice.currentData()
        return Path(data) if data else None

    def _forget_check(self) -> None:
        self._checked = None
        self.counts_box.setVisible(False)
        self.first_lines.setRowCount(0)
        self.errors.setRowCount(0)
        self.tabs.setTabText(1, self.tr("Errors"))
        if self.path.text():
            self.status.say(self.tr("Check the file before importing it."), Tone.MUTED)
        self._update_buttons()

    # -- working -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._operation is not None and not self._operation.finished

    def _update_buttons(self) -> None:
        busy = self.busy
        checked = self._checked
        importable = (
            checked is not None
            and checked.preview.lines > 0
            and checked.report.already is None
            and (not checked.report.rejected or self.skip_invalid.isChecked())
        )
        self.check_button.setEnabled(not busy and bool(self.path.text()))
        self.import_button.setEnabled(not busy and importable)
        self.save_errors_button.setEnabled(
            not busy and checked is not None and bool(checked.report.rejected)
        )
        self.stop_button.setVisible(busy)
        self.close_button.setEnabled(not busy)
        self.progress.setVisible(busy)

    def _follow(self, done: int, total: int, _text: str) -> None:
        self.progress.setMaximum(max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _run(self, operation: Operation[object]) -> None:
        self._operation = operation
        self.progress.setRange(0, 0)  # busy until the first report
        self._update_buttons()

    def check(self) -> None:
        """Read the file and run the whole import without writing it."""
        path, profile_path = Path(self.path.text()), self._profile_path()
        database, by = self._workspace.database, self._by
        full = self.full_extract.isChecked()
        notes = ImportNotes.translated(translate)

        def work(progress: Progress) -> _Checked:
            profile = None if profile_path is None else load_profile(profile_path)
            preview = preview_portfolio(path, profile=profile)
            progress.check()
            report = import_portfolio(
                database, by, path, profile=profile, dry_run=True, full_snapshot=full,
                notes=notes, on_progress=progress.report,
            )  # fmt: skip
            return _Checked(preview, report)

        self.status.say(self.tr("Checking {file}…").format(file=path.name), Tone.MUTED)
        self._checked = None
        operation = self._runner.long(
            work, self._show_check, failed=self._check_failed, progress=self._follow, owner=self
        )
        self._run(operation)  # type: ignore[arg-type]

    def _show_check(self, checked: _Checked) -> None:
        self._checked = checked
        report, preview = checked.report, checked.preview
        self._fill_first_lines(preview)
        self._fill_errors(report.rejected)
        self._show_counts(report, would=True)
        if report.already is not None:
            self._say_already(report)
        elif report.rejected:
            self.status.say(
                self.tr(
                    "%Ln line(s) in error: correct the file, or import the valid lines only.",
                    "",
                    report.rejected_lines,
                ),
                Tone.WARNING,
            )
            self.tabs.setCurrentWidget(self.errors)
        elif preview.lines == 0:
            self.status.say(self.tr("The file holds no contract."), Tone.WARNING)
        else:
            self.status.say(
                self.tr("{file} is ready to import ({encoding}).").format(
                    file=preview.file, encoding=preview.encoding
                ),
                Tone.SUCCESS,
            )
            self.tabs.setCurrentWidget(self.first_lines)
        self._operation = None
        self._update_buttons()
        self.checked.emit()

    def _check_failed(self, message: str) -> None:
        self._operation = None
        self.status.say(message, Tone.DANGER)
        self._update_buttons()
        self.checked.emit()

    def start_import(self) -> None:
        """Write the file, the valid lines only when so chosen; one transaction."""
        path, profile_path = Path(self.path.text()), self._profile_path()
        database, by = self._workspace.database, self._by
        skip_invalid = self.skip_invalid.isChecked()
        full = self.full_extract.isChecked()
        notes = ImportNotes.translated(translate)

        def work(progress: Progress) -> ImportReport:
            profile = None if profile_path is None else load_profile(profile_path)
            return import_portfolio(
                database, by, path, profile=profile, skip_invalid=skip_invalid,
                full_snapshot=full, notes=notes, on_progress=progress.report,
            )  # fmt: skip

        self.status.say(self.tr("Importing {file}…").format(file=path.name), Tone.MUTED)
        operation = self._runner.long(
            work,
            self._show_import,
            changes=lambda report: IMPORT_CHANGES if report.written else Changes.of(()),
            failed=self._import_failed,
            progress=self._follow,
            owner=self,
        )
        self._run(operation)  # type: ignore[arg-type]

    def _show_import(self, report: ImportReport) -> None:
        self._operation = None
        self._fill_errors(report.rejected)
        self._show_counts(report, would=not report.written)
        if report.already is not None:
            self._say_already(report)
        elif report.written:
            self._checked = None  # imported: a second import needs a new check
            self.status.say(self.tr("{file} was imported.").format(file=report.file), Tone.SUCCESS)
        else:
            self.status.say(
                self.tr("The file changed since it was checked: nothing was written."),
                Tone.DANGER,
            )
        self._update_buttons()
        self.imported.emit()

    def _say_already(self, report: ImportReport) -> None:
        assert report.already is not None
        self.status.say(
            self.tr(
                "{file} was already imported on {date} by {name}: it cannot be imported twice."
            ).format(
                file=report.file,
                date=format_datetime(report.already.at),
                name=report.already.by or "—",
            ),
            Tone.WARNING,
        )

    def _import_failed(self, message: str) -> None:
        self._operation = None
        self.status.say(
            self.tr("{reason} Nothing was written.").format(reason=message), Tone.DANGER
        )
        self._update_buttons()
        self.imported.emit()

    def stop(self) -> None:
        """Cancel the check or the import: the transaction rolls back."""
        if self._operation is not None:
            self._operation.cancel()
            self.status.say(self.tr("Stopping…"), Tone.MUTED)

    def reject(self) -> None:
        if self.busy:  # closing stops the work first; nothing half-written remains
            self.stop()
            return
        super().reject()

    # -- showing -------------------------------------------------------------------------

    def _show_counts(self, report: ImportReport, *, would: bool) -> None:
        self.counts_box.setTitle(
            self.tr("What the import would do") if would else self.tr("What the import did")
        )
        for key, label in self.count_labels.items():
            label.setText(format_integer(getattr(report, key)))
        self.counts_box.setVisible(True)

    def _fill_first_lines(self, preview: PortfolioPreview) -> None:
        table = self.first_lines
        table.setRowCount(0)
        table.setColumnCount(len(preview.columns) + 1)
        table.setHorizontalHeaderLabels([self.tr("Line"), *preview.columns])
        for row, (line, cells) in enumerate(preview.first):
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(format_integer(line)))
            for column, cell in enumerate(cells, start=1):
                table.setItem(row, column, QTableWidgetItem(cell))
        table.resizeColumnsToContents()

    def _fill_errors(self, issues: list[RowIssue]) -> None:
        table = self.errors
        table.setRowCount(0)
        for row, issue in enumerate(issues):
            table.insertRow(row)
            for column, text in enumerate(
                (format_integer(issue.line), issue.column, issue.value, issue_reason(issue))
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.tabs.setTabText(1, self.tr("Errors (%Ln)", "", len(issues)))

    def _save_errors(self) -> None:
        if self._checked is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the errors"), "", self.tr("CSV files (*.csv)")
        )
        if name:
            issues = self._checked.report.rejected
            self._runner.read(
                lambda: write_error_report(Path(name), issues, issue_reason),
                lambda _none: self.status.say(
                    self.tr("The errors were saved in {path}.").format(path=name), Tone.MUTED
                ),
                owner=self,
            )


def import_action(window: QWidget, runner: OperationRunner, workspace: Workspace) -> QAction:
    """File → Import a portfolio… (Ctrl+Shift+I): opens the dialog over *window*."""
    action = QAction(
        QCoreApplication.translate("PortfolioImportDialog", "&Import a portfolio…"), window
    )
    action.setShortcut(QKeySequence("Ctrl+Shift+I"))

    def open_dialog() -> None:
        dialog = PortfolioImportDialog(runner, workspace, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(open_dialog)
    return action
