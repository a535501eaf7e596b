"""Following up agreements in the window: a supervisor decides on plans beyond an
officer's delegation; the countersigned paper of a phone agreement is recorded."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, AuditEvent, Case, Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import AgreementState, CaseStage, Channel, OfficerRole
from recouvrement_desktop.i18n.formatting import format_date, format_money, format_percent
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.i18n.translation import install_translators
from recouvrement_desktop.services import agreements
from recouvrement_desktop.services.agreements import AgreementView
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.officers import delegation
from recouvrement_desktop.services.simulation import SimulationContext, simulate
from recouvrement_desktop.services.views import identity_of
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui.follow_up_dialog import FollowUpDialog
from recouvrement_desktop.ui.operations import OperationRunner
from tests.ui.signing import branch_cases, colleague


def _officer(database: Database, role: OfficerRole) -> Identity:
    with database.session() as session:
        found = session.scalars(
            select(Officer).where(Officer.role == role).order_by(Officer.id)
        ).first()
        assert found is not None
        return identity_of(found)


def _dialog(
    qtbot: QtBot, runner: OperationRunner, database: Database, officer: Identity
) -> FollowUpDialog:
    """The dialog as *officer* opens it, its list read."""
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        dialog = FollowUpDialog(runner, Workspace(database, officer))
    qtbot.addWidget(dialog)
    return dialog


def _references(dialog: FollowUpDialog) -> list[str]:
    return [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]  # type: ignore[union-attr]


def _agreement(
    database: Database, officer: Identity, periods: int, channel: Channel
) -> AgreementView:
    with database.session() as session:  # a case of the officer's branch: theirs to work
        case_id = session.scalars(
            select(Case.id)
            .where(Case.stage == CaseStage.AMICABLE, branch_cases(officer))
            .order_by(Case.id)
        ).first()
    assert case_id is not None
    detail = CaseQueries(database).detail(case_id)
    assert detail is not None
    context = SimulationContext.from_detail(
        detail, delegation(database, officer), today=date.today()
    )
    result = simulate(context, dataclasses.replace(context.default_inputs(), periods=periods))
    assert result.plan is not None and result.assessment is not None
    return agreements.accept_plan(
        database, officer, case_id, result.plan, result.assessment, channel=channel
    )


def test_a_supervisor_approves_a_plan_beyond_delegation(
    qtbot: QtBot, runner: OperationRunner, demo_database: Database
) -> None:
    officer = _officer(demo_database, OfficerRole.OFFICER)
    pending = _agreement(demo_database, officer, 120, Channel.PHONE)  # 10 years: beyond
    assert pending.status == AgreementState.PENDING_APPROVAL

    as_officer = _dialog(qtbot, runner, demo_database, officer)
    assert not as_officer.approve_button.isEnabled()  # an officer cannot decide
    assert as_officer.decider_note.isVisibleTo(as_officer)  # and is told so

    supervisor = colleague(demo_database, officer, OfficerRole.SUPERVISOR)  # of the branch
    dialog = _dialog(qtbot, runner, demo_database, supervisor)
    dialog.show()
    qtbot.waitExposed(dialog)
    references = _references(dialog)
    dialog.table.selectRow(references.index(pending.reference))
    assert dialog.approve_button.isEnabled()
    assert dialog.decision_box.isVisible() and not dialog.return_box.isVisible()
    assert not dialog.decider_note.isVisible()

    # The plan in figures, and why it needs approval, without opening the case.
    summary = agreements.plan_summary(pending)
    details = dialog.details
    assert details.text("client") == pending.client_name
    assert details.text("case") == pending.case_reference
    assert details.text("installments") == f"120 × {format_money(pending.installment)}"
    assert details.text("debt") == format_money(summary.debt)
    assert details.text("first_due") == format_date(summary.first_due)
    assert details.text("last_due") == format_date(summary.last_due)
    assert details.text("rate") == format_percent(summary.rate_pct)
    assert details.text("apr") == format_percent(summary.apr_pct)
    assert details.text("total_cost") == format_money(summary.total_cost)
    assert details.reasons.isVisible()
    assert "Extending the loan by" in details.reasons.text()
    assert "exceeds your delegation of 24 months" in details.reasons.text()
    assert officer.full_name in details.proposed.text()
    row = references.index(pending.reference)
    assert dialog.table.item(row, 3).text() == f"120 × {format_money(pending.installment)}"  # type: ignore[union-attr]

    with qtbot.waitSignal(dialog.done_working, timeout=20_000):
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert "reason" in dialog.message.text().lower()  # a decision needs its reason

    dialog.reason.setText("Licenciement récent, plan long justifié")  # keyClicks: ASCII only
    # Decided, then the list follows the change the runner announced.
    with qtbot.waitSignals([dialog.done_working, dialog.loaded], timeout=20_000, order="strict"):
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    decided = agreements.get_agreement(demo_database, pending.reference)
    assert decided.status == AgreementState.AWAITING_COUNTERSIGNATURE  # made by phone
    assert decided.decided_by == supervisor.full_name and decided.decision_reason
    assert dialog.message.text() == (
        f"Agreement {pending.reference}: waiting for the countersigned paper."
    )

    # The paper comes back countersigned.
    dialog.table.selectRow(_references(dialog).index(pending.reference))
    with qtbot.waitSignals([dialog.done_working, dialog.loaded], timeout=20_000, order="strict"):
        qtbot.mouseClick(dialog.countersigned_button, Qt.MouseButton.LeftButton)
    assert agreements.get_agreement(demo_database, pending.reference).status == (
        AgreementState.SIGNED
    )
    assert pending.reference not in _references(dialog)


# ------------------------------------------------------------ the paper coming back

PDF_SCAN = b"%PDF-1.4\n% the countersigned paper, scanned\n%%EOF\n"


def _awaiting(
    qtbot: QtBot, runner: OperationRunner, database: Database
) -> tuple[FollowUpDialog, AgreementView]:
    officer = _officer(database, OfficerRole.OFFICER)
    view = _agreement(database, officer, 12, Channel.PHONE)  # within delegation, by phone
    assert view.status == AgreementState.AWAITING_COUNTERSIGNATURE
    dialog = _dialog(qtbot, runner, database, officer)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.selectRow(_references(dialog).index(view.reference))
    assert dialog.return_box.isVisible() and not dialog.decision_box.isVisible()
    return dialog, view


def _choose(monkeypatch: pytest.MonkeyPatch, dialog: FollowUpDialog, path: Path | None) -> None:
    """What the officer picks in the file dialog (``None``: cancelled)."""
    monkeypatch.setattr(
        dialog.scan_picker, "_choose_scan_file", lambda: None if path is None else str(path)
    )


def test_the_returned_paper_is_recorded_with_its_scan(
    qtbot: QtBot,
    runner: OperationRunner,
    demo_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog, view = _awaiting(qtbot, runner, demo_database)
    picker = dialog.scan_picker
    made_on = view.created_at.astimezone().date()
    assert dialog.returned_on.minimumDate().toPython() == made_on  # not before the agreement
    assert dialog.returned_on.maximumDate().toPython() == date.today()  # nor in the future
    assert dialog.returned_on.date().toPython() == date.today()
    assert picker.name_label.text() == "No scan attached"
    assert not picker.remove_button.isEnabled()

    _choose(monkeypatch, dialog, None)  # cancelled: nothing changes
    qtbot.mouseClick(picker.attach_button, Qt.MouseButton.LeftButton)
    assert picker.scan is None

    first = tmp_path / "wrong-paper.pdf"
    first.write_bytes(PDF_SCAN + b"% another one\n")
    _choose(monkeypatch, dialog, first)
    with qtbot.waitSignal(picker.changed):
        qtbot.mouseClick(picker.attach_button, Qt.MouseButton.LeftButton)
    assert picker.file_name == "wrong-paper.pdf"
    assert "wrong-paper.pdf" in picker.chosen_label.text() and picker.chosen_label.isVisible()
    with qtbot.waitSignal(picker.changed):
        qtbot.mouseClick(picker.remove_button, Qt.MouseButton.LeftButton)
    assert picker.scan is None and picker.name_label.isVisible()

    scan = tmp_path / "contresigne.pdf"
    scan.write_bytes(PDF_SCAN)
    _choose(monkeypatch, dialog, scan)
    qtbot.mouseClick(picker.attach_button, Qt.MouseButton.LeftButton)
    assert "contresigne.pdf" in picker.chosen_label.text()

    dialog.returned_on.setDate(QDate.currentDate().addDays(3))  # clamped: not in the future
    assert dialog.returned_on.date() == QDate.currentDate()
    with qtbot.waitSignals([dialog.done_working, dialog.loaded], timeout=20_000):
        qtbot.mouseClick(dialog.countersigned_button, Qt.MouseButton.LeftButton)
    done = agreements.get_agreement(demo_database, view.reference)
    assert done.status == AgreementState.SIGNED
    assert done.countersigned_on == date.today() and done.has_scan
    with demo_database.session() as session:
        row = session.get(Agreement, view.id)
        assert row is not None and row.countersignature_scan == PDF_SCAN
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "agreement.countersigned")
        ).one()
    assert event.details["scan_sha256"] == hashlib.sha256(PDF_SCAN).hexdigest()
    assert view.reference in dialog.message.text()


def _too_large(path: Path) -> Path:
    with path.open("wb") as file:  # sparse: the size without the disk space
        file.write(b"%PDF-")
        file.truncate(agreements.MAX_SCAN_BYTES + 1)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda folder: folder / "missing.pdf", "Cannot read missing.pdf"),
        (lambda folder: folder, "Cannot read"),  # a folder, not a file
        (lambda folder: _write(folder / "empty.pdf", b""), "empty.pdf: The scan is an empty file."),
        (
            lambda folder: _write(folder / "letter.txt", b"Dear Sir,"),
            "letter.txt: The scan must be a PDF, PNG or JPEG file.",
        ),
        (
            lambda folder: _write(folder / "renamed.pdf", b"PK\x03\x04 a zip archive"),
            "renamed.pdf: The scan must be a PDF, PNG or JPEG file.",
        ),
        (
            lambda folder: _too_large(folder / "huge.pdf"),
            "huge.pdf: The scan is larger than 20 MB.",
        ),
    ],
    ids=["missing", "folder", "empty", "text", "wrong-type", "too-large"],
)
def test_a_wrong_scan_is_refused_with_its_reason_and_nothing_is_attached(
    qtbot: QtBot,
    runner: OperationRunner,
    demo_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make: Callable[[Path], Path],
    expected: str,
) -> None:
    dialog, view = _awaiting(qtbot, runner, demo_database)
    picker = dialog.scan_picker
    good = _write(tmp_path / "good.png", b"\x89PNG\r\n\x1a\n" + bytes(32))
    _choose(monkeypatch, dialog, good)
    qtbot.mouseClick(picker.attach_button, Qt.MouseButton.LeftButton)
    assert picker.scan is not None

    _choose(monkeypatch, dialog, make(tmp_path))
    with qtbot.waitSignal(picker.refused):
        qtbot.mouseClick(picker.attach_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith(expected)
    assert picker.scan is None and picker.file_name is None  # the earlier one is gone too
    assert picker.name_label.isVisible() and not picker.remove_button.isEnabled()
    assert agreements.get_agreement(demo_database, view.reference).status == (
        AgreementState.AWAITING_COUNTERSIGNATURE
    )


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_the_details_speak_french(
    qtbot: QtBot, runner: OperationRunner, demo_database: Database
) -> None:
    app = QApplication.instance()
    assert app is not None
    officer = _officer(demo_database, OfficerRole.OFFICER)
    pending = _agreement(demo_database, officer, 120, Channel.BRANCH)
    install_translators(app, Language.FRENCH)
    supervisor = colleague(demo_database, officer, OfficerRole.SUPERVISOR)  # of the branch
    dialog = _dialog(qtbot, runner, demo_database, supervisor)
    dialog.table.selectRow(_references(dialog).index(pending.reference))
    summary = agreements.plan_summary(pending)
    details = dialog.details
    money = format_money(pending.installment, Language.FRENCH)
    assert money.endswith("\xa0€") and "," in money
    assert details.text("installments").endswith(money)
    assert details.text("first_due") == summary.first_due.strftime("%d/%m/%Y")
    assert details.text("rate") == format_percent(summary.rate_pct, Language.FRENCH)
    # The guardrail's message comes from the French catalogue (context "Domain").
    assert "délégation" in details.reasons.text()


def test_a_supervisor_never_decides_on_their_own_plan(
    qtbot: QtBot, runner: OperationRunner, demo_database: Database
) -> None:
    """Four eyes: the service refuses, the dialog says why, nothing changes."""
    supervisor = _officer(demo_database, OfficerRole.SUPERVISOR)
    own = _agreement(demo_database, supervisor, 240, Channel.BRANCH)
    assert own.status == AgreementState.PENDING_APPROVAL
    dialog = _dialog(qtbot, runner, demo_database, supervisor)
    dialog.table.selectRow(_references(dialog).index(own.reference))
    dialog.reason.setText("Plan justifié")
    with qtbot.waitSignal(dialog.done_working, timeout=20_000):
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "You made this plan: another supervisor must decide on it."
    assert agreements.get_agreement(demo_database, own.reference).status == (
        AgreementState.PENDING_APPROVAL
    )
