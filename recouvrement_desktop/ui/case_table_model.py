"""The work queue as a lazy table model: rows come from SQL a page at a time, off the
GUI thread, in the order and with the filter the database applies (no proxy model)."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap

from recouvrement_desktop.i18n.formatting import format_date, format_integer, format_money
from recouvrement_desktop.services.case_queries import (
    CaseFilter,
    CaseFlags,
    CasePage,
    CaseQueries,
    CaseRow,
    CaseSort,
    PageCursor,
    SortKey,
)
from recouvrement_desktop.ui.drawn_icons import drawn_icon
from recouvrement_desktop.ui.labels import label
from recouvrement_desktop.ui.operations import Operation, OperationRunner
from recouvrement_desktop.ui.theme import Scheme, Tone, scheme_of, tone, tone_in

PAGE_SIZE = 100  # a screenful or three: the first page is what the officer waits for
Index = QModelIndex | QPersistentModelIndex

# Column number → the order a click on its header asks for (None: not sortable).
COLUMN_SORT_KEYS: tuple[SortKey | None, ...] = (
    SortKey.REFERENCE,
    SortKey.CLIENT,
    SortKey.STAGE,
    SortKey.ARREARS,
    SortKey.DAYS_PAST_DUE,
    SortKey.NEXT_ACTION,
    SortKey.OFFICER,
    SortKey.LAST_CONTACT,
    SortKey.FORCLUSION,
    None,
)
FLAGS_COLUMN = 9
NEXT_ACTION_COLUMN = 5
FORCLUSION_COLUMN = 8


def alert_icon(scheme: Scheme | None = None, size: int = 16) -> QIcon:
    """A red disc with an exclamation mark, in the variant of the application's palette."""
    return _alert_icon(scheme or scheme_of(), size)


@cache
def _alert_icon(scheme: Scheme, size: int) -> QIcon:
    """Drawn (crisp at one, two and three times the size) rather than shipped."""
    mark = tone_in(scheme, Tone.ON_DANGER_FILL)

    def paint(painter: QPainter) -> None:
        painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
        painter.setPen(mark)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(size - 5)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "!")

    return drawn_icon(size, tone_in(scheme, Tone.DANGER_FILL), paint)


@cache
def blank_icon(size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class CaseTableModel(QAbstractTableModel):
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    first_page_loaded = Signal()  # the rows of the latest filter or order are in
    page_loaded = Signal()  # any page of the latest filter or order is in
    failed = Signal(str)  # the message of a failure while fetching

    def __init__(self, queries: CaseQueries, runner: OperationRunner) -> None:
        super().__init__()
        self._queries = queries
        self._runner = runner
        self._fetching: Operation[CasePage] | None = None
        self._filter = CaseFilter()
        self._sort: CaseSort | None = None
        self._today = date.today()
        self._rows: list[CaseRow] = []
        self._next: PageCursor | None = None
        self._started = False
        self._exhausted = True
        self._loading = False
        self._generation = 0  # bumped by each new filter or order: older pages are stale
        self._headers = [
            self.tr("Reference"),
            self.tr("Client"),
            self.tr("Stage"),
            self.tr("Arrears"),
            self.tr("Days past due"),
            self.tr("Next action"),
            self.tr("Officer"),
            self.tr("Last contact"),
            self.tr("Forclusion"),
            self.tr("Flags"),
        ]
        self._flag_labels = {
            CaseFlags.BROKEN_PROMISE: self.tr("Broken promise"),
            CaseFlags.PENDING_APPROVAL: self.tr("Pending approval"),
            CaseFlags.AWAITING_SIGNATURE: self.tr("Awaiting signature"),
            CaseFlags.FORCLUSION_SOON: self.tr("Forclusion within 60 days"),
            CaseFlags.AGREEMENT_DEFAULT: self.tr("Agreement in default"),
        }

    # --- what to show ---------------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def case_sort(self) -> CaseSort | None:
        return self._sort

    @property
    def loading(self) -> bool:
        return self._loading

    def set_filter(self, case_filter: CaseFilter) -> None:
        self._filter = case_filter
        self.reload()

    def set_sort(self, case_sort: CaseSort | None) -> None:
        if case_sort != self._sort:
            self._sort = case_sort
            if self._started:
                self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: order by that column in SQL; column -1 (indicator cleared) or a
        column without an order brings back the day's work."""
        key = COLUMN_SORT_KEYS[column] if 0 <= column < len(COLUMN_SORT_KEYS) else None
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_sort(None if key is None else CaseSort(key, descending))

    def reload(self) -> None:
        """Start again from the first page (the previous rows stay until it arrives)."""
        self._started = True
        self._generation += 1
        self._today = date.today()
        self._request(None)

    def show_page(self, case_filter: CaseFilter, page: CasePage, today: date) -> None:
        """Show *page*, the first of *case_filter* in the day's work order, already read
        (the window's first page comes with the opening of the database)."""
        self._filter, self._sort, self._today = case_filter, None, today
        self._started = True
        self._generation += 1
        self._loading = True
        self._receive(self._generation, True, page)

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    # --- fetching -------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._request(self._next)

    def _request(self, after: PageCursor | None) -> None:
        generation, case_filter, sort, today = (
            self._generation,
            self._filter,
            self._sort,
            self._today,
        )
        self._loading = True
        if after is None and self._fetching is not None:
            self._fetching.cancel()  # a page of an older search: not worth finishing
        queries = self._queries

        def work() -> CasePage:
            return queries.page_after(case_filter, after, PAGE_SIZE, sort=sort, today=today)

        self._fetching = self._runner.read(
            work,
            lambda page: self._receive(generation, after is None, page),
            failed=lambda message: self._fail(generation, message),
            owner=self,
        )

    def _receive(self, generation: int, first: bool, page: CasePage) -> None:
        if generation != self._generation:
            return  # overtaken by a newer filter or order
        self._loading = False
        self._next = page.next
        self._exhausted = page.next is None
        if first:
            self.beginResetModel()
            self._rows = list(page.rows)
            self.endResetModel()
        elif page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        if first:
            self.first_page_loaded.emit()
        self.page_loaded.emit()

    def _fail(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._loading = False
            self._exhausted = True
            self.failed.emit(message)

    # --- Qt model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == FLAGS_COLUMN:
            return self._flags_data(row, role)
        if column == 0 and role == Qt.ItemDataRole.DecorationRole:
            # Seen even when the flags column is scrolled out; a blank keeps text aligned.
            return alert_icon() if row.flags else blank_icon()
        if column == 0 and role == Qt.ItemDataRole.ToolTipRole:
            return self._flags_data(row, role)
        if column == NEXT_ACTION_COLUMN and row.next_action_date is not None:
            return self._due_data(row.next_action_date, role)
        if column == FORCLUSION_COLUMN and CaseFlags.FORCLUSION_SOON in row.flags:
            return self._forclusion_data(role)
        return None

    def _forclusion_data(self, role: int) -> Any:
        """A forclusion within 60 days: red and bold, with the alert mark."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return tone(Tone.DANGER)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return alert_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Forclusion within 60 days")
        return None

    def flag_labels(self, flags: CaseFlags) -> list[str]:
        return [text for flag, text in self._flag_labels.items() if flag in flags]

    def _flags_data(self, row: CaseRow, role: int) -> Any:
        if not row.flags:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return alert_icon()
        if role == Qt.ItemDataRole.ForegroundRole:
            return tone(Tone.DANGER)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.flag_labels(row.flags))
        return None

    def _due_data(self, due: date, role: int) -> Any:
        """Overdue actions in red, today's in orange, both bold: the day's work stands out."""
        if due > self._today:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return tone(Tone.DANGER if due < self._today else Tone.WARNING)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Overdue") if due < self._today else self.tr("Due today")
        return None

    def _display(self, row: CaseRow, column: int) -> str:
        match column:
            case 0:
                return row.reference
            case 1:
                return row.client_name
            case 2:
                return label(row.stage)
            case 3:
                return format_money(row.total_arrears)
            case 4:
                return format_integer(row.days_past_due)
            case 5:
                return format_date(row.next_action_date) if row.next_action_date else ""
            case 6:
                return row.officer_name or ""
            case 7:
                return (
                    format_date(row.last_contact_at.astimezone().date())
                    if row.last_contact_at
                    else ""
                )
            case 8:
                return format_date(row.forclusion_date) if row.forclusion_date else ""
            case _:
                return ", ".join(self.flag_labels(row.flags))
