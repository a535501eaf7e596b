"""Repayment agreements: accept a plan, approve or reject it, seal, archive, verify.

One module a job: ``snapshot`` (what was accepted, typed, and its stored forms),
``document`` (the case's facts, the document model, render and seal), ``workflow``
(accept, approve, reject, make binding), ``countersignature`` (the paper coming back)
and ``archive`` (views, the archived file, the proposal, verification). Callers import
from here.
"""

from __future__ import annotations

from recouvrement_desktop.services.agreements.archive import (
    AgreementView,
    PlanSummary,
    archived_pdf,
    get_agreement,
    list_agreements,
    plan_summary,
    proposal_pdf,
    verify_file,
)
from recouvrement_desktop.services.agreements.countersignature import (
    MAX_SCAN_BYTES,
    SCAN_TYPES,
    check_scan_size,
    record_countersignature,
    scan_type,
)
from recouvrement_desktop.services.agreements.document import (
    ENGINE_VERSION,
    CaseFacts,
    build_model,
    next_reference,
    seal_model,
    sealer_for,
)
from recouvrement_desktop.services.agreements.errors import (
    AgreementError,
    PdfRemovedError,
    ScanError,
)
from recouvrement_desktop.services.agreements.snapshot import (
    SNAPSHOT_FORMAT,
    AffordabilityAtAcceptance,
    AgreementSnapshot,
    new_snapshot,
    read_snapshot,
    snapshot_json,
)
from recouvrement_desktop.services.agreements.workflow import (
    MAX_REASON_LENGTH,
    Watch,
    accept_plan,
    approve,
    reject,
    watch_of,
)

__all__ = [
    "ENGINE_VERSION",
    "MAX_REASON_LENGTH",
    "MAX_SCAN_BYTES",
    "SCAN_TYPES",
    "SNAPSHOT_FORMAT",
    "AffordabilityAtAcceptance",
    "AgreementError",
    "AgreementSnapshot",
    "AgreementView",
    "CaseFacts",
    "PdfRemovedError",
    "PlanSummary",
    "ScanError",
    "Watch",
    "accept_plan",
    "approve",
    "archived_pdf",
    "build_model",
    "check_scan_size",
    "get_agreement",
    "list_agreements",
    "new_snapshot",
    "next_reference",
    "plan_summary",
    "proposal_pdf",
    "read_snapshot",
    "record_countersignature",
    "reject",
    "scan_type",
    "seal_model",
    "sealer_for",
    "snapshot_json",
    "verify_file",
    "watch_of",
]
