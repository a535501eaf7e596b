"""Legal deadlines: a contract's first unregularised unpaid instalment, and a case's
nearest forclusion date (the queue filters and orders by it, through its index).

Both columns start empty: a record's digest leaves empty columns out, so every record
the audit chain covers keeps its digest and the chain stays intact. Rows stored before
keep no date; the services derive one from the days past due until the next import or
the start-up refresh (``services/legal_deadlines.py``) fills them, covered.

Revision ID: 0012_loan_first_unpaid
Revises: 0011_reference_data
Create Date: 2026-12-03 16:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_loan_first_unpaid"
down_revision: str | None = "0011_reference_data"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = ("ix_cases_forclusion", "cases", ["forclusion_date", "id"])


def upgrade() -> None:
    op.add_column("loans", sa.Column("first_unpaid_date", sa.Date(), nullable=True))
    op.add_column("cases", sa.Column("forclusion_date", sa.Date(), nullable=True))
    name, table, columns = INDEX
    op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    name, table, _columns = INDEX
    op.drop_index(name, table_name=table)
    # Plain DROP COLUMN (SQLite 3.35 and later): no rebuild of tables others refer to.
    op.execute("ALTER TABLE cases DROP COLUMN forclusion_date")
    op.execute("ALTER TABLE loans DROP COLUMN first_unpaid_date")
