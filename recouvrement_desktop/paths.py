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

import contextlib
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
    """Make *path* the user's alone: client data and its traces are not for the other
    accounts of a shared branch PC. On POSIX a folder 0700, a file 0600; on Windows an
    ACL that grants this user alone, inherited by nothing else (a ``--db`` outside the
    profile inherits its folder's otherwise). A path this user does not own, or that is
    gone, is left as it is."""
    if os.name == "nt":
        _windows_keep_private(path)
        return path
    if os.name != "posix":
        return path
    with contextlib.suppress(OSError):
        path.chmod(0o700 if stat.S_ISDIR(path.stat().st_mode) else 0o600)
    return path


def _windows_keep_private(path: Path) -> None:
    import subprocess  # noqa: PLC0415 - Windows only

    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(
            windows_private_acl(path, path.is_dir(), os.environ.get("USERNAME", "")),
            capture_output=True,
            check=False,
            timeout=30,
        )


def windows_private_acl(path: Path, folder: bool, user: str) -> list[str]:
    """The ``icacls`` command that leaves *path* to *user* alone: inherited entries
    removed, full control granted to the user (and, for a folder, to what it will hold)."""
    grant = f"{user}:(OI)(CI)F" if folder else f"{user}:F"
    return ["icacls", str(path), "/inheritance:r", "/grant:r", grant]
