"""Printing an agreement, without the native print dialog.

The accept dialog's "Print…" asks for a printer (``_choose_printer``: the native dialog,
replaced here by a printer writing a PDF file) and renders every page of the agreement
on it (``render_pdf_to_printer``). The printed file is then read back with poppler
(``pdfinfo``, ``pdftoppm``), another PDF implementation than Qt's: as many pages as the
agreement, none of them blank.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, qGray
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.agreement_dialog import (
    MAX_PRINT_DPI,
    AgreementDialog,
    render_pdf_to_printer,
)
from recouvrement_desktop.ui.operations import OperationRunner
from tests.ui.signing import LEFT, case_within_delegation, draw


@pytest.fixture(autouse=True)
def _poppler() -> None:
    missing = [tool for tool in ("pdfinfo", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        message = f"poppler-utils are not installed ({', '.join(missing)})"
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(f"{message}; CI installs them (.ci/run)")
        pytest.skip(message)


def pages_of(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE)
    assert found is not None, info.stdout
    return int(found.group(1))


def ink_of_pages(path: Path, folder: Path) -> list[float]:
    """The share of dark pixels of each page, rendered by poppler at 30 dpi."""
    folder.mkdir(parents=True, exist_ok=True)
    prefix = folder / path.stem
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(prefix)], check=True)
    shares = []
    for image_path in sorted(folder.glob(f"{path.stem}-*.png")):
        image = QImage(str(image_path))
        assert not image.isNull()
        dark = sum(
            1
            for y in range(image.height())
            for x in range(image.width())
            if qGray(image.pixel(x, y)) < 128
        )
        shares.append(dark / (image.width() * image.height()))
    return shares


def pdf_printer(path: Path, dpi: int = 150) -> QPrinter:
    """A printer that writes a PDF file (what "Print to PDF" does)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


@pytest.fixture
def signed_dialog(
    qtbot: QtBot, runner: OperationRunner, demo_database: Database, generous_officer: Identity
) -> AgreementDialog:
    """The accept dialog once the agreement is signed and sealed."""
    case_id, result = case_within_delegation(demo_database, generous_officer)
    assert result.plan is not None and result.assessment is not None
    dialog = AgreementDialog(
        runner,
        Workspace(demo_database, generous_officer),
        case_id,
        result.plan,
        result.assessment,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    draw(dialog.client_field.pad, [(20, 40), (80, 20), (140, 60), (200, 30)])
    draw(dialog.officer_field.pad, [(30, 30), (90, 60), (150, 20)])
    with qtbot.waitSignal(dialog.agreement_made, timeout=30_000):
        QTest.mouseClick(dialog.create_button, LEFT)
    assert dialog.view is not None and dialog.view.binding and dialog.pdf is not None
    return dialog


def test_print_renders_every_page_of_the_agreement(
    qtbot: QtBot, signed_dialog: AgreementDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = signed_dialog
    assert dialog.pdf is not None
    agreement = tmp_path / "agreement.pdf"
    agreement.write_bytes(dialog.pdf)
    printed = tmp_path / "printed.pdf"
    monkeypatch.setattr(dialog, "_choose_printer", lambda: pdf_printer(printed))

    with qtbot.waitSignal(dialog.printed, timeout=30_000) as sent:
        QTest.mouseClick(dialog.print_button, LEFT)
    expected = pages_of(agreement)
    assert expected >= 2
    assert sent.args == [expected]
    assert pages_of(printed) == expected
    # "3 pages sent…" once the English catalogue has its plural forms, "3 page(s)…" before.
    assert re.search(rf"\b{expected} page(s|\(s\)) sent to the printer", dialog.status.text())
    assert "signed and archived" in dialog.status.text()  # what was said stays said

    ink = ink_of_pages(printed, tmp_path / "pages")
    assert len(ink) == expected
    original = ink_of_pages(agreement, tmp_path / "original")
    for page, (share, reference) in enumerate(zip(ink, original, strict=True), start=1):
        assert share > 0.002, f"page {page} of the printed file is blank"
        # A rasterised page comes out lighter at 30 dpi (its thin strokes are greyed by
        # the rendering at the printer's resolution), but not a mostly empty page.
        assert share > reference / 4, f"page {page} lacks most of its content"


def test_cancelling_the_choice_of_printer_prints_nothing(
    qtbot: QtBot, signed_dialog: AgreementDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = signed_dialog
    before = dialog.status.text()
    monkeypatch.setattr(dialog, "_choose_printer", lambda: None)
    with qtbot.assertNotEmitted(dialog.printed):
        QTest.mouseClick(dialog.print_button, LEFT)
    assert dialog.status.text() == before


def test_a_high_resolution_printer_gets_pages_rendered_at_most_at_the_cap(
    signed_dialog: AgreementDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert signed_dialog.pdf is not None
    sizes: list[QSize] = []
    render = QPdfDocument.render

    def spy(document: QPdfDocument, page: int, size: QSize) -> QImage:
        sizes.append(size)
        return render(document, page, size)

    monkeypatch.setattr(QPdfDocument, "render", spy)
    printed = tmp_path / "printed-1200dpi.pdf"
    count = render_pdf_to_printer(signed_dialog.pdf, pdf_printer(printed, dpi=1200))
    assert count == len(sizes) == pages_of(printed)
    a4_width_at_cap = round(595.3 * MAX_PRINT_DPI / 72)
    assert all(abs(size.width() - a4_width_at_cap) <= 2 for size in sizes)
    assert all(share > 0.002 for share in ink_of_pages(printed, tmp_path / "pages"))
