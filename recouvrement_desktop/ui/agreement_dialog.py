"""Client accepts: the dialog that turns the simulator's scenario into an agreement.

It shows the plan in one line, asks for the channel (in the branch: the client and the
officer sign on pads; by phone: the officer alone, the client countersigns the paper
later) and the document's language, then produces the agreement off the GUI thread
(``services.agreements.accept_plan``: guardrails again, render, seal, archive) with a
busy indicator. Then Open, Save as and Print work on the file, all offline. A plan
beyond the officer's delegation waits for a supervisor: the file offered then is the
proposal marked "non binding".

Printing renders each page of the PDF with ``QPdfDocument`` at the printer's resolution
(real pages, not a screenshot of the window), at most ``MAX_PRINT_DPI``:
``render_pdf_to_printer`` takes any ``QPrinter``; the native dialog only chooses it
(``choose_printer``), so that tests print to a PDF file without any dialog.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.guardrails import Assessment
from recouvrement_desktop.domain.recovery import Channel
from recouvrement_desktop.domain.rescheduling import Restructuring
from recouvrement_desktop.domain.signatures import Signatures
from recouvrement_desktop.i18n.formatting import format_date, format_money, format_percent
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services.agreements import (
    AgreementView,
    accept_plan,
    archived_pdf,
    proposal_pdf,
)
from recouvrement_desktop.services.changes import Changes, Record
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.private_folder import private_folder
from recouvrement_desktop.ui.signature_pad import SignatureField

__all__ = [
    "MAX_PRINT_DPI",
    "AgreementDialog",
    "choose_printer",
    "print_pdf",
    "render_pdf_to_printer",
]

#: Pages are rendered at the printer's resolution up to this one: 300 dpi gives sharp
#: text on paper, whereas a 1200 dpi printer (or "print to PDF" in high resolution)
#: would ask for a 9920 × 14030 image, over 500 MB, for each A4 page.
MAX_PRINT_DPI = 300


def render_pdf_to_printer(data: bytes, printer: QPrinter) -> int:
    """Print every page of the PDF *data* on *printer*; returns the number of pages.

    Each page is fitted to the printable area, centred, its aspect kept.
    """
    with tempfile.TemporaryDirectory(prefix="recouvrement-print-") as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(data)
        document = QPdfDocument()
        error = document.load(str(path))
        if error != QPdfDocument.Error.None_:
            raise OSError(f"cannot read the PDF to print ({error.name})")
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("cannot start the printer")
        try:
            count = document.pageCount()
            dpi = printer.resolution()
            render_dpi = min(dpi, MAX_PRINT_DPI)
            for index in range(count):
                if index:
                    printer.newPage()
                points = document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = document.render(
                    index,
                    QSize(
                        round(points.width() * render_dpi / 72),
                        round(points.height() * render_dpi / 72),
                    ),
                )
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                placed = QRect(
                    target.x() + (target.width() - scaled.width()) // 2,
                    target.y() + (target.height() - scaled.height()) // 2,
                    scaled.width(),
                    scaled.height(),
                )
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(placed, image)
        finally:
            painter.end()
            document.close()
        return count


def choose_printer(parent: QWidget | None = None) -> QPrinter | None:
    """The printer the officer picks in the native dialog; ``None`` if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(data: bytes, parent: QWidget | None = None) -> bool:
    """Ask for a printer with the native dialog, then print *data*; ``False`` if cancelled."""
    printer = choose_printer(parent)
    if printer is None:
        return False
    render_pdf_to_printer(data, printer)
    return True


class AgreementDialog(QDialog):
    """Accept the current scenario. ``agreement_made`` carries the ``AgreementView``."""

    agreement_made = Signal(object)
    failed = Signal(str)
    printed = Signal(int)  # the number of pages sent to the printer

    def __init__(
        self,
        runner: OperationRunner,
        workspace: Workspace,
        case_id: int,
        plan: Restructuring,
        assessment: Assessment,
        *,
        session_id: int | None = None,
        channel: Channel = Channel.BRANCH,
        language: Language = Language.FRENCH,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._workspace = workspace
        self._officer = workspace.identity  # who accepts, even if the window's changes
        self._case_id = case_id
        self._plan = plan
        self._assessment = assessment
        self._session_id = session_id
        self.view: AgreementView | None = None
        self.pdf: bytes | None = None
        self._outcome = ""  # what the status says once the agreement is made
        self.setWindowTitle(self.tr("Client accepts the plan"))

        schedule = plan.schedule
        summary = QLabel(
            self.tr(
                "{count} instalments of {amount}, from {first} to {last}, rate {rate}, APR {apr}"
            ).format(
                count=schedule.periods,
                amount=format_money(schedule.installment),
                first=format_date(schedule.first_due),
                last=format_date(schedule.end_date),
                rate=format_percent(schedule.terms.rate_pct),
                apr=format_percent(schedule.apr_pct),
            ),
            self,
        )
        summary.setWordWrap(True)
        self.approval_note = QLabel(
            self.tr(
                "This plan is beyond your delegation: it will wait for a supervisor's "
                "approval, and only a non-binding proposal can be printed until then."
            ),
            self,
        )
        self.approval_note.setWordWrap(True)
        self.approval_note.setVisible(assessment.needs_supervisor_approval)

        self.branch_button = QRadioButton(self.tr("In the branch"), self)
        self.phone_button = QRadioButton(self.tr("By phone"), self)
        group = QButtonGroup(self)
        group.addButton(self.branch_button)
        group.addButton(self.phone_button)
        (self.phone_button if channel is Channel.PHONE else self.branch_button).setChecked(True)
        channels = QHBoxLayout()
        channels.addWidget(self.branch_button)
        channels.addWidget(self.phone_button)
        channels.addStretch(1)

        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("French"), Language.FRENCH.value)
        self.language_box.addItem(self.tr("English"), Language.ENGLISH.value)
        self.language_box.setCurrentIndex(0 if language is Language.FRENCH else 1)

        form = QFormLayout()
        form.addRow(self.tr("Channel"), channels)
        form.addRow(self.tr("Language of the document"), self.language_box)

        self.client_field = SignatureField(self.tr("Client's signature"), self)
        self.officer_field = SignatureField(self.tr("Officer's signature"), self)
        self.phone_note = QLabel(
            self.tr(
                "By phone the agreement is signed by you alone and awaits the client's "
                "countersignature on paper."
            ),
            self,
        )
        self.phone_note.setWordWrap(True)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: rendering and sealing take a moment
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.create_button = QPushButton(self.tr("Create the agreement"), self)
        self.create_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in (self.open_button, self.save_button, self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self.create_agreement)
        self.open_button.clicked.connect(self._open)
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        self.branch_button.toggled.connect(self._channel_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.approval_note)
        layout.addLayout(form)
        layout.addWidget(self.client_field, 1)
        layout.addWidget(self.officer_field, 1)
        layout.addWidget(self.phone_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._channel_changed()

    def channel(self) -> Channel:
        return Channel.PHONE if self.phone_button.isChecked() else Channel.BRANCH

    def language(self) -> Language:
        return Language(str(self.language_box.currentData()))

    def _channel_changed(self) -> None:
        phone = self.channel() is Channel.PHONE
        self.client_field.setVisible(not phone)
        self.phone_note.setVisible(phone)

    def create_agreement(self) -> None:
        """Produce the agreement off the GUI thread (guardrails, render, seal, archive)."""
        channel = self.channel()
        client = None if channel is Channel.PHONE else self.client_field.pad.signature()
        officer_signature = self.officer_field.pad.signature()
        if officer_signature is None or (channel is Channel.BRANCH and client is None):
            self.status.setText(self.tr("Both signatures are needed before creating it."))
            if channel is Channel.PHONE:
                self.status.setText(self.tr("Your signature is needed before creating it."))
            return
        signatures = Signatures(client=client, officer=officer_signature)
        language = self.language()
        database, officer, case_id = self._workspace.database, self._officer, self._case_id
        plan, assessment, session_id = self._plan, self._assessment, self._session_id

        def work() -> tuple[AgreementView, bytes]:
            view = accept_plan(
                database,
                officer,
                case_id,
                plan,
                assessment,
                channel=channel,
                session_id=session_id,
                language=language,
                signatures=signatures,
            )
            if view.binding:
                return view, archived_pdf(database, view.reference)
            return view, proposal_pdf(database, view.reference)

        self.create_button.setEnabled(False)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Producing and sealing the agreement…"))
        self._runner.write(
            work,
            self._done,
            changes=Changes.of([case_id], Record.AGREEMENT, Record.CASE, Record.JOURNAL),
            failed=self._failed,
            what=self.tr("The agreement could not be produced."),
            owner=self,
        )

    def _done(self, outcome: tuple[AgreementView, bytes]) -> None:
        self.view, self.pdf = outcome
        self.progress.setVisible(False)
        for button in (self.open_button, self.save_button, self.print_button):
            button.setEnabled(True)
        if self.view.binding:
            text = self.tr("Agreement {reference} is signed and archived.")
        else:
            text = self.tr(
                "Agreement {reference} awaits a supervisor's approval: the file is a "
                "non-binding proposal."
            )
        self._outcome = text.format(reference=self.view.reference)
        self.status.setText(self._outcome)
        self.agreement_made.emit(self.view)

    def _failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.create_button.setEnabled(True)
        self.status.setText(message)
        self.failed.emit(message)

    def _file_name(self) -> str:
        reference = self.view.reference if self.view else "agreement"
        return (
            f"{reference}.pdf" if self.view and self.view.binding else f"{reference}-proposal.pdf"
        )

    def _open(self) -> None:
        if self.pdf is None:
            return
        path = self.write_for_viewer()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def write_for_viewer(self) -> Path:
        """The document in the session's private folder, for the system's viewer."""
        assert self.pdf is not None
        path = private_folder() / self._file_name()
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as file:
            file.write(self.pdf)
        return path

    def _save(self) -> None:
        if self.pdf is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the agreement"), self._file_name(), self.tr("PDF files (*.pdf)")
        )
        if name:
            try:
                Path(name).write_bytes(self.pdf)
            except OSError as error:
                self.status.setText(
                    self.tr("Cannot write {path}: {error}").format(
                        path=name, error=error.strerror or str(error)
                    )
                )

    def _choose_printer(self) -> QPrinter | None:
        """The printer to use (the native dialog; tests give a PDF printer instead)."""
        return choose_printer(self)

    def _print(self) -> None:
        if self.pdf is None:
            return
        printer = self._choose_printer()
        if printer is None:
            return
        try:
            pages = render_pdf_to_printer(self.pdf, printer)
        except OSError as error:
            self.status.setText(
                self.tr("Cannot print: {error}").format(error=error.strerror or str(error))
            )
            return
        sent = self.tr("%n page(s) sent to the printer.", "", pages)
        self.status.setText(f"{self._outcome} {sent}".strip())
        self.printed.emit(pages)
