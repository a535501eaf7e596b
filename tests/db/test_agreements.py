"""Agreements: accept, approve or reject, seal, archive, countersign, verify (both backends)."""

from __future__ import annotations

import dataclasses
import hashlib
import subprocess
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, AuditEvent, Case, JournalEntry, Loan
from recouvrement_desktop.documents.agreement_model import Signature, Signatures
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.errors import Amount
from recouvrement_desktop.domain.guardrails import WarningCode
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission, allows
from recouvrement_desktop.domain.policy import DEMO_POLICY, Policy
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    CaseStage,
    Channel,
    JournalKind,
    LoanCategory,
    OfficerRole,
)
from recouvrement_desktop.domain.rescheduling import ComponentTreatment, Treatment
from recouvrement_desktop.i18n.formatting import format_date
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services import agreements
from recouvrement_desktop.services.agreements import AgreementError, ScanError, workflow
from recouvrement_desktop.services.officers import delegation, delegation_of
from recouvrement_desktop.services.permissions import AccessRefusedError
from recouvrement_desktop.services.simulation import (
    SimulationContext,
    SimulationResult,
    simulate,
)
from recouvrement_desktop.services.views import client_view, journal_entry_view, loan_view
from recouvrement_desktop.ui.history_text import describe
from tests.documents.conftest import require_tool
from tests.factories import add_officer

TODAY = date.today()
SIGNATURE = Signature(strokes=(((0.1, 0.5), (0.5, 0.2), (0.9, 0.6)),), aspect=3.0)
# The first bytes are what counts: a scan is recognised by them, not by its name.
PDF_SCAN = b"%PDF-1.4\n% a scanned page\n%%EOF\n"
PNG_SCAN = b"\x89PNG\r\n\x1a\n" + bytes(64)
JPEG_SCAN = b"\xff\xd8\xff\xe0" + bytes(64)


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
                penalties=Decimal("120.00"),
            )
        )
    return case


@pytest.fixture
def supervisor(database: Database) -> Identity:
    return add_officer(
        database,
        login="jchef",
        full_name="Jeanne Chef",
        role=OfficerRole.SUPERVISOR,
        max_waiver="5000.00",
        max_extension_months=84,
        min_rate="0.0000",
    )


def _context(database: Database, case: Case, officer: Identity) -> SimulationContext:
    """The case as the simulator sees it, with the officer's delegation as recorded."""
    with database.session() as session:
        row = session.get(Case, case.id)
        assert row is not None
        return SimulationContext.from_case(
            row.reference,
            client_view(row.client),
            [loan_view(loan) for loan in row.loans],
            delegation_of(session, officer),
            today=TODAY,
        )


def _plan(database: Database, case: Case, officer: Identity, periods: int) -> SimulationResult:
    context = _context(database, case, officer)
    inputs = dataclasses.replace(context.default_inputs(), periods=periods)
    result = simulate(context, inputs)
    assert result.plan is not None and result.assessment is not None
    return result


def _accept(
    database: Database,
    officer: Identity,
    case: Case,
    periods: int,
    channel: Channel = Channel.BRANCH,
    policy: Policy | None = None,
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
        policy=policy,
    )


def _journal(database: Database, case: Case, kind: JournalKind) -> list[JournalEntry]:
    with database.session() as session:
        return list(
            session.scalars(
                select(JournalEntry)
                .where(JournalEntry.case_id == case.id, JournalEntry.kind == kind)
                .order_by(JournalEntry.id)
            )
        )


def _refusals(database: Database) -> list[str]:
    """The reasons of the refusals the audit trail recorded, oldest first."""
    with database.session() as session:
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "permission.refused")
            .order_by(AuditEvent.sequence)
        )
        return [str(event.details["reason"]) for event in events]


def _counts(database: Database) -> tuple[int, int, int]:
    with database.session() as session:
        return (
            session.scalar(select(func.count(Agreement.id))) or 0,
            session.scalar(select(func.count(JournalEntry.id))) or 0,
            session.scalar(select(func.count(AuditEvent.id))) or 0,
        )


def test_within_delegation_the_agreement_is_made_at_once(
    database: Database, officer: Identity, loan_case: Case
) -> None:
    view = _accept(database, officer, loan_case, 40)
    assert view.status is AgreementState.SIGNED
    assert view.reference.startswith(f"ACC-{TODAY.year}-")
    assert view.binding
    pdf = agreements.archived_pdf(database, view.reference)
    assert pdf.startswith(b"%PDF") and hashlib.sha256(pdf).hexdigest() == view.pdf_sha256
    assert agreements.archived_pdf(database, view.reference) == pdf  # reprint: same bytes
    assert view.snapshot.engine_version == agreements.ENGINE_VERSION
    assert len(view.snapshot.model.rows) == 40
    with database.session() as session:
        case = session.get(Case, loan_case.id)
        assert case is not None
        assert case.stage is CaseStage.RESCHEDULED
        first_due = view.snapshot.schedule.first_due
        check_days = DEMO_POLICY.first_instalment_check_days
        assert case.next_action_date == first_due + timedelta(days=check_days)
        kinds = session.scalars(
            select(JournalEntry.kind).where(JournalEntry.case_id == case.id)
        ).all()
        assert JournalKind.AGREEMENT in kinds and JournalKind.STAGE_CHANGE in kinds
        actions = session.scalars(select(AuditEvent.action)).all()
        assert "agreement.created" in actions
    schedule = view.snapshot.schedule
    assert schedule.periods == 40 and schedule.installment == view.installment
    assert [a.reference for a in agreements.list_agreements(database)] == [view.reference]


def test_a_named_reader_lists_the_agreements_of_their_queue(
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case
) -> None:
    """Both Lyon people see the Lyon case's agreement; a Paris supervisor sees none;
    an auditor sees every branch's."""
    view = _accept(database, officer, loan_case, 40)
    paris = add_officer(
        database,
        login="pchef",
        full_name="Paul Chef",
        role=OfficerRole.SUPERVISOR,
        branch="Agence Paris Opéra",
        max_waiver="5000.00",
        max_extension_months=84,
        min_rate="0.0000",
    )
    auditor = add_officer(
        database,
        login="audit",
        full_name="Anne Audit",
        role=OfficerRole.AUDITOR,
        branch="Inspection générale",
        max_waiver="0.00",
        max_extension_months=0,
        min_rate="0.0000",
    )

    def seen_by(reader: Identity) -> list[str]:
        return [row.reference for row in agreements.list_agreements(database, reader=reader)]

    assert seen_by(officer) == seen_by(supervisor) == seen_by(auditor) == [view.reference]
    assert seen_by(paris) == []


def test_beyond_delegation_waits_for_a_supervisor_who_approves(
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case
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

    with pytest.raises(AccessRefusedError, match="supervisor"):
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
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case
) -> None:
    view = _accept(database, officer, loan_case, 84)
    with pytest.raises(AccessRefusedError):
        agreements.reject(database, officer, view.id, "no")
    rejected = agreements.reject(database, supervisor, view.id, "Capacité insuffisante")
    assert rejected.status is AgreementState.REJECTED and not rejected.binding
    with database.session() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
        assert "agreement.rejected" in actions


def test_the_maker_of_a_plan_never_decides_on_it(
    database: Database, supervisor: Identity, loan_case: Case
) -> None:
    """Four eyes: a supervisor beyond their own delegation waits for another one."""
    maker = add_officer(
        database,
        login="pvidal",
        full_name="Paul Vidal",
        role=OfficerRole.SUPERVISOR,
        max_waiver="500.00",
        max_extension_months=12,
        min_rate="2.5000",
    )
    view = _accept(database, maker, loan_case, 84)  # extension beyond the maker's 12 months
    assert view.status is AgreementState.PENDING_APPROVAL and view.officer_id == maker.id
    agreements_before, journal_before, audit_before = _counts(database)
    for decide in (agreements.approve, agreements.reject):
        with pytest.raises(AccessRefusedError, match="You made this plan") as refused:
            decide(database, maker, view.id, "Je valide mon propre plan")
        assert refused.value.message == (
            "You made this plan: another supervisor must decide on it."
        )
    # Nothing decided; each refusal is an audit event.
    assert _counts(database) == (agreements_before, journal_before, audit_before + 2)
    assert (
        _refusals(database)[-2:]
        == ["You made this plan: another supervisor must decide on it."] * 2
    )
    still = agreements.get_agreement(database, view.reference)
    assert still.status is AgreementState.PENDING_APPROVAL and still.decided_by is None

    approved = agreements.approve(database, supervisor, view.id, "Second regard")
    assert approved.status is AgreementState.SIGNED and approved.decided_by == "Jeanne Chef"
    assert approved.officer_id == maker.id


def test_the_role_that_counts_is_the_one_in_the_database(
    database: Database, officer: Identity, loan_case: Case
) -> None:
    """An identity claiming a supervisor's role it does not have decides nothing."""
    view = _accept(database, officer, loan_case, 84)
    other = add_officer(
        database,
        login="lmartin",
        full_name="Luc Martin",
        max_waiver="500.00",
        max_extension_months=12,
        min_rate="2.5000",
    )
    claimed = dataclasses.replace(other, role=OfficerRole.SUPERVISOR)
    # What the caller holds says supervisor; the database says officer.
    assert allows(claimed.role, Permission.APPROVE_PLANS)
    agreements_before, journal_before, audit_before = _counts(database)
    for decide in (agreements.approve, agreements.reject):
        with pytest.raises(AccessRefusedError, match="Only a supervisor"):
            decide(database, claimed, view.id, "Accord")
    assert _counts(database) == (agreements_before, journal_before, audit_before + 2)
    assert agreements.get_agreement(database, view.reference).status is (
        AgreementState.PENDING_APPROVAL
    )


def test_nothing_is_written_when_the_unit_of_work_fails(
    database: Database, officer: Identity, loan_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _counts(database)

    def broken(*args: object) -> date:
        raise RuntimeError("disk full")

    monkeypatch.setattr(workflow, "watch_of", broken)
    with pytest.raises(RuntimeError):
        _accept(database, officer, loan_case, 40)
    assert _counts(database) == before
    with database.session() as session:
        case = session.get(Case, loan_case.id)
        assert case is not None and case.stage is CaseStage.AMICABLE


def test_the_snapshot_and_the_sealed_pdf_never_change(
    database: Database, officer: Identity, loan_case: Case
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
    database: Database, officer: Identity, loan_case: Case
) -> None:
    view = _accept(database, officer, loan_case, 40, Channel.PHONE)
    assert view.status is AgreementState.AWAITING_COUNTERSIGNATURE
    assert view.snapshot.model.signatures.client is None
    with pytest.raises(AgreementError):
        agreements.record_countersignature(database, officer, view.id, TODAY + timedelta(days=3))
    done = agreements.record_countersignature(database, officer, view.id, TODAY, PDF_SCAN)
    assert done.status is AgreementState.SIGNED
    assert done.countersigned_on == TODAY and done.has_scan and done.signed_at is not None
    with database.session() as session:
        row = session.get(Agreement, view.id)
        assert row is not None and row.countersignature_scan == PDF_SCAN
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "agreement.countersigned")
        ).one()
        assert event.details["scan_sha256"] == hashlib.sha256(PDF_SCAN).hexdigest()
        assert event.details["scan_type"] == "application/pdf"
        assert event.details["scan_bytes"] == len(PDF_SCAN)
    made, returned = _journal(database, loan_case, JournalKind.AGREEMENT)
    assert made.payload is not None and "event" not in made.payload
    assert returned.payload is not None
    assert returned.payload["event"] == "countersigned"
    assert returned.payload["returned_on"] == TODAY.isoformat()
    assert returned.note == view.reference
    # The history says so in words, with the date in the interface's format.
    described = describe(journal_entry_view(returned))
    assert "Countersigned paper returned on" in described
    assert format_date(TODAY) in described and view.reference in described
    assert agreements.archived_pdf(database, view.reference) == agreements.archived_pdf(
        database, view.reference
    )
    with pytest.raises(AgreementError):
        agreements.record_countersignature(database, officer, view.id, TODAY)


def test_verify_file(database: Database, officer: Identity, loan_case: Case) -> None:
    view = _accept(database, officer, loan_case, 40)
    pdf = agreements.archived_pdf(database, view.reference)
    verdict, found = agreements.verify_file(database, pdf)
    assert verdict.valid and found is not None and found.reference == view.reference

    changed = bytearray(pdf)
    middle = len(changed) // 3
    changed[middle] = (changed[middle] + 1) % 256
    verdict, found = agreements.verify_file(database, bytes(changed))
    assert not verdict.valid and found is None

    other = agreements.seal_model(view.snapshot.model)  # a valid seal, but not an archived file
    verdict, found = agreements.verify_file(database, other)
    assert verdict.valid and found is None


def test_unknown_reference(database: Database) -> None:
    with pytest.raises(AgreementError, match="ACC-1999-000001"):
        agreements.get_agreement(database, "ACC-1999-000001")


def test_the_case_is_checked_after_the_first_instalment_and_watched_for_a_year(
    database: Database, officer: Identity, loan_case: Case
) -> None:
    view = _accept(database, officer, loan_case, 40)
    first_due = view.snapshot.schedule.first_due
    made_on = view.created_at.astimezone().date()
    first_check = first_due + timedelta(days=DEMO_POLICY.first_instalment_check_days)
    watch_until = add_months(made_on, DEMO_POLICY.watch_period_months)
    assert DEMO_POLICY.watch_period_months == 12 and watch_until > first_check

    (stage,) = _journal(database, loan_case, JournalKind.STAGE_CHANGE)
    assert stage.stage_to is CaseStage.RESCHEDULED
    assert stage.payload == {
        "agreement": view.reference,
        "first_check": first_check.isoformat(),
        "watch_until": watch_until.isoformat(),
    }
    (entry,) = _journal(database, loan_case, JournalKind.AGREEMENT)
    assert entry.payload is not None
    assert entry.payload["watch_until"] == watch_until.isoformat()
    assert entry.payload["first_check"] == first_check.isoformat()


def test_the_watch_follows_the_bank_policy(
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case
) -> None:
    policy = dataclasses.replace(
        DEMO_POLICY, first_instalment_check_days=10, watch_period_months=24
    )
    view = _accept(database, officer, loan_case, 84, policy=policy)  # beyond delegation
    approved = agreements.approve(database, supervisor, view.id, "Accord", policy=policy)
    assert approved.decided_at is not None
    first_due = view.snapshot.schedule.first_due
    with database.session() as session:
        case = session.get(Case, loan_case.id)
        assert case is not None
        assert case.next_action_date == first_due + timedelta(days=10)
    (stage,) = _journal(database, loan_case, JournalKind.STAGE_CHANGE)
    assert stage.payload is not None
    approved_on = approved.decided_at.astimezone().date()  # binding once approved
    assert stage.payload["watch_until"] == add_months(approved_on, 24).isoformat()


def test_the_plan_summary_says_why_approval_is_needed(
    database: Database, officer: Identity, loan_case: Case
) -> None:
    view = _accept(database, officer, loan_case, 84)
    summary = agreements.plan_summary(view)
    assert summary.case_reference == loan_case.reference
    assert summary.client_name == view.client_name
    assert summary.periods == 84 and summary.installment == view.installment
    assert summary.first_due < summary.last_due
    assert summary.debt >= summary.new_principal > 0
    assert summary.apr_pct >= summary.rate_pct > 0
    assert summary.proposed_by == officer.full_name
    reasons = summary.approval_reasons
    assert WarningCode.DELEGATION_EXTENSION in [w.code for w in reasons]
    extension = next(w for w in reasons if w.code is WarningCode.DELEGATION_EXTENSION)
    limits = delegation(database, officer)
    assert limits is not None and limits.max_extension_months == 12
    assert extension.params["limit"] == limits.max_extension_months
    assert extension.text().startswith("Extending the loan by")
    assert all(not w.needs_approval for w in summary.other_warnings)

    # A snapshot of an earlier version kept the English text only.
    with database.session() as session:
        stored = session.scalars(select(Agreement.snapshot).where(Agreement.id == view.id)).one()
    older = dict(stored)
    older["warnings"] = [
        {k: v for k, v in w.items() if k not in ("message", "params")} for w in stored["warnings"]
    ]
    del older["affordability"]
    summary = agreements.plan_summary(
        dataclasses.replace(view, snapshot=agreements.read_snapshot(older))
    )
    assert [w.text() for w in summary.warnings] == [w["text"] for w in older["warnings"]]
    assert summary.effort_rate_pct is None and summary.reste_a_vivre is None


def test_a_waiver_beyond_delegation_is_kept_as_an_amount(
    database: Database, officer: Identity, loan_case: Case
) -> None:
    context = _context(database, loan_case, officer)
    inputs = dataclasses.replace(
        context.default_inputs(), arrears=ComponentTreatment(Treatment.WAIVE)
    )
    result = simulate(context, inputs)
    assert result.plan is not None and result.assessment is not None
    view = agreements.accept_plan(
        database, officer, loan_case.id, result.plan, result.assessment, channel=Channel.PHONE
    )
    assert view.status is AgreementState.PENDING_APPROVAL
    summary = agreements.plan_summary(view)
    assert summary.waived == Decimal("853.35")
    waiver = next(w for w in summary.approval_reasons if w.code is WarningCode.DELEGATION_WAIVER)
    assert isinstance(waiver.params["amount"], Amount) and waiver.params["amount"] == Decimal(
        "853.35"
    )
    assert isinstance(waiver.params["limit"], Amount)


@pytest.mark.parametrize(
    ("scan", "media_type"),
    [(PDF_SCAN, "application/pdf"), (PNG_SCAN, "image/png"), (JPEG_SCAN, "image/jpeg")],
)
def test_a_scan_is_recognised_by_its_first_bytes(scan: bytes, media_type: str) -> None:
    assert agreements.scan_type(scan) == media_type


@pytest.mark.parametrize(
    ("scan", "message"),
    [
        (b"", "empty"),
        (b"PK\x03\x04 a zip archive", "PDF, PNG or JPEG"),
        (b"%PDF-" + bytes(agreements.MAX_SCAN_BYTES), "larger than 20 MB"),
    ],
)
def test_a_wrong_scan_is_refused_and_nothing_is_recorded(
    database: Database, officer: Identity, loan_case: Case, scan: bytes, message: str
) -> None:
    view = _accept(database, officer, loan_case, 40, Channel.PHONE)
    before = _counts(database)
    with pytest.raises(ScanError, match=message) as caught:
        agreements.record_countersignature(database, officer, view.id, TODAY, scan)
    assert caught.value.context == "Agreements"
    assert _counts(database) == before
    assert agreements.get_agreement(database, view.reference).status is (
        AgreementState.AWAITING_COUNTERSIGNATURE
    )


def _pdf_words(data: bytes) -> str:
    """The PDF's text as pdftotext reads it, whitespace runs made one space."""
    out = subprocess.run(
        [require_tool("pdftotext"), "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(out.replace("\u202f", " ").replace("\u00a0", " ").split())


def test_the_agreement_names_the_contract_its_debt_the_checks_and_the_approval(
    database: Database, officer: Identity, supervisor: Identity, loan_case: Case
) -> None:
    view = _accept(database, officer, loan_case, 84)  # beyond delegation: approval
    snapshot = agreements.read_snapshot(
        _agreement_row(database, view.reference)
    )  # what the proposal shows
    model = snapshot.model
    assert model.clauses is not None and model.clauses.cure_days == Policy().formal_notice_cure_days
    assert model.clauses.consumer_credit and not model.clauses.mortgage
    (contract,) = model.contracts
    assert (contract.rate_pct, contract.term_months) == (Decimal("5.2000"), 60)
    assert contract.debt is not None and contract.debt.total == Decimal("10891.09")
    assert [c.code for c in model.evidence.checks] == [
        str(w.code) for w in snapshot.warnings
    ] and any(c.needs_approval for c in model.evidence.checks)

    approved = agreements.approve(database, supervisor, view.id, "Situation exceptionnelle")
    text = _pdf_words(agreements.archived_pdf(database, approved.reference))
    assert "née le 28/02/1979" in text
    assert "PP-2024-000123 Prêt personnel" in text and "5,20 %" in text and "60 mois" in text
    assert "284,45 €" in text  # the contract's own instalment
    assert "gestionnaire recouvrement" in text  # the bank's signatory has a function
    assert "mise en demeure" in text and "dans un délai de 15 jours" in text
    assert f"référence du virement : {approved.reference}" in text
    assert "Approbation du superviseur Jeanne Chef (jchef), le " in text
    assert "motif : Situation exceptionnelle" in text
    assert "soumis à approbation" in text
    assert "L313-39" not in text  # no mortgage in this plan


def _agreement_row(database: Database, reference: str) -> dict[str, object]:
    with database.session() as session:
        row = session.scalars(select(Agreement).where(Agreement.reference == reference)).one()
        return dict(row.snapshot)


# ------------------------------------------- consumer credit (C. consom. L312-38 ff.)


def test_a_consumer_credit_s_plan_spreads_late_interest_and_penalties_and_leaves_fees_out(
    database: Database, officer: Identity, loan_case: Case
) -> None:
    """The personal loan owes 41.20 of late interest and 120.00 of penalties; its 35.00 of
    fees may not be claimed after the default (L312-38)."""
    with database.transaction() as session:
        loan = session.scalars(select(Loan).where(Loan.case_id == loan_case.id)).one()
        loan.fees = Decimal("35.00")
    context = _context(database, loan_case, officer)
    assert context.debt.fees == 0 and context.debt.penalties == Decimal("120.00")
    result = _plan(database, loan_case, officer, 40)
    assert result.plan is not None and result.assessment is not None
    allocation = {c.component.value: c for c in result.plan.allocation.components}
    assert allocation["late-interest"].capitalized == allocation["penalties"].capitalized == 0
    assert allocation["late-interest"].spread == Decimal("41.20")
    assert allocation["penalties"].spread == Decimal("120.00")
    # Outstanding principal and arrears only bear interest: 9 876.54 + 853.35.
    assert result.plan.allocation.new_principal == Decimal("10729.89")
    view = _accept(database, officer, loan_case, 40)
    assert view.status is AgreementState.SIGNED
    kept = {w.code: w for w in view.snapshot.warnings}
    assert kept[WarningCode.CONSUMER_FEES_NOT_CLAIMED].params == {"amount": Decimal("35.00")}
    (contract,) = view.snapshot.model.contracts
    assert contract.debt is not None and contract.debt.fees == 0  # not in the debt claimed
    text = _pdf_words(agreements.archived_pdf(database, view.reference))
    assert "Les frais inscrits au dossier (35,00 €) ne sont pas réclamés" in text
    assert "L312-38" in text
    assert "Frais non réclamés (crédit à la consommation)" in text  # the evidence page


def test_capitalising_a_consumer_credit_s_penalties_is_refused(
    database: Database, officer: Identity, loan_case: Case
) -> None:
    context = _context(database, loan_case, officer)
    capitalised = dataclasses.replace(
        context.default_inputs(),
        periods=40,
        late_interest=ComponentTreatment(Treatment.CAPITALIZE),
        fees_and_penalties=ComponentTreatment(Treatment.CAPITALIZE),
    )
    result = simulate(context, capitalised)
    assert result.plan is not None and result.assessment is not None
    assert result.assessment.blocking
    assert WarningCode.CONSUMER_CAPITALISED in result.assessment.codes
    before = _counts(database)
    with pytest.raises(AgreementError, match="may not be capitalised"):
        agreements.accept_plan(
            database,
            officer,
            loan_case.id,
            result.plan,
            result.assessment,
            channel=Channel.BRANCH,
            signatures=Signatures(client=SIGNATURE, officer=SIGNATURE),
        )
    assert _counts(database)[0] == before[0]  # no agreement


def test_penalties_above_the_consumer_indemnity_cap_are_refused(
    database: Database, officer: Identity, loan_case: Case
) -> None:
    # D312-16: 8 % of the 9 876.54 still due is 790.1232: at most 790.12.
    with database.transaction() as session:
        loan = session.scalars(select(Loan).where(Loan.case_id == loan_case.id)).one()
        loan.penalties = Decimal("790.13")
    result = _plan(database, loan_case, officer, 40)
    assert result.assessment is not None and result.plan is not None
    (over,) = [
        w for w in result.assessment.warnings if w.code is WarningCode.CONSUMER_INDEMNITY_CAP
    ]
    assert over.params["cap"] == Decimal("790.12")
    with pytest.raises(AgreementError, match="PP-2024-000123: the penalties exceed"):
        agreements.accept_plan(
            database,
            officer,
            loan_case.id,
            result.plan,
            result.assessment,
            channel=Channel.BRANCH,
            signatures=Signatures(client=SIGNATURE, officer=SIGNATURE),
        )
    with database.transaction() as session:
        loan = session.scalars(select(Loan).where(Loan.case_id == loan_case.id)).one()
        loan.penalties = Decimal("790.12")
    cleared = _plan(database, loan_case, officer, 40).assessment
    assert cleared is not None
    assert WarningCode.CONSUMER_INDEMNITY_CAP not in cleared.codes


# --------------------------------------- mortgage amendment (C. consom. L313-39)


@pytest.fixture
def mortgage_case(database: Database, case: Case) -> Case:
    with database.transaction() as session:
        session.add(
            Loan(
                case_id=case.id,
                contract_number="PI-2019-000456",
                category=LoanCategory.MORTGAGE,
                original_amount=Decimal("180000.00"),
                nominal_rate=Decimal("2.1000"),
                start_date=TODAY - timedelta(days=6 * 365),
                term_months=240,
                installment=Decimal("920.00"),
                outstanding_principal=Decimal("130000.00"),
                arrears_count=2,
                arrears_amount=Decimal("1840.00"),
                late_interest=Decimal("12.00"),
            )
        )
    return case


def _offered(
    database: Database, officer: Identity, case: Case, result: SimulationResult, days_ago: int
) -> None:
    """The plan kept as an offer in a branch session *days_ago* days ago (the journal is
    append-only: the entry is written with that date, as keep_offer writes it)."""
    from recouvrement_desktop.db.types import utc_now  # noqa: PLC0415
    from recouvrement_desktop.services.journal import locked_case, new_entry  # noqa: PLC0415
    from recouvrement_desktop.services.offers import offer_json  # noqa: PLC0415
    from recouvrement_desktop.services.simulation import kept_offer  # noqa: PLC0415
    from recouvrement_desktop.services.unit_of_work import unit_of_work  # noqa: PLC0415

    offer = kept_offer(_context(database, case, officer), result)
    assert offer is not None
    with unit_of_work(database, officer) as uow:
        row = locked_case(uow.session, case.id, AgreementError)
        new_entry(
            uow,
            row,
            JournalKind.OFFER,
            utc_now() - timedelta(days=days_ago),
            channel=Channel.BRANCH,
            payload=offer_json(offer),
        )


def _accept_result(
    database: Database, officer: Identity, case: Case, result: SimulationResult
) -> agreements.AgreementView:
    assert result.plan is not None and result.assessment is not None
    return agreements.accept_plan(
        database,
        officer,
        case.id,
        result.plan,
        result.assessment,
        channel=Channel.BRANCH,
        signatures=Signatures(client=SIGNATURE, officer=SIGNATURE),
    )


def test_a_mortgage_amendment_never_offered_cannot_be_accepted(
    database: Database, officer: Identity, mortgage_case: Case
) -> None:
    result = _plan(database, mortgage_case, officer, 200)
    with pytest.raises(AgreementError, match="keep this plan as an offer first"):
        _accept_result(database, officer, mortgage_case, result)


def test_a_mortgage_amendment_is_accepted_only_after_ten_days_reflection(
    database: Database, officer: Identity, mortgage_case: Case
) -> None:
    """Received ten days ago: the ten days run from the day after receipt and end
    today; the client may accept tomorrow, the eleventh day (CPC art. 641)."""
    result = _plan(database, mortgage_case, officer, 200)
    _offered(database, officer, mortgage_case, result, days_ago=10)
    offered = TODAY - timedelta(days=10)
    tomorrow = TODAY + timedelta(days=1)
    with pytest.raises(AgreementError) as refused:
        _accept_result(database, officer, mortgage_case, result)
    assert refused.value.params["offered"] == offered.isoformat()
    assert refused.value.params["earliest"] == tomorrow.isoformat()
    assert "not before (C. consom. L313-39)" in str(refused.value)


def test_after_the_reflection_the_amendment_is_accepted_and_says_when(
    database: Database, officer: Identity, mortgage_case: Case
) -> None:
    result = _plan(database, mortgage_case, officer, 200)
    _offered(database, officer, mortgage_case, result, days_ago=11)
    view = _accept_result(database, officer, mortgage_case, result)
    model = view.snapshot.model
    assert model.offered_on == TODAY - timedelta(days=11)
    assert model.acceptance_from == TODAY  # 11 days after receipt: from today
    assert model.clauses is not None and model.clauses.mortgage
    pdf = (
        agreements.archived_pdf(database, view.reference)
        if view.binding
        else agreements.proposal_pdf(database, view.reference)
    )
    text = _pdf_words(pdf)
    assert "L313-39" in text
    offered = format_date(TODAY - timedelta(days=11), Language.FRENCH, length="long")
    earliest = format_date(TODAY, Language.FRENCH, length="long")
    assert f"remis au Client le {offered} ; il ne pouvait être accepté avant le {earliest}" in text
