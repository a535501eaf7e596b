"""The window's frame shows before the database layer is imported: importing the main
window must not pull SQLAlchemy (half a second at start-up) or the template engine."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import subprocess_env


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
