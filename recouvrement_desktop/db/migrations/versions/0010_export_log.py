"""The export log: each file of outcomes or of an agreement's schedule handed to the
core banking system (kind, window, scope, rows, file digest, who, when), so that exports
are incremental (``--since-last``) and can be traced.

Revision ID: 0010_export_log
Revises: 0009_bank_payments
Create Date: 2026-12-03 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_export_log"
down_revision: str | None = "0009_bank_payments"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "export_log"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("subject", sa.String(length=64), nullable=True),
        sa.Column("branch", sa.String(length=200), nullable=True),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_export_log_officer_id_officers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
        sa.UniqueConstraint("uuid", name=op.f("uq_export_log_uuid")),
    )
    op.create_index("ix_export_log_kind_time", TABLE, ["kind", "exported_at"])


def downgrade() -> None:
    op.drop_index("ix_export_log_kind_time", table_name=TABLE)
    op.drop_table(TABLE)
