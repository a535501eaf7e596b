"""The escalation policy, and what it asks for one case on one day.

The policy is a file the bank edits (``resources/letters/policy.toml``, see
``docs/letters.md``): an ordered list of levels — which letter, on which channel, for
which case stages, from how many days past due, with or without a supervisor's approval —
and the minimum days between two letters on a case. :func:`parse_policy` checks it and
names the file's line of every mistake.

:func:`decide` is pure: from the plain facts of a case (stage, days past due, the letters
already sent, a running plan, a pending promise, an overindebtedness file, the day's
approvals and exclusions) it tells whether a letter is due, held for approval, skipped
(and why), or not due yet. The rules, in order:

1. The arrears began ``days_past_due`` days ago: letters sent before that belong to an
   earlier episode and do not count.
2. The case's levels are those listing its stage, in the file's order; the next level
   is the first whose letter was not sent in this episode (escalation is sequential: a
   formal notice always follows the reminders).
3. It is due once the days past due reach its threshold and the last letter sent on the
   case (any episode) is at least ``min_days_between`` days old (``wait_days`` of the
   level when given: the cure period before an acceleration).
4. A due letter is skipped under an overindebtedness file, a running payment plan, a
   pending promise, or an exclusion still in force; else held while it needs a
   supervisor's approval that was not given since the last letter of its kind.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Final, TypeVar

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, Day, DomainError, ParamValue
from recouvrement_desktop.domain.letters import LetterKind, kind_name
from recouvrement_desktop.domain.recovery import CaseStage, Channel

__all__ = [
    "LETTER_CHANNELS",
    "CaseSituation",
    "EscalationLevel",
    "EscalationPolicy",
    "LetterDecision",
    "Outcome",
    "PolicyFileError",
    "Reason",
    "SentLetter",
    "Status",
    "decide",
    "parse_policy",
]

#: The channels a letter may take (a phone call or a meeting is not a letter).
LETTER_CHANNELS: Final = (Channel.LETTER, Channel.EMAIL, Channel.SMS)

_T = TypeVar("_T", bound=StrEnum)

_PREFIX: Final = "Escalation policy {name}, line {line}: "


class PolicyFileError(DomainError):
    """A mistake in the policy file, with the file's name and line."""


class Status(StrEnum):
    DUE = "due"
    AWAITING_APPROVAL = "awaiting-approval"
    SKIPPED = "skipped"
    NOT_DUE = "not-due"


@dataclass(frozen=True, slots=True)
class Reason:
    """One part of the explanation: an English source text (``Domain`` context) and its
    parameters, translated where it is shown (``i18n.domain_messages.translated``)."""

    message: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EscalationLevel:
    kind: LetterKind
    stages: frozenset[CaseStage]
    days_past_due: int
    channel: Channel
    approval: bool = False
    wait_days: int | None = None  # instead of the policy's minimum, before this level


@dataclass(frozen=True, slots=True)
class EscalationPolicy:
    version: str
    min_days_between: int
    exclusion_days: int
    levels: tuple[EscalationLevel, ...]

    def levels_for(self, stage: CaseStage) -> tuple[EscalationLevel, ...]:
        return tuple(level for level in self.levels if stage in level.stages)

    @property
    def stages(self) -> frozenset[CaseStage]:
        return frozenset(stage for level in self.levels for stage in level.stages)


@dataclass(frozen=True, slots=True)
class SentLetter:
    kind: LetterKind
    on: date


@dataclass(frozen=True, slots=True)
class LetterDecision:
    """A supervisor's approval, or an officer's exclusion (with its reason), of a letter."""

    kind: LetterKind
    on: date
    excluded: bool = False
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CaseSituation:
    """The facts of one case that the escalation reads, as plain values."""

    stage: CaseStage
    days_past_due: int
    letters: tuple[SentLetter, ...] = ()
    decisions: tuple[LetterDecision, ...] = ()
    plan_reference: str | None = None  # a signed agreement in force…
    plan_until: date | None = None  # …until its last instalment
    promise_due: date | None = None  # a promise to pay not settled yet
    overindebtedness_since: date | None = None  # a file lodged with the commission
    has_email: bool = True
    has_mobile: bool = True


@dataclass(frozen=True, slots=True)
class Outcome:
    status: Status
    kind: LetterKind | None = None
    channel: Channel | None = None
    reasons: tuple[Reason, ...] = ()


def _days(value: date) -> Day:
    return Day(value.isoformat())


def _channel(level: EscalationLevel, case: CaseSituation) -> tuple[Channel, tuple[Reason, ...]]:
    """The level's channel, or the post when the client cannot be reached that way."""
    if level.channel is Channel.EMAIL and not case.has_email:
        return Channel.LETTER, (
            Reason(QT_TRANSLATE_NOOP("Domain", "no e-mail address: sent by post")),
        )
    if level.channel is Channel.SMS and not case.has_mobile:
        return Channel.LETTER, (
            Reason(QT_TRANSLATE_NOOP("Domain", "no mobile phone number: sent by post")),
        )
    return level.channel, ()


def _blocker(
    case: CaseSituation, policy: EscalationPolicy, kind: LetterKind, on: date
) -> Reason | None:
    if case.overindebtedness_since is not None and case.overindebtedness_since <= on:
        return Reason(
            QT_TRANSLATE_NOOP(
                "Domain", "overindebtedness file lodged on {date}: recovery suspended"
            ),
            {"date": _days(case.overindebtedness_since)},
        )
    if case.plan_until is not None and case.plan_until >= on:
        return Reason(
            QT_TRANSLATE_NOOP("Domain", "payment plan {agreement} running until {date}"),
            {"agreement": case.plan_reference or "", "date": _days(case.plan_until)},
        )
    if case.promise_due is not None:
        return Reason(
            QT_TRANSLATE_NOOP("Domain", "promise to pay by {date} pending"),
            {"date": _days(case.promise_due)},
        )
    for decision in case.decisions:
        until = decision.on + timedelta(days=policy.exclusion_days)
        if decision.excluded and decision.kind is kind and decision.on <= on < until:
            return Reason(
                QT_TRANSLATE_NOOP("Domain", "excluded on {date}: {reason}"),
                {"date": _days(decision.on), "reason": decision.reason},
            )
    return None


def decide(case: CaseSituation, policy: EscalationPolicy, on: date) -> Outcome:
    """What the policy asks for *case* on the day *on* (see the module docstring)."""
    if case.days_past_due <= 0:
        return Outcome(Status.NOT_DUE, reasons=(Reason(QT_TRANSLATE_NOOP("Domain", "no arrears")),))
    episode_start = on - timedelta(days=case.days_past_due)
    letters = sorted((sent for sent in case.letters if sent.on <= on), key=lambda sent: sent.on)
    sent_now = {sent.kind for sent in letters if sent.on >= episode_start}
    pending = [level for level in policy.levels_for(case.stage) if level.kind not in sent_now]
    if not pending:
        return Outcome(
            Status.NOT_DUE,
            reasons=(Reason(QT_TRANSLATE_NOOP("Domain", "no further letter for this stage")),),
        )
    level = pending[0]
    if case.days_past_due < level.days_past_due:
        return Outcome(
            Status.NOT_DUE,
            level.kind,
            reasons=(
                Reason(
                    QT_TRANSLATE_NOOP("Domain", "{kind} from {threshold} days past due"),
                    {"kind": kind_name(level.kind), "threshold": level.days_past_due},
                ),
            ),
        )
    last = letters[-1] if letters else None
    wait = policy.min_days_between if level.wait_days is None else level.wait_days
    if last is not None and on < last.on + timedelta(days=wait):
        return Outcome(
            Status.NOT_DUE,
            level.kind,
            reasons=(
                Reason(
                    QT_TRANSLATE_NOOP(
                        "Domain", "{previous} sent on {date}: next letter from {next}"
                    ),
                    {
                        "previous": kind_name(last.kind),
                        "date": _days(last.on),
                        "next": _days(last.on + timedelta(days=wait)),
                    },
                ),
            ),
        )
    channel, notes = _channel(level, case)
    why = Reason(
        QT_TRANSLATE_NOOP("Domain", "{days} days past due, {kind} from {threshold} days"),
        {
            "days": case.days_past_due,
            "kind": kind_name(level.kind),
            "threshold": level.days_past_due,
        },
    )
    if last is not None:
        notes = (
            Reason(
                QT_TRANSLATE_NOOP("Domain", "{previous} sent on {date}"),
                {"previous": kind_name(last.kind), "date": _days(last.on)},
            ),
            *notes,
        )
    blocked = _blocker(case, policy, level.kind, on)
    if blocked is not None:
        return Outcome(Status.SKIPPED, level.kind, channel, (blocked, why))
    if level.approval and not _approved(case, level.kind, last_of_kind(letters, level.kind), on):
        waiting = Reason(QT_TRANSLATE_NOOP("Domain", "a supervisor must approve it"))
        return Outcome(Status.AWAITING_APPROVAL, level.kind, channel, (why, *notes, waiting))
    return Outcome(Status.DUE, level.kind, channel, (why, *notes))


def last_of_kind(letters: Sequence[SentLetter], kind: LetterKind) -> date | None:
    return max((sent.on for sent in letters if sent.kind is kind), default=None)


def _approved(case: CaseSituation, kind: LetterKind, last_sent: date | None, on: date) -> bool:
    """An approval given on or before *on*, after the last letter of that kind (an
    approval is used up by the letter it allowed)."""
    return any(
        not decision.excluded
        and decision.kind is kind
        and decision.on <= on
        and (last_sent is None or decision.on > last_sent)
        for decision in case.decisions
    )


# ----------------------------------------------------------------------- the file

_TOP_KEYS: Final = frozenset({"version", "min_days_between", "exclusion_days", "level"})
_LEVEL_KEYS: Final = frozenset(
    {"letter", "stages", "days_past_due", "channel", "approval", "wait_days"}
)
_REQUIRED_LEVEL_KEYS: Final = ("letter", "stages", "days_past_due", "channel")
_TOML_LINE: Final = re.compile(r"at line (\d+)")
_LEVEL_HEADER: Final = re.compile(r"^\s*\[\[\s*level\s*\]\]")
_TABLE_HEADER: Final = re.compile(r"^\s*\[")


class _Lines:
    """Where a key is written in the file, for the error messages."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._levels = [
            number for number, line in enumerate(self._lines, 1) if _LEVEL_HEADER.match(line)
        ]

    def _block(self, level: int | None) -> tuple[int, int]:
        """First and last line numbers of the top part (``None``) or of a level."""
        if level is None:
            first_table = next(
                (n for n, line in enumerate(self._lines, 1) if _TABLE_HEADER.match(line)),
                len(self._lines) + 1,
            )
            return 1, first_table - 1
        start = self._levels[level] if level < len(self._levels) else 1
        end = next(
            (n for n, line in enumerate(self._lines, 1) if n > start and _TABLE_HEADER.match(line)),
            len(self._lines) + 1,
        )
        return start, end - 1

    def of(self, key: str | None, level: int | None = None) -> int:
        first, last = self._block(level)
        if key is not None:
            pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
            for number in range(first, last + 1):
                if pattern.match(self._lines[number - 1]):
                    return number
        return first


def _refuse(
    name: str, line: int, message: str, params: Mapping[str, ParamValue] | None = None
) -> PolicyFileError:
    return PolicyFileError(_PREFIX + message, {"name": name, "line": line, **(params or {})})


def _days_value(
    name: str, lines: _Lines, data: Mapping[str, Any], key: str, level: int | None
) -> int:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _refuse(
            name,
            lines.of(key, level),
            QT_TRANSLATE_NOOP("Domain", "{key} must be a whole number of days, 0 or more"),
            {"key": key},
        )
    return value


def _choice(
    name: str, lines: _Lines, key: str, level: int, value: Any, *, choices: Sequence[_T]
) -> _T:
    for choice in choices:
        if value == choice.value:
            return choice
    raise _refuse(
        name,
        lines.of(key, level),
        QT_TRANSLATE_NOOP("Domain", "unknown {key} {value} (expected one of: {choices})"),
        {"key": key, "value": str(value), "choices": ", ".join(choice.value for choice in choices)},
    )


def _level(name: str, lines: _Lines, index: int, data: Any) -> EscalationLevel:
    if not isinstance(data, dict):
        raise _refuse(
            name,
            lines.of(None, index),
            QT_TRANSLATE_NOOP("Domain", "a level must be a [[level]] table"),
        )
    for key in data:
        if key not in _LEVEL_KEYS:
            raise _refuse(
                name,
                lines.of(key, index),
                QT_TRANSLATE_NOOP("Domain", "unknown key {key}"),
                {"key": key},
            )
    for key in _REQUIRED_LEVEL_KEYS:
        if key not in data:
            raise _refuse(
                name,
                lines.of(None, index),
                QT_TRANSLATE_NOOP("Domain", "this level has no {key}"),
                {"key": key},
            )
    kind = _choice(name, lines, "letter", index, data["letter"], choices=list(LetterKind))
    stages = data["stages"]
    if not isinstance(stages, list) or not stages:
        raise _refuse(
            name,
            lines.of("stages", index),
            QT_TRANSLATE_NOOP("Domain", "stages must be a list of case stages"),
        )
    approval = data.get("approval", False)
    if not isinstance(approval, bool):
        raise _refuse(
            name,
            lines.of("approval", index),
            QT_TRANSLATE_NOOP("Domain", "approval must be true or false"),
        )
    return EscalationLevel(
        kind=kind,
        stages=frozenset(
            _choice(name, lines, "stages", index, stage, choices=list(CaseStage))
            for stage in stages
        ),
        days_past_due=_days_value(name, lines, data, "days_past_due", index),
        channel=_choice(name, lines, "channel", index, data["channel"], choices=LETTER_CHANNELS),
        approval=approval,
        wait_days=_days_value(name, lines, data, "wait_days", index)
        if "wait_days" in data
        else None,
    )


def parse_policy(name: str, text: str) -> EscalationPolicy:
    """The policy written in *text* (TOML) of the file *name*; refused with its line."""
    lines = _Lines(text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        raise _refuse(
            name,
            int(found.group(1)) if found else 1,
            QT_TRANSLATE_NOOP("Domain", "not a valid TOML file ({problem})"),
            {"problem": str(error)},
        ) from error
    for key in data:
        if key not in _TOP_KEYS:
            raise _refuse(
                name, lines.of(key), QT_TRANSLATE_NOOP("Domain", "unknown key {key}"), {"key": key}
            )
    for key in ("version", "min_days_between"):
        if key not in data:
            raise _refuse(
                name, 1, QT_TRANSLATE_NOOP("Domain", "the policy has no {key}"), {"key": key}
            )
    if not isinstance(data["version"], str) or not data["version"].strip():
        raise _refuse(
            name, lines.of("version"), QT_TRANSLATE_NOOP("Domain", "version must be a text")
        )
    raw_levels = data.get("level")
    if not isinstance(raw_levels, list) or not raw_levels:
        raise _refuse(
            name,
            len(text.splitlines()) or 1,
            QT_TRANSLATE_NOOP("Domain", "the policy has no [[level]]"),
        )
    levels = tuple(_level(name, lines, index, level) for index, level in enumerate(raw_levels))
    seen: set[LetterKind] = set()
    for index, level in enumerate(levels):
        if level.kind in seen:
            raise _refuse(
                name,
                lines.of("letter", index),
                QT_TRANSLATE_NOOP("Domain", "the letter {value} has two levels"),
                {"value": level.kind.value},
            )
        seen.add(level.kind)
    return EscalationPolicy(
        version=data["version"].strip(),
        min_days_between=_days_value(name, lines, data, "min_days_between", None),
        exclusion_days=(
            _days_value(name, lines, data, "exclusion_days", None)
            if "exclusion_days" in data
            else 7
        ),
        levels=levels,
    )
