"""Repayment agreements: immutable snapshot, sealed PDF and its SHA-256, approval.

Triggers refuse any change to the snapshot, any change to the PDF or its SHA-256 once
written, and any delete (SQLite and PostgreSQL).

Revision ID: 0003_agreements
Revises: 0002_queue_indexes
Create Date: 2026-11-28 13:42:11
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_agreements"
down_revision: str | None = "0002_queue_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of application constants: a migration must not change when the code does.
STATES = ("pending_approval", "rejected", "awaiting_countersignature", "signed")
CHANNELS = ("phone", "branch", "letter", "email", "sms")
SEALED_MESSAGE = "agreements: the snapshot and the sealed PDF never change"
DELETE_MESSAGE = "agreements are never deleted"


def upgrade() -> None:
    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("client_name", sa.String(length=200), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(*STATES, name="agreementstate", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "channel",
            sa.Enum(*CHANNELS, name="channel", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("journal_entry_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("countersigned_on", sa.Date(), nullable=True),
        sa.Column("countersignature_scan", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_agreements_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["officers.id"], name=op.f("fk_agreements_decided_by_id_officers")
        ),
        sa.ForeignKeyConstraint(
            ["journal_entry_id"],
            ["journal_entries.id"],
            name=op.f("fk_agreements_journal_entry_id_journal_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_agreements_officer_id_officers")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["journal_entries.id"],
            name=op.f("fk_agreements_session_id_journal_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
        sa.UniqueConstraint("pdf_sha256", name=op.f("uq_agreements_pdf_sha256")),
        sa.UniqueConstraint("reference", name=op.f("uq_agreements_reference")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agreements_uuid")),
    )
    op.create_index("ix_agreements_case_id", "agreements", ["case_id"], unique=False)
    _create_triggers()


def _create_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER agreements_sealed BEFORE UPDATE ON agreements "
            "WHEN NEW.snapshot IS NOT OLD.snapshot OR (OLD.pdf IS NOT NULL AND "
            "(NEW.pdf IS NOT OLD.pdf OR NEW.pdf_sha256 IS NOT OLD.pdf_sha256)) "
            f"BEGIN SELECT RAISE(ABORT, '{SEALED_MESSAGE}'); END"
        )
        op.execute(
            "CREATE TRIGGER agreements_no_delete BEFORE DELETE ON agreements "
            f"BEGIN SELECT RAISE(ABORT, '{DELETE_MESSAGE}'); END"
        )
        return
    op.execute(
        "CREATE FUNCTION agreements_sealed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF TG_OP = 'DELETE' THEN RAISE EXCEPTION '{DELETE_MESSAGE}'; END IF; "
        "IF NEW.snapshot::text IS DISTINCT FROM OLD.snapshot::text OR (OLD.pdf IS NOT NULL "
        "AND (NEW.pdf IS DISTINCT FROM OLD.pdf OR NEW.pdf_sha256 IS DISTINCT FROM "
        f"OLD.pdf_sha256)) THEN RAISE EXCEPTION '{SEALED_MESSAGE}'; END IF; "
        "RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER agreements_sealed BEFORE UPDATE OR DELETE ON agreements "
        "FOR EACH ROW EXECUTE FUNCTION agreements_sealed()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS agreements_sealed")
        op.execute("DROP TRIGGER IF EXISTS agreements_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS agreements_sealed ON agreements")
        op.execute("DROP FUNCTION IF EXISTS agreements_sealed()")
    op.drop_index("ix_agreements_case_id", table_name="agreements")
    op.drop_table("agreements")
