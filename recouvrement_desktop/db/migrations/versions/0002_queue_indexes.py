"""Work queue indexes: every order and common filter of the case list walks an index.

Revision ID: 0002_queue_indexes
Revises: 0001_initial
Create Date: 2026-11-28 13:05:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_queue_indexes"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of the indexes of this revision: name, table, columns.
INDEXES = (
    ("ix_cases_arrears", "cases", ["total_arrears", "id"]),
    ("ix_cases_stage_arrears", "cases", ["stage", "total_arrears", "id"]),
    ("ix_cases_officer_arrears", "cases", ["officer_id", "total_arrears", "id"]),
    ("ix_cases_days_past_due", "cases", ["days_past_due", "total_arrears", "id"]),
    ("ix_cases_last_contact", "cases", ["last_contact_at", "id"]),
    ("ix_cases_next_action", "cases", ["next_action_date", "id"]),
    ("ix_clients_search_phones", "clients", ["search_phones"]),
)
# Replaced by ix_cases_next_action: the queue no longer orders by (date, amount).
OLD_QUEUE_INDEX = ("ix_cases_queue", "cases", ["next_action_date", "total_arrears"])


def upgrade() -> None:
    # Plain CREATE INDEX on both backends: no table copy is needed, even on SQLite.
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)
    name, table, _columns = OLD_QUEUE_INDEX
    op.drop_index(name, table_name=table)


def downgrade() -> None:
    name, table, columns = OLD_QUEUE_INDEX
    op.create_index(name, table, columns, unique=False)
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
