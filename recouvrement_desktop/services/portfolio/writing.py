"""The valid lines of a portfolio file written into an open transaction: clients,
contracts and cases found or created, figures brought up to date, changes journaled.

The lines are worked on in memory (the session never flushes them); then the changed
records are updated and the new ones inserted in bulk (``bulk_writes``), each table in
one statement, covered by the audit chain in bulk. What only the
database can refuse is checked here, line by line, before the line
writes anything: a contract held by another client, an unknown officer, a case
reference that is another client's.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from recouvrement_desktop.db.models import Agreement, Case, Client, JournalEntry, Loan, Officer
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.portfolio_rows import ContractRow, RowIssue
from recouvrement_desktop.domain.recovery import (
    AgreementState,
    CasePriority,
    CaseStage,
    JournalKind,
    OfficerRole,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.services.legal_deadlines import nearest_forclusion, refresh_cases
from recouvrement_desktop.services.portfolio.bulk_writes import insert_records, update_records
from recouvrement_desktop.services.portfolio.records import (
    CLIENT_FIELDS,
    LOAN_FIELDS,
    apply_client,
    apply_loan,
    new_client,
    new_loan,
)
from recouvrement_desktop.services.portfolio.report import ImportReport

__all__ = ["PortfolioWriter"]

CLOSED: Final = (CaseStage.SETTLED, CaseStage.WRITTEN_OFF)
# What an import changes of a case.
CASE_FIELDS: Final = ("total_arrears", "days_past_due", "forclusion_date")
_CHUNK: Final = 500  # keys per IN (...) query, well under every database's limit
_PROGRESS_EVERY: Final = 1000  # lines between two reports of progress
_TABLE_STEPS: Final = 5  # steps of progress after the lines: the tables written in bulk


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    items = sorted(set(values))
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _priority(total_arrears: Decimal, days: int) -> CasePriority:
    """A new case's priority, by the rule of the demonstration data (no history yet)."""
    if total_arrears > 5000:
        return CasePriority.URGENT
    if days > 90:
        return CasePriority.HIGH
    if total_arrears > 300:
        return CasePriority.NORMAL
    return CasePriority.LOW


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class PortfolioWriter:
    def __init__(
        self,
        session: Session,
        by: Identity | None,
        report: ImportReport,
        today: date,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.session = session
        # Told (lines done, steps in all): the lines, then one step per table written.
        self.on_progress = on_progress
        self.by = by
        self.report = report
        self.today = today
        self.clients: dict[str, Client] = {}
        self.loans: dict[str, Loan] = {}
        self.cases_by_reference: dict[str, Case] = {}
        self.case_of_client: dict[str, Case] = {}
        self.new_clients: list[Client] = []  # transient until ``_insert``
        self.new_cases: list[Case] = []
        self.new_loans: list[Loan] = []
        self.case_client: dict[int, Client] = {}  # by id() of a new case
        self.loans_added: dict[int, list[Loan]] = defaultdict(list)  # by id() of a case
        self.touched: dict[int, Case] = {}  # by id(): new cases have no key yet
        self.changed_clients: dict[int, Client] = {}  # existing records, by key
        self.changed_cases: dict[int, Case] = {}
        self.changed_loans: dict[int, Loan] = {}
        self.entries: list[JournalEntry] = []
        self.changes: dict[int, list[dict[str, str]]] = defaultdict(list)
        self.updated_clients: set[str] = set()
        self.officers: dict[str, Officer] = {}
        self.branch_officers: dict[str, list[Officer]] = defaultdict(list)
        self.load: dict[int, int] = defaultdict(int)
        self.next_number = 0
        self._rows = 0  # the valid lines being written

    # -- what is already there -------------------------------------------------------

    def _preload(self, rows: Sequence[ContractRow]) -> None:
        session = self.session
        for chunk in _chunks(row.required_text("client_number") for row in rows):
            found = session.scalars(select(Client).where(Client.client_number.in_(chunk)))
            self.clients.update((client.client_number, client) for client in found)
        for chunk in _chunks(row.required_text("contract_number") for row in rows):
            # Each contract's case, not yet the case's other contracts: only the cases
            # whose figures change need them (``_load_case_loans``).
            loans = session.scalars(
                select(Loan).where(Loan.contract_number.in_(chunk)).options(selectinload(Loan.case))
            )
            self.loans.update((loan.contract_number, loan) for loan in loans)
        references = [ref for row in rows if (ref := row.text("case_reference"))]
        for chunk in _chunks(references):
            cases = session.scalars(select(Case).where(Case.reference.in_(chunk)))
            self.cases_by_reference.update((case.reference, case) for case in cases)
        for officer in session.scalars(select(Officer).where(Officer.active.is_(True))):
            self.officers[officer.login.lower()] = officer
            if officer.role is OfficerRole.OFFICER:
                self.branch_officers[officer.branch.lower()].append(officer)
        open_cases = session.execute(
            select(Case.officer_id, func.count(Case.id))
            .where(Case.officer_id.is_not(None), Case.stage.not_in(CLOSED))
            .group_by(Case.officer_id)
        )
        for officer_id, count in open_cases:
            if officer_id is not None:
                self.load[officer_id] = count
        prefix = f"REC-{self.today.year}-"
        taken = session.scalars(select(Case.reference).where(Case.reference.like(prefix + "%")))
        numbers = [int(ref[len(prefix) :]) for ref in taken if ref[len(prefix) :].isdigit()]
        self.next_number = max(numbers, default=0) + 1

    # -- checks only the database can make ----------------------------------------------

    def _database_issues(self, row: ContractRow) -> list[RowIssue]:
        issues: list[RowIssue] = []
        client_number = row.required_text("client_number")
        contract = row.required_text("contract_number")
        loan = self.loans.get(contract)
        owner = self.clients.get(client_number)
        if loan is not None and (owner is None or owner.id != loan.case.client_id):
            message = QT_TRANSLATE_NOOP("Domain", "The contract {value} is client {client}'s")
            params = {"value": contract, "client": loan.case.client.client_number}
            issues.append(RowIssue(row.line, "contract_number", contract, message, params))
        login = row.text("officer_login")
        if login and login.lower() not in self.officers:
            message = QT_TRANSLATE_NOOP("Domain", "No active account has the login {value}")
            issues.append(RowIssue(row.line, "officer_login", login, message, {"value": login}))
        reference = row.text("case_reference")
        case = self.cases_by_reference.get(reference) if reference else None
        if reference and case is not None and self._client_of(case) != client_number:
            message = QT_TRANSLATE_NOOP("Domain", "The case {value} is another client's")
            issues.append(
                RowIssue(row.line, "case_reference", reference, message, {"value": reference})
            )
        return issues

    # -- writing -------------------------------------------------------------------------

    def write(self, rows: Sequence[ContractRow], note: str) -> None:
        self.session.flush()  # nothing of the caller's left pending
        with self.session.no_autoflush:
            self._preload(rows)
            self._rows = len(rows)
            for number, row in enumerate(rows):
                if number % _PROGRESS_EVERY == 0:
                    self._step(number)
                issues = self._database_issues(row)
                if issues:
                    self.report.rejected.extend(issues)
                else:
                    self._write_row(row)
            self._load_case_loans()
            for case in self.touched.values():
                self._refresh_totals(case)
            for case in self.new_cases:
                case.priority = _priority(case.total_arrears, case.days_past_due)
            self._journal(note)
        self.report.updated_clients = len(self.updated_clients)
        # The session forgets the objects: their changes are written below, in bulk.
        self.session.expunge_all()
        self._write_all()

    def _load_case_loans(self) -> None:
        """The contracts of the existing cases whose totals follow, a chunk of cases a
        query (those already in the session keep the changes made to them)."""
        ids = sorted({case.id for case in self.touched.values() if case.id is not None})
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            self.session.scalars(
                select(Case).where(Case.id.in_(chunk)).options(selectinload(Case.loans))
            ).all()

    def _write_all(self) -> None:
        """The changed records, then the new clients, their cases, the contracts and
        the journal entries, each table in bulk."""
        session = self.session
        lines = self._rows
        step = self._step
        update_records(session, Client, list(self.changed_clients.values()), CLIENT_FIELDS)
        update_records(session, Case, list(self.changed_cases.values()), CASE_FIELDS)
        update_records(session, Loan, list(self.changed_loans.values()), LOAN_FIELDS)
        step(lines + 1)
        insert_records(session, Client, self.new_clients)
        step(lines + 2)
        for case in self.new_cases:
            case.client_id = self.case_client[id(case)].id
        insert_records(session, Case, self.new_cases)
        step(lines + 3)
        for case_key, loans in self.loans_added.items():
            for loan in loans:
                loan.case_id = self.touched[case_key].id
        insert_records(session, Loan, self.new_loans)
        step(lines + 4)
        insert_records(session, JournalEntry, self.entries)
        step(lines + _TABLE_STEPS)
        self._refresh_rescheduled()

    def _step(self, done: int) -> None:
        if self.on_progress is not None:
            self.on_progress(done, self._rows + _TABLE_STEPS)

    def _refresh_rescheduled(self) -> None:
        """The forclusion of the written cases under a signed agreement, which restarts
        it (few cases: each read whole, written and covered by the ORM)."""
        ids = [case.id for case in self.touched.values() if case.id is not None]
        rescheduled: list[int] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            rescheduled += self.session.scalars(
                select(Agreement.case_id)
                .where(Agreement.case_id.in_(chunk), Agreement.status == AgreementState.SIGNED)
                .distinct()
            )
        if rescheduled:
            refresh_cases(self.session, rescheduled)
            self.session.flush()

    def _client_of(self, case: Case) -> str:
        client = self.case_client.get(id(case))
        return (client or case.client).client_number

    def _write_row(self, row: ContractRow) -> None:
        client = self._client(row)
        contract = row.required_text("contract_number")
        loan = self.loans.get(contract)
        changed = False
        if loan is None:
            loan = new_loan(row, self.today)
            case = self._case_for(row, client)
            self.loans_added[id(case)].append(loan)
            self.new_loans.append(loan)
            self.loans[contract] = loan
            self.touched[id(case)] = case
            self.report.created_contracts += 1
            changed = True
        else:
            days, first_unpaid = loan.days_past_due, loan.first_unpaid_date
            changes = apply_loan(loan, row, self.today)
            if changes or (loan.days_past_due, loan.first_unpaid_date) != (days, first_unpaid):
                self.touched[id(loan.case)] = loan.case  # its totals follow
                self.changed_loans[loan.id] = loan
            if changes:
                self.report.updated_contracts += 1
                self.changes[id(loan.case)].extend(
                    {"contract": contract, "field": name, "from": _text(old), "to": _text(new)}
                    for name, (old, new) in changes.items()
                )
                changed = True
        if not changed and client.client_number not in self.updated_clients and client.id:
            self.report.unchanged += 1

    def _client(self, row: ContractRow) -> Client:
        number = row.required_text("client_number")
        client = self.clients.get(number)
        if client is None:
            client = new_client(row)
            self.new_clients.append(client)
            self.clients[number] = client
            self.report.created_clients += 1
        elif client.id is not None and apply_client(client, row):
            self.updated_clients.add(number)
            self.changed_clients[client.id] = client
        return client

    def _case_for(self, row: ContractRow, client: Client) -> Case:
        """The case a new contract joins: the one named, else the client's open case,
        else a new one."""
        reference = row.text("case_reference")
        if reference:
            case = self.cases_by_reference.get(reference)
            return case if case is not None else self._new_case(row, client, reference)
        case = self.case_of_client.get(client.client_number)
        if case is None and client.id is not None:
            open_cases = [case for case in client.cases if case.stage not in CLOSED]
            case = max(open_cases, key=lambda case: case.id, default=None)
        if case is None:
            case = self._new_case(row, client, None)
        self.case_of_client[client.client_number] = case
        return case

    def _new_case(self, row: ContractRow, client: Client, reference: str | None) -> Case:
        if reference is None:
            reference = f"REC-{self.today.year}-{self.next_number:07d}"
            self.next_number += 1
        officer = self._officer_for(row)
        case = Case(
            reference=reference,
            officer_id=officer.id if officer else None,
            stage=CaseStage.AMICABLE,
            priority=CasePriority.NORMAL,
            opened_on=self.today,
            next_action_date=self.today,
            total_arrears=Decimal("0.00"),
            days_past_due=0,
            has_broken_promise=False,
        )
        self.case_client[id(case)] = client
        self.cases_by_reference[reference] = case
        self.new_cases.append(case)
        self.report.created_cases += 1
        return case

    def _officer_for(self, row: ContractRow) -> Officer | None:
        """The officer named by the line, else the least loaded officer of its branch."""
        login = row.text("officer_login")
        if login:
            officer: Officer | None = self.officers[login.lower()]
        else:
            branch = (row.text("branch") or "").lower()
            candidates = self.branch_officers.get(branch, [])
            officer = min(candidates, key=lambda one: (self.load[one.id], one.id), default=None)
        if officer is not None:
            self.load[officer.id] += 1
        return officer

    def _refresh_totals(self, case: Case) -> None:
        stored = case.loans if id(case) not in self.case_client else []
        loans = [*stored, *self.loans_added.get(id(case), [])]
        total = sum((loan.arrears_amount for loan in loans), Decimal("0.00"))
        days = max((loan.days_past_due for loan in loans), default=0)
        # From the contracts alone; a case under a signed agreement is refreshed whole
        # once written (``_refresh_rescheduled``).
        nearest = nearest_forclusion(loans, today=self.today)
        if (case.total_arrears, case.days_past_due, case.forclusion_date) != (
            total,
            days,
            nearest,
        ):
            case.total_arrears, case.days_past_due = total, days
            case.forclusion_date = nearest
            if id(case) not in self.case_client:
                self.changed_cases[case.id] = case

    def _journal(self, note: str) -> None:
        now = utc_now()
        for key, changes in self.changes.items():
            case = self.touched[key]
            self.entries.append(
                JournalEntry(
                    uuid=uuid.uuid4(),
                    case_id=case.id,
                    kind=JournalKind.NOTE,
                    occurred_at=now,
                    recorded_at=now,
                    officer_id=self.by.id if self.by else None,
                    note=note,
                    payload={
                        "import": self.report.file,
                        "sha256": self.report.sha256,
                        "changes": changes,
                    },
                )
            )
            self.report.journal_entries += 1
