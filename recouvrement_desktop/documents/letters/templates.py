"""Letter templates: files the bank's legal department edits, checked when loaded.

A template is a UTF-8 text file ``<folder>/<language>/<kind>.md``: a header between
two ``---`` lines (``version``, ``effective`` date, ``subject``, optionally ``sms``
and ``sending``), then the body.  Subject, SMS text and body are Jinja2 templates run in its sandbox
with ``StrictUndefined``: they may only name the documented placeholders
(:data:`~.data.PLACEHOLDERS`), and may use ``{% if %}``/``{% for %}`` and filters,
never Python.  The format is documented in ``docs/letters.md``.

Loading refuses, with the template's name and line, a syntax error, an unknown
placeholder, and a header without its version or a valid effective date: a mistake
of the editor shows when the template is read, not in a letter sent to a client.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from jinja2 import Template, TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError, UndefinedError

from recouvrement_desktop.documents.front_matter import Fault, FrontMatterError, read_front_matter
from recouvrement_desktop.documents.letters.data import FACT_OF, PLACEHOLDERS, LetterData
from recouvrement_desktop.documents.text_templates import sandbox, tidy
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.i18n.language import Language

__all__ = [
    "LetterTemplate",
    "LetterTemplateError",
    "MissingFactError",
    "RenderedText",
    "load_template",
    "parse_template",
    "template_path",
]

_REQUIRED: Final = ("version", "effective", "subject")
_KNOWN: Final = frozenset({*_REQUIRED, "sms", "sending"})
_HEADER_FAULTS: Final = {
    Fault.NO_HEADER: QT_TRANSLATE_NOOP(
        "Letters",
        "Letter template {name}, line {line}: the file must start with a header between two "
        "--- lines",
    ),
    Fault.UNKNOWN_LINE: QT_TRANSLATE_NOOP(
        "Letters", "Letter template {name}, line {line}: unknown header line {text}"
    ),
    Fault.MISSING_KEY: QT_TRANSLATE_NOOP(
        "Letters", "Letter template {name}, line {line}: no {key} in the header"
    ),
}


class LetterTemplateError(UserFacingError):
    context = "Letters"
    exit_code = 2


class MissingFactError(UserFacingError):
    context = "Letters"
    exit_code = 2


_MISSING: Final = {
    "promise": QT_TRANSLATE_NOOP(
        "Letters", "The case {case} has no pending promise to pay: no {kind} letter."
    ),
    "agreement": QT_TRANSLATE_NOOP(
        "Letters", "The case {case} has no repayment agreement: no {kind} letter."
    ),
    "missed": QT_TRANSLATE_NOOP(
        "Letters",
        "No instalment of the agreement of case {case} has fallen due yet: no {kind} letter.",
    ),
}


@dataclass(frozen=True, slots=True)
class RenderedText:
    """A template filled in for one case: what the PDF, e-mail and SMS show."""

    kind: LetterKind
    language: Language
    version: str
    effective: date
    subject: str
    body: str  # paragraphs separated by blank lines, ``- `` items, ``**bold**``
    sms: str | None
    sending: str  # how it is sent, printed above the subject (« Lettre recommandée… »)


@dataclass(frozen=True, slots=True)
class LetterTemplate:
    """A loaded, checked template."""

    name: str
    kind: LetterKind
    language: Language
    version: str
    effective: date
    subject: Template
    body: Template
    sms: Template | None
    sending: str
    used: frozenset[str]  # the placeholders it names

    def render(self, data: LetterData) -> RenderedText:
        """The letter's texts for *data*; ``MissingFactError`` when the template names
        a fact the case does not have (a promise, an agreement)."""
        values = data.values()
        for name in sorted(self.used):
            if values[name] is None:
                raise MissingFactError(
                    _MISSING[FACT_OF[name]], case=data.case_reference, kind=self.kind.value
                )
        try:
            return RenderedText(
                kind=self.kind,
                language=self.language,
                version=self.version,
                effective=self.effective,
                subject=" ".join(self.subject.render(values).split()),
                body=tidy(self.body.render(values)),
                sms=None if self.sms is None else " ".join(self.sms.render(values).split()),
                sending=self.sending,
            )
        except (UndefinedError, SecurityError) as error:  # e.g. an attribute of a value
            raise LetterTemplateError(
                QT_TRANSLATE_NOOP("Letters", "The letter template {name} cannot be used: {error}"),
                name=self.name,
                error=str(error),
            ) from error


def _refuse(name: str, line: int, message: str, **params: object) -> LetterTemplateError:
    """A refusal naming the template and the line (*message* has both placeholders)."""
    return LetterTemplateError(message, name=name, line=line, **params)


def _compile(name: str, source: str, first_line: int) -> tuple[Template, frozenset[str]]:
    """Compile one part of the file whose first line is *first_line* of the file."""
    env = sandbox()
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as error:
        raise _refuse(
            name,
            first_line + (error.lineno or 1) - 1,
            QT_TRANSLATE_NOOP("Letters", "Letter template {name}, line {line}: {error}"),
            error=error.message or "",
        ) from error
    used = frozenset(meta.find_undeclared_variables(tree))
    unknown = sorted(used - PLACEHOLDERS)
    if unknown:
        line = next(
            (
                lineno
                for lineno, kind, value in env.lex(source)
                if kind == "name" and value == unknown[0]
            ),
            1,
        )
        raise _refuse(
            name,
            first_line + line - 1,
            QT_TRANSLATE_NOOP(
                "Letters", "Letter template {name}, line {line}: unknown placeholder {placeholder}"
            ),
            placeholder=unknown[0],
        )
    return env.from_string(source), used


def parse_template(name: str, text: str, kind: LetterKind, language: Language) -> LetterTemplate:
    """Check and compile a template's text; *name* is how errors designate it."""
    lines = text.splitlines()
    try:
        front = read_front_matter(lines, known=_KNOWN, required=_REQUIRED)
    except FrontMatterError as fault:
        raise _refuse(name, fault.line, _HEADER_FAULTS[fault.fault], **fault.params) from None
    header, end = front.values, front.end
    effective_text, effective_line = header["effective"]
    try:
        effective = date.fromisoformat(effective_text)
    except ValueError:
        raise _refuse(
            name,
            effective_line,
            QT_TRANSLATE_NOOP(
                "Letters",
                "Letter template {name}, line {line}: the effective date {text} is not "
                "a date (YYYY-MM-DD)",
            ),
            text=effective_text,
        ) from None
    subject, subject_used = _compile(name, header["subject"][0], header["subject"][1])
    sms: Template | None = None
    sms_used: frozenset[str] = frozenset()
    if "sms" in header and header["sms"][0]:
        sms, sms_used = _compile(name, header["sms"][0], header["sms"][1])
    body_source = "\n".join(lines[end + 1 :])
    body, body_used = _compile(name, body_source, end + 2)
    return LetterTemplate(
        name=name,
        kind=kind,
        language=language,
        version=header["version"][0],
        effective=effective,
        subject=subject,
        body=body,
        sms=sms,
        sending=header.get("sending", ("", 0))[0],
        used=subject_used | sms_used | body_used,
    )


def template_path(folder: Path, kind: LetterKind, language: Language) -> Path:
    return folder / language.value / f"{kind.value}.md"


def load_template(folder: Path, kind: LetterKind, language: Language) -> LetterTemplate:
    """The template of *kind* in *language* under *folder*, checked."""
    path = template_path(folder, kind, language)
    name = f"{language.value}/{kind.value}.md"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LetterTemplateError(
            QT_TRANSLATE_NOOP("Letters", "Cannot read the letter template {path}: {error}"),
            path=str(path),
            error=str(error),
        ) from error
    return parse_template(name, text, kind, language)
