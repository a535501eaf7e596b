"""The import log, and contracts that left the bank's extract: each portfolio file
imported is logged with its SHA-256 (the same file is not imported twice), and a
contract a later full extract no longer holds gets the day it left (never deleted).

Revision ID: 0008_portfolio_imports
Revises: 0007_keyed_audit_chain
Create Date: 2026-12-03 17:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_portfolio_imports"
down_revision: str | None = "0007_keyed_audit_chain"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "portfolio_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("full_snapshot", sa.Boolean(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_portfolio_imports_officer_id_officers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portfolio_imports")),
        sa.UniqueConstraint("uuid", name=op.f("uq_portfolio_imports_uuid")),
    )
    op.create_index(
        op.f("ix_portfolio_imports_sha256"), "portfolio_imports", ["sha256"], unique=False
    )
    # A nullable column: the audit digests of existing loans stay as they were.
    with op.batch_alter_table("loans") as batch:
        batch.add_column(sa.Column("left_extract_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("loans") as batch:
        batch.drop_column("left_extract_on")
    op.drop_index(op.f("ix_portfolio_imports_sha256"), table_name="portfolio_imports")
    op.drop_table("portfolio_imports")
