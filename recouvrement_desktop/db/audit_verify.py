"""Checking the audit trail: each link under its key, the sealed head, then every
covered record against the digest its last event recorded (``audit.py`` writes them)."""

from __future__ import annotations

import base64
import hmac
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.audit import (
    BULK_ACTIONS,
    GENESIS_HASH,
    HEAD_ID,
    RECORD_DELETED,
    RECORD_WRITTEN,
    stored_event_hash,
)
from recouvrement_desktop.db.audit_key import (
    ENCRYPTION_KEY,
    Anchor,
    chain_key,
    chain_keying,
    read_anchor,
)
from recouvrement_desktop.db.models import AuditChainHead, AuditEvent, Officer
from recouvrement_desktop.db.record_digest import (
    COVERED_TABLES,
    DIGEST_SIZE,
    key_column,
    stored_records,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP

__all__ = [
    "MAX_PROBLEMS",
    "AuditReport",
    "ChainReport",
    "RecordProblem",
    "verify_audit",
    "verify_chain",
]


@dataclass(frozen=True)
class ChainReport:
    """Outcome of a verification: ``first_broken`` is the sequence of the first bad link,
    ``reason`` an English source text to translate in the "Audit" context."""

    checked: int
    first_broken: int | None = None
    reason: str | None = None
    # What the broken event covers as stored ("record.written loans 12"), when it exists.
    covers: str | None = None

    @property
    def intact(self) -> bool:
        return self.first_broken is None


def _covers(event: AuditEvent) -> str:
    return " ".join(part for part in (event.action, event.entity_type, event.entity_uuid) if part)


@dataclass(frozen=True)
class RecordProblem:
    """A record that does not match the audit trail: ``sequence`` is the event that last
    covered it (``None``: none ever did)."""

    table: str
    key: str
    reason: str  # English source text, "Audit" context
    sequence: int | None


@dataclass(frozen=True)
class AuditReport:
    chain: ChainReport
    records: int
    problems: tuple[RecordProblem, ...]  # the first MAX_PROBLEMS
    problem_count: int
    demonstration: bool
    anchor: Anchor | None
    baseline_pending: bool

    @property
    def intact(self) -> bool:
        return self.chain.intact and self.problem_count == 0


MAX_PROBLEMS: Final = 100
_NOT_COVERED = QT_TRANSLATE_NOOP("Audit", "written outside the application: no event covers it")
_CHANGED = QT_TRANSLATE_NOOP("Audit", "changed since the event that covers it")
_REMOVED = QT_TRANSLATE_NOOP("Audit", "removed: an event covers it, the record is gone")


class _TableCoverage:
    """What the trail says each record of one table holds: its digest and the event."""

    def __init__(self) -> None:
        self.entries: dict[Any, tuple[bytes, int]] = {}
        self.deleted: set[Any] = set()

    def written(self, key: Any, digest: bytes, sequence: int) -> None:
        self.entries[key] = (digest[:DIGEST_SIZE], sequence)
        self.deleted.discard(key)

    def removed(self, key: Any) -> None:
        self.entries.pop(key, None)
        self.deleted.add(key)


class _Coverage:
    def __init__(self) -> None:
        self.tables = {table.name: _TableCoverage() for table in COVERED_TABLES}
        self._int_keys = {
            table.name: table.columns[key_column(table)].type.python_type is int
            for table in COVERED_TABLES
        }

    def _key(self, table: str, key: Any) -> Any:
        return int(key) if self._int_keys[table] else str(key)

    def read(self, event: AuditEvent) -> None:
        coverage = self.tables.get(event.entity_type)
        if coverage is None:
            return
        if event.action == RECORD_WRITTEN and event.entity_uuid is not None:
            key = self._key(event.entity_type, event.entity_uuid)
            coverage.written(key, bytes.fromhex(event.details["digest"]), event.sequence)
        elif event.action == RECORD_DELETED and event.entity_uuid is not None:
            coverage.removed(self._key(event.entity_type, event.entity_uuid))
        elif event.action in BULK_ACTIONS:
            digests = base64.b64decode(event.details["digests"])
            if "runs" in event.details:
                keys: Iterable[Any] = (
                    first + offset
                    for first, count in event.details["runs"]
                    for offset in range(count)
                )
            else:
                keys = (self._key(event.entity_type, key) for key in event.details["keys"])
            for index, key in enumerate(keys):
                start = index * DIGEST_SIZE
                coverage.written(key, digests[start : start + DIGEST_SIZE], event.sequence)


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


def verify_chain(session: Session, *, anchored: bool = True) -> ChainReport:
    """Recompute every link; report the first event whose hash or link does not hold."""
    return verify_audit(session, records=False, anchored=anchored).chain


def verify_audit(session: Session, *, records: bool = True, anchored: bool = True) -> AuditReport:
    """The chain (each link, its key, its sealed head), then each covered record against
    the digest its last event recorded. ``anchored=False`` leaves the sealed head out:
    an older copy being restored legitimately ends before it."""
    keying = chain_keying(session)
    head = session.execute(
        select(AuditChainHead.sequence, AuditChainHead.last_hash).where(
            AuditChainHead.id == HEAD_ID
        )
    ).one_or_none()
    key: bytes | None = None
    if keying.keyed_from is not None and head is not None and head.sequence >= keying.keyed_from:
        encryption = session.info.get(ENCRYPTION_KEY)
        key, _ = chain_key(
            keying,
            next_sequence=head.sequence + 1,
            create=False,
            encryption=encryption.raw if encryption is not None else None,
        )
    anchor = read_anchor(keying) if anchored else None
    coverage = _Coverage()
    with closing(_events(session)) as events:
        facts = _ChainFacts(keying.keyed_from, key, anchor, head)
        chain = _verify_links(events, facts, coverage)
    checked, count = 0, 0
    problems: list[RecordProblem] = []
    if records and not keying.baseline_pending:
        checked, problems, count = _verify_records(session, coverage)
    return AuditReport(
        chain,
        checked,
        tuple(problems),
        count,
        keying.demonstration,
        anchor,
        keying.baseline_pending,
    )


@dataclass(frozen=True)
class _ChainFacts:
    """What the links are checked against: their key and both ends of the chain."""

    keyed_from: int | None
    key: bytes | None
    anchor: Anchor | None
    head: Any  # (sequence, last_hash) row, or None


def _verify_links(
    events: Iterator[tuple[AuditEvent, Officer | None]], facts: _ChainFacts, coverage: _Coverage
) -> ChainReport:
    anchor, head = facts.anchor, facts.head
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
                _covers(event),
            )
        keyed = facts.keyed_from is not None and event.sequence >= facts.keyed_from
        recomputed = stored_event_hash(event, officer, facts.key if keyed else None)
        if not hmac.compare_digest(recomputed, event.hash):
            return ChainReport(
                checked,
                event.sequence,
                QT_TRANSLATE_NOOP("Audit", "the event was altered"),
                _covers(event),
            )
        if anchor is not None and event.sequence == anchor.sequence and event.hash != anchor.hash:
            return ChainReport(
                checked,
                event.sequence,
                QT_TRANSLATE_NOOP("Audit", "the chain differs from its sealed head"),
                _covers(event),
            )
        coverage.read(event)
        previous_hash = event.hash
        expected_sequence += 1
        checked += 1
    if head is not None and (head.sequence != checked or head.last_hash != previous_hash):
        return ChainReport(
            checked,
            checked + 1,
            QT_TRANSLATE_NOOP("Audit", "events are missing at the end of the chain"),
        )
    if anchor is not None and anchor.sequence > checked:
        return ChainReport(
            checked,
            checked + 1,
            QT_TRANSLATE_NOOP("Audit", "the chain ends before its sealed head"),
        )
    return ChainReport(checked)


def _verify_records(session: Session, coverage: _Coverage) -> tuple[int, list[RecordProblem], int]:
    connection = session.connection()
    checked, count = 0, 0
    problems: list[RecordProblem] = []

    def problem(table: str, key: Any, reason: str, sequence: int | None) -> None:
        nonlocal count
        count += 1
        if len(problems) < MAX_PROBLEMS:
            problems.append(RecordProblem(table, str(key), reason, sequence))

    for table in COVERED_TABLES:
        expected = coverage.tables[table.name]
        seen: set[Any] = set()
        for key, digest in stored_records(connection, table):
            checked += 1
            seen.add(key)
            entry = expected.entries.get(key)
            if entry is None:
                problem(table.name, key, _NOT_COVERED, None)
            elif entry[0] != digest[:DIGEST_SIZE]:
                problem(table.name, key, _CHANGED, entry[1])
        for key, (_, sequence) in expected.entries.items():
            if key not in seen:
                problem(table.name, key, _REMOVED, sequence)
    return checked, problems, count
