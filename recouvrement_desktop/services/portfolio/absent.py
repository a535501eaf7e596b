"""Contracts a full extract no longer holds: never deleted, but marked with the day they
left and written in their case's journal; a case whose every contract has left is put
before its officer today, as one that may be settled (paid off, sold, or taken over by
litigation — the officer knows which)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from recouvrement_desktop.db.audit import cover_in_bulk
from recouvrement_desktop.db.models import Case, JournalEntry, Loan, table_of
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import CaseStage, JournalKind
from recouvrement_desktop.services.portfolio.bulk_writes import insert_records

__all__ = ["LeftNotes", "mark_left_contracts"]

_OPEN_CASE: Final = Case.stage.not_in((CaseStage.SETTLED, CaseStage.WRITTEN_OFF))
_CHUNK: Final = 500


@dataclass(frozen=True, slots=True)
class LeftNotes:
    """The journal's texts, in the caller's language: ``{contracts}`` and ``{file}``."""

    left: str
    all_left: str


@dataclass(frozen=True, slots=True)
class LeftContracts:
    contracts: int  # contracts that left with this file
    cases: int  # cases whose every contract has now left


def mark_left_contracts(
    session: Session,
    by: Identity | None,
    present: Collection[str],
    *,
    today: date,
    file: str,
    sha256: str,
    notes: LeftNotes,
) -> LeftContracts:
    """Mark the contracts of open cases absent from *present* (the file's contract
    numbers, valid lines or not) as left today, in the caller's transaction."""
    rows = session.execute(
        select(Loan.id, Loan.contract_number, Loan.case_id, Loan.left_extract_on)
        .join(Case, Case.id == Loan.case_id)
        .where(_OPEN_CASE)
    ).all()
    known = frozenset(present)
    left: dict[int, list[tuple[int, str]]] = defaultdict(list)  # by case
    still_in: set[int] = set()  # cases with a contract still in the extract
    for loan_id, contract, case_id, left_on in rows:
        if contract in known:
            still_in.add(case_id)
        elif left_on is None:
            left[case_id].append((loan_id, contract))
    if not left:
        return LeftContracts(0, 0)
    loan_ids = [loan_id for loans in left.values() for loan_id, _ in loans]
    for start in range(0, len(loan_ids), _CHUNK):
        chunk = loan_ids[start : start + _CHUNK]
        session.execute(
            update(Loan)
            .where(Loan.id.in_(chunk))
            .values(left_extract_on=today, updated_at=utc_now())
        )
    cover_in_bulk(session, table_of(Loan), keys=loan_ids)

    settled = sorted(case_id for case_id in left if case_id not in still_in)
    now = utc_now()
    officer_id = by.id if by else None
    entries = []
    for case_id, loans in sorted(left.items()):
        contracts = ", ".join(contract for _, contract in loans)
        all_left = case_id in settled
        note = (notes.all_left if all_left else notes.left).format(contracts=contracts, file=file)
        entries.append(
            JournalEntry(
                uuid=uuid.uuid4(),
                case_id=case_id,
                kind=JournalKind.NOTE,
                occurred_at=now,
                recorded_at=now,
                officer_id=officer_id,
                note=note,
                payload={
                    "import": file,
                    "sha256": sha256,
                    "left_extract": [contract for _, contract in loans],
                    "may_be_settled": all_left,
                },
            )
        )
    insert_records(session, JournalEntry, entries)
    for start in range(0, len(settled), _CHUNK):
        chunk = settled[start : start + _CHUNK]
        session.execute(
            update(Case).where(Case.id.in_(chunk)).values(next_action_date=today, updated_at=now)
        )
    if settled:
        cover_in_bulk(session, table_of(Case), keys=settled)
    return LeftContracts(len(loan_ids), len(settled))
