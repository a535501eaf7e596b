"""Tab follows the screen: the queue, the case, the quick entry, the simulator, the session.

Real Tab presses in the real window (shown and active), reading where the focus lands.
Qt skips what is hidden (the other forms of a tab widget), disabled, or an unchecked
radio button of an exclusive group (arrows move within the group).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.rescheduling import Treatment
from recouvrement_desktop.ui.main_window import MainWindow
from recouvrement_desktop.ui.quick_entry import QuickEntry
from tests.ui.conftest import workspace_of


@pytest.fixture
def window(qtbot: QtBot, demo_database: Database) -> Iterator[MainWindow]:
    main = MainWindow(workspace_of(demo_database), demo=True, restore_layout=False)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    with qtbot.waitSignal(main.filled, timeout=10_000):
        main.start()
    yield main


def _name(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    text = getattr(widget, "text", None)
    label = text() if callable(text) else ""
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or label})"


def tab_walk(qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget]:
    """Where the focus goes from *start* at each Tab; a widget that keeps the focus for
    several presses (a date edit goes through day, month, year) counts once."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = [start]
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is not seen[-1]:
            seen.append(now)
    return seen


def assert_walk(seen: list[QWidget], expected: list[QWidget]) -> None:
    reachable = [widget for widget in expected if widget.isEnabled()]
    assert [_name(w) for w in seen[: len(reachable)]] == [_name(w) for w in reachable]
    assert seen[: len(reachable)] == reachable


def test_tab_goes_from_the_search_through_the_queue_the_case_and_the_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    queue, filters = window.case_list, window.case_list.filters
    panel, entry, session = window.client_panel, window.quick_entry, window.session_bar
    expected = [
        queue.search,
        filters.stage,
        filters.days_past_due,
        filters.loan_category,
        filters.officer,
        filters.my_cases,
        filters.due_only,
        filters.forclusion_soon,
        filters.agreement_default,
        filters.clear_button,  # disabled until a filter is chosen: skipped
        queue.table,  # Tab leaves the list (arrows move in it)
        window.tabs.tabBar(),
        panel.loans,
        panel.kind_filter,
        panel.history,
        entry.tabs.tabBar(),
        entry.note_edit,
        entry.save_button,
        *session.buttons,  # "End session" is disabled without a session: skipped
        queue.search,  # and round again
    ]
    assert_walk(tab_walk(qtbot, queue.search, 40), expected)


def test_tab_goes_through_the_promise_form_in_reading_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    entry = window.quick_entry
    entry.show_form(QuickEntry.PROMISE)
    expected = [
        entry.tabs.tabBar(),
        entry.amount_edit,
        entry.due_edit,
        entry.promise_note,
        entry.save_button,
        *window.session_bar.buttons,
    ]
    assert_walk(tab_walk(qtbot, entry.tabs.tabBar(), 20), expected)


def test_tab_goes_through_the_simulator_as_it_is_laid_out(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    simulator = window.simulator
    inputs = simulator.inputs
    qtbot.waitUntil(inputs.by_periods.isVisible)
    inputs.arrears.treatment.setCurrentIndex(
        inputs.arrears.treatment.findData(Treatment.SPREAD.value)
    )
    cards = simulator.scenarios.cards
    expected: list[QWidget] = [
        inputs.by_periods,  # the target instalment, unchecked, is reached with the arrows
        inputs.periods_slider,
        inputs.periods_spin,
        inputs.rate_spin,
        inputs.grace_spin,
        inputs.grace_kind,
        inputs.down_payment,
        inputs.first_due,
        inputs.arrears.treatment,
        inputs.arrears.spread,  # shown when the arrears are spread
        inputs.arrears.waived,
        inputs.late_interest.treatment,
        inputs.late_interest.waived,
        inputs.fees.treatment,
        inputs.fees.waived,
        *simulator.header_buttons,  # Proposals, Client view
        simulator.schedule_view,
    ]
    for card in cards:
        expected += [card.store_button, card.use_button]  # "Show" waits for a plan
    expected += window.session_bar.buttons
    assert_walk(tab_walk(qtbot, inputs.by_periods, 60), expected)


def test_by_target_instalment_tab_goes_to_its_own_pair(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    inputs = window.simulator.inputs
    qtbot.waitUntil(inputs.by_installment.isVisible)
    inputs.by_installment.setChecked(True)
    expected = [
        inputs.by_installment,
        inputs.installment_slider,
        inputs.installment_spin,
        inputs.rate_spin,
    ]
    assert_walk(tab_walk(qtbot, inputs.by_installment, 6), expected)
