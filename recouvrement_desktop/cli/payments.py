"""Payments from the bank: ``import payments FILE`` (a camt.053/054 statement or the
plain CSV of payments) and ``payments unmatched`` / ``payments allocate`` (the payments
to allocate), for supervisors; see docs/import-format.md.

Exit status: 0 done, 2 refused — a file that cannot be read (nothing is written), a
payment or case not found, a role without the permission.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.formatting import format_date, format_integer, format_money
from recouvrement_desktop.i18n.translation import translate

__all__ = ["register", "register_import"]


def register_import(kinds: Subparsers) -> None:
    """``import payments``, beside ``import portfolio``."""
    parser = kinds.add_parser(
        "payments",
        help=translate("Payments", "payments received (camt.053, camt.054 or CSV)"),
        description=translate(
            "Payments",
            "Import the payments the bank received: a camt.053 statement, a camt.054 "
            "notification or a CSV (contract_number;date;amount;reference). Each booked "
            "credit is recorded on the case it names; the others wait in the payments to "
            "allocate. A statement imported twice adds nothing. The whole file is written "
            "in one transaction. Exit status: 0 imported, 2 refused.",
        ),
    )
    parser.add_argument(
        "file", metavar="FILE", help=translate("Payments", "the statement (XML) or CSV file")
    )
    parser.add_argument("--json", action="store_true", help=translate("Payments", "as JSON"))
    add_database_options(parser, top_level=False)
    add_user_option(parser)
    parser.set_defaults(handler=run_import)


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "payments",
        help=translate("Payments", "the payments to allocate (supervisors)"),
        description=translate(
            "Payments", "List the payments the import could not match, and allocate them."
        ),
    )
    actions = parser.add_subparsers(
        title=translate("Payments", "actions"), metavar="ACTION", required=True
    )
    unmatched = actions.add_parser(
        "unmatched",
        help=translate("Payments", "list the payments to allocate"),
        description=translate("Payments", "List the payments to allocate, oldest first."),
    )
    unmatched.add_argument("--json", action="store_true", help=translate("Payments", "as JSON"))
    add_database_options(unmatched, top_level=False)
    add_user_option(unmatched)
    unmatched.set_defaults(handler=run_unmatched)

    allocate = actions.add_parser(
        "allocate",
        help=translate("Payments", "put a payment to allocate on a case"),
        description=translate(
            "Payments",
            "Put a payment to allocate on a case: it is recorded as a payment received "
            "there, and the decision in the audit trail.",
        ),
    )
    allocate.add_argument(
        "reference", metavar="ENTRY_REF", help=translate("Payments", "the payment's bank reference")
    )
    allocate.add_argument(
        "--case",
        required=True,
        metavar="CASE_REF",
        help=translate("Payments", "the reference of the case"),
    )
    allocate.add_argument("--json", action="store_true", help=translate("Payments", "as JSON"))
    add_database_options(allocate, top_level=False)
    add_user_option(allocate)
    allocate.set_defaults(handler=run_allocate)


def _print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")


def run_import(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.payments.importer import import_payments

    database, _ = open_database(chosen_database_url(args))
    try:
        report = import_payments(database, signed_in(args, database), Path(args.file))
    finally:
        database.dispose()
    if args.json:
        _print_json({"file": report.file, **report.counts()})
        return 0
    n = format_integer
    print(
        translate(
            "Payments",
            "{file}: {entries} entries; {matched} matched, {unmatched} to allocate, "
            "{duplicates} already imported, {reversed} reversed, {ignored} ignored",
        ).format(
            file=report.file,
            entries=n(report.entries),
            matched=n(report.matched),
            unmatched=n(report.unmatched),
            duplicates=n(report.duplicates),
            reversed=n(report.reversed),
            ignored=n(report.ignored),
        )
    )
    return 0


def run_unmatched(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.payments.allocation import payments_to_allocate

    database, _ = open_database(chosen_database_url(args))
    try:
        waiting = payments_to_allocate(database, signed_in(args, database))
    finally:
        database.dispose()
    if args.json:
        _print_json(
            [
                {
                    "reference": p.reference,
                    "booked_on": p.booked_on.isoformat(),
                    "amount": str(p.amount),
                    "currency": p.currency,
                    "debtor_name": p.debtor_name,
                    "remittance": p.remittance,
                    "end_to_end_id": p.end_to_end_id,
                    "creditor_reference": p.creditor_reference,
                    "reason": p.reason,
                    "file": p.file_name,
                }
                for p in waiting
            ]
        )
        return 0
    if not waiting:
        print(translate("Payments", "No payment to allocate."))
    for p in waiting:
        print(
            "\t".join(
                (
                    p.reference,
                    format_date(p.booked_on),
                    format_money(p.amount) if p.currency == "EUR" else f"{p.amount} {p.currency}",
                    p.debtor_name or "",
                    p.remittance or "",
                )
            )
        )
    return 0


def run_allocate(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.payments.allocation import allocate_payment

    database, _ = open_database(chosen_database_url(args))
    try:
        done = allocate_payment(database, signed_in(args, database), args.reference, args.case)
    finally:
        database.dispose()
    if args.json:
        _print_json(
            {"reference": done.reference, "case": done.case_reference, "amount": str(done.amount)}
        )
    else:
        print(
            translate("Payments", "Payment {reference} of {amount} put on case {case}").format(
                reference=done.reference, amount=format_money(done.amount), case=done.case_reference
            )
        )
    return 0
