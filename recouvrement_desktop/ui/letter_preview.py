"""The first page of a letter of the day's batch, as it will be printed.

The letter is rendered off the GUI thread (``services/letters.render_letter``, in the
batch's language); QtPdf reads a file, so the PDF is written into the session's private
folder (a client's letter: readable by this user alone) and removed as soon as its
first page is drawn. Selecting another letter meanwhile drops the outcome of the
previous one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services.escalation import BatchLine
from recouvrement_desktop.services.letters import render_letter
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.private_folder import private_folder
from recouvrement_desktop.ui.theme import Tone, ToneLabel

__all__ = ["LETTER_LANGUAGE", "PREVIEW_WIDTH", "LetterPreview", "first_page"]

#: The letters go out in the bank's language (as ``letters send-batch`` by default).
LETTER_LANGUAGE = Language.FRENCH
#: How wide the page is drawn, in pixels (an A4 page at about 60 dpi).
PREVIEW_WIDTH = 500


def first_page(pdf: bytes, path: Path) -> QImage:
    """The first page of *pdf*, drawn PREVIEW_WIDTH wide (a null image if unreadable);
    *pdf* is written to *path* for QtPdf and removed at once."""
    path.write_bytes(pdf)
    try:
        document = QPdfDocument()
        document.load(str(path))
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return QImage()
        page = document.pagePointSize(0)
        height = round(PREVIEW_WIDTH * page.height() / page.width()) if page.width() else 0
        image = document.render(0, QSize(PREVIEW_WIDTH, height or PREVIEW_WIDTH))
        document.close()
        return image
    finally:
        path.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class _Drawn:
    image: QImage


class LetterPreview(QGroupBox):
    previewed = Signal()  # the page is shown (or why it cannot be)

    def __init__(
        self,
        runner: OperationRunner,
        workspace: Workspace,
        reader: Identity | None,
        on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self._runner = runner
        self._database = workspace.database
        self._reader = reader
        self._on = on
        self._generation = 0
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.note = ToneLabel(Tone.MUTED)
        self.note.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)

    def show_letter(self, line: BatchLine | None, title: str) -> None:
        """Draw the letter of *line* (none: show *title* alone), *title* above it."""
        self._generation += 1
        generation = self._generation
        self.page.clear()
        if line is None:
            self.note.say(title, Tone.MUTED)
            return
        self.note.say(title + "…", Tone.MUTED)
        database, reader, on = self._database, self._reader, self._on
        # The folder is made here, on the GUI thread: one folder, whatever runs at once.
        path = private_folder() / f"preview-{generation}-{line.case_reference}.pdf"

        def work() -> _Drawn:
            letter = render_letter(
                database, reader, line.case_reference, line.kind, LETTER_LANGUAGE, today=on
            )
            return _Drawn(first_page(letter.pdf, path))

        self._runner.read(
            work,
            lambda drawn: self._drawn(generation, title, drawn),
            failed=lambda message: self._failed(generation, message),
            owner=self,
        )

    def _drawn(self, generation: int, title: str, drawn: _Drawn) -> None:
        if generation != self._generation:
            return  # another letter was selected meanwhile
        if drawn.image.isNull():
            self.note.say(self.tr("The letter cannot be shown."), Tone.WARNING)
        else:
            self.page.setPixmap(QPixmap.fromImage(drawn.image))
            self.note.say(self.tr("{title}, first page").format(title=title), Tone.MUTED)
        self.previewed.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.note.say(message, Tone.DANGER)
            self.previewed.emit()
