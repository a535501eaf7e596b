"""The retention job: anonymise the clients of cases closed longer than the policy keeps
their personal data (``recouvrement-desktop retention run``).

* A case is closed when it is settled or written off; its closure date is the day of
  the last stage change of its journal, which must be the one that closed it (a case
  closed without such an entry has no known closure date and is held, never guessed).
* A client is anonymised only when **every** one of their cases is closed for longer
  than ``Policy.retention_years``: a case still open, or closed more recently, needs the
  client's data (the case is then *held*, with the reason).
* Anonymising clears or replaces every personal field of the client (names, birth date,
  addresses, phones, e-mail, employer, household, income and charges, the search keys,
  the client number), the client's name on the agreements' rows and the free texts of
  the overindebtedness files and FICP registrations (their dates stay). Figures stay: loans,
  cases, journal amounts, agreements' snapshots. Each anonymised case gets one audit
  event (``retention.anonymised``) naming no one.
* What stays, and why: the agreements' snapshots (figures) and their PDFs' SHA-256 are
  the contract's evidence and always stay. The sealed PDFs themselves (they name the
  client) stay or go as ``Policy.retention_keeps_agreement_documents`` says: removed, a
  PDF's bytes are cleared and ``pdf_removed_on`` set, the one change the schema's
  triggers allow on a sealed agreement (migration 0017); the kept hash still recognises
  a copy the client kept (``verify``), and whoever asks for the PDF is told when it was
  removed. The countersigned scans stay (not yet covered by the policy). Journal notes
  are free text written by the officers and may name people, but the journal is
  append-only (triggers): they stay until a migration opens a controlled way to redact
  them; the report counts them.

One unit of work per client: an interrupted run leaves whole clients anonymised or not,
and the next run carries on. A client already anonymised is skipped, so running twice
changes nothing the second time.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from recouvrement_desktop.db.audit import cover_records
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    Agreement,
    Case,
    Client,
    FicpRegistration,
    JournalEntry,
    OverindebtednessFile,
    table_of,
)
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.policy import DEMO_POLICY, Policy
from recouvrement_desktop.domain.recovery import CaseStage, EmploymentStatus, JournalKind
from recouvrement_desktop.domain.retention import (
    ANONYMISED_TEXT,
    CLOSED_STAGES,
    Hold,
    anonymous_client_number,
    is_anonymous_client_number,
    is_past_retention,
    retention_ends,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services.permissions import authorize
from recouvrement_desktop.services.sealing import settings_path
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = [
    "ANONYMISED_ACTION",
    "HeldCase",
    "RetentionCase",
    "RetentionError",
    "RetentionReport",
    "configured_policy",
    "run_retention",
]

ANONYMISED_ACTION = "retention.anonymised"
_ZERO = Decimal("0.00")


class RetentionError(UserFacingError):
    context = "Retention"
    exit_code = 2  # refused, nothing changed


@dataclass(frozen=True, slots=True)
class RetentionCase:
    """A case whose client is (or, in a dry run, would be) anonymised."""

    reference: str
    uuid: uuid.UUID
    stage: CaseStage
    closed_on: date
    retention_ended_on: date
    journal_notes: int  # notes kept (append-only journal)
    agreement_pdfs_removed: int = 0  # sealed PDFs removed (or, in a dry run, to remove)


@dataclass(frozen=True, slots=True)
class HeldCase:
    """A case past its retention period whose client keeps their data, and why."""

    reference: str
    reason: Hold
    closed_on: date | None


@dataclass(frozen=True, slots=True)
class RetentionReport:
    dry_run: bool
    today: date
    retention_years: int
    agreement_documents_kept: bool
    anonymised: tuple[RetentionCase, ...]
    held: tuple[HeldCase, ...]

    @property
    def journal_notes_kept(self) -> int:
        return sum(case.journal_notes for case in self.anonymised)

    @property
    def agreement_pdfs_removed(self) -> int:
        return sum(case.agreement_pdfs_removed for case in self.anonymised)


@dataclass(frozen=True, slots=True)
class _CaseState:
    id: int
    reference: str
    uuid: uuid.UUID
    client_id: int
    stage: CaseStage
    closed_on: date | None  # for a closed case, when its journal says it closed


@dataclass(frozen=True, slots=True)
class _ClientPlan:
    client_id: int
    due: tuple[_CaseState, ...]  # anonymise (all the client's cases)
    held: tuple[HeldCase, ...]


def configured_policy(base: Policy = DEMO_POLICY) -> Policy:
    """*base* with this installation's retention settings: ``settings.json``'s
    ``"retention": {"keep_agreement_documents": false}`` has the sealed PDFs removed."""
    path = settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, ValueError) as error:
        raise RetentionError(
            QT_TRANSLATE_NOOP("Retention", "Cannot read the settings file {path}: {error}"),
            path=str(path),
            error=str(error),
        ) from error
    section = data.get("retention") if isinstance(data, dict) else None
    if not isinstance(section, dict) or "keep_agreement_documents" not in section:
        return base
    keep = section["keep_agreement_documents"]
    if not isinstance(keep, bool):
        raise RetentionError(
            QT_TRANSLATE_NOOP(
                "Retention",
                'In {path}, "retention": "keep_agreement_documents" must be true or false.',
            ),
            path=str(path),
        )
    return replace(base, retention_keeps_agreement_documents=keep)


def run_retention(
    database: Database,
    by: Identity | None,
    *,
    dry_run: bool = False,
    today: date | None = None,
    policy: Policy = DEMO_POLICY,
) -> RetentionReport:
    """Anonymise (or, with *dry_run*, list without changing anything) the clients whose
    cases are all closed longer than the retention period, as an administrator (*by*)."""
    authorize(database, by, Permission.RUN_RETENTION)
    remove_pdfs = not policy.retention_keeps_agreement_documents
    day = today or utc_now().astimezone().date()
    years = policy.retention_years
    anonymised: list[RetentionCase] = []
    held: list[HeldCase] = []
    with database.session() as session:
        plans = _plans(session, _closed_client_ids(session), day, years)
        if dry_run:
            for plan in plans:
                held.extend(plan.held)
                pdfs = _pdfs_per_case(session, plan) if remove_pdfs else {}
                anonymised.extend(_retention_cases(session, plan, years, pdfs))
            plans = []
    for plan in plans:
        if not plan.due:
            held.extend(plan.held)
            continue
        with unit_of_work(database, by) as uow:  # the client's state again, locked
            uow.session.execute(
                select(Client.id).where(Client.id == plan.client_id).with_for_update()
            )
            current = _plans(uow.session, [plan.client_id], day, years)[0]
            held.extend(current.held)
            if not current.due:
                continue
            done = _anonymise(uow.session, current, years, day if remove_pdfs else None)
            for case in done:
                uow.audit(
                    ANONYMISED_ACTION,
                    "case",
                    case.uuid,
                    case_reference=case.reference,
                    stage=case.stage.value,
                    closed_on=case.closed_on.isoformat(),
                    retention_years=years,
                    agreement_documents="removed" if remove_pdfs else "kept",
                    agreement_pdfs_removed=case.agreement_pdfs_removed,
                    journal_notes_kept=case.journal_notes,
                )
            anonymised.extend(done)
    return RetentionReport(
        dry_run=dry_run,
        today=day,
        retention_years=years,
        agreement_documents_kept=not remove_pdfs,
        anonymised=tuple(sorted(anonymised, key=lambda case: case.reference)),
        held=tuple(sorted(held, key=lambda case: case.reference)),
    )


# ---------------------------------------------------------------------------- planning


def _closed_client_ids(session: Session) -> list[int]:
    """Clients not yet anonymised with at least one closed case."""
    rows = session.execute(
        select(Client.id, Client.client_number)
        .join(Case, Case.client_id == Client.id)
        .where(Case.stage.in_(CLOSED_STAGES))
        .distinct()
        .order_by(Client.id)
    ).all()
    return [row.id for row in rows if not is_anonymous_client_number(row.client_number)]


def _closure_dates(session: Session, case_ids: Iterable[int]) -> dict[int, tuple[CaseStage, date]]:
    """Each case's last stage change: the stage it went to, and the day (local time)."""
    last: dict[int, tuple[CaseStage, date]] = {}
    ids = list(case_ids)
    for start in range(0, len(ids), 500):  # bounded IN lists
        rows = session.execute(
            select(JournalEntry.case_id, JournalEntry.stage_to, JournalEntry.occurred_at)
            .where(
                JournalEntry.kind == JournalKind.STAGE_CHANGE,
                JournalEntry.stage_to.is_not(None),
                JournalEntry.case_id.in_(ids[start : start + 500]),
            )
            .order_by(JournalEntry.case_id, JournalEntry.occurred_at, JournalEntry.id)
        ).all()
        for row in rows:  # ordered: the last one wins
            last[row.case_id] = (row.stage_to, row.occurred_at.astimezone().date())
    return last


def _plans(session: Session, client_ids: list[int], today: date, years: int) -> list[_ClientPlan]:
    if not client_ids:
        return []
    cases_of: dict[int, list[tuple[int, str, uuid.UUID, CaseStage]]] = defaultdict(list)
    for start in range(0, len(client_ids), 500):
        for row in session.execute(
            select(Case.id, Case.reference, Case.uuid, Case.client_id, Case.stage)
            .where(Case.client_id.in_(client_ids[start : start + 500]))
            .order_by(Case.id)
        ):
            cases_of[row.client_id].append((row.id, row.reference, row.uuid, row.stage))
    closures = _closure_dates(
        session,
        (case[0] for cases in cases_of.values() for case in cases if case[3] in CLOSED_STAGES),
    )
    plans = []
    for client_id in client_ids:
        states = []
        for case_id, reference, case_uuid, stage in cases_of[client_id]:
            closure = closures.get(case_id)
            closed_on = closure[1] if closure is not None and closure[0] == stage else None
            states.append(_CaseState(case_id, reference, case_uuid, client_id, stage, closed_on))
        plans.append(_plan_client(client_id, states, today, years))
    return plans


def _plan_client(client_id: int, cases: list[_CaseState], today: date, years: int) -> _ClientPlan:
    def past(case: _CaseState) -> bool:
        return case.closed_on is not None and is_past_retention(case.closed_on, today, years)

    expired = [case for case in cases if case.stage in CLOSED_STAGES and past(case)]
    if len(expired) == len(cases):
        return _ClientPlan(client_id, tuple(cases), ())
    held: list[HeldCase] = [
        HeldCase(case.reference, Hold.CLOSURE_UNKNOWN, None)
        for case in cases
        if case.stage in CLOSED_STAGES and case.closed_on is None
    ]
    if expired:  # past retention, but another case still needs the client's data
        if any(case.stage not in CLOSED_STAGES for case in cases):
            reason = Hold.OTHER_CASE_OPEN
        elif any(case.closed_on is not None and not past(case) for case in cases):
            reason = Hold.OTHER_CASE_IN_RETENTION
        else:
            reason = Hold.CLOSURE_UNKNOWN
        held.extend(HeldCase(case.reference, reason, case.closed_on) for case in expired)
    return _ClientPlan(client_id, (), tuple(held))


def _notes_per_case(session: Session, case_ids: list[int]) -> dict[int, int]:
    rows = session.execute(
        select(JournalEntry.case_id, func.count(JournalEntry.id))
        .where(
            JournalEntry.case_id.in_(case_ids),
            JournalEntry.note.is_not(None),
            JournalEntry.note != "",
        )
        .group_by(JournalEntry.case_id)
    ).all()
    return {case_id: int(count) for case_id, count in rows}


def _pdfs_per_case(session: Session, plan: _ClientPlan) -> dict[int, int]:
    """The sealed PDFs each case's agreements still hold."""
    rows = session.execute(
        select(Agreement.case_id, func.count(Agreement.id))
        .where(Agreement.case_id.in_([case.id for case in plan.due]), Agreement.pdf.is_not(None))
        .group_by(Agreement.case_id)
    ).all()
    return {case_id: int(count) for case_id, count in rows}


def _retention_cases(
    session: Session, plan: _ClientPlan, years: int, pdfs: dict[int, int]
) -> list[RetentionCase]:
    if not plan.due:
        return []
    notes = _notes_per_case(session, [case.id for case in plan.due])
    cases = []
    for case in plan.due:
        assert case.closed_on is not None  # planned as past retention
        cases.append(
            RetentionCase(
                reference=case.reference,
                uuid=case.uuid,
                stage=case.stage,
                closed_on=case.closed_on,
                retention_ended_on=retention_ends(case.closed_on, years),
                journal_notes=notes.get(case.id, 0),
                agreement_pdfs_removed=pdfs.get(case.id, 0),
            )
        )
    return cases


# ------------------------------------------------------------------------ anonymising


def _anonymise(
    session: Session, plan: _ClientPlan, years: int, remove_pdfs_on: date | None
) -> list[RetentionCase]:
    """Clear the client's personal fields (and, with *remove_pdfs_on*, the sealed PDFs of
    the cases' agreements, dated that day); the figures stay."""
    session.execute(
        update(Client)
        .where(Client.id == plan.client_id)
        .values(
            client_number=anonymous_client_number(plan.client_id),
            title="",
            first_name="",
            last_name=ANONYMISED_TEXT,
            birth_date=None,
            mobile_phone=None,
            home_phone=None,
            email=None,
            address_line1=ANONYMISED_TEXT,
            address_line2=None,
            postal_code="",
            city=ANONYMISED_TEXT,
            household_adults=1,
            household_children=0,
            employment=EmploymentStatus.OTHER,
            employer=None,
            monthly_income=_ZERO,
            housing_cost=_ZERO,
            other_credit_payments=_ZERO,
            search_name="",
            search_phones="",
            updated_at=utc_now(),
        )
    )
    case_ids = [case.id for case in plan.due]
    # The name on the agreements' rows (what lists show); the sealed snapshot and the
    # PDF's hash, the contract's evidence, are kept (see the module's docstring).
    session.execute(
        update(Agreement).where(Agreement.case_id.in_(case_ids)).values(client_name=ANONYMISED_TEXT)
    )
    pdfs: dict[int, int] = {}
    if remove_pdfs_on is not None:
        pdfs = _pdfs_per_case(session, plan)
        # The one change the triggers allow on a sealed agreement (migration 0017).
        session.execute(
            update(Agreement)
            .where(Agreement.case_id.in_(case_ids), Agreement.pdf.is_not(None))
            .values(pdf=None, pdf_removed_on=remove_pdfs_on)
        )
    # Written past the ORM's flush: the audit trail covers the records as they now are.
    cover_records(session, table_of(Client), [plan.client_id])
    agreement_ids = session.scalars(
        select(Agreement.id).where(Agreement.case_id.in_(case_ids)).order_by(Agreement.id)
    ).all()
    cover_records(session, table_of(Agreement), agreement_ids)
    _anonymise_legal_status(session, plan.client_id, case_ids)
    return _retention_cases(session, plan, years, pdfs)


def _anonymise_legal_status(session: Session, client_id: int, case_ids: list[int]) -> None:
    """The free texts of the overindebtedness files and FICP registrations (an officer's
    note, the incident); their dates and statuses stay, like the figures."""
    files = session.scalars(
        select(OverindebtednessFile.id)
        .where(OverindebtednessFile.case_id.in_(case_ids), OverindebtednessFile.note.is_not(None))
        .order_by(OverindebtednessFile.id)
    ).all()
    if files:
        session.execute(
            update(OverindebtednessFile)
            .where(OverindebtednessFile.id.in_(files))
            .values(note=ANONYMISED_TEXT)
        )
        cover_records(session, table_of(OverindebtednessFile), files)
    registrations = session.scalars(
        select(FicpRegistration.id)
        .where(FicpRegistration.client_id == client_id)
        .order_by(FicpRegistration.id)
    ).all()
    if registrations:
        session.execute(
            update(FicpRegistration)
            .where(FicpRegistration.id.in_(registrations))
            .values(incident=ANONYMISED_TEXT)
        )
        cover_records(session, table_of(FicpRegistration), registrations)
