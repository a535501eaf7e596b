"""Command line: ``recouvrement-desktop [options] [command]``.

Without a command the window starts. The command line itself is in ``cli/app.py``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

COMMANDS = (
    "agreement", "audit", "backup", "demo-data", "import", "restore", "seal", "simulate", "users",
    "verify",
)  # fmt: skip


def wants_window(argv: Sequence[str]) -> bool:
    informative = {"-h", "--help", "--version"}
    return not any(arg in COMMANDS or arg in informative for arg in argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if os.name == "posix":
        # Everything the application creates — databases, their journals, backups, logs,
        # exported and opened documents — is readable by this user alone.
        os.umask(0o077)
    from recouvrement_desktop.cli.app import run

    return run(arguments, wants_window(arguments))
