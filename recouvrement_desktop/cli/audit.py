"""``audit access --client NUMBER``: who opened a client's file, when, from where.

For the auditor (signed in with ``--user``): personal data protection asks that a bank
can answer "who looked at this client".
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
