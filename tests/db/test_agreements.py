"""Agreements: accept, approve or reject, seal, archive, countersign, verify (both backends)."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    Agreement,
    AgreementState,
    AuditEvent,
    Case,
    JournalEntry,
    Loan,
    Officer,
)
from recouvrement_desktop.documents.agreement_model import Signature, Signatures
from recouvrement_desktop.domain.recovery import (
    CaseStage,
    Channel,
    JournalKind,
    LoanCategory,
    OfficerRole,
)
from recouvrement_desktop.services import agreements
from recouvrement_desktop.services.agreements import AgreementError
from recouvrement_desktop.services.simulation import (
    SimulationContext,
    SimulationResult,
    simulate,
)
from tests.factories import add_officer

TODAY = date.today()
SIGNATURE = Signature(strokes=(((0.1, 0.5), (0.5, 0.2), (0.9, 0.6)),), aspect=3.0)


@pytest.fixture
def loan_case(database: Database, case: Case) -> Case:
    with database.transaction() as session:
        session.add(
            Loan(
                case_id=case.id,
                contract_number="PP-2024-000123",
                category=LoanCategory.PERSONAL_LOAN,
                original_amount=Decimal("15000.00"),
                nominal_rate=Decimal("5.2000"),
                start_date=TODAY - timedelta(days=700),
                term_months=60,
                installment=Decimal("284.45"),
                outstanding_principal=Decimal("9876.54"),
                arrears_count=3,
                arrears_amount=Decimal("853.35"),
                late_interest=Decimal("41.20"),
                fees_and_penalties=Decimal("120.00"),
            )
        )
    return case


@pytest.fixture
def supervisor(database: Database) -> Officer:
    return add_officer(
        database,
        login="jchef",
        full_name="Jeanne Chef",
        role=OfficerRole.SUPERVISOR,
        max_waiver="5000.00",
        max_extension_months=84,
        min_rate="0.0000",
    )


def _plan(database: Database, case: Case, officer: Officer, periods: int) -> SimulationResult:
    with database.session() as session:
        row = session.get(Case, case.id)
        assert row is not None
        context = SimulationContext.from_case(
            row.reference, row.client, list(row.loans), officer, today=TODAY
        )
    inputs = dataclasses.replace(context.default_inputs(), periods=periods)
    result = simulate(context, inputs)
    assert result.plan is not None and result.assessment is not None
    return result


def _accept(
    database: Database,
    officer: Officer,
    case: Case,
    periods: int,
    channel: Channel = Channel.BRANCH,
) -> agreements.AgreementView:
    result = _plan(database, case, officer, periods)
    assert result.plan is not None and result.assessment is not None
    return agreements.accept_plan(
        database,
        officer,
        case.id,
        result.plan,
        result.assessment,
        channel=channel,
        signatures=Signatures(client=SIGNATURE, officer=SIGNATURE),
    )


def _counts(database: Database) -> tuple[int, int, int]:
    with database.session() as session:
        return (
            session.scalar(select(func.count(Agreement.id))) or 0,
            session.scalar(select(func.count(JournalEntry.id))) or 0,
            session.scalar(select(func.count(AuditEvent.id))) or 0,
        )


def test_within_delegation_the_agreement_is_made_at_once(
    database: Database, officer: Officer, loan_case: Case
) -> None:
    view = _accept(database, officer, loan_case, 40)
    assert view.status is AgreementState.SIGNED
    assert view.reference.startswith(f"ACC-{TODAY.year}-")
    assert view.binding
    pdf = agreements.archived_pdf(database, view.reference)
    assert pdf.startswith(b"%PDF") and hashlib.sha256(pdf).hexdigest() == view.pdf_sha256
    assert agreements.archived_pdf(database, view.reference) == pdf  # reprint: same bytes
    assert view.snapshot["engine_version"] == agreements.ENGINE_VERSION
    assert len(view.snapshot["model"]["rows"]) == 40
    with database.session() as session:
        case = session.get(Case, loan_case.id)
        assert case is not None
        assert case.stage is CaseStage.RESCHEDULED
        first_due = agreements.schedule_of(view.snapshot).first_due
        assert case.next_action_date == first_due + timedelta(days=agreements.WATCH_DAYS)
        kinds = session.scalars(
            select(JournalEntry.kind).where(JournalEntry.case_id == case.id)
        ).all()
        assert JournalKind.AGREEMENT in kinds and JournalKind.STAGE_CHANGE in kinds
        actions = session.scalars(select(AuditEvent.action)).all()
        assert "agreement.created" in actions
    schedule = agreements.schedule_of(view.snapshot)
    assert schedule.periods == 40 and schedule.installment == view.installment
    assert [a.reference for a in agreements.list_agreements(database)] == [view.reference]


def test_beyond_delegation_waits_for_a_supervisor_who_approves(
    database: Database, officer: Officer, supervisor: Officer, loan_case: Case
) -> None:
    view = _accept(database, officer, loan_case, 84)  # extension beyond 12 months
    assert view.status is AgreementState.PENDING_APPROVAL and not view.binding
    with pytest.raises(AgreementError):
        agreements.archived_pdf(database, view.reference)
    proposal = agreements.proposal_pdf(database, view.reference)
    assert proposal.startswith(b"%PDF") and b"/ByteRange" not in proposal
    with database.session() as session:
        case = session.get(Case, loan_case.id)
        assert case is not None and case.stage is CaseStage.AMICABLE

    with pytest.raises(AgreementError, match="supervisor"):
        agreements.approve(database, officer, view.id, "ok")
    with pytest.raises(AgreementError):
        agreements.approve(database, supervisor, view.id, "   ")

    approved = agreements.approve(database, supervisor, view.id, "Situation exceptionnelle")
    assert approved.status is AgreementState.SIGNED
    assert approved.decided_by == "Jeanne Chef"
    assert approved.decision_reason == "Situation exceptionnelle"
    assert approved.decided_at is not None
    assert agreements.archived_pdf(database, view.reference).startswith(b"%PDF")
    with database.session() as session:
        case = session.get(Case, loan_case.id)
        assert case is not None and case.stage is CaseStage.RESCHEDULED
    with pytest.raises(AgreementError):
        agreements.reject(database, supervisor, view.id, "too late")


def test_a_supervisor_may_reject(
    database: Database, officer: Officer, supervisor: Officer, loan_case: Case
) -> None:
    view = _accept(database, officer, loan_case, 84)
    with pytest.raises(AgreementError):
        agreements.reject(database, officer, view.id, "no")
    rejected = agreements.reject(database, supervisor, view.id, "Capacité insuffisante")
    assert rejected.status is AgreementState.REJECTED and not rejected.binding
    with database.session() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
        assert "agreement.rejected" in actions


def test_nothing_is_written_when_the_unit_of_work_fails(
    database: Database, officer: Officer, loan_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _counts(database)

    def broken(model: object) -> date:
        raise RuntimeError("disk full")

    monkeypatch.setattr(agreements, "watch_until", broken)
    with pytest.raises(RuntimeError):
        _accept(database, officer, loan_case, 40)
    assert _counts(database) == before
    with database.session() as session:
        case = session.get(Case, loan_case.id)
        assert case is not None and case.stage is CaseStage.AMICABLE


def test_the_snapshot_and_the_sealed_pdf_never_change(
    database: Database, officer: Officer, loan_case: Case
) -> None:
    view = _accept(database, officer, loan_case, 40)
    for statement in (
        "UPDATE agreements SET pdf = :value",
        "UPDATE agreements SET pdf_sha256 = 'x'",
        "UPDATE agreements SET snapshot = '{}'",
        "DELETE FROM agreements",
    ):
        with pytest.raises(DBAPIError), database.transaction() as session:
            session.execute(text(statement), {"value": b"%PDF-forged"})
    assert hashlib.sha256(agreements.archived_pdf(database, view.reference)).hexdigest() == (
        view.pdf_sha256
    )


def test_by_phone_the_agreement_awaits_the_countersignature(
    database: Database, officer: Officer, loan_case: Case
) -> None:
    view = _accept(database, officer, loan_case, 40, Channel.PHONE)
    assert view.status is AgreementState.AWAITING_COUNTERSIGNATURE
    assert view.snapshot["model"]["signatures"]["client"] is None
    with pytest.raises(AgreementError):
        agreements.record_countersignature(database, officer, view.id, TODAY + timedelta(days=3))
    done = agreements.record_countersignature(database, officer, view.id, TODAY, b"scan")
    assert done.status is AgreementState.SIGNED
    assert done.countersigned_on == TODAY and done.has_scan and done.signed_at is not None
    assert agreements.archived_pdf(database, view.reference) == agreements.archived_pdf(
        database, view.reference
    )
    with pytest.raises(AgreementError):
        agreements.record_countersignature(database, officer, view.id, TODAY)


def test_verify_file(database: Database, officer: Officer, loan_case: Case) -> None:
    view = _accept(database, officer, loan_case, 40)
    pdf = agreements.archived_pdf(database, view.reference)
    verdict, found = agreements.verify_file(database, pdf)
    assert verdict.valid and found is not None and found.reference == view.reference

    changed = bytearray(pdf)
    middle = len(changed) // 3
    changed[middle] = (changed[middle] + 1) % 256
    verdict, found = agreements.verify_file(database, bytes(changed))
    assert not verdict.valid and found is None

    other = agreements.seal_model(
        agreements.model_of(view.snapshot)
    )  # a valid seal, but not an archived file
    verdict, found = agreements.verify_file(database, other)
    assert verdict.valid and found is None


def test_unknown_reference(database: Database) -> None:
    with pytest.raises(AgreementError, match="ACC-1999-000001"):
        agreements.get_agreement(database, "ACC-1999-000001")
