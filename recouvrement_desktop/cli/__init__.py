"""Command line: ``recouvrement-desktop [options] [command]``.

Without a command the window starts. The command line itself is in ``cli/app.py``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

# The command-line commands (tests/cli/test_cli.py keeps this list equal to the parser's):
# any of them in the arguments means no window, hence no display needed.
COMMANDS = (
    "agreement", "audit", "backup", "case", "db", "demo-data", "export", "import",
    "letters", "payments", "reference-data", "restore", "retention", "seal", "simulate",
    "users", "verify",
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
    window = wants_window(arguments)
    if window:
        from recouvrement_desktop.cli.collector import pause_collection

        pause_collection()  # until the window is filled (cli/gui.py resumes it)
    from recouvrement_desktop.cli.pyside_imports import answer_pyside_import_check_quickly

    answer_pyside_import_check_quickly()  # before the modules that cli/app.py imports
    from recouvrement_desktop.cli.app import run

    return run(arguments, window)
