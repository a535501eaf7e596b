"""The call script of real demonstration cases: the situation and the amounts come from
the case, never typed."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, JournalEntry
from recouvrement_desktop.documents.call_scripts import CallScript, CallScriptError
from recouvrement_desktop.domain.call_scripts import REACHED_RESULTS, CallSituation
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    Channel,
    JournalKind,
    LoanCategory,
    OfficerRole,
    PromiseStatus,
)
from recouvrement_desktop.i18n.formatting import format_date, format_money
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.agreements.snapshot import read_snapshot
from recouvrement_desktop.services.call_scripts import ENV_CALL_SCRIPTS_DIR, call_script
from recouvrement_desktop.services.demo_agreements import write_demo_agreements
from recouvrement_desktop.services.journal import record_payment
from recouvrement_desktop.services.permissions import AccessRefusedError
from recouvrement_desktop.services.views import identity_of
from tests.conftest import DEMO_TODAY

EN = Language.ENGLISH


def text_of(script: CallScript) -> str:
    return "\n".join(f"{step.title}\n{step.text}" for step in script.steps)


def total_arrears(case: Case) -> Decimal:
    return Decimal(
        sum(
            loan.arrears_amount
            + loan.late_interest
            + loan.penalties
            # a consumer credit's fees are not claimed (C. consom. L312-38)
            + (loan.fees if loan.category is LoanCategory.MORTGAGE else 0)
            for loan in case.loans
        )
    )


def test_a_broken_promise_is_said_with_its_amount_and_date(demo_database: Database) -> None:
    with demo_database.session() as session:
        case = session.scalars(
            select(Case)
            .where(Case.has_broken_promise, Case.officer_id.is_not(None))
            .order_by(Case.id)
        ).first()
        assert case is not None and case.officer is not None
        broken = select(JournalEntry.refers_to_id).where(
            JournalEntry.case_id == case.id, JournalEntry.promise_status == PromiseStatus.BROKEN
        )
        promise = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.id.in_(broken), JournalEntry.kind == JournalKind.PROMISE)
            .order_by(JournalEntry.due_date.desc(), JournalEntry.id.desc())
        ).first()
        assert promise is not None and promise.amount is not None and promise.due_date
        case_id, officer, arrears = case.id, identity_of(case.officer), total_arrears(case)
        expected = (format_money(promise.amount, EN), format_date(promise.due_date, EN, "long"))
    script = call_script(demo_database, officer, case_id, Channel.PHONE, EN, today=DEMO_TODAY)
    assert script.situation is CallSituation.BROKEN_PROMISE
    assert script.title == "Broken promise"
    text = text_of(script)
    assert f"**{expected[0]}** was agreed for no later than **{expected[1]}**" in text
    assert f"**{format_money(arrears, EN)}**" in text
    assert officer.full_name in script.steps[0].text
    assert "this call may be recorded" in script.steps[0].text


def test_a_client_never_reached_gets_the_first_contact_script(demo_database: Database) -> None:
    # Only attempts so far: letters, SMS, calls unanswered (no one spoken to).
    reached = select(JournalEntry.case_id).where(
        JournalEntry.kind.in_((JournalKind.PROMISE, JournalKind.AGREEMENT))
        | JournalEntry.result.in_(REACHED_RESULTS)
    )
    with demo_database.session() as session:
        case = session.scalars(
            select(Case)
            .where(Case.id.not_in(reached), Case.officer_id.is_not(None), Case.total_arrears > 0)
            .order_by(Case.id)
        ).first()
        assert case is not None and case.officer is not None
        case_id, officer, arrears = case.id, identity_of(case.officer), total_arrears(case)
        last_name = case.client.last_name
    script = call_script(demo_database, officer, case_id, Channel.BRANCH, Language.FRENCH)
    assert script.situation is CallSituation.FIRST_CONTACT
    assert script.language is Language.FRENCH and script.title == "Premier contact"
    text = text_of(script)
    assert f"**{format_money(arrears, Language.FRENCH)}**" in text
    assert last_name in text
    assert "enregistré" not in text  # a meeting: no recording notice
    assert "pièce d'identité" in script.steps[1].text


def test_an_agreement_with_an_unpaid_instalment_is_in_default(demo_database: Database) -> None:
    assert write_demo_agreements(demo_database, limit=1) >= 1
    with demo_database.session() as session:
        agreement = session.scalars(
            select(Agreement)
            .where(Agreement.status == AgreementState.SIGNED)
            .order_by(Agreement.id)
        ).first()
        assert agreement is not None
        case = session.get_one(Case, agreement.case_id)
        assert case.officer is not None
        rows = read_snapshot(agreement.snapshot).model.rows
        case_id, officer, reference = case.id, identity_of(case.officer), agreement.reference
    first, second = rows[0], rows[1]
    # Before the first instalment falls due: no default.
    before = call_script(demo_database, officer, case_id, Channel.PHONE, EN, today=first.due_date)
    assert before.situation is not CallSituation.AGREEMENT_DEFAULT
    # The day after, unpaid: the script names the agreement and the instalment missed.
    after = first.due_date + timedelta(days=1)
    script = call_script(demo_database, officer, case_id, Channel.PHONE, EN, today=after)
    assert script.situation is CallSituation.AGREEMENT_DEFAULT
    text = text_of(script)
    assert f"agreement no. {reference}" in text
    amount, day = format_money(first.total_due, EN), format_date(first.due_date, EN, "long")
    assert f"**{amount}** due on **{day}**" in text
    assert f"The next one is due on {format_date(second.due_date, EN, 'long')}" in text
    # Once it is paid, the agreement is kept again.
    noon = datetime.combine(after, time(12), UTC)
    record_payment(demo_database, officer, case_id, first.total_due, first.due_date, now=noon)
    kept = call_script(demo_database, officer, case_id, Channel.PHONE, EN, today=after)
    assert kept.situation is not CallSituation.AGREEMENT_DEFAULT
    with demo_database.session() as session:
        assert verify_audit(session).intact


def test_another_branch_case_is_refused(demo_database: Database) -> None:
    with demo_database.session() as session:
        case = session.scalars(
            select(Case).where(Case.officer_id.is_not(None)).order_by(Case.id)
        ).first()
        assert case is not None and case.officer is not None
        other = next(
            officer
            for officer in session.scalars(select(type(case.officer)))
            if officer.role is OfficerRole.OFFICER and officer.branch != case.officer.branch
        )
        case_id, stranger = case.id, identity_of(other)
    with pytest.raises(AccessRefusedError):
        call_script(demo_database, stranger, case_id, Channel.PHONE, EN)


def test_the_banks_own_scripts_are_used_and_checked(
    demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_database.session() as session:
        case = session.scalars(
            select(Case).where(Case.officer_id.is_not(None)).order_by(Case.id)
        ).first()
        assert case is not None and case.officer is not None
        case_id, officer = case.id, identity_of(case.officer)
    shipped = resource_path("call_scripts")
    for situation in CallSituation:
        for language in Language:
            target = tmp_path / language.value / f"{situation.value}.md"
            target.parent.mkdir(exist_ok=True)
            source = (shipped / language.value / f"{situation.value}.md").read_text(
                encoding="utf-8"
            )
            target.write_text(source.replace("## ", "## Bank: ", 1), encoding="utf-8")
    monkeypatch.setenv(ENV_CALL_SCRIPTS_DIR, str(tmp_path))
    script = call_script(demo_database, officer, case_id, Channel.PHONE, EN)
    assert script.steps[0].title.startswith("Bank: ")
    assert "recorded" not in script.steps[0].text  # no settings.toml: calls not recorded
    for path in tmp_path.glob("en/*.md"):
        path.write_text(path.read_text(encoding="utf-8") + "{{ balance }}\n", encoding="utf-8")
    with pytest.raises(CallScriptError, match=r"line \d+: unknown placeholder balance"):
        call_script(demo_database, officer, case_id, Channel.PHONE, EN)
