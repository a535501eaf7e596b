"""The audit chain is keyed and covers records: the database gets its own identifier
(the name of its audit key in the keystore), the sequence from which links are HMACs,
and a pending baseline — the first write after this migration covers every record that
exists already, since a migration has no access to the keystore.

Revision ID: 0007_keyed_audit_chain
Revises: 0006_database_marks
Create Date: 2026-12-03 15:00:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_keyed_audit_chain"
down_revision: str | None = "0006_database_marks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of application constants: a migration must not change when the code does.
DATABASE_ID, KEYED_FROM, BASELINE = "database_id", "audit_keyed_from", "audit_baseline"


def upgrade() -> None:
    head = op.get_bind().execute(sa.text("SELECT sequence FROM audit_chain_head")).scalar()
    marks = sa.table("database_marks", sa.column("name", sa.String()), sa.column("value", sa.String()))
    op.bulk_insert(
        marks,
        [
            {"name": DATABASE_ID, "value": uuid.uuid4().hex},
            {"name": KEYED_FROM, "value": str(int(head or 0) + 1)},
            {"name": BASELINE, "value": "pending"},
        ],
    )


def downgrade() -> None:
    op.execute(
        sa.text("DELETE FROM database_marks WHERE name IN (:a, :b, :c)").bindparams(
            a=DATABASE_ID, b=KEYED_FROM, c=BASELINE
        )
    )
