"""Search of the work queue by client name and phone through the search index (migration
0004: FTS5 trigram table on SQLite, pg_trgm GIN indexes on PostgreSQL), on both backends.

Every answer is checked against a plain Python reading of every client: the index must
change how fast a search is, never what it finds, whatever was typed and whatever
happened to the clients since (updates, deletions, bulk loads, an upgrade, no index).
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from recouvrement_desktop.db import migrate
from recouvrement_desktop.db.bootstrap import open_database
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.migrate import alembic_config, head_revision
from recouvrement_desktop.db.models import SEARCH_INDEX, Case, Client
from recouvrement_desktop.domain.recovery import CasePriority, CaseStage, EmploymentStatus
from recouvrement_desktop.domain.text import fold, phone_digits
from recouvrement_desktop.paths import migrations_dir
from recouvrement_desktop.services import case_search, demo_data
from recouvrement_desktop.services.case_queries import CaseFilter, CaseQueries
from recouvrement_desktop.services.database_purpose import claim_for_demonstration
from recouvrement_desktop.services.demo_data import generate_demo_data
from tests.migration_steps import run_alone

TODAY = date(2026, 11, 28)
BEFORE_SEARCH_INDEX = "0003_agreements"

# First name, last name, mobile, home: accents, short words, hyphens, apostrophes, and
# the characters of LIKE patterns and of FTS5 queries inside real names.
PEOPLE = (
    ("Hélène", "Lefèvre", "06 12 34 56 78", None),
    ("Héléna", "Lefebvre", "+33 6 98 76 54 32", "01 23 45 67 89"),
    ("Jean-Luc", "O'Brien", "07 11 22 33 44", None),
    ("Zoé", "Ng", "06 55 44 33 22", None),
    ("Chloé", 'Du "Pont"', None, "04 72 00 11 22"),
    ("Agnès", "Test_50%", "06 50 50 50 50", None),
    ("Noël", "Château (Aîné)", "06 99 88 77 66", None),
    ("Anne", "And-Or Not*", "06 13 57 91 13", None),
    ("Léa", "Martin", "06 12 34 99 99", None),
)

NAMES_TYPED = (
    "helene lefevre",
    "Hélène Lefèvre",
    "HÉLÈNE LEFÈVRE",
    "lefevre helene",  # any order
    "lef",  # a part of a word, three letters
    "efev",
    "ele",
    "hel lef",
    "lefe helene",
    "ng",  # every word shorter than three letters: read on every client
    "zo ng",
    "zoe ng",  # short and long words together
    "ng zoe",
    "lu o'b",
    "jean-luc",
    "o'brien",
    "chateau aine",
    "chateau (aine)",
    "ne",
    "e",
    "nobody here",
    "lefevre nobody",
)
PHONES_TYPED = (
    "06 12 34 56 78",
    "0612345678",
    "+33 6 12 34 56 78",
    "06.12.34",
    "3456",
    "4567",
    "1234",
    "01 23 45 67",  # a home phone
    "98 76 54",  # given as +33, kept as 0…
    "123",  # fewer than four digits: no phone search
    "99 99 99 99",
)
SYNTAX_TYPED = (  # LIKE wildcards and FTS5 query syntax, typed: always plain text
    "%",
    "_",
    "50%",
    "test_5",
    "test_50%",
    "%lef",
    "l_f",
    '"',
    '""',
    'du "pont"',
    '"pont',
    'pont"',
    '"pont"',
    "*",
    "lef*",
    "not*",
    "le*vre",
    "-lef",
    "lef -helene",
    "search_name:lef",
    "search_name : lef",
    "{search_name}: lef",
    "(lef",
    "lef)",
    "(aine)",
    "NEAR(lef helene)",
    "AND",
    "and-or",
    "helene AND lefevre",
    "helene OR zoe",
    "NOT helene",
    "^lef",
    "lef^",
    "+lef",
    "a'b'c",
    "/",
    "//lef",
    "\\",
    "\x00",  # typed NUL: as invisible as a space
    "lef\x00",
    "he\x00lef",
)


@dataclass(frozen=True)
class Truth:
    case_id: int
    reference: str
    search_name: str
    phones: str


def _person(index: int, first: str, last: str, mobile: str | None, home: str | None) -> Client:
    return Client(
        client_number=f"T{index:07d}",
        title="Mme",
        first_name=first,
        last_name=last,
        mobile_phone=mobile,
        home_phone=home,
        address_line1="12, rue de l'Église",
        postal_code="69003",
        city="Lyon",
        employment=EmploymentStatus.EMPLOYED,
        monthly_income=Decimal("2150.00"),
        housing_cost=Decimal("720.50"),
        other_credit_payments=Decimal("0.00"),
        search_name=fold(f"{first} {last}"),
        search_phones=" ".join(filter(None, (phone_digits(mobile), phone_digits(home)))),
    )


def _add_people(
    database: Database, people: tuple[tuple[str, str, str | None, str | None], ...]
) -> None:
    """Each person as a client with one case ("X-…": no typed text starts a reference)."""
    with database.transaction() as session:
        first_index = len(session.scalars(select(Client.id)).all())
        for offset, (first, last, mobile, home) in enumerate(people):
            index = first_index + offset
            session.add(
                Case(
                    reference=f"X-{index:06d}",
                    client=_person(index, first, last, mobile, home),
                    stage=CaseStage.AMICABLE,
                    priority=CasePriority.NORMAL,
                    opened_on=date(2026, 9, 1),
                )
            )


def _truth(database: Database) -> list[Truth]:
    with database.session() as session:
        cases = session.scalars(select(Case).options(selectinload(Case.client))).all()
        return [
            Truth(case.id, case.reference, case.client.search_name, case.client.search_phones)
            for case in cases
        ]


def _expected(truth: list[Truth], typed: str) -> set[int]:
    """What a search must find: a reference prefix; or every typed word in the name; or,
    for a phone number, its digits (at least four) in the phones."""
    text = typed.replace("\x00", " ").strip()
    words = fold(text).split()
    digits = phone_digits(text)
    phone = set(text) <= set("0123456789 +.-()/")

    def matches(row: Truth) -> bool:
        if row.reference.startswith(text.upper()):
            return True
        if phone:
            return len(digits) >= 4 and digits in row.phones
        return not digits and bool(words) and all(word in row.search_name for word in words)

    return {row.case_id for row in truth if matches(row)}


def _found(queries: CaseQueries, typed: str) -> set[int]:
    """Every case a search finds, walking its pages (small ones, to cross page ends)."""
    found: list[int] = []
    cursor = None
    while True:
        page = queries.page_after(CaseFilter(search=typed), cursor, 3, today=TODAY)
        found.extend(row.id for row in page.rows)
        if page.next is None:
            break
        cursor = page.next
    assert len(found) == len(set(found)), typed
    return set(found)


def _check(database: Database, typed_texts: tuple[str, ...]) -> None:
    """Each search finds, and counts, what reading every client finds."""
    truth = _truth(database)
    queries = CaseQueries(database)
    for typed in typed_texts:
        expected = _expected(truth, typed)
        assert _found(queries, typed) == expected, typed
        assert queries.count(CaseFilter(search=typed), today=TODAY) == len(expected), typed
        assert queries.count(CaseFilter(search=typed), cap=1, today=TODAY) == min(
            len(expected), 2
        ), typed


def _index_agrees_with_clients(database: Database) -> None:
    """SQLite: FTS5's own check that its index holds exactly the clients' values (it
    fails on a missing, extra or stale entry). PostgreSQL maintains its indexes itself."""
    if not database.is_sqlite:
        return
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}, rank) VALUES ('integrity-check', 1)"
        )


def _case_of(database: Database, last_name: str) -> int:
    with database.session() as session:
        return session.scalars(
            select(Case.id).join(Client).where(Client.last_name == last_name)
        ).one()


@pytest.fixture(params=["sparse", "dense", "very dense"])
def strategy(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every way to search: candidates first (few matches), or walking the order index
    and checking each row against the clients found (many) or its own client (very many)."""
    if request.param != "sparse":
        monkeypatch.setattr(case_search, "SPARSE_SEARCH_LIMIT", 0)
    if request.param == "very dense":
        monkeypatch.setattr(case_search, "SEARCH_SET_LIMIT", 0)
    return str(request.param)


@pytest.fixture
def people(database: Database) -> Database:
    _add_people(database, PEOPLE)
    return database


# --- what a search finds ------------------------------------------------------------


def test_every_word_is_found_anywhere_in_the_name(people: Database, strategy: str) -> None:
    queries = CaseQueries(people)
    helene = _case_of(people, "Lefèvre")
    for typed in ("helene lefevre", "Lefèvre HÉLÈNE", "fev hel", "ene lef"):
        assert _found(queries, typed) == {helene}, typed
    assert _found(queries, "lef") == {helene, _case_of(people, "Lefebvre")}
    assert _found(queries, "zo ng") == {_case_of(people, "Ng")}
    _check(people, NAMES_TYPED)


def test_phone_digits_are_found_anywhere_in_the_phones(people: Database, strategy: str) -> None:
    queries = CaseQueries(people)
    assert _found(queries, "06 12 34 56 78") == {_case_of(people, "Lefèvre")}
    assert _found(queries, "01 23 45 67 89") == {_case_of(people, "Lefebvre")}
    assert _found(queries, "06 12 34") == {_case_of(people, "Lefèvre"), _case_of(people, "Martin")}
    _check(people, PHONES_TYPED)


def test_typed_wildcards_and_query_syntax_are_plain_text(people: Database, strategy: str) -> None:
    queries = CaseQueries(people)
    assert _found(queries, 'du "pont"') == {_case_of(people, 'Du "Pont"')}
    assert _found(queries, "test_") == {_case_of(people, "Test_50%")}
    assert _found(queries, "not*") == {_case_of(people, "And-Or Not*")}
    assert _found(queries, "%") == {_case_of(people, "Test_50%")}
    assert _found(queries, "l_f") == set()
    _check(people, SYNTAX_TYPED)


# --- the index follows the clients --------------------------------------------------


def test_the_index_follows_a_change_of_name_or_phone(people: Database) -> None:
    helene = _case_of(people, "Lefèvre")
    with people.transaction() as session:
        client = session.scalars(select(Client).join(Case).where(Case.id == helene)).one()
        client.last_name = "Dupré-Rivière"
        client.search_name = fold("Hélène Dupré-Rivière")
        client.mobile_phone = "07 70 80 90 10"
        client.search_phones = phone_digits(client.mobile_phone)
    queries = CaseQueries(people)
    assert _found(queries, "helene lefevre") == set()
    assert _found(queries, "pre-riv helene") == {helene}
    assert _found(queries, "06 12 34 56") == set()
    assert _found(queries, "70 80 90") == {helene}
    _check(people, ("lefevre", "dupre", "riviere", "hel", "0612", "7080", *NAMES_TYPED))
    _index_agrees_with_clients(people)


def test_a_deleted_client_is_no_longer_found(people: Database) -> None:
    """On SQLite a deleted last row's id is given again to the next one: the new client
    must not be found by the deleted one's name."""
    with people.transaction() as session:
        session.add(_person(900, "Zorglub", "Quux", "06 01 01 01 01", None))
    with people.transaction() as session:
        session.delete(session.scalars(select(Client).where(Client.last_name == "Quux")).one())
    _add_people(people, (("Bérénice", "Vasseur", "06 02 02 02 02", None),))
    queries = CaseQueries(people)
    assert _found(queries, "zorglub") == set()
    assert _found(queries, "quux") == set()
    assert _found(queries, "06 01 01 01") == set()
    assert _found(queries, "berenice") == {_case_of(people, "Vasseur")}
    _index_agrees_with_clients(people)


def test_demonstration_data_leaves_a_complete_index(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bulk load (index suspended, then built whole), then a small addition (the index
    kept row by row): every client is found by its name and by its phone."""
    monkeypatch.setattr(demo_data, "INDEX_REBUILD_THRESHOLD", 1)
    generate_demo_data(database, 60, today=TODAY, batch_size=25, workers=0)
    generate_demo_data(database, 12, seed=7, today=TODAY, batch_size=25, workers=0)
    truth = _truth(database)
    assert len(truth) == 72
    queries = CaseQueries(database)
    for row in truth:
        assert row.case_id in _found(queries, row.search_name), row
        assert row.case_id in _found(queries, row.phones.split()[0]), row
    _check(database, ("lef", "helene", "mar tin", "ene", "06 1", "06 12"))
    _index_agrees_with_clients(database)


# --- migrations ---------------------------------------------------------------------


def _migrate(database: Database, revision: str, *, down: bool = False) -> None:
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _search_index_migration(database: Database, *, up: bool) -> None:
    run_alone(database, "0004_search_index", up=up)


def test_the_upgrade_indexes_the_clients_already_there(database: Database) -> None:
    _search_index_migration(database, up=False)
    _add_people(database, PEOPLE)
    _search_index_migration(database, up=True)
    helene = _case_of(database, "Lefèvre")
    queries = CaseQueries(database)
    assert _found(queries, "helene lefevre") == {helene}
    assert _found(queries, "06 12 34 56") == {helene}
    _check(database, NAMES_TYPED + PHONES_TYPED)
    _index_agrees_with_clients(database)
    # ... and keeps them indexed from then on.
    _add_people(database, (("Maëlle", "Kergoët", "06 03 03 03 03", None),))
    assert _found(queries, "maelle kergoet") == {_case_of(database, "Kergoët")}


def test_the_downgrade_removes_the_index_and_search_still_works(database: Database) -> None:
    _add_people(database, PEOPLE)
    _search_index_migration(database, up=False)
    _check(database, NAMES_TYPED[:6] + PHONES_TYPED[:3])
    _search_index_migration(database, up=True)
    _check(database, NAMES_TYPED[:6] + PHONES_TYPED[:3])


@pytest.fixture
def no_search_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped migrations, on a backend that cannot have the search index: an SQLite
    without the trigram tokenizer, a PostgreSQL without pg_trgm."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrations_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    script = copy / "versions" / "0004_search_index.py"
    source = script.read_text()
    for real, missing in (
        ("tokenize='trigram", "tokenize='no_such_tokenizer"),
        ("EXISTS pg_trgm", "EXISTS no_such_extension"),
    ):
        assert source.count(real) == 1
        source = source.replace(real, missing)
    script.write_text(source)
    monkeypatch.setattr(migrate, "migrations_dir", lambda: copy)


def test_without_the_index_the_migration_warns_and_search_still_works(
    no_search_index: None,
    database_url: str,
    backup_dir: Path,
    caplog: pytest.LogCaptureFixture,
    strategy: str,
) -> None:
    with caplog.at_level(logging.WARNING):
        database, report = open_database(database_url, backup_dir)
    try:
        assert report.current_revision == head_revision()
        assert any("no search index" in record.getMessage() for record in caplog.records)
        with database.transaction() as session:  # demonstration data is written below
            claim_for_demonstration(database, session)
        _add_people(database, PEOPLE)
        _check(database, NAMES_TYPED + PHONES_TYPED + SYNTAX_TYPED)
        # Demonstration data and an upgrade's downgrade need no index either.
        generate_demo_data(database, 5, today=TODAY, workers=0)
        _migrate(database, BEFORE_SEARCH_INDEX, down=True)
    finally:
        database.dispose()
