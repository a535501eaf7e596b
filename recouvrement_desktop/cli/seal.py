"""``seal import|use-token|tsa|show``: the bank's electronic seal on this installation.

``seal import FILE.p12`` reads the PKCS#12 file's password at the prompt (or as one line
of standard input), never as an argument, and keeps the key re-encrypted with a random
passphrase that only the OS keystore holds. ``seal use-token`` seals with a key kept in
a PKCS#11 token or HSM; its PIN goes to the keystore the same way. ``seal tsa URL`` sets
the timestamp authority (PAdES B-LT).

These settings belong to the operating-system account that runs the application (its
data folder and its keystore). When that account has a database with accounts (the
officer's own, or ``--db``), a change is made by one of its administrators only
(``--user``, permission ``MANAGE_POLICY``) and recorded in its audit trail; on a fresh
installation, before any database, the administrator installing it sets the seal.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from recouvrement_desktop.cli.credentials import add_user_option, read_secret, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.translation import translate

__all__ = ["register"]


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "seal",
        help=translate("Seal", "configure the bank's electronic seal (administrators)"),
        description=translate(
            "Seal",
            "Configure the key that seals the agreements: a PKCS#12 file imported into "
            "this installation, or a PKCS#11 token; and a timestamp authority.",
        ),
    )
    actions = parser.add_subparsers(title=translate("Seal", "actions"), metavar="ACTION")
    actions.required = True

    imported = actions.add_parser(
        "import",
        help=translate("Seal", "import the bank's seal from a PKCS#12 file"),
        description=translate(
            "Seal",
            "Import the bank's seal certificate and key from a PKCS#12 file. Its password "
            "is asked (or read as one line of standard input). The key is kept encrypted "
            "with a passphrase held by the system keystore; the file itself is not needed "
            "afterwards.",
        ),
    )
    imported.add_argument("file", metavar="FILE.p12", help=translate("Seal", "the PKCS#12 file"))
    _administered(imported)
    imported.set_defaults(handler=run_import)

    token = actions.add_parser(
        "use-token",
        help=translate("Seal", "seal with a key kept in a PKCS#11 token or HSM"),
        description=translate(
            "Seal",
            "Seal with a key kept in a PKCS#11 token or HSM. The PIN is asked (or read as "
            "one line of standard input) and kept in the system keystore.",
        ),
    )
    token.add_argument(
        "--module", required=True, help=translate("Seal", "path of the PKCS#11 module")
    )
    token.add_argument("--token", required=True, help=translate("Seal", "the token's label"))
    token.add_argument("--key", required=True, help=translate("Seal", "the key's label"))
    token.add_argument(
        "--cert", help=translate("Seal", "the certificate's label (default: the key's)")
    )
    _administered(token)
    token.set_defaults(handler=run_use_token)

    tsa = actions.add_parser(
        "tsa",
        help=translate("Seal", "set the timestamp authority (PAdES B-LT)"),
        description=translate(
            "Seal",
            "Set the URL of the RFC 3161 timestamp authority: seals become PAdES B-LT. "
            "Without one they are PAdES B-B.",
        ),
    )
    tsa.add_argument("url", nargs="?", help=translate("Seal", "the authority's URL"))
    tsa.add_argument(
        "--none", action="store_true", help=translate("Seal", "no timestamp authority")
    )
    _administered(tsa)
    tsa.set_defaults(handler=run_tsa)

    show = actions.add_parser("show", help=translate("Seal", "show the seal in use"))
    show.set_defaults(handler=run_show)


def _administered(parser: argparse.ArgumentParser) -> None:
    add_database_options(parser, top_level=False)
    add_user_option(parser)


@contextmanager
def _administrator(args: argparse.Namespace, change: str) -> Iterator[None]:
    """Around a change of the seal: its administrator signed in, then the change
    recorded, when this installation has a database with accounts."""
    from recouvrement_desktop.db.bootstrap import open_existing_database
    from recouvrement_desktop.paths import default_database_path
    from recouvrement_desktop.services import sealing
    from recouvrement_desktop.services.accounts import has_accounts

    explicit = getattr(args, "db", None) is not None or getattr(args, "demo", False)
    if not explicit and not default_database_path().is_file():
        yield  # a fresh installation: nobody to ask, nothing to record in
        return
    database = open_existing_database(chosen_database_url(args))
    try:
        if not has_accounts(database):
            yield
            return
        by = signed_in(args, database)
        sealing.authorize_seal_change(database, by)
        yield
        sealing.record_seal_change(database, by, change)
    finally:
        database.dispose()


def _describe() -> str:
    from recouvrement_desktop.services import sealing

    settings = sealing.sealing_settings()
    if settings.demonstration:
        return translate(
            "Seal", "Seal: the demonstration certificate (not a bank's seal), PAdES {level}"
        ).format(level=settings.level)
    loaded = sealing.sealer(settings)
    return translate("Seal", "Seal: {subject}, PAdES {level}").format(
        subject=loaded.subject, level=loaded.level
    )


def run_import(args: argparse.Namespace) -> int:
    from recouvrement_desktop.services import sealing

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UsageError(
            translate("Seal", "seal import: cannot read {path}: {error}").format(
                path=str(path), error=error.strerror or str(error)
            )
        ) from error
    with _administrator(args, "pkcs12"):
        password = read_secret(translate("Seal", "Password of the PKCS#12 file: "))
        sealing.import_pkcs12(data, password)
    print(_describe())
    return 0


def run_use_token(args: argparse.Namespace) -> int:
    from recouvrement_desktop.services import sealing

    with _administrator(args, "pkcs11"):
        pin = read_secret(translate("Seal", "PIN of the token: "))
        sealing.use_token(
            sealing.Pkcs11Settings(
                module=args.module, token=args.token, key=args.key, cert=args.cert
            ),
            pin,
        )
    print(_describe())
    return 0


def run_tsa(args: argparse.Namespace) -> int:
    from recouvrement_desktop.services import sealing

    if bool(args.url) == bool(args.none):
        raise UsageError(translate("Seal", "seal tsa: give a URL or --none"))
    with _administrator(args, "tsa"):
        sealing.set_timestamp_authority(None if args.none else args.url)
    print(_describe())
    return 0


def run_show(args: argparse.Namespace) -> int:
    print(_describe())
    return 0
