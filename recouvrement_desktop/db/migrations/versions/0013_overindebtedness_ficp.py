"""Overindebtedness files (one row per status of a case's file before the Banque de
France commission) and FICP registrations of a client. Two new tables covered by the
audit chain; no existing record changes, so every digest stays as it was.

Revision ID: 0013_overindebtedness_ficp
Revises: 0012_loan_first_unpaid
Create Date: 2026-12-03 17:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_overindebtedness_ficp"
down_revision: str | None = "0012_loan_first_unpaid"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FILES = "overindebtedness_files"
FICP = "ficp_registrations"


def upgrade() -> None:
    op.create_table(
        FILES,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_overindebtedness_files_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["officers.id"],
            name=op.f("fk_overindebtedness_files_recorded_by_id_officers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_overindebtedness_files")),
        sa.UniqueConstraint("uuid", name=op.f("uq_overindebtedness_files_uuid")),
    )
    op.create_index("ix_overindebtedness_files_case", FILES, ["case_id", "id"])
    op.create_table(
        FICP,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("incident", sa.Text(), nullable=False),
        sa.Column("removed_on", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_ficp_registrations_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["officers.id"],
            name=op.f("fk_ficp_registrations_recorded_by_id_officers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ficp_registrations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ficp_registrations_uuid")),
    )
    op.create_index("ix_ficp_registrations_client", FICP, ["client_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_ficp_registrations_client", table_name=FICP)
    op.drop_table(FICP)
    op.drop_index("ix_overindebtedness_files_case", table_name=FILES)
    op.drop_table(FILES)
