"""Accounts that sign in (password hash, lockout, directory accounts) and the access log.

The access log is append-only: triggers refuse UPDATE and DELETE (SQLite and
PostgreSQL), as for the journal and the audit trail.

Revision ID: 0005_accounts_and_access_log
Revises: 0004_search_index
Create Date: 2026-12-03 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_accounts_and_access_log"
down_revision: str | None = "0004_search_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of application constants: a migration must not change when the code does.
AUTH_SOURCES = ("local", "directory")
TABLE = "access_log"


def upgrade() -> None:
    # Plain ADD COLUMN on both backends (SQLite takes it with a constant default): a
    # batch copy would drop and rebuild a table that every case refers to.
    for column in (
        sa.Column(
            "auth_source",
            sa.Enum(*AUTH_SOURCES, name="authsource", native_enum=False, length=32),
            nullable=False,
            server_default="local",
        ),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
        sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
    ):
        op.add_column("officers", column)
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("machine", sa.String(length=255), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_access_log_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_access_log_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_access_log_officer_id_officers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_access_log")),
        sa.UniqueConstraint("uuid", name=op.f("uq_access_log_uuid")),
    )
    op.create_index("ix_access_log_client_time", TABLE, ["client_id", "occurred_at"])
    op.create_index("ix_access_log_officer_time", TABLE, ["officer_id", "occurred_at"])
    _create_append_only_triggers()


def _create_append_only_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {TABLE}_no_{action.lower()} BEFORE {action} ON {TABLE} "
                f"BEGIN SELECT RAISE(ABORT, '{TABLE} is append-only'); END"
            )
        return
    op.execute(
        f"CREATE FUNCTION {TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN RAISE EXCEPTION '{TABLE} is append-only'; END $$"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_no_{action}")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE}")
        op.execute(f"DROP FUNCTION IF EXISTS {TABLE}_append_only()")
    op.drop_index("ix_access_log_officer_time", table_name=TABLE)
    op.drop_index("ix_access_log_client_time", table_name=TABLE)
    op.drop_table(TABLE)
    # Plain DROP COLUMN (SQLite 3.35 and later): no rebuild of a table cases refer to.
    for column in (
        "locked_until",
        "failed_sign_ins",
        "must_change_password",
        "password_changed_at",
        "password_hash",
        "auth_source",
    ):
        op.execute(f"ALTER TABLE officers DROP COLUMN {column}")
