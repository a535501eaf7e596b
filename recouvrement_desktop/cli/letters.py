"""``letters render CASE --kind KIND --out FILE.pdf|FILE.eml [--lang fr|en]``: a letter
to a client, made from the case's figures (``services/letters.py``).

The day's escalation batch (``services/escalation.py``): ``letters due [--on DATE]
[--json]`` lists what the policy asks; ``letters send-batch [--on DATE] --out DIR``
sends it (merged PDF to print, gateway CSV, journal entries); ``letters approve CASE
--kind KIND`` and ``letters exclude CASE --kind KIND --reason TEXT`` decide on a letter
of the batch.

Rendering is a preview: nothing is sent and no journal entry is written (sending the
day's letters does, with the supervisor's right to send letters).  It asks only the
right to read the case, which every officer has, so that an officer can check the
letter a case will receive.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.cli.options import iso_date
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.i18n.domain_messages import translated
from recouvrement_desktop.i18n.formatting import format_integer
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.i18n.translation import translate

if TYPE_CHECKING:
    from recouvrement_desktop.domain.escalation import Status
    from recouvrement_desktop.services.escalation import BatchLine

__all__ = ["register"]


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "letters",
        help=translate("Letters", "letters to clients: reminders, formal notices, notices"),
        description=translate("Letters", "Letters to clients, made from the case's figures."),
    )
    actions = parser.add_subparsers(
        title=translate("Letters", "actions"), metavar="ACTION", required=True
    )
    render = actions.add_parser(
        "render",
        help=translate("Letters", "write one letter of a case as a PDF or an e-mail"),
        description=translate(
            "Letters",
            "Write the letter of the given kind for a case, as a PDF (FILE.pdf) or as an "
            "e-mail with the PDF attached (FILE.eml). Nothing is sent and nothing is "
            "recorded in the case's journal.",
        ),
    )
    render.add_argument("case", metavar="CASE", help=translate("Letters", "the case reference"))
    render.add_argument(
        "--kind",
        required=True,
        choices=[kind.value for kind in LetterKind],
        help=translate("Letters", "the letter"),
    )
    render.add_argument(
        "--out", required=True, metavar="FILE", help=translate("Letters", "FILE.pdf or FILE.eml")
    )
    render.add_argument(
        "--lang",
        dest="letter_language",
        choices=[language.value for language in Language],
        help=translate("Letters", "the letter's language (default: the interface language)"),
    )
    add_database_options(render, top_level=False)
    add_user_option(render)
    render.set_defaults(handler=run_render)
    _register_batch(actions)


def _register_batch(actions: Subparsers) -> None:
    on_help = translate("Letters", "the day of the batch, YYYY-MM-DD (default: today)")
    due = actions.add_parser(
        "due",
        help=translate("Letters", "list the letters the escalation policy asks for a day"),
        description=translate(
            "Letters",
            "List the cases of your branch the escalation policy has a letter for: due, "
            "awaiting a supervisor's approval, or skipped, with the reason.",
        ),
    )
    due.add_argument("--on", metavar="DATE", help=on_help)
    due.add_argument("--json", action="store_true", help=translate("Letters", "print JSON"))
    add_database_options(due, top_level=False)
    add_user_option(due)
    due.set_defaults(handler=run_due)

    send = actions.add_parser(
        "send-batch",
        help=translate("Letters", "send the day's letters: a PDF to print, a gateway CSV"),
        description=translate(
            "Letters",
            "Send the due letters of the day: one PDF to print for the post, one CSV for "
            "the e-mail and SMS gateway, and a journal entry per letter. Run again the "
            "same day, it sends nothing twice.",
        ),
    )
    send.add_argument("--on", metavar="DATE", help=on_help)
    send.add_argument(
        "--out", required=True, metavar="DIR", help=translate("Letters", "the folder to write to")
    )
    send.add_argument(
        "--letter-lang",
        dest="letter_language",
        choices=[language.value for language in Language],
        help=translate("Letters", "the letters' language (default: fr)"),
    )
    add_database_options(send, top_level=False)
    add_user_option(send)
    send.set_defaults(handler=run_send_batch)

    for name, help_text in (
        ("approve", translate("Letters", "approve a letter of the batch (supervisor)")),
        ("exclude", translate("Letters", "keep a letter out of the batch, with a reason")),
    ):
        decide = actions.add_parser(name, help=help_text, description=help_text)
        decide.add_argument("case", metavar="CASE", help=translate("Letters", "the case reference"))
        decide.add_argument(
            "--kind",
            required=True,
            choices=[kind.value for kind in LetterKind],
            help=translate("Letters", "the letter"),
        )
        decide.add_argument(
            "--reason", required=name == "exclude", help=translate("Letters", "why")
        )
        decide.add_argument("--on", metavar="DATE", help=on_help)
        add_database_options(decide, top_level=False)
        add_user_option(decide)
        decide.set_defaults(handler=run_decide, excluded=name == "exclude")


def _day(text: str | None) -> date:
    return iso_date(text, "--on") or date.today()


def _reason(line: BatchLine) -> str:
    return "; ".join(translated(part.message, dict(part.params)) for part in line.reasons)


def _status(status: Status) -> str:
    # The escalation rules (and their TOML) are imported by the commands that use them,
    # not by the parser every start of the window builds.
    from recouvrement_desktop.domain.escalation import Status

    return {
        Status.DUE: translate("Letters", "due"),
        Status.AWAITING_APPROVAL: translate("Letters", "awaiting approval"),
        Status.SKIPPED: translate("Letters", "skipped"),
        Status.NOT_DUE: translate("Letters", "not due"),
    }[status]


def run_due(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.escalation import due_letters

    on = _day(args.on)
    database, _ = open_database(chosen_database_url(args))
    try:
        lines = due_letters(database, signed_in(args, database), on=on)
    finally:
        database.dispose()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "case": line.case_reference,
                        "client": line.client_name,
                        "kind": line.kind.value,
                        "channel": line.channel.value,
                        "status": line.status.value,
                        "reason": _reason(line),
                    }
                    for line in lines
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for line in lines:
        print(
            f"{line.case_reference}  {line.client_name}  {line.kind.value}  "
            f"{line.channel.value}  {_status(line.status)}  — {_reason(line)}"
        )
    from recouvrement_desktop.domain.escalation import Status

    counts = {status: sum(line.status is status for line in lines) for status in Status}
    print(
        translate(
            "Letters", "{day}: {due} due, {held} awaiting approval, {skipped} skipped"
        ).format(
            day=on.isoformat(),
            due=format_integer(counts[Status.DUE]),
            held=format_integer(counts[Status.AWAITING_APPROVAL]),
            skipped=format_integer(counts[Status.SKIPPED]),
        )
    )
    return 0


def run_send_batch(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.letter_batch import send_batch

    on = _day(args.on)
    database, _ = open_database(chosen_database_url(args))
    try:
        batch = send_batch(
            database,
            signed_in(args, database),
            on=on,
            out_dir=Path(args.out),
            language=Language(args.letter_language or Language.FRENCH.value),
        )
    finally:
        database.dispose()
    print(
        translate(
            "Letters", "{day}: {sent} letter(s) sent, {held} awaiting approval, {skipped} skipped"
        ).format(
            day=on.isoformat(),
            sent=format_integer(len(batch.sent)),
            held=format_integer(len(batch.held)),
            skipped=format_integer(len(batch.skipped)),
        )
    )
    if batch.print_pdf is not None:
        print(translate("Letters", "To print: {path}").format(path=str(batch.print_pdf)))
    if batch.gateway_csv is not None:
        print(
            translate("Letters", "For the e-mail and SMS gateway: {path}").format(
                path=str(batch.gateway_csv)
            )
        )
    return 0


def run_decide(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.escalation import approve_letter, exclude_letter

    on = _day(args.on)
    kind = LetterKind(args.kind)
    database, _ = open_database(chosen_database_url(args))
    try:
        identity = signed_in(args, database)
        if args.excluded:
            exclude_letter(database, identity, args.case, kind, args.reason, on=on)
            message = translate("Letters", "{kind} of case {case} excluded from {day}")
        else:
            approve_letter(database, identity, args.case, kind, on=on, note=args.reason)
            message = translate("Letters", "{kind} of case {case} approved on {day}")
    finally:
        database.dispose()
    print(message.format(kind=kind.value, case=args.case, day=on.isoformat()))
    return 0


def run_render(args: argparse.Namespace) -> int:
    from recouvrement_desktop.db.bootstrap import open_database
    from recouvrement_desktop.services.letters import render_letter

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".eml"):
        raise UsageError(
            translate("Letters", "The output file must end in .pdf or .eml: {path}").format(
                path=str(out)
            )
        )
    language = Language(args.letter_language or args.lang)
    database, _ = open_database(chosen_database_url(args))
    try:
        letter = render_letter(
            database, signed_in(args, database), args.case, LetterKind(args.kind), language
        )
    finally:
        database.dispose()
    content = letter.pdf if suffix == ".pdf" else letter.email()
    out.write_bytes(content)
    print(
        translate("Letters", "{kind} of case {case} written to {path} ({size} bytes)").format(
            kind=letter.text.kind.value,
            case=letter.case_reference,
            path=str(out),
            size=format_integer(len(content)),
        )
    )
    print(
        translate("Letters", "Template {name}, version {version}, effective {effective}").format(
            name=f"{language.value}/{letter.text.kind.value}.md",
            version=letter.version,
            effective=letter.text.effective.isoformat(),
        )
    )
    sms = letter.sms()
    if sms is not None:
        _text, count = sms
        line = translate("Letters", "SMS text: {segments} segment(s), {encoding}").format(
            segments=format_integer(count.segments), encoding=count.encoding.value.upper()
        )
        if count.warning:
            line += " — " + translate("Letters", "more than two segments")
        print(line)
    return 0
