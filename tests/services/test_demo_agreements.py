"""The demonstration agreements read like real ones: signed when they were made."""

from __future__ import annotations

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.guardrails import Severity
from recouvrement_desktop.domain.recovery import AgreementState
from recouvrement_desktop.services import agreements
from recouvrement_desktop.services.demo_agreements import write_demo_agreements


def test_each_signature_is_dated_the_day_its_agreement_was_made(demo_database: Database) -> None:
    assert write_demo_agreements(demo_database, limit=4) > 0
    views = agreements.list_agreements(demo_database)
    assert {view.status for view in views} >= {
        AgreementState.SIGNED,
        AgreementState.PENDING_APPROVAL,
        AgreementState.AWAITING_COUNTERSIGNATURE,
    }
    for view in views:
        signatures = view.snapshot.model.signatures
        drawn = [s for s in (signatures.client, signatures.officer) if s is not None]
        assert drawn, view.reference
        made_on = view.created_at.astimezone().date()
        for signature in drawn:
            assert signature.signed_at is not None
            assert signature.signed_at.astimezone().date() == made_on, view.reference


def test_no_demonstration_agreement_breaks_a_blocking_rule(demo_database: Database) -> None:
    """Issue 12, part 7: the demonstration's signed agreements went through the window's
    checks (kept with them and listed on their evidence page), and none is blocking."""
    assert write_demo_agreements(demo_database, limit=20) > 0
    signed = [
        view
        for view in agreements.list_agreements(demo_database)
        if view.status is AgreementState.SIGNED
    ]
    assert signed
    # the checks were run: the demonstration's hard cases carry their warnings
    assert any(view.snapshot.warnings for view in signed)
    for view in signed:
        snapshot = view.snapshot
        assert not [w for w in snapshot.warnings if w.severity is Severity.BLOCKING], view.reference
        checks = snapshot.model.evidence.checks
        assert [(c.code, c.severity) for c in checks] == [
            (str(w.code), str(w.severity)) for w in snapshot.warnings
        ], view.reference
