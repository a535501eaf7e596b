"""What a write changed: the cases it touched and the kinds of record it wrote.

The window announces one ``Changes`` after each write (``ui/operations.py``); each panel
reloads only what concerns it (the case on screen, the queue, the agreements to follow
up). ``ALL_CASES`` stands for a change whose cases are not listed (a batch job).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Changes", "Record"]


class Record(StrEnum):
    """Kinds of record a write may change."""

    CASE = "case"  # the case's own figures: stage, next action, arrears, flags
    JOURNAL = "journal"  # its history
    SESSION = "session"  # a negotiation session started, offers kept, ended
    AGREEMENT = "agreement"  # an agreement made, decided, countersigned
    OFFICER = "officer"  # who may act, and with which delegation


@dataclass(frozen=True, slots=True)
class Changes:
    """``cases`` is ``None`` when every case may have changed."""

    cases: frozenset[int] | None
    records: frozenset[Record]

    @classmethod
    def of(cls, case_ids: Iterable[int] | None, *records: Record) -> Changes:
        return cls(None if case_ids is None else frozenset(case_ids), frozenset(records))

    def touches(self, case_id: int | None) -> bool:
        """Whether the case *case_id* may have changed."""
        return case_id is not None and (self.cases is None or case_id in self.cases)

    def concerns(self, *records: Record) -> bool:
        return not self.records.isdisjoint(records)
