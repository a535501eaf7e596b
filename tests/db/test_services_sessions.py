"""Negotiation sessions (services/sessions.py) on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.audit import COVERAGE_ACTIONS
from recouvrement_desktop.db.audit_verify import verify_chain
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, Case, JournalEntry
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.plan_inputs import SimulationInputs, SizingMode
from recouvrement_desktop.domain.recovery import (
    Channel,
    ContactResult,
    JournalKind,
    SessionOutcome,
)
from recouvrement_desktop.domain.schedule import GraceKind
from recouvrement_desktop.services import sessions
from recouvrement_desktop.services.offers import KeptOffer, offer_json
from recouvrement_desktop.services.sessions import SessionError

from .test_services_journal import snapshot

SCENARIO = KeptOffer(
    periods=48,
    installment=Decimal("312.40"),
    rate_pct=Decimal("4.5000"),
    new_principal=Decimal("12480.00"),
    case_reference="DOS-2026-000001",
    first_due=date(2027, 1, 5),
    inputs=SimulationInputs(
        mode=SizingMode.PERIODS,
        periods=48,
        installment=Decimal("312.40"),
        rate_pct=Decimal("4.5000"),
        first_due=date(2027, 1, 5),
        grace_periods=3,
        grace_kind=GraceKind.INTEREST_ONLY,
    ),
)


def longer(offer: KeptOffer, periods: int) -> KeptOffer:
    assert offer.inputs is not None
    return dataclasses.replace(
        offer, periods=periods, inputs=dataclasses.replace(offer.inputs, periods=periods)
    )


# The figures alone, without the inputs that give the plan again: nothing to keep.
FIGURES_ONLY = KeptOffer(
    periods=48,
    installment=Decimal("312.40"),
    rate_pct=Decimal("4.5000"),
    new_principal=Decimal("12480.00"),
    format=0,
)


def journal_of(database: Database, case_id: int) -> list[JournalEntry]:
    with database.session() as session:
        return list(
            session.scalars(
                select(JournalEntry)
                .where(JournalEntry.case_id == case_id)
                .order_by(JournalEntry.id)
            )
        )


def test_a_call_with_two_offers_and_a_callback(
    database: Database, officer: Identity, case: Case
) -> None:
    started = sessions.start_session(database, officer, case.id, Channel.PHONE)
    assert started.is_open and started.channel == Channel.PHONE
    assert sessions.open_session(database, case.id) == started
    first = sessions.keep_offer(database, officer, started.id, SCENARIO)
    second = sessions.keep_offer(database, officer, started.id, longer(SCENARIO, 60))
    assert (first.kind, first.refers_to_id, first.details) == (
        JournalKind.OFFER,
        started.id,
        SCENARIO,
    )
    ended_at = datetime.now(UTC)
    callback = ended_at + timedelta(days=2)
    ended = sessions.end_session(
        database, officer, started.id, SessionOutcome.CALLBACK, callback, "Rappeler", now=ended_at
    )
    assert sessions.open_session(database, case.id) is None
    assert (ended.outcome, ended.callback_at, ended.note) == (
        SessionOutcome.CALLBACK,
        callback,
        "Rappeler",
    )
    assert [offer.id for offer in ended.offers] == [first.id, second.id]

    start, offer_1, offer_2, end = journal_of(database, case.id)
    assert (start.kind, start.channel, start.payload["channel"]) == (  # type: ignore[index]
        JournalKind.SESSION,
        Channel.PHONE,
        "phone",
    )
    assert offer_1.kind == JournalKind.OFFER and offer_1.refers_to_id == start.id
    assert offer_1.payload == offer_json(SCENARIO)
    assert offer_1.payload["installment"] == "312.40"
    assert offer_2.payload == offer_json(longer(SCENARIO, 60))
    assert offer_2.payload["periods"] == 60
    assert (end.kind, end.refers_to_id, end.result) == (
        JournalKind.SESSION_OUTCOME,
        start.id,
        ContactResult.CALLBACK_REQUESTED,
    )
    payload = end.payload or {}
    duration = int((ended_at - start.occurred_at).total_seconds())
    assert payload == {
        "channel": "phone",
        "started_at": start.occurred_at.isoformat(),
        "ended_at": ended_at.isoformat(),
        "duration_seconds": duration,
        "outcome": "callback",
        "callback_at": callback.isoformat(),
        "offers": 2,
    }
    with database.session() as session:
        stored = session.get_one(Case, case.id)
        actions = session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.action.not_in(COVERAGE_ACTIONS))
            .order_by(AuditEvent.sequence)
        ).all()
        assert verify_chain(session).intact
    assert stored.next_action_date == callback.date()
    assert stored.last_contact_at == start.occurred_at
    assert actions == ["session.start", "session.offer", "session.offer", "session.end"]

    view = sessions.session_with_offers(database, started.id)
    assert (view.ended_at, view.outcome, len(view.offers)) == (ended_at, "callback", 2)
    assert view.duration_seconds() == duration


@pytest.mark.parametrize(
    ("outcome", "result"),
    [
        (SessionOutcome.PLAN_ACCEPTED, ContactResult.AGREEMENT_REACHED),
        (SessionOutcome.PROMISE_TO_PAY, ContactResult.PROMISE_OBTAINED),
        (SessionOutcome.REFUSAL, ContactResult.REFUSAL),
        (SessionOutcome.NO_ANSWER, ContactResult.NO_ANSWER),
    ],
)
def test_other_outcomes_leave_the_next_action_alone(
    database: Database,
    officer: Identity,
    case: Case,
    outcome: SessionOutcome,
    result: ContactResult,
) -> None:
    started = sessions.start_session(database, officer, case.id, Channel.BRANCH)
    ended = sessions.end_session(database, officer, started.id, outcome)
    assert ended.outcome == outcome and ended.callback_at is None
    end = journal_of(database, case.id)[-1]
    assert (end.result, end.channel) == (result, Channel.BRANCH)
    with database.session() as session:
        assert session.get_one(Case, case.id).next_action_date is None


def test_one_open_session_per_case(database: Database, officer: Identity, case: Case) -> None:
    started = sessions.start_session(database, officer, case.id, Channel.PHONE)
    before = snapshot(database)
    with pytest.raises(SessionError, match="already open"):
        sessions.start_session(database, officer, case.id, Channel.BRANCH)
    assert snapshot(database) == before
    sessions.end_session(database, officer, started.id, SessionOutcome.NO_ANSWER)
    again = sessions.start_session(database, officer, case.id, Channel.BRANCH)
    assert again.id != started.id and sessions.open_session(database, case.id) == again


def test_refusals_write_nothing(database: Database, officer: Identity, case: Case) -> None:
    started = sessions.start_session(database, officer, case.id, Channel.PHONE)
    before = snapshot(database)
    now = datetime.now(UTC)
    attempts: list[Callable[[], object]] = [
        lambda: sessions.start_session(database, officer, case.id, Channel.LETTER),
        lambda: sessions.end_session(database, officer, started.id, SessionOutcome.CALLBACK),
        lambda: sessions.end_session(
            database, officer, started.id, SessionOutcome.CALLBACK, now - timedelta(minutes=1)
        ),
        lambda: sessions.end_session(
            database, officer, started.id, SessionOutcome.REFUSAL, now + timedelta(days=1)
        ),
        lambda: sessions.keep_offer(database, officer, started.id, FIGURES_ONLY),
        lambda: sessions.keep_offer(database, None, started.id, SCENARIO),
        lambda: sessions.keep_offer(database, officer, started.id + 999, SCENARIO),
    ]
    for attempt in attempts:
        with pytest.raises(SessionError):
            attempt()
    with pytest.raises(SessionError) as raised:
        sessions.start_session(database, None, case.id, Channel.PHONE)
    # Marked for translation where it was written: in the "Journal" context.
    assert (raised.value.context, raised.value.message) == ("Journal", "No officer is signed in.")
    inexact = dataclasses.replace(SCENARIO, installment=312.4)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="float"):
        sessions.keep_offer(database, officer, started.id, inexact)
    assert snapshot(database) == before


def test_an_ended_session_takes_no_offer_and_no_second_end(
    database: Database, officer: Identity, case: Case
) -> None:
    started = sessions.start_session(database, officer, case.id, Channel.PHONE)
    sessions.end_session(database, officer, started.id, SessionOutcome.REFUSAL)
    before = snapshot(database)
    with pytest.raises(SessionError, match="already ended"):
        sessions.keep_offer(database, officer, started.id, SCENARIO)
    with pytest.raises(SessionError, match="already ended"):
        sessions.end_session(database, officer, started.id, SessionOutcome.NO_ANSWER)
    assert snapshot(database) == before
