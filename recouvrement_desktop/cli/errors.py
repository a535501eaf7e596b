"""Errors raised by command handlers; the CLI core turns them into one line and an exit code."""

from __future__ import annotations


class UsageError(Exception):
    """Invalid input on the command line; ``str(error)`` is already translated. Exit status 2."""

    exit_code = 2


class CommandError(Exception):
    """The command could not be carried out; ``str(error)`` is already translated. Exit status 1."""

    exit_code = 1
