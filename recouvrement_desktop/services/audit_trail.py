"""The auditor's check of the audit trail, and the keeping of its key and sealed head.

``verify`` is read-only apart from its own event ("audit.verified"): an auditor's
checks are part of the record. ``seal`` is what start-up, backups and exports call so
that the chain's end cannot be cut off unseen.
"""

from __future__ import annotations

import hmac

from sqlalchemy import select

from recouvrement_desktop.db.audit import seal_head, stored_event_hash
from recouvrement_desktop.db.audit_key import (
    Anchor,
    AuditKeyError,
    chain_keying,
    export_key,
    import_key,
    parse_key,
)
from recouvrement_desktop.db.audit_verify import AuditReport, verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.services.permissions import authorize
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = ["export_audit_key", "import_audit_key", "report_sentences", "seal", "verify"]


def verify(database: Database, auditor: Identity | None) -> AuditReport:
    authorize(database, auditor, Permission.READ_AUDIT)
    with database.session() as session:
        report = verify_audit(session)
    with unit_of_work(database, auditor) as uow:
        uow.audit(
            "audit.verified",
            "database",
            None,
            intact=report.intact,
            events=report.chain.checked,
            first_broken=report.chain.first_broken,
            records=report.records,
            problems=report.problem_count,
        )
    return report


def report_sentences(report: AuditReport) -> list[tuple[str, dict[str, object]]]:
    """The report as source texts ("Audit" context) and their parameters: the command
    line and the window translate and show the same sentences."""
    chain = report.chain
    sentences: list[tuple[str, dict[str, object]]] = []
    if report.demonstration:
        sentences.append((_DEMONSTRATION, {}))
    if chain.intact:
        sentences.append((_INTACT, {"count": chain.checked}))
    else:
        sentences.append((_BROKEN, {"sequence": chain.first_broken, "reason": chain.reason}))
        if chain.covers:
            sentences.append((_COVERS, {"covers": chain.covers}))
    if report.anchor is not None:
        when = report.anchor.sealed_at.strftime("%Y-%m-%d %H:%M UTC")
        sentences.append((_SEALED, {"sequence": report.anchor.sequence, "date": when}))
    if report.baseline_pending:
        sentences.append((_PENDING, {}))
    elif report.problem_count == 0:
        sentences.append((_RECORDS_OK, {"count": report.records}))
    else:
        sentences.append(
            (_RECORDS_BAD, {"count": report.records, "problems": report.problem_count})
        )
        for problem in report.problems:
            template = _PROBLEM if problem.sequence is not None else _PROBLEM_UNCOVERED
            sentences.append(
                (
                    template,
                    {
                        "table": problem.table,
                        "record": problem.key,
                        "reason": problem.reason,
                        "sequence": problem.sequence,
                    },
                )
            )
    return sentences


_DEMONSTRATION = QT_TRANSLATE_NOOP(
    "Audit",
    "Demonstration database: its chain is keyed with a published key and proves nothing.",
)
_INTACT = QT_TRANSLATE_NOOP("Audit", "Audit chain intact: {count} events.")
_BROKEN = QT_TRANSLATE_NOOP("Audit", "Audit chain broken at event {sequence}: {reason}.")
_COVERS = QT_TRANSLATE_NOOP("Audit", "That event records: {covers}.")
_SEALED = QT_TRANSLATE_NOOP("Audit", "Head sealed at event {sequence} on {date}.")
_PENDING = QT_TRANSLATE_NOOP("Audit", "Records are covered from the next change on.")
_RECORDS_OK = QT_TRANSLATE_NOOP("Audit", "Records: {count} checked, all as recorded.")
_RECORDS_BAD = QT_TRANSLATE_NOOP("Audit", "Records: {count} checked, {problems} not as recorded:")
_PROBLEM = QT_TRANSLATE_NOOP("Audit", "  {table} {record}: {reason} (event {sequence})")
_PROBLEM_UNCOVERED = QT_TRANSLATE_NOOP("Audit", "  {table} {record}: {reason}")


def seal(database: Database) -> Anchor | None:
    """Seal the chain's head (a real database); ``None`` for a demonstration one."""
    with database.session() as session:
        return seal_head(session)


def export_audit_key(database: Database, administrator: Identity | None) -> str:
    authorize(database, administrator, Permission.BACKUP_RESTORE)
    with database.session() as session:
        key = export_key(chain_keying(session))
    with unit_of_work(database, administrator) as uow:
        uow.audit("audit.key_exported", "database", None)
    return key


def import_audit_key(database: Database, text: str) -> None:
    """Store the database's audit key on this computer. No sign-in (signing in writes to
    the chain, which needs the key): the key proves itself by reproducing the first
    keyed link; a wrong key is refused and nothing is stored."""
    with database.session() as session:
        keying = chain_keying(session)
        first = None
        if keying.keyed_from is not None:
            first = session.execute(
                select(AuditEvent, Officer)
                .outerjoin(Officer, Officer.id == AuditEvent.officer_id)
                .where(AuditEvent.sequence == keying.keyed_from)
            ).one_or_none()
    key = parse_key(text)
    if first is not None:
        event, officer = first
        recomputed = stored_event_hash(event, officer, key)
        if not hmac.compare_digest(recomputed, event.hash):
            raise AuditKeyError(
                QT_TRANSLATE_NOOP(
                    "Audit", "This is not the audit key of this database: nothing was stored."
                )
            )
    import_key(keying, key)
