"""The real application started as a child process, offscreen, in its own folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from recouvrement_desktop.cli.credentials import PASSWORD_ENV
from recouvrement_desktop.services.demo_data.vocabulary import DEMO_PASSWORD
from tests.conftest import subprocess_env

# The demonstration's officer account: the window opens on the queue of its branch (a
# start without credentials shows the sign-in instead).
DEMO_USER = "demo.officer"


def run_application(
    tmp_path: Path, *arguments: str, **env: str
) -> subprocess.CompletedProcess[str]:
    """``recouvrement-desktop ARGUMENTS`` with private data and settings folders."""
    return subprocess.run(
        [sys.executable, "-m", "recouvrement_desktop", *arguments],
        capture_output=True,
        text=True,
        timeout=300,
        env=subprocess_env(
            XDG_DATA_HOME=str(tmp_path / "data"),
            XDG_CONFIG_HOME=str(tmp_path / "config"),
            QT_QPA_PLATFORM="offscreen",
            **env,
        ),
        check=False,
    )


def window_screenshot(tmp_path: Path, database_file: Path, **env: str) -> QImage:
    """The window on a copy of *database_file* (a demonstration database), as
    ``--screenshot`` saves it, signed in as the demonstration's officer."""
    target = tmp_path / "window.png"
    database = tmp_path / "cases.sqlite3"
    database.write_bytes(database_file.read_bytes())
    result = run_application(
        tmp_path,
        "--db",
        f"sqlite:///{database}",
        "--user",
        DEMO_USER,
        "--screenshot",
        str(target),
        **{PASSWORD_ENV: DEMO_PASSWORD, **env},
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert not image.isNull()
    return image
