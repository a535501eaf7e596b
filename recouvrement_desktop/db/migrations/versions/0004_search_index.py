"""Search index of client names and phone numbers: words found anywhere in a name.

SQLite: an FTS5 table with the trigram tokenizer over ``clients.search_name`` and
``clients.search_phones`` (external content: it stores only the index, its rowid is the
client's id), kept in step by triggers on ``clients``. PostgreSQL: trigram GIN indexes
(``pg_trgm``) on the same columns, which serve ``LIKE '%word%'`` as they stand.

Where the backend cannot have it (an SQLite without FTS5's trigram tokenizer, a
PostgreSQL where ``pg_trgm`` cannot be created) the migration logs a warning and goes on
without: search then reads every client, as before, with the same results.

Revision ID: 0004_search_index
Revises: 0003_agreements
Create Date: 2026-11-28 15:20:00
"""

import logging
from collections.abc import Sequence

from alembic import op
from sqlalchemy.exc import DBAPIError

revision: str = "0004_search_index"
down_revision: str | None = "0003_agreements"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

logger = logging.getLogger(__name__)

# Frozen copies of application constants: a migration must not change when the code does.
FTS_TABLE = "clients_search"
FTS_COLUMNS = ("search_name", "search_phones")
TRIGRAM_INDEXES = (
    ("ix_clients_search_name_trgm", "search_name"),
    ("ix_clients_search_phones_trgm", "search_phones"),
)

_COLUMNS = ", ".join(FTS_COLUMNS)
_NEW = ", ".join(f"new.{column}" for column in FTS_COLUMNS)
_OLD = ", ".join(f"old.{column}" for column in FTS_COLUMNS)
_ADD = f"INSERT INTO {FTS_TABLE}(rowid, {_COLUMNS}) VALUES (new.id, {_NEW});"
# An external-content table forgets a row when told the values it indexed for it.
_REMOVE = (
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, {_COLUMNS}) VALUES ('delete', old.id, {_OLD});"
)
SQLITE_TRIGGERS = (
    f"CREATE TRIGGER {FTS_TABLE}_insert AFTER INSERT ON clients BEGIN {_ADD} END",
    f"CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON clients BEGIN {_REMOVE} END",
    f"CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF id, {_COLUMNS} ON clients "
    f"BEGIN {_REMOVE} {_ADD} END",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_index()
    else:
        _create_postgresql_indexes()


def _create_sqlite_index() -> None:
    bind = op.get_bind()
    try:
        # In a savepoint: an SQLite built without FTS5 or its trigram tokenizer (before
        # 3.34) refuses the table, and the rest of the upgrade must go on without it.
        with bind.begin_nested():
            bind.exec_driver_sql(
                f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({_COLUMNS}, content='clients', "
                "content_rowid='id', tokenize='trigram case_sensitive 1', columnsize=0)"
            )
            for trigger in SQLITE_TRIGGERS:
                bind.exec_driver_sql(trigger)
            bind.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    except DBAPIError as error:
        logger.warning("no search index: this SQLite cannot create it (%s)", error.orig)


def _create_postgresql_indexes() -> None:
    bind = op.get_bind()
    try:
        # pg_trgm is trusted since PostgreSQL 13: the database's owner may create it. In a
        # savepoint: without the extension (or the right to create it, or its operator
        # class on the search path) the rest of the upgrade must go on without the index.
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            for name, column in TRIGRAM_INDEXES:
                bind.exec_driver_sql(
                    f"CREATE INDEX {name} ON clients USING gin ({column} gin_trgm_ops)"
                )
    except DBAPIError as error:
        logger.warning("no search index: cannot use the pg_trgm extension (%s)", error.orig)


def downgrade() -> None:
    # What the upgrade could not create is not there: IF EXISTS everywhere. The pg_trgm
    # extension stays: it may have been there before, or serve other objects.
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    else:
        for name, _column in TRIGRAM_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
