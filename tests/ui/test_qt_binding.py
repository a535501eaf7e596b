"""The Qt binding itself must not leak: PySide6 6.12.0 dropped a reference to None on
every call of a method returning nothing, and Python aborted after a few thousand calls
(a working day of clicks). pyproject.toml pins a release without that bug."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
    assert sys.getrefcount(None) - before >= -10  # a few transient references may move
