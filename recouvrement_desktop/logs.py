"""Logging to a rotating file in the user data directory: details for support, not for
the officer's screen."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from recouvrement_desktop.paths import keep_private, user_data_dir


def log_file() -> Path:
    return user_data_dir() / "logs" / "recouvrement-desktop.log"


_CAUSED = "The above exception was the direct cause of the following exception:"
_DURING = "During handling of the above exception, another exception occurred:"


class PrivateFormatter(logging.Formatter):
    """Tracebacks without exception messages: a database error quotes the row it
    refused, a parsing error the amount typed. Where it failed and what kind of error it
    was is enough for support; names, addresses and amounts stay out of the file."""

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        _, error, _ = ei
        lines: list[str] = []
        seen: set[int] = set()
        while error is not None and id(error) not in seen:
            seen.add(id(error))
            kind = type(error)
            lines[:0] = [
                "Traceback (most recent call last):\n",
                *traceback.format_tb(error.__traceback__),
                f"{kind.__module__}.{kind.__qualname__} (message withheld)\n",
            ]
            cause = error.__cause__
            error = cause or (None if error.__suppress_context__ else error.__context__)
            if error is not None:
                lines[:0] = ["\n", _CAUSED if cause is not None else _DURING, "\n\n"]
        return "".join(lines).rstrip("\n")


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
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._recouvrement = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
