"""The audit trail: a chain of events written in the same transaction as the change.

Each event stores the hash of the previous one; its own hash — an HMAC under the
database's audit key (``audit_key.py``) — covers its content and that link, so altering,
inserting or removing an event breaks the chain from that point on, and only a holder of
the key could re-chain. The head is sealed outside the database, so that the chain's end
cannot be cut off unseen either.

Records are covered too: every write of a record of ``record_digest.COVERED_TABLES``
(officers, clients, cases, loans, journal entries, agreements, database marks, the import
and export logs, bank entries…) adds an event holding the record's digest as stored;
sessions made by ``Database`` do it at each flush, and bulk writers call
``cover_in_bulk``. ``audit_verify.verify_audit`` checks the chain, then each
record against the digest its last event recorded.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import uuid
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import Table, insert, inspect, select, update
from sqlalchemy import event as orm_events
from sqlalchemy.orm import Session, sessionmaker

from recouvrement_desktop.db.audit_key import (
    BASELINE,
    ENCRYPTION_KEY,
    WRAPPED_KEY,
    Anchor,
    ChainKeying,
    chain_key,
    chain_keying,
    write_anchor,
)
from recouvrement_desktop.db.models import (
    AuditChainHead,
    AuditEvent,
    DatabaseMark,
    Officer,
    table_of,
)
from recouvrement_desktop.db.record_digest import (
    COVERED_TABLES,
    DIGEST_SIZE,
    stored_records,
)
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity

GENESIS_HASH = "0" * 64
HEAD_ID = 1


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
    key: bytes | None = None,
) -> str:
    """The link's hash: an HMAC under ``key`` (the chain's key), plain SHA-256 for the
    links written before the chain was keyed."""
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
    encoded = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )
    if key is None:
        return hashlib.sha256(encoded).hexdigest()
    return hmac.new(key, encoded, hashlib.sha256).hexdigest()


def stored_event_hash(event: AuditEvent, officer: Officer | None, key: bytes | None) -> str:
    """The hash an event should carry, recomputed from what is stored."""
    return event_hash(
        sequence=event.sequence,
        event_uuid=event.uuid,
        occurred_at=event.occurred_at,
        officer_uuid=officer.uuid if officer else None,
        action=event.action,
        entity_type=event.entity_type,
        entity_uuid=event.entity_uuid,
        details=event.details,
        previous_hash=event.previous_hash,
        key=key,
    )


_KEYING = "audit.keying"  # session.info: the ChainKeying read once per session
_KEY = "audit.key"
_IN_BASELINE = "audit.in_baseline"


def _session_keying(session: Session) -> ChainKeying:
    keying: ChainKeying | None = session.info.get(_KEYING)
    if keying is None:
        keying = chain_keying(session)
        session.info[_KEYING] = keying
    return keying


def _write_baseline(session: Session, keying: ChainKeying) -> None:
    """Cover every record that exists before the chain covered records (migration 0007
    marks such a database): the first write after it does this, in its transaction."""
    session.info[_IN_BASELINE] = True
    try:
        session.execute(
            update(DatabaseMark)
            .where(DatabaseMark.name == BASELINE)
            .values(value="done")
            .execution_options(synchronize_session=False)
        )
        session.info[_KEYING] = replace(keying, baseline_pending=False)
        for table in COVERED_TABLES:
            cover_in_bulk(session, table, action=BASELINE_ACTION)
    finally:
        session.info[_IN_BASELINE] = False


def _link_key(session: Session, keying: ChainKeying) -> bytes | None:
    """The chain's key for the next link, found (or made) before the head is locked:
    an encrypted file that should keep it sealed gets that mark first, covered."""
    if keying.keyed_from is None:
        return None
    cached: bytes | None = session.info.get(_KEY)
    if cached is not None:
        return cached
    head = session.execute(
        select(AuditChainHead.sequence).where(AuditChainHead.id == HEAD_ID)
    ).scalar_one()
    encryption = session.info.get(ENCRYPTION_KEY)
    key, wrapped = chain_key(
        keying,
        next_sequence=head + 1,
        create=True,
        encryption=encryption.raw if encryption is not None else None,
    )
    session.info[_KEY] = key
    if wrapped is not None:
        session.execute(insert(DatabaseMark).values(name=WRAPPED_KEY, value=wrapped))
        session.info[_KEYING] = replace(keying, wrapped_key=wrapped)
        cover_records(session, table_of(DatabaseMark), [WRAPPED_KEY])
    return key


def append_event(
    session: Session,
    *,
    officer: Identity | None,
    action: str,
    entity_type: str,
    entity_uuid: uuid.UUID | str | None = None,
    details: dict[str, Any] | None = None,
) -> str:
    """Add the next link of the chain to the session's transaction; returns its hash."""
    entity = str(entity_uuid) if entity_uuid is not None else None
    return _append_links(session, officer, [(action, entity_type, entity, details or {})])[0]


# What one link says: its action, entity type, entity and details.
_Link = tuple[str, str, str | None, dict[str, Any]]


def _append_links(session: Session, officer: Identity | None, links: list[_Link]) -> list[str]:
    """Add *links* in their order as the chain's next links, in four statements whatever
    their number (a flush covering many records writes them together); their hashes."""
    if not links:
        return []
    keying = _session_keying(session)
    if keying.baseline_pending and not session.info.get(_IN_BASELINE):
        _write_baseline(session, keying)
        keying = _session_keying(session)
    key = _link_key(session, keying)
    # Taking the head row's write lock first serialises concurrent writers of the chain.
    session.execute(
        update(AuditChainHead)
        .where(AuditChainHead.id == HEAD_ID)
        .values(sequence=AuditChainHead.sequence + len(links))
        # Not matched against the session's objects: that costs a scan of them all, for
        # each event of a large write.
        .execution_options(synchronize_session=False)
    )
    head = session.execute(
        select(AuditChainHead.sequence, AuditChainHead.last_hash).where(
            AuditChainHead.id == HEAD_ID
        )
    ).one()
    officer_uuid = officer.uuid if officer else None
    previous = head.last_hash
    rows: list[dict[str, Any]] = []
    for sequence, (action, entity_type, entity, details) in enumerate(
        links, start=head.sequence - len(links) + 1
    ):
        link_key = key
        if key is not None and keying.keyed_from is not None and sequence < keying.keyed_from:
            link_key = None  # a link from before the chain was keyed (only while migrating)
        event_uuid = uuid.uuid4()
        occurred_at = utc_now()
        stored_details = canonical_details(details)
        digest = event_hash(
            sequence=sequence,
            event_uuid=event_uuid,
            occurred_at=occurred_at,
            officer_uuid=officer_uuid,
            action=action,
            entity_type=entity_type,
            entity_uuid=entity,
            details=stored_details,
            previous_hash=previous,
            key=link_key,
        )
        rows.append(
            {
                "uuid": event_uuid,
                "sequence": sequence,
                "occurred_at": occurred_at,
                "officer_id": officer.id if officer else None,
                "action": action,
                "entity_type": entity_type,
                "entity_uuid": entity,
                "details": stored_details,
                "previous_hash": previous,
                "hash": digest,
            }
        )
        previous = digest
    session.execute(insert(AuditEvent), rows)
    session.execute(
        update(AuditChainHead)
        .where(AuditChainHead.id == HEAD_ID)
        .values(last_hash=previous)
        .execution_options(synchronize_session=False)
    )
    return [row["hash"] for row in rows]


# --------------------------------------------------------------------- record coverage

RECORD_WRITTEN: Final = "record.written"
RECORD_DELETED: Final = "record.deleted"
RECORDS_WRITTEN: Final = "records.written"  # many records, one digest each
BASELINE_ACTION: Final = "records.baseline"
BULK_ACTIONS: Final = (RECORDS_WRITTEN, BASELINE_ACTION)
# The events that cover records, beside those that say what someone did.
COVERAGE_ACTIONS: Final = (RECORD_WRITTEN, RECORD_DELETED, *BULK_ACTIONS)
_BULK_SIZE: Final = 5000
ACTING_OFFICER: Final = "audit.officer"  # session.info: who the unit of work acts for


def cover_records(
    session: Session, table: Table, keys: Iterable[Any], *, deleted: Iterable[Any] = ()
) -> None:
    """One event per record written (its digest as stored) or deleted."""
    officer: Identity | None = session.info.get(ACTING_OFFICER)
    links: list[_Link] = [
        (RECORD_WRITTEN, table.name, str(key), {"digest": digest.hex()})
        for key, digest in stored_records(session.connection(), table, keys)
    ]
    links += [(RECORD_DELETED, table.name, str(key), {}) for key in deleted]
    _append_links(session, officer, links)


def cover_in_bulk(
    session: Session,
    table: Table,
    *,
    keys: Iterable[Any] | None = None,
    first_key: int | None = None,
    action: str = RECORDS_WRITTEN,
) -> None:
    """Events of up to 5,000 digests for the records of ``table`` (those named by
    ``keys``, those from ``first_key`` on, or all of them): how an import, a batch job
    or the demonstration data is covered."""
    officer: Identity | None = session.info.get(ACTING_OFFICER)
    records = stored_records(session.connection(), table, keys, from_key=first_key)
    while batch := list(itertools.islice(records, _BULK_SIZE)):
        keys = [key for key, _ in batch]
        details: dict[str, Any] = {
            "digests": base64.b64encode(
                b"".join(digest[:DIGEST_SIZE] for _, digest in batch)
            ).decode("ascii")
        }
        if all(isinstance(key, int) for key in keys):
            details["runs"] = _runs(keys)
        else:
            details["keys"] = keys
        append_event(
            session, officer=officer, action=action, entity_type=table.name, details=details
        )


def _runs(keys: list[int]) -> list[list[int]]:
    """Sorted integer keys as ``[first, count]`` runs of consecutive values."""
    runs: list[list[int]] = []
    for key in keys:
        if runs and runs[-1][0] + runs[-1][1] == key:
            runs[-1][1] += 1
        else:
            runs.append([key, 1])
    return runs


def _covered_objects(session: Session) -> dict[Table, tuple[set[Any], set[Any]]]:
    """Records of covered tables this flush wrote or deleted, by table."""
    covered = {table.name: table for table in COVERED_TABLES}
    found: dict[Table, tuple[set[Any], set[Any]]] = {}
    written = [*session.new, *(o for o in session.dirty if session.is_modified(o))]
    for instances, slot in ((written, 0), (session.deleted, 1)):
        for instance in instances:
            table = covered.get(getattr(instance, "__tablename__", ""))
            if table is None:
                continue
            state = inspect(instance)
            key = state.mapper.primary_key_from_instance(instance)[0]
            found.setdefault(table, (set(), set()))[slot].add(key)
    return found


def _cover_flush(session: Session, _context: Any) -> None:
    for table, (written, deleted) in _covered_objects(session).items():
        cover_records(session, table, sorted(written - deleted), deleted=sorted(deleted))


def track_records(sessions: sessionmaker[Session]) -> None:
    """Every flush of these sessions covers the records it wrote, in its transaction."""
    orm_events.listen(sessions, "after_flush", _cover_flush)


def seal_head(database_session: Session) -> Anchor | None:
    """Seal the chain's head in the keystore (a real database; nothing for a
    demonstration one): from now on, losing its end or rewriting it shows."""
    keying = chain_keying(database_session)
    head = database_session.execute(
        select(AuditChainHead.sequence, AuditChainHead.last_hash).where(
            AuditChainHead.id == HEAD_ID
        )
    ).one()
    return write_anchor(keying, head.sequence, head.last_hash)
