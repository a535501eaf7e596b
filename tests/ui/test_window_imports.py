"""The window's frame shows before the database layer is imported: importing the main
window must not pull SQLAlchemy (half a second at start-up) or the template engine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from recouvrement_desktop.cli.credentials import PASSWORD_ENV
from recouvrement_desktop.services.demo_data.vocabulary import DEMO_PASSWORD
from tests.conftest import subprocess_env
from tests.ui.application_process import DEMO_USER


def test_importing_the_main_window_leaves_the_database_layer_for_later() -> None:
    probe = (
        "import sys\n"
        "import recouvrement_desktop.ui.main_window\n"
        "print(sorted(m for m in ('sqlalchemy', 'jinja2', 'recouvrement_desktop.db.database')"
        " if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
        check=True, env=subprocess_env(),
    )  # fmt: skip
    assert done.stdout.strip() == "[]"


# What a filled window must not have imported: the seal and PDF stack (pyHanko and its
# HTTP client, ReportLab), the template engine, the directory client. Each was once pulled
# by a panel or a sign-in step and cost the first window seconds.
NOT_AT_START = ("pyhanko", "aiohttp", "reportlab", "jinja2", "ldap3")

_FILLED_PROBE = """
import sys
from pathlib import Path
from recouvrement_desktop.cli import gui, main
capture, note = gui._Start.capture, Path(sys.argv[1])
def filled(self):
    note.write_text(" ".join(sorted({name.split(".")[0] for name in sys.modules})))
    capture(self)
gui._Start.capture = filled
sys.exit(main(sys.argv[2:]))
"""


def test_the_filled_window_has_not_imported_the_seal_templates_or_directory(
    tmp_path: Path, demo_database_file: Path
) -> None:
    database = tmp_path / "cases.sqlite3"
    database.write_bytes(demo_database_file.read_bytes())
    note = tmp_path / "modules.txt"
    done = subprocess.run(
        [sys.executable, "-c", _FILLED_PROBE, str(note), "--db", f"sqlite:///{database}",
         "--user", DEMO_USER, "--screenshot", str(tmp_path / "window.png")],
        capture_output=True, text=True, timeout=300, check=False,
        env=subprocess_env(
            XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
            QT_QPA_PLATFORM="offscreen", **{PASSWORD_ENV: DEMO_PASSWORD},
        ),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    loaded = set(note.read_text().split())
    assert {"sqlalchemy", "PySide6"} <= loaded  # the probe saw the filled window
    assert loaded.isdisjoint(NOT_AT_START), loaded & set(NOT_AT_START)
