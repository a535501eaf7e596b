"""Where the application finds its bundled resources and keeps the officer's data.

One helper for every layer, so that the same code works from a source checkout,
from an installed wheel and from a frozen (PyInstaller) bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import PlatformDirs

from recouvrement_desktop import APP_ID, ORGANIZATION

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_root() -> Path:
    """Folder holding ``resources/`` and ``translations/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    installed = _PACKAGE_DIR / "_data"  # wheel: force-included by hatchling
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent  # source checkout / editable install


def resource_path(*parts: str) -> Path:
    """Path of a file shipped under the top-level ``resources/`` folder."""
    return _data_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return _data_root() / "translations"


def migrations_dir() -> Path:
    return _PACKAGE_DIR / "db" / "migrations"


def _dirs() -> PlatformDirs:
    return PlatformDirs(appname=APP_ID, appauthor=ORGANIZATION, roaming=False)


def user_data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def default_database_path() -> Path:
    """The officer's real database."""
    return user_data_dir() / "recouvrement.sqlite3"


def demo_database_path() -> Path:
    """Demonstration data lives apart from real data, in its own file."""
    return user_data_dir() / "demo" / "recouvrement-demo.sqlite3"


def backups_dir() -> Path:
    return user_data_dir() / "backups"
