"""The work queue panel driven through its widgets: search as you type, filters, header
sorting, pages fetched off the GUI thread and stale results dropped. Waits on signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from pytestqt.qtbot import QtBot

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.recovery import CaseStage
from recouvrement_desktop.domain.text import fold
from recouvrement_desktop.errors import UserFacingError
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
from recouvrement_desktop.ui.case_list_panel import CaseListPanel
from recouvrement_desktop.ui.case_table_model import (
    FLAGS_COLUMN,
    FORCLUSION_COLUMN,
    PAGE_SIZE,
    CaseTableModel,
)
from recouvrement_desktop.ui.operations import OperationRunner

WAIT_MS = 10_000


@pytest.fixture
def queries(demo_database: Database) -> CaseQueries:
    return CaseQueries(demo_database)


@pytest.fixture
def panel(qtbot: QtBot, queries: CaseQueries, runner: OperationRunner) -> Iterator[CaseListPanel]:
    widget = CaseListPanel(queries, runner)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    signals = [widget.filters.officers_changed, widget.loaded, widget.counted]
    with qtbot.waitSignals(signals, timeout=WAIT_MS):
        widget.refresh()
    yield widget
    runner.wait()


def _rows(panel: CaseListPanel) -> list[CaseRow]:
    return [panel.model.row_at(n) for n in range(panel.model.rowCount())]


def _expected(
    queries: CaseQueries, case_filter: CaseFilter, sort: CaseSort | None = None
) -> list[int]:
    return [row.id for row in queries.page_after(case_filter, None, PAGE_SIZE, sort=sort).rows]


def test_first_page_is_the_days_work_and_the_first_case_is_selected(
    qtbot: QtBot, panel: CaseListPanel, queries: CaseQueries
) -> None:
    assert [row.id for row in _rows(panel)] == _expected(queries, CaseFilter())
    assert panel.model.rowCount() == PAGE_SIZE
    assert panel.table.selectionModel().selectedRows()[0].row() == 0
    assert "300" in panel.count_label.text()


def test_typing_searches_after_a_pause(
    qtbot: QtBot, panel: CaseListPanel, queries: CaseQueries
) -> None:
    wanted = panel.model.row_at(7).client_name  # e.g. "Hélène Lefèvre"
    typed = fold(wanted).upper()  # "HELENE LEFEVRE"
    with qtbot.waitSignals([panel.loaded, panel.counted], timeout=WAIT_MS):
        qtbot.keyClicks(panel.search, typed)
    names = [row.client_name for row in _rows(panel)]
    assert wanted in names
    assert all(fold(name) == fold(typed) for name in names)
    assert [row.id for row in _rows(panel)] == _expected(queries, CaseFilter(search=typed))
    assert panel.count_label.text().startswith(str(len(names)))


def test_selecting_a_row_announces_the_case(qtbot: QtBot, panel: CaseListPanel) -> None:
    with qtbot.waitSignal(panel.case_selected, timeout=WAIT_MS) as selected:
        panel.table.selectRow(3)
    assert selected.args == [panel.model.row_at(3).id]


def test_a_reload_keeps_the_case_in_hand(qtbot: QtBot, panel: CaseListPanel) -> None:
    with qtbot.waitSignal(panel.case_selected, timeout=WAIT_MS):
        panel.table.selectRow(5)
    in_hand = panel.model.row_at(5).id
    with (
        qtbot.assertNotEmitted(panel.case_selected),
        qtbot.waitSignal(panel.loaded, timeout=WAIT_MS),
    ):
        panel.model.reload()  # as after a note was logged on the case
    selected = panel.table.selectionModel().selectedRows()
    assert [panel.model.row_at(index.row()).id for index in selected] == [in_hand]
    other = panel.model.row_at(9)
    with qtbot.waitSignal(panel.case_selected, timeout=WAIT_MS) as announced:
        qtbot.keyClicks(panel.search, fold(other.client_name))
    assert announced.args == [panel.model.row_at(0).id]  # a new search: its top case
    assert other.id in {row.id for row in _rows(panel)}


def test_filters_through_the_widgets(
    qtbot: QtBot, panel: CaseListPanel, queries: CaseQueries
) -> None:
    bar = panel.filters
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        bar.stage.setCurrentIndex(bar.stage.findData(CaseStage.LITIGATION.value))
    assert {row.stage for row in _rows(panel)} == {CaseStage.LITIGATION}

    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(bar.due_only, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    today = date.today()
    rows = _rows(panel)
    assert rows
    assert all(row.next_action_date is not None and row.next_action_date <= today for row in rows)
    expected = CaseFilter(stage=CaseStage.LITIGATION, due_only=True)
    assert panel.model.case_filter == expected
    assert [row.id for row in rows] == _expected(queries, expected)

    officer = next(o for o in queries.officers() if o.full_name == rows[-1].officer_name)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        bar.officer.setCurrentIndex(bar.officer.findData(officer.id))
    assert {row.officer_name for row in _rows(panel)} <= {officer.full_name}
    assert panel.model.case_filter.officer_id == officer.id

    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert panel.model.case_filter == CaseFilter()
    assert not bar.clear_button.isEnabled()


def test_my_cases_follows_the_current_officer(
    qtbot: QtBot, panel: CaseListPanel, queries: CaseQueries
) -> None:
    bar = panel.filters
    assert not bar.my_cases.isEnabled()
    me = next(o for o in queries.officers() if o.full_name == panel.model.row_at(0).officer_name)
    panel.set_current_officer(me.id)
    assert bar.my_cases.isEnabled()
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        bar.my_cases.setChecked(True)
    assert panel.model.case_filter.officer_id == me.id
    assert not bar.officer.isEnabled()
    assert {row.officer_name for row in _rows(panel)} == {me.full_name}
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.set_current_officer(None)
    assert not bar.my_cases.isChecked()
    assert panel.model.case_filter.officer_id is None


def _click_header(qtbot: QtBot, panel: CaseListPanel, column: int) -> None:
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_header_clicks_sort_in_sql_then_return_to_the_days_work(
    qtbot: QtBot, panel: CaseListPanel, queries: CaseQueries
) -> None:
    default = [row.id for row in _rows(panel)]
    arrears = 3
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        _click_header(qtbot, panel, arrears)
    amounts = [row.total_arrears for row in _rows(panel)]
    assert panel.model.case_sort is not None
    assert amounts == sorted(amounts, reverse=panel.model.case_sort.descending)
    first = panel.model.case_sort
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        _click_header(qtbot, panel, arrears)
    second = panel.model.case_sort
    assert second is not None and first is not None
    assert (first.key, second.key) == (SortKey.ARREARS, SortKey.ARREARS)
    assert second.descending != first.descending
    assert [row.id for row in _rows(panel)] == _expected(queries, CaseFilter(), second)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        _click_header(qtbot, panel, arrears)  # third click clears the indicator
    assert panel.model.case_sort is None
    assert panel.table.horizontalHeader().sortIndicatorSection() == -1
    assert [row.id for row in _rows(panel)] == default


def test_the_flags_column_has_no_order(qtbot: QtBot, panel: CaseListPanel) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        _click_header(qtbot, panel, 1)
    assert panel.model.case_sort == CaseSort(SortKey.CLIENT, panel.model.case_sort.descending)  # type: ignore[union-attr]
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        _click_header(qtbot, panel, FLAGS_COLUMN)
    assert panel.model.case_sort is None
    assert panel.table.horizontalHeader().sortIndicatorSection() == -1


def test_broken_promises_are_flagged_with_colour_and_icon(panel: CaseListPanel) -> None:
    model = panel.model
    broken = next(
        n for n in range(model.rowCount()) if model.row_at(n).flags == CaseFlags.BROKEN_PROMISE
    )
    index = model.index(broken, FLAGS_COLUMN)
    assert model.data(index) == model.flag_labels(CaseFlags.BROKEN_PROMISE)[0]
    assert model.data(model.index(broken, 0), Qt.ItemDataRole.ToolTipRole) == model.data(index)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    calm = next(n for n in range(model.rowCount()) if not model.row_at(n).flags)
    assert model.data(model.index(calm, FLAGS_COLUMN)) == ""


def test_more_rows_come_when_scrolled_to(qtbot: QtBot, panel: CaseListPanel) -> None:
    model = panel.model
    panel.table.scrollToBottom()
    while model.loading or model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.page_loaded, timeout=WAIT_MS):
            if not model.loading:
                model.fetchMore(QModelIndex())
    ids = [row.id for row in _rows(panel)]
    assert len(ids) == len(set(ids)) == 300


class _HeldQueries(CaseQueries):
    """Holds back the pages of one search until released: an overtaken request."""

    def __init__(self, database: Database, held: str) -> None:
        super().__init__(database)
        self.held = held
        self.release = threading.Event()

    def page_after(
        self,
        case_filter: CaseFilter,
        after: PageCursor | None,
        limit: int,
        **options: Any,
    ) -> CasePage:
        if case_filter.search == self.held:
            assert self.release.wait(WAIT_MS / 1000)
        return super().page_after(case_filter, after, limit, **options)


def test_results_overtaken_by_newer_typing_are_dropped(
    qtbot: QtBot, demo_database: Database, runner: OperationRunner
) -> None:
    queries = _HeldQueries(demo_database, held="mar")
    model = CaseTableModel(queries, runner)
    model.set_filter(CaseFilter(search="mar"))  # slow: still running when the next comes
    with qtbot.waitSignal(model.first_page_loaded, timeout=WAIT_MS):
        model.set_filter(CaseFilter(search="helene"))
    newest = [model.row_at(n).id for n in range(model.rowCount())]
    assert newest == [
        row.id for row in queries.page_after(CaseFilter(search="helene"), None, PAGE_SIZE).rows
    ]
    with qtbot.assertNotEmitted(model.first_page_loaded):
        queries.release.set()
        runner.wait()
        QCoreApplication.processEvents()  # deliver the overtaken result: it is dropped
    assert [model.row_at(n).id for n in range(model.rowCount())] == newest
    assert not runner.busy


class _BrokenQueries(CaseQueries):
    def page_after(self, *args: Any, **kwargs: Any) -> CasePage:
        raise UserFacingError("The database is unavailable: {reason}", reason="test")


def test_a_failed_fetch_is_shown_not_raised(
    qtbot: QtBot, demo_database: Database, runner: OperationRunner
) -> None:
    panel = CaseListPanel(_BrokenQueries(demo_database), runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.model.failed, timeout=WAIT_MS) as failed:
        panel.refresh()
    assert failed.args is not None and "unavailable: test" in failed.args[0]
    assert "unavailable: test" in panel.count_label.text()
    assert not panel.model.canFetchMore(QModelIndex())
    runner.wait()


# --- the operation runner, as the queue uses it -----------------------------------------


def test_the_runner_delivers_results_and_errors_on_the_gui_thread(
    qtbot: QtBot, runner: OperationRunner
) -> None:
    results: list[tuple[str, Any, bool]] = []
    gui = threading.get_ident()

    def record(kind: str) -> Callable[[Any], None]:
        return lambda value: results.append((kind, value, threading.get_ident() == gui))

    def fail() -> int:
        raise UserFacingError("No {what}", what="luck")

    with qtbot.waitSignal(runner.idle, timeout=WAIT_MS):
        runner.read(threading.get_ident, record("done"))
        runner.read(fail, record("done"), failed=record("failed"))
    assert len(results) == 2
    by_kind = {kind: (value, on_gui) for kind, value, on_gui in results}
    assert by_kind["done"][0] != gui  # the work ran on another thread
    assert by_kind["failed"][0] == "No luck"  # the error's message, translated
    assert all(on_gui for _value, on_gui in by_kind.values())


def test_the_runner_reports_bugs_on_the_gui_thread(
    qtbot: QtBot, runner: OperationRunner, caplog: pytest.LogCaptureFixture
) -> None:
    def bug() -> int:
        raise ZeroDivisionError("a bug")

    with (
        caplog.at_level(logging.ERROR),
        qtbot.waitSignal(runner.failed, timeout=WAIT_MS) as failed,
        qtbot.waitSignal(runner.idle, timeout=WAIT_MS),
    ):
        runner.read(bug, lambda _value: None)
    # Not swallowed: the officer is told, the traceback goes to the log.
    assert failed.args is not None and "The log has the details." in failed.args[0]
    logged = [record.exc_info[0] for record in caplog.records if record.exc_info]
    assert logged == [ZeroDivisionError]


def test_forclusions_near_are_filtered_ordered_and_marked(
    qtbot: QtBot, panel: CaseListPanel, queries: CaseQueries
) -> None:
    bar = panel.filters
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(bar.forclusion_soon, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert panel.model.case_filter == CaseFilter(forclusion_within=90)
    bound = date.today() + timedelta(days=90)
    rows = _rows(panel)
    assert rows
    assert all(row.forclusion_date is not None and row.forclusion_date <= bound for row in rows)

    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        _click_header(qtbot, panel, FORCLUSION_COLUMN)
    assert panel.model.case_sort == CaseSort(SortKey.FORCLUSION)
    rows = _rows(panel)
    dates = [row.forclusion_date for row in rows]
    assert dates == sorted(d for d in dates if d is not None)
    model = panel.model
    for number, row in enumerate(rows):
        index = model.index(number, FORCLUSION_COLUMN)
        marked = (row.forclusion_date - date.today()).days < 60  # type: ignore[operator]
        assert (model.data(index, Qt.ItemDataRole.DecorationRole) is not None) == marked
        assert (CaseFlags.FORCLUSION_SOON in row.flags) == marked
