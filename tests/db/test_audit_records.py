"""Every record is covered by the keyed audit chain: direct SQL edits of the kinds an
attacker with the database file would make are each detected, and the report names the
record and the link (event) that covered it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from sqlalchemy import Connection, select, text, update

from recouvrement_desktop import keystore
from recouvrement_desktop.db.audit import event_hash, seal_head
from recouvrement_desktop.db.audit_key import WRAPPED_KEY, AuditKeyError, chain_keying
from recouvrement_desktop.db.audit_verify import AuditReport, verify_audit
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    Agreement,
    AuditChainHead,
    AuditEvent,
    Case,
    DatabaseMark,
    JournalEntry,
    Officer,
)
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.services.journal import add_note, add_promise, record_payment
from tests.db.test_agreements import _accept, loan_case
from tests.factories import add_officer

__all__ = ["loan_case"]  # the fixture, imported for pytest

TODAY = date.today()


def _untriggered(connection: Connection, table: str) -> None:
    """What an attacker with direct database access does first: remove the guards."""
    if connection.dialect.name == "sqlite":
        names = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
            {"t": table},
        ).scalars()
        for name in list(names):
            connection.execute(text(f"DROP TRIGGER {name}"))
    else:
        connection.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))


def _tamper(database: Database, table: str, *statements: str) -> None:
    with database.engine.begin() as connection:
        _untriggered(connection, table)
        for statement in statements:
            connection.execute(text(statement))


def _report(database: Database) -> AuditReport:
    with database.session() as session:
        return verify_audit(session)


@pytest.fixture
def evidence(database: Database, officer: Identity, loan_case: Case) -> Database:
    """A case worked as an officer would: notes, a promise, a payment, an agreement."""
    add_note(database, officer, loan_case.id, "Appel de Mme Garçon, licenciée en mars")
    add_promise(database, officer, loan_case.id, Decimal("150.00"), TODAY + timedelta(days=10))
    record_payment(database, officer, loan_case.id, Decimal("150.00"), TODAY)
    _accept(database, officer, loan_case, 40)
    with database.session() as session:
        seal_head(session)
    return database


def _one(database: Database, statement: str) -> int:
    with database.engine.connect() as connection:
        return int(connection.execute(text(statement)).scalar_one())


def test_an_untouched_database_verifies_with_every_record_covered(evidence: Database) -> None:
    report = _report(evidence)
    assert report.intact, report.problems
    assert not report.demonstration and report.anchor is not None
    stored = sum(
        _one(evidence, f"SELECT count(*) FROM {table}")
        for table in ("officers", "clients", "cases", "loans", "journal_entries", "agreements")
    )
    assert report.records >= stored > 0


# Each edit: the table it touches, the SQL, and the record the report must name.
EDITS: dict[str, tuple[str, Callable[[Database], list[str]], Callable[[Database], str]]] = {
    "journal amount": (
        "journal_entries",
        lambda db: [
            "UPDATE journal_entries SET amount = amount + 10000 "
            f"WHERE id = {_one(db, 'SELECT min(id) FROM journal_entries WHERE amount > 0')}"
        ],
        lambda db: str(_one(db, "SELECT min(id) FROM journal_entries WHERE amount > 10000")),
    ),
    "journal note": (
        "journal_entries",
        lambda db: [
            "UPDATE journal_entries SET note = 'Client injoignable' "
            f"WHERE id = {_one(db, 'SELECT min(id) FROM journal_entries WHERE note IS NOT NULL')}"
        ],
        lambda db: str(
            _one(db, "SELECT min(id) FROM journal_entries WHERE note = 'Client injoignable'")
        ),
    ),
    "agreement status": (
        "agreements",
        lambda db: ["UPDATE agreements SET status = 'cancelled'"],
        lambda db: str(_one(db, "SELECT id FROM agreements")),
    ),
    "agreement snapshot": (
        "agreements",
        lambda db: ["UPDATE agreements SET snapshot = '{}'"],
        lambda db: str(_one(db, "SELECT id FROM agreements")),
    ),
    "officer limits": (
        "officers",
        lambda db: ["UPDATE officers SET max_waiver = 99999999 WHERE login = 'mlefevre'"],
        lambda db: str(_one(db, "SELECT id FROM officers WHERE login = 'mlefevre'")),
    ),
    "loan figures": (
        "loans",
        lambda db: ["UPDATE loans SET outstanding_principal = 100"],
        lambda db: str(_one(db, "SELECT id FROM loans")),
    ),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_an_edited_record_is_named_with_the_event_that_covers_it(
    evidence: Database, edit: str
) -> None:
    table, statements, record = EDITS[edit]
    _tamper(evidence, table, *statements(evidence))
    report = _report(evidence)
    assert not report.intact
    assert report.chain.intact  # the events are untouched: the record is what changed
    problems = [(p.table, p.key) for p in report.problems]
    assert (table, record(evidence)) in problems
    problem = next(p for p in report.problems if (p.table, p.key) == (table, record(evidence)))
    assert problem.reason == "changed since the event that covers it"
    with evidence.session() as session:
        covering = session.scalars(
            select(AuditEvent).where(AuditEvent.sequence == problem.sequence)
        ).one()
    assert covering.entity_type == table


def test_a_deleted_journal_entry_is_named(evidence: Database) -> None:
    victim = _one(evidence, "SELECT max(id) FROM journal_entries")
    _tamper(
        evidence,
        "journal_entries",
        f"UPDATE agreements SET journal_entry_id = NULL WHERE journal_entry_id = {victim}",
        f"DELETE FROM journal_entries WHERE id = {victim}",
    )
    report = _report(evidence)
    removed = [p for p in report.problems if (p.table, p.key) == ("journal_entries", str(victim))]
    assert [p.reason for p in removed] == ["removed: an event covers it, the record is gone"]
    assert removed[0].sequence is not None


def test_an_inserted_agreement_is_named_as_not_covered(evidence: Database) -> None:
    with evidence.session() as session:
        agreement = session.scalars(select(Agreement)).one()
        columns = [c.name for c in Agreement.__table__.columns if c.name not in ("id", "uuid")]
    forged_pdf = b"%PDF-1.7 forged"
    copied = ", ".join(c for c in columns if c not in ("reference", "pdf", "pdf_sha256"))
    forged_sha = hashlib.sha256(forged_pdf).hexdigest()
    _tamper(
        evidence,
        "agreements",
        f"INSERT INTO agreements (id, uuid, {copied}, reference, pdf_sha256) "
        f"SELECT 9999, '{'f' * 32}', {copied}, 'ACC-FORGED', '{forged_sha}' "
        f"FROM agreements WHERE id = {agreement.id}",
    )
    report = _report(evidence)
    assert ("agreements", "9999") in [(p.table, p.key) for p in report.problems]
    forged = next(p for p in report.problems if p.key == "9999")
    assert forged.reason == "written outside the application: no event covers it"
    assert forged.sequence is None


def test_an_event_rewritten_and_rechained_without_the_key_is_detected(evidence: Database) -> None:
    """The attacker edits an agreement's cover and recomputes every later link and the
    head — with any key but the chain's."""
    with evidence.session() as session:
        events = session.execute(
            select(AuditEvent, Officer)
            .outerjoin(Officer, Officer.id == AuditEvent.officer_id)
            .order_by(AuditEvent.sequence)
        ).all()
    target = next(
        e.sequence
        for e, _ in events
        if e.action == "record.written" and e.entity_type == "agreements"
    )
    previous = next(e.previous_hash for e, _ in events if e.sequence == target)
    with evidence.engine.begin() as connection:
        _untriggered(connection, "audit_events")
        for event, officer in events:
            if event.sequence < target:
                continue
            details = dict(event.details)
            if event.sequence == target:
                details["digest"] = "0" * 64
            forged = event_hash(
                sequence=event.sequence,
                event_uuid=event.uuid,
                occurred_at=event.occurred_at,
                officer_uuid=officer.uuid if officer else None,
                action=event.action,
                entity_type=event.entity_type,
                entity_uuid=event.entity_uuid,
                details=details,
                previous_hash=previous,
                key=b"attacker" * 4,
            )
            connection.execute(
                update(AuditEvent)
                .where(AuditEvent.sequence == event.sequence)
                .values(details=details, previous_hash=previous, hash=forged)
            )
            previous = forged
        connection.execute(update(AuditChainHead).values(last_hash=previous))
    report = _report(evidence)
    assert report.chain.first_broken == target
    assert report.chain.reason == "the event was altered"
    agreement = _one(evidence, "SELECT id FROM agreements")
    assert report.chain.covers == f"record.written agreements {agreement}"  # what it covers


def test_deleting_the_end_of_the_chain_and_rewinding_its_head_is_detected(
    evidence: Database,
) -> None:
    with evidence.session() as session:
        head = session.get_one(AuditChainHead, 1)
        keep = head.sequence - 3
        kept_hash = session.scalars(
            select(AuditEvent.hash).where(AuditEvent.sequence == keep)
        ).one()
    _tamper(
        evidence,
        "audit_events",
        f"DELETE FROM audit_events WHERE sequence > {keep}",
        f"UPDATE audit_chain_head SET sequence = {keep}, last_hash = '{kept_hash}'",
    )
    report = _report(evidence)
    assert (report.chain.first_broken, report.chain.reason) == (
        keep + 1,
        "the chain ends before its sealed head",
    )


def test_a_journal_entry_written_through_the_service_after_verification_is_covered(
    evidence: Database, officer: Identity, loan_case: Case
) -> None:
    add_note(evidence, officer, loan_case.id, "Rappel le 12")
    report = _report(evidence)
    assert report.intact, report.problems
    with evidence.session() as session:
        latest = session.scalars(select(JournalEntry).order_by(JournalEntry.id.desc())).first()
        assert latest is not None
        covering = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_type == "journal_entries",
                AuditEvent.entity_uuid == str(latest.id),
            )
        ).one()
    assert covering.officer_id == officer.id


def _forget_audit_key(database: Database) -> None:
    with database.session() as session:
        name = chain_keying(session).key_name()
    keyring.delete_password(keystore.SERVICE, name)


def test_an_encrypted_file_gives_its_audit_key_back_to_a_new_computer(tmp_path: Path) -> None:
    """The audit key is sealed in the file under the file's own key: whoever opens the
    file with its key (a new computer, after ``db unlock``) can carry on the chain."""
    database, _ = open_sqlite(tmp_path / "bank.sqlite3", tmp_path / "backups")
    try:
        assert database.is_encrypted
        officer = add_officer(
            database, login="omartin", full_name="Odile Martin",
            max_waiver="100.00", max_extension_months=12, min_rate="1.0000",
        )  # fmt: skip
        _forget_audit_key(database)
        add_officer(
            database, login="jchef", full_name="Jeanne Chef",
            max_waiver="100.00", max_extension_months=12, min_rate="1.0000",
        )  # fmt: skip
        with database.session() as session:
            assert verify_audit(session).intact
            wrapped = session.get(DatabaseMark, WRAPPED_KEY)
        assert wrapped is not None and len(wrapped.value) > 40
        assert officer.id is not None
    finally:
        database.dispose()


def test_a_clear_database_without_its_audit_key_refuses_to_write(tmp_path: Path) -> None:
    database, _ = open_sqlite(tmp_path / "bank.sqlite3", tmp_path / "backups", demonstration=True)
    try:
        add_officer(
            database, login="omartin", full_name="Odile Martin",
            max_waiver="100.00", max_extension_months=12, min_rate="1.0000",
        )  # fmt: skip
        _forget_audit_key(database)
        with pytest.raises(AuditKeyError, match="audit key import"):
            add_officer(
                database, login="jchef", full_name="Jeanne Chef",
                max_waiver="100.00", max_extension_months=12, min_rate="1.0000",
            )  # fmt: skip
    finally:
        database.dispose()
