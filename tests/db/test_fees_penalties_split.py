"""Migration 0015: a loan's "fees and penalties" becomes two columns, the audit intact."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select, text

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Loan, table_of
from recouvrement_desktop.db.record_digest import digester, stored_records
from recouvrement_desktop.services.demo_data import generate_demo_data
from tests.migration_steps import run_alone

DEMO_DAY = date(2026, 11, 28)
REVISION = "0015_fees_penalties_split"


def _intact(database: Database) -> bool:
    with database.session() as session:
        return verify_audit(session).intact


def _pre_split_digests(database: Database) -> dict[int, bytes]:
    """Each loan's digest as the chain computed it before the split: the plain digest
    of the row as stored, under the column names of that schema."""
    with database.engine.connect() as connection:
        result = connection.exec_driver_sql("SELECT * FROM loans ORDER BY id")
        names = list(result.keys())
        assert "fees_and_penalties" in names and "fees" not in names
        digest = digester(names)
        position = names.index("id")
        return {row[position]: digest(row) for row in result}


def test_upgrading_a_populated_database_moves_the_amounts_to_penalties_audit_intact(
    database: Database,
) -> None:
    generate_demo_data(database, 30, today=DEMO_DAY)
    # Before the split a loan had one amount: no fees column (a covered change).
    with database.transaction() as session:
        for loan in session.scalars(select(Loan)):
            loan.fees = Decimal("0.00")
    with database.session() as session:
        combined = {loan.id: loan.penalties for loan in session.scalars(select(Loan))}
    assert any(combined.values())
    run_alone(database, REVISION, up=False)
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT id, fees_and_penalties FROM loans"))
        stored = {key: value for key, value in rows}
    assert stored == {key: int(value * 100) for key, value in combined.items()}  # cents
    before = _pre_split_digests(database)

    run_alone(database, REVISION, up=True)

    with database.session() as session:
        loans = list(session.scalars(select(Loan)))
        assert {loan.id: loan.penalties for loan in loans} == combined
        assert all(loan.fees == 0 for loan in loans)
        after = dict(stored_records(session.connection(), table_of(Loan)))
    # Every loan keeps the digest the chain recorded before the split: the chain holds.
    assert after == before
    assert _intact(database)


def test_after_the_split_fees_and_penalties_are_each_covered(database: Database) -> None:
    generate_demo_data(database, 10, today=DEMO_DAY)
    with database.transaction() as session:
        loan = session.scalars(select(Loan).order_by(Loan.id)).first()
        assert loan is not None
        loan.fees, loan.penalties = Decimal("35.00"), Decimal("12.00")
        key = loan.id
    assert _intact(database)
    for column in ("fees", "penalties"):
        with database.engine.begin() as connection:  # behind the application's back
            connection.execute(text(f"UPDATE loans SET {column} = {column} + 1 WHERE id = {key}"))
        assert not _intact(database), column
        with database.engine.begin() as connection:
            connection.execute(text(f"UPDATE loans SET {column} = {column} - 1 WHERE id = {key}"))
        assert _intact(database)
