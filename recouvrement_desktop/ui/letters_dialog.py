"""Cases → Letters to send…: the day's escalation batch, reviewed before it goes out.

The list shows every case the policy has a letter for (``services/escalation.py``):
due, held for a supervisor's approval, or skipped with its reason, grouped by status
(each column sorts on a click). Beside it, the first page of the selected letter as it
will be printed (``LetterPreview``). An officer may keep a letter out of the batch
(a reason is required); a supervisor approves a held one and sends the due letters:
``letter_batch.send_batch`` writes one PDF to print and one CSV for the e-mail and SMS
gateway into the folder chosen, which the dialog then offers to open. Every call goes
through the window's ``OperationRunner``; each write announces the cases it touched
and the list reads the batch again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.escalation import Status
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.letters import LetterKind, kind_name
from recouvrement_desktop.domain.permissions import Permission, allows
from recouvrement_desktop.i18n.domain_messages import translated
from recouvrement_desktop.i18n.formatting import format_integer
from recouvrement_desktop.i18n.translation import translate
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.escalation import (
    BatchLine,
    approve_letter,
    due_letters,
    exclude_letter,
)
from recouvrement_desktop.services.letter_batch import SentBatch, send_batch
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.labels import label
from recouvrement_desktop.ui.letter_preview import (
    LETTER_LANGUAGE,
    PREVIEW_WIDTH,
    LetterPreview,
)
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.theme import Tone, ToneLabel

__all__ = ["LettersDialog", "letters_action", "reason_text"]

#: What a decision or a sent letter changes: the case's history and its last contact.
LETTER_CHANGE = (Record.JOURNAL, Record.CASE)
#: The list's groups, in their order.
STATUS_ORDER = (Status.DUE, Status.AWAITING_APPROVAL, Status.SKIPPED)
#: The list's columns.
CASE, CLIENT, KIND, CHANNEL, STATUS, REASON = range(6)


def reason_text(line: BatchLine) -> str:
    """The line's reasons, translated (as ``letters due`` prints them)."""
    return "; ".join(translated(part.message, dict(part.params)) for part in line.reasons)


class _SortedItem(QTableWidgetItem):
    """An item that sorts by a key of its own (the status by its group's order)."""

    def __init__(self, text: str, key: tuple[int, str]) -> None:
        super().__init__(text)
        self._key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _SortedItem):
            return self._key < other._key
        return super().__lt__(other)


class LettersDialog(QDialog):
    loaded = Signal()  # the list shows the batch as it is now (or why it cannot)
    done_working = Signal()  # a decision or a send ended: recorded or refused

    def __init__(
        self,
        runner: OperationRunner,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        on: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letters to send"))
        self._runner = runner
        self._workspace = workspace
        self._officer: Identity | None = workspace.identity  # who opened it acts
        self._on = on or date.today()
        self._lines: dict[int, BatchLine] = {}
        self._busy = False
        self._generation = 0
        self.last_batch: SentBatch | None = None
        self._sent_folder: Path | None = None
        self._previewing: tuple[int, LetterKind] | None = None

        self.summary = ToneLabel(Tone.MUTED, self.tr("Reading the day's batch…"))
        self.summary.setWordWrap(True)
        self._build_table()
        self.preview = LetterPreview(runner, workspace, self._officer, self._on)
        self.preview.show_letter(None, self.tr("Select a letter to see it."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([760, PREVIEW_WIDTH + 60])  # the page whole in its width

        self.message = ToneLabel(Tone.MUTED)
        self.message.setObjectName("lettersMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("&Open the folder"))
        self.open_folder_button.setVisible(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.open_folder_button)
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(message_row)
        layout.addWidget(self.buttons)
        self.resize(1340, 760)
        runner.changed.connect(self._on_changes)
        self._update_buttons()
        self.reload()

    # -- building ------------------------------------------------------------------------

    def _build_table(self) -> None:
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Client"), self.tr("Letter"), self.tr("Channel"),
             self.tr("Status"), self.tr("Reason")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in (CASE, CLIENT, KIND, CHANNEL, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        # Grouped by status at first (due, awaiting approval, skipped); a click on a
        # column's header sorts by it.
        header.setSortIndicator(STATUS, Qt.SortOrder.AscendingOrder)
        self.table.itemSelectionChanged.connect(self._selection_changed)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.exclude_button = self.buttons.addButton(
            self.tr("&Exclude…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.approve_button = self.buttons.addButton(
            self.tr("&Approve"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.send_button = self.buttons.addButton(
            self.tr("&Send the due letters…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (
            self.exclude_button,
            self.approve_button,
            self.send_button,
            self.close_button,
        ):
            button.setAutoDefault(False)  # each action is a click, never Enter
        self.exclude_button.clicked.connect(self.exclude)
        self.approve_button.clicked.connect(self.approve)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)

    # -- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the day's batch again (off the GUI thread; ``loaded`` follows)."""
        self._generation += 1
        generation, database, reader, on = (
            self._generation,
            self._workspace.database,
            self._officer,
            self._on,
        )
        self._runner.read(
            lambda: due_letters(database, reader, on=on),
            lambda lines: self._show_lines(generation, lines),
            failed=self._load_failed,
            owner=self,
        )

    def _load_failed(self, message: str) -> None:
        self.summary.say(message, Tone.DANGER)
        self.loaded.emit()

    def _show_lines(self, generation: int, lines: tuple[BatchLine, ...]) -> None:
        if generation != self._generation:
            return  # a newer reading is on its way
        selected = self.selected_line()
        ordered = sorted(lines, key=lambda x: (STATUS_ORDER.index(x.status), x.case_reference))
        self._lines = {line.case_id: line for line in ordered}
        self.table.setSortingEnabled(False)  # rows stay where they are put while filling
        self.table.setRowCount(len(ordered))
        for row, line in enumerate(ordered):
            texts = (
                line.case_reference,
                line.client_name,
                self.kind_text(line.kind),
                label(line.channel),
                self.status_text(line.status),
                reason_text(line),
            )
            for column, text in enumerate(texts):
                item = (
                    _SortedItem(text, (STATUS_ORDER.index(line.status), line.case_reference))
                    if column == STATUS
                    else QTableWidgetItem(text)
                )
                item.setToolTip(text)
                if column == CASE:
                    item.setData(Qt.ItemDataRole.UserRole, line.case_id)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self._say_counts(ordered)
        if selected is not None and selected.case_id in self._lines:
            self.select_case(selected.case_id)  # the line in hand stays selected
        elif ordered:
            self.table.selectRow(0)
        self._selection_changed()
        self.loaded.emit()

    def _say_counts(self, lines: list[BatchLine]) -> None:
        counts = {status: sum(line.status is status for line in lines) for status in Status}
        self.summary.say(
            self.tr("{day}: {due} due, {held} awaiting approval, {skipped} skipped").format(
                day=self._on.isoformat(),
                due=format_integer(counts[Status.DUE]),
                held=format_integer(counts[Status.AWAITING_APPROVAL]),
                skipped=format_integer(counts[Status.SKIPPED]),
            ),
            Tone.MUTED,
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.concerns(Record.JOURNAL, Record.CASE, Record.AGREEMENT):
            self.reload()

    # -- the line in hand ----------------------------------------------------------------

    def lines(self) -> list[BatchLine]:
        """The lines in the order the table shows them."""
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, CASE)
            if item is not None:
                found.append(self._lines[int(item.data(Qt.ItemDataRole.UserRole))])
        return found

    def selected_line(self) -> BatchLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), CASE)
        return None if item is None else self._lines.get(int(item.data(Qt.ItemDataRole.UserRole)))

    def select_case(self, case_id: int) -> None:
        for row, line in enumerate(self.lines()):
            if line.case_id == case_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        self._update_buttons()
        line = self.selected_line()
        letter = None if line is None else (line.case_id, line.kind)
        if letter == self._previewing:
            return  # the same letter (the list read again): drawn already, or on its way
        self._previewing = letter
        if line is None:
            self.preview.show_letter(None, self.tr("Select a letter to see it."))
            return
        self.preview.show_letter(
            line,
            self.tr("{kind} for case {case}").format(
                kind=self.kind_text(line.kind), case=line.case_reference
            ),
        )

    # -- acting --------------------------------------------------------------------------

    def _may(self, permission: Permission) -> bool:
        """What the role allows (the service checks it again against the database)."""
        return self._officer is not None and allows(self._officer.role, permission)

    def _update_buttons(self) -> None:
        line = self.selected_line()
        free = not self._busy
        self.exclude_button.setEnabled(
            free
            and line is not None
            and line.status in (Status.DUE, Status.AWAITING_APPROVAL)
            and self._may(Permission.WORK_CASES)
        )
        self.approve_button.setEnabled(
            free
            and line is not None
            and line.status is Status.AWAITING_APPROVAL
            and self._may(Permission.APPROVE_PLANS)
        )
        if not self._may(Permission.APPROVE_PLANS):
            self.approve_button.setToolTip(self.tr("Only a supervisor may approve a letter."))
        if not self._may(Permission.SEND_LETTERS):
            self.send_button.setToolTip(self.tr("Only a supervisor may send the letters."))
        self.send_button.setEnabled(
            free
            and self._may(Permission.SEND_LETTERS)
            and any(line.status is Status.DUE for line in self._lines.values())
        )
        self.close_button.setEnabled(free)

    def exclude(self) -> None:
        """Keep the selected letter out of the batch; asks for the reason (required)."""
        line = self.selected_line()
        if line is None:
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Exclude a letter"),
            self.tr("Why should {case} not receive the {kind}? (required)").format(
                case=line.case_reference, kind=self.kind_text(line.kind)
            ),
        )
        if not accepted:
            return
        if not reason.strip():
            self.message.say(self.tr("A reason is required to exclude a letter."), Tone.WARNING)
            return
        database, officer, on = self._workspace.database, self._officer, self._on
        self._decide(
            line,
            lambda: exclude_letter(
                database, officer, line.case_reference, line.kind, reason.strip(), on=on
            ),
            self.tr("{kind} of case {case} excluded."),
        )

    def approve(self) -> None:
        """A supervisor allows the selected held letter: the next send includes it."""
        line = self.selected_line()
        if line is None:
            return
        database, officer, on = self._workspace.database, self._officer, self._on
        self._decide(
            line,
            lambda: approve_letter(database, officer, line.case_reference, line.kind, on=on),
            self.tr("{kind} of case {case} approved."),
        )

    def _decide(self, line: BatchLine, work: Callable[[], None], said: str) -> None:
        self._hold()
        self._runner.write(
            work,
            lambda _none: self._decided(
                said.format(kind=self.kind_text(line.kind), case=line.case_reference)
            ),
            changes=Changes.of([line.case_id], *LETTER_CHANGE),
            failed=self._refused,
            what=self.tr("The decision could not be recorded."),
            owner=self,
        )

    def _decided(self, text: str) -> None:
        self._release()
        self.message.say(text, Tone.SUCCESS)
        self.open_folder_button.setVisible(False)
        self.done_working.emit()  # the list follows with the change the runner announces

    def default_folder(self) -> Path:
        """Where the batch's files go unless chosen otherwise: under the documents."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home()) / self.tr("Letters to send")

    def send(self) -> None:
        """Ask for a folder, then send the due letters into it."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the day's letters"), str(self.default_folder())
        )
        if not chosen:
            return
        out_dir = Path(chosen)
        database, officer, on = self._workspace.database, self._officer, self._on
        by_reference = {line.case_reference: line.case_id for line in self._lines.values()}

        def work() -> SentBatch:
            return send_batch(database, officer, on=on, out_dir=out_dir, language=LETTER_LANGUAGE)

        def changes(batch: SentBatch) -> Changes:
            sent = [by_reference.get(letter.case_reference) for letter in batch.sent]
            known = [case_id for case_id in sent if case_id is not None]
            # a case the list did not show (read before a colleague's change): any case
            return Changes.of(known if len(known) == len(sent) else None, *LETTER_CHANGE)

        self._hold()
        self.message.say(self.tr("Sending the due letters…"), Tone.MUTED)
        # A write: once asked, the send runs to its end even if the window closes.
        self._runner.write(
            work,
            self._sent,
            changes=changes,
            failed=self._refused,
            what=self.tr("The letters could not be sent."),
            owner=self,
        )

    def _sent(self, batch: SentBatch) -> None:
        self._release()
        self.last_batch = batch
        if not batch.sent:
            self.message.say(self.tr("Nothing to send: no letter is due."), Tone.MUTED)
            self.open_folder_button.setVisible(False)
            self.done_working.emit()
            return
        parts = [self.tr("%n letter(s) sent.", "", len(batch.sent))]
        if batch.print_pdf is not None:
            parts.append(self.tr("To print: {path}").format(path=str(batch.print_pdf)))
        if batch.gateway_csv is not None:
            parts.append(
                self.tr("For the e-mail and SMS gateway: {path}").format(
                    path=str(batch.gateway_csv)
                )
            )
        self.message.say("\n".join(parts), Tone.SUCCESS)
        written = batch.print_pdf or batch.gateway_csv
        self._sent_folder = written.parent if written is not None else None
        self.open_folder_button.setVisible(self._sent_folder is not None)
        self.done_working.emit()

    def open_folder(self) -> None:
        """Show the folder of the files just written in the system's file manager."""
        if self._sent_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._sent_folder)))

    def _refused(self, message: str) -> None:
        self._release()
        self.message.say(message, Tone.DANGER)
        self.done_working.emit()

    def _hold(self) -> None:
        self._busy = True
        self._update_buttons()
        self.setCursor(Qt.CursorShape.BusyCursor)

    def _release(self) -> None:
        self._busy = False
        self.unsetCursor()
        self._update_buttons()

    def reject(self) -> None:
        if self._busy:  # a send or a decision is being recorded: it ends first
            return
        super().reject()

    # -- texts ---------------------------------------------------------------------------

    def status_text(self, status: Status) -> str:
        return {
            Status.DUE: self.tr("due"),
            Status.AWAITING_APPROVAL: self.tr("awaiting approval"),
            Status.SKIPPED: self.tr("skipped"),
            Status.NOT_DUE: self.tr("not due"),
        }[status]

    def kind_text(self, kind: LetterKind) -> str:
        return translate("Domain", kind_name(kind))


def letters_action(window: QWidget, runner: OperationRunner, workspace: Workspace) -> QAction:
    """Cases → Letters to send…: opens the dialog over *window*."""
    action = QAction(QCoreApplication.translate("LettersDialog", "&Letters to send…"), window)

    def open_dialog() -> None:
        dialog = LettersDialog(runner, workspace, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(open_dialog)
    return action
