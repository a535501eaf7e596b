"""Where the application finds its bundled resources and keeps the officer's data.

One helper for every layer, so that the same code works from a source checkout,
from an installed wheel and from a frozen (PyInstaller) bundle. No other module builds a
path from ``__file__``: a frozen build has no source tree to walk.

Layouts (``packaging/recouvrement-desktop.spec`` makes the frozen one): ``resources/``
and ``translations/`` sit in the repository root (source checkout), in
``recouvrement_desktop/_data/`` (wheel) or in ``sys._MEIPASS``, the bundle's ``_internal/``
(frozen); the Alembic migrations sit in ``recouvrement_desktop/db/migrations/`` under the
package's folder, or under ``sys._MEIPASS`` when frozen.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from recouvrement_desktop import APP_ID, ORGANIZATION

_PACKAGE_DIR = Path(__file__).resolve().parent


def _frozen_root() -> Path | None:
    """The bundle's contents folder when running frozen (PyInstaller sets ``_MEIPASS``)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    return Path(frozen_root) if frozen_root is not None else None


def _data_root() -> Path:
    """Folder holding ``resources/`` and ``translations/``."""
    frozen_root = _frozen_root()
    if frozen_root is not None:
        return frozen_root
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
    """Alembic's script folder: env.py and versions/, loaded by path, so shipped as files."""
    frozen_root = _frozen_root()
    package_dir = _PACKAGE_DIR if frozen_root is None else frozen_root / _PACKAGE_DIR.name
    return package_dir / "db" / "migrations"


def _dirs() -> PlatformDirs:
    return PlatformDirs(appname=APP_ID, appauthor=ORGANIZATION, roaming=False)


def user_data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def user_config_dir() -> Path:
    """Where an administrator puts the machine's settings (the bank's directory…)."""
    return Path(_dirs().user_config_dir)


def default_database_path() -> Path:
    """The officer's real database."""
    return user_data_dir() / "recouvrement.sqlite3"


def demo_database_path() -> Path:
    """Demonstration data lives apart from real data, in its own file."""
    return user_data_dir() / "demo" / "recouvrement-demo.sqlite3"


def keep_private(path: Path) -> Path:
    """Make *path* the user's alone on POSIX (a folder 0700, a file 0600): client data and
    its traces are not for the other accounts of a shared branch PC. A path this user
    does not own, or that is gone, is left as it is. (On Windows the profile's folders
    are already the user's own.)"""
    if os.name != "posix":
        return path
    try:
        mode = 0o700 if stat.S_ISDIR(path.stat().st_mode) else 0o600
        path.chmod(mode)
    except OSError:
        pass
    return path
