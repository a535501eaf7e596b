"""The main window: assembles the panels, menus and status bar, and nothing more.

Every action that reads or writes goes through ``self.runner`` (``ui/operations.py``):
off the GUI thread, one error presenter, and one ``changed`` announcement that the
panels follow. The simulator, most of a start's widgets, is built when first needed.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop import APP_NAME, __version__
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission, allows, queue_branch
from recouvrement_desktop.domain.recovery import Channel
from recouvrement_desktop.i18n.language import active_language
from recouvrement_desktop.ui.focus import set_tab_order
from recouvrement_desktop.ui.labels import label
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.role_actions import add_role_actions

# The window is on screen before the services and the panels are imported (they take
# most of a start): the panels are imported by ``attach``, the rest when needed.
if TYPE_CHECKING:
    from recouvrement_desktop.domain.policy import DelegationLimits
    from recouvrement_desktop.services.case_file import CaseFile, FirstView
    from recouvrement_desktop.services.changes import Changes
    from recouvrement_desktop.services.start_up import StartUpReport
    from recouvrement_desktop.services.views import CaseDetail, JournalEntryView
    from recouvrement_desktop.services.workspace import Workspace
    from recouvrement_desktop.ui.agreement_dialog import AgreementDialog
    from recouvrement_desktop.ui.case_list_panel import CaseListPanel
    from recouvrement_desktop.ui.client_panel import ClientPanel
    from recouvrement_desktop.ui.follow_up_dialog import FollowUpDialog
    from recouvrement_desktop.ui.operations import Operation
    from recouvrement_desktop.ui.quick_entry import QuickEntry
    from recouvrement_desktop.ui.session_bar import SessionBar
    from recouvrement_desktop.ui.simulator.actions import SimulatorActions
    from recouvrement_desktop.ui.simulator.panel import SimulatorPanel

OFFICER_SETTING = "officer/login"
CASE_TAB, SIMULATOR_TAB = 0, 1
SETTLE_DELAY_MS = 1000  # promises settle once the first screen is up


class MainWindow(QMainWindow):
    ready = Signal()  # the first page of the queue is on screen
    signed_out = Signal()  # the person asked to sign out (the start-up signs in again)
    case_shown = Signal(int)  # the case (id) is shown whole: client, loans, history
    filled = Signal()  # once: the first page and the case it selected are on screen

    workspace: Workspace
    case_list: CaseListPanel
    client_panel: ClientPanel
    quick_entry: QuickEntry
    session_bar: SessionBar
    simulator_actions: SimulatorActions

    def __init__(
        self,
        workspace: Workspace | None = None,
        *,
        demo: bool = False,
        restore_layout: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """The window's frame; its panels come with ``attach`` (at once if ``workspace``
        is given), so that a start shows the window before the slow imports."""
        super().__init__(parent)
        self.runner = OperationRunner(self)
        self.runner.failed.connect(self._show_error)
        self._case_id: int | None = None
        self._opening: Operation[CaseFile] | None = None
        self._opening_resets = False  # whether that reading shows a newly selected case
        self._openings = 0  # readings asked for: only the last one is shown
        self._prefetched: CaseFile | None = None  # the first case, read with the database
        self._restore_layout_wanted = restore_layout
        self._attached = False
        self._administration = False  # an administrator's window: the users, no cases
        self._filled = False
        self._simulator: SimulatorPanel | None = None
        self._simulator_case: tuple[CaseDetail | None, DelegationLimits | None] = (None, None)
        title = self.tr("{app} — demonstration data") if demo else "{app}"
        self.setWindowTitle(title.format(app=APP_NAME))
        self.setObjectName("mainWindow")
        opening = QLabel(self.tr("Opening the cases…"))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        opening.setEnabled(False)  # the palette's muted text
        self.setCentralWidget(opening)
        self.resize(1360, 860)
        if restore_layout:
            self._restore_geometry()
        if workspace is not None:
            self.attach(workspace)

    @property
    def officer(self) -> Identity | None:
        """Who is at the keyboard (every action names them)."""
        return self.workspace.identity

    @officer.setter
    def officer(self, identity: Identity | None) -> None:
        self.workspace.identity = identity
        self._show_officer()

    def attach(self, workspace: Workspace) -> None:
        """Build the panels, menus and status bar over ``workspace`` (no database work
        here: everything they show is read off the GUI thread)."""
        from recouvrement_desktop.services.case_queries import CaseQueries  # noqa: PLC0415
        from recouvrement_desktop.ui.call_script_panel import CallScriptDock  # noqa: PLC0415
        from recouvrement_desktop.ui.case_list_panel import CaseListPanel  # noqa: PLC0415
        from recouvrement_desktop.ui.client_panel import ClientPanel  # noqa: PLC0415
        from recouvrement_desktop.ui.quick_entry import QuickEntry  # noqa: PLC0415
        from recouvrement_desktop.ui.session_bar import SessionBar  # noqa: PLC0415
        from recouvrement_desktop.ui.simulator.actions import SimulatorActions  # noqa: PLC0415

        self._attached = True
        self.workspace = workspace
        self.runner.interrupt = workspace.interrupt
        identity = workspace.identity
        if identity is not None and not allows(identity.role, Permission.READ_CASES):
            self._attach_administration(workspace)
            return

        self.case_list = CaseListPanel(CaseQueries(workspace.database), self.runner)
        self.client_panel = ClientPanel()
        self.quick_entry = QuickEntry(self.runner, workspace)
        self.session_bar = SessionBar(self.runner, workspace)
        self.simulator_actions = SimulatorActions(self)
        self.simulator_actions.set_enabled(False)

        self.setCentralWidget(self._build_splitter())
        self._guard_access(workspace)
        session_toolbar = QToolBar(self.tr("Session"))
        session_toolbar.setObjectName("sessionToolbar")
        session_toolbar.setMovable(False)
        session_toolbar.addWidget(self.session_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, session_toolbar)
        self.call_script = CallScriptDock(self.runner, workspace, self.session_bar, self)
        self._set_tab_order()

        self.officer_label = QLabel()
        self.officer_label.setObjectName("officerLabel")
        self.database_label = QLabel(workspace.display_name)
        self.statusBar().addPermanentWidget(self.officer_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._show_officer()

        self._queue_sizes: list[int] | None = None
        self.tabs.currentChanged.connect(self._tab_changed)
        self.splitter.splitterMoved.connect(self._queue_reachable_if_shown)
        self.case_list.case_selected.connect(self._select_case)
        self.case_list.loaded.connect(self.ready)
        self.ready.connect(self._maybe_filled)
        self.case_shown.connect(self._maybe_filled)
        self.session_bar.offer_kept.connect(
            lambda _id: self.statusBar().showMessage(self.tr("Offer kept in the session."), 4000)
        )
        self.runner.changed.connect(self._on_changes)
        self._read_only_unless_allowed(identity)
        self.splitter.setSizes([600, 760])
        if self._restore_layout_wanted:
            self._restore_layout()

    def _attach_administration(self, workspace: Workspace) -> None:
        """An administrator works on users, never on cases: the users screen."""
        from recouvrement_desktop.ui.users_panel import UsersPanel  # noqa: PLC0415

        self._administration = True
        self.users_panel = UsersPanel(self.runner, workspace)
        self.setCentralWidget(self.users_panel)
        self._guard_access(workspace)
        self._file_menu()
        self.officer_label = QLabel()
        self.statusBar().addPermanentWidget(self.officer_label)
        self.statusBar().addPermanentWidget(QLabel(workspace.display_name))
        self._show_officer()
        self.users_panel.loaded.connect(self.ready)
        self.ready.connect(self._maybe_filled)

    def _guard_access(self, workspace: Workspace) -> None:
        """The idle lock and signing out, over whatever the window shows."""
        from recouvrement_desktop.ui.window_access import WindowAccess  # noqa: PLC0415

        self.access = WindowAccess(self, self.runner, workspace)
        self.access.signed_out.connect(self.signed_out)

    def _read_only_unless_allowed(self, identity: Identity | None) -> None:
        """An auditor reads the cases and changes nothing: what would write is off (the
        services refuse it all the same)."""
        works = identity is not None and allows(identity.role, Permission.WORK_CASES)
        self.quick_entry.setEnabled(works)
        self.session_bar.setEnabled(works)
        self._accept_action.setEnabled(works)
        self._keep_offer_action.setEnabled(works)

    def _build_splitter(self) -> QSplitter:
        """The queue beside the case's tabs: the case, and the simulator (its content
        comes when the tab is first shown)."""
        case_page = QWidget()
        case_layout = QVBoxLayout(case_page)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addWidget(self.client_panel, 1)
        case_layout.addWidget(self.quick_entry)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(case_page, self.tr("&Case"))
        # Scrolls rather than widening the window on a 1366-pixel screen.
        self._simulator_area = QScrollArea()
        self._simulator_area.setWidgetResizable(True)
        self._simulator_area.setFrameShape(QFrame.Shape.NoFrame)
        self._simulator_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its content
        self.tabs.addTab(self._simulator_area, self.tr("Si&mulator"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        return self.splitter

    def _set_tab_order(self) -> None:
        """Tab follows the screen: the queue, the case or the simulator, then the session."""
        simulator = self._simulator.focus_chain() if self._simulator is not None else []
        set_tab_order(
            [
                *self.case_list.focus_chain(),
                self.tabs,
                *self.client_panel.focus_chain(),
                *self.quick_entry.focus_chain(),
                *simulator,
                *self.session_bar.focus_chain(),
            ]
        )

    # Menus -------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _file_menu(self) -> QMenu:
        """Lock, sign out, quit: every window has them."""
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions(self.access.actions())
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        return file_menu

    def _build_menus(self) -> None:
        file_menu = self._file_menu()

        cases_menu = self.menuBar().addMenu(self.tr("&Cases"))
        search_action = self._action(self.tr("&Search…"))
        search_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")]
        )
        search_action.triggered.connect(self.focus_search)
        cases_menu.addAction(search_action)
        refresh_action = self._action(
            self.tr("&Refresh"), QKeySequence(QKeySequence.StandardKey.Refresh)
        )
        refresh_action.triggered.connect(self.case_list.refresh)
        cases_menu.addAction(refresh_action)

        follow_up_action = self._action(self.tr("Agreements to &follow up…"), "Ctrl+Shift+G")
        follow_up_action.triggered.connect(self.follow_up_agreements)
        cases_menu.addAction(follow_up_action)
        self.audit_check = add_role_actions(
            self, self.runner, self.workspace, file_menu=file_menu, cases_menu=cases_menu,
            current_case=lambda: self._case_id,
        )  # fmt: skip

        entry_menu = self.menuBar().addMenu(self.tr("&Entry"))
        entry_menu.addActions(self.quick_entry.actions())

        session_menu = self.menuBar().addMenu(self.tr("Se&ssion"))
        session_menu.addActions(self.session_bar.actions())
        self._keep_offer_action = self._action(self.tr("&Keep the offer shown"), "Ctrl+Shift+K")
        self._keep_offer_action.triggered.connect(self.keep_offer)
        session_menu.addAction(self._keep_offer_action)

        simulator_menu = self.menuBar().addMenu(self.tr("Si&mulator"))
        actions = self.simulator_actions
        # Through the property, which builds the simulator on first use.
        actions.proposals.triggered.connect(self._propose)
        actions.client_view.triggered.connect(self._show_client_view)
        simulator_menu.addActions(actions.all())
        simulator_menu.addSeparator()
        self._accept_action = self._action(self.tr("Client &accepts the plan…"), "Ctrl+Shift+A")
        self._accept_action.triggered.connect(self.accept_plan)
        simulator_menu.addAction(self._accept_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        case_tab_action = self._action(self.tr("The &case"), "Ctrl+1")
        case_tab_action.triggered.connect(lambda: self.tabs.setCurrentIndex(CASE_TAB))
        view_menu.addAction(case_tab_action)
        simulator_tab_action = self._action(self.tr("The &simulator"), "Ctrl+2")
        simulator_tab_action.triggered.connect(lambda: self.tabs.setCurrentIndex(SIMULATOR_TAB))
        view_menu.addAction(simulator_tab_action)
        view_menu.addAction(self.call_script.show_action)
        self.view_menu = view_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = self._action(self.tr("&About"))
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    # Start-up ----------------------------------------------------------------------------

    def start(self, first: FirstView | None = None) -> None:
        """Show the first page of the queue and its first case (*first*, when they were
        read with the opening of the database; else they are read now), and settle the
        promises that fell due since the last start, off the GUI thread. Settling stops
        between batches when the window closes (each batch is kept whole)."""
        if self._administration:
            pass  # the users screen reads its list itself
        elif first is None:
            self.case_list.refresh()
        else:
            self._prefetched = first.case
            self.case_list.refresh(first_page=(first.scope, first.page, first.today))
        if not self._administration:
            self.focus_search()
        # Once the officer sees the queue: settling competes with the first screen.
        QTimer.singleShot(SETTLE_DELAY_MS, self._settle_promises)

    def _settle_promises(self) -> None:
        from recouvrement_desktop.services.changes import Changes, Record  # noqa: PLC0415
        from recouvrement_desktop.services.start_up import start_up_jobs  # noqa: PLC0415

        database, today = self.workspace.database, date.today()
        self.runner.long(
            lambda progress: start_up_jobs(database, today, after_batch=progress.report),
            self._promises_settled,
            changes=lambda report: (
                Changes.of(None, Record.JOURNAL, Record.CASE)
                if report.kept or report.broken or report.missed
                else Changes.of(())
            ),
        )

    def _maybe_filled(self) -> None:
        """``filled`` once the first page is shown with the case it selected (if any)."""
        if self._administration:
            self._filled = True
            self.filled.emit()
            return
        if self._filled or self.case_list.model.loading:
            return
        if self.case_list.model.rowCount() and (self._case_id is None or self._opening):
            return  # its case is still on its way
        self._filled = True
        self.filled.emit()

    def _promises_settled(self, report: StartUpReport) -> None:
        if report.kept or report.broken:
            self.statusBar().showMessage(
                self.tr("Promises updated: {kept} kept, {broken} broken").format(
                    kept=len(report.kept), broken=len(report.broken)
                ),
                8000,
            )

    # Cases -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.tabs.currentIndex() != CASE_TAB:  # the queue comes back with the case tab
            self.tabs.setCurrentIndex(CASE_TAB)
        self.case_list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.case_list.search.selectAll()

    def _select_case(self, case_id: int) -> None:
        self._case_id = case_id
        self.quick_entry.set_case(case_id)
        prefetched, self._prefetched = self._prefetched, None
        if prefetched is not None and prefetched.case_id == case_id:
            self._openings += 1  # as if read now: any reading under way is older
            self._case_opened(self._openings, prefetched, reset_simulator=True)
        else:
            self._open_case(case_id, reset_simulator=True)

    def _open_case(self, case_id: int, *, reset_simulator: bool) -> None:
        """Read the case whole, off the GUI thread, and show it when it comes."""
        from recouvrement_desktop.services.case_file import open_case  # noqa: PLC0415

        if self._opening is not None:
            # A newer reading replaces it; it takes over a reset it was to make.
            reset_simulator = reset_simulator or self._opening_resets
            self._opening.cancel()
        self._opening_resets = reset_simulator
        self._openings += 1
        number, database, identity = (
            self._openings,
            self.workspace.database,
            self.workspace.identity,
        )
        self._opening = self.runner.read(
            lambda: open_case(database, identity, case_id),
            lambda found: self._case_opened(number, found, reset_simulator=reset_simulator),
        )

    def _case_opened(self, number: int, found: CaseFile, *, reset_simulator: bool) -> None:
        if number != self._openings:
            return  # a newer reading is on its way (another case, or this one again)
        self._opening = None
        detail = found.detail
        self.client_panel.show_detail(detail)
        if reset_simulator:
            self.session_bar.set_case(found.case_id, found.session)
            self._simulator_case = (detail, found.delegation)
            self.simulator_actions.set_enabled(detail is not None)
            if self._simulator is not None:
                self._simulator.set_case(detail, found.delegation)
        if detail is not None and reset_simulator:  # a reload leaves the message in place
            self.statusBar().showMessage(detail.case.reference, 4000)
        self.case_shown.emit(found.case_id)

    def _on_changes(self, changes: Changes) -> None:
        from recouvrement_desktop.services.changes import Record  # noqa: PLC0415

        if changes.touches(self._case_id) and self._case_id is not None:
            # The plan being discussed stays on screen.
            self._open_case(self._case_id, reset_simulator=False)
        if changes.concerns(Record.CASE, Record.AGREEMENT, Record.JOURNAL):
            self.case_list.model.reload()

    # The simulator -----------------------------------------------------------------------

    @property
    def simulator(self) -> SimulatorPanel:
        """The simulator, built on first use with the case shown."""
        if self._simulator is None:
            from recouvrement_desktop.ui.simulator.panel import SimulatorPanel  # noqa: PLC0415

            panel = SimulatorPanel(self.runner, actions=self.simulator_actions)
            self._simulator_area.setWidget(panel)
            self._simulator = panel
            panel.set_case(*self._simulator_case)
            self._set_tab_order()
        return self._simulator

    def _propose(self) -> None:
        self.simulator.propose()

    def _show_client_view(self) -> None:
        self.simulator.show_client_view()

    def _tab_changed(self, index: int) -> None:
        if index == SIMULATOR_TAB:
            _ = self.simulator  # built when first shown
        self._give_simulator_the_width(index)

    def _give_simulator_the_width(self, index: int) -> None:
        """The simulator needs the whole width during a negotiation: the queue folds
        away while it is shown and comes back with the case tab."""
        if index == SIMULATOR_TAB:
            self._queue_sizes = self.splitter.sizes()
            self.splitter.setSizes([0, sum(self._queue_sizes)])
        elif self._queue_sizes is not None:
            self.splitter.setSizes(self._queue_sizes)
            self._queue_sizes = None
        self._queue_reachable_if_shown()

    def _queue_reachable_if_shown(self) -> None:
        """A folded queue is out of the keyboard's way (Tab skips disabled widgets)."""
        self.case_list.setEnabled(self.splitter.sizes()[0] > 0)

    def keep_offer(self) -> Operation[JournalEntryView] | None:
        """Keep the plan on screen as an offer of the running session."""
        offer = self.simulator.current_offer()
        if offer is None:
            self.statusBar().showMessage(self.tr("No valid plan on screen to keep."), 6000)
            return None
        return self.session_bar.keep_offer(offer)

    def accept_plan(self) -> AgreementDialog | None:
        """Turn the plan on screen into an agreement (or a request for approval)."""
        # Imported when first needed: PDF and signing libraries cost half a second at start.
        from recouvrement_desktop.ui.agreement_dialog import AgreementDialog  # noqa: PLC0415

        result = self.simulator.result
        if (
            self._case_id is None
            or result is None
            or result.plan is None
            or result.assessment is None
        ):
            self.statusBar().showMessage(self.tr("No valid plan on screen to accept."), 6000)
            return None
        session = self.session_bar.session
        dialog = AgreementDialog(
            self.runner,
            self.workspace,
            self._case_id,
            result.plan,
            result.assessment,
            session_id=session.id if session else None,
            channel=session.channel if session else Channel.BRANCH,
            language=active_language(),
            parent=self,
        )
        dialog.open()
        return dialog

    def follow_up_agreements(self) -> FollowUpDialog:
        """Plans waiting for a supervisor, papers waiting to come back countersigned."""
        from recouvrement_desktop.ui.follow_up_dialog import FollowUpDialog  # noqa: PLC0415

        dialog = FollowUpDialog(self.runner, self.workspace, self)
        dialog.open()
        return dialog

    # Officer -----------------------------------------------------------------------------

    def _show_officer(self) -> None:
        officer = self.workspace.identity
        self.officer_label.setText(
            self.tr("Signed in: {name} ({role})").format(
                name=officer.full_name, role=label(officer.role)
            )
            if officer
            else self.tr("No officer: add officers to this database")
        )
        if not self._administration:
            self.case_list.set_current_officer(
                officer.id if officer else None, queue_branch(officer) if officer else None
            )

    # Misc --------------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr(
                "{app} {version}\nDebt recovery cases, live rescheduling and repayment agreements."
            ).format(app=APP_NAME, version=__version__),
        )

    def _restore_geometry(self) -> None:
        value = QSettings().value("window/geometry")
        if isinstance(value, QByteArray):
            self.restoreGeometry(value)

    def _restore_layout(self) -> None:
        settings = QSettings()
        for key, restore in (
            ("window/state", self.restoreState),
            ("window/mainSplitter", self.splitter.restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep the layout, then let the work under way end (at most a tenth of a second:
        reads are interrupted, writes finish or roll back, never half written)."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        if self._attached and not self._administration:  # else no layout of its own yet
            settings.setValue("window/state", self.saveState())
            settings.setValue("window/mainSplitter", self.splitter.saveState())
        self.runner.shutdown()
        super().closeEvent(event)
