"""Retention of personal data: when a closed case's client may be anonymised.

A case is closed when it is settled or written off; its closure date is the day of the
stage change that closed it. The client's personal data is kept for the retention period
after closure (``Policy.retention_years``) and anonymised once every case of the client
is closed for longer than that. Pure rules; the service applies them
(``services/retention.py``).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Final

from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.recovery import CaseStage

__all__ = [
    "ANONYMISED_TEXT",
    "CLOSED_STAGES",
    "Hold",
    "anonymous_client_number",
    "is_anonymous_client_number",
    "is_past_retention",
    "retention_ends",
]

CLOSED_STAGES: Final = frozenset({CaseStage.SETTLED, CaseStage.WRITTEN_OFF})

# What replaces a name or an address line: language-neutral, visibly not a person.
ANONYMISED_TEXT: Final = "—"
_ANONYMOUS_PREFIX: Final = "ANON-"


class Hold(StrEnum):
    """Why a case past its retention period keeps its client's data."""

    OTHER_CASE_OPEN = "other_case_open"
    OTHER_CASE_IN_RETENTION = "other_case_in_retention"
    CLOSURE_UNKNOWN = "closure_unknown"  # closed, but no stage change says when


def retention_ends(closed_on: date, years: int) -> date:
    """The last day of the retention period (a 29 February closure ends on the 28th)."""
    return add_months(closed_on, 12 * years)


def is_past_retention(closed_on: date, today: date, years: int) -> bool:
    """Whether a case closed on *closed_on* has been closed *longer* than *years*."""
    return today > retention_ends(closed_on, years)


def anonymous_client_number(client_id: int) -> str:
    """The client number an anonymised client gets: unique, and naming no one."""
    return f"{_ANONYMOUS_PREFIX}{client_id:010d}"


def is_anonymous_client_number(number: str) -> bool:
    return number.startswith(_ANONYMOUS_PREFIX)
