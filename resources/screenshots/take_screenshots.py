"""Regenerate the window screenshots shown in the README.

Run from the project root: ``QT_QPA_PLATFORM=offscreen uv run python
resources/screenshots/take_screenshots.py``. It opens the real window on a fresh
demonstration database in a temporary folder, in French then in English, and saves the
case view, the simulator with its three proposals, and the client-facing view; then, in
French, the sign-in, the users as the administrator sees them, the agreements to follow
up as a supervisor sees them, the portfolio import after its check, the payments to
allocate, the outcomes export, and the window and
the simulator in the dark palette, and the day's letters to send. ``take_screenshots.py
portfolio-import`` takes only the import dialog, ``take_screenshots.py letters`` only the
letters dialog, ``take_screenshots.py payments`` only the payments to allocate and the
outcomes export, ``take_screenshots.py legal-status`` only the overindebtedness and FICP
dialog.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recouvrement_desktop.db.database import Database

HERE = Path(__file__).resolve().parent


def take_portfolio_import(database: Database, sandbox: Path, settle: Callable[[int], None]) -> None:
    """The import dialog after checking an extract with one line in error."""
    from recouvrement_desktop.domain.recovery import OfficerRole
    from recouvrement_desktop.paths import resource_path
    from recouvrement_desktop.services.officers import active_officers
    from recouvrement_desktop.services.workspace import Workspace
    from recouvrement_desktop.ui.operations import OperationRunner
    from recouvrement_desktop.ui.portfolio_import_dialog import PortfolioImportDialog

    lines = resource_path("import", "portfolio-example.csv").read_text("cp1252").splitlines()
    cells = lines[4].split(";")
    cells[lines[0].split(";").index("installment")] = "2O5,00"  # a letter O for a zero
    lines[4] = ";".join(cells)
    extract = sandbox / "extrait-impayes-2026-12-03.csv"
    extract.write_text("\n".join(lines) + "\n", encoding="cp1252")
    supervisor = next(o for o in active_officers(database) if o.role is OfficerRole.SUPERVISOR)
    dialog = PortfolioImportDialog(OperationRunner(), Workspace(database, supervisor))
    dialog.resize(1100, 620)
    dialog.show()
    dialog.set_file(extract)
    dialog.check()
    settle(3000)
    dialog.grab().save(str(HERE / "portfolio-import-fr.png"))
    dialog.close()


def take_payments_and_export(
    database: Database, sandbox: Path, settle: Callable[[int], None]
) -> None:
    """The payments to allocate after the example statement (whose contracts the
    demonstration does not hold), and the outcomes export after writing a month."""
    from PySide6.QtCore import QDate

    from recouvrement_desktop.domain.recovery import OfficerRole
    from recouvrement_desktop.paths import resource_path
    from recouvrement_desktop.services.officers import active_officers
    from recouvrement_desktop.services.payments.importer import import_payments
    from recouvrement_desktop.services.workspace import Workspace
    from recouvrement_desktop.ui.operations import OperationRunner
    from recouvrement_desktop.ui.outcomes_export_dialog import OutcomesExportDialog
    from recouvrement_desktop.ui.payments_dialog import PaymentsDialog

    supervisor = next(o for o in active_officers(database) if o.role is OfficerRole.SUPERVISOR)
    import_payments(database, supervisor, resource_path("import", "payments-example-camt053.xml"))
    runner = OperationRunner()
    payments = PaymentsDialog(runner, Workspace(database, supervisor))
    payments.resize(1100, 420)
    payments.show()
    settle(2000)
    payments.table.selectRow(1)
    payments.case_reference.setText("REC-2026-000042")
    settle(300)
    payments.grab().save(str(HERE / "payments-to-allocate-fr.png"))
    payments.close()
    export = OutcomesExportDialog(runner, Workspace(database, supervisor))
    export.since_date.setChecked(True)
    export.since.setDate(QDate(2026, 11, 1))
    export.until_day.setChecked(True)
    export.until.setDate(QDate(2026, 12, 1))
    export.path.setText(str(sandbox / "resultats-novembre.csv"))
    export.show()
    export.export()
    settle(3000)
    export.grab().save(str(HERE / "outcomes-export-fr.png"))
    export.close()


def take_letters(database: Database, settle: Callable[[int], None]) -> None:
    """The day's letters as a supervisor reviews them, a formal notice awaiting approval
    selected and its first page previewed."""
    from PySide6.QtWidgets import QAbstractItemView

    from recouvrement_desktop.domain.escalation import Status
    from recouvrement_desktop.domain.letters import LetterKind
    from recouvrement_desktop.domain.recovery import OfficerRole
    from recouvrement_desktop.services.demo_letters import write_demo_letters
    from recouvrement_desktop.services.officers import active_officers
    from recouvrement_desktop.services.workspace import Workspace
    from recouvrement_desktop.ui.letters_dialog import LettersDialog
    from recouvrement_desktop.ui.operations import OperationRunner

    write_demo_letters(database)  # the escalation's history: second reminders, notices
    supervisor = next(o for o in active_officers(database) if o.role is OfficerRole.SUPERVISOR)
    dialog = LettersDialog(OperationRunner(), Workspace(database, supervisor))
    dialog.resize(1400, 760)
    dialog.show()
    settle(3000)
    held = [
        line
        for line in dialog.lines()
        if line.status is Status.AWAITING_APPROVAL and line.kind is LetterKind.FORMAL_NOTICE
    ]
    if held:
        dialog.select_case(held[0].case_id)
        current = dialog.table.currentItem()
        if current is not None:
            dialog.table.scrollToItem(current, QAbstractItemView.ScrollHint.PositionAtCenter)
    settle(3000)
    dialog.grab().save(str(HERE / "letters-fr.png"))
    dialog.close()


def take_legal_status(database: Database, settle: Callable[[int], None]) -> None:
    """Cases → Overindebtedness and FICP… on the demonstration's case under an open file,
    its next status chosen and a note typed."""
    from recouvrement_desktop.domain.recovery import OfficerRole
    from recouvrement_desktop.services.demo_overindebtedness import write_demo_overindebtedness
    from recouvrement_desktop.services.officers import active_officers
    from recouvrement_desktop.services.overindebtedness import case_by_reference, register_ficp
    from recouvrement_desktop.services.workspace import Workspace
    from recouvrement_desktop.ui.legal_status_dialog import LegalStatusDialog
    from recouvrement_desktop.ui.operations import OperationRunner

    supervisor = next(o for o in active_officers(database) if o.role is OfficerRole.SUPERVISOR)
    references = write_demo_overindebtedness(database)
    if not references:
        return
    case_id = case_by_reference(database, references[0])
    # The same client's registration, so that both halves of the dialog say something.
    registered = date.today() - timedelta(days=75)
    register_ficp(database, supervisor, case_id, registered, "contrat PP : 3 échéances impayées")
    dialog = LegalStatusDialog(OperationRunner(), Workspace(database, supervisor), case_id)
    dialog.resize(720, 380)
    dialog.show()
    settle(1500)
    dialog.note.setText("Plan conventionnel de 84 mois adopté par la commission")
    settle(300)
    dialog.grab().save(str(HERE / "legal-status-fr.png"))
    dialog.close()


def main() -> None:
    sandbox = Path(tempfile.mkdtemp(prefix="screenshots-"))
    os.environ["XDG_DATA_HOME"] = str(sandbox / "data")
    os.environ["XDG_CONFIG_HOME"] = str(sandbox / "config")

    from PySide6.QtCore import QEventLoop, QTimer

    from recouvrement_desktop.db.bootstrap import open_sqlite
    from recouvrement_desktop.domain.recovery import OfficerRole
    from recouvrement_desktop.i18n.language import Language
    from recouvrement_desktop.i18n.translation import install_translators
    from recouvrement_desktop.services.auth import sign_in
    from recouvrement_desktop.services.demo_agreements import write_demo_agreements
    from recouvrement_desktop.services.demo_data import generate_demo_data
    from recouvrement_desktop.services.officers import acting_officer, active_officers
    from recouvrement_desktop.services.workspace import Workspace
    from recouvrement_desktop.ui import theme
    from recouvrement_desktop.ui.application import create_application
    from recouvrement_desktop.ui.follow_up_dialog import FollowUpDialog
    from recouvrement_desktop.ui.main_window import MainWindow
    from recouvrement_desktop.ui.operations import OperationRunner
    from recouvrement_desktop.ui.sign_in import SignInDialog

    app = create_application(sys.argv)
    database, _ = open_sqlite(sandbox / "demo.sqlite3", sandbox / "backups", demonstration=True)
    generate_demo_data(database, 2000)
    write_demo_agreements(database, limit=10)

    def settle(milliseconds: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(milliseconds, loop.quit)
        loop.exec()

    if sys.argv[1:] == ["portfolio-import"]:
        install_translators(app, Language.FRENCH)
        take_portfolio_import(database, sandbox, settle)
        database.dispose()
        return
    if sys.argv[1:] == ["legal-status"]:
        install_translators(app, Language.FRENCH)
        take_legal_status(database, settle)
        database.dispose()
        return
    if sys.argv[1:] == ["payments"]:
        install_translators(app, Language.FRENCH)
        take_payments_and_export(database, sandbox, settle)
        database.dispose()
        return
    if sys.argv[1:] == ["letters"]:
        install_translators(app, Language.FRENCH)
        take_letters(database, settle)
        database.dispose()
        return

    for language in Language:
        install_translators(app, language)
        window = MainWindow(
            Workspace(database, acting_officer(database, None)), demo=True, restore_layout=False
        )
        window.show()
        window.start()
        settle(1500)
        window.grab().save(str(HERE / f"main-window-{language.value}.png"))
        window.tabs.setCurrentIndex(1)
        window.simulator.propose()
        settle(1500)
        window.grab().save(str(HERE / f"simulator-{language.value}.png"))
        window.simulator.show_client_view()
        settle(500)
        view = window.simulator.client_view
        if view is not None:
            view.grab().save(str(HERE / f"client-view-{language.value}.png"))
            view.close()
        window.close()

    install_translators(app, Language.FRENCH)
    sign_in_dialog = SignInDialog("demo.officer", demo=True)
    sign_in_dialog.show()
    settle(300)
    sign_in_dialog.grab().save(str(HERE / "sign-in-fr.png"))
    sign_in_dialog.close()
    administrator = sign_in(database, "demo.admin", "demo").identity
    window = MainWindow(Workspace(database, administrator), demo=True, restore_layout=False)
    window.resize(1100, 640)
    window.show()
    settle(1000)
    window.grab().save(str(HERE / "users-fr.png"))
    window.close()

    supervisor = next(o for o in active_officers(database) if o.role is OfficerRole.SUPERVISOR)
    runner = OperationRunner()
    dialog = FollowUpDialog(runner, Workspace(database, supervisor))
    dialog.resize(1100, 680)
    dialog.show()
    settle(1000)
    dialog.grab().save(str(HERE / "follow-up-fr.png"))
    dialog.close()
    take_portfolio_import(database, sandbox, settle)
    take_payments_and_export(database, sandbox, settle)
    take_letters(database, settle)
    take_legal_status(database, settle)

    theme.set_scheme(app, theme.Scheme.DARK)
    window = MainWindow(
        Workspace(database, acting_officer(database, None)), demo=True, restore_layout=False
    )
    window.show()
    window.start()
    settle(1500)
    window.grab().save(str(HERE / "main-window-dark-fr.png"))
    window.tabs.setCurrentIndex(1)
    window.simulator.propose()
    settle(1500)
    window.grab().save(str(HERE / "simulator-dark-fr.png"))
    window.close()
    # Windows deleted by Qt while the application lives, not by Python's shutdown.
    for widget in app.topLevelWidgets():
        widget.deleteLater()
    settle(100)
    database.dispose()


if __name__ == "__main__":
    main()
