"""A contract's parties and securities: its rate type, co-borrowers, guarantees and
guarantors, and the SEPA direct-debit mandate its instalments are collected under.

Every column starts empty: a record's digest leaves empty columns out, so every loan the
audit chain covers keeps its digest and the chain stays intact. An empty rate type reads
as fixed (the standard layout's default); the next import of the bank's extract fills
the columns it carries, covered.

Revision ID: 0016_loan_parties
Revises: 0015_fees_penalties_split
Create Date: 2026-12-03 19:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_loan_parties"
down_revision: str | None = "0015_fees_penalties_split"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of application constants: a migration must not change when the code does.
COLUMNS = (
    ("rate_type", 32),
    ("co_borrowers", 200),
    ("guarantee", 200),
    ("guarantors", 200),
    ("sepa_mandate_reference", 35),
)


def upgrade() -> None:
    for name, length in COLUMNS:
        op.add_column("loans", sa.Column(name, sa.String(length=length), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35 and later): no rebuild of tables others refer to.
    for name, _length in reversed(COLUMNS):
        op.execute(f"ALTER TABLE loans DROP COLUMN {name}")
