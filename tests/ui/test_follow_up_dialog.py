"""Following up agreements in the window: a supervisor decides on plans beyond an
officer's delegation; the countersigned paper of a phone agreement is recorded."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AgreementState, Case, Officer
from recouvrement_desktop.domain.recovery import CaseStage, Channel, OfficerRole
from recouvrement_desktop.services import agreements
from recouvrement_desktop.services.agreements import AgreementView
from recouvrement_desktop.services.simulation import SimulationContext, simulate
from recouvrement_desktop.ui.follow_up_dialog import FollowUpDialog


def _officer(database: Database, role: OfficerRole) -> Officer:
    with database.session() as session:
        found = session.scalars(select(Officer).where(Officer.role == role)).first()
    assert found is not None
    return found


def _agreement(
    database: Database, officer: Officer, periods: int, channel: Channel
) -> AgreementView:
    with database.session() as session:
        case = session.scalars(
            select(Case).where(Case.stage == CaseStage.AMICABLE).order_by(Case.id)
        ).first()
        assert case is not None
        context = SimulationContext.from_case(
            case.reference, case.client, list(case.loans), officer, today=date.today()
        )
        case_id = case.id
    result = simulate(context, dataclasses.replace(context.default_inputs(), periods=periods))
    assert result.plan is not None and result.assessment is not None
    return agreements.accept_plan(
        database, officer, case_id, result.plan, result.assessment, channel=channel
    )


def test_a_supervisor_approves_a_plan_beyond_delegation(
    qtbot: QtBot, demo_database: Database
) -> None:
    officer = _officer(demo_database, OfficerRole.OFFICER)
    pending = _agreement(demo_database, officer, 120, Channel.PHONE)  # 10 years: beyond
    assert pending.status == AgreementState.PENDING_APPROVAL

    as_officer = FollowUpDialog(demo_database, officer)
    qtbot.addWidget(as_officer)
    assert not as_officer.approve_button.isEnabled()  # an officer cannot decide

    dialog = FollowUpDialog(demo_database, _officer(demo_database, OfficerRole.SUPERVISOR))
    qtbot.addWidget(dialog)
    references = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    dialog.table.selectRow(references.index(pending.reference))
    assert dialog.approve_button.isEnabled()

    with qtbot.waitSignal(dialog.done_working, timeout=20_000):
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert "reason" in dialog.message.text().lower()  # a decision needs its reason

    dialog.reason.setText("Licenciement récent, plan long justifié")  # keyClicks: ASCII only
    with qtbot.waitSignals([dialog.done_working, dialog.data_changed], timeout=20_000):
        qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    decided = agreements.get_agreement(demo_database, pending.reference)
    assert decided.status == AgreementState.AWAITING_COUNTERSIGNATURE  # made by phone
    assert decided.decided_by is not None and decided.decision_reason

    # The paper comes back countersigned.
    references = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    dialog.table.selectRow(references.index(pending.reference))
    with qtbot.waitSignal(dialog.done_working, timeout=20_000):
        qtbot.mouseClick(dialog.countersigned_button, Qt.MouseButton.LeftButton)
    assert agreements.get_agreement(demo_database, pending.reference).status == (
        AgreementState.SIGNED
    )
    remaining = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert pending.reference not in remaining
