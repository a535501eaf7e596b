"""The header of an editable text resource (a letter template, a call script): ``key:
value`` lines between two ``---`` fences, before the text itself.

Each kind of resource has its own keys and its own messages; this module only reads the
lines and says what is wrong and where (:class:`FrontMatterError`), for the caller to
refuse the file in its own words: one message per :class:`Fault`, filled with the
error's ``params``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Final

__all__ = ["Fault", "FrontMatter", "FrontMatterError", "read_front_matter"]

FENCE: Final = "---"


class Fault(Enum):
    NO_HEADER = "no_header"  # no opening or no closing fence
    UNKNOWN_LINE = "unknown_line"  # a line that is not ``known_key: value``
    MISSING_KEY = "missing_key"  # a required key absent or empty


class FrontMatterError(Exception):
    """What is wrong (``fault``), on which line (1-based), about what (``text``: the line,
    or the missing key)."""

    def __init__(self, fault: Fault, line: int, text: str = "") -> None:
        super().__init__(fault.value, line, text)
        self.fault = fault
        self.line = line
        self.text = text

    @property
    def params(self) -> dict[str, str]:
        """The placeholders of the caller's message for this fault: ``{text}`` for an
        unknown line, ``{key}`` for a missing key."""
        if self.fault is Fault.UNKNOWN_LINE:
            return {"text": self.text}
        if self.fault is Fault.MISSING_KEY:
            return {"key": self.text}
        return {}


@dataclass(frozen=True, slots=True)
class FrontMatter:
    values: dict[str, tuple[str, int]]  # key → (value, line)
    end: int  # index of the closing fence in the lines


def read_front_matter(
    lines: Sequence[str], *, known: Collection[str], required: Sequence[str]
) -> FrontMatter:
    """The header of *lines*; blank lines and ``#`` comments are skipped."""
    if not lines or lines[0].strip() != FENCE:
        raise FrontMatterError(Fault.NO_HEADER, 1)
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FENCE), None)
    if end is None:
        raise FrontMatterError(Fault.NO_HEADER, 1)
    values: dict[str, tuple[str, int]] = {}
    for index in range(1, end):
        line = lines[index]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, colon, value = line.partition(":")
        key = key.strip()
        if not colon or key not in known:
            raise FrontMatterError(Fault.UNKNOWN_LINE, index + 1, line.strip())
        values[key] = (value.strip(), index + 1)
    for key in required:
        if not values.get(key, ("", 0))[0]:
            raise FrontMatterError(Fault.MISSING_KEY, 1, key)
    return FrontMatter(values, end)
