"""The real application process, started offscreen on a fresh demonstration database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from tests.ui.application_process import run_application


def test_the_application_starts_on_demo_data_and_writes_its_screenshot(tmp_path: Path) -> None:
    target = tmp_path / "window.png"
    result = run_application(tmp_path, "--demo", "--screenshot", str(target))
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 700
    # The demonstration database was created apart from the real one, and filled.
    demo = tmp_path / "data" / "recouvrement-desktop" / "demo" / "recouvrement-demo.sqlite3"
    assert demo.exists()
    assert not (tmp_path / "data" / "recouvrement-desktop" / "recouvrement.sqlite3").exists()
