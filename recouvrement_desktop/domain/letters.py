"""The letters the bank sends to a client in recovery, by kind."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["LetterKind"]


class LetterKind(StrEnum):
    """One kind per template (``resources/letters/<language>/<kind>.md``)."""

    REMINDER_1 = "reminder-1"  # first amicable reminder
    REMINDER_2 = "reminder-2"  # second reminder
    FORMAL_NOTICE = "formal-notice"  # mise en demeure before acceleration
    ACCELERATION = "acceleration"  # déchéance du terme
    FICP_NOTICE = "ficp-notice"  # prior information before an FICP registration
    PROMISE_CONFIRMATION = "promise-confirmation"
    AGREEMENT_COVER = "agreement-cover"  # agreement sent for countersignature
    AGREEMENT_MISSED = "agreement-missed"  # an instalment of the agreement was missed
