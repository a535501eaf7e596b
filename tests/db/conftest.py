"""Database fixtures: every test taking ``database_url`` runs on SQLite and on PostgreSQL.

The PostgreSQL server is started once per test session with ``initdb``/``pg_ctl`` (see
``tests/postgres_server.py``); each test gets a fresh database on it, dropped afterwards.
Without the PostgreSQL binaries those tests are skipped locally but fail on CI (``CI`` set),
where the binaries are installed and the tests must run.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from recouvrement_desktop.db.bootstrap import open_database
from recouvrement_desktop.db.database import Database, sqlite_url
from recouvrement_desktop.db.models import Case, Client
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import (
    CasePriority,
    CaseStage,
    EmploymentStatus,
)
from tests.factories import add_officer

try:  # ``tests`` importable as a package (rootdir on sys.path) or ``tests/`` itself on it
    from tests.postgres_server import PostgresServer, find_postgres_bin, running_postgres
except ModuleNotFoundError:  # pragma: no cover - depends on how pytest set up sys.path
    from postgres_server import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        PostgresServer,
        find_postgres_bin,
        running_postgres,
    )

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    if find_postgres_bin() is None:
        message = "PostgreSQL server binaries (initdb, pg_ctl) are not installed"
        if _on_ci():
            pytest.fail(f"{message}; CI must install them (these tests never skip on CI)")
        pytest.skip(message)
    with running_postgres() as server:
        yield server


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database: a SQLite file in ``tmp_path`` or a fresh PostgreSQL one."""
    if backend == "sqlite":
        yield sqlite_url(tmp_path / "cases.sqlite3")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"test_{uuid.uuid4().hex[:16]}"
    url = server.create_database(name)
    try:
        yield url
    finally:
        server.drop_database(name)


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def database(database_url: str, backup_dir: Path) -> Iterator[Database]:
    """A migrated database (through the application's own start-up path)."""
    opened, _report = open_database(database_url, backup_dir)
    try:
        yield opened
    finally:
        opened.dispose()


@pytest.fixture
def officer(database: Database) -> Identity:
    return add_officer(
        database,
        login="mlefevre",
        full_name="Marie Lefèvre",
        max_waiver="500.00",
        max_extension_months=12,
        min_rate="2.5000",
    )


def new_client(number: str = "C0000001") -> Client:
    return Client(
        client_number=number,
        title="Mme",
        first_name="Hélène",
        last_name="Garçon-Lefèvre",
        birth_date=date(1979, 2, 28),
        mobile_phone="+33 6 12 34 56 78",
        email="helene.garcon@example.fr",
        address_line1="12, rue de l'Église",
        postal_code="69003",
        city="Lyon",
        employment=EmploymentStatus.EMPLOYED,
        employer="Boulangerie Séverine",
        monthly_income=Decimal("2150.00"),
        housing_cost=Decimal("720.50"),
        other_credit_payments=Decimal("0.00"),
        search_name="helene garcon-lefevre",
        search_phones="33612345678",
    )


@pytest.fixture
def case(database: Database, officer: Identity) -> Case:
    """A case (with its client) assigned to ``officer``."""
    with database.transaction() as session:
        row = Case(
            reference="DOS-2026-000001",
            client=new_client(),
            officer_id=officer.id,
            stage=CaseStage.AMICABLE,
            priority=CasePriority.NORMAL,
            opened_on=date(2026, 9, 1),
        )
        session.add(row)
    return row
