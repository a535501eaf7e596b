"""The real application process, started offscreen on a fresh demonstration database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tests.conftest import subprocess_env


def test_the_application_starts_on_demo_data_and_writes_its_screenshot(tmp_path: Path) -> None:
    target = tmp_path / "window.png"
    env = subprocess_env(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    result = subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", "--demo", "--screenshot", str(target)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 700
    # The demonstration database was created apart from the real one, and filled.
    demo = tmp_path / "data" / "recouvrement-desktop" / "demo" / "recouvrement-demo.sqlite3"
    assert demo.exists()
    assert not (tmp_path / "data" / "recouvrement-desktop" / "recouvrement.sqlite3").exists()
