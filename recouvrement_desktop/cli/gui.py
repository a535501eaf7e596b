"""Starting the window (the default when no command is given)."""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from recouvrement_desktop.cli.collector import resume_collection
from recouvrement_desktop.cli.database import chosen_database_url
from recouvrement_desktop.cli.errors import CommandError
from recouvrement_desktop.errors import UserFacingError
from recouvrement_desktop.i18n.messages import user_message
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QWidget

    from recouvrement_desktop.db.database import Database
    from recouvrement_desktop.domain.identity import Identity
    from recouvrement_desktop.services.auth import SignedIn
    from recouvrement_desktop.services.case_file import FirstView
    from recouvrement_desktop.ui.main_window import MainWindow

DEMO_CASES = 2000  # what a first start with --demo writes: enough to feel real, fast to make
DEMO_SCREENSHOT_USER = "demo.officer"
# The garbage collector is held off while the window starts (cli/collector.py): never
# longer than this, whatever the start waits for.
COLLECTOR_PAUSE_MAX_MS = 15_000

_log = logging.getLogger(__name__)


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help=translate("Cli", "render the main window to a PNG file once it is shown, then exit"),
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help=translate(
            "Cli",
            "sign in as LOGIN: with RECOUVREMENT_PASSWORD set, at once (scripts); "
            "else the sign-in asks for the password",
        ),
    )


def _fill_demo_database(database: Database) -> None:
    from recouvrement_desktop.services.case_queries import CaseFilter, CaseQueries
    from recouvrement_desktop.services.demo_data import ensure_demo_accounts
    from recouvrement_desktop.services.demonstration import fill_demonstration

    if CaseQueries(database).count(CaseFilter()) == 0:
        fill_demonstration(database, DEMO_CASES)
    else:
        ensure_demo_accounts(database)  # one made before the demonstration had accounts


@dataclass(frozen=True)
class Opened:
    """The database open; who signed in, if the start could do it alone (``--user``
    and ``RECOUVREMENT_PASSWORD``), with what their window shows first."""

    database: Database
    has_accounts: bool
    signed: SignedIn | None = None
    first: FirstView | None = None


def _open(args: argparse.Namespace, opened: list[Database]) -> Opened:
    from recouvrement_desktop.cli.credentials import PASSWORD_ENV
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.accounts import has_accounts
    from recouvrement_desktop.services.auth import directory_settings, sign_in
    from recouvrement_desktop.services.demo_data.vocabulary import DEMO_PASSWORD

    database, _ = open_database(chosen_database_url(args), demonstration=args.demo)
    opened.append(database)
    if args.demo:
        _fill_demo_database(database)
    user, password = args.user, os.environ.get(PASSWORD_ENV)
    if args.demo and args.screenshot is not None and not user:
        # A demonstration's screenshot (documentation, smoke tests): its officer, whose
        # account the demonstration's sign-in shows anyway.
        user, password = DEMO_SCREENSHOT_USER, DEMO_PASSWORD
    if not (user and password is not None):
        return Opened(database, has_accounts(database))
    signed = sign_in(database, user, password, directory=directory_settings())
    return Opened(database, True, signed, _first_view(database, signed.identity))


def _first_view(database: Database, identity: Identity) -> FirstView | None:
    """The queue's first page and case; ``None`` for a role without cases (an
    administrator's window shows the users)."""
    from recouvrement_desktop.domain.permissions import Permission, allows
    from recouvrement_desktop.services.case_file import first_view
    from recouvrement_desktop.ui.case_table_model import PAGE_SIZE

    if not allows(identity.role, Permission.READ_CASES):
        return None
    first = first_view(database, identity, PAGE_SIZE)
    # What ``attach`` builds, imported here meanwhile rather than on the GUI thread.
    import recouvrement_desktop.ui.case_list_panel
    import recouvrement_desktop.ui.client_panel
    import recouvrement_desktop.ui.quick_entry
    import recouvrement_desktop.ui.session_bar  # noqa: F401

    return first


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


#: How often an open window checks that today's copy of the database exists and seals
#: the chain's head: a window left open overnight still makes the next day's copy.
DAILY_CARE_INTERVAL_MS = 60 * 60 * 1000


def keep_daily_care(window: MainWindow, database: Database) -> QTimer:
    """The day's copy of the database beside it and the chain's head sealed, once the
    window is up, then every hour while it stays open (a copy is made once a day; a
    failure is logged and the officer's work goes on). The timer goes with the window."""
    from PySide6.QtCore import QTimer

    from recouvrement_desktop.services.audit_trail import seal
    from recouvrement_desktop.services.backups import daily_backup

    def back_up_and_seal() -> None:
        daily_backup(database)
        seal(database)  # at least daily: the chain's end cannot go unseen

    def run() -> None:
        window.runner.read(
            back_up_and_seal,
            lambda _none: None,
            failed=lambda message: _log.warning("daily backup: %s", message),
        )

    timer = QTimer(window)
    timer.setInterval(DAILY_CARE_INTERVAL_MS)
    timer.timeout.connect(run)
    timer.start()
    run()
    return timer


class _Start:
    """One start of the window: the frame at once; the database opened, meanwhile, off
    the GUI thread; then who signs in (or the first administrator's account); then the
    panels with what they show first; a screenshot when asked. Signing out comes back
    here, to sign in again."""

    def __init__(self, args: argparse.Namespace) -> None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        self.args = args
        self.quiet = args.screenshot is not None
        self.window = self._new_window()
        self.opened: list[Database] = []
        self.result: list[Opened | BaseException] = []
        self.painted = False
        self.failure: BaseException | None = None
        self.screenshot_written: bool | None = None

    def _new_window(self) -> MainWindow:
        from recouvrement_desktop.ui.main_window import MainWindow

        # A screenshot shows the window as a first start does.
        window = MainWindow(demo=self.args.demo, restore_layout=not self.quiet)
        window.signed_out.connect(self.sign_out)
        return window

    def open_cases(self) -> Opened | BaseException:
        """Off the GUI thread, while the frame is painted: open (and migrate) the
        database, fill a new demonstration one, and, given the credentials, sign in and
        read what the window shows first. An error is handed back, to end the start."""
        try:
            return _open(self.args, self.opened)
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
            self.fail(result)
        elif result.signed is not None:
            self.show_window(result.signed.identity, result.first)
            return  # the collector resumes once the window is filled
        elif result.has_accounts:
            self.ask_sign_in()
        else:
            self.ask_first_administrator()
        resume_collection()  # the officer's turn: a dialog waits for them

    def fail(self, error: BaseException) -> None:
        self.failure = error
        if isinstance(error, UserFacingError):
            _show_error(user_message(error), self.window, self.quiet)
        self.app.exit(1)

    @property
    def database(self) -> Database:
        result = self.result[0]
        assert isinstance(result, Opened)
        return result.database

    # Signing in ---------------------------------------------------------------------------

    def ask_sign_in(self) -> None:
        from PySide6.QtCore import QSettings

        from recouvrement_desktop.ui.main_window import OFFICER_SETTING
        from recouvrement_desktop.ui.sign_in import SignInDialog

        login = self.args.user or str(QSettings().value(OFFICER_SETTING, "") or "")
        dialog = SignInDialog(login, demo=self.args.demo, parent=self.window)
        dialog.submitted.connect(lambda who, password: self.sign_in(dialog, who, password))
        dialog.rejected.connect(self.app.quit)
        dialog.open()
        if self.quiet:  # a screenshot without credentials: the sign-in is what shows
            self.grab_widget(dialog)

    def sign_in(self, dialog: QDialog, login: str, password: str) -> None:
        from recouvrement_desktop.services.auth import directory_settings, sign_in

        database = self.database
        self.window.runner.read(
            lambda: sign_in(database, login, password, directory=directory_settings()),
            lambda signed: self.signed_in(dialog, signed),
            failed=dialog.refuse,  # type: ignore[attr-defined]
            owner=dialog,
        )

    def signed_in(self, dialog: QDialog, signed: SignedIn) -> None:
        from PySide6.QtCore import QSettings

        from recouvrement_desktop.ui.main_window import OFFICER_SETTING

        QSettings().setValue(OFFICER_SETTING, signed.identity.login)
        dialog.accept()
        if signed.must_change_password:
            self.ask_new_password(signed.identity)
        else:
            self.read_first_view(signed.identity)

    def ask_new_password(self, identity: Identity) -> None:
        from recouvrement_desktop.services.auth import change_password
        from recouvrement_desktop.ui.sign_in import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.window)
        database = self.database

        def changed(_none: None) -> None:
            dialog.accept()
            self.read_first_view(identity)

        def submit(current: str, new: str) -> None:
            self.window.runner.read(
                lambda: change_password(database, identity, current, new),
                changed,
                failed=dialog.refuse,
                owner=dialog,
            )

        dialog.submitted.connect(submit)
        dialog.rejected.connect(self.app.quit)
        dialog.open()

    def ask_first_administrator(self) -> None:
        from recouvrement_desktop.services.accounts import create_first_administrator
        from recouvrement_desktop.ui.sign_in import FirstAdministratorDialog

        dialog = FirstAdministratorDialog(self.window)
        database = self.database

        def created(identity: Identity) -> None:
            dialog.accept()
            self.show_recovery_key(identity)

        def submit(login: str, name: str, branch: str, password: str) -> None:
            self.window.runner.read(
                lambda: create_first_administrator(database, login, name, password, branch),
                created,
                failed=dialog.refuse,
                owner=dialog,
            )

        dialog.submitted.connect(submit)
        dialog.rejected.connect(self.app.quit)
        dialog.open()

    def show_recovery_key(self, identity: Identity) -> None:
        """A database created encrypted: its recovery key, once, to its first
        administrator; then the window."""
        from recouvrement_desktop.services.database_encryption import recovery_key_not_yet_shown
        from recouvrement_desktop.ui.recovery_key_dialog import RecoveryKeyDialog

        database = self.database

        def shown(key: str | None) -> None:
            if key is None:
                self.read_first_view(identity)
                return
            dialog = RecoveryKeyDialog(key, self.window)
            dialog.finished.connect(lambda _result: self.read_first_view(identity))
            dialog.open()

        self.window.runner.read(
            lambda: recovery_key_not_yet_shown(database, identity),
            shown,
            failed=lambda message: self.fail(UserFacingError(message)),
        )

    def read_first_view(self, identity: Identity) -> None:
        database = self.database
        self.window.runner.read(
            lambda: _first_view(database, identity),
            lambda first: self.show_window(identity, first),
            failed=lambda message: self.fail(UserFacingError(message)),
        )

    def show_window(self, identity: Identity, first: FirstView | None) -> None:
        from recouvrement_desktop.services.workspace import Workspace

        self.window.attach(Workspace(self.database, identity))
        self.window.start(first)
        if not self.args.demo and self.args.screenshot is None:
            keep_daily_care(self.window, self.database)

    def sign_out(self) -> None:
        """Back to the sign-in, in a new window (the old one and its panels go)."""
        old, self.window = self.window, self._new_window()
        self.window.show()
        old.close()
        old.deleteLater()
        self.ask_sign_in()

    def capture(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.grab)  # once the case just shown is laid out

    def grab(self) -> None:
        self.grab_widget(self.window)

    def grab_widget(self, widget: QWidget) -> None:
        self.app.sendPostedEvents()
        self.app.processEvents()
        self.screenshot_written = widget.grab().save(str(self.args.screenshot), "PNG")
        self.app.quit()

    def run(self) -> int:
        from PySide6.QtCore import QTimer

        self.window.filled.connect(resume_collection)  # before the screenshot is taken
        # At the latest: a first page that failed to read never fills the window.
        QTimer.singleShot(COLLECTOR_PAUSE_MAX_MS, resume_collection)
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
