"""``db encrypt``, ``db unlock`` and ``db recovery-key``: a SQLite database encrypted
at rest (``services/database_encryption.py``, ``db/encryption.py``).

New real databases are created encrypted; ``db encrypt`` converts one made clear by an
earlier version. ``db unlock`` takes a recovery key on its standard input (or at a
prompt) and stores the key again in this computer's keystore.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from recouvrement_desktop.cli.credentials import add_user_option, read_secret, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.formatting import format_integer
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.db.database import Database
    from recouvrement_desktop.domain.identity import Identity

__all__ = ["register", "show_recovery_key_once"]


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "db",
        help=translate("Encryption", "the database file's encryption (administrators)"),
        description=translate(
            "Encryption",
            "Real SQLite databases are encrypted at rest, their key kept in the system "
            "keystore; the demonstration database stays clear.",
        ),
    )
    actions = parser.add_subparsers(
        title=translate("Encryption", "actions"), metavar="ACTION", required=True
    )
    encrypt = actions.add_parser(
        "encrypt",
        help=translate("Encryption", "encrypt a clear database and show its recovery key"),
        description=translate(
            "Encryption",
            "Copy a clear database into an encrypted file, check the copy (integrity, "
            "every row, the audit chain), then put it in the clear file's place. The "
            "recovery key is shown once: write it down and keep it safe.",
        ),
    )
    add_database_options(encrypt, top_level=False)
    add_user_option(encrypt)
    encrypt.set_defaults(handler=run_encrypt)

    unlock = actions.add_parser(
        "unlock",
        help=translate("Encryption", "give an encrypted database's recovery key back"),
        description=translate(
            "Encryption",
            "Read the recovery key (standard input, or a prompt) and, if it opens the "
            "database, keep it in this computer's keystore again.",
        ),
    )
    add_database_options(unlock, top_level=False)
    unlock.set_defaults(handler=run_unlock)

    recovery = actions.add_parser(
        "recovery-key",
        help=translate("Encryption", "show a new encrypted database's recovery key, once"),
    )
    add_database_options(recovery, top_level=False)
    add_user_option(recovery)
    recovery.set_defaults(handler=run_recovery_key)


def _print_recovery_key(key: str) -> None:
    print(
        translate(
            "Encryption",
            "Recovery key (shown once: write it down and keep it apart from this computer):",
        )
    )
    print(key)


def show_recovery_key_once(database: Database, administrator: Identity) -> None:
    """The recovery key of a database created encrypted, to its first administrator, if
    it was not shown yet (``db recovery-key`` would show it otherwise)."""
    from recouvrement_desktop.services.database_encryption import recovery_key_not_yet_shown

    key = recovery_key_not_yet_shown(database, administrator)
    if key is not None:
        _print_recovery_key(key)


def run_encrypt(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.accounts import has_accounts
    from recouvrement_desktop.services.database_encryption import encrypt

    database, _ = open_database(chosen_database_url(args))
    try:
        by = signed_in(args, database) if has_accounts(database) else None
        report = encrypt(database, by)
    finally:
        database.dispose()
    print(
        translate("Encryption", "{path} is encrypted ({rows} rows copied and checked).").format(
            path=str(report.path), rows=format_integer(report.rows)
        )
    )
    if report.copies:
        print(
            translate("Encryption", "{count} older copies in backups/ encrypted too.").format(
                count=format_integer(len(report.copies))
            )
        )
    _print_recovery_key(report.recovery_key)
    return 0


def run_unlock(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.database import parse_url
    from recouvrement_desktop.services.database_encryption import unlock

    url = parse_url(chosen_database_url(args))  # not opened: its key is what is missing
    database = url.database if url.get_backend_name() == "sqlite" else None
    path = Path(database) if database not in (None, "", ":memory:") else None
    if path is None or not path.is_file():
        raise UsageError(
            translate("Encryption", "db unlock needs an encrypted SQLite database file")
        )
    unlock(path, _read_recovery_key())
    print(
        translate("Encryption", "The key of {path} is kept in this computer's keystore.").format(
            path=str(path)
        )
    )
    return 0


def _read_recovery_key() -> str:
    """At a terminal, typed on one line (not echoed); otherwise the whole standard input,
    as the key was printed: four lines of groups."""
    if sys.stdin.isatty():
        return read_secret(translate("Encryption", "Recovery key: "))
    return sys.stdin.read()


def run_recovery_key(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.accounts import has_accounts
    from recouvrement_desktop.services.database_encryption import recovery_key

    database, _ = open_database(chosen_database_url(args))
    try:
        by = signed_in(args, database) if has_accounts(database) else None
        key = recovery_key(database, by)
    finally:
        database.dispose()
    _print_recovery_key(key)
    return 0
