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
    from recouvrement_desktop.services.case_file import FirstView
    from recouvrement_desktop.services.workspace import Workspace

    Opened = tuple[Workspace, FirstView]

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


def _open(args: argparse.Namespace, login: str | None, opened: list[Database]) -> Opened:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.case_file import first_view
    from recouvrement_desktop.services.officers import acting_officer
    from recouvrement_desktop.services.workspace import Workspace
    from recouvrement_desktop.ui.case_table_model import PAGE_SIZE

    database, _ = open_database(chosen_database_url(args))
    opened.append(database)
    if args.demo:
        _fill_demo_database(database)
    identity = acting_officer(database, login)
    first = first_view(database, identity, PAGE_SIZE)
    # What ``attach`` builds, imported here meanwhile rather than on the GUI thread.
    import recouvrement_desktop.ui.case_list_panel
    import recouvrement_desktop.ui.client_panel
    import recouvrement_desktop.ui.quick_entry
    import recouvrement_desktop.ui.session_bar  # noqa: F401

    return Workspace(database, identity), first


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


class _Start:
    """One start of the window: the frame at once; the database opened, meanwhile, off
    the GUI thread; the panels once both are there; a screenshot when asked."""

    def __init__(self, args: argparse.Namespace) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from recouvrement_desktop.ui.main_window import OFFICER_SETTING, MainWindow

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        self.args = args
        self.quiet = args.screenshot is not None
        # A screenshot shows the window as a first start does.
        self.window = MainWindow(demo=args.demo, restore_layout=not self.quiet)
        self.login = str(QSettings().value(OFFICER_SETTING, "") or "") or None
        self.opened: list[Database] = []
        self.result: list[Opened | BaseException] = []
        self.painted = False
        self.failure: BaseException | None = None
        self.screenshot_written: bool | None = None

    def open_cases(self) -> Opened | BaseException:
        """Off the GUI thread, while the frame is painted: open (and migrate) the
        database, fill a new demonstration one, find who is at the keyboard, read what
        the window shows first. An error is handed back, to end the start."""
        try:
            return _open(self.args, self.login, self.opened)
        except BaseException as error:  # raised again once the event loop has ended
            return error

    def opened_cases(self, result: Opened | BaseException) -> None:
        self.result.append(result)
        self.attach()

    def frame_painted(self) -> None:
        self.painted = True
        self.attach()

    def attach(self) -> None:
        """Once the frame is on screen and the database open, whichever comes last."""
        if not (self.result and self.painted):
            return
        result = self.result[0]
        if isinstance(result, BaseException):
            self.failure = result
            if isinstance(result, UserFacingError):
                _show_error(user_message(result), self.window, self.quiet)
            self.app.exit(1)
            return
        workspace, first = result
        self.window.attach(workspace)
        self.window.start(first)

    def capture(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.grab)  # once the case just shown is laid out

    def grab(self) -> None:
        self.app.sendPostedEvents()
        self.app.processEvents()
        self.screenshot_written = self.window.grab().save(str(self.args.screenshot), "PNG")
        self.app.quit()

    def run(self) -> int:
        if self.args.screenshot is not None:
            self.window.filled.connect(self.capture)
        frame = self.window.centralWidget()
        assert frame is not None  # the "opening" placeholder
        self.window.runner.read(self.open_cases, self.opened_cases)
        _after_first_paint(frame, self.frame_painted)
        self.window.show()
        try:
            status = self.app.exec()
        finally:
            for database in self.opened:
                database.dispose()
        if self.failure is not None:
            raise self.failure
        if self.screenshot_written is False:
            raise CommandError(
                translate("Cli", "Could not write the screenshot to {path}").format(
                    path=self.args.screenshot
                )
            )
        return status


def run(args: argparse.Namespace) -> int:
    return _Start(args).run()
