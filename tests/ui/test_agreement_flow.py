"""A plan beyond the officer's delegation, from the simulator to a sealed agreement.

Driven through the real window like a day at the branch: the officer lengthens the plan
in the simulator beyond what they may grant, the client accepts ("Client accepts the
plan…"), both sign on the pads, and the agreement waits for a supervisor; the supervisor
opens "Agreements to follow up…", reads why it needs approval, approves it with a reason,
and the agreement is sealed, archived and verifiable.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, JournalEntry, Loan
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.guardrails import WarningCode
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.policy import DEMO_POLICY
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    CaseStage,
    JournalKind,
    LoanCategory,
    OfficerRole,
)
from recouvrement_desktop.i18n.formatting import format_money
from recouvrement_desktop.services import agreements
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.officers import delegation
from recouvrement_desktop.services.simulation import SimulationContext, simulate
from recouvrement_desktop.ui.main_window import MainWindow
from recouvrement_desktop.ui.private_folder import remove_private_folder
from tests.ui.conftest import workspace_of
from tests.ui.signing import LEFT, branch_cases, colleague, draw


@pytest.fixture
def window(qtbot: QtBot, demo_database: Database) -> Iterator[MainWindow]:
    main = MainWindow(workspace_of(demo_database), demo=True, restore_layout=False)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.filled, timeout=10_000):
        main.start()
    yield main


def _case_beyond_delegation(database: Database, officer: Identity) -> tuple[str, int]:
    """A case and a number of instalments that make a plan beyond *officer*'s delegation
    (a longer loan than they may grant) yet acceptable (no usury)."""
    with database.session() as session:  # the cases of the officer's branch: theirs to work
        case_ids = session.scalars(
            select(Case.id)
            .where(Case.stage == CaseStage.AMICABLE, branch_cases(officer))
            .order_by(Case.id)
            .limit(60)
        ).all()
    limits = delegation(database, officer)
    assert limits is not None
    for case_id in case_ids:
        detail = CaseQueries(database).detail(case_id)
        if detail is None or not detail.loans:
            continue
        context = SimulationContext.from_detail(detail, limits)
        periods = context.debt.contract.remaining_periods + limits.max_extension_months + 12
        result = simulate(context, dataclasses.replace(context.default_inputs(), periods=periods))
        assessment = result.assessment
        if assessment and assessment.needs_supervisor_approval and not assessment.blocking:
            return detail.case.reference, periods
    raise AssertionError("no demonstration case for a plan beyond delegation")


def _consumer_case(database: Database, officer: Identity) -> str:
    """A case of *officer*'s branch whose contracts are consumer credits and whose
    default plan may be accepted today (a mortgage amendment waits ten days)."""
    with database.session() as session:
        mortgaged = select(Loan.case_id).where(Loan.category == LoanCategory.MORTGAGE)
        case_ids = session.scalars(
            select(Case.id)
            .where(Case.stage == CaseStage.AMICABLE, branch_cases(officer))
            .where(Case.id.not_in(mortgaged))
            .order_by(Case.id)
            .limit(60)
        ).all()
    limits = delegation(database, officer)
    assert limits is not None
    for case_id in case_ids:
        detail = CaseQueries(database).detail(case_id)
        if detail is None or not detail.loans:
            continue
        context = SimulationContext.from_detail(detail, limits)
        assessment = simulate(context, context.default_inputs()).assessment
        if assessment is not None and not assessment.blocking:
            return detail.case.reference
    raise AssertionError("no demonstration consumer case with an acceptable plan")


def _supervisor(database: Database, officer: Identity) -> Identity:
    """A supervisor of *officer*'s branch: one who may decide on its cases."""
    return colleague(database, officer, OfficerRole.SUPERVISOR)


def test_a_plan_beyond_delegation_is_accepted_then_approved_and_sealed(
    qtbot: QtBot, window: MainWindow, demo_database: Database
) -> None:
    officer = window.officer
    assert officer is not None and officer.role is OfficerRole.OFFICER
    reference, periods = _case_beyond_delegation(demo_database, officer)

    # The officer finds the case and lengthens the plan in the simulator.
    with qtbot.waitSignal(window.case_shown, timeout=5_000):
        qtbot.keyClicks(window.case_list.search, reference)
    simulator = window.simulator
    assert simulator.context is not None and simulator.context.reference == reference
    window.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(simulator.scenario_changed, timeout=5_000):
        simulator.inputs.periods_spin.setValue(periods)
    result = simulator.result
    assert result is not None and result.plan is not None and result.assessment is not None
    assert result.assessment.needs_supervisor_approval

    # The client accepts, in the branch: both sign on the pads.
    dialog = window.accept_plan()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.approval_note.isVisible()  # the officer is told it will wait
    assert dialog.client_field.isVisible()
    draw(dialog.client_field.pad, [(20, 40), (80, 20), (140, 60), (200, 30)])
    draw(dialog.officer_field.pad, [(30, 30), (90, 60), (150, 20)])
    with qtbot.waitSignals([dialog.agreement_made, window.runner.changed], timeout=30_000):
        QTest.mouseClick(dialog.create_button, LEFT)
    pending = dialog.view
    assert pending is not None and pending.status is AgreementState.PENDING_APPROVAL
    assert not pending.binding
    assert dialog.pdf is not None and b"/ByteRange" not in dialog.pdf  # a proposal, unsealed
    assert dialog.print_button.isEnabled()
    # Opened for the viewer: in a folder of the session's own, the user's alone, gone at
    # the end of the session.
    opened = dialog.write_for_viewer()
    assert opened.read_bytes() == dialog.pdf
    assert opened.parent.parent == Path(tempfile.gettempdir())
    assert stat.S_IMODE(opened.stat().st_mode) == 0o600
    assert stat.S_IMODE(opened.parent.stat().st_mode) == 0o700
    remove_private_folder()
    assert not opened.exists() and not opened.parent.exists()
    dialog.close()

    # The supervisor takes the keyboard ("Change officer…") and follows up.
    window.officer = _supervisor(demo_database, officer)
    with qtbot.waitSignal(window.runner.idle, timeout=10_000):
        follow_up = window.follow_up_agreements()
    qtbot.waitExposed(follow_up)
    table = follow_up.table
    references = [table.item(row, 0).text() for row in range(table.rowCount())]  # type: ignore[union-attr]
    table.selectRow(references.index(pending.reference))
    details = follow_up.details
    assert details.text("case") == reference
    assert details.text("installments") == (
        f"{result.plan.schedule.periods} × {format_money(result.plan.schedule.installment)}"
    )
    assert details.reasons.isVisible()
    assert "Extending the loan by" in details.reasons.text()  # the rule beyond delegation
    assert follow_up.decision_box.isVisible() and not follow_up.return_box.isVisible()
    assert follow_up.approve_button.isEnabled()

    follow_up.reason.setFocus()
    qtbot.keyClicks(follow_up.reason, "Recent layoff, a longer plan is the way out")
    with qtbot.waitSignals(
        [follow_up.done_working, follow_up.loaded, window.case_shown], timeout=30_000
    ):
        QTest.mouseClick(follow_up.approve_button, LEFT)
    assert pending.reference in follow_up.message.text()

    # Sealed, archived and verifiable; the case is rescheduled and under watch.
    approved = agreements.get_agreement(demo_database, pending.reference)
    assert approved.status is AgreementState.SIGNED and approved.binding
    assert window.officer is not None and approved.decided_by == window.officer.full_name
    assert approved.decision_reason == "Recent layoff, a longer plan is the way out"
    assert approved.snapshot.model.signatures.client is not None
    sealed = agreements.archived_pdf(demo_database, pending.reference)
    assert sealed.startswith(b"%PDF") and b"/ByteRange" in sealed
    verdict, found = agreements.verify_file(demo_database, sealed)
    assert verdict.valid, verdict.reason
    assert found is not None and found.reference == pending.reference
    assert pending.reference not in [
        table.item(row, 0).text()  # type: ignore[union-attr]
        for row in range(table.rowCount())
    ]
    assert approved.decided_at is not None
    with demo_database.session() as session:
        case = session.get(Case, approved.case_id)
        assert case is not None and case.stage is CaseStage.RESCHEDULED
        stage = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.case_id == case.id, JournalEntry.kind == JournalKind.STAGE_CHANGE)
            .order_by(JournalEntry.id.desc())
        ).first()
    assert stage is not None and stage.payload is not None
    watch_until = add_months(
        approved.decided_at.astimezone().date(), DEMO_POLICY.watch_period_months
    )
    assert stage.payload["watch_until"] == watch_until.isoformat()
    codes = [w.code for w in approved.snapshot.approval_reasons]
    assert WarningCode.DELEGATION_EXTENSION.value in codes


def test_a_database_held_by_another_writer_never_leaves_the_dialog_stuck(
    qtbot: QtBot, demo_database: Database
) -> None:
    """The write lock is held elsewhere past the busy timeout when the officer creates
    the agreement: a clear message, both signatures still there, and creating again
    once the lock is gone works."""
    path = demo_database.sqlite_path
    assert path is not None
    impatient = Database(f"sqlite:///{path}", busy_timeout_ms=300)
    main = MainWindow(workspace_of(impatient), demo=True, restore_layout=False)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.filled, timeout=10_000):
        main.start()
    assert main.officer is not None
    reference = _consumer_case(impatient, main.officer)
    with qtbot.waitSignal(main.case_shown, timeout=10_000):
        qtbot.keyClicks(main.case_list.search, reference)
    main.tabs.setCurrentIndex(1)
    qtbot.waitUntil(
        lambda: (
            main.simulator.result is not None
            and main.simulator.result.plan is not None
            and main.simulator.context is not None
            and main.simulator.context.reference == reference
        ),
        timeout=10_000,
    )
    dialog = main.accept_plan()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    draw(dialog.client_field.pad, [(20, 40), (80, 20), (140, 60)])
    draw(dialog.officer_field.pad, [(30, 30), (90, 60), (150, 20)])
    blocker = sqlite3.connect(path, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with qtbot.waitSignal(dialog.failed, timeout=20_000) as failed:
            QTest.mouseClick(dialog.create_button, LEFT)
        assert "busy" in failed.args[0] and "nothing was saved" in failed.args[0]
        assert dialog.status.text() == failed.args[0]
        assert dialog.create_button.isEnabled() and not dialog.progress.isVisible()
        assert not dialog.client_field.pad.is_empty() and not dialog.officer_field.pad.is_empty()
        blocker.execute("ROLLBACK")
        with qtbot.waitSignal(dialog.agreement_made, timeout=30_000):
            QTest.mouseClick(dialog.create_button, LEFT)
        assert dialog.view is not None
    finally:
        blocker.close()
        dialog.close()
        main.close()
        impatient.dispose()
