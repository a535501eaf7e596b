"""What a database is for: a demonstration database carries a mark, written when the
demonstration data creates it, so that nothing meant for demonstrations (replacing the
file, adding the demonstration accounts) ever touches a bank's real database.

A database that already holds demonstration data (its audit trail records the
generation) is marked here.

Revision ID: 0006_database_marks
Revises: 0005_accounts_and_access_log
Create Date: 2026-12-03 13:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_database_marks"
down_revision: str | None = "0005_accounts_and_access_log"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of application constants: a migration must not change when the code does.
TABLE = "database_marks"
PURPOSE, DEMONSTRATION = "purpose", "demonstration"
GENERATED = "demo_data.generated"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_database_marks")),
    )
    op.execute(
        sa.text(
            f"INSERT INTO {TABLE} (name, value) SELECT :name, :value "
            "WHERE EXISTS (SELECT 1 FROM audit_events WHERE action = :generated)"
        ).bindparams(name=PURPOSE, value=DEMONSTRATION, generated=GENERATED)
    )


def downgrade() -> None:
    op.drop_table(TABLE)
