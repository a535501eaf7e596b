"""The work queue: a search field and a filter bar over the lazy case table.

Every page and count is fetched off the GUI thread; a result that arrives after the
officer typed or chose something else is dropped (see ``CaseTableModel`` generations).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.i18n.formatting import format_integer
from recouvrement_desktop.services.case_queries import (
    CaseFilter,
    CasePage,
    CaseQueries,
    OfficerChoice,
)
from recouvrement_desktop.ui.case_filters import CaseFilterBar
from recouvrement_desktop.ui.case_table_model import COLUMN_SORT_KEYS, CaseTableModel
from recouvrement_desktop.ui.focus import set_tab_order
from recouvrement_desktop.ui.operations import OperationRunner

SEARCH_DELAY_MS = 150  # type-ahead: wait for a pause in typing, not for Enter
COUNT_CAP = 10_000  # exact below, "more than" above: a count of 1M rows costs a quarter second


class CaseListPanel(QWidget):
    case_selected = Signal(int)
    loaded = Signal()  # the first page of the current search, filter and order is shown
    counted = Signal()  # the count label shows the current search and filter

    def __init__(
        self, queries: CaseQueries, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._queries = queries
        self._runner = runner
        self._current_officer: int | None = None
        self._branch: str | None = None
        self._count_generation = 0
        self._counted: tuple[int, CaseFilter] | None = None  # count asked for, of what
        self._officers_requested = False
        self._selected_id: int | None = None  # the case last announced by case_selected
        self._shown_filter: CaseFilter | None = None  # the filter of the rows on screen

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search a client, a case reference or a phone number")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.filters = CaseFilterBar()
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")

        self.model = CaseTableModel(queries, runner)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.verticalHeader().setVisible(False)
        # Rows as tall as the text (and the 16-pixel flag) need, whatever the font size.
        self.table.verticalHeader().setDefaultSectionSize(
            max(self.table.fontMetrics().height() + 10, 22)
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # A header click sorts in SQL (the model's ``sort``); a third click clears the
        # indicator and brings back the day's work. Start with no indicator: day's work.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._search_timer = self._typing_pause()
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._focus_first_row)
        self.filters.changed.connect(self.refresh)
        self.model.first_page_loaded.connect(self._on_first_page)
        self.model.failed.connect(self._show_error)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        set_tab_order(self.focus_chain())

    def _typing_pause(self) -> QTimer:
        """Type-ahead: the search runs once the officer pauses, not on every key."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(SEARCH_DELAY_MS)
        timer.timeout.connect(self.refresh)
        return timer

    def focus_chain(self) -> list[QWidget]:
        """Search, then the filters as laid out, then the list, for Tab."""
        return [self.search, *self.filters.focus_chain(), self.table]

    # --- public ---------------------------------------------------------------------

    def set_current_officer(self, officer_id: int | None, branch: str | None = None) -> None:
        """The officer at the keyboard, whose cases "My cases" shows, and the branch whose
        cases the queue lists (``None``: every case)."""
        self._current_officer = officer_id
        self._branch = branch
        self.filters.set_current_officer(officer_id)

    def current_filter(self) -> CaseFilter:
        return self.filters.apply(CaseFilter(search=self.search.text(), branch=self._branch))

    def refresh(self, first_page: tuple[CaseFilter, CasePage, date] | None = None) -> None:
        """Fetch the queue again for the current search and filters (results arrive
        later: ``loaded`` says when the first page is shown). *first_page*: the first
        page of a filter, and its day, already read: shown at once if it is the filter
        on screen."""
        self._search_timer.stop()
        if not self._officers_requested:
            self._officers_requested = True
            self._runner.read(
                self._queries.officers, self._set_officers, failed=self._show_error, owner=self
            )
        case_filter = self.current_filter()
        if case_filter != self.model.case_filter or not self.count_label.text():
            self.count_label.setText(self.tr("Searching…"))  # else the count stands meanwhile
        self._count_generation += 1
        if first_page is not None and case_filter == first_page[0]:
            self.model.show_page(*first_page)
        else:
            self.model.set_filter(case_filter)

    # --- results --------------------------------------------------------------------

    def _set_officers(self, officers: list[OfficerChoice]) -> None:
        self.filters.set_officers(officers)

    def _on_first_page(self) -> None:
        if self.model.rowCount() and not self._sized:
            self.table.resizeColumnsToContents()  # once, from the first page: stable widths
            self._sized = True
        self._restore_selection()
        if self._counted == (self._count_generation, self.model.case_filter):
            pass  # only the order changed: the count stands
        elif self.model.canFetchMore(QModelIndex()):
            if self._counted is None or self._counted[1] != self.model.case_filter:
                self.count_label.setText(self.tr("Counting…"))  # else the last count stands
            self._counted = (self._count_generation, self.model.case_filter)
            self._count(self.model.case_filter)
        else:  # the whole result is on screen: nothing left to count
            self._show_count(self._count_generation, self.model.rowCount())
        if not self._search_timer.isActive():  # else a newer search is on its way
            self.loaded.emit()

    def _restore_selection(self) -> None:
        """After a new search or filter, the top case is selected. After a reload or a new
        order of the same list, the case in hand stays selected (and is not announced
        again): the officer may be on the phone about it."""
        same_list = self._shown_filter == self.model.case_filter
        self._shown_filter = self.model.case_filter
        rows = self.model.rowCount()
        if not rows:
            return
        if not same_list or self._selected_id is None:
            self.table.selectRow(0)
            return
        for row in range(rows):
            if self.model.row_at(row).id == self._selected_id:
                self.table.selectRow(row)
                return

    def _count(self, case_filter: CaseFilter) -> None:
        generation, queries = self._count_generation, self._queries
        self._runner.read(
            lambda: queries.count(case_filter, cap=COUNT_CAP),
            lambda total: self._show_count(generation, total),
            failed=self._show_error,
            owner=self,
        )

    def _show_count(self, generation: int, total: int) -> None:
        if generation != self._count_generation:
            return  # the count of an older search
        if total > COUNT_CAP:
            text = self.tr("More than {count} cases").format(count=format_integer(COUNT_CAP))
        else:
            text = self.tr("%Ln case(s)", "", total)
        self.count_label.setText(text)
        self.counted.emit()

    def _show_error(self, message: str) -> None:
        self.count_label.setText(message)

    # --- interaction ----------------------------------------------------------------

    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        if 0 <= section < len(COLUMN_SORT_KEYS) and COLUMN_SORT_KEYS[section] is None:
            # No order on this column: show no indicator, as for the day's work.
            with QSignalBlocker(self.table.horizontalHeader()):
                self.table.horizontalHeader().setSortIndicator(-1, order)

    def _focus_first_row(self) -> None:
        self._search_timer.stop()
        if self.search.text() != self.model.case_filter.search:
            self.refresh()  # Enter before the pause in typing: search now
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.table.selectRow(0)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            index: QModelIndex = indexes[0]
            case_id = self.model.row_at(index.row()).id
            if case_id != self._selected_id:
                self._selected_id = case_id
                self.case_selected.emit(case_id)
