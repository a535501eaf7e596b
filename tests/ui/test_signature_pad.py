"""The signature pad, drawn with mouse events like a hand at the desk, and the accept
dialog that puts the drawn signatures into a sealed agreement."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import AgreementState, Channel
from recouvrement_desktop.ui.agreement_dialog import AgreementDialog, render_pdf_to_printer
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.signature_pad import SignatureField, SignaturePad
from tests.ui.conftest import workspace_of
from tests.ui.signing import LEFT, NONE, case_within_delegation, draw

# How ReportLab sets documents.agreement_pdf.SIGNATURE_INK as the stroke colour.
SIGNATURE_INK_OPERATOR = b".043137 .164706 .435294 RG"


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    if pos is None:
        QTest.mouseClick(widget, LEFT)
    else:
        QTest.mouseClick(widget, LEFT, NONE, pos)


def make_pad(qtbot: QtBot) -> SignaturePad:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 100)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def test_strokes_are_normalised_polylines(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    assert pad.is_empty() and pad.signature() is None
    with qtbot.waitSignal(pad.changed):
        draw(pad, [(40, 50), (120, 20), (200, 80), (360, 60)])
    strokes = pad.strokes()
    assert len(strokes) == 1
    assert strokes[0][0] == (0.1, 0.5)
    assert strokes[0][-1] == (0.9, 0.6)
    assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in strokes[0])
    signature = pad.signature()
    assert signature is not None
    assert signature.aspect == 4.0 and signature.signed_at is not None


def test_undo_redo_and_clear(qtbot: QtBot) -> None:
    field = SignatureField("Client")
    qtbot.addWidget(field)
    field.resize(420, 160)
    field.show()
    qtbot.waitExposed(field)
    pad = field.pad
    assert not field.undo_button.isEnabled() and not field.redo_button.isEnabled()
    draw(pad, [(20, 20), (60, 60)])
    draw(pad, [(100, 20), (140, 60), (180, 30)])
    click(pad, QPoint(300, 40))  # a dot
    assert len(pad.strokes()) == 3
    assert pad.strokes()[2][0] == pad.strokes()[2][1]

    click(field.undo_button)
    assert len(pad.strokes()) == 2 and field.redo_button.isEnabled()
    click(field.redo_button)
    assert len(pad.strokes()) == 3

    click(field.clear_button)
    assert pad.is_empty() and not field.clear_button.isEnabled()
    click(field.redo_button)  # redo brings the cleared strokes back
    assert len(pad.strokes()) == 3

    click(field.undo_button)
    draw(pad, [(10, 10), (30, 30)])  # a new stroke forgets what could be redone
    assert not pad.can_redo() and len(pad.strokes()) == 3


def test_the_pad_paints_without_warnings(qtbot: QtBot) -> None:
    pad = make_pad(qtbot)
    image = pad.grab()
    assert not image.isNull()
    draw(pad, [(40, 50), (120, 20)])
    assert not pad.grab().isNull()


# ------------------------------------------------------------- the accept dialog


def test_the_dialog_produces_a_signed_sealed_agreement(
    qtbot: QtBot,
    demo_database: Database,
    runner: OperationRunner,
    generous_officer: Identity,
    tmp_path: Path,
) -> None:
    case_id, result = case_within_delegation(demo_database, generous_officer)
    assert result.plan is not None and result.assessment is not None
    dialog = AgreementDialog(
        runner,
        workspace_of(demo_database, generous_officer),
        case_id,
        result.plan,
        result.assessment,
    )
    qtbot.addWidget(dialog)
    dialog.resize(640, 620)
    dialog.show()
    qtbot.waitExposed(dialog)

    dialog.create_agreement()  # nothing signed yet: refused, with a reason
    assert dialog.view is None and dialog.status.text()

    draw(dialog.client_field.pad, [(20, 40), (80, 20), (140, 60), (200, 30)])
    draw(dialog.officer_field.pad, [(30, 30), (90, 60), (150, 20)])
    client_strokes = dialog.client_field.pad.strokes()
    with qtbot.waitSignal(dialog.agreement_made, timeout=30000):
        click(dialog.create_button)
    assert dialog.view is not None and dialog.view.binding
    assert dialog.open_button.isEnabled() and dialog.print_button.isEnabled()
    signatures = dialog.view.snapshot.model.signatures
    assert signatures.client is not None
    assert [[tuple(p) for p in s] for s in signatures.client.strokes] == [
        list(s) for s in client_strokes
    ]
    assert signatures.officer is not None
    assert dialog.pdf is not None and dialog.pdf.startswith(b"%PDF")

    path = tmp_path / "agreement.pdf"
    path.write_bytes(dialog.pdf)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Gérard Large" in text
        assert dialog.view.client_name.split()[-1] in text
    if shutil.which("pdfsig"):
        checked = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=False)
        assert "Signature is Valid" in checked.stdout
    if shutil.which("qpdf"):  # the signatures are vector paths in the signature ink
        plain = tmp_path / "plain.pdf"
        subprocess.run(
            ["qpdf", "--qdf", "--object-streams=disable", str(path), str(plain)], check=False
        )
        blocks = plain.read_bytes().split(SIGNATURE_INK_OPERATOR)[1:]
        shapes = []
        for block in blocks:
            path_line = next(line for line in block.splitlines() if line.startswith(b"n "))
            shapes.append((path_line.count(b" m"), path_line.count(b" l")))
        assert sorted(shapes) == [(1, 2), (1, 3)]  # one stroke each: 3 and 4 points

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setResolution(72)
    assert render_pdf_to_printer(dialog.pdf, printer) >= 2
    assert printed.read_bytes().startswith(b"%PDF")


def test_by_phone_only_the_officer_signs(
    qtbot: QtBot, demo_database: Database, runner: OperationRunner, generous_officer: Identity
) -> None:
    case_id, result = case_within_delegation(demo_database, generous_officer)
    assert result.plan is not None and result.assessment is not None
    dialog = AgreementDialog(
        runner,
        workspace_of(demo_database, generous_officer),
        case_id,
        result.plan,
        result.assessment,
        channel=Channel.PHONE,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.client_field.isVisible()
    draw(dialog.officer_field.pad, [(30, 30), (90, 60), (150, 20)])
    with qtbot.waitSignal(dialog.agreement_made, timeout=30000):
        click(dialog.create_button)
    assert dialog.view is not None
    assert dialog.view.status is AgreementState.AWAITING_COUNTERSIGNATURE
