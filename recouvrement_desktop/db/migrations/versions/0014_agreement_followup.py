"""The follow-up of agreements on cases: the day an agreement of the case went into
default (its oldest missed instalment), and the next day an instalment may be missed
(the daily follow-up reads only the cases due a check). Two nullable, indexed columns:
empty columns leave every record's digest as it was, so the audit chain holds.

Revision ID: 0014_agreement_followup
Revises: 0013_overindebtedness_ficp
Create Date: 2026-12-03 19:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_agreement_followup"
down_revision: str | None = "0013_overindebtedness_ficp"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


IN_DEFAULT = "agreement_default_since IS NOT NULL"


def upgrade() -> None:
    op.add_column("cases", sa.Column("agreement_default_since", sa.Date(), nullable=True))
    op.add_column("cases", sa.Column("agreement_check_on", sa.Date(), nullable=True))
    # Partial: the few cases in default, in the day's order (amount at risk), so that
    # the queue's filter walks them alone instead of every case's arrears.
    op.create_index(
        "ix_cases_agreement_default",
        "cases",
        ["total_arrears", "id"],
        unique=False,
        sqlite_where=sa.text(IN_DEFAULT),
        postgresql_where=sa.text(IN_DEFAULT),
    )
    op.create_index("ix_cases_agreement_check", "cases", ["agreement_check_on"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cases_agreement_check", table_name="cases")
    op.drop_index("ix_cases_agreement_default", table_name="cases")
    # Plain DROP COLUMN (SQLite 3.35 and later): no rebuild of tables others refer to.
    op.execute("ALTER TABLE cases DROP COLUMN agreement_check_on")
    op.execute("ALTER TABLE cases DROP COLUMN agreement_default_since")
