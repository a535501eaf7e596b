"""Which database a command works on: ``--db URL``, ``--demo`` or the officer's own file."""

from __future__ import annotations

import argparse

from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.i18n.translation import translate
from recouvrement_desktop.paths import default_database_path, demo_database_path


def add_database_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """``--db`` and ``--demo``, accepted before or after the command name."""
    default = None if top_level else argparse.SUPPRESS
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help=translate("Cli", "database URL (sqlite:///file.sqlite3 or postgresql://…)"),
    )
    group.add_argument(
        "--demo",
        action="store_true",
        default=False if top_level else argparse.SUPPRESS,
        help=translate("Cli", "use the demonstration database, kept apart from real data"),
    )


def chosen_database_url(args: argparse.Namespace, *, default_to_demo: bool = False) -> str:
    from recouvrement_desktop.db.database import sqlite_url

    given = getattr(args, "db", None)
    if given is not None:
        if not str(given).strip():  # an empty --db must not fall back to some other file
            raise UsageError(translate("Cli", "--db needs a database URL"))
        return str(given)
    if getattr(args, "demo", False) or default_to_demo:
        return sqlite_url(demo_database_path())
    return sqlite_url(default_database_path())
