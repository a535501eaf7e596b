"""The command line proper: options, commands, and errors as one translated line.

Each command lives in its own module exposing ``register(subparsers)``, which sets
``handler`` on its parser. Errors become one translated line on standard error and a
non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from recouvrement_desktop import APP_NAME, __version__
from recouvrement_desktop.cli import (
    COMMANDS,
    agreement,
    audit,
    backup,
    case,
    demo_data,
    encryption,
    export,
    gui,
    letters,
    payments,
    portfolio_import,
    reference_data,
    retention,
    seal,
    simulate,
    users,
    verify,
)
from recouvrement_desktop.cli.database import add_database_options
from recouvrement_desktop.cli.errors import CommandError, UsageError
from recouvrement_desktop.cli.parser import OneLineArgumentParser
from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.errors import UserFacingError
from recouvrement_desktop.i18n.domain_messages import domain_message
from recouvrement_desktop.i18n.language import DEFAULT_LANGUAGE, Language
from recouvrement_desktop.i18n.messages import user_message
from recouvrement_desktop.i18n.translation import install_translators, translate
from recouvrement_desktop.logs import log_file, setup_logging

_log = logging.getLogger(__name__)


def _language_from(argv: Sequence[str]) -> Language:
    # No choices here: an unknown language is the full parser's one-line usage error.
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", nargs="?")
    # Only before the command: after it, a --lang is the command's own (a letter's).
    global_part = list(itertools.takewhile(lambda argument: argument not in COMMANDS, argv))
    known, _ = pre.parse_known_args(global_part)
    values = {language.value for language in Language}
    return Language(known.lang) if known.lang in values else DEFAULT_LANGUAGE


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineArgumentParser(
        prog="recouvrement-desktop",
        description=translate(
            "Cli", "{app}: debt recovery cases, live rescheduling and agreements."
        ).format(app=APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        default=DEFAULT_LANGUAGE.value,
        help=translate("Cli", "interface language (default: fr)"),
    )
    add_database_options(parser, top_level=True)
    gui.add_window_options(parser)
    parser.set_defaults(handler=gui.run)
    subparsers = parser.add_subparsers(title=translate("Cli", "commands"), metavar="COMMAND")
    demo_data.register(subparsers)
    simulate.register(subparsers)
    agreement.register(subparsers)
    verify.register(subparsers)
    users.register(subparsers)
    audit.register(subparsers)
    backup.register(subparsers)
    retention.register(subparsers)
    letters.register(subparsers)
    seal.register(subparsers)
    encryption.register(subparsers)
    portfolio_import.register(subparsers)
    payments.register(subparsers)
    export.register(subparsers)
    reference_data.register(subparsers)
    case.register(subparsers)
    return parser


def run(arguments: list[str], window: bool) -> int:
    setup_logging()
    language = _language_from(arguments)
    if window:
        from recouvrement_desktop.ui.application import create_application

        app: QCoreApplication = create_application(arguments)
    else:
        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(app, language)

    parser = build_parser()
    try:
        args = parser.parse_args(arguments)
        return int(args.handler(args))
    except UsageError as error:
        print(error, file=sys.stderr)
        return error.exit_code
    except CommandError as error:
        print(f"{parser.prog}: {error}", file=sys.stderr)
        return error.exit_code
    except UserFacingError as error:
        print(f"{parser.prog}: {user_message(error)}", file=sys.stderr)
        return int(getattr(error, "exit_code", 1))
    except DomainError as error:  # input the engine cannot take, wherever it is found
        print(f"{parser.prog}: {domain_message(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (``… | head``): nothing more to say
        # Python's advice: point stdout at devnull so that the final flush stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # as a process ended by SIGPIPE
    except Exception:
        _log.exception("unexpected error")
        message = translate("Cli", "Unexpected error; details were written to {path}")
        print(f"{parser.prog}: {message.format(path=log_file())}", file=sys.stderr)
        return 1
