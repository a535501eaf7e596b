"""Cases → Overindebtedness and FICP…: the real dialog over a real demonstration
database records a file's statuses and an FICP registration through the services, shows
what the service refuses with its message and keeps what was typed, and is offered to
those who work the cases only."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, FicpRegistration, Officer, OverindebtednessFile
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import OfficerRole, OverindebtednessStatus
from recouvrement_desktop.i18n.formatting import format_date
from recouvrement_desktop.services.overindebtedness import current_file, ficp_of
from recouvrement_desktop.services.views import identity_of
from recouvrement_desktop.ui.legal_status_dialog import LegalStatusDialog
from recouvrement_desktop.ui.main_window import MainWindow
from recouvrement_desktop.ui.operations import OperationRunner
from tests.ui.conftest import workspace_of
from tests.ui.signing import branch_cases

TODAY = date.today()
LODGED = TODAY - timedelta(days=30)


def _plain_case(database: Database, officer: Identity) -> tuple[int, str]:
    """A case of the officer's branch with no file and a client never registered."""
    with database.session() as session:
        row = session.execute(
            select(Case.id, Case.reference)
            .where(
                branch_cases(officer),
                Case.id.not_in(select(OverindebtednessFile.case_id)),
                Case.client_id.not_in(select(FicpRegistration.client_id)),
            )
            .order_by(Case.id)
            .limit(1)
        ).one()
    return row.id, row.reference


def _dialog(
    qtbot: QtBot, runner: OperationRunner, database: Database, officer: Identity, case_id: int
) -> LegalStatusDialog:
    dialog = LegalStatusDialog(runner, workspace_of(database, officer), case_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.record_button.isEnabled, timeout=10_000)
    return dialog


def _set(edit: object, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))  # type: ignore[attr-defined]


def _click(qtbot: QtBot, dialog: LegalStatusDialog, button: object) -> None:
    with qtbot.waitSignal(dialog.done_working, timeout=10_000):
        button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.record_button.isEnabled, timeout=10_000)


def _choose(dialog: LegalStatusDialog, status: OverindebtednessStatus) -> None:
    dialog.status.setCurrentIndex(dialog.status.findData(status))


def _intact(database: Database) -> bool:
    with database.session() as session:
        return verify_audit(session).intact


def test_records_the_file_and_keeps_what_the_service_refuses(
    qtbot: QtBot, runner: OperationRunner, demo_database: Database
) -> None:
    officer = workspace_of(demo_database).identity
    assert officer is not None
    case_id, reference = _plain_case(demo_database, officer)
    dialog = _dialog(qtbot, runner, demo_database, officer, case_id)
    assert dialog.heading.text() == f"Case {reference}"
    assert dialog.current_file.text() == "No overindebtedness file recorded."

    # A new file given a later status asks the day it was lodged.
    _choose(dialog, OverindebtednessStatus.ADMISSIBLE)
    assert dialog.file_form.isRowVisible(dialog.filed_on)
    _choose(dialog, OverindebtednessStatus.FILED)
    assert not dialog.file_form.isRowVisible(dialog.filed_on)

    # A day in the future is refused with the service's message; what was typed stays.
    tomorrow = TODAY + timedelta(days=1)
    _set(dialog.status_on, tomorrow)
    dialog.note.setText("Dépôt auprès de la commission")
    _click(qtbot, dialog, dialog.record_button)
    assert dialog.message.text() == (
        f"{tomorrow.isoformat()} is in the future: record only what has happened."
    )
    assert dialog.note.text() == "Dépôt auprès de la commission"
    assert dialog.status_on.date().toPython() == tomorrow
    assert current_file(demo_database, case_id) is None

    _set(dialog.status_on, LODGED)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        _click(qtbot, dialog, dialog.record_button)
    recorded = current_file(demo_database, case_id)
    assert recorded is not None
    assert (recorded.status, recorded.filed_on, recorded.note) == (
        OverindebtednessStatus.FILED,
        LODGED,
        "Dépôt auprès de la commission",
    )
    assert dialog.note.text() == ""
    assert dialog.current_file.text() == (
        f"Currently filed since {format_date(LODGED)} (lodged on {format_date(LODGED)})"
        " — collection is suspended."
    )
    assert dialog.status.currentData() == OverindebtednessStatus.ADMISSIBLE  # the next one
    assert not dialog.file_form.isRowVisible(dialog.filed_on)  # the open file keeps its own

    # A transition the service refuses: lodging the open file again.
    _choose(dialog, OverindebtednessStatus.FILED)
    _set(dialog.status_on, TODAY)
    _click(qtbot, dialog, dialog.record_button)
    assert dialog.message.text() == (
        f"The file is already lodged (on {LODGED.isoformat()}): give its next status."
    )
    assert dialog.status.currentData() == OverindebtednessStatus.FILED

    _choose(dialog, OverindebtednessStatus.CLOSED)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        _click(qtbot, dialog, dialog.record_button)
    closed = current_file(demo_database, case_id)
    assert closed is not None and closed.status is OverindebtednessStatus.CLOSED
    assert dialog.current_file.text().startswith(f"Currently closed since {format_date(TODAY)}")
    assert _intact(demo_database)


def test_registers_and_removes_an_ficp_registration(
    qtbot: QtBot, runner: OperationRunner, demo_database: Database
) -> None:
    officer = workspace_of(demo_database).identity
    assert officer is not None
    case_id, _reference = _plain_case(demo_database, officer)
    dialog = _dialog(qtbot, runner, demo_database, officer, case_id)
    assert dialog.registrations.text() == "Not registered at the FICP."
    assert not dialog.remove_button.isEnabled()  # nothing to remove

    _click(qtbot, dialog, dialog.register_button)  # no incident said
    assert dialog.message.text() == "Say which incident caused the registration."

    registered = TODAY - timedelta(days=40)
    _set(dialog.registered_on, registered)
    dialog.incident.setText("contrat PP1 : 3 échéances impayées")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        _click(qtbot, dialog, dialog.register_button)
    assert dialog.registrations.text() == (
        f"Registered on {format_date(registered)} (contrat PP1 : 3 échéances impayées)"
    )
    assert dialog.incident.text() == ""
    assert dialog.remove_button.isEnabled()

    _set(dialog.removed_on, registered - timedelta(days=1))  # before the registration
    _click(qtbot, dialog, dialog.remove_button)
    assert dialog.message.text() == (
        f"The registration dates from {registered.isoformat()}: it cannot end before."
    )
    assert dialog.removed_on.date().toPython() == registered - timedelta(days=1)

    _set(dialog.removed_on, TODAY)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        _click(qtbot, dialog, dialog.remove_button)
    (entry,) = ficp_of(demo_database, case_id)
    assert (entry.registered_on, entry.removed_on) == (registered, TODAY)
    assert dialog.registrations.text().endswith(f", removed on {format_date(TODAY)}")
    assert not dialog.remove_button.isEnabled()
    assert _intact(demo_database)


def _action_texts(window: MainWindow) -> list[str]:
    """Every action of the window's menus."""
    return [
        action.text() for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()
    ]


def test_the_cases_menu_opens_it_on_the_case_shown(qtbot: QtBot, demo_database: Database) -> None:
    window = MainWindow(workspace_of(demo_database), demo=True, restore_layout=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.filled, timeout=10_000):
        window.start()
    action = next(
        a for a in window.findChildren(QAction) if a.text() == "Overindebtedness and &FICP…"
    )
    action.trigger()
    dialog = window.findChild(LegalStatusDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.heading.text() != "", timeout=10_000)
    assert dialog.heading.text().removeprefix("Case ") in window.client_panel.subtitle.text()
    dialog.close()
    QApplication.processEvents()


def test_an_auditor_is_not_offered_it(qtbot: QtBot, demo_database: Database) -> None:
    with demo_database.session() as session:
        auditor = session.scalars(
            select(Officer).where(Officer.role == OfficerRole.AUDITOR)
        ).first()
        assert auditor is not None
        identity = identity_of(auditor)
    window = MainWindow(workspace_of(demo_database, identity), demo=True, restore_layout=False)
    qtbot.addWidget(window)
    texts = _action_texts(window)
    assert "&Refresh" in texts  # the menus are read
    assert "Overindebtedness and &FICP…" not in texts
