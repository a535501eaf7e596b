"""``audit access --client NUMBER``: who opened a client's file, when, from where;
``audit verify``: does the audit chain hold, and does every record match it;
``audit key export|import``: carry the chain's key to another workstation.

For the auditor (signed in with ``--user``): personal data protection asks that a bank
can answer "who looked at this client", and an audit that the records are as recorded.
"""

from __future__ import annotations

import argparse
import json
import sys

from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.translation import translate

__all__ = ["register"]


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "audit",
        help=translate("Audit", "the audit trail and the access log (auditors)"),
        description=translate("Audit", "What the auditor reads."),
    )
    actions = parser.add_subparsers(
        title=translate("Audit", "actions"), metavar="ACTION", required=True
    )
    access = actions.add_parser(
        "access", help=translate("Audit", "who opened a client's file, when, from where")
    )
    access.add_argument(
        "--client", required=True, metavar="NUMBER", help=translate("Audit", "client number")
    )
    access.add_argument("--json", action="store_true", help=translate("Audit", "as JSON"))
    add_database_options(access, top_level=False)
    add_user_option(access)
    access.set_defaults(handler=run_access)

    verify = actions.add_parser(
        "verify",
        help=translate("Audit", "check the audit chain and every record it covers"),
        description=translate(
            "Audit",
            "Exit status: 0 when the chain and every record hold, 1 when something does not.",
        ),
    )
    verify.add_argument("--json", action="store_true", help=translate("Audit", "as JSON"))
    add_database_options(verify, top_level=False)
    add_user_option(verify)
    verify.set_defaults(handler=run_verify)

    key = actions.add_parser(
        "key", help=translate("Audit", "the audit key of this database (administrators)")
    )
    key_actions = key.add_subparsers(
        title=translate("Audit", "actions"), metavar="ACTION", required=True
    )
    export = key_actions.add_parser(
        "export", help=translate("Audit", "print the key, to import it on another computer")
    )
    add_database_options(export, top_level=False)
    add_user_option(export)
    export.set_defaults(handler=run_key_export)
    import_ = key_actions.add_parser(
        "import", help=translate("Audit", "store the key read from standard input")
    )
    add_database_options(import_, top_level=False)
    import_.set_defaults(handler=run_key_import)


def run_access(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.access_log import accesses_to_client

    database, _ = open_database(chosen_database_url(args))
    try:
        entries = accesses_to_client(database, signed_in(args, database), args.client)
    finally:
        database.dispose()
    rows = [
        {
            "at": entry.occurred_at.isoformat(),
            "login": entry.login,
            "name": entry.officer_name,
            "client": entry.client_number,
            "case": entry.case_reference,
            "machine": entry.machine,
            "purpose": entry.purpose,
        }
        for entry in entries
    ]
    if args.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
        return 0
    for row in rows:
        print(f"{row['at']}  {row['login']:<16} {row['machine']:<20} {row['case'] or ''}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.i18n.messages import sentence
    from recouvrement_desktop.services.audit_trail import report_sentences, verify

    database, _ = open_database(chosen_database_url(args))
    try:
        report = verify(database, signed_in(args, database))
    finally:
        database.dispose()
    chain = report.chain
    if args.json:
        document = {
            "intact": report.intact,
            "demonstration": report.demonstration,
            "events": chain.checked,
            "first_broken": chain.first_broken,
            "reason": chain.reason,
            "broken_event_covers": chain.covers,
            "records": report.records,
            "records_pending": report.baseline_pending,
            "problem_count": report.problem_count,
            "problems": [
                {
                    "table": problem.table,
                    "record": problem.key,
                    "reason": problem.reason,
                    "event": problem.sequence,
                }
                for problem in report.problems
            ],
            "sealed_head": None
            if report.anchor is None
            else {"event": report.anchor.sequence, "at": report.anchor.sealed_at.isoformat()},
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
    else:
        for text, params in report_sentences(report):
            print(sentence("Audit", text, params))
    return 0 if report.intact else 1


def run_key_export(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.audit_trail import export_audit_key

    database, _ = open_database(chosen_database_url(args))
    try:
        key = export_audit_key(database, signed_in(args, database))
    finally:
        database.dispose()
    print(key)
    return 0


def run_key_import(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.audit_trail import import_audit_key

    database, _ = open_database(chosen_database_url(args))
    try:
        import_audit_key(database, sys.stdin.readline())
    finally:
        database.dispose()
    print(translate("Audit", "The audit key is stored in this computer's keystore."))
    return 0
