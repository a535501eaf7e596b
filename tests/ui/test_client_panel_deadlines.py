"""The client panel shows each contract's first unpaid instalment and forclusion date,
read off the GUI thread with the case, and marks a forclusion within 60 days."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Loan
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.recovery import LoanCategory
from recouvrement_desktop.i18n.formatting import format_date
from recouvrement_desktop.services.legal_deadlines import refresh_cases
from recouvrement_desktop.services.unit_of_work import unit_of_work
from recouvrement_desktop.ui.main_window import MainWindow
from tests.ui.conftest import workspace_of
from tests.ui.signing import branch_cases
from tests.ui.test_main_window import _search


def _near_forclusion(database: Database) -> tuple[str, dict[str, date]]:
    """A case of the window's queue whose personal loans fell unpaid 2 years less 30
    days ago (forclusion in 30 days); its other contracts paid up. Set up by the test."""
    officer = workspace_of(database).identity
    assert officer is not None
    first = add_months(date.today() + timedelta(days=30), -24)
    with unit_of_work(database, None) as uow:
        case = uow.session.scalars(
            select(Case)
            .where(branch_cases(officer))
            .where(Case.loans.any(Loan.category == LoanCategory.PERSONAL_LOAN))
            .order_by(Case.id)
        ).first()
        assert case is not None
        dates = {}
        for loan in case.loans:
            if loan.category is LoanCategory.PERSONAL_LOAN:
                loan.first_unpaid_date, loan.days_past_due = first, (date.today() - first).days
                dates[loan.contract_number] = first
            else:
                loan.first_unpaid_date, loan.days_past_due = None, 0
        uow.session.flush()
        refresh_cases(uow.session, [case.id])
        return case.reference, dates


def test_the_panel_shows_and_marks_a_forclusion_near(qtbot: QtBot, demo_database: Database) -> None:
    reference, dates = _near_forclusion(demo_database)
    # The default layout (another test may have saved a narrower one in the settings).
    window = MainWindow(workspace_of(demo_database), demo=True, restore_layout=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.filled, timeout=10_000):
        window.start()
    with qtbot.waitSignal(window.case_shown, timeout=10_000):
        _search(qtbot, window, reference)
    panel = window.client_panel
    assert reference in panel.subtitle.text()
    shown = QTextDocumentFragment.fromHtml(panel.deadlines.text()).toPlainText()
    contracts = [
        item.text() for row in range(panel.loans.rowCount()) if (item := panel.loans.item(row, 0))
    ]
    assert all(contract in shown for contract in contracts)  # every contract, in order
    end = format_date(date.today() + timedelta(days=30))
    for contract, first in dates.items():
        expected = f"{contract}: 1st unpaid {format_date(first)}, forclusion ⚠ {end}"
        assert expected in shown
    assert panel.marked_contracts == list(dates)  # within 60 days: marked, and only those
    assert "⚠" not in shown.replace(f"⚠ {end}", "")
    # Still fits at the default size: the figures of the table need no sideways scroll.
    assert panel.loans.horizontalScrollBar().maximum() == 0
