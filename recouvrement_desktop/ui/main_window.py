"""The main window: assembles the panels, menus and status bar, and nothing more."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop import APP_NAME, __version__
from recouvrement_desktop.domain.recovery import Channel
from recouvrement_desktop.errors import UserFacingError
from recouvrement_desktop.i18n.language import active_language
from recouvrement_desktop.i18n.messages import user_message
from recouvrement_desktop.ui.background import Background
from recouvrement_desktop.ui.focus import set_tab_order
from recouvrement_desktop.ui.labels import label

# The window is on screen before the database layer and the panels are imported (they
# take most of a start): the panels are imported by ``attach``, the rest when needed.
if TYPE_CHECKING:
    from recouvrement_desktop.db.database import Database
    from recouvrement_desktop.db.models import Officer
    from recouvrement_desktop.services.case_queries import CaseQueries
    from recouvrement_desktop.services.promises import SettlementReport
    from recouvrement_desktop.ui.agreement_dialog import AgreementDialog
    from recouvrement_desktop.ui.case_list_panel import CaseListPanel
    from recouvrement_desktop.ui.client_panel import ClientPanel
    from recouvrement_desktop.ui.follow_up_dialog import FollowUpDialog
    from recouvrement_desktop.ui.quick_entry import QuickEntry
    from recouvrement_desktop.ui.session_bar import SessionBar
    from recouvrement_desktop.ui.simulator.panel import SimulatorPanel

OFFICER_SETTING = "officer/login"


class MainWindow(QMainWindow):
    ready = Signal()  # the first page of the queue is on screen
    data_changed = Signal(int)  # one case changed (id); every view that shows it reloads

    database: Database
    queries: CaseQueries
    officer: Officer | None
    case_list: CaseListPanel
    client_panel: ClientPanel
    quick_entry: QuickEntry
    session_bar: SessionBar
    simulator: SimulatorPanel

    def __init__(
        self,
        database: Database | None = None,
        *,
        demo: bool = False,
        restore_layout: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """The window's frame; its panels come with ``attach`` (at once if ``database``
        is given), so that a start shows the window before the slow imports."""
        super().__init__(parent)
        self.background = Background(self)
        self._case_id: int | None = None
        self._restore_layout_wanted = restore_layout
        self._attached = False
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
        if database is not None:
            self.attach(database)

    def attach(self, database: Database) -> None:
        """Build the panels, menus and status bar over ``database``."""
        from recouvrement_desktop.services.case_queries import CaseQueries  # noqa: PLC0415
        from recouvrement_desktop.services.officers import acting_officer  # noqa: PLC0415
        from recouvrement_desktop.ui.case_list_panel import CaseListPanel  # noqa: PLC0415
        from recouvrement_desktop.ui.client_panel import ClientPanel  # noqa: PLC0415
        from recouvrement_desktop.ui.quick_entry import QuickEntry  # noqa: PLC0415
        from recouvrement_desktop.ui.session_bar import SessionBar  # noqa: PLC0415
        from recouvrement_desktop.ui.simulator.panel import SimulatorPanel  # noqa: PLC0415

        self._attached = True
        self.database = database
        self.queries = CaseQueries(database)
        self.officer = acting_officer(
            database, str(QSettings().value(OFFICER_SETTING, "") or "") or None
        )

        self.case_list = CaseListPanel(self.queries)
        self.client_panel = ClientPanel()
        self.quick_entry = QuickEntry(database, lambda: self.officer)
        self.session_bar = SessionBar(database, lambda: self.officer)
        self.simulator = SimulatorPanel(lambda: self.officer)

        case_page = QWidget()
        case_layout = QVBoxLayout(case_page)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addWidget(self.client_panel, 1)
        case_layout.addWidget(self.quick_entry)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self.tabs.addTab(case_page, self.tr("&Case"))
        # Scrolls rather than widening the window on a 1366-pixel screen.
        simulator_area = QScrollArea()
        simulator_area.setWidgetResizable(True)
        simulator_area.setFrameShape(QFrame.Shape.NoFrame)
        simulator_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what it holds
        simulator_area.setWidget(self.simulator)
        self.tabs.addTab(simulator_area, self.tr("Si&mulator"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.setCentralWidget(self.splitter)

        session_toolbar = QToolBar(self.tr("Session"))
        session_toolbar.setObjectName("sessionToolbar")
        session_toolbar.setMovable(False)
        session_toolbar.addWidget(self.session_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, session_toolbar)
        # Tab follows the screen: the queue, the case or the simulator, then the session.
        set_tab_order(
            [
                *self.case_list.focus_chain(),
                self.tabs,
                *self.client_panel.focus_chain(),
                *self.quick_entry.focus_chain(),
                *self.simulator.focus_chain(),
                *self.session_bar.focus_chain(),
            ]
        )

        self.officer_label = QLabel()
        self.officer_label.setObjectName("officerLabel")
        self.database_label = QLabel(database.display_url)
        self.statusBar().addPermanentWidget(self.officer_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._show_officer()

        self._queue_sizes: list[int] | None = None
        self.tabs.currentChanged.connect(self._give_simulator_the_width)
        self.splitter.splitterMoved.connect(self._queue_reachable_if_shown)
        self.case_list.case_selected.connect(self._select_case)
        self.case_list.loaded.connect(self.ready)
        self.quick_entry.data_changed.connect(self.data_changed)
        self.session_bar.data_changed.connect(self.data_changed)
        self.data_changed.connect(self._on_data_changed)
        self.splitter.setSizes([600, 760])
        if self._restore_layout_wanted:
            self._restore_layout()

    # Menus -------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        switch_action = self._action(self.tr("Change &officer…"))
        switch_action.triggered.connect(self._choose_officer)
        file_menu.addAction(switch_action)
        file_menu.addSeparator()
        quit_action = self._action(self.tr("&Quit"), QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

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

        entry_menu = self.menuBar().addMenu(self.tr("&Entry"))
        entry_menu.addActions(self.quick_entry.actions())

        session_menu = self.menuBar().addMenu(self.tr("Se&ssion"))
        session_menu.addActions(self.session_bar.actions())
        keep_offer_action = self._action(self.tr("&Keep the offer shown"), "Ctrl+Shift+K")
        keep_offer_action.triggered.connect(self.keep_offer)
        session_menu.addAction(keep_offer_action)

        simulator_menu = self.menuBar().addMenu(self.tr("Si&mulator"))
        simulator_menu.addActions(self.simulator.actions())
        simulator_menu.addSeparator()
        accept_action = self._action(self.tr("Client &accepts the plan…"), "Ctrl+Shift+A")
        accept_action.triggered.connect(self.accept_plan)
        simulator_menu.addAction(accept_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        case_tab_action = self._action(self.tr("The &case"), "Ctrl+1")
        case_tab_action.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        view_menu.addAction(case_tab_action)
        simulator_tab_action = self._action(self.tr("The &simulator"), "Ctrl+2")
        simulator_tab_action.triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        view_menu.addAction(simulator_tab_action)
        self.view_menu = view_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = self._action(self.tr("&About"))
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    # Start-up ----------------------------------------------------------------------------

    def start(self) -> None:
        """Load the first page of the queue (after the window is shown), and settle the
        promises that fell due since the last start, off the GUI thread."""
        self.case_list.refresh()
        self.focus_search()
        from recouvrement_desktop.services.promises import settle_due_promises  # noqa: PLC0415

        database, today = self.database, date.today()
        self.background.submit(
            lambda: settle_due_promises(database, today), self._promises_settled, self._show_error
        )

    def _promises_settled(self, report: SettlementReport) -> None:
        if report.kept or report.broken:
            self.statusBar().showMessage(
                self.tr("Promises updated: {kept} kept, {broken} broken").format(
                    kept=len(report.kept), broken=len(report.broken)
                ),
                8000,
            )
            self.case_list.refresh()

    # Cases -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.tabs.currentIndex() != 0:  # the queue comes back with the case tab
            self.tabs.setCurrentIndex(0)
        self.case_list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.case_list.search.selectAll()

    def _select_case(self, case_id: int) -> None:
        self._case_id = case_id
        self._show_case(case_id)
        self.quick_entry.set_case(case_id)
        self.session_bar.set_case(case_id)

    def _show_case(self, case_id: int, *, reset_simulator: bool = True) -> None:
        detail = self.queries.detail(case_id)
        self.client_panel.show_detail(detail)
        if reset_simulator:
            self.simulator.set_case(detail)
        if detail is not None:
            self.statusBar().showMessage(detail.case.reference, 4000)

    def _give_simulator_the_width(self, index: int) -> None:
        """The simulator needs the whole width during a negotiation: the queue folds
        away while it is shown and comes back with the case tab."""
        if self.tabs.widget(index) is self.tabs.widget(1):
            self._queue_sizes = self.splitter.sizes()
            self.splitter.setSizes([0, sum(self._queue_sizes)])
        elif self._queue_sizes is not None:
            self.splitter.setSizes(self._queue_sizes)
            self._queue_sizes = None
        self._queue_reachable_if_shown()

    def _queue_reachable_if_shown(self) -> None:
        """A folded queue is out of the keyboard's way (Tab skips disabled widgets)."""
        self.case_list.setEnabled(self.splitter.sizes()[0] > 0)

    def _on_data_changed(self, case_id: int) -> None:
        if case_id == self._case_id:  # the plan being discussed stays on screen
            self._show_case(case_id, reset_simulator=False)
        self.case_list.model.reload()

    def keep_offer(self) -> None:
        """Keep the plan on screen as an offer of the running session."""
        scenario = self.simulator.current_scenario()
        if scenario is None:
            self.statusBar().showMessage(self.tr("No valid plan on screen to keep."), 6000)
            return
        if self.session_bar.keep_offer(scenario) is not None:
            self.statusBar().showMessage(self.tr("Offer kept in the session."), 4000)

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
            self.database,
            self.officer,
            self._case_id,
            result.plan,
            result.assessment,
            session_id=session.id if session else None,
            channel=session.channel if session else Channel.BRANCH,
            language=active_language(),
            parent=self,
        )
        case_id = self._case_id
        dialog.agreement_made.connect(lambda _view: self.data_changed.emit(case_id))
        dialog.open()
        return dialog

    def follow_up_agreements(self) -> FollowUpDialog:
        """Plans waiting for a supervisor, papers waiting to come back countersigned."""
        from recouvrement_desktop.ui.follow_up_dialog import FollowUpDialog  # noqa: PLC0415

        dialog = FollowUpDialog(self.database, self.officer, self)
        dialog.data_changed.connect(self.data_changed)
        dialog.open()
        return dialog

    # Officer -----------------------------------------------------------------------------

    def _show_officer(self) -> None:
        officer = self.officer
        self.officer_label.setText(
            self.tr("Officer: {name} ({role})").format(
                name=officer.full_name, role=label(officer.role)
            )
            if officer
            else self.tr("No officer: add officers to this database")
        )
        set_officer = getattr(self.case_list, "set_current_officer", None)
        if callable(set_officer):
            set_officer(officer.id if officer else None)

    def _choose_officer(self) -> None:
        from recouvrement_desktop.services.officers import active_officers  # noqa: PLC0415

        officers = active_officers(self.database)
        if not officers:
            return
        names = [f"{officer.full_name} — {officer.branch}" for officer in officers]
        current = next(
            (index for index, o in enumerate(officers) if self.officer and o.id == self.officer.id),
            0,
        )
        name, accepted = QInputDialog.getItem(
            self,
            self.tr("Change officer"),
            self.tr("Who is at the keyboard?"),
            names,
            current,
            False,
        )
        if accepted:
            self.officer = officers[names.index(name)]
            QSettings().setValue(OFFICER_SETTING, self.officer.login)
            self._show_officer()

    # Misc --------------------------------------------------------------------------------

    def _show_error(self, error: UserFacingError) -> None:
        self.statusBar().showMessage(user_message(error), 10000)

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
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        if self._attached:  # closed while opening: no layout of its own to keep yet
            settings.setValue("window/state", self.saveState())
            settings.setValue("window/mainSplitter", self.splitter.saveState())
        self.background.wait(5000)
        super().closeEvent(event)
