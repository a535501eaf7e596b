"""The follow-up of an agreement in the window: the client panel shows the plan's
progress (paid / to come / late / missed) and marks a plan in default; the queue's
"Agreement in default" box filters the cases so marked, flagged in the list."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case
from recouvrement_desktop.domain.recovery import AgreementState, Channel, JournalKind
from recouvrement_desktop.i18n.formatting import format_date, format_money
from recouvrement_desktop.services.agreement_followup import follow_case
from recouvrement_desktop.services.case_queries import CaseFilter, CaseFlags, CaseQueries
from recouvrement_desktop.services.journal import write_payment
from recouvrement_desktop.services.unit_of_work import unit_of_work
from recouvrement_desktop.ui.case_list_panel import CaseListPanel
from recouvrement_desktop.ui.client_panel import ClientPanel
from recouvrement_desktop.ui.history_text import describe
from recouvrement_desktop.ui.operations import OperationRunner

STORED = Path(__file__).parent.parent / "fixtures" / "stored"
INSTALMENT = Decimal("818.89")  # 24 instalments, due on the 25th from December 2026
WAIT_MS = 10_000


def _in_default(database: Database) -> int:
    """The first case of the demonstration gets the stored signed agreement (signed on
    25 November 2026), December's instalment paid, January's missed by 5 February."""
    with database.session() as session:
        case_id = session.scalars(select(Case.id).order_by(Case.id).limit(1)).one()
        officer_id = session.scalars(select(Case.officer_id).where(Case.id == case_id)).one()
    snapshot = json.loads((STORED / "5804b9c-agreement-signed.json").read_text("utf-8"))
    with unit_of_work(database, None) as uow:
        uow.session.add(
            Agreement(
                reference="ACC-TEST-1", case_id=case_id, client_name="—", officer_id=officer_id,
                status=AgreementState.SIGNED, channel=Channel.BRANCH, language="fr",
                signed_at=datetime(2026, 11, 25, 10, tzinfo=UTC), snapshot=snapshot["snapshot"],
            )
        )  # fmt: skip
    _pay(database, case_id, date(2026, 12, 24))
    follow_case(database, case_id, date(2027, 2, 5))
    return case_id


def _pay(database: Database, case_id: int, day: date) -> None:
    with unit_of_work(database, None) as uow:
        write_payment(uow, uow.session.get_one(Case, case_id), INSTALMENT, day)


def test_the_client_panel_shows_the_plans_progress(qtbot: QtBot, demo_database: Database) -> None:
    case_id = _in_default(demo_database)
    detail = CaseQueries(demo_database).detail(case_id, date(2027, 2, 5))  # as the runner reads
    assert detail is not None and detail.plan is not None
    panel = ClientPanel()
    qtbot.addWidget(panel)
    panel.show_detail(detail)
    shown = QTextDocumentFragment.fromHtml(panel.plan_progress.text()).toPlainText()
    assert (
        f"Plan ACC-TEST-1: 1 of 24 instalments paid ({format_money(INSTALMENT)}) · "
        f"22 to come · 0 late ({format_money(Decimal(0))}) · "
        f"1 missed ({format_money(INSTALMENT)})"
    ) in shown
    assert f"⚠ in default since {format_date(date(2027, 2, 5))}" in shown
    # The history says which instalment was missed.
    (missed,) = [e for e in detail.history if e.kind is JournalKind.INSTALMENT_MISSED]
    assert describe(missed) == (
        f"Instalment 2 of ACC-TEST-1 due {format_date(date(2027, 1, 25))} missed "
        f"({format_money(INSTALMENT)} unpaid)"
    )
    # A case without an agreement shows no plan.
    panel.show_detail(None)
    assert panel.plan_progress.isHidden()


def test_the_queue_filters_the_agreements_in_default(
    qtbot: QtBot, demo_database: Database, runner: OperationRunner
) -> None:
    case_id = _in_default(demo_database)
    panel = CaseListPanel(CaseQueries(demo_database), runner)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    signals = [panel.filters.officers_changed, panel.loaded, panel.counted]
    with qtbot.waitSignals(signals, timeout=WAIT_MS):
        panel.refresh()
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(
            panel.filters.agreement_default, Qt.MouseButton.LeftButton, pos=QPoint(5, 5)
        )
    assert panel.model.case_filter == CaseFilter(agreement_in_default=True)
    rows = [panel.model.row_at(n) for n in range(panel.model.rowCount())]
    assert [row.id for row in rows] == [case_id]
    assert CaseFlags.AGREEMENT_DEFAULT in rows[0].flags
    assert "Agreement in default" in panel.model.flag_labels(rows[0].flags)
    # Paid up: the marker goes, and the case leaves the filter.
    _pay(demo_database, case_id, date(2027, 2, 8))
    follow_case(demo_database, case_id, date(2027, 2, 8))
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.refresh()
    assert panel.model.rowCount() == 0
    runner.wait()
