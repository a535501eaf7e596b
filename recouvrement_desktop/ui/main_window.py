"""The main window: assembles the panels, menus and status bar, and nothing more."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from recouvrement_desktop import APP_NAME, __version__
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.ui.case_list_panel import CaseListPanel
from recouvrement_desktop.ui.client_panel import ClientPanel


class MainWindow(QMainWindow):
    ready = Signal()  # the first page of the queue is on screen

    def __init__(
        self,
        database: Database,
        *,
        demo: bool = False,
        restore_layout: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.queries = CaseQueries(database)
        title = self.tr("{app} — demonstration data") if demo else "{app}"
        self.setWindowTitle(title.format(app=APP_NAME))
        self.setObjectName("mainWindow")

        self.case_list = CaseListPanel(self.queries)
        self.client_panel = ClientPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.case_list)
        self.splitter.addWidget(self.client_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.setCentralWidget(self.splitter)

        self.database_label = QLabel(database.display_url)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()

        self.case_list.case_selected.connect(self._show_case)
        self.case_list.loaded.connect(self.ready)
        self.resize(1360, 820)
        self.splitter.setSizes([600, 760])
        if restore_layout:
            self._restore_layout()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        cases_menu = self.menuBar().addMenu(self.tr("&Cases"))
        search_action = QAction(self.tr("&Search…"), self)
        search_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")]
        )
        search_action.triggered.connect(self.focus_search)
        cases_menu.addAction(search_action)
        refresh_action = QAction(self.tr("&Refresh"), self)
        refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh_action.triggered.connect(self.case_list.refresh)
        cases_menu.addAction(refresh_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About"), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    def start(self) -> None:
        """Load the first page of the queue (after the window is shown)."""
        self.case_list.refresh()
        self.focus_search()

    def focus_search(self) -> None:
        self.case_list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.case_list.search.selectAll()

    def _show_case(self, case_id: int) -> None:
        detail = self.queries.detail(case_id)
        self.client_panel.show_detail(detail)
        if detail is not None:
            self.statusBar().showMessage(detail.case.reference, 4000)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr(
                "{app} {version}\nDebt recovery cases, live rescheduling and repayment agreements."
            ).format(app=APP_NAME, version=__version__),
        )

    def _restore_layout(self) -> None:
        settings = QSettings()
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/mainSplitter", self.splitter.restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/mainSplitter", self.splitter.saveState())
        super().closeEvent(event)
