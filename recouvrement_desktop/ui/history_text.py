"""One readable line per journal entry, in the interface language."""

from __future__ import annotations

from decimal import Decimal

from recouvrement_desktop.db.models import JournalEntry
from recouvrement_desktop.domain.recovery import JournalKind, PromiseStatus
from recouvrement_desktop.i18n.formatting import format_date, format_money
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
        case JournalKind.OFFER | JournalKind.AGREEMENT:
            payload = entry.payload or {}
            plan = translate("HistoryText", "{periods} instalments of {installment}").format(
                periods=payload.get("periods", "?"),
                installment=format_money(Decimal(str(payload.get("installment", "0")))),
            )
            return f"{plan} — {note}" if note else plan
        case JournalKind.STAGE_CHANGE:
            return translate("HistoryText", "{old} → {new}").format(
                old=label(entry.stage_from) if entry.stage_from else "",
                new=label(entry.stage_to) if entry.stage_to else "",
            )
        case _:
            return note
