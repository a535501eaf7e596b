"""The client panel's loans view shows each contract's rate type (when variable), its
co-borrowers, guarantors and guarantees, read off the GUI thread with the case."""

from __future__ import annotations

from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case
from recouvrement_desktop.domain.recovery import RateType
from recouvrement_desktop.services.unit_of_work import unit_of_work
from recouvrement_desktop.ui.main_window import MainWindow
from tests.ui.conftest import workspace_of
from tests.ui.signing import branch_cases
from tests.ui.test_main_window import _search


def _with_parties(database: Database) -> tuple[str, str]:
    """A case of the window's queue whose first contract is given parties by the test."""
    officer = workspace_of(database).identity
    assert officer is not None
    with unit_of_work(database, None) as uow:
        case = uow.session.scalars(select(Case).where(branch_cases(officer)).order_by(Case.id))
        first = case.first()
        assert first is not None
        loan = first.loans[0]
        loan.rate_type = RateType.VARIABLE
        loan.co_borrowers = "Mme Claire DURAND; M. Luc DURAND"
        loan.guarantors = "M. Pierre ROUX"
        loan.guarantee = "Caution de M. Pierre ROUX"
        return first.reference, loan.contract_number


def test_the_loans_view_shows_the_parties(qtbot: QtBot, demo_database: Database) -> None:
    reference, contract = _with_parties(demo_database)
    window = MainWindow(workspace_of(demo_database), demo=True, restore_layout=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.filled, timeout=10_000):
        window.start()
    with qtbot.waitSignal(window.case_shown, timeout=10_000):
        _search(qtbot, window, reference)
    panel = window.client_panel
    assert panel.parties.isVisible()
    shown = QTextDocumentFragment.fromHtml(panel.parties.text()).toPlainText()
    assert (
        f"{contract}: Variable rate · co-borrower: Mme Claire DURAND, M. Luc DURAND · "
        "guarantor: M. Pierre ROUX · guarantee: Caution de M. Pierre ROUX"
    ) in shown
    rate = panel.loans.item(0, 2)
    assert rate is not None and rate.toolTip() == "Variable rate"
