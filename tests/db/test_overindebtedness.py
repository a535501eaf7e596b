"""Overindebtedness files and FICP registrations on SQLite and PostgreSQL: migration
0013 on a populated database keeps the audit chain intact, a file's status history and
its freeze, the FICP register and removal, refusals, and the branch rule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from alembic import command
from sqlalchemy import func, inspect, select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.migrate import alembic_config
from recouvrement_desktop.db.models import (
    AuditEvent,
    Case,
    FicpRegistration,
    JournalEntry,
    OverindebtednessFile,
)
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import JournalKind, OverindebtednessStatus
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.overindebtedness import (
    OverindebtednessError,
    current_file,
    ficp_of,
    frozen_since,
    record_status,
    register_ficp,
    remove_ficp,
)
from recouvrement_desktop.services.permissions import AccessRefusedError
from recouvrement_desktop.services.retention import run_retention
from tests.db.test_retention import FIVE_YEARS_AGO as RETENTION_FIVE_YEARS_AGO
from tests.db.test_retention import TODAY as RETENTION_TODAY
from tests.db.test_retention import _add_case
from tests.factories import add_administrator, add_officer, add_plain_officer

FILED = date(2026, 10, 1)


def _intact(database: Database) -> bool:
    with database.session() as session:
        return verify_audit(session).intact


def _tables(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def test_downgrading_and_upgrading_a_populated_database_keeps_the_audit_intact(
    database: Database, officer: Identity, case: Case
) -> None:
    assert _intact(database)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012_loan_first_unpaid")
    assert not {"overindebtedness_files", "ficp_registrations"} & _tables(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert {"overindebtedness_files", "ficp_registrations"} <= _tables(database)
    assert _intact(database)  # no existing record changed
    record_status(database, officer, case.id, OverindebtednessStatus.FILED, FILED)
    register_ficp(database, officer, case.id, FILED, "contrat PP1: 3 échéances impayées")
    assert _intact(database)  # the new rows are covered


def test_a_files_history_and_its_freeze(database: Database, officer: Identity, case: Case) -> None:
    assert current_file(database, case.id) is None
    filed = record_status(database, officer, case.id, OverindebtednessStatus.FILED, FILED)
    assert (filed.status, filed.filed_on, filed.status_on, filed.open) == (
        OverindebtednessStatus.FILED,
        FILED,
        FILED,
        True,
    )
    admissible = record_status(
        database,
        officer,
        case.id,
        OverindebtednessStatus.ADMISSIBLE,
        date(2026, 10, 20),
        note="recevable",
    )
    assert admissible.filed_on == FILED  # the open file keeps the day it was lodged
    with database.session() as session:
        assert frozen_since(session, [case.id], date(2026, 9, 30)) == {}  # not yet lodged
        assert frozen_since(session, [case.id], date(2026, 10, 5)) == {case.id: FILED}
    closed = record_status(
        database, officer, case.id, OverindebtednessStatus.CLOSED, date(2026, 11, 10)
    )
    assert not closed.open
    with database.session() as session:
        assert frozen_since(session, [case.id], date(2026, 11, 9)) == {case.id: FILED}
        assert frozen_since(session, [case.id], date(2026, 11, 10)) == {}  # closed: lifted
        rows = session.scalars(select(OverindebtednessFile).order_by(OverindebtednessFile.id))
        assert [row.status for row in rows] == [
            OverindebtednessStatus.FILED,
            OverindebtednessStatus.ADMISSIBLE,
            OverindebtednessStatus.CLOSED,
        ]  # the history is kept
        notes = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.case_id == case.id, JournalEntry.kind == JournalKind.NOTE)
            .order_by(JournalEntry.id)
        ).all()
        assert [n.payload["overindebtedness"]["status"] for n in notes if n.payload] == [
            "filed",
            "admissible",
            "closed",
        ]
        assert notes[1].note is not None and "recevable" in notes[1].note
        actions = session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "overindebtedness.status")
        )
        assert actions == 3
    detail = CaseQueries(database).detail(case.id)
    assert detail is not None and detail.overindebtedness == closed
    assert _intact(database)


def test_refused_changes_leave_nothing(database: Database, officer: Identity, case: Case) -> None:
    with pytest.raises(OverindebtednessError, match="No overindebtedness file is open"):
        record_status(database, officer, case.id, OverindebtednessStatus.CLOSED, FILED)
    with pytest.raises(OverindebtednessError, match="lodged"):  # a new file needs its day
        record_status(database, officer, case.id, OverindebtednessStatus.ADMISSIBLE, FILED)
    record_status(database, officer, case.id, OverindebtednessStatus.FILED, FILED)
    with pytest.raises(OverindebtednessError, match="cannot be earlier"):
        record_status(database, officer, case.id, OverindebtednessStatus.PLAN, date(2026, 9, 1))
    with pytest.raises(OverindebtednessError, match="not another day"):
        record_status(
            database,
            officer,
            case.id,
            OverindebtednessStatus.PLAN,
            date(2026, 12, 1),
            filed_on=date(2026, 9, 1),
        )
    with pytest.raises(OverindebtednessError, match="already lodged"):
        record_status(database, officer, case.id, OverindebtednessStatus.FILED, date(2026, 11, 1))
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(OverindebtednessError, match="in the future"):
        record_status(database, officer, case.id, OverindebtednessStatus.PLAN, tomorrow)
    with pytest.raises(OverindebtednessError, match="in the future"):
        register_ficp(database, officer, case.id, tomorrow, "contrat PP1")
    with pytest.raises(OverindebtednessError, match="not registered"):
        remove_ficp(database, officer, case.id, FILED)
    with pytest.raises(OverindebtednessError, match="Say which incident"):
        register_ficp(database, officer, case.id, FILED, "  ")
    assert OverindebtednessError.exit_code == 2
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(OverindebtednessFile)) == 1
        assert session.scalar(select(func.count()).select_from(FicpRegistration)) == 0


def test_ficp_registration_and_removal(database: Database, officer: Identity, case: Case) -> None:
    registered = register_ficp(database, officer, case.id, FILED, "contrat PP1 : 3  impayés")
    assert registered.incident == "contrat PP1 : 3 impayés" and registered.current
    with pytest.raises(OverindebtednessError, match="cannot end before"):
        remove_ficp(database, officer, case.id, date(2026, 9, 1))
    removed = remove_ficp(database, officer, case.id, date(2026, 11, 15))
    assert removed.removed_on == date(2026, 11, 15) and not removed.current
    assert ficp_of(database, case.id) == (removed,)
    detail = CaseQueries(database).detail(case.id)
    assert detail is not None and detail.ficp == (removed,)
    assert _intact(database)


def test_an_officer_of_another_branch_is_refused(
    database: Database, officer: Identity, case: Case
) -> None:
    stranger = add_officer(
        database,
        login="ailleurs",
        full_name="Paul Ailleurs",
        branch="Agence Marseille",
        max_waiver="0.00",
        max_extension_months=0,
        min_rate="0",
    )
    with pytest.raises(AccessRefusedError):
        record_status(database, stranger, case.id, OverindebtednessStatus.FILED, FILED)
    with pytest.raises(AccessRefusedError):
        register_ficp(database, stranger, case.id, FILED, "contrat PP1")
    assert current_file(database, case.id) is None


def test_retention_clears_the_free_texts_and_keeps_the_dates(database: Database) -> None:
    admin, officer = add_administrator(database), add_plain_officer(database)
    closed_on = RETENTION_FIVE_YEARS_AGO - timedelta(days=1)
    case_id = _add_case(database, officer, "DOS-1", closed_on=closed_on)
    record_status(
        database,
        officer,
        case_id,
        OverindebtednessStatus.FILED,
        date(2019, 6, 1),
        note="Mme Garçon-Lefèvre a déposé son dossier",
    )
    register_ficp(database, officer, case_id, date(2019, 5, 1), "Garçon-Lefèvre PP-DOS-1")

    report = run_retention(database, admin, today=RETENTION_TODAY)

    assert [case.reference for case in report.anonymised] == ["DOS-1"]
    with database.session() as session:
        row = session.scalars(select(OverindebtednessFile)).one()
        assert (row.note, row.filed_on) == ("—", date(2019, 6, 1))
        ficp = session.scalars(select(FicpRegistration)).one()
        assert (ficp.incident, ficp.registered_on) == ("—", date(2019, 5, 1))
        assert verify_audit(session).intact  # written past the ORM, covered
