"""One readable line per journal entry, in the interface language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject

from recouvrement_desktop.domain.recovery import (
    Channel,
    JournalKind,
    PromiseStatus,
    SessionOutcome,
)
from recouvrement_desktop.i18n.formatting import format_date, format_datetime, format_money
from recouvrement_desktop.i18n.translation import translate
from recouvrement_desktop.services.journal_payloads import (
    AgreementMade,
    Countersigned,
    InstalmentMissed,
    LetterDecided,
    LetterSent,
    SessionEnded,
    StageChanged,
)
from recouvrement_desktop.services.offers import KeptOffer
from recouvrement_desktop.services.views import JournalEntryView
from recouvrement_desktop.ui.labels import label

# Kinds whose sentence says it all: their note (if any) is not repeated after it.
_WITHOUT_NOTE = frozenset(
    {
        JournalKind.PROMISE_OUTCOME,
        JournalKind.PAYMENT,
        JournalKind.STAGE_CHANGE,
        JournalKind.INSTALMENT_MISSED,
    }
)


def describe(entry: JournalEntryView, outcome: JournalEntryView | None = None) -> str:
    """``outcome``: for a promise, the entry that settled it, if any."""
    head, note = _headline(entry, outcome), entry.note or ""
    if entry.kind in _WITHOUT_NOTE or not note:
        return head
    return f"{head} — {note}" if head else note


def _headline(entry: JournalEntryView, outcome: JournalEntryView | None) -> str:
    """What happened, without the officer's note."""
    match entry.kind:
        case JournalKind.CONTACT:
            parts = (entry.channel, entry.direction, entry.result)
            return " · ".join(label(part) for part in parts if part)
        case JournalKind.PROMISE:
            status = outcome.promise_status if outcome else PromiseStatus.PENDING
            return translate("HistoryText", "Promise of {amount} by {date} ({status})").format(
                amount=format_money(entry.amount or Decimal(0)),
                date=format_date(entry.due_date) if entry.due_date else "?",
                status=label(status) if status else "",
            )
        case JournalKind.PROMISE_OUTCOME:
            status = entry.promise_status or PromiseStatus.PENDING
            return translate("HistoryText", "Promise {status}").format(status=label(status))
        case JournalKind.PAYMENT:
            return translate("HistoryText", "Payment of {amount}").format(
                amount=format_money(entry.amount or Decimal(0))
            )
        case JournalKind.LIFE_EVENT:
            return label(entry.life_event) if entry.life_event else ""
        case JournalKind.OFFER | JournalKind.AGREEMENT:
            return _plan(entry)
        case JournalKind.STAGE_CHANGE:
            return _stage_change(entry)
        case JournalKind.SESSION if entry.channel == Channel.BRANCH:
            return translate("HistoryText", "Meeting started")
        case JournalKind.SESSION:
            return translate("HistoryText", "Call started")
        case JournalKind.SESSION_OUTCOME:
            return _session_outcome(entry)
        case JournalKind.LETTER | JournalKind.LETTER_DECISION:
            return _letter(entry)
        case JournalKind.INSTALMENT_MISSED:
            return _instalment_missed(entry)
    return ""


def _instalment_missed(entry: JournalEntryView) -> str:
    details = entry.details
    if not isinstance(details, InstalmentMissed):
        return entry.note or ""
    return translate(
        "HistoryText", "Instalment {period} of {reference} due {date} missed ({amount} unpaid)"
    ).format(
        period=details.period,
        reference=details.agreement,
        date=format_date(details.due_date),
        amount=format_money(details.outstanding),
    )


def _letter(entry: JournalEntryView) -> str:
    details = entry.details
    if isinstance(details, LetterSent):
        return translate("HistoryText", "Letter {kind} sent ({channel})").format(
            kind=details.kind.value, channel=label(details.channel)
        )
    if isinstance(details, LetterDecided) and details.excluded:
        return translate("HistoryText", "Letter {kind} excluded").format(kind=details.kind.value)
    if isinstance(details, LetterDecided):
        return translate("HistoryText", "Letter {kind} approved").format(kind=details.kind.value)
    return ""


def _plan(entry: JournalEntryView) -> str:
    """An offer or an agreement: its plan, or the paper coming back countersigned."""
    details = entry.details
    if isinstance(details, Countersigned):
        return translate("HistoryText", "Countersigned paper returned on {date}").format(
            date=format_date(details.returned_on)
        )
    if isinstance(details, KeptOffer | AgreementMade):
        return translate("HistoryText", "{periods} instalments of {installment}").format(
            periods=details.periods, installment=format_money(details.installment)
        )
    return ""  # a payload no version wrote: the note alone


def _stage_change(entry: JournalEntryView) -> str:
    text = translate("HistoryText", "{old} → {new}").format(
        old=label(entry.stage_from) if entry.stage_from else "",
        new=label(entry.stage_to) if entry.stage_to else "",
    )
    details = entry.details
    if isinstance(details, StageChanged) and details.watch_until:
        # A rescheduled case stays under watch for the cure period.
        text += " · " + translate("HistoryText", "under watch until {date}").format(
            date=format_date(details.watch_until)
        )
    return text


class HistoryText(QObject):
    """Plural texts: lupdate records plural forms for ``self.tr(text, "", n)`` in a class
    (named like the context), not for a module-level ``translate`` with a variable ``n``."""

    def offers_kept(self, count: int) -> str:
        return self.tr("%n offer(s) kept", "", count)


_PLURALS = HistoryText()


def _session_outcome(entry: JournalEntryView) -> str:
    """E.g. "Call ended after 12 min 5 s · callback on 03/12/2026 14:30 · 2 offer(s) kept"."""
    ended = entry.details if isinstance(entry.details, SessionEnded) else None
    seconds = ended.duration_seconds if ended else 0
    duration = translate("HistoryText", "{minutes} min {seconds} s").format(
        minutes=seconds // 60, seconds=seconds % 60
    )
    head = (
        translate("HistoryText", "Meeting ended after {duration}")
        if entry.channel == Channel.BRANCH
        else translate("HistoryText", "Call ended after {duration}")
    ).format(duration=duration)
    parts = [head]
    if ended is not None:
        if ended.outcome == SessionOutcome.CALLBACK and ended.callback_at:
            when = format_datetime(ended.callback_at.astimezone())
            parts.append(translate("HistoryText", "callback on {when}").format(when=when))
        else:
            parts.append(label(ended.outcome))
        if ended.offers:
            parts.append(_PLURALS.offers_kept(ended.offers))
    return " · ".join(parts)
