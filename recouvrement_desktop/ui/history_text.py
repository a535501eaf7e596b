"""One readable line per journal entry, in the interface language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QObject

from recouvrement_desktop.db.models import JournalEntry
from recouvrement_desktop.domain.recovery import (
    Channel,
    JournalKind,
    PromiseStatus,
    SessionOutcome,
)
from recouvrement_desktop.i18n.formatting import format_date, format_datetime, format_money
from recouvrement_desktop.i18n.translation import translate
from recouvrement_desktop.ui.labels import label


def describe(entry: JournalEntry, outcome: JournalEntry | None = None) -> str:
    """``outcome``: for a promise, the entry that settled it, if any."""
    note = entry.note or ""
    match entry.kind:
        case JournalKind.CONTACT:
            head = " · ".join(
                label(part) for part in (entry.channel, entry.direction, entry.result) if part
            )
            return f"{head} — {note}" if note else head
        case JournalKind.PROMISE:
            status = outcome.promise_status if outcome else PromiseStatus.PENDING
            text = translate("HistoryText", "Promise of {amount} by {date} ({status})").format(
                amount=format_money(entry.amount or Decimal(0)),
                date=format_date(entry.due_date) if entry.due_date else "?",
                status=label(status) if status else "",
            )
            return f"{text} — {note}" if note else text
        case JournalKind.PROMISE_OUTCOME:
            status = entry.promise_status or PromiseStatus.PENDING
            return translate("HistoryText", "Promise {status}").format(status=label(status))
        case JournalKind.PAYMENT:
            return translate("HistoryText", "Payment of {amount}").format(
                amount=format_money(entry.amount or Decimal(0))
            )
        case JournalKind.LIFE_EVENT:
            event = label(entry.life_event) if entry.life_event else ""
            return f"{event} — {note}" if note else event
        case JournalKind.AGREEMENT if (entry.payload or {}).get("event") == "countersigned":
            returned = date.fromisoformat((entry.payload or {})["returned_on"])
            text = translate("HistoryText", "Countersigned paper returned on {date}").format(
                date=format_date(returned)
            )
            return f"{text} — {note}" if note else text
        case JournalKind.OFFER | JournalKind.AGREEMENT:
            payload = entry.payload or {}
            plan = translate("HistoryText", "{periods} instalments of {installment}").format(
                periods=payload.get("periods", "?"),
                installment=format_money(Decimal(str(payload.get("installment", "0")))),
            )
            return f"{plan} — {note}" if note else plan
        case JournalKind.STAGE_CHANGE:
            text = translate("HistoryText", "{old} → {new}").format(
                old=label(entry.stage_from) if entry.stage_from else "",
                new=label(entry.stage_to) if entry.stage_to else "",
            )
            watch = (entry.payload or {}).get("watch_until")
            if watch:  # a rescheduled case stays under watch for the cure period
                text += " · " + translate("HistoryText", "under watch until {date}").format(
                    date=format_date(date.fromisoformat(watch))
                )
            return text
        case JournalKind.SESSION:
            text = (
                translate("HistoryText", "Meeting started")
                if entry.channel == Channel.BRANCH
                else translate("HistoryText", "Call started")
            )
            return f"{text} — {note}" if note else text
        case JournalKind.SESSION_OUTCOME:
            text = _session_outcome(entry)
            return f"{text} — {note}" if note else text
        case _:
            return note


class HistoryText(QObject):
    """Plural texts: lupdate records plural forms for ``self.tr(text, "", n)`` in a class
    (named like the context), not for a module-level ``translate`` with a variable ``n``."""

    def offers_kept(self, count: int) -> str:
        return self.tr("%n offer(s) kept", "", count)


_PLURALS = HistoryText()


def _session_outcome(entry: JournalEntry) -> str:
    """E.g. "Call ended after 12 min 5 s · callback on 03/12/2026 14:30 · 2 offer(s) kept"."""
    payload = entry.payload or {}
    seconds = int(payload.get("duration_seconds") or 0)
    duration = translate("HistoryText", "{minutes} min {seconds} s").format(
        minutes=seconds // 60, seconds=seconds % 60
    )
    head = (
        translate("HistoryText", "Meeting ended after {duration}")
        if entry.channel == Channel.BRANCH
        else translate("HistoryText", "Call ended after {duration}")
    ).format(duration=duration)
    parts = [head]
    outcome = payload.get("outcome")
    callback = payload.get("callback_at")
    if outcome == SessionOutcome.CALLBACK and callback:
        when = format_datetime(datetime.fromisoformat(callback).astimezone())
        parts.append(translate("HistoryText", "callback on {when}").format(when=when))
    elif outcome in set(SessionOutcome):
        parts.append(label(SessionOutcome(outcome)))
    offers = int(payload.get("offers") or 0)
    if offers:
        parts.append(_PLURALS.offers_kept(offers))
    return " · ".join(parts)
