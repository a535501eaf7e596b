"""Which database a command works on: ``--db URL``, ``--demo`` or the officer's own file."""

from __future__ import annotations

import argparse

from recouvrement_desktop.db.database import sqlite_url
from recouvrement_desktop.paths import default_database_path, demo_database_path


def chosen_database_url(args: argparse.Namespace, *, default_to_demo: bool = False) -> str:
    if getattr(args, "db", None):
        return str(args.db)
    if getattr(args, "demo", False) or default_to_demo:
        return sqlite_url(demo_database_path())
    return sqlite_url(default_database_path())
