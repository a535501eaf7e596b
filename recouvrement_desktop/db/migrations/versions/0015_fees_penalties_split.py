"""A loan's fees and its penalties become two columns: French consumer-credit law treats
them differently (C. consom. L312-39, D312-16: after a default the lender may claim an
indemnity capped at 8 % of the capital due, and no other fees).

``fees_and_penalties`` is renamed ``penalties`` and keeps its amounts; ``fees`` is added,
zero. Why the combined amounts go to ``penalties``:

- the engine has always treated the combined field as its *penalties* component
  (``services/simulation.py`` passed it as ``penalties``), and the agreements, the
  letters and the call scripts showed it as one amount claimed after the default;
- the portfolio import summed the file's ``fees`` and ``penalties`` columns into it, and
  the demonstration data filled it with a flat charge plus 8 € per unpaid instalment:
  the stored sum cannot be split back honestly;
- put into ``fees`` it would silently vanish from every consumer-credit debt (fees are
  not claimable after a default); kept as ``penalties`` it stays claimable and meets the
  indemnity's cap check, which tells the officer when it is too high.

A bank's next portfolio import brings each contract's true split (its extract has both
columns); the demonstration data writes them apart from now on.

The audit chain: every loan's record digest reads the column ``penalties`` under its old
name and leaves out a zero ``fees`` (``db/record_digest.py``), so a loan stored before
keeps its digest and the chain stays intact without covering the records again.

Revision ID: 0015_fees_penalties_split
Revises: 0014_agreement_followup
Create Date: 2026-12-03 19:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_fees_penalties_split"
down_revision: str | None = "0014_agreement_followup"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # RENAME COLUMN: SQLite 3.25 and later, PostgreSQL; no rebuild of the table.
    op.execute("ALTER TABLE loans RENAME COLUMN fees_and_penalties TO penalties")
    op.add_column(
        "loans", sa.Column("fees", sa.BigInteger(), nullable=False, server_default="0")
    )


def downgrade() -> None:
    # The two amounts are summed back into the one field they were before the split.
    op.execute("UPDATE loans SET penalties = penalties + fees")
    op.execute("ALTER TABLE loans DROP COLUMN fees")
    op.execute("ALTER TABLE loans RENAME COLUMN penalties TO fees_and_penalties")
