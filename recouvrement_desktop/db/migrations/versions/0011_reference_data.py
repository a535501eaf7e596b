"""Reference data an administrator imports (usury thresholds, legal interest rate, RSA,
seizable-portion scale): each import kept whole, newest first per kind, overriding the
files shipped with the application. A new, empty table: no record digest changes.

Revision ID: 0011_reference_data
Revises: 0010_export_log
Create Date: 2026-12-03 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_reference_data"
down_revision: str | None = "0010_export_log"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of application constants: a migration must not change when the code does.
TABLE = "reference_data_imports"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["officers.id"],
            name=op.f("fk_reference_data_imports_officer_id_officers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_data_imports")),
        sa.UniqueConstraint("uuid", name=op.f("uq_reference_data_imports_uuid")),
    )
    op.create_index("ix_reference_data_imports_kind", TABLE, ["kind", "id"])


def downgrade() -> None:
    op.drop_index("ix_reference_data_imports_kind", table_name=TABLE)
    op.drop_table(TABLE)
