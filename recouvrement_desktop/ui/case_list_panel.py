"""The work queue: a search field over the lazy case table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.services.case_queries import CaseFilter, CaseQueries
from recouvrement_desktop.ui.case_table_model import CaseTableModel

SEARCH_DELAY_MS = 150  # type-ahead: wait for a pause in typing, not for Enter


class CaseListPanel(QWidget):
    case_selected = Signal(int)
    loaded = Signal()

    def __init__(self, queries: CaseQueries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queries = queries
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search a client, a case reference or a phone number")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")

        self.model = CaseTableModel(queries)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)  # the queue's order is the day's work, set in SQL
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._focus_first_row)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

    def refresh(self) -> None:
        case_filter = CaseFilter(search=self.search.text())
        self.model.set_filter(case_filter)
        total = self._queries.count(case_filter)
        self.count_label.setText(self.tr("%Ln case(s)", "", total))
        if self.model.rowCount() and not self._sized:
            self.table.resizeColumnsToContents()  # once, from the first page: stable widths
            self._sized = True
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.loaded.emit()

    def _focus_first_row(self) -> None:
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.table.selectRow(0)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            index: QModelIndex = indexes[0]
            self.case_selected.emit(self.model.row_at(index.row()).id)
