"""How many SMS a text costs: GSM 03.38 (GSM-7) or, failing that, UCS-2 segments.

A text made only of characters of the GSM-7 basic table fits 160 characters in one
message; the characters of its extension table (``€ [ ] { } \\ ~ ^ |`` and the form
feed) take two septets each (an escape, then the character).  A longer text is sent
as a concatenated message whose parts carry a 7-octet header: 153 septets per part.
One character outside both tables (an accented capital other than É, a curly
apostrophe, an emoji…) makes the whole text UCS-2: 70 characters alone, 67 per part,
counted in UTF-16 code units (an emoji outside the BMP takes two).  A part never ends
in the middle of a character: an escape septet and its character, or the two halves
of a surrogate pair, go to the next part together.

Past two segments the bank pays three messages and the client's phone may show
them out of order: :attr:`SmsCount.warning` says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

__all__ = ["MAX_SEGMENTS_WITHOUT_WARNING", "SmsCount", "SmsEncoding", "count_sms"]

# GSM 03.38 basic character set (3GPP TS 23.038 § 6.2.1), in table order.
_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Its extension table (§ 6.2.1.1): each costs an escape septet and itself.
_EXTENSION: Final = frozenset("\f^{}\\[~]|€")

MAX_SEGMENTS_WITHOUT_WARNING: Final = 2


class SmsEncoding(StrEnum):
    GSM7 = "gsm-7"
    UCS2 = "ucs-2"


@dataclass(frozen=True, slots=True)
class SmsCount:
    """The cost of a text: its encoding, its length in units, and its segments."""

    encoding: SmsEncoding
    units: int  # septets in GSM-7, UTF-16 code units in UCS-2
    segments: int
    per_segment: int  # capacity of each segment at this length

    @property
    def warning(self) -> bool:
        """More than two messages: too long for a reminder, and costly."""
        return self.segments > MAX_SEGMENTS_WITHOUT_WARNING


def _segments(costs: list[int], single: int, part: int) -> tuple[int, int]:
    """Segments for characters of these costs: one message up to *single* units, else
    parts of *part* units, a character never split between two parts (an escape and
    its character, the two halves of a surrogate pair travel together)."""
    if sum(costs) <= single:
        return (1 if costs else 0), single
    segments, used = 1, 0
    for cost in costs:
        if used + cost > part:
            segments, used = segments + 1, 0
        used += cost
    return segments, part


def count_sms(text: str) -> SmsCount:
    """The encoding and number of segments of *text* (an empty text: no segment)."""
    if all(char in _BASIC or char in _EXTENSION for char in text):
        septets = [2 if char in _EXTENSION else 1 for char in text]
        segments, capacity = _segments(septets, 160, 153)
        return SmsCount(SmsEncoding.GSM7, sum(septets), segments, capacity)
    units = [2 if ord(char) > 0xFFFF else 1 for char in text]
    segments, capacity = _segments(units, 70, 67)
    return SmsCount(SmsEncoding.UCS2, sum(units), segments, capacity)
