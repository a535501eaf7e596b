"""``backup --out FILE`` and ``restore FILE``: an administrator's copies of the database.

``backup`` works on SQLite and PostgreSQL (``pg_dump``'s custom format). ``restore``
puts a copy back after checking it: a SQLite file (``services/backups.py``) or a
PostgreSQL dump (``services/postgres_restore.py``, with ``pg_restore``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.formatting import format_integer
from recouvrement_desktop.i18n.translation import translate

__all__ = ["register"]


def register(subparsers: Subparsers) -> None:
    backup = subparsers.add_parser(
        "backup",
        help=translate("Backups", "write a consistent copy of the database (administrators)"),
        description=translate(
            "Backups",
            "Write a consistent copy of the database while it is in use. The copy is "
            "complete or absent: an interrupted backup leaves the previous one whole.",
        ),
    )
    backup.add_argument(
        "--out", required=True, metavar="FILE", help=translate("Backups", "the copy to write")
    )
    add_database_options(backup, top_level=False)
    add_user_option(backup)
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore",
        help=translate("Backups", "put a copy of the database back (administrators)"),
        description=translate(
            "Backups",
            "Put a copy back in place of the database, once it is known to be intact, "
            "written by this version or an earlier one, with its audit chain whole. "
            "The database it replaces is kept in backups/ beside it (for PostgreSQL, "
            "a dump in the backups/ folder of your data folder).",
        ),
    )
    restore.add_argument("file", metavar="FILE", help=translate("Backups", "the copy"))
    add_database_options(restore, top_level=False)
    add_user_option(restore)
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.backups import back_up

    database, _ = open_database(chosen_database_url(args))
    try:
        report = back_up(database, signed_in(args, database), Path(args.out))
    finally:
        database.dispose()
    print(
        translate("Backups", "Copy written to {path} ({size} bytes, SHA-256 {digest})").format(
            path=str(report.path), size=format_integer(report.size), digest=report.sha256
        )
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.db.database import Database
    from recouvrement_desktop.services.accounts import has_accounts
    from recouvrement_desktop.services.backups import restore

    url = chosen_database_url(args)
    probe = Database(url)
    target = probe.sqlite_path
    probe.dispose()
    if target is None:
        return _restore_postgresql(args, url)
    by = None
    if target.exists():  # a database in use: its administrator restores it
        database, _ = open_database(url)
        try:
            by = signed_in(args, database) if has_accounts(database) else None
        finally:
            database.dispose()
    report = restore(target, Path(args.file), by)
    print(
        translate("Backups", "{copy} restored as {path}").format(
            copy=args.file, path=str(report.restored)
        )
    )
    if report.kept is not None:
        print(
            translate("Backups", "The replaced database is kept as {path}").format(
                path=str(report.kept)
            )
        )
    return 0


def _restore_postgresql(args: argparse.Namespace, url: str) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.paths import user_data_dir
    from recouvrement_desktop.services.accounts import has_accounts
    from recouvrement_desktop.services.postgres_restore import restore_postgresql

    database, _ = open_database(url)
    try:
        by = signed_in(args, database) if has_accounts(database) else None
    finally:
        database.dispose()
    report = restore_postgresql(url, Path(args.file), by, user_data_dir() / "backups")
    print(
        translate("Backups", "{copy} restored as {path}").format(
            copy=args.file, path=report.restored
        )
    )
    if report.kept is not None:
        print(
            translate("Backups", "The replaced database is kept as {path}").format(
                path=str(report.kept)
            )
        )
    elif report.kept_database is not None:
        print(
            translate(
                "Backups",
                "The replaced database could not be dumped: it stays on the server as {name}",
            ).format(name=report.kept_database)
        )
    return 0
