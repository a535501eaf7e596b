"""Time from process start to the main window shown on a 100,000-case database, next to
the time a bare PySide6 window takes on the same machine in the same run.

Run: ``uv run python benchmarks/bench_startup.py [DATABASE.sqlite3]``. Without a path, a
100,000-case demonstration database is written first (about a minute). The figure we
track is the ratio (aim under 2).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 3
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare"))
window.resize(1360, 860)
window.show()
QTimer.singleShot(0, lambda: (window.grab().save(sys.argv[1]), app.quit()))
app.exec()
"""


def _timed(command: list[str], env: dict[str, str], shot: Path) -> float:
    """Seconds from process start until the window's PNG is written (the window is on
    screen with its first page): shutdown, and work left running after it, not counted."""
    shot.unlink(missing_ok=True)
    start = time.time()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return shot.stat().st_mtime - start


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env.update(XDG_DATA_HOME=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"))
        if len(sys.argv) > 1:
            database = Path(sys.argv[1])
        else:
            database = work / "cases.sqlite3"
            subprocess.run(
                [sys.executable, "-m", "recouvrement_desktop", "demo-data", "--cases", "100000",
                 "--db", f"sqlite:///{database}"],
                check=True, env=env, capture_output=True,
            )  # fmt: skip
        shot = work / "shot.png"
        app = [sys.executable, "-m", "recouvrement_desktop", "--db", f"sqlite:///{database}"]
        app.extend(["--screenshot", str(shot)])
        bare = [sys.executable, "-c", BARE_WINDOW, str(shot)]
        _timed(app, env, shot)  # warm the file cache (and settle due promises) once
        app_times = [_timed(app, env, shot) for _ in range(RUNS)]
        bare_times = [_timed(bare, env, shot) for _ in range(RUNS)]
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"window shown, 100,000 cases  median {app_median:6.2f} s  (process start to first page)")
    print(f"bare PySide6 window          median {bare_median:6.2f} s")
    print(f"ratio                        {app_median / bare_median:6.2f}  (aim under 2)")


if __name__ == "__main__":
    main()
