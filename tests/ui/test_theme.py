"""Light and dark: the meaningful colours change with the palette and stay readable."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import JournalEntry
from recouvrement_desktop.domain.guardrails import (
    Assessment,
    GuardrailWarning,
    Severity,
    WarningCode,
)
from recouvrement_desktop.domain.recovery import JournalKind
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.offers import KeptOffer
from recouvrement_desktop.services.workspace import Workspace
from recouvrement_desktop.ui import theme
from recouvrement_desktop.ui.case_list_panel import CaseListPanel
from recouvrement_desktop.ui.case_table_model import alert_icon
from recouvrement_desktop.ui.client_panel import ClientPanel
from recouvrement_desktop.ui.kind_icons import KIND_COLOURS, kind_icon
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.quick_entry import error_label
from recouvrement_desktop.ui.session_bar import SessionBar
from recouvrement_desktop.ui.simulator.balance_chart import BalanceChart
from recouvrement_desktop.ui.simulator.gauges import GaugeBar
from recouvrement_desktop.ui.simulator.warnings_view import WarningsView
from recouvrement_desktop.ui.theme import Scheme, Tone, fusion_palette, set_scheme, tone
from tests.ui.application_process import window_screenshot

ROLES_BEHIND_TEXT = (
    QPalette.ColorRole.Window,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.AlternateBase,
)


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def _luminance(colour: QColor) -> float:
    """Relative luminance, WCAG 2.1."""
    red, green, blue = (_linear(c) for c in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _colours_in(image: QImage) -> set[str]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return {
        image.pixelColor(x, y).name()
        for y in range(image.height())
        for x in range(0, image.width())
    }


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QApplication]:
    """The application in Fusion's dark palette, as on a desktop set to dark."""
    set_scheme(qapp, Scheme.DARK)
    yield qapp
    set_scheme(qapp, None)
    assert theme.scheme_of(qapp.palette()) is Scheme.LIGHT


def test_the_light_and_dark_palettes_are_told_apart(qapp: QApplication) -> None:
    assert theme.scheme_of(fusion_palette(Scheme.LIGHT)) is Scheme.LIGHT
    assert theme.scheme_of(fusion_palette(Scheme.DARK)) is Scheme.DARK
    assert theme.scheme_of(qapp.style().standardPalette()) is Scheme.LIGHT


@pytest.mark.parametrize("scheme", list(Scheme))
def test_text_colours_keep_a_contrast_of_4_5_to_1(scheme: Scheme) -> None:
    palette = fusion_palette(scheme)
    for which in theme.TEXT_TONES:
        for role in ROLES_BEHIND_TEXT:
            ratio = contrast(tone(which, palette), palette.color(role))
            assert ratio >= 4.5, (scheme, which, role, round(ratio, 2))
    for fill, text in (
        (Tone.DANGER_FILL, Tone.ON_DANGER_FILL),
        (Tone.WARNING_FILL, Tone.ON_WARNING_FILL),
    ):
        assert contrast(tone(fill, palette), tone(text, palette)) >= 4.5, (scheme, fill)
    # The palette's own text too (Qt's Fusion palette, rebuilt here for the dark one).
    for role in ROLES_BEHIND_TEXT:
        assert contrast(palette.color(QPalette.ColorRole.Text), palette.color(role)) >= 7


def test_every_meaningful_colour_has_its_own_dark_variant() -> None:
    light, dark = fusion_palette(Scheme.LIGHT), fusion_palette(Scheme.DARK)
    for which in Tone:
        if which not in (Tone.ON_WARNING_FILL,):  # black on amber reads on both
            assert tone(which, light) != tone(which, dark), which
    for kind in JournalKind:
        assert KIND_COLOURS[Scheme.LIGHT][kind] != KIND_COLOURS[Scheme.DARK][kind]
        # A mark (not text): 3:1 against the list behind it (WCAG non-text contrast).
        for scheme, palette in ((Scheme.LIGHT, light), (Scheme.DARK, dark)):
            mark = QColor(KIND_COLOURS[scheme][kind])
            assert contrast(mark, palette.color(QPalette.ColorRole.Base)) >= 3, (scheme, kind)


def test_the_application_turns_dark_and_back(qtbot: QtBot, qapp: QApplication) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    set_scheme(qapp, Scheme.DARK)
    try:
        assert theme.scheme_of() is Scheme.DARK
        qtbot.waitUntil(lambda: theme.scheme_of(widget.palette()) is Scheme.DARK)
    finally:
        set_scheme(qapp, None)
    assert theme.scheme_of() is Scheme.LIGHT
    qtbot.waitUntil(lambda: theme.scheme_of(widget.palette()) is Scheme.LIGHT)


def test_a_dark_system_scheme_is_followed_at_run_time(qapp: QApplication) -> None:
    """What ``styleHints().colorSchemeChanged`` triggers, on a platform that reports the
    scheme without a dark palette of its own."""
    theme.follow_color_scheme(qapp, Qt.ColorScheme.Dark)
    try:
        assert theme.scheme_of() is Scheme.DARK
    finally:
        theme.follow_color_scheme(qapp, Qt.ColorScheme.Light)
    assert theme.scheme_of() is Scheme.LIGHT


def test_the_environment_forces_a_scheme(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    assert theme.forced_scheme() is Scheme.DARK
    theme.install(qapp)
    try:
        assert theme.scheme_of() is Scheme.DARK
        assert qapp.style().name().lower() == "fusion"
    finally:
        set_scheme(qapp, None)
    monkeypatch.setenv(theme.SCHEME_ENV, "sepia")
    assert theme.forced_scheme() is None


def _history_panel(qtbot: QtBot, database: Database) -> tuple[ClientPanel, JournalKind]:
    with database.session() as session:
        case_id = session.scalars(
            select(JournalEntry.case_id)
            .where(JournalEntry.kind == JournalKind.CONTACT)
            .group_by(JournalEntry.case_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    panel = ClientPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show_detail(CaseQueries(database).detail(case_id))
    panel.show()
    qtbot.waitExposed(panel)
    return panel, JournalKind.CONTACT


def test_history_marks_are_drawn_in_the_dark_variant(
    qtbot: QtBot, demo_database: Database, dark: QApplication
) -> None:
    panel, kind = _history_panel(qtbot, demo_database)
    shown = _colours_in(panel.history.viewport().grab().toImage())
    assert KIND_COLOURS[Scheme.DARK][kind] in shown
    assert not {KIND_COLOURS[Scheme.LIGHT][k] for k in JournalKind} & shown


def test_history_marks_follow_a_change_of_palette(
    qtbot: QtBot, demo_database: Database, qapp: QApplication
) -> None:
    panel, kind = _history_panel(qtbot, demo_database)

    def item(row: int) -> QTreeWidgetItem:
        found = panel.history.topLevelItem(row)
        assert found is not None
        return found

    row = next(
        n
        for n in range(panel.history.topLevelItemCount())
        if item(n).data(0, Qt.ItemDataRole.UserRole) == kind.value
    )

    def mark() -> str:
        return item(row).icon(1).pixmap(16, 16).toImage().pixelColor(QPoint(8, 8)).name()

    assert mark() == KIND_COLOURS[Scheme.LIGHT][kind]
    set_scheme(qapp, Scheme.DARK)
    try:
        qtbot.waitUntil(lambda: mark() == KIND_COLOURS[Scheme.DARK][kind])
        filter_icon = panel.kind_filter.itemIcon(panel.kind_filter.findData(kind.value))
        assert (
            filter_icon.pixmap(16, 16).toImage().pixelColor(QPoint(8, 8)).name()
            == (KIND_COLOURS[Scheme.DARK][kind])
        )
    finally:
        set_scheme(qapp, None)
    qtbot.waitUntil(lambda: mark() == KIND_COLOURS[Scheme.LIGHT][kind])


def test_kind_icons_and_the_alert_mark_have_a_dark_variant(dark: QApplication) -> None:
    for kind in JournalKind:
        pixel = kind_icon(kind).pixmap(16, 16).toImage().pixelColor(QPoint(8, 8))
        assert pixel.name() == KIND_COLOURS[Scheme.DARK][kind]
    disc = alert_icon().pixmap(16, 16).toImage().pixelColor(QPoint(5, 8))
    assert disc.name() == tone(Tone.DANGER_FILL).name()
    assert disc != theme.tone_in(Scheme.LIGHT, Tone.DANGER_FILL)


def test_an_error_message_turns_to_the_dark_red(qtbot: QtBot, qapp: QApplication) -> None:
    label = error_label("probe")
    qtbot.addWidget(label)
    label.setText("The amount must be more than zero.")
    label.show()
    light_red = theme.tone_in(Scheme.LIGHT, Tone.DANGER)
    assert label.palette().color(QPalette.ColorRole.WindowText) == light_red
    set_scheme(qapp, Scheme.DARK)
    try:
        dark_red = theme.tone_in(Scheme.DARK, Tone.DANGER)
        qtbot.waitUntil(lambda: label.palette().color(QPalette.ColorRole.WindowText) == dark_red)
        # Only the text colour is the label's own: the window behind still follows.
        assert theme.scheme_of(label.palette()) is Scheme.DARK
        ratio = contrast(dark_red, label.palette().color(QPalette.ColorRole.Window))
        assert ratio >= 4.5
        assert light_red.name() not in _colours_in(label.grab().toImage())
    finally:
        set_scheme(qapp, None)
    qtbot.waitUntil(lambda: label.palette().color(QPalette.ColorRole.WindowText) == light_red)


def test_a_blocking_warning_is_rendered_in_dark_colours(qtbot: QtBot, dark: QApplication) -> None:
    view = WarningsView()
    qtbot.addWidget(view)
    view.set_assessment(
        Assessment(
            (
                GuardrailWarning(
                    WarningCode.USURY,
                    Severity.BLOCKING,
                    "The rate of {rate} is above the usury threshold",
                    {"rate": "25.00%"},
                    needs_approval=True,
                ),
            )
        )
    )
    view.show()
    qtbot.waitExposed(view)
    assert view.blocking_badge.isVisible() and view.approval_badge.isVisible()
    blocking = _colours_in(view.blocking_badge.grab().toImage())
    assert theme.tone_in(Scheme.DARK, Tone.DANGER_FILL).name() in blocking
    assert theme.tone_in(Scheme.LIGHT, Tone.DANGER_FILL).name() not in blocking
    approval = _colours_in(view.approval_badge.grab().toImage())
    assert theme.tone_in(Scheme.DARK, Tone.WARNING_FILL).name() in approval
    assert theme.tone_in(Scheme.LIGHT, Tone.WARNING_FILL).name() not in approval


def test_gauges_and_chart_paint_from_the_dark_palette(qtbot: QtBot, dark: QApplication) -> None:
    bar = GaugeBar()
    qtbot.addWidget(bar)
    bar.resize(200, 16)
    bar.set_state(150.0, 35.0, 200.0, Tone.DANGER_FILL)
    painted = _colours_in(bar.grab().toImage())
    assert theme.tone_in(Scheme.DARK, Tone.DANGER_FILL).name() in painted
    assert theme.tone_in(Scheme.LIGHT, Tone.DANGER_FILL).name() not in painted

    chart = BalanceChart()
    qtbot.addWidget(chart)
    text = chart.palette().color(QPalette.ColorRole.WindowText)
    assert theme.scheme_of(chart.palette()) is Scheme.DARK
    assert chart.x_axis.labelsColor() == text
    assert chart.chart().legend().labelColor() == text
    assert contrast(text, chart.palette().color(QPalette.ColorRole.Window)) >= 7


def test_overdue_actions_in_the_queue_use_the_dark_red(
    qtbot: QtBot, demo_database: Database, runner: OperationRunner, dark: QApplication
) -> None:
    panel = CaseListPanel(CaseQueries(demo_database), runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.refresh()
    model = panel.model
    colours = [
        model.data(model.index(row, column), Qt.ItemDataRole.ForegroundRole)
        for row in range(model.rowCount(QModelIndex()))
        for column in (5, 8)
    ]
    names = {colour.name() for colour in colours if isinstance(colour, QColor)}
    assert names  # the day's work comes first: overdue actions, broken promises
    assert names <= {
        theme.tone_in(Scheme.DARK, Tone.DANGER).name(),
        theme.tone_in(Scheme.DARK, Tone.WARNING).name(),
    }


def test_the_window_renders_dark_with_the_environment_variable(
    tmp_path: Path, demo_database_file: Path
) -> None:
    image = window_screenshot(tmp_path, demo_database_file, **{theme.SCHEME_ENV: "dark"})
    # Mostly dark: sample a grid of pixels over the whole window.
    samples = [
        image.pixelColor(x, y).lightnessF()
        for x in range(0, image.width(), 37)
        for y in range(0, image.height(), 29)
    ]
    assert sum(samples) / len(samples) < 0.35


def test_the_session_bar_s_message_is_red_on_the_toolbar_too(
    qtbot: QtBot, demo_database: Database, runner: OperationRunner, dark: QApplication
) -> None:
    """A label on a toolbar writes in the toolbar's ButtonText, not WindowText."""
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = SessionBar(runner, Workspace(demo_database, None))
    toolbar = QToolBar()
    toolbar.addWidget(bar)
    window.addToolBar(toolbar)
    window.show()
    qtbot.waitExposed(window)
    offer = KeptOffer(
        periods=12,
        installment=Decimal("100.00"),
        rate_pct=Decimal("0.0000"),
        new_principal=Decimal("1200.00"),
    )
    assert bar.keep_offer(offer) is None  # no session: said in the bar
    label = bar.error_label
    assert label.isVisible()
    assert label.palette().color(label.foregroundRole()) == tone(Tone.DANGER, label.palette())
    assert theme.tone_in(Scheme.DARK, Tone.DANGER).name() in _colours_in(label.grab().toImage())
