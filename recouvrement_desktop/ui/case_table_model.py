"""The work queue as a lazy table model: rows come from SQL a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from recouvrement_desktop.i18n.formatting import format_date, format_integer, format_money
from recouvrement_desktop.services.case_queries import CaseFilter, CaseQueries, CaseRow
from recouvrement_desktop.ui.labels import label

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, queries: CaseQueries) -> None:
        super().__init__()
        self._queries = queries
        self._filter = CaseFilter()
        self._rows: list[CaseRow] = []
        self._exhausted = False
        self._headers = [
            self.tr("Reference"),
            self.tr("Client"),
            self.tr("Stage"),
            self.tr("Arrears"),
            self.tr("Days past due"),
            self.tr("Next action"),
            self.tr("Officer"),
            self.tr("Last contact"),
            self.tr("Flags"),
        ]

    def set_filter(self, case_filter: CaseFilter) -> None:
        self.beginResetModel()
        self._filter = case_filter
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.set_filter(self._filter)

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._queries.page(self._filter, len(self._rows), PAGE_SIZE)
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

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
        if role == Qt.ItemDataRole.ForegroundRole and column == 8 and row.has_broken_promise:
            return QColor("#c62828")
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
            case _:
                return self.tr("Broken promise") if row.has_broken_promise else ""
