"""``letters render CASE --kind KIND --out FILE.pdf|FILE.eml [--lang fr|en]``: a letter
to a client, made from the case's figures (``services/letters.py``).

Rendering is a preview: nothing is sent and no journal entry is written (sending the
day's letters does, with the supervisor's right to send letters).  It asks only the
right to read the case, which every officer has, so that an officer can check the
letter a case will receive.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from recouvrement_desktop.cli.credentials import add_user_option, signed_in
from recouvrement_desktop.cli.database import add_database_options, chosen_database_url
from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.cli.parser import Subparsers
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.i18n.formatting import format_integer
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.i18n.translation import translate

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
