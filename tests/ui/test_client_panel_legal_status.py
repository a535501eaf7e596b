"""The client panel shows the case's overindebtedness file and the client's FICP
registration, read off the GUI thread with the case (through the operation runner), and
says nothing when there is neither."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case
from recouvrement_desktop.domain.recovery import OverindebtednessStatus
from recouvrement_desktop.i18n.formatting import format_date
from recouvrement_desktop.services.overindebtedness import (
    record_status,
    register_ficp,
    remove_ficp,
)
from recouvrement_desktop.ui.main_window import MainWindow
from tests.ui.conftest import workspace_of
from tests.ui.signing import branch_cases
from tests.ui.test_main_window import _search, _started

FILED, ADMISSIBLE = date(2026, 10, 2), date(2026, 10, 30)
REGISTERED, REMOVED = date(2026, 9, 15), date(2026, 11, 20)


def _two_cases(database: Database) -> tuple[int, str, str]:
    """Two cases of the window's branch: the first gets a file and a registration."""
    officer = workspace_of(database).identity
    assert officer is not None
    with database.session() as session:
        rows = session.execute(
            select(Case.id, Case.reference)
            .where(branch_cases(officer), Case.officer_id.is_not(None))
            .order_by(Case.id)
            .limit(2)
        ).all()
    (case_id, reference), (_, plain) = rows
    record_status(database, officer, case_id, OverindebtednessStatus.FILED, FILED)
    record_status(database, officer, case_id, OverindebtednessStatus.ADMISSIBLE, ADMISSIBLE)
    register_ficp(database, officer, case_id, REGISTERED, "contrat PP1 : 3 échéances impayées")
    remove_ficp(database, officer, case_id, REMOVED)
    return case_id, reference, plain


def test_the_panel_shows_the_file_and_the_registration(
    qtbot: QtBot, demo_database: Database
) -> None:
    _case_id, reference, plain = _two_cases(demo_database)
    window: MainWindow = _started(qtbot, demo_database)
    with qtbot.waitSignal(window.case_shown, timeout=10_000):
        _search(qtbot, window, reference)
    panel = window.client_panel
    assert reference in panel.subtitle.text()
    lines = panel.legal_status.text().splitlines()
    assert lines == [
        f"Overindebtedness file: admissible since {format_date(ADMISSIBLE)} "
        f"(lodged on {format_date(FILED)})",
        f"FICP: registered on {format_date(REGISTERED)} (contrat PP1 : 3 échéances impayées)"
        f", removed on {format_date(REMOVED)}",
    ]
    assert not panel.legal_status.isHidden()
    with qtbot.waitSignal(window.case_shown, timeout=10_000):
        _search(qtbot, window, plain)
    assert plain in panel.subtitle.text()
    assert panel.legal_status.text() == "" and panel.legal_status.isHidden()
