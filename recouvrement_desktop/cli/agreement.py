"""``agreement list|show|export``: the archived repayment agreements.

A fixed contract (issue 5) that scripts and checks rely on::

    recouvrement-desktop agreement list [--db URL] [--json]
    recouvrement-desktop agreement show REF [--db URL] --json
    recouvrement-desktop agreement export REF --out FILE.pdf [--db URL]

``list --json`` prints a JSON list of objects with the keys ``reference``, ``case``,
``client``, ``date`` and ``status``; ``show --json`` prints the agreed schedule in the
JSON shape of ``simulate --json`` plus ``reference``, ``case`` and ``status``;
``export`` writes the archived sealed PDF, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.errors import CommandError
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.services.agreements import AgreementView

__all__ = ["agreement_json", "register", "run_export", "run_list", "run_show"]


def register(subparsers: Subparsers) -> None:
    """Add the ``agreement`` parser and its three sub-commands."""
    parser = subparsers.add_parser(
        "agreement",
        help=translate("Agreements", "list, show and export the repayment agreements"),
        description=translate(
            "Agreements", "The repayment agreements and their archived sealed PDF files."
        ),
    )
    actions = parser.add_subparsers(
        title=translate("Agreements", "actions"), metavar="ACTION", required=True
    )

    listing = actions.add_parser("list", help=translate("Agreements", "list the agreements"))
    listing.add_argument(
        "--json", action="store_true", help=translate("Agreements", "print one JSON list")
    )
    add_database_options(listing, top_level=False)
    add_user_option(listing)
    listing.set_defaults(handler=run_list)

    show = actions.add_parser(
        "show", help=translate("Agreements", "show an agreement's terms and schedule")
    )
    show.add_argument("reference", metavar="REF", help=translate("Agreements", "its reference"))
    show.add_argument(
        "--json", action="store_true", help=translate("Agreements", "print one JSON object")
    )
    add_database_options(show, top_level=False)
    add_user_option(show)
    show.set_defaults(handler=run_show)

    export = actions.add_parser(
        "export", help=translate("Agreements", "write the archived sealed PDF to a file")
    )
    export.add_argument("reference", metavar="REF", help=translate("Agreements", "its reference"))
    export.add_argument(
        "--out",
        metavar="FILE.pdf",
        required=True,
        help=translate("Agreements", "where to write the PDF"),
    )
    add_database_options(export, top_level=False)
    add_user_option(export)
    export.set_defaults(handler=run_export)


def _open(args: argparse.Namespace) -> tuple[Any, Any]:
    """The database and who reads it (signed in; ``CredentialsError`` otherwise)."""
    from recouvrement_desktop.db.bootstrap import open_database

    database, _ = open_database(chosen_database_url(args))
    try:
        return database, signed_in(args, database)
    except BaseException:
        database.dispose()
        raise


def run_list(args: argparse.Namespace) -> int:
    from recouvrement_desktop.services.agreements import list_agreements

    database, reader = _open(args)
    try:
        views = list_agreements(database, reader=reader)
    finally:
        database.dispose()
    rows = [
        {
            "reference": view.reference,
            "case": view.case_reference,
            "client": view.client_name,
            "date": view.created_at.astimezone().date().isoformat(),
            "status": view.status.value,
        }
        for view in views
    ]
    if args.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
        return 0
    if not rows:
        print(translate("Agreements", "No agreements."))
        return 0
    keys = ("reference", "date", "status", "case", "client")
    widths = {key: max(len(str(row[key])) for row in rows) for key in keys}
    for row in rows:
        print("  ".join(str(row[key]).ljust(widths[key]) for key in keys).rstrip())
    return 0


def agreement_json(view: AgreementView) -> dict[str, object]:
    """``simulate --json``'s object for the agreed schedule, plus its identity."""
    from recouvrement_desktop.cli.simulate import schedule_to_json

    return {
        "reference": view.reference,
        "case": view.case_reference,
        "status": view.status.value,
        **schedule_to_json(view.snapshot.schedule),
    }


def run_show(args: argparse.Namespace) -> int:
    from recouvrement_desktop.cli.simulate import render_text
    from recouvrement_desktop.services.agreements import get_agreement

    database, reader = _open(args)
    try:
        view = get_agreement(database, args.reference, reader=reader)
    finally:
        database.dispose()
    if args.json:
        sys.stdout.write(json.dumps(agreement_json(view), ensure_ascii=False) + "\n")
        return 0
    heading = translate("Agreements", "Agreement {reference} — case {case} — {client} — {status}")
    print(
        heading.format(
            reference=view.reference,
            case=view.case_reference,
            client=view.client_name,
            status=view.status.value,
        )
    )
    print(render_text(view.snapshot.schedule))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from recouvrement_desktop.services.agreements import archived_pdf
    from recouvrement_desktop.services.audit_trail import seal

    database, reader = _open(args)
    try:
        data = archived_pdf(database, args.reference, reader=reader)
        seal(database)  # what leaves the bank is matched by a sealed head
    finally:
        database.dispose()
    target = Path(args.out)
    try:
        target.write_bytes(data)
    except OSError as error:
        raise CommandError(
            translate("Agreements", "Cannot write {path}: {error}").format(
                path=str(target), error=error.strerror or str(error)
            )
        ) from error
    print(
        translate("Agreements", "Agreement {reference} written to {path}").format(
            reference=args.reference, path=str(target)
        )
    )
    return 0
