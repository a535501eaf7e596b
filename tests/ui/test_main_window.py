"""The real main window, driven like an officer would: it opens, searches, shows a case."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QElapsedTimer, QModelIndex, QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Client
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import Channel, JournalKind
from recouvrement_desktop.domain.text import fold
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.i18n.translation import install_translators
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.ui import case_table_model
from recouvrement_desktop.ui.case_table_model import PAGE_SIZE
from recouvrement_desktop.ui.main_window import MainWindow
from tests.ui.conftest import workspace_of
from tests.ui.signing import branch_case_count, branch_cases

LONG_QUERY = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000000) "
    "SELECT count(*) FROM n"
)


def _started(qtbot: QtBot, database: Database) -> MainWindow:
    main = MainWindow(workspace_of(database), demo=True)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.filled, timeout=10_000):
        main.start()
    return main


@pytest.fixture
def window(qtbot: QtBot, demo_database: Database) -> Iterator[MainWindow]:
    yield _started(qtbot, demo_database)


@pytest.fixture
def queue_size(demo_database: Database) -> int:
    """How many cases the window's queue lists: those of its officer's branch."""
    officer = workspace_of(demo_database).identity
    assert officer is not None
    return branch_case_count(demo_database, officer)


@pytest.fixture
def page_size(monkeypatch: pytest.MonkeyPatch, queue_size: int) -> int:
    """The queue's page, smaller than the branch's queue so that it spans pages (a branch
    has fewer demonstration cases than a page of the window)."""
    size = min(PAGE_SIZE, max(1, queue_size // 3))
    monkeypatch.setattr(case_table_model, "PAGE_SIZE", size)
    return size


@pytest.fixture
def paged_window(qtbot: QtBot, demo_database: Database, page_size: int) -> Iterator[MainWindow]:
    """The window, started once its queue's pages are smaller than the queue."""
    yield _started(qtbot, demo_database)


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.case_list.loaded, timeout=5_000):
        window.case_list.search.clear()
        qtbot.keyClicks(window.case_list.search, text)


def test_opens_on_the_queue_with_the_first_case_shown(
    paged_window: MainWindow, page_size: int, queue_size: int
) -> None:
    window = paged_window
    assert queue_size > page_size
    model = window.case_list.model
    assert model.rowCount() == page_size  # lazy: one page, not all the branch's cases
    first = model.row_at(0)
    assert window.client_panel.subtitle.text().find(first.reference) >= 0
    assert first.client_name.split()[-1] in window.client_panel.title.text()
    assert window.client_panel.history.topLevelItemCount() > 0


def test_more_rows_come_when_scrolled_to(
    qtbot: QtBot, paged_window: MainWindow, page_size: int, queue_size: int
) -> None:
    window = paged_window
    assert queue_size > page_size
    model = window.case_list.model
    window.case_list.table.scrollToBottom()
    # Pages arrive off the GUI thread: wait for each one rather than loop on fetchMore.
    while model.loading or model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.page_loaded, timeout=5_000):
            if not model.loading:
                model.fetchMore(QModelIndex())
    assert model.rowCount() == queue_size


def test_queue_puts_due_actions_and_broken_promises_first(window: MainWindow) -> None:
    model = window.case_list.model
    today = date.today()
    urgency = []
    for row_number in range(model.rowCount()):
        row = model.row_at(row_number)
        due = row.has_broken_promise or (
            row.next_action_date is not None and row.next_action_date <= today
        )
        urgency.append((0 if due else 1, -row.total_arrears))
    assert urgency == sorted(urgency)


def _client_with_accents(database: Database, officer: Identity) -> Client:
    """A client of the branch's queue whose name has accents, and whose words no other
    client's name holds (the search finds every name holding the typed words: "Aurélie"
    is in "Aurélien")."""
    with database.session() as session:
        clients = session.scalars(
            select(Client)
            .join(Case, Case.client_id == Client.id)
            .where(branch_cases(officer))
            .order_by(Client.id)
        ).all()
    names = [fold(f"{client.first_name} {client.last_name}") for client in clients]
    for client, name in zip(clients, names, strict=True):
        if client.last_name in ("Lefèvre", "Gérard", "Rivière", "Pérez") and all(
            other == name or not all(word in other for word in name.split()) for other in names
        ):
            return client
    raise AssertionError("no client of the branch with an accented name of their own")


def test_search_ignores_accents_and_case(
    qtbot: QtBot, window: MainWindow, demo_database: Database
) -> None:
    officer = window.officer
    assert officer is not None
    client = _client_with_accents(demo_database, officer)
    typed = fold(f"{client.first_name} {client.last_name}").upper()
    _search(qtbot, window, typed)
    model = window.case_list.model
    assert model.rowCount() >= 1
    names = {model.row_at(n).client_name for n in range(model.rowCount())}
    assert f"{client.first_name} {client.last_name}" in names
    assert all(fold(name) == fold(typed) for name in names)


def test_search_by_reference_and_by_phone(
    qtbot: QtBot, window: MainWindow, demo_database: Database
) -> None:
    officer = window.officer
    assert officer is not None
    with demo_database.session() as session:  # a case of the branch's queue
        case = session.scalars(
            select(Case).where(branch_cases(officer)).order_by(Case.id.desc())
        ).first()
        assert case is not None
        reference, mobile = case.reference, case.client.mobile_phone
    _search(qtbot, window, reference.lower())
    assert [window.case_list.model.row_at(0).reference] == [reference]
    assert mobile is not None
    _search(qtbot, window, mobile.replace(" ", "."))
    model = window.case_list.model
    assert reference in {model.row_at(n).reference for n in range(model.rowCount())}


def test_search_with_no_match_empties_the_list(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "zzzz nobody here")
    assert window.case_list.model.rowCount() == 0


def test_keyboard_enter_in_search_moves_to_the_list(qtbot: QtBot, window: MainWindow) -> None:
    window.focus_search()
    qtbot.keyClick(window.case_list.search, Qt.Key.Key_Return)
    assert window.case_list.table.hasFocus() or QApplication.focusWidget() is window.case_list.table


def test_interface_speaks_french_then_english(qtbot: QtBot, demo_database: Database) -> None:
    app = QApplication.instance()
    assert app is not None
    try:
        install_translators(app, Language.FRENCH)
        french = MainWindow(workspace_of(demo_database))
        qtbot.addWidget(french)
        assert [a.text() for a in french.menuBar().actions()][:1] == ["&Fichier"]
        install_translators(app, Language.ENGLISH)
        english = MainWindow(workspace_of(demo_database))
        qtbot.addWidget(english)
        assert [a.text() for a in english.menuBar().actions()][:1] == ["&File"]
    finally:
        install_translators(app, Language.FRENCH)


def test_window_layout_is_remembered(qtbot: QtBot, demo_database: Database) -> None:
    first = MainWindow(workspace_of(demo_database))
    qtbot.addWidget(first)
    first.show()
    first.splitter.setSizes([300, 900])
    remembered = first.splitter.sizes()
    first.close()
    second = MainWindow(workspace_of(demo_database))
    qtbot.addWidget(second)
    second.show()
    assert second.splitter.sizes() == remembered


def test_an_offer_shown_in_the_simulator_is_kept_in_the_call(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.simulator.current_offer() is not None
    # The start-up jobs may say something in the status bar meanwhile: every message
    # shown is kept, not only the last.
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    with qtbot.waitSignal(window.session_bar.session_started, timeout=5_000):
        assert window.session_bar.start(Channel.PHONE) is not None
    with qtbot.waitSignal(window.session_bar.offer_kept, timeout=5_000):
        assert window.keep_offer() is not None
    history = window.client_panel.history

    def kinds() -> set[str]:
        return {
            history.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
            for n in range(history.topLevelItemCount())
        }

    # The history follows the change the runner announced.
    qtbot.waitUntil(lambda: JournalKind.OFFER.value in kinds(), timeout=10_000)
    assert "Offer kept in the session." in shown


def test_client_accepts_opens_the_agreement_dialog_on_the_plan_shown(
    window: MainWindow,
) -> None:
    dialog = window.accept_plan()
    assert dialog is not None
    assert dialog.isVisible()
    dialog.reject()


@pytest.mark.parametrize("language", [Language.FRENCH, Language.ENGLISH])
def test_the_loans_table_fits_without_scrolling_sideways_at_the_default_size(
    qtbot: QtBot, demo_database: Database, language: Language
) -> None:
    app = QApplication.instance()
    assert app is not None
    install_translators(app, language)
    main = MainWindow(workspace_of(demo_database), demo=True, restore_layout=False)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    with qtbot.waitSignal(main.filled, timeout=10_000):
        main.start()
    queries = CaseQueries(demo_database)
    assert main.size() == QSize(1360, 860)
    loans = main.client_panel.loans
    model = main.case_list.model
    # Every case of the first page (the largest debts come first: the widest figures).
    for row in range(model.rowCount()):
        main.client_panel.show_detail(queries.detail(model.row_at(row).id))
        app.processEvents()  # the columns are sized to their contents on the next turn
        assert loans.rowCount() > 0
        assert loans.horizontalScrollBar().maximum() == 0, model.row_at(row).reference
        assert loans.horizontalHeader().length() <= loans.viewport().width()
        # The contract and every figure whole: only the category may give way (elided,
        # whole in its tooltip).
        for column in (0, *range(2, loans.columnCount())):
            assert loans.columnWidth(column) >= loans.sizeHintForColumn(column)


def test_the_folded_queue_is_out_of_the_keyboards_way_until_search_brings_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.tabs.setCurrentIndex(1)  # the simulator takes the whole width
    assert window.splitter.sizes()[0] == 0
    assert not window.case_list.isEnabled()  # Tab does not wander into it

    window.focus_search()  # Ctrl+F / Ctrl+K

    assert window.tabs.currentIndex() == 0
    assert window.splitter.sizes()[0] > 0
    assert window.case_list.isEnabled()
    assert window.focusWidget() is window.case_list.search


def test_the_simulator_is_built_when_first_shown_with_the_case_in_hand(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window._simulator is None  # not part of the start
    shown = window.case_list.model.row_at(0).reference
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window._simulator is not None
    assert window.simulator.context is not None
    assert window.simulator.context.reference == shown
    assert window.tabs.currentIndex() == 1


def test_closing_never_waits_long_for_work_under_way(
    qtbot: QtBot, window: MainWindow, demo_database: Database
) -> None:
    """A query still running when the officer closes: interrupted, not waited for."""
    started: list[bool] = []

    def long_read() -> int:
        started.append(True)
        with demo_database.session() as session:
            return int(session.execute(text(LONG_QUERY)).scalar_one())

    window.runner.read(long_read, lambda _: None)
    qtbot.waitUntil(lambda: bool(started), timeout=5_000)
    clock = QElapsedTimer()
    clock.start()
    window.close()
    assert clock.elapsed() < 1_000  # budget 100 ms; generous for a loaded test machine
    assert window.runner.wait(2_000)  # the interrupted query ended by itself
