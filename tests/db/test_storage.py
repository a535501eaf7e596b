"""Connections and column types: SQLite pragmas, foreign keys, exact money, UTC time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Client, JournalEntry, Loan, Officer
from recouvrement_desktop.domain.recovery import (
    CasePriority,
    CaseStage,
    JournalKind,
    LoanCategory,
    OfficerRole,
)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_sqlite_connections_use_wal_and_foreign_keys(database: Database) -> None:
    database.dispose()  # make sure every check below runs on a new connection
    with database.engine.connect() as first, database.engine.connect() as second:
        for connection in (first, second):
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_a_foreign_key_violation_is_refused_by_the_orm(database: Database) -> None:
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(
            Case(
                reference="DOS-ORPHAN",
                client_id=424242,
                stage=CaseStage.AMICABLE,
                priority=CasePriority.LOW,
                opened_on=date(2026, 1, 5),
            )
        )
    with database.session() as session:
        assert session.scalars(select(Case)).all() == []


def test_a_foreign_key_violation_is_refused_in_raw_sql(database: Database, case: Case) -> None:
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.execute(
            text("UPDATE cases SET client_id = 999999 WHERE id = :id"), {"id": case.id}
        )
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.execute(text("DELETE FROM clients"))  # still referenced by the case
    with database.session() as session:
        assert session.get(Case, case.id).client_id == case.client_id  # type: ignore[union-attr]


# --- money and rates ------------------------------------------------------------------


def _officer(max_waiver: Decimal, min_rate: Decimal, login: str = "pmartin") -> Officer:
    return Officer(
        login=login,
        full_name="Pierre Martin",
        role=OfficerRole.SUPERVISOR,
        branch="Agence Lille",
        max_waiver=max_waiver,
        max_extension_months=24,
        min_rate=min_rate,
    )


@pytest.mark.parametrize(
    ("money", "rate"),
    [
        (Decimal("1234567.89"), Decimal("9.4822")),
        (Decimal("0.01"), Decimal("0.0001")),
        (Decimal("0"), Decimal("0")),
        (Decimal("-250.10"), Decimal("21.1500")),
        (Decimal("92233720368547758.07"), Decimal("100")),  # the largest BIGINT of cents
    ],
)
def test_money_and_rates_round_trip_exactly(
    database: Database, money: Decimal, rate: Decimal
) -> None:
    with database.transaction() as session:
        session.add(_officer(money, rate))
    with database.session() as session:
        row = session.scalars(select(Officer)).one()
        assert row.max_waiver == money
        assert row.min_rate == rate
        # Normalised to the column's scale, so that str() shows cents / 4 decimals.
        assert row.max_waiver.as_tuple().exponent == -2
        assert row.min_rate.as_tuple().exponent == -4
    with database.engine.connect() as connection:
        stored = connection.execute(text("SELECT max_waiver, min_rate FROM officers")).one()
    # Stored as integers of cents / ten-thousandths: never a float.
    assert stored == (int(money * 100), int(rate * 10_000))
    assert all(type(value) is int for value in stored)


def test_money_sums_stay_exact_in_sql(database: Database, case: Case) -> None:
    with database.transaction() as session:
        for _ in range(10):
            session.add(
                JournalEntry(
                    case_id=case.id,
                    kind=JournalKind.PAYMENT,
                    occurred_at=datetime(2026, 10, 1, tzinfo=UTC),
                    amount=Decimal("0.10"),
                )
            )
    with database.engine.connect() as connection:
        cents = connection.execute(text("SELECT sum(amount) FROM journal_entries")).scalar_one()
    assert int(cents) == 100  # 10 × 0.10 = 1.00 exactly, not 0.9999999999999999


@pytest.mark.parametrize(
    ("money", "rate", "message"),
    [
        (Decimal("10.005"), Decimal("1"), "more than 2 decimal places"),
        (Decimal("10"), Decimal("9.48225"), "more than 4 decimal places"),
        (0.1, Decimal("1"), "more than 2 decimal places"),  # a float is not money
    ],
)
def test_too_many_decimals_are_refused_not_rounded(
    database: Database, money: Decimal, rate: Decimal, message: str
) -> None:
    with pytest.raises(StatementError, match=message), database.transaction() as session:
        session.add(_officer(money, rate))
    with database.session() as session:
        assert session.scalars(select(Officer)).all() == []


# --- timestamps --------------------------------------------------------------------


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 3, 29, 0, 59, 59, 999999, tzinfo=UTC),
        # A Paris summer time instant and a far-away offset: stored as the same UTC instant.
        datetime(2026, 7, 14, 22, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2))),
        datetime(2026, 1, 1, 1, 0, tzinfo=timezone(timedelta(hours=-9, minutes=-30))),
    ],
)
def test_timestamps_round_trip_as_aware_utc(
    database: Database, case: Case, moment: datetime
) -> None:
    with database.transaction() as session:
        session.add(JournalEntry(case_id=case.id, kind=JournalKind.NOTE, occurred_at=moment))
    with database.session() as session:
        entry = session.scalars(select(JournalEntry)).one()
        assert entry.occurred_at == moment
        assert entry.occurred_at.tzinfo is UTC
        assert entry.occurred_at.utcoffset() == timedelta(0)
        assert entry.occurred_at.replace(tzinfo=None) == moment.astimezone(UTC).replace(tzinfo=None)
        assert entry.recorded_at.tzinfo is UTC  # the default, utc_now()


def test_timestamps_sort_chronologically_across_offsets(database: Database, case: Case) -> None:
    earlier = datetime(2026, 5, 1, 23, 0, tzinfo=timezone(timedelta(hours=-5)))  # 04:00 UTC
    later = datetime(2026, 5, 2, 5, 0, tzinfo=timezone(timedelta(hours=+2)))  # 03:00 UTC
    with database.transaction() as session:
        session.add(JournalEntry(case_id=case.id, kind=JournalKind.NOTE, occurred_at=earlier))
        session.add(JournalEntry(case_id=case.id, kind=JournalKind.NOTE, occurred_at=later))
    with database.session() as session:
        ordered = session.scalars(
            select(JournalEntry.occurred_at).order_by(JournalEntry.occurred_at)
        )
        assert list(ordered) == [later, earlier]


def test_a_naive_datetime_is_refused(database: Database, case: Case) -> None:
    with pytest.raises(StatementError, match="naive datetime"), database.transaction() as session:
        session.add(
            JournalEntry(
                case_id=case.id, kind=JournalKind.NOTE, occurred_at=datetime(2026, 5, 1, 12, 0)
            )
        )
    with database.session() as session:
        assert session.scalars(select(JournalEntry)).all() == []


def test_dates_and_enums_round_trip(database: Database, case: Case) -> None:
    with database.transaction() as session:
        session.add(
            Loan(
                case_id=case.id,
                contract_number="PP-0001",
                category=LoanCategory.REVOLVING_CREDIT,
                original_amount=Decimal("3000.00"),
                nominal_rate=Decimal("19.9000"),
                start_date=date(2024, 2, 29),
                term_months=36,
                installment=Decimal("111.52"),
                outstanding_principal=Decimal("1789.33"),
            )
        )
    with database.session() as session:
        loan = session.scalars(select(Loan)).one()
        assert loan.start_date == date(2024, 2, 29)
        assert loan.category is LoanCategory.REVOLVING_CREDIT
        assert loan.arrears_amount == Decimal("0.00")  # Money default
        client = session.scalars(select(Client)).one()
        assert (client.first_name, client.last_name) == ("Hélène", "Garçon-Lefèvre")
