"""A start shows the window's frame first, then opens the database and fills it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from recouvrement_desktop.db.database import sqlite_url
from recouvrement_desktop.ui.main_window import MainWindow
from tests.ui.application_process import run_application


def test_the_frame_says_it_is_opening_and_closes_cleanly_before_any_database(
    qtbot: QtBot,
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    placeholder = window.centralWidget()
    assert isinstance(placeholder, QLabel)
    assert "Opening" in placeholder.text()
    assert window.menuBar().actions() == []  # menus come with the panels

    QSettings().remove("window")
    assert window.close()
    settings = QSettings()
    assert settings.contains("window/geometry")
    assert not settings.contains("window/mainSplitter")  # no layout of its own yet


def test_a_file_that_is_not_a_database_is_refused_in_one_line_and_left_alone(
    tmp_path: Path,
) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    digest = hashlib.sha256(garbage.read_bytes()).hexdigest()
    shot = tmp_path / "window.png"

    result = run_application(
        tmp_path, "--lang", "en", "--db", sqlite_url(garbage), "--screenshot", str(shot)
    )

    # Refused input (exit 2): without a key, such a file cannot be told from an encrypted
    # database, and the message says both.
    assert result.returncode == 2
    lines = [
        line for line in result.stderr.splitlines() if line.strip() and "propagate" not in line
    ]
    assert len(lines) == 1, result.stderr
    assert "not a Recouvrement Desktop database" in lines[0]
    assert not shot.exists()
    assert hashlib.sha256(garbage.read_bytes()).hexdigest() == digest
