"""The retention job may remove a sealed agreement's PDF, once, and nothing else.

``agreements.pdf_removed_on`` (a date, empty until then) says when. The sealing trigger
(0003) now lets exactly one change through on a sealed agreement: its PDF bytes set to
NULL together with ``pdf_removed_on`` set, on a row whose PDF was never removed. The
PDF's SHA-256 stays, so the archive still proves which file was signed (a copy the
client kept still verifies); the snapshot, the hash and the date never change, and a
removed PDF never comes back. Every other rule of 0003 holds (no delete, no other edit
of the snapshot, the PDF or its hash).

The new column starts empty: a record's digest leaves empty columns out, so every
agreement the audit chain covers keeps its digest.

Downgrade: the old trigger cannot keep a removed PDF removed (it would let a PDF be
written again under the kept hash), and dropping the column would lose the date, so
the downgrade is refused while any PDF was removed.

Revision ID: 0017_agreement_pdf_removal
Revises: 0016_loan_parties
Create Date: 2026-12-03 20:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_agreement_pdf_removal"
down_revision: str | None = "0016_loan_parties"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies (0003's): a migration must not change when the code does.
SEALED_MESSAGE = "agreements: the snapshot and the sealed PDF never change"
DELETE_MESSAGE = "agreements are never deleted"

# The one change allowed to a sealed PDF: removed (NULL) with its date, once.
_REMOVAL = (
    "(OLD.pdf IS NOT NULL AND NEW.pdf IS NULL AND OLD.pdf_removed_on IS NULL "
    "AND NEW.pdf_removed_on IS NOT NULL)"
)


def _refused(differs: str) -> str:
    """The condition refusing an update; *differs* is the dialect's null-safe "≠"."""
    return (
        f"NEW.snapshot{differs}OLD.snapshot "
        # The hash stays once a PDF was written (removed or not).
        f"OR ((OLD.pdf IS NOT NULL OR OLD.pdf_removed_on IS NOT NULL) "
        f"AND NEW.pdf_sha256{differs}OLD.pdf_sha256) "
        # The PDF: only the removal.
        f"OR (OLD.pdf IS NOT NULL AND NEW.pdf{differs}OLD.pdf AND NOT {_REMOVAL}) "
        # The date: set only by the removal, never changed after.
        f"OR (NEW.pdf_removed_on{differs}OLD.pdf_removed_on AND NOT {_REMOVAL}) "
        # A removed PDF never comes back.
        "OR (OLD.pdf_removed_on IS NOT NULL AND NEW.pdf IS NOT NULL)"
    )


def upgrade() -> None:
    op.add_column("agreements", sa.Column("pdf_removed_on", sa.Date(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS agreements_sealed")
        op.execute(
            "CREATE TRIGGER agreements_sealed BEFORE UPDATE ON agreements "
            f"WHEN {_refused(' IS NOT ')} "
            f"BEGIN SELECT RAISE(ABORT, '{SEALED_MESSAGE}'); END"
        )
        return
    refused = _refused(" IS DISTINCT FROM ").replace(
        "NEW.snapshot IS DISTINCT FROM OLD.snapshot",
        "NEW.snapshot::text IS DISTINCT FROM OLD.snapshot::text",
    )
    op.execute(
        "CREATE OR REPLACE FUNCTION agreements_sealed() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN "
        f"IF TG_OP = 'DELETE' THEN RAISE EXCEPTION '{DELETE_MESSAGE}'; END IF; "
        f"IF {refused} THEN RAISE EXCEPTION '{SEALED_MESSAGE}'; END IF; "
        "RETURN NEW; END $$"
    )


def downgrade() -> None:
    bind = op.get_bind()
    removed = bind.execute(
        sa.text("SELECT count(*) FROM agreements WHERE pdf_removed_on IS NOT NULL")
    ).scalar_one()
    if removed:
        raise RuntimeError(
            f"{removed} agreement PDF(s) were removed by the retention policy: the "
            "schema before 0017 cannot keep them removed; restore a backup instead."
        )
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS agreements_sealed")
        op.execute(
            "CREATE TRIGGER agreements_sealed BEFORE UPDATE ON agreements "
            "WHEN NEW.snapshot IS NOT OLD.snapshot OR (OLD.pdf IS NOT NULL AND "
            "(NEW.pdf IS NOT OLD.pdf OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256)) "
            f"BEGIN SELECT RAISE(ABORT, '{SEALED_MESSAGE}'); END"
        )
    else:
        op.execute(
            "CREATE OR REPLACE FUNCTION agreements_sealed() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN "
            f"IF TG_OP = 'DELETE' THEN RAISE EXCEPTION '{DELETE_MESSAGE}'; END IF; "
            "IF NEW.snapshot::text IS DISTINCT FROM OLD.snapshot::text OR (OLD.pdf IS NOT NULL "
            "AND (NEW.pdf IS DISTINCT FROM OLD.pdf OR NEW.pdf_sha256 IS DISTINCT FROM "
            f"OLD.pdf_sha256)) THEN RAISE EXCEPTION '{SEALED_MESSAGE}'; END IF; "
            "RETURN NEW; END $$"
        )
    # Plain DROP COLUMN (SQLite 3.35 and later): no rebuild of a table others refer to.
    op.execute("ALTER TABLE agreements DROP COLUMN pdf_removed_on")
