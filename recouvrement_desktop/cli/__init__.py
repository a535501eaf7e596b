"""Command line: ``recouvrement-desktop [options] [command]``.

Without a command the window starts. This module stays light: when the window is
wanted, the database layer and the services start loading on a thread of their own at
once, while Qt loads and the window's frame is painted (``cli/preload.py``); the command
line itself is in ``cli/app.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

COMMANDS = ("agreement", "demo-data", "simulate", "verify")


def wants_window(argv: Sequence[str]) -> bool:
    informative = {"-h", "--help", "--version"}
    return not any(arg in COMMANDS or arg in informative for arg in argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    window = wants_window(arguments)
    if window:
        from recouvrement_desktop.cli.preload import preload_in_background

        preload_in_background()
    from recouvrement_desktop.cli.app import run

    return run(arguments, window)
