"""``verify FILE.pdf [--db URL]``: is this agreement file intact, sealed and archived?

Prints a one-line verdict. Exit status 0 when the seal is valid, trusted, covers the
whole file and the file is an archived agreement's (same SHA-256); 1 when the file is
altered, unsigned, sealed by an untrusted key or unknown; 2 on a usage error (no such
file). A seal made with the demonstration certificate (trusted only against a
demonstration database) is said to be one on the same line. When the retention policy
removed the archive's copy of the PDF, a second line says so (the kept SHA-256 still
identifies the file).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.i18n.formatting import format_date
from recouvrement_desktop.i18n.translation import translate

__all__ = ["register", "run"]


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "verify",
        help=translate("Agreements", "check an agreement's PDF file: seal and archive"),
        description=translate(
            "Agreements",
            "Check that the electronic seal of an agreement file is intact and covers the "
            "whole document, and that the file is an archived agreement.",
        ),
    )
    parser.add_argument("file", metavar="FILE.pdf", help=translate("Agreements", "the PDF file"))
    add_database_options(parser, top_level=False)
    parser.set_defaults(handler=run)


#: Larger than any agreement (a few hundred kilobytes): a bigger file is refused
#: before it is read.
MAX_FILE_BYTES = 50 * 1024 * 1024


def _read(path: Path) -> bytes:
    def refused(reason: str) -> UsageError:
        return UsageError(
            translate("Agreements", "verify: cannot read {path}: {error}").format(
                path=str(path), error=reason
            )
        )

    try:
        if path.exists() and not path.is_file():  # a folder, /dev/zero, a pipe: never read
            raise refused(translate("Agreements", "not a file"))
        if path.stat().st_size > MAX_FILE_BYTES:
            raise refused(translate("Agreements", "larger than any agreement file"))
        return path.read_bytes()
    except OSError as error:
        raise refused(error.strerror or str(error)) from error


def run(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_existing_database
    from recouvrement_desktop.paths import default_database_path
    from recouvrement_desktop.services.agreements import verify_file

    data = _read(Path(args.file))
    # Verifying reads the archive as it is: it never creates nor migrates a database.
    # Without --db, the officer's database is looked in if there is one.
    explicit = getattr(args, "db", None) is not None or getattr(args, "demo", False)
    database = (
        open_existing_database(chosen_database_url(args))
        if explicit or default_database_path().is_file()
        else None
    )
    try:
        verdict, agreement = verify_file(database, data)
    finally:
        if database is not None:
            database.dispose()

    def say(line: str) -> None:
        if verdict.demonstration:
            line = translate("Agreements", "{verdict} (DEMONSTRATION seal: no legal value)").format(
                verdict=line
            )
        print(line)

    if not verdict.valid:
        reason = translate("Documents", verdict.reason or "").format(**verdict.params)
        say(translate("Agreements", "INVALID: {reason}").format(reason=reason))
        return 1
    if agreement is None:
        say(
            translate(
                "Agreements",
                "UNKNOWN: the seal is valid but the file matches no archived agreement",
            )
            if database is not None
            else translate(
                "Agreements",
                "UNKNOWN: the seal is valid; there is no database to find the archived "
                "agreement in (--db)",
            )
        )
        return 1
    say(
        translate(
            "Agreements",
            "VALID: agreement {reference} of case {case}, sealed by {signer} (PAdES {level})",
        ).format(
            reference=agreement.reference,
            case=agreement.case_reference,
            signer=verdict.signer or "",
            level=verdict.level,
        )
    )
    if agreement.pdf_removed_on is not None:
        print(
            translate(
                "Agreements",
                "The archive's copy of this PDF was removed by the retention policy on "
                "{removed_on}; the file matches the SHA-256 the archive kept.",
            ).format(removed_on=format_date(agreement.pdf_removed_on))
        )
    return 0
