"""The schedule table: one row per instalment, figures formatted in the active locale.

Cells are formatted when the view asks for them (only the visible rows are): amounts
through ``fast_money`` (the text of ``format_money``, without Babel's cost per call),
dates remembered by value (the due dates mostly stay from one plan to the next).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from recouvrement_desktop.domain.schedule import Row, Schedule
from recouvrement_desktop.i18n.fast_money import fast_money
from recouvrement_desktop.i18n.formatting import format_date, format_integer
from recouvrement_desktop.i18n.language import Language, active_language

_Index = QModelIndex | QPersistentModelIndex
_RIGHT: Final = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_DISPLAY: Final = Qt.ItemDataRole.DisplayRole
_ALIGNMENT: Final = Qt.ItemDataRole.TextAlignmentRole


@functools.lru_cache(maxsize=4096)
def _cached_date(value: date, language: Language) -> str:
    return format_date(value, language)


def _money(value: Decimal) -> str:
    return fast_money(value)


def _date(value: date) -> str:
    return _cached_date(value, active_language())


# The text of each column's cell, in order.
_COLUMNS: Final[tuple[Callable[[Row], str], ...]] = (
    lambda row: format_integer(row.number),
    lambda row: _date(row.due_date),
    lambda row: _money(row.total_due),
    lambda row: _money(row.interest),
    lambda row: _money(row.principal),
    lambda row: _money(row.insurance),
    lambda row: _money(row.extra),
    lambda row: _money(row.balance),
)
NUMBER, DUE_DATE, TOTAL_DUE, INTEREST, PRINCIPAL, INSURANCE, EXTRA, BALANCE = range(8)


class ScheduleModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Row, ...] = ()
        self._texts: dict[tuple[int, int], str] = {}
        self._headers = (
            self.tr("No."),
            self.tr("Due date"),
            self.tr("To pay"),
            self.tr("Interest"),
            self.tr("Principal"),
            self.tr("Insurance"),
            self.tr("Overdue spread"),
            self.tr("Balance after"),
        )
        self._tooltips = {
            TOTAL_DUE: self.tr(
                "What the client pays on that date: instalment, insurance and overdue amounts spread or added"  # noqa: E501
            ),
            EXTRA: self.tr("Overdue amounts spread over the first instalments, interest-free"),
        }

    def set_schedule(self, schedule: Schedule | None) -> None:
        """Show *schedule*: rows added or removed at the end, the others changed in
        place, so that the view keeps its scroll position and skips a full reset."""
        rows = () if schedule is None else schedule.rows
        old, new = len(self._rows), len(rows)
        self._texts.clear()
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._rows = rows
            self.endRemoveRows()
        elif new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows = rows
            self.endInsertRows()
        else:
            self._rows = rows
        kept = min(old, new)
        if kept:
            last = self.index(kept - 1, len(_COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])

    def row_at(self, number: int) -> Row:
        return self._rows[number]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Called for every role of every visible cell at each repaint: the role is
        # checked first, against constants (an enum looked up costs more than the rest).
        if role == _DISPLAY:
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                if not index.isValid():
                    return None
                text = self._texts[key] = _COLUMNS[key[1]](self._rows[key[0]])
            return text
        if role == _ALIGNMENT:
            return None if index.column() == DUE_DATE else _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips.get(section)
        return None
