"""Payments from the bank's statements: one row per credit read from a camt.053/054
statement or a plain CSV of payments, kept matched, to allocate or reversed.

A new, empty table: no existing record changes, so no record digest either (the table is
covered by the audit chain from its first row on).

Revision ID: 0009_bank_payments
Revises: 0008_portfolio_imports
Create Date: 2026-12-03 16:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_bank_payments"
down_revision: str | None = "0008_portfolio_imports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of application constants: a migration must not change when the code does.
TABLE = "bank_entries"
STATUSES = ("matched", "unmatched", "reversed", "reversal")


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("booked_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("debtor_name", sa.String(length=140), nullable=True),
        sa.Column("remittance", sa.Text(), nullable=True),
        sa.Column("end_to_end_id", sa.String(length=35), nullable=True),
        sa.Column("creditor_reference", sa.String(length=35), nullable=True),
        sa.Column(
            "status",
            sa.Enum(*STATUSES, name="bankentrystatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("reason", sa.String(length=16), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("journal_entry_id", sa.Integer(), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("allocation", sa.JSON(), nullable=True),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("allocated_by_id", sa.Integer(), nullable=True),
        sa.Column("allocated_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_bank_entries_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["journal_entry_id"],
            ["journal_entries.id"],
            name=op.f("fk_bank_entries_journal_entry_id_journal_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"], ["bank_entries.id"], name=op.f("fk_bank_entries_reverses_id_bank_entries")
        ),
        sa.ForeignKeyConstraint(
            ["imported_by_id"],
            ["officers.id"],
            name=op.f("fk_bank_entries_imported_by_id_officers"),
        ),
        sa.ForeignKeyConstraint(
            ["allocated_by_id"],
            ["officers.id"],
            name=op.f("fk_bank_entries_allocated_by_id_officers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bank_entries")),
        sa.UniqueConstraint("reference", name=op.f("uq_bank_entries_reference")),
        sa.UniqueConstraint("uuid", name=op.f("uq_bank_entries_uuid")),
    )
    op.create_index(op.f("ix_bank_entries_status"), TABLE, ["status"])
    op.create_index(op.f("ix_bank_entries_case_id"), TABLE, ["case_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_bank_entries_case_id"), table_name=TABLE)
    op.drop_index(op.f("ix_bank_entries_status"), table_name=TABLE)
    op.drop_table(TABLE)
