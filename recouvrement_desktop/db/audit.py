"""The audit trail: a hash chain of events written in the same transaction as the change.

Each event stores the hash of the previous one; its own hash covers its content and that
link, so altering, inserting or removing an event breaks the chain from that point on.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Generator, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from recouvrement_desktop.db.models import AuditChainHead, AuditEvent, Officer
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP

GENESIS_HASH = "0" * 64
_HEAD_ID = 1


def _json_default(value: object) -> str:
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot put {type(value).__name__} in an audit event")


def canonical_details(details: dict[str, Any]) -> dict[str, Any]:
    """Details as plain JSON values (what is stored is exactly what is hashed)."""
    loaded: dict[str, Any] = json.loads(json.dumps(details, default=_json_default))
    return loaded


def event_hash(
    *,
    sequence: int,
    event_uuid: uuid.UUID,
    occurred_at: datetime,
    officer_uuid: uuid.UUID | None,
    action: str,
    entity_type: str,
    entity_uuid: str | None,
    details: dict[str, Any],
    previous_hash: str,
) -> str:
    content = {
        "sequence": sequence,
        "uuid": str(event_uuid),
        "occurred_at": occurred_at.isoformat(timespec="microseconds"),
        "officer": str(officer_uuid) if officer_uuid else None,
        "action": action,
        "entity_type": entity_type,
        "entity_uuid": entity_uuid,
        "details": details,
        "previous_hash": previous_hash,
    }
    encoded = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def append_event(
    session: Session,
    *,
    officer: Identity | None,
    action: str,
    entity_type: str,
    entity_uuid: uuid.UUID | str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add the next link of the chain to the session's transaction."""
    # Taking the head row's write lock first serialises concurrent writers of the chain.
    session.execute(
        update(AuditChainHead)
        .where(AuditChainHead.id == _HEAD_ID)
        .values(sequence=AuditChainHead.sequence + 1)
    )
    head = session.execute(
        select(AuditChainHead.sequence, AuditChainHead.last_hash).where(
            AuditChainHead.id == _HEAD_ID
        )
    ).one()
    event_uuid = uuid.uuid4()
    occurred_at = utc_now()
    stored_details = canonical_details(details or {})
    entity = str(entity_uuid) if entity_uuid is not None else None
    digest = event_hash(
        sequence=head.sequence,
        event_uuid=event_uuid,
        occurred_at=occurred_at,
        officer_uuid=officer.uuid if officer else None,
        action=action,
        entity_type=entity_type,
        entity_uuid=entity,
        details=stored_details,
        previous_hash=head.last_hash,
    )
    event = AuditEvent(
        uuid=event_uuid,
        sequence=head.sequence,
        occurred_at=occurred_at,
        officer_id=officer.id if officer else None,
        action=action,
        entity_type=entity_type,
        entity_uuid=entity,
        details=stored_details,
        previous_hash=head.last_hash,
        hash=digest,
    )
    session.add(event)
    session.execute(
        update(AuditChainHead).where(AuditChainHead.id == _HEAD_ID).values(last_hash=digest)
    )
    return event


@dataclass(frozen=True)
class ChainReport:
    """Outcome of a verification: ``first_broken`` is the sequence of the first bad link,
    ``reason`` an English source text to translate in the "Audit" context."""

    checked: int
    first_broken: int | None = None
    reason: str | None = None

    @property
    def intact(self) -> bool:
        return self.first_broken is None


def _events(
    session: Session, batch: int = 5000
) -> Generator[tuple[AuditEvent, Officer | None], None, None]:
    statement = (
        select(AuditEvent, Officer)
        .outerjoin(Officer, Officer.id == AuditEvent.officer_id)
        .order_by(AuditEvent.sequence)
        .execution_options(yield_per=batch)
    )
    result = session.execute(statement)
    try:  # a server-side cursor (PostgreSQL) must be closed even when we stop early
        yield from result
    finally:
        result.close()


def verify_chain(session: Session) -> ChainReport:
    """Recompute every link; report the first event whose hash or link does not hold."""
    with closing(_events(session)) as events:
        return _verify(session, events)


def _verify(session: Session, events: Iterator[tuple[AuditEvent, Officer | None]]) -> ChainReport:
    previous_hash = GENESIS_HASH
    expected_sequence = 1
    checked = 0
    for event, officer in events:
        if event.sequence != expected_sequence:
            return ChainReport(
                checked, expected_sequence, QT_TRANSLATE_NOOP("Audit", "an event is missing")
            )
        if event.previous_hash != previous_hash:
            return ChainReport(
                checked,
                event.sequence,
                QT_TRANSLATE_NOOP("Audit", "the link to the previous event is broken"),
            )
        recomputed = event_hash(
            sequence=event.sequence,
            event_uuid=event.uuid,
            occurred_at=event.occurred_at,
            officer_uuid=officer.uuid if officer else None,
            action=event.action,
            entity_type=event.entity_type,
            entity_uuid=event.entity_uuid,
            details=event.details,
            previous_hash=event.previous_hash,
        )
        if recomputed != event.hash:
            return ChainReport(
                checked, event.sequence, QT_TRANSLATE_NOOP("Audit", "the event was altered")
            )
        previous_hash = event.hash
        expected_sequence += 1
        checked += 1
    head = session.execute(
        select(AuditChainHead.sequence, AuditChainHead.last_hash).where(
            AuditChainHead.id == _HEAD_ID
        )
    ).one_or_none()
    if head is not None and (head.sequence != checked or head.last_hash != previous_hash):
        return ChainReport(
            checked,
            checked + 1,
            QT_TRANSLATE_NOOP("Audit", "events are missing at the end of the chain"),
        )
    return ChainReport(checked)
