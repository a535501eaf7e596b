"""High-DPI screens: the window renders at twice the pixels, drawn marks carry 2x pixmaps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from recouvrement_desktop.domain.recovery import JournalKind
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.ui.case_table_model import alert_icon
from recouvrement_desktop.ui.kind_icons import kind_icon
from tests.ui.application_process import window_screenshot

DEFAULT_SIZE = QSize(1360, 860)  # the main window's size on a first start


def test_the_window_renders_at_twice_its_size_on_a_2x_screen(
    tmp_path: Path, demo_database_file: Path
) -> None:
    image = window_screenshot(tmp_path, demo_database_file, QT_SCALE_FACTOR="2")
    # The grab of a window on a screen of device pixel ratio 2: twice its logical size.
    assert image.size() == DEFAULT_SIZE * 2


def _pixel_sizes(icon: QIcon) -> set[int]:
    return {size.width() for size in icon.availableSizes()}


def test_drawn_marks_have_pixmaps_for_1x_2x_and_3x_screens(qapp: QApplication) -> None:
    for icon in (*(kind_icon(kind) for kind in JournalKind), alert_icon()):
        assert {16, 32, 48} <= _pixel_sizes(icon)
        sharp = icon.pixmap(QSize(16, 16), 2.0)
        assert sharp.devicePixelRatio() == 2.0
        assert sharp.size() == QSize(32, 32)  # drawn at 32 pixels, not a 16 scaled up


def test_the_application_icon_is_scalable(qapp: QApplication) -> None:
    path = resource_path("icons", "recouvrement-desktop.svg")
    icon = QIcon(str(path))
    large = icon.pixmap(QSize(64, 64), 2.0)
    assert large.size() == QSize(128, 128)
