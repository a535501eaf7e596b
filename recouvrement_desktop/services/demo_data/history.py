"""The story of one demonstration case: contacts, promises, payments, life events, and the
plan that rescheduled it, as journal rows."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from recouvrement_desktop.domain.recovery import (
    CaseStage,
    Channel,
    ContactResult,
    Direction,
    EmploymentStatus,
    JournalKind,
    LifeEventType,
    PromiseStatus,
)
from recouvrement_desktop.services.demo_data.vocabulary import (
    CONTACT_NOTES,
    LIFE_EVENT_NOTES,
    annuity,
    money,
)

if TYPE_CHECKING:
    from recouvrement_desktop.services.demo_data.generator import DemoDataGenerator, NextIds


class CaseHistory:
    """The journal of one case, told in order from the first unpaid instalment."""

    def __init__(
        self,
        generator: DemoDataGenerator,
        *,
        case_id: int,
        officer_id: int,
        opened: date,
        client: dict[str, Any],
        loans: list[dict[str, Any]],
        ids: NextIds,
    ) -> None:
        self.g = generator
        self.case_id = case_id
        self.officer_id = officer_id
        self.opened = opened
        self.client = client
        self.loans = loans
        self.ids = ids
        self.rows: list[dict[str, Any]] = []
        self.last_contact: datetime | None = None
        self.broken_promise = False

    def entry(self, kind: JournalKind, day: date, **values: Any) -> dict[str, Any]:
        at = self.g.moment(day)
        row: dict[str, Any] = {
            "id": len(self.rows),  # provisional: renumbered in time order by build()
            "uuid": self.g.uuid(),
            "case_id": self.case_id,
            "kind": kind,
            "occurred_at": at,
            "recorded_at": at + timedelta(minutes=self.g.between(0, 30)),
            "officer_id": self.officer_id,
            "corrects_id": None,
            "refers_to_id": None,
            "note": None,
            "channel": None,
            "direction": None,
            "result": None,
            "amount": None,
            "due_date": None,
            "promise_status": None,
            "life_event": None,
            "stage_from": None,
            "stage_to": None,
            "payload": None,
        }
        row.update(values)
        self.rows.append(row)
        return row

    def build(self, stage: CaseStage) -> list[dict[str, Any]]:
        rng = self.g.rng
        today = self.g.today
        span = max((today - self.opened).days, 10)
        days = sorted(
            self.opened + timedelta(days=self.g.between(0, span - 1))
            for _ in range(self.g.between(2, 7))
        )
        employment = self.client["employment"]
        if employment == EmploymentStatus.UNEMPLOYED or rng.random() < 0.15:
            event = (
                LifeEventType.JOB_LOSS
                if employment == EmploymentStatus.UNEMPLOYED
                else rng.choice(list(LifeEventType))
            )
            self.entry(
                JournalKind.LIFE_EVENT,
                self.opened - timedelta(days=self.g.between(5, 60)),
                life_event=event,
                note=LIFE_EVENT_NOTES[event],
            )
        letter = self.entry(
            JournalKind.CONTACT,
            self.opened,
            channel=Channel.LETTER,
            direction=Direction.OUTBOUND,
            result=ContactResult.SENT,
            note=CONTACT_NOTES[7],
        )
        self.last_contact = letter["occurred_at"]
        for day in days:
            self._step(day)
        if stage != CaseStage.AMICABLE:
            self._stage_change(stage, days[-1])
        return self._renumbered()

    def _renumbered(self) -> list[dict[str, Any]]:
        """Identifiers in time order, so that every reference points at an earlier row."""
        self.rows.sort(key=lambda row: row["occurred_at"])
        new_ids = {row["id"]: self.ids.journal + index for index, row in enumerate(self.rows)}
        for row in self.rows:
            row["id"] = new_ids[row["id"]]
            if row["refers_to_id"] is not None:
                row["refers_to_id"] = new_ids[row["refers_to_id"]]
        self.ids.journal += len(self.rows)
        return self.rows

    def _step(self, day: date) -> None:
        rng = self.g.rng
        roll = rng.random()
        if roll < 0.45:
            reached = rng.random() < 0.55
            channel = Channel.PHONE if rng.random() < 0.85 else Channel.BRANCH
            contact = self.entry(
                JournalKind.CONTACT,
                day,
                channel=channel,
                direction=Direction.OUTBOUND if rng.random() < 0.8 else Direction.INBOUND,
                result=ContactResult.REACHED if reached else ContactResult.NO_ANSWER,
                note=rng.choice(CONTACT_NOTES[:7]) if reached else CONTACT_NOTES[1],
            )
            self.last_contact = max(
                self.last_contact or contact["occurred_at"], contact["occurred_at"]
            )
            if reached and rng.random() < 0.6:
                self._promise(day)
        elif roll < 0.6:
            self.entry(
                JournalKind.CONTACT,
                day,
                channel=Channel.SMS,
                direction=Direction.OUTBOUND,
                result=ContactResult.SENT,
                note=CONTACT_NOTES[8],
            )
        elif roll < 0.8:
            self.entry(JournalKind.PAYMENT, day, amount=self._partial_amount())
        else:
            self.entry(JournalKind.NOTE, day, note="Dossier revu, situation inchangée.")

    def _partial_amount(self) -> Decimal:
        base = self.loans[0]["installment"] or self.loans[0]["arrears_amount"]
        return money(max(Decimal(20), base * Decimal(self.g.between(30, 150)) / 100))

    def _promise(self, day: date) -> None:
        rng = self.g.rng
        due = day + timedelta(days=self.g.between(5, 30))
        amount = self._partial_amount()
        promise = self.entry(JournalKind.PROMISE, day, amount=amount, due_date=due)
        if due >= self.g.today:
            return  # still pending
        kept = rng.random() < 0.55
        if kept:
            self.entry(JournalKind.PAYMENT, due, amount=amount)
        self.entry(
            JournalKind.PROMISE_OUTCOME,
            due + timedelta(days=1),
            refers_to_id=promise["id"],
            promise_status=PromiseStatus.KEPT if kept else PromiseStatus.BROKEN,
        )
        self.broken_promise = not kept

    def _stage_change(self, stage: CaseStage, day: date) -> None:
        previous = CaseStage.AMICABLE
        if stage == CaseStage.RESCHEDULED:
            offer = self.entry(
                JournalKind.OFFER,
                day,
                channel=Channel.PHONE,
                payload=self._plan_payload(),
                note="Plan présenté au client par téléphone.",
            )
            agreement = self.entry(
                JournalKind.AGREEMENT,
                day,
                refers_to_id=offer["id"],
                payload=offer["payload"],
                note="Protocole d'accord signé en agence.",
            )
            agreement["occurred_at"] = offer["occurred_at"] + timedelta(minutes=20)
            agreement["recorded_at"] = agreement["occurred_at"]
        change = self.entry(JournalKind.STAGE_CHANGE, day, stage_from=previous, stage_to=stage)
        change["occurred_at"] = max(row["occurred_at"] for row in self.rows) + timedelta(minutes=30)
        change["recorded_at"] = change["occurred_at"]

    def _plan_payload(self) -> dict[str, Any]:
        loan = self.loans[0]
        debt = loan["outstanding_principal"] + loan["arrears_amount"]
        months = self.g.rng.choice((24, 36, 48, 60))
        rate = loan["nominal_rate"]
        return {
            "principal": str(debt),
            "rate": str(rate),
            "periods": months,
            "installment": str(annuity(debt, rate, months)),
        }
