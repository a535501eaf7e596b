"""Who runs a command: ``--user LOGIN``, the password from ``RECOUVREMENT_PASSWORD`` or a
prompt, never from an argument (it would stay in the shell's history and the process
list). Without valid credentials a command exits 2 and touches nothing.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Final

from recouvrement_desktop.cli.errors import CommandError
from recouvrement_desktop.i18n.messages import user_message
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.db.database import Database
    from recouvrement_desktop.domain.identity import Identity

PASSWORD_ENV: Final = "RECOUVREMENT_PASSWORD"


class CredentialsError(CommandError):
    """No valid credentials: exit status 2, nothing done."""

    exit_code = 2


def add_user_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help=translate(
            "Cli", "your login (the password is read from RECOUVREMENT_PASSWORD or asked)"
        ),
    )


def read_secret(prompt: str) -> str:
    """A password typed at a prompt (not echoed), or one line of standard input when it
    is not a terminal (a script pipes it)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def password_from_environment_or_prompt() -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CredentialsError(
            translate("Cli", "Give the password in {name} or at the prompt.").format(
                name=PASSWORD_ENV
            )
        )
    return getpass.getpass(translate("Cli", "Password: "))


def signed_in(args: argparse.Namespace, database: Database) -> Identity:
    """The person running the command, once signed in; ``CredentialsError`` otherwise."""
    from recouvrement_desktop.errors import UserFacingError
    from recouvrement_desktop.services.auth import directory_settings, sign_in

    login = getattr(args, "user", None)
    if not login:
        raise CredentialsError(
            translate("Cli", "Sign in with --user LOGIN (this command reads client data).")
        )
    password = password_from_environment_or_prompt()
    try:
        signed = sign_in(database, login, password, directory=directory_settings())
    except UserFacingError as error:
        raise CredentialsError(user_message(error)) from None
    if signed.must_change_password:
        raise CredentialsError(
            translate("Cli", "Change your password first: sign in to the window.")
        )
    return signed.identity
