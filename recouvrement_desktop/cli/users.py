"""``users add|list|disable|reset-password``: the accounts that sign in.

On a database without any account, ``users add`` creates its first administrator
without credentials; afterwards every action needs an administrator signed in
(``--user``). Passwords are read from standard input or a prompt, never from the
command line.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from recouvrement_desktop.cli.credentials import add_user_option, read_secret, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.encryption import show_recovery_key_once
from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.services.accounts import AccountView

__all__ = ["register"]

ROLES = ("officer", "supervisor", "administrator", "auditor")


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "users",
        help=translate("Users", "add, list and disable the accounts that sign in"),
        description=translate("Users", "The accounts that sign in, and their roles."),
    )
    actions = parser.add_subparsers(
        title=translate("Users", "actions"), metavar="ACTION", required=True
    )

    add = actions.add_parser("add", help=translate("Users", "add an account"))
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--name", required=True, help=translate("Users", "full name"))
    add.add_argument("--role", choices=ROLES, default=None, help=translate("Users", "role"))
    add.add_argument("--branch", default="", help=translate("Users", "branch"))
    add.add_argument(
        "--directory",
        action="store_true",
        help=translate("Users", "the password is checked by the bank's directory"),
    )
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help=translate("Users", "list the accounts"))
    listing.add_argument("--json", action="store_true", help=translate("Users", "as JSON"))
    listing.set_defaults(handler=run_list)

    disable = actions.add_parser("disable", help=translate("Users", "disable an account"))
    disable.add_argument("login", metavar="LOGIN")
    disable.set_defaults(handler=run_disable)

    reset = actions.add_parser(
        "reset-password",
        help=translate("Users", "give a new first password (to change at the next sign-in)"),
    )
    reset.add_argument("login", metavar="LOGIN")
    reset.set_defaults(handler=run_reset)

    for action in (add, listing, disable, reset):
        add_database_options(action, top_level=False)
        add_user_option(action)


def _database(args: argparse.Namespace) -> Any:
    from recouvrement_desktop.db.bootstrap import open_database

    database, _ = open_database(chosen_database_url(args))
    return database


def _new_password() -> str:
    first = read_secret(translate("Users", "New password: "))
    if sys.stdin.isatty() and read_secret(translate("Users", "Once more: ")) != first:
        raise UsageError(translate("Users", "The two passwords differ."))
    return first


def _account_json(view: AccountView) -> dict[str, object]:
    return {
        "login": view.login,
        "name": view.full_name,
        "role": view.role.value,
        "branch": view.branch,
        "active": view.active,
        "source": view.auth_source.value,
        "must_change_password": view.must_change_password,
        "locked_until": view.locked_until.isoformat() if view.locked_until else None,
    }


def run_add(args: argparse.Namespace) -> int:
    from recouvrement_desktop.domain.recovery import AuthSource, OfficerRole
    from recouvrement_desktop.services import accounts

    database = _database(args)
    try:
        if not accounts.has_accounts(database):
            if args.role not in (None, "administrator") or args.directory:
                raise UsageError(translate("Users", "The first account is a local administrator."))
            password = _new_password()
            first = accounts.create_first_administrator(
                database, args.login, args.name, password, args.branch
            )
            print(translate("Users", "First administrator {login} added.").format(login=args.login))
            show_recovery_key_once(database, first)
            return 0
        administrator = signed_in(args, database)
        source = AuthSource.DIRECTORY if args.directory else AuthSource.LOCAL
        first_password = None if args.directory else _new_password()
        role = OfficerRole(args.role or "officer")
        view = accounts.add_user(
            database, administrator, args.login, args.name, role, args.branch, first_password,
            auth_source=source,
        )  # fmt: skip
    finally:
        database.dispose()
    print(translate("Users", "Account {login} added.").format(login=view.login))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from recouvrement_desktop.services import accounts

    database = _database(args)
    try:
        views = accounts.list_users(database, signed_in(args, database))
    finally:
        database.dispose()
    rows = [_account_json(view) for view in views]
    if args.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
        return 0
    for row in rows:
        state = "" if row["active"] else translate("Users", "(disabled)")
        print(f"{row['login']:<20} {row['role']:<14} {row['name']} {state}".rstrip())
    return 0


def run_disable(args: argparse.Namespace) -> int:
    from recouvrement_desktop.services import accounts

    database = _database(args)
    try:
        accounts.disable_user(database, signed_in(args, database), args.login)
    finally:
        database.dispose()
    print(translate("Users", "Account {login} disabled.").format(login=args.login))
    return 0


def run_reset(args: argparse.Namespace) -> int:
    from recouvrement_desktop.services import accounts

    database = _database(args)
    try:
        administrator = signed_in(args, database)
        accounts.reset_password(database, administrator, args.login, _new_password())
    finally:
        database.dispose()
    print(translate("Users", "Account {login}: a new password to change.").format(login=args.login))
    return 0
