"""The call script of a case: its situation chosen from the case, its texts filled in.

The window asks for it when a session starts (off the GUI thread). The facts that choose
the situation (``domain/call_scripts.call_situation``) and the amounts the script says
come from the database, formatted in the script's language: nothing is typed.

- a **broken promise** is the latest promise settled broken while the case still has
  an open broken promise (``Case.has_broken_promise``, see ``services/promises.py``);
- an **agreement in default** is the latest signed agreement whose payments received
  since it was signed do not cover an instalment fallen due;
- the client was **reached before** when a contact or a session ended with them spoken
  to, or a promise or an agreement was made.

The scripts are read from the folder named by ``RECOUVREMENT_CALL_SCRIPTS_DIR`` when it
is set (the bank's own texts), else from the shipped defaults
(``resources/call_scripts``); see ``docs/call-scripts.md``.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Final

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, JournalEntry, Loan
from recouvrement_desktop.documents.call_scripts import (
    CallScript,
    CallScriptError,
    ScriptData,
    ScriptStep,
    calls_recorded,
    load_script,
)
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.call_scripts import (
    REACHED_RESULTS,
    CallFacts,
    CallSituation,
    MissedInstalment,
    call_situation,
    first_missed_instalment,
)
from recouvrement_desktop.domain.consumer_credit import claimable_fees
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    Channel,
    JournalKind,
    PromiseStatus,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.i18n.formatting import format_date, format_integer, format_money
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.permissions import authorize_case

__all__ = ["ENV_CALL_SCRIPTS_DIR", "CallScript", "ScriptStep", "call_script", "call_scripts_folder"]

ENV_CALL_SCRIPTS_DIR: Final = "RECOUVREMENT_CALL_SCRIPTS_DIR"

_FORMAL: Final = {
    Language.FRENCH: {"Mme": "Madame", "M.": "Monsieur"},
    Language.ENGLISH: {"Mme": "Ms", "M.": "Mr"},
}


def _place(branch: str) -> str:
    """« Lyon Part-Dieu » of « Agence Lyon Part-Dieu »: the scripts say « agence de … »."""
    for prefix in ("Agence ", "Branch "):
        if branch.startswith(prefix):
            return branch[len(prefix) :]
    return branch


def call_scripts_folder() -> Path:
    """The scripts' folder: the bank's own, or the shipped defaults."""
    configured = os.environ.get(ENV_CALL_SCRIPTS_DIR)
    return Path(configured) if configured else resource_path("call_scripts")


def _broken_promise(session: Session, case: Case) -> JournalEntry | None:
    """The latest promise settled broken, while the case has one open."""
    if not case.has_broken_promise:
        return None
    outcome = (
        select(JournalEntry.refers_to_id)
        .where(
            JournalEntry.case_id == case.id,
            JournalEntry.kind == JournalKind.PROMISE_OUTCOME,
            JournalEntry.promise_status == PromiseStatus.BROKEN,
        )
        .scalar_subquery()
    )
    return session.scalars(
        select(JournalEntry)
        .where(
            JournalEntry.case_id == case.id,
            JournalEntry.kind == JournalKind.PROMISE,
            JournalEntry.amount.is_not(None),
            JournalEntry.due_date.is_not(None),
            JournalEntry.id.in_(outcome),
        )
        .order_by(JournalEntry.due_date.desc(), JournalEntry.id.desc())
        .limit(1)
    ).first()


def _signed_agreement(session: Session, case_id: int) -> Agreement | None:
    return session.scalars(
        select(Agreement)
        .where(Agreement.case_id == case_id, Agreement.status == AgreementState.SIGNED)
        .order_by(Agreement.created_at.desc(), Agreement.id.desc())
        .limit(1)
    ).first()


def _paid_since(session: Session, case_id: int, since: date) -> Decimal:
    paid = session.scalar(
        select(func.sum(JournalEntry.amount)).where(
            JournalEntry.case_id == case_id,
            JournalEntry.kind == JournalKind.PAYMENT,
            JournalEntry.corrects_id.is_(None),
            JournalEntry.occurred_at >= datetime.combine(since, time(0), UTC),
        )
    )
    return Decimal(paid or 0)


def _reached_before(session: Session, case_id: int) -> bool:
    found = session.scalar(
        select(JournalEntry.id)
        .where(
            JournalEntry.case_id == case_id,
            or_(
                JournalEntry.kind.in_((JournalKind.PROMISE, JournalKind.AGREEMENT)),
                JournalEntry.kind.in_((JournalKind.CONTACT, JournalKind.SESSION_OUTCOME))
                & JournalEntry.result.in_(REACHED_RESULTS),
            ),
        )
        .limit(1)
    )
    return found is not None


def _next_loan_due(loans: list[Loan], today: date) -> tuple[date, Decimal] | None:
    """The loans' next instalment on or after *today*, monthly from each start."""
    dues: dict[date, Decimal] = {}
    for loan in loans:
        if loan.installment <= 0:
            continue
        for month in range(1, loan.term_months + 1):
            day = add_months(loan.start_date, month)
            if day >= today:
                dues[day] = dues.get(day, Decimal(0)) + loan.installment + loan.insurance_monthly
                break
    if not dues:
        return None
    first = min(dues)
    return first, dues[first]


def script_data(
    session: Session,
    case: Case,
    identity: Identity,
    channel: Channel,
    language: Language,
    *,
    today: date,
    recorded: bool,
    bank_name: str,
) -> tuple[CallSituation, ScriptData]:
    """The situation of *case* and the placeholders of its script, in *language*."""

    def money(value: Decimal) -> str:
        return format_money(value, language)

    def day(value: date) -> str:
        return format_date(value, language, length="long")

    # The agreements' package pulls the seal and PDF stack (pyHanko, ReportLab): imported
    # when a script is read, off the GUI thread, not when the window is built.
    from recouvrement_desktop.services.agreements.snapshot import read_snapshot  # noqa: PLC0415

    promise = _broken_promise(session, case)
    agreement = _signed_agreement(session, case.id)
    missed: MissedInstalment | None = None
    agreement_rows: list[tuple[date, Decimal]] = []
    if agreement is not None:
        rows = read_snapshot(agreement.snapshot).model.rows
        agreement_rows = [(row.due_date, row.total_due) for row in rows]
        signed_on = (agreement.signed_at or agreement.created_at).date()
        missed = first_missed_instalment(
            agreement_rows, _paid_since(session, case.id, signed_on), today
        )
    situation = call_situation(
        CallFacts(
            open_broken_promise=promise is not None,
            agreement_instalment_missed=missed is not None,
            previously_reached=_reached_before(session, case.id),
        )
    )
    loans = list(case.loans)
    arrears = sum((loan.arrears_amount for loan in loans), Decimal(0))
    extra = sum(  # a consumer credit's fees are not claimed (C. consom. L312-38)
        (
            loan.late_interest + claimable_fees(loan.category, loan.fees) + loan.penalties
            for loan in loans
        ),
        Decimal(0),
    )
    upcoming = [row for row in agreement_rows if row[0] >= today]
    next_due = min(upcoming) if upcoming else (None if agreement else _next_loan_due(loans, today))
    client = case.client
    title = _FORMAL[language].get(client.title)
    full_name = " ".join(part for part in (client.first_name, client.last_name) if part)
    data = ScriptData(
        bank_name=bank_name,
        officer_name=identity.full_name,
        branch=_place(identity.branch),
        by_phone=channel == Channel.PHONE,
        calls_recorded=recorded,
        client_name=" ".join(part for part in (client.title, full_name) if part),
        formal_name=f"{title} {client.last_name}" if title else full_name,
        case_reference=case.reference,
        contract_numbers=", ".join(loan.contract_number for loan in loans),
        days_past_due=format_integer(case.days_past_due, language),
        arrears_amount=money(arrears),
        total_arrears=money(arrears + extra),
        next_due_date=day(next_due[0]) if next_due else "",
        next_due_amount=money(next_due[1]) if next_due else "",
    )
    # A situation's own facts, there whenever it is chosen (and only then).
    if situation is CallSituation.BROKEN_PROMISE and promise is not None:
        assert promise.amount is not None and promise.due_date is not None  # queried so
        data = replace(
            data, promise_amount=money(promise.amount), promise_date=day(promise.due_date)
        )
    elif situation is CallSituation.AGREEMENT_DEFAULT and agreement and missed:
        terms = read_snapshot(agreement.snapshot).model.terms
        data = replace(
            data,
            agreement_reference=agreement.reference,
            instalment_amount=money(terms.installment),
            missed_instalment_date=day(missed.due_date),
            missed_instalment_amount=money(missed.amount),
        )
    return situation, data


def call_script(
    database: Database,
    identity: Identity | None,
    case_id: int,
    channel: Channel,
    language: Language,
    *,
    today: date | None = None,
    folder: Path | None = None,
    bank_name: str | None = None,
) -> CallScript:
    """The script for a session on *case_id* by *channel*, filled in for the case, for
    *identity* who may read it (``READ_CASES``). Reads only: nothing is written."""
    authorize_case(database, identity, case_id, Permission.READ_CASES)
    assert identity is not None  # authorized
    scripts = folder or call_scripts_folder()
    recorded = calls_recorded(scripts)
    if bank_name is None:
        # The seal's module pulls pyHanko and its HTTP client: imported when a script is
        # read, not when the window that shows scripts is built.
        from recouvrement_desktop.services import sealing  # noqa: PLC0415

        bank_name = sealing.letterhead().name
    name = bank_name
    with database.session() as session:
        case = session.get(Case, case_id)
        if case is None:
            raise CallScriptError(QT_TRANSLATE_NOOP("CallScripts", "This case no longer exists."))
        situation, data = script_data(
            session,
            case,
            identity,
            channel,
            language,
            today=today or date.today(),
            recorded=recorded,
            bank_name=name,
        )
    return load_script(scripts, situation, language).render(data)
