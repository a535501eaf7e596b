"""Call scripts: the texts an officer follows during a call, files the bank edits.

A script is a UTF-8 text file ``<folder>/<language>/<situation>.md`` (situations:
:class:`~recouvrement_desktop.domain.call_scripts.CallSituation`): a header between two
``---`` lines (``version``, ``effective`` date, ``title``, optionally ``outcomes``: the
session outcomes the script offers at its end), then its steps, each a ``## title``
line followed by its text. Titles and texts are Jinja2 templates run in its sandbox, as
the letters are (``documents/letters/templates.py``): they may name only the
placeholders of :class:`ScriptData`, and a situation's own facts only in its script (a
promise's amount in the broken-promise script). The folder's ``settings.toml`` says
whether the bank records its calls (``calls_recorded``).

Loading refuses, with the file and the line, a syntax error, an unknown placeholder or
one the situation does not have, a bad header, and text before the first step: a
mistake of the editor shows when the script is read, not in front of a client.
The format is documented in ``docs/call-scripts.md``.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from jinja2 import Template, TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError, UndefinedError

from recouvrement_desktop.documents.front_matter import Fault, FrontMatterError, read_front_matter
from recouvrement_desktop.documents.text_templates import sandbox, tidy
from recouvrement_desktop.domain.call_scripts import CallSituation
from recouvrement_desktop.domain.recovery import SessionOutcome
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.i18n.language import Language

__all__ = [
    "COMMON_PLACEHOLDERS",
    "SITUATION_PLACEHOLDERS",
    "CallScript",
    "CallScriptError",
    "ScriptData",
    "ScriptStep",
    "ScriptTemplate",
    "calls_recorded",
    "load_script",
    "parse_script",
    "script_path",
]

_STEP: Final = "## "
_REQUIRED: Final = ("version", "effective", "title")
_KNOWN: Final = frozenset({*_REQUIRED, "outcomes"})
SETTINGS_FILE: Final = "settings.toml"


class CallScriptError(UserFacingError):
    context = "CallScripts"
    exit_code = 2


@dataclass(frozen=True, slots=True)
class ScriptData:
    """Every placeholder of the scripts, formatted in the script's language.

    The situation's own facts are ``None`` outside their situation; a script may only
    name those of its situation (:data:`SITUATION_PLACEHOLDERS`), so that they are
    always there when it is filled in.
    """

    # the bank and the officer
    bank_name: str
    officer_name: str
    branch: str
    by_phone: bool  # a call (else a meeting at the branch)
    calls_recorded: bool  # the bank records its calls (settings.toml)
    # the client and the case
    client_name: str  # « Mme Claire Martin »
    formal_name: str  # « Madame Martin », « Ms Martin »: how the officer addresses them
    case_reference: str
    contract_numbers: str
    days_past_due: str
    arrears_amount: str  # unpaid instalments
    total_arrears: str  # with late interest and fees
    next_due_date: str  # the next instalment (of the agreement, else the loans); "" if none
    next_due_amount: str
    # broken-promise
    promise_amount: str | None = None
    promise_date: str | None = None
    # agreement-default
    agreement_reference: str | None = None
    instalment_amount: str | None = None
    missed_instalment_date: str | None = None
    missed_instalment_amount: str | None = None

    def values(self) -> dict[str, object]:
        return {field.name: getattr(self, field.name) for field in dataclasses.fields(self)}


_SPECIFIC: Final = {
    CallSituation.BROKEN_PROMISE: frozenset({"promise_amount", "promise_date"}),
    CallSituation.AGREEMENT_DEFAULT: frozenset(
        {
            "agreement_reference",
            "instalment_amount",
            "missed_instalment_date",
            "missed_instalment_amount",
        }
    ),
}
_ALL: Final = frozenset(field.name for field in dataclasses.fields(ScriptData))
COMMON_PLACEHOLDERS: Final = _ALL - frozenset().union(*_SPECIFIC.values())
#: The placeholders a script of each situation may name.
SITUATION_PLACEHOLDERS: Final = {
    situation: COMMON_PLACEHOLDERS | _SPECIFIC.get(situation, frozenset())
    for situation in CallSituation
}


@dataclass(frozen=True, slots=True)
class ScriptStep:
    """One step as shown: its title and its text (paragraphs separated by blank lines,
    ``- `` items, ``**bold**``)."""

    title: str
    text: str


@dataclass(frozen=True, slots=True)
class CallScript:
    """A script filled in for one case: plain data for the window."""

    situation: CallSituation
    language: Language
    version: str
    effective: date
    title: str
    steps: tuple[ScriptStep, ...]
    outcomes: tuple[SessionOutcome, ...]  # the result codes to record at the end


@dataclass(frozen=True, slots=True)
class _Step:
    title: Template
    text: Template


@dataclass(frozen=True, slots=True)
class ScriptTemplate:
    """A loaded, checked script."""

    name: str
    situation: CallSituation
    language: Language
    version: str
    effective: date
    title: str
    steps: tuple[_Step, ...]
    outcomes: tuple[SessionOutcome, ...]

    def render(self, data: ScriptData) -> CallScript:
        values = data.values()
        try:
            steps = tuple(
                ScriptStep(
                    " ".join(step.title.render(values).split()), tidy(step.text.render(values))
                )
                for step in self.steps
            )
        except (UndefinedError, SecurityError) as error:  # e.g. an attribute of a value
            raise CallScriptError(
                QT_TRANSLATE_NOOP("CallScripts", "The call script {name} cannot be used: {error}"),
                name=self.name,
                error=str(error),
            ) from error
        return CallScript(
            self.situation,
            self.language,
            self.version,
            self.effective,
            self.title,
            steps,
            self.outcomes,
        )


_HEADER_FAULTS: Final = {
    Fault.NO_HEADER: QT_TRANSLATE_NOOP(
        "CallScripts",
        "Call script {name}, line {line}: the file must start with a header between two --- lines",
    ),
    Fault.UNKNOWN_LINE: QT_TRANSLATE_NOOP(
        "CallScripts", "Call script {name}, line {line}: unknown header line {text}"
    ),
    Fault.MISSING_KEY: QT_TRANSLATE_NOOP(
        "CallScripts", "Call script {name}, line {line}: no {key} in the header"
    ),
}


def _refuse(name: str, line: int, message: str, **params: object) -> CallScriptError:
    return CallScriptError(message, name=name, line=line, **params)


def _compile(name: str, source: str, first_line: int, situation: CallSituation) -> Template:
    """Compile one part of the file whose first line is *first_line* of the file."""
    env = sandbox()
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as error:
        raise _refuse(
            name,
            first_line + (error.lineno or 1) - 1,
            QT_TRANSLATE_NOOP("CallScripts", "Call script {name}, line {line}: {error}"),
            error=error.message or "",
        ) from error
    used = meta.find_undeclared_variables(tree)
    for placeholder in sorted(used - SITUATION_PLACEHOLDERS[situation]):
        line = next(
            (
                lineno
                for lineno, kind, value in env.lex(source)
                if kind == "name" and value == placeholder
            ),
            1,
        )
        message = (
            QT_TRANSLATE_NOOP(
                "CallScripts",
                "Call script {name}, line {line}: the placeholder {placeholder} is not "
                "available in the {situation} script",
            )
            if placeholder in _ALL
            else QT_TRANSLATE_NOOP(
                "CallScripts", "Call script {name}, line {line}: unknown placeholder {placeholder}"
            )
        )
        raise _refuse(
            name,
            first_line + line - 1,
            message,
            placeholder=placeholder,
            situation=situation.value,
        )
    return env.from_string(source)


def _header(name: str, lines: list[str]) -> tuple[dict[str, tuple[str, int]], int]:
    """The header's values and lines, and the index of its closing fence."""
    try:
        header = read_front_matter(lines, known=_KNOWN, required=_REQUIRED)
    except FrontMatterError as fault:
        raise _refuse(name, fault.line, _HEADER_FAULTS[fault.fault], **fault.params) from None
    return header.values, header.end


def _outcomes(name: str, text: str, line: int) -> tuple[SessionOutcome, ...]:
    if not text:
        return tuple(SessionOutcome)
    chosen: list[SessionOutcome] = []
    for word in (part.strip() for part in text.split(",")):
        try:
            chosen.append(SessionOutcome(word))
        except ValueError:
            raise _refuse(
                name,
                line,
                QT_TRANSLATE_NOOP(
                    "CallScripts",
                    "Call script {name}, line {line}: unknown outcome {text} (known: {known})",
                ),
                text=word,
                known=", ".join(outcome.value for outcome in SessionOutcome),
            ) from None
    return tuple(dict.fromkeys(chosen))


def parse_script(
    name: str, text: str, situation: CallSituation, language: Language
) -> ScriptTemplate:
    """Check and compile a script's text; *name* is how errors designate it."""
    lines = text.splitlines()
    header, end = _header(name, lines)
    effective_text, effective_line = header["effective"]
    try:
        effective = date.fromisoformat(effective_text)
    except ValueError:
        raise _refuse(
            name,
            effective_line,
            QT_TRANSLATE_NOOP(
                "CallScripts",
                "Call script {name}, line {line}: the effective date {text} is not a date "
                "(YYYY-MM-DD)",
            ),
            text=effective_text,
        ) from None
    outcomes = _outcomes(name, *header.get("outcomes", ("", 0)))
    # Steps: a "## " line opens one; its text runs to the next.
    starts = [i for i in range(end + 1, len(lines)) if lines[i].startswith(_STEP)]
    stray = next(
        (i for i in range(end + 1, starts[0] if starts else len(lines)) if lines[i].strip()),
        None,
    )
    if stray is not None or not starts:
        raise _refuse(
            name,
            (stray if stray is not None else end) + 1,
            QT_TRANSLATE_NOOP(
                "CallScripts",
                'Call script {name}, line {line}: each step starts with a line "## title"',
            ),
        )
    steps = []
    for number, start in enumerate(starts):
        stop = starts[number + 1] if number + 1 < len(starts) else len(lines)
        title = _compile(name, lines[start][len(_STEP) :], start + 1, situation)
        body = _compile(name, "\n".join(lines[start + 1 : stop]), start + 2, situation)
        steps.append(_Step(title, body))
    return ScriptTemplate(
        name=name,
        situation=situation,
        language=language,
        version=header["version"][0],
        effective=effective,
        title=header["title"][0],
        steps=tuple(steps),
        outcomes=outcomes,
    )


def script_path(folder: Path, situation: CallSituation, language: Language) -> Path:
    return folder / language.value / f"{situation.value}.md"


def load_script(folder: Path, situation: CallSituation, language: Language) -> ScriptTemplate:
    """The script of *situation* in *language* under *folder*, checked; errors name the
    file by its path."""
    path = script_path(folder, situation, language)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CallScriptError(
            QT_TRANSLATE_NOOP("CallScripts", "Cannot read the call script {path}: {error}"),
            path=str(path),
            error=str(error),
        ) from error
    return parse_script(str(path), text, situation, language)


def calls_recorded(folder: Path) -> bool:
    """Whether the bank records its calls (``calls_recorded`` in the folder's
    ``settings.toml``; no file: not recorded)."""
    path = folder / SETTINGS_FILE
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise CallScriptError(
            QT_TRANSLATE_NOOP(
                "CallScripts", "Cannot read the call scripts' settings {path}: {error}"
            ),
            path=str(path),
            error=str(error),
        ) from error
    value = settings.get("calls_recorded", False)
    if not isinstance(value, bool):
        raise CallScriptError(
            QT_TRANSLATE_NOOP(
                "CallScripts", "In {path}, calls_recorded must be true or false, not {value}"
            ),
            path=str(path),
            value=str(value),
        )
    return value
