"""The audit trail: written with each change in one transaction, chained by hash, and any
alteration or removal is reported at the first broken link."""

from __future__ import annotations

import gc
import threading
import warnings
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import pairwise

import pytest
from sqlalchemy import Connection, delete, func, select, text, update

from recouvrement_desktop.db.audit import GENESIS_HASH, event_hash
from recouvrement_desktop.db.audit_verify import ChainReport, verify_chain
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditChainHead, AuditEvent, Case, Client, Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import CasePriority, CaseStage
from recouvrement_desktop.services.unit_of_work import unit_of_work

from .conftest import new_client

EVENTS = 5


def _allow_tampering(connection: Connection, table: str = "audit_events") -> None:
    """What an attacker with direct database access would do first."""
    if connection.dialect.name == "sqlite":
        connection.execute(text(f"DROP TRIGGER {table}_no_update"))
        connection.execute(text(f"DROP TRIGGER {table}_no_delete"))
    else:
        connection.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only"))


def _verify(database: Database) -> ChainReport:
    with database.session() as session:
        return verify_chain(session)


def _sequences(database: Database, *actions: str) -> list[int]:
    """Sequences of the events the test wrote itself (records are covered in between)."""
    with database.session() as session:
        return list(
            session.scalars(
                select(AuditEvent.sequence)
                .where(AuditEvent.action.in_(actions))
                .order_by(AuditEvent.sequence)
            )
        )


def _head(database: Database) -> int:
    with database.session() as session:
        return session.get_one(AuditChainHead, 1).sequence


@pytest.fixture
def chain(database: Database, officer: Identity) -> Database:
    """``EVENTS`` events written through units of work, with accents, money and dates."""
    with unit_of_work(database, None) as work:
        client = new_client()
        work.session.add(client)
        work.audit("client.create", "client", client.uuid, name="Hélène Garçon-Lefèvre")
    for number in range(2, EVENTS + 1):
        with unit_of_work(database, officer) as work:
            case = Case(
                reference=f"DOS-2026-{number:06d}",
                client_id=client.id,
                officer_id=officer.id,
                stage=CaseStage.AMICABLE,
                priority=CasePriority.HIGH,
                opened_on=date(2026, 9, number),
            )
            work.session.add(case)
            work.audit(
                "case.open",
                "case",
                case.uuid,
                reference=case.reference,
                arrears=Decimal("1234.56") * number,
                seen_at=datetime(2026, 9, number, 8, 30, tzinfo=UTC),
                note="Débiteur joignable l'après-midi",
            )
    return database


def test_an_untouched_chain_verifies(chain: Database, officer: Identity) -> None:
    report = _verify(chain)
    total = _head(chain)
    assert (report.checked, report.first_broken, report.reason) == (total, None, None)
    assert report.intact
    with chain.session() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.sequence)).all()
        head = session.get_one(AuditChainHead, 1)
    assert [event.sequence for event in events] == list(range(1, total + 1))
    assert events[0].previous_hash == GENESIS_HASH
    assert all(b.previous_hash == a.hash for a, b in pairwise(events))
    assert (head.sequence, head.last_hash) == (total, events[-1].hash)
    named = [event for event in events if event.action in ("client.create", "case.open")]
    assert len(named) == EVENTS
    # Who did it: nobody (a system job) for the first, the officer for the others.
    assert named[0].officer_id is None
    assert {event.officer_id for event in named[1:]} == {officer.id}
    assert named[1].details["arrears"] == "2469.12"  # Decimal kept exact, as text
    # Each case written is covered by an event in the officer's name.
    covering = [e for e in events if e.action == "record.written" and e.entity_type == "cases"]
    assert len(covering) == EVENTS - 1
    assert {event.officer_id for event in covering} == {officer.id}


def test_an_empty_chain_verifies(database: Database) -> None:
    assert _verify(database) == ChainReport(checked=0, first_broken=None, reason=None)


@pytest.mark.parametrize(
    "change",
    [
        {"details": {"reference": "DOS-2026-000003", "arrears": "0.00"}},
        {"action": "case.close"},
        {"entity_uuid": "00000000-0000-0000-0000-000000000000"},
        {"officer_id": None},
    ],
    ids=["details", "action", "entity", "officer"],
)
def test_altering_an_event_is_detected_at_that_event(chain: Database, change: dict) -> None:  # type: ignore[type-arg]
    target = _sequences(chain, "case.open")[1]
    with chain.engine.begin() as connection:
        _allow_tampering(connection)
        connection.execute(update(AuditEvent).where(AuditEvent.sequence == target).values(**change))
    report = _verify(chain)
    assert (report.checked, report.first_broken) == (target - 1, target)
    assert report.reason == "the event was altered"


@pytest.mark.parametrize("key", [None, b"k" * 32], ids=["unkeyed", "another-key"])
def test_rewriting_an_event_without_the_chain_key_is_detected_at_that_event(
    chain: Database, key: bytes | None
) -> None:
    target = _sequences(chain, "case.open")[1]
    with chain.session() as session:
        event, officer = session.execute(
            select(AuditEvent, Officer)
            .join(Officer, Officer.id == AuditEvent.officer_id)
            .where(AuditEvent.sequence == target)
        ).one()
    forged = {**event.details, "arrears": "0.00"}
    forged_hash = event_hash(
        sequence=event.sequence,
        event_uuid=event.uuid,
        occurred_at=event.occurred_at,
        officer_uuid=officer.uuid,
        action=event.action,
        entity_type=event.entity_type,
        entity_uuid=event.entity_uuid,
        details=forged,
        previous_hash=event.previous_hash,
        key=key,
    )
    with chain.engine.begin() as connection:
        _allow_tampering(connection)
        connection.execute(
            update(AuditEvent)
            .where(AuditEvent.sequence == target)
            .values(details=forged, hash=forged_hash)
        )
    report = _verify(chain)
    # Self-consistent to whoever lacks the key; not under the chain's own key.
    assert (report.checked, report.first_broken) == (target - 1, target)
    assert report.reason == "the event was altered"


def test_deleting_a_middle_event_is_detected(chain: Database) -> None:
    target = _sequences(chain, "case.open")[1]
    with chain.engine.begin() as connection:
        _allow_tampering(connection)
        connection.execute(delete(AuditEvent).where(AuditEvent.sequence == target))
    report = _verify(chain)
    assert (report.checked, report.first_broken) == (target - 1, target)
    assert report.reason == "an event is missing"


def test_deleting_the_last_event_is_detected(chain: Database) -> None:
    last = _head(chain)
    with chain.engine.begin() as connection:
        _allow_tampering(connection)
        connection.execute(delete(AuditEvent).where(AuditEvent.sequence == last))
    report = _verify(chain)
    assert (report.checked, report.first_broken) == (last - 1, last)
    assert report.reason == "events are missing at the end of the chain"


def test_verification_closes_its_cursor_on_a_broken_chain(chain: Database) -> None:
    with chain.engine.begin() as connection:
        _allow_tampering(connection)
        connection.execute(delete(AuditEvent).where(AuditEvent.sequence == 2))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert _verify(chain).first_broken is not None
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_a_failed_unit_of_work_leaves_neither_the_change_nor_its_event(
    chain: Database, officer: Identity
) -> None:
    with chain.session() as session:
        head_before = session.execute(
            select(AuditChainHead.sequence, AuditChainHead.last_hash)
        ).one()

    class BoomError(Exception):
        pass

    with pytest.raises(BoomError), unit_of_work(chain, officer) as work:
        client = new_client("C0000099")
        work.session.add(client)
        work.audit("client.create", "client", client.uuid)
        work.session.flush()
        raise BoomError

    with chain.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 1
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == head_before[0]
        head = session.execute(select(AuditChainHead.sequence, AuditChainHead.last_hash)).one()
    assert head == head_before
    assert _verify(chain).intact
    # The chain carries on from where it was.
    with unit_of_work(chain, officer) as work:
        work.audit("session.open", "officer", officer.uuid)
    assert _verify(chain).checked == head_before[0] + 1


def test_concurrent_writers_keep_one_chain(database: Database, officer: Identity) -> None:
    writers, events_each = 4, 5
    errors: list[BaseException] = []
    start = threading.Barrier(writers)

    def write(number: int) -> None:
        try:
            start.wait()
            for index in range(events_each):
                with unit_of_work(database, officer) as work:
                    work.audit("test.write", "writer", None, writer=number, index=index)
        except BaseException as error:  # reported below, in the main thread
            errors.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    report = _verify(database)
    assert report.intact
    assert len(_sequences(database, "test.write")) == writers * events_each
