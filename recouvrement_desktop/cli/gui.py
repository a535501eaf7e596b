"""Starting the window (the default when no command is given)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from recouvrement_desktop.cli.database import chosen_database_url
from recouvrement_desktop.cli.errors import CommandError
from recouvrement_desktop.errors import UserFacingError
from recouvrement_desktop.i18n.messages import user_message
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.db.database import Database

DEMO_CASES = 2000  # what a first start with --demo writes: enough to feel real, fast to make


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help=translate("Cli", "render the main window to a PNG file once it is shown, then exit"),
    )


def _fill_demo_database(database: Database) -> None:
    from recouvrement_desktop.services.case_queries import CaseFilter, CaseQueries
    from recouvrement_desktop.services.demo_agreements import write_demo_agreements
    from recouvrement_desktop.services.demo_data import generate_demo_data

    if CaseQueries(database).count(CaseFilter()) == 0:
        generate_demo_data(database, DEMO_CASES)
        write_demo_agreements(database, limit=10)


def _show_error(message: str, quiet: bool) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if not quiet and QApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(None, translate("Cli", "Recouvrement Desktop"), message)


def run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        database, _ = open_database(chosen_database_url(args))
    except UserFacingError as error:
        _show_error(
            user_message(error),
            args.screenshot is not None,
        )
        raise
    try:
        if args.demo:
            _fill_demo_database(database)
        # A screenshot shows the window as a first start does, whatever was saved before.
        window = MainWindow(database, demo=args.demo, restore_layout=args.screenshot is None)
        outcome: list[int] = []
        if args.screenshot is not None:
            target: Path = args.screenshot

            def capture() -> None:
                # Let the pending layout requests (the case just shown) settle first.
                QTimer.singleShot(0, grab)

            def grab() -> None:
                app.sendPostedEvents()
                app.processEvents()
                _save(window.grab().save(str(target), "PNG"))

            def _save(saved: bool) -> None:
                outcome.append(0 if saved else 1)
                app.quit()

            window.ready.connect(capture)
        window.show()
        window.start()
        status = app.exec()
        if outcome and outcome[0] != 0:
            raise CommandError(
                translate("Cli", "Could not write the screenshot to {path}").format(
                    path=args.screenshot
                )
            )
        return status
    finally:
        database.dispose()
