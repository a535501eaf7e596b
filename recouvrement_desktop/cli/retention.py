"""``retention run [--dry-run] [--json]``: anonymise the clients of cases closed longer
than the retention period (an administrator's job, ``services/retention.py``)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.domain.retention import Hold
from recouvrement_desktop.i18n.formatting import format_date, format_integer
from recouvrement_desktop.i18n.translation import translate

__all__ = ["register"]


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "retention",
        help=translate("Retention", "personal data past its retention period (administrators)"),
        description=translate("Retention", "What the retention policy asks of closed cases."),
    )
    actions = parser.add_subparsers(
        title=translate("Retention", "actions"), metavar="ACTION", required=True
    )
    run = actions.add_parser(
        "run",
        help=translate("Retention", "anonymise the clients of cases closed too long ago"),
        description=translate(
            "Retention",
            "Anonymise the clients whose cases were all settled or written off longer "
            "than the retention period ago: their personal data is cleared, the figures "
            "stay, and each case gets an audit event.",
        ),
    )
    run.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Retention", "list what would be done, change nothing"),
    )
    run.add_argument("--json", action="store_true", help=translate("Retention", "as JSON"))
    add_database_options(run, top_level=False)
    add_user_option(run)
    run.set_defaults(handler=run_retention_command)


def run_retention_command(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.retention import configured_policy, run_retention

    policy = configured_policy()
    database, _ = open_database(chosen_database_url(args))
    try:
        report = run_retention(
            database, signed_in(args, database), dry_run=args.dry_run, policy=policy
        )
    finally:
        database.dispose()
    if args.json:
        document: dict[str, Any] = {
            "dry_run": report.dry_run,
            "today": report.today.isoformat(),
            "retention_years": report.retention_years,
            "agreement_documents": "kept" if report.agreement_documents_kept else "removed",
            "journal_notes_kept": report.journal_notes_kept,
            "agreement_pdfs_removed": report.agreement_pdfs_removed,
            "anonymised": [
                {
                    "case": case.reference,
                    "stage": case.stage.value,
                    "closed_on": case.closed_on.isoformat(),
                    "retention_ended_on": case.retention_ended_on.isoformat(),
                    "journal_notes_kept": case.journal_notes,
                    "agreement_pdfs_removed": case.agreement_pdfs_removed,
                }
                for case in report.anonymised
            ],
            "held": [
                {
                    "case": case.reference,
                    "reason": case.reason.value,
                    "closed_on": case.closed_on.isoformat() if case.closed_on else None,
                }
                for case in report.held
            ],
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
        return 0
    for case in report.anonymised:
        print(
            translate("Retention", "{case}  closed on {closed_on}").format(
                case=case.reference, closed_on=format_date(case.closed_on)
            )
        )
    held = {
        Hold.OTHER_CASE_OPEN: translate("Retention", "another case of the client is open"),
        Hold.OTHER_CASE_IN_RETENTION: translate(
            "Retention", "another case of the client is still in its retention period"
        ),
        Hold.CLOSURE_UNKNOWN: translate("Retention", "no stage change says when it was closed"),
    }
    for kept in report.held:
        print(
            translate("Retention", "{case}  kept: {reason}").format(
                case=kept.reference, reason=held[kept.reason]
            )
        )
    count = format_integer(len(report.anonymised))
    if report.dry_run:
        print(
            translate(
                "Retention", "{count} case(s) would be anonymised (dry run: nothing changed)"
            ).format(count=count)
        )
    else:
        print(translate("Retention", "{count} case(s) anonymised").format(count=count))
    if report.agreement_pdfs_removed:
        removed = format_integer(report.agreement_pdfs_removed)
        print(
            translate(
                "Retention", "{count} sealed agreement PDF(s) would be removed (dry run)"
            ).format(count=removed)
            if report.dry_run
            else translate(
                "Retention",
                "{count} sealed agreement PDF(s) removed: their SHA-256 stays in the archive",
            ).format(count=removed)
        )
    if report.journal_notes_kept:
        print(
            translate(
                "Retention",
                "{count} journal note(s) of these cases are kept: the journal is append-only",
            ).format(count=format_integer(report.journal_notes_kept))
        )
    return 0
