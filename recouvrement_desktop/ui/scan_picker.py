"""The scan of a countersigned paper, attached before the return is recorded.

"Attach scan…" asks for a file (PDF, PNG or JPEG), reads it and checks it at once with
the service's own rules (``services.agreements.scan_type``: not empty, not beyond
``MAX_SCAN_BYTES``, recognised by its first bytes), so that the officer knows straight
away; a refused file leaves nothing attached and says why (``refused``). The chosen
file's name and size are shown, "Remove" forgets it. Tests replace
``_choose_scan_file`` (the only native dialog) and click the real buttons.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.i18n.formatting import format_decimal
from recouvrement_desktop.i18n.messages import user_message
from recouvrement_desktop.services.agreements import (
    MAX_SCAN_BYTES,
    ScanError,
    check_scan_size,
    scan_type,
)
from recouvrement_desktop.ui.theme import Tone, ToneLabel

__all__ = ["ScanPicker"]


class ScanPicker(QWidget):
    """Holds at most one scan (``scan``, ``file_name``); ``changed`` when it changes."""

    changed = Signal()
    refused = Signal(str)  # the translated reason a file was not attached

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scan: bytes | None = None
        self.file_name: str | None = None
        self.name_label = ToneLabel(Tone.MUTED, self.tr("No scan attached"))
        self.name_label.setObjectName("scanName")
        self.name_label.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Attach &scan…"))
        self.attach_button.setObjectName("attachScan")
        self.attach_button.setToolTip(
            self.tr("The returned paper, scanned: PDF, PNG or JPEG, at most {limit} MB").format(
                limit=MAX_SCAN_BYTES // (1024 * 1024)
            )
        )
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setObjectName("removeScan")
        self.remove_button.setEnabled(False)
        self.chosen_label = QLabel()  # the file attached, in the normal text colour
        self.chosen_label.setObjectName("scanChosen")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.hide()

        for button in (self.attach_button, self.remove_button):
            button.setAutoDefault(False)  # Enter elsewhere in the dialog opens no file dialog

        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)  # a long file name gets the whole width
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addWidget(self.chosen_label)
        layout.addLayout(buttons)
        self.attach_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.clear)

    def _choose_scan_file(self) -> str | None:
        """The file the officer picks (the native dialog); ``None`` if cancelled."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Scan of the countersigned paper"),
            "",
            self.tr(
                "Scans (*.pdf *.png *.jpg *.jpeg);;PDF files (*.pdf);;Images (*.png *.jpg *.jpeg)"
            ),
        )
        return name or None

    def choose(self) -> None:
        name = self._choose_scan_file()
        if name:
            self.attach(Path(name))

    def attach(self, path: Path) -> bool:
        """Read and check *path*; on refusal nothing is attached (the previous scan goes
        too, so that what is shown is never a file other than the one just chosen)."""
        self.clear()
        try:
            check_scan_size(path.stat().st_size)  # before reading a huge file into memory
            data = path.read_bytes()
            scan_type(data)
        except ScanError as error:
            self.refused.emit(
                self.tr("{file}: {reason}").format(file=path.name, reason=user_message(error))
            )
            return False
        except OSError as error:
            self.refused.emit(
                self.tr("Cannot read {file}: {error}").format(
                    file=path.name, error=error.strerror or str(error)
                )
            )
            return False
        self.scan = data
        self.file_name = path.name
        self.chosen_label.setText(
            self.tr("{file} ({size})").format(
                file=path.name, size=self._size_text(len(data)).replace(" ", "\N{NO-BREAK SPACE}")
            )
        )
        self.chosen_label.setToolTip(str(path))
        self._show()
        self.changed.emit()
        return True

    def _size_text(self, size: int) -> str:
        """``"245 KB"``, ``"3.4 MB"``: a file size in the interface language."""
        if size < 1024 * 1024:
            kilobytes = max(Decimal(1), (Decimal(size) / 1024).quantize(Decimal(1)))
            return self.tr("{size} KB").format(size=format_decimal(kilobytes))
        megabytes = (Decimal(size) / (1024 * 1024)).quantize(Decimal("0.1"))
        return self.tr("{size} MB").format(size=format_decimal(megabytes))

    def clear(self) -> None:
        had = self.scan is not None
        self.scan = None
        self.file_name = None
        self.chosen_label.clear()
        self._show()
        if had:
            self.changed.emit()

    def _show(self) -> None:
        attached = self.scan is not None
        self.name_label.setVisible(not attached)
        self.chosen_label.setVisible(attached)
        self.remove_button.setEnabled(attached)
