"""The day's letters: what the escalation policy asks (sending it:
``services/letter_batch.py``).

Two calls, plain data in and out, so that the command line and a window use the same:

- :func:`due_letters` — the batch of a day: one :class:`BatchLine` per case the policy
  has a letter for (due, held for a supervisor's approval, or skipped with its reason);
- ``letter_batch.send_batch`` — renders the due letters (``services/letters.py``),
  records one LETTER journal entry per letter with its PDF archived in it by SHA-256,
  then writes one merged PDF to print (post) and a CSV for the bank's e-mail/SMS
  gateway.

Approvals and exclusions are LETTER_DECISION journal entries (:func:`approve_letter`,
:func:`exclude_letter`): who decided, when, and why, in the case's history and the
audit chain. A letter sent counts in the escalation, so a second run the same day
finds nothing more to send; the journal is checked again under the case's lock.

The policy is read from ``policy.toml`` in the letters' folder (the bank's own through
``RECOUVREMENT_LETTERS_DIR``, else the shipped one); see ``docs/letters.md``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Final

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, joinedload

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, Client, JournalEntry
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.escalation import (
    CaseSituation,
    EscalationPolicy,
    LetterDecision,
    Reason,
    SentLetter,
    Status,
    decide,
    parse_policy,
)
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    Channel,
    JournalKind,
    OfficerRole,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services.agreements.snapshot import read_snapshot
from recouvrement_desktop.services.case_queries import in_branch
from recouvrement_desktop.services.journal import (
    clean_note,
    locked_case,
    new_entry,
    require_officer,
)
from recouvrement_desktop.services.letters import letters_folder
from recouvrement_desktop.services.overindebtedness import frozen_since
from recouvrement_desktop.services.permissions import authorize, authorize_case
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = [
    "BATCH_TIME",
    "POLICY_FILE",
    "BatchLine",
    "LetterBatchError",
    "approve_letter",
    "batch_lines",
    "branch_of",
    "case_id_of",
    "due_letters",
    "exclude_letter",
    "letter_day",
    "load_policy",
    "moment_of",
]

POLICY_FILE: Final = "policy.toml"
# The time of day a batch dated another day than today is recorded at.
BATCH_TIME: Final = time(8, 0, tzinfo=UTC)


class LetterBatchError(UserFacingError):
    context = "Letters"
    exit_code = 2


@dataclass(frozen=True, slots=True)
class BatchLine:
    """One case of the day's batch: the letter the policy asks, and why."""

    case_id: int
    case_reference: str
    client_name: str
    kind: LetterKind
    channel: Channel
    status: Status
    reasons: tuple[Reason, ...]


def load_policy(folder: Path | None = None) -> EscalationPolicy:
    """The escalation policy of the letters' folder, checked (``PolicyFileError``)."""
    path = (folder or letters_folder()) / POLICY_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise LetterBatchError(
            QT_TRANSLATE_NOOP("Letters", "The escalation policy {path} cannot be read: {error}"),
            path=str(path),
            error=error.strerror or str(error),
        ) from error
    return parse_policy(POLICY_FILE, text)


# ----------------------------------------------------------------------- facts


def moment_of(on: date) -> datetime:
    """When something dated *on* is recorded: now for today, else that day's batch time."""
    now = utc_now()
    return now if on == now.astimezone().date() else datetime.combine(on, BATCH_TIME)


def letter_day(entry: JournalEntry) -> date:
    payload = entry.payload or {}
    on = payload.get("on")
    return date.fromisoformat(on) if isinstance(on, str) else entry.occurred_at.date()


def _cases(branch: str | None, policy: EscalationPolicy) -> Select[Case]:
    query = (
        select(Case)
        .where(Case.days_past_due > 0, Case.stage.in_(policy.stages))
        .options(joinedload(Case.client))  # one query, not one per case
    )
    if branch is not None:
        query = query.where(in_branch(branch))
    return query.order_by(Case.reference)


def _letters(session: Session, case_ids: Sequence[int]) -> dict[int, list[JournalEntry]]:
    found: dict[int, list[JournalEntry]] = defaultdict(list)
    for start in range(0, len(case_ids), 500):
        for entry in session.scalars(
            select(JournalEntry).where(
                JournalEntry.case_id.in_(case_ids[start : start + 500]),
                JournalEntry.kind.in_((JournalKind.LETTER, JournalKind.LETTER_DECISION)),
            )
        ):
            found[entry.case_id].append(entry)
    return found


def _pending_promises(session: Session, case_ids: Sequence[int], on: date) -> dict[int, date]:
    settled = select(JournalEntry.refers_to_id).where(
        JournalEntry.kind == JournalKind.PROMISE_OUTCOME, JournalEntry.refers_to_id.is_not(None)
    )
    found: dict[int, date] = {}
    for start in range(0, len(case_ids), 500):
        rows = session.execute(
            select(JournalEntry.case_id, JournalEntry.due_date, JournalEntry.occurred_at).where(
                JournalEntry.case_id.in_(case_ids[start : start + 500]),
                JournalEntry.kind == JournalKind.PROMISE,
                JournalEntry.due_date.is_not(None),
                JournalEntry.id.not_in(settled),
            )
        )
        for case_id, due, made in rows:
            # Unsettled and not yet past its day: a promise whose day passed is the
            # settlement's business (kept or broken), not a reason to wait.
            if due is not None and made.date() <= on <= due:
                found[case_id] = max(due, found.get(case_id, due))
    return found


def _running_plans(
    session: Session, case_ids: Sequence[int], on: date
) -> dict[int, tuple[str, date]]:
    """Signed agreements in force on *on*: signed by then, last instalment not past."""
    found: dict[int, tuple[str, date]] = {}
    for start in range(0, len(case_ids), 500):
        for agreement in session.scalars(
            select(Agreement).where(
                Agreement.case_id.in_(case_ids[start : start + 500]),
                Agreement.status == AgreementState.SIGNED,
            )
        ):
            if agreement.signed_at is not None and agreement.signed_at.date() > on:
                continue
            rows = read_snapshot(agreement.snapshot).model.rows
            until = rows[-1].due_date if rows else None
            if until is not None and until >= on:
                found[agreement.case_id] = (agreement.reference, until)
    return found


def _situation(
    case: Case,
    entries: Iterable[JournalEntry],
    promise: date | None,
    plan: tuple[str, date] | None,
    frozen: date | None = None,
) -> CaseSituation:
    letters: list[SentLetter] = []
    decisions: list[LetterDecision] = []
    for entry in entries:
        payload = entry.payload or {}
        try:
            kind = LetterKind(str(payload.get("letter")))
        except ValueError:
            continue  # a shape no version wrote: it cannot count
        day = letter_day(entry)
        if entry.kind is JournalKind.LETTER:
            letters.append(SentLetter(kind, day))
        else:
            excluded = payload.get("decision") == "excluded"
            decisions.append(LetterDecision(kind, day, excluded, entry.note or ""))
    client = case.client
    return CaseSituation(
        stage=case.stage,
        days_past_due=case.days_past_due,
        letters=tuple(letters),
        decisions=tuple(decisions),
        plan_reference=plan[0] if plan else None,
        plan_until=plan[1] if plan else None,
        promise_due=promise,
        overindebtedness_since=frozen,  # an open file: collection is suspended
        has_email=bool(client.email),
        has_mobile=bool(client.mobile_phone),
    )


def _client_name(client: Client) -> str:
    return " ".join(part for part in (client.first_name, client.last_name) if part)


def batch_lines(
    session: Session, branch: str | None, policy: EscalationPolicy, on: date
) -> list[BatchLine]:
    cases = list(session.scalars(_cases(branch, policy)))
    ids = [case.id for case in cases]
    entries = _letters(session, ids)
    promises = _pending_promises(session, ids, on)
    plans = _running_plans(session, ids, on)
    frozen = frozen_since(session, ids, on)
    lines = []
    for case in cases:
        situation = _situation(
            case,
            entries.get(case.id, ()),
            promises.get(case.id),
            plans.get(case.id),
            frozen.get(case.id),
        )
        outcome = decide(situation, policy, on)
        if outcome.status is Status.NOT_DUE or outcome.kind is None or outcome.channel is None:
            continue
        lines.append(
            BatchLine(
                case_id=case.id,
                case_reference=case.reference,
                client_name=_client_name(case.client),
                kind=outcome.kind,
                channel=outcome.channel,
                status=outcome.status,
                reasons=outcome.reasons,
            )
        )
    return lines


def branch_of(database: Database, identity: Identity | None, permission: Permission) -> str | None:
    grant = authorize(database, identity, permission)
    return None if grant.role is OfficerRole.AUDITOR else grant.branch


def due_letters(
    database: Database,
    identity: Identity | None,
    *,
    on: date,
    policy: EscalationPolicy | None = None,
) -> tuple[BatchLine, ...]:
    """The batch of the day *on* for the cases *identity* may read (their branch's):
    due letters, letters held for approval and skipped ones, by case reference."""
    branch = branch_of(database, identity, Permission.READ_CASES)
    chosen = policy or load_policy()
    with database.session() as session:
        return tuple(batch_lines(session, branch, chosen, on))


# ----------------------------------------------------------------------- decisions


def case_id_of(database: Database, reference: str) -> int:
    with database.session() as session:
        found = session.scalars(select(Case.id).where(Case.reference == reference)).first()
    if found is None:
        raise LetterBatchError(
            QT_TRANSLATE_NOOP("Letters", "No case has the reference {reference}."),
            reference=reference,
        )
    return found


def _decide(
    database: Database,
    identity: Identity | None,
    reference: str,
    kind: LetterKind,
    *,
    on: date,
    excluded: bool,
    reason: str | None,
    permission: Permission,
) -> None:
    require_officer(identity)
    note = clean_note(reason, required=excluded)
    case_id = case_id_of(database, reference)
    authorize_case(database, identity, case_id, permission)
    decision = "excluded" if excluded else "approved"
    with unit_of_work(database, identity) as uow:
        case = locked_case(uow.session, case_id)
        entry = new_entry(
            uow,
            case,
            JournalKind.LETTER_DECISION,
            moment_of(on),
            note=note,
            payload={"letter": kind.value, "decision": decision, "on": on.isoformat()},
        )
        uow.audit(
            f"letters.{decision}",
            "journal_entry",
            entry.uuid,
            case=str(case.uuid),
            letter=kind.value,
            on=on.isoformat(),
        )


def approve_letter(
    database: Database,
    identity: Identity | None,
    case_reference: str,
    kind: LetterKind,
    *,
    on: date,
    note: str | None = None,
) -> None:
    """A supervisor (``APPROVE_PLANS``) allows the letter *kind* of a case: the next
    batch from *on* sends it."""
    _decide(
        database,
        identity,
        case_reference,
        kind,
        on=on,
        excluded=False,
        reason=note,
        permission=Permission.APPROVE_PLANS,
    )


def exclude_letter(
    database: Database,
    identity: Identity | None,
    case_reference: str,
    kind: LetterKind,
    reason: str,
    *,
    on: date,
) -> None:
    """An officer keeps the letter *kind* of a case out of the batches from *on*, for
    the policy's ``exclusion_days``; the reason is required and shown."""
    _decide(
        database,
        identity,
        case_reference,
        kind,
        on=on,
        excluded=True,
        reason=reason,
        permission=Permission.WORK_CASES,
    )
