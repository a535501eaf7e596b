"""The letters the bank sends to a client in recovery, by kind."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, Term

__all__ = ["LetterKind", "kind_name"]


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


# What the officer calls each kind (sources of the "Domain" context).
_NAMES: Final[Mapping[LetterKind, str]] = {
    LetterKind.REMINDER_1: QT_TRANSLATE_NOOP("Domain", "first reminder"),
    LetterKind.REMINDER_2: QT_TRANSLATE_NOOP("Domain", "second reminder"),
    LetterKind.FORMAL_NOTICE: QT_TRANSLATE_NOOP("Domain", "formal notice"),
    LetterKind.ACCELERATION: QT_TRANSLATE_NOOP("Domain", "notice of acceleration"),
    LetterKind.FICP_NOTICE: QT_TRANSLATE_NOOP("Domain", "FICP prior notice"),
    LetterKind.PROMISE_CONFIRMATION: QT_TRANSLATE_NOOP("Domain", "promise confirmation"),
    LetterKind.AGREEMENT_COVER: QT_TRANSLATE_NOOP("Domain", "agreement cover letter"),
    LetterKind.AGREEMENT_MISSED: QT_TRANSLATE_NOOP("Domain", "missed instalment notice"),
}


def kind_name(kind: LetterKind) -> Term:
    """The kind's name as a message parameter (shown translated)."""
    return Term(_NAMES[kind])
