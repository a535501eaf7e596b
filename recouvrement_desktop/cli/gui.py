"""Starting the window (the default when no command is given)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from recouvrement_desktop.cli.database import chosen_database_url
from recouvrement_desktop.cli.errors import CommandError
from recouvrement_desktop.errors import UserFacingError
from recouvrement_desktop.i18n.messages import user_message
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

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


def _show_error(message: str, parent: QWidget | None, quiet: bool) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if not quiet and QApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(parent, translate("Cli", "Recouvrement Desktop"), message)


def _after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``widget`` has been painted (so is on screen)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, callback)  # once this paint is flushed
            return False

    widget.installEventFilter(FirstPaint(widget))


def run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from recouvrement_desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quiet = args.screenshot is not None
    # The window's frame is shown first, the database and the panels come after (they are
    # most of a start). A screenshot shows the window as a first start does.
    window = MainWindow(demo=args.demo, restore_layout=not quiet)
    opened: list[Database] = []
    failure: list[BaseException] = []
    outcome: list[int] = []

    def open_cases() -> None:
        from recouvrement_desktop.db.bootstrap import open_database

        try:
            database, _ = open_database(chosen_database_url(args))
            opened.append(database)
            if args.demo:
                _fill_demo_database(database)
            window.attach(database)
            window.start()
        except BaseException as error:  # raised again once the event loop has ended
            failure.append(error)
            if isinstance(error, UserFacingError):
                _show_error(user_message(error), window, quiet)
            app.exit(1)

    def capture() -> None:
        # Let the pending layout requests (the case just shown) settle first.
        QTimer.singleShot(0, grab)

    def grab() -> None:
        app.sendPostedEvents()
        app.processEvents()
        outcome.append(0 if window.grab().save(str(args.screenshot), "PNG") else 1)
        app.quit()

    if args.screenshot is not None:
        window.ready.connect(capture)
    frame = window.centralWidget()
    assert frame is not None  # the "opening" placeholder
    _after_first_paint(frame, open_cases)
    window.show()
    try:
        status = app.exec()
    finally:
        for database in opened:
            database.dispose()
    if failure:
        raise failure[0]
    if outcome and outcome[0] != 0:
        raise CommandError(
            translate("Cli", "Could not write the screenshot to {path}").format(
                path=args.screenshot
            )
        )
    return status
