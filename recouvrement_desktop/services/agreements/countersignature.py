"""The client's countersigned paper comes back: an agreement made by phone completes.

The paper may come with its scan (PDF, PNG or JPEG, recognised by its first bytes, at
most ``MAX_SCAN_BYTES``), kept beside the agreement, its SHA-256 in the audit event.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Final

from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.recovery import AgreementState, JournalKind
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.services.agreements.archive import AgreementView, agreement_view
from recouvrement_desktop.services.agreements.errors import AgreementError, ScanError
from recouvrement_desktop.services.journal import locked_case, new_entry, require_officer
from recouvrement_desktop.services.legal_deadlines import refresh_cases
from recouvrement_desktop.services.permissions import authorize_case
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = [
    "MAX_SCAN_BYTES",
    "SCAN_TYPES",
    "check_scan_size",
    "record_countersignature",
    "scan_type",
]

#: Largest scan of a countersigned paper kept in the database (stored inline with the
#: agreement): a few pages scanned at 300 dpi weigh 1 to 5 MB; 20 MB leaves room for a
#: colour scan while refusing a wrong file (a video, an archive) that would bloat the
#: database and every backup of it.
MAX_SCAN_BYTES: Final = 20 * 1024 * 1024
#: The scans accepted, recognised by their first bytes (not by the file name).
SCAN_TYPES: Final = {
    b"%PDF-": "application/pdf",
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
}


def check_scan_size(size: int) -> None:
    """``ScanError`` unless a scan of *size* bytes may be kept (before reading it)."""
    if size <= 0:
        raise ScanError(QT_TRANSLATE_NOOP("Agreements", "The scan is an empty file."))
    if size > MAX_SCAN_BYTES:
        raise ScanError(
            QT_TRANSLATE_NOOP("Agreements", "The scan is larger than {limit} MB."),
            limit=MAX_SCAN_BYTES // (1024 * 1024),
        )


def scan_type(scan: bytes) -> str:
    """The media type of a scan of the countersigned paper; ``ScanError`` if refused."""
    check_scan_size(len(scan))
    for magic, media_type in SCAN_TYPES.items():
        if scan.startswith(magic):
            return media_type
    raise ScanError(QT_TRANSLATE_NOOP("Agreements", "The scan must be a PDF, PNG or JPEG file."))


def record_countersignature(
    database: Database,
    officer: Identity | None,
    agreement_id: int,
    returned_on: date,
    scan: bytes | None = None,
    *,
    today: date | None = None,
) -> AgreementView:
    """The client's countersigned paper came back: the agreement is complete.

    *scan*, the paper scanned (PDF, PNG or JPEG), is kept with the agreement; its
    SHA-256, type and size go into the audit event.
    """
    acting = require_officer(officer, AgreementError)
    media_type = None if scan is None else scan_type(scan)
    if returned_on > (today or date.today()):
        raise AgreementError(
            QT_TRANSLATE_NOOP("Agreements", "The return date cannot be in the future.")
        )
    with database.session() as session:
        found = session.get(Agreement, agreement_id)
        case_id = found.case_id if found is not None else None
    if case_id is not None:
        authorize_case(database, acting, case_id, Permission.WORK_CASES)
    with unit_of_work(database, acting) as uow:
        row = uow.session.execute(
            select(Agreement).where(Agreement.id == agreement_id).with_for_update()
        ).scalar_one_or_none()
        if row is None:
            raise AgreementError(
                QT_TRANSLATE_NOOP("Agreements", "This agreement no longer exists.")
            )
        if row.status is not AgreementState.AWAITING_COUNTERSIGNATURE:
            raise AgreementError(
                QT_TRANSLATE_NOOP(
                    "Agreements", "Agreement {reference} is not waiting for a countersignature."
                ),
                reference=row.reference,
            )
        if returned_on < row.created_at.astimezone().date():
            raise AgreementError(
                QT_TRANSLATE_NOOP(
                    "Agreements", "The paper cannot have come back before the agreement was made."
                )
            )
        row.status = AgreementState.SIGNED
        row.countersigned_on = returned_on
        row.countersignature_scan = scan
        row.signed_at = utc_now()
        new_entry(  # the case's history shows the paper coming back
            uow,
            locked_case(uow.session, row.case_id, AgreementError),
            JournalKind.AGREEMENT,
            row.signed_at,
            note=row.reference,
            payload={
                "reference": row.reference,
                "event": "countersigned",
                "status": row.status.value,
                "returned_on": returned_on.isoformat(),
                "scan": scan is not None,
            },
        )
        uow.audit(
            "agreement.countersigned",
            "agreement",
            row.uuid,
            reference=row.reference,
            returned_on=returned_on.isoformat(),
            scan_sha256=hashlib.sha256(scan).hexdigest() if scan else None,
            scan_type=media_type,
            scan_bytes=len(scan) if scan else None,
        )
        uow.session.flush()
        refresh_cases(uow.session, [row.case_id])  # signed: the two years restart
        uow.session.flush()
        return agreement_view(row)
