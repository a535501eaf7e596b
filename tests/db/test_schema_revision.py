"""An up-to-date database opens without Alembic (a quarter of a second of every start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.migrate import SCHEMA_REVISION, head_revision


def test_the_shortcut_names_alembics_head() -> None:
    assert head_revision() == SCHEMA_REVISION


def test_an_up_to_date_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    database, report = open_sqlite(path, backup_dir=tmp_path / "backups")
    database.dispose()
    assert report.upgraded  # created: Alembic ran

    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from recouvrement_desktop.db.bootstrap import open_sqlite\n"
        f"database, report = open_sqlite(Path({str(path)!r}))\n"
        "database.dispose()\n"
        "print(report.upgraded, report.current_revision, 'alembic' in sys.modules)\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout.split()
    assert output == ["False", head_revision(), "False"]
