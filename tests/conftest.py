"""Test configuration shared by the whole suite.

The suite sets its own environment: Qt's offscreen platform (no display needed), and
private folders for the application's data and settings, so that no test reads or
writes the officer's real database or preferences.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

_SANDBOX = Path(tempfile.mkdtemp(prefix="recouvrement-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
# A keystore file inside the sandbox (child processes inherit it): CI machines have no
# desktop session, hence no Secret Service.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
# Usury thresholds past the last verified quarter (invented, test-only: see the file), so
# that tests may make agreements today; tests of the published figures unset it.
os.environ["RECOUVREMENT_TEST_REFERENCE_DATA"] = str(
    Path(__file__).resolve().parent / "fixtures" / "reference_data"
)

from PySide6.QtCore import QCoreApplication  # noqa: E402 - after the environment

from tests.keystore_file import write_keystore_file_whole  # noqa: E402

write_keystore_file_whole()

from recouvrement_desktop.db.bootstrap import open_sqlite  # noqa: E402
from recouvrement_desktop.db.database import Database  # noqa: E402
from recouvrement_desktop.i18n.language import Language  # noqa: E402
from recouvrement_desktop.i18n.translation import install_translators  # noqa: E402
from recouvrement_desktop.services.demo_data import generate_demo_data  # noqa: E402

DEMO_TODAY = date(2026, 11, 28)


@pytest.fixture(scope="session")
def demo_database_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with 300 demonstration cases, written once for the session."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite3"
    database, _ = open_sqlite(path, folder / "backups", demonstration=True)
    generate_demo_data(database, 300, today=DEMO_TODAY)
    database.dispose()
    return path


@pytest.fixture
def demo_database(demo_database_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the demonstration database for one test."""
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(demo_database_file.read_bytes())
    database, _ = open_sqlite(copy, tmp_path / "backups")
    yield database
    database.dispose()


def subprocess_env(**extra: str) -> dict[str, str]:
    """Environment for running the command line in a child process, with the suite's
    private data folders and no display."""
    env = dict(os.environ)
    env.update(extra)
    return env


@pytest.fixture(autouse=True)
def _english_interface() -> Iterator[None]:
    """Every test starts in English (the source language) whatever the previous one
    installed; tests about French install it themselves."""
    app = QCoreApplication.instance()
    if app is not None:
        install_translators(app, Language.ENGLISH)
    yield
