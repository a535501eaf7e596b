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


INDEXES = (
    ("ix_cases_agreement_default", ["agreement_default_since", "id"]),
    ("ix_cases_agreement_check", ["agreement_check_on"]),
)


def upgrade() -> None:
    op.add_column("cases", sa.Column("agreement_default_since", sa.Date(), nullable=True))
    op.add_column("cases", sa.Column("agreement_check_on", sa.Date(), nullable=True))
    for name, columns in INDEXES:
        op.create_index(name, "cases", columns, unique=False)


def downgrade() -> None:
    for name, _columns in INDEXES:
        op.drop_index(name, table_name="cases")
    # Plain DROP COLUMN (SQLite 3.35 and later): no rebuild of tables others refer to.
    op.execute("ALTER TABLE cases DROP COLUMN agreement_check_on")
    op.execute("ALTER TABLE cases DROP COLUMN agreement_default_since")
