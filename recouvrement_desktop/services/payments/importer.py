"""``import_payments``: a bank statement (camt.053/054) or a plain CSV of payments,
written in one transaction — all of it, or, when the file is refused, nothing.

Each transaction read is counted once, as one of:

- **matched**: a booked credit found a case (``matching.py``): a payment received on
  it, its arrears paid off; the case's promises are settled and its
  agreement followed (``agreement_followup.py``) as for any payment;
- **unmatched**: a booked credit that found no case, or two, or is not in euros: kept
  in the payments to allocate, where an officer assigns it (``allocation.py``);
- **duplicates**: its bank reference is already stored (a statement imported again, or
  a camt.054 notification then the day's camt.053): nothing added;
- **reversed**: a reversal (``RvslInd``) of a stored entry, undone (``recording.undo``);
- **ignored**: a debit, an entry not booked, a zero amount, the reversal of a debit, or
  the reversal of an entry never imported.

So ``entries`` = matched + unmatched + duplicates + reversed + ignored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import BankEntry
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.recovery import BankEntryStatus
from recouvrement_desktop.services.agreement_followup import follow_in
from recouvrement_desktop.services.payments.camt import is_xml, read_camt
from recouvrement_desktop.services.payments.csv_payments import read_payments_csv
from recouvrement_desktop.services.payments.matching import Matcher, Target
from recouvrement_desktop.services.payments.recording import record_on_case, undo
from recouvrement_desktop.services.payments.statement import (
    UNREADABLE,
    Statement,
    StatementLine,
    refused,
)
from recouvrement_desktop.services.permissions import authorize
from recouvrement_desktop.services.promises import PromisePolicy, settle_in
from recouvrement_desktop.services.unit_of_work import UnitOfWork, unit_of_work

__all__ = ["CURRENCY", "PaymentsReport", "import_payments", "read_statement"]

CURRENCY: Final = "EUR"  # the contracts' currency
REVERSAL_PREFIX: Final = "RVSL/"  # a reversal is kept under its reference so prefixed
_CHUNK: Final = 500


@dataclass
class PaymentsReport:
    file: str
    source: str
    sha256: str
    entries: int = 0
    matched: int = 0
    unmatched: int = 0
    duplicates: int = 0
    reversed: int = 0
    ignored: int = 0
    cases: set[int] = field(default_factory=set)  # the cases that received a payment

    def counts(self) -> dict[str, int]:
        return {
            "entries": self.entries,
            "matched": self.matched,
            "unmatched": self.unmatched,
            "duplicates": self.duplicates,
            "reversed": self.reversed,
            "ignored": self.ignored,
        }


def read_statement(path: Path) -> Statement:
    """The file's transactions, camt or CSV (told apart by its first character)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise refused(UNREADABLE, reason=error.strerror or str(error)) from None
    return read_camt(data) if is_xml(data) else read_payments_csv(data)


def _stored_key(line: StatementLine) -> str:
    return (REVERSAL_PREFIX + line.reference)[:80] if line.reversal else line.reference


class _Writer:
    def __init__(self, uow: UnitOfWork, report: PaymentsReport, lines: Sequence[StatementLine]):
        self.uow = uow
        self.session = uow.session
        self.report = report
        self.officer_id = uow.officer.id if uow.officer else None
        self.seen = self._stored({_stored_key(line) for line in lines})
        credits = [line for line in lines if line.credit and line.booked and not line.reversal]
        self.matcher = Matcher(self.session, credits)

    def _stored(self, keys: set[str]) -> set[str]:
        ordered, found = sorted(keys), set[str]()
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            found.update(
                self.session.scalars(
                    select(BankEntry.reference).where(BankEntry.reference.in_(chunk))
                )
            )
        return found

    def _new_entry(self, line: StatementLine, status: BankEntryStatus) -> BankEntry:
        entry = BankEntry(
            reference=_stored_key(line),
            source=self.report.source,
            file_name=self.report.file[:255],
            booked_on=line.booked_on,
            amount=line.amount,
            currency=line.currency,
            debtor_name=line.debtor_name,
            remittance=line.remittance,
            end_to_end_id=line.end_to_end_id,
            creditor_reference=line.creditor_reference,
            status=status,
            imported_by_id=self.officer_id,
            imported_at=utc_now(),
        )
        self.session.add(entry)
        self.session.flush()
        return entry

    def write(self, line: StatementLine) -> None:
        report = self.report
        report.entries += 1
        # A reversal of a credit is booked as a debit; a reversal of a debit (a credit)
        # gives back what was never a payment: ignored, as debits are.
        wanted = line.credit != line.reversal  # a credit, or the reversal of one
        if not (line.booked and wanted and line.amount > 0):
            report.ignored += 1
            return
        key = _stored_key(line)
        if key in self.seen:
            report.duplicates += 1
            return
        self.seen.add(key)
        if line.reversal:
            self._reverse(line)
            return
        target = self.matcher.match(line) if line.currency == CURRENCY else "currency"
        entry = self._new_entry(line, BankEntryStatus.UNMATCHED)
        if isinstance(target, Target):
            record_on_case(self.uow, entry, target.case_id, target.loan_id)
            report.matched += 1
            report.cases.add(target.case_id)
        else:
            entry.reason = target
            report.unmatched += 1

    def _original(self, line: StatementLine) -> BankEntry | None:
        """The stored credit a reversal undoes: the one with the same bank reference,
        else with the same end-to-end id, creditor reference or remittance text (and
        debtor) — always of the same amount, the latest first."""
        keys = [BankEntry.reference == line.reference]
        if line.end_to_end_id:
            keys.append(BankEntry.end_to_end_id == line.end_to_end_id)
        elif line.creditor_reference:
            keys.append(BankEntry.creditor_reference == line.creditor_reference)
        elif line.remittance:
            keys.append(
                (BankEntry.remittance == line.remittance)
                & (BankEntry.debtor_name == line.debtor_name)
            )
        statement = (
            select(BankEntry)
            .where(BankEntry.status.in_([BankEntryStatus.MATCHED, BankEntryStatus.UNMATCHED]))
            .where(BankEntry.amount == line.amount)
            .order_by(BankEntry.booked_on.desc(), BankEntry.id.desc())
        )
        for key in keys:  # the bank reference first
            found = self.session.scalars(statement.where(key).limit(1)).first()
            if found is not None:
                return found
        return None

    def _reverse(self, line: StatementLine) -> None:
        original = self._original(line)
        if original is None:
            self.report.ignored += 1  # the reversal of an entry never imported here
            return
        reversal = self._new_entry(line, BankEntryStatus.REVERSAL)
        undo(self.uow, original, reversal)
        if original.case_id is not None:
            self.report.cases.add(original.case_id)
        self.report.reversed += 1


def import_payments(
    database: Database,
    by: Identity | None,
    path: Path,
    *,
    today: date | None = None,
    policy: PromisePolicy | None = None,
) -> PaymentsReport:
    """Import the statement at *path*; a file that cannot be read is refused
    (``PaymentFileError``) before anything is written."""
    authorize(database, by, Permission.IMPORT_DATA)
    statement = read_statement(path)
    report = PaymentsReport(file=path.name, source=statement.source, sha256=statement.sha256)
    day = today or utc_now().date()
    with unit_of_work(database, by) as uow:
        writer = _Writer(uow, report, statement.lines)
        for line in statement.lines:
            writer.write(line)
        uow.session.flush()
        settle_in(uow, day, policy or PromisePolicy(), sorted(report.cases))
        follow_in(uow, day, sorted(report.cases))  # agreement instalments paid or missed
        details: dict[str, Any] = {"file": report.file, "sha256": report.sha256}
        uow.audit(
            "payments.imported", "import", None, source=report.source, **details, **report.counts()
        )
    return report
