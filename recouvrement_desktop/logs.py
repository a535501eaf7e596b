"""Logging to a rotating file in the user data directory: details for support, not for
the officer's screen."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from recouvrement_desktop.paths import keep_private, user_data_dir


def log_file() -> Path:
    return user_data_dir() / "logs" / "recouvrement-desktop.log"


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(handler, "_recouvrement", False) for handler in root.handlers):
        return
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        keep_private(path.parent)
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        keep_private(path)  # one written by an earlier version
    except OSError:  # a read-only profile must not stop the application
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._recouvrement = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
