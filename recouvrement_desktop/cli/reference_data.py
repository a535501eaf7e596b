"""``reference-data list|show|import``: the published figures the law's checks read.

    recouvrement-desktop reference-data list
    recouvrement-desktop reference-data show KIND [--on YYYY-MM-DD] [--json]
    recouvrement-desktop reference-data import FILE --user LOGIN      (administrators)

``list`` and ``show`` need no sign-in (the figures are public); they read the database's
imports, else the files shipped with the application. ``show --on`` exits with status 1
when no period covers the date. ``import`` validates the whole file first (a refused
file changes nothing, exit status 2) and records the import in the audit trail.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.cli.options import iso_date
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.domain.reference_data import ReferenceKind, ReferencePeriod
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.i18n.formatting import format_date
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.services.reference_data import ActiveTable

__all__ = ["register"]


class NoValueKnownError(UserFacingError):
    context = "ReferenceData"
    exit_code = 1


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "reference-data",
        help=translate("ReferenceData", "published figures: usury thresholds, legal rates"),
        description=translate(
            "ReferenceData",
            "The dated, cited figures the legal checks read: usury thresholds, legal "
            "interest rate, RSA lump sum, seizable-portion scale.",
        ),
    )
    commands = parser.add_subparsers(metavar="ACTION", required=True)

    listing = commands.add_parser(
        "list", help=translate("ReferenceData", "each kind, its periods and where it comes from")
    )
    add_database_options(listing, top_level=False)
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help=translate("ReferenceData", "the figures of a kind"))
    show.add_argument(
        "kind", metavar="KIND", help="{" + ",".join(k.value for k in ReferenceKind) + "}"
    )
    show.add_argument(
        "--on", metavar="YYYY-MM-DD", help=translate("ReferenceData", "only the period in force")
    )
    show.add_argument(
        "--json", action="store_true", help=translate("ReferenceData", "print one JSON object")
    )
    add_database_options(show, top_level=False)
    show.set_defaults(handler=run_show)

    imported = commands.add_parser(
        "import",
        help=translate("ReferenceData", "import a newer file of figures (administrators)"),
    )
    imported.add_argument("file", metavar="FILE", help=translate("ReferenceData", "a TOML file"))
    add_database_options(imported, top_level=False)
    add_user_option(imported)
    imported.set_defaults(handler=run_import)


def _tables(args: argparse.Namespace) -> dict[ReferenceKind, ActiveTable]:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.reference_data import active_tables

    database, _ = open_database(chosen_database_url(args))
    try:
        with database.session() as session:
            return active_tables(session)
    finally:
        database.dispose()


def run_list(args: argparse.Namespace) -> int:
    for kind, active in _tables(args).items():
        table = active.table
        print(
            translate(
                "ReferenceData", "{kind}: {periods} periods, {first} to {last} ({origin})"
            ).format(
                kind=kind.value,
                periods=len(table.periods),
                first=format_date(table.first_day),
                last=format_date(table.last_day),
                origin=active.origin,
            )
        )
    return 0


def _period_json(period: ReferencePeriod) -> dict[str, object]:
    return {
        "from": period.start.isoformat(),
        "until": period.end.isoformat(),
        "values": {key: str(value) for key, value in period.values.items()},
        "source": period.source,
    }


def run_show(args: argparse.Namespace) -> int:
    try:
        kind = ReferenceKind(args.kind)
    except ValueError:
        raise UsageError(
            translate("ReferenceData", "KIND: choose one of {choices}").format(
                choices=", ".join(k.value for k in ReferenceKind)
            )
        ) from None
    day = iso_date(args.on, "--on")
    active = _tables(args)[kind]
    periods = active.table.periods
    if day is not None:
        period = active.table.on(day)
        if period is None:
            raise NoValueKnownError(
                QT_TRANSLATE_NOOP("ReferenceData", "No {kind} known for {date}"),
                kind=kind.value,
                date=day.isoformat(),
            )
        periods = (period,)
    if args.json:
        document = {
            "kind": kind.value,
            "unit": active.table.unit,
            "origin": active.origin,
            "sha256": active.sha256,
            "periods": [_period_json(period) for period in periods],
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
        return 0
    print(f"{kind.value} ({active.table.unit}) — {active.origin}")
    for period in periods:
        print()
        print(f"{format_date(period.start)} – {format_date(period.end)}")
        width = max(len(key) for key in period.values)
        for key, value in period.values.items():
            print(f"  {key.ljust(width)}  {value}")
        print(f"  {translate('ReferenceData', 'Source')}: {period.source}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.reference_data import import_reference_file

    database, _ = open_database(chosen_database_url(args))
    try:
        table = import_reference_file(database, signed_in(args, database), Path(args.file))
    finally:
        database.dispose()
    print(
        translate("ReferenceData", "Imported {kind}: {periods} periods, {first} to {last}").format(
            kind=table.kind.value,
            periods=len(table.periods),
            first=format_date(table.first_day),
            last=format_date(table.last_day),
        )
    )
    return 0
