"""Every permission, proved in the service layer (not through the window), on both
backends: each role may do what the role table says and nothing else; the case's branch
counts; each refusal is a translated message and an audit event, and writes nothing."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AccessRecord, AuditEvent, Case, JournalEntry, Loan
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import ROLE_PERMISSIONS, Permission
from recouvrement_desktop.domain.recovery import Channel, LoanCategory, OfficerRole
from recouvrement_desktop.services import accounts, journal, sessions
from recouvrement_desktop.services.access_log import accesses_to_client
from recouvrement_desktop.services.backups import back_up
from recouvrement_desktop.services.case_file import open_case
from recouvrement_desktop.services.permissions import AccessRefusedError
from recouvrement_desktop.services.retention import run_retention
from tests.factories import add_officer

from .conftest import new_client

Operation = Callable[[Database, Identity, int], object]


def _add_note(database: Database, who: Identity, case_id: int) -> object:
    return journal.add_note(database, who, case_id, "Appel du client")


def _start_session(database: Database, who: Identity, case_id: int) -> object:
    return sessions.start_session(database, who, case_id, Channel.PHONE)


def _open_case(database: Database, who: Identity, case_id: int) -> object:
    return open_case(database, who, case_id)


def _list_users(database: Database, who: Identity, _case_id: int) -> object:
    return accounts.list_users(database, who)


def _read_access_log(database: Database, who: Identity, _case_id: int) -> object:
    return accesses_to_client(database, who, "C0000001")


def _back_up(database: Database, who: Identity, _case_id: int) -> object:
    return back_up(database, who, Path(tempfile.mkdtemp()) / "copy.backup")


def _run_retention(database: Database, who: Identity, _case_id: int) -> object:
    return run_retention(database, who)


OPERATIONS: dict[str, tuple[Operation, Permission]] = {
    "add a note": (_add_note, Permission.WORK_CASES),
    "start a call": (_start_session, Permission.WORK_CASES),
    "open a case": (_open_case, Permission.READ_CASES),
    "list the users": (_list_users, Permission.MANAGE_USERS),
    "read the access log": (_read_access_log, Permission.READ_ACCESS_LOG),
    "back up the database": (_back_up, Permission.BACKUP_RESTORE),
    "run the retention job": (_run_retention, Permission.RUN_RETENTION),
}


def person(
    database: Database, role: OfficerRole, branch: str = "Agence Lyon", name: str = ""
) -> Identity:
    return add_officer(
        database,
        login=name or f"{role.value}.{'-'.join(branch.lower().split())}",
        full_name=f"{role.value.title()} {branch}",
        role=role,
        branch=branch,
        max_waiver="500.00",
        max_extension_months=12,
        min_rate="2.5000",
    )


@pytest.fixture
def lyon_case(database: Database) -> int:
    """A case of the Lyon branch (assigned to a Lyon officer), with one loan."""
    owner = person(database, OfficerRole.OFFICER, "Agence Lyon Owner", name="owner")
    with database.transaction() as session:
        case = Case(
            reference="DOS-2026-000042",
            client=new_client(),
            officer_id=owner.id,
            stage="amicable",
            priority="normal",
            opened_on=date(2026, 9, 1),
        )
        session.add(case)
        session.flush()
        session.add(
            Loan(
                case_id=case.id,
                contract_number="PP-42",
                category=LoanCategory.PERSONAL_LOAN,
                original_amount=Decimal("9000.00"),
                nominal_rate=Decimal("5.0000"),
                start_date=date(2025, 1, 5),
                term_months=48,
                installment=Decimal("207.27"),
                outstanding_principal=Decimal("6000.00"),
            )
        )
        return case.id


def counts(database: Database) -> tuple[int, int, int]:
    with database.session() as session:
        return (
            int(session.scalar(select(func.count(JournalEntry.id))) or 0),
            int(session.scalar(select(func.count(AccessRecord.id))) or 0),
            int(session.scalar(select(func.count(AuditEvent.id))) or 0),
        )


def last_action(database: Database) -> str:
    with database.session() as session:
        action = session.scalars(
            select(AuditEvent.action).order_by(AuditEvent.sequence.desc()).limit(1)
        ).one()
        return str(action)


@pytest.mark.parametrize("role", list(OfficerRole))
@pytest.mark.parametrize("name", list(OPERATIONS))
def test_each_role_may_do_what_its_permissions_say_and_nothing_else(
    database: Database, lyon_case: int, role: OfficerRole, name: str
) -> None:
    operation, needed = OPERATIONS[name]
    who = person(database, role, "Agence Lyon Owner")  # the case's own branch
    allowed = needed in ROLE_PERMISSIONS[role]
    before = counts(database)
    if allowed:
        operation(database, who, lyon_case)
        return
    with pytest.raises(AccessRefusedError) as refused:
        operation(database, who, lyon_case)
    assert refused.value.message  # a sentence of the "Permissions" catalogue
    journal_rows, accesses, audit_events = counts(database)
    assert (journal_rows, accesses, audit_events) == (before[0], before[1], before[2] + 1)
    assert last_action(database) == "permission.refused"


def test_the_role_table() -> None:
    """What the issue asks of each role, read from the table the services use."""
    officer, supervisor = (
        ROLE_PERMISSIONS[OfficerRole.OFFICER],
        ROLE_PERMISSIONS[OfficerRole.SUPERVISOR],
    )
    administrator = ROLE_PERMISSIONS[OfficerRole.ADMINISTRATOR]
    auditor = ROLE_PERMISSIONS[OfficerRole.AUDITOR]
    assert Permission.APPROVE_PLANS not in officer and Permission.APPROVE_PLANS in supervisor
    assert officer < supervisor  # a supervisor does all an officer does, and more
    assert {Permission.IMPORT_DATA, Permission.ALLOCATE_PAYMENTS, Permission.EXPORT_OUTCOMES,
            Permission.SEND_LETTERS, Permission.REASSIGN_CASES} <= supervisor  # fmt: skip
    assert not administrator & {Permission.READ_CASES, Permission.WORK_CASES}  # no case work
    assert Permission.MANAGE_USERS in administrator
    assert {Permission.BACKUP_RESTORE, Permission.RUN_RETENTION} <= administrator
    assert not any(Permission.RUN_RETENTION in ROLE_PERMISSIONS[role] for role in
                   (OfficerRole.OFFICER, OfficerRole.SUPERVISOR, OfficerRole.AUDITOR))  # fmt: skip
    assert auditor == {Permission.READ_CASES, Permission.READ_AUDIT, Permission.READ_ACCESS_LOG}


def test_an_officer_works_the_cases_of_their_branch_only(
    database: Database, lyon_case: int
) -> None:
    paris = person(database, OfficerRole.OFFICER, "Agence Paris")
    supervisor = person(database, OfficerRole.SUPERVISOR, "Agence Paris")
    for who in (paris, supervisor):
        before = counts(database)
        with pytest.raises(AccessRefusedError, match="another branch"):
            journal.add_note(database, who, lyon_case, "Hors agence")
        with pytest.raises(AccessRefusedError, match="another branch"):
            open_case(database, who, lyon_case)
        assert counts(database)[:2] == before[:2]
    auditor = person(database, OfficerRole.AUDITOR, "Inspection")
    assert open_case(database, auditor, lyon_case).detail is not None  # reads every branch


def test_an_account_disabled_meanwhile_can_do_nothing(database: Database, lyon_case: int) -> None:
    administrator = person(database, OfficerRole.ADMINISTRATOR, "Siège")
    officer = person(database, OfficerRole.OFFICER, "Agence Lyon Owner")
    journal.add_note(database, officer, lyon_case, "Avant")
    accounts.disable_user(database, administrator, officer.login)
    with pytest.raises(AccessRefusedError, match="active account"):
        journal.add_note(database, officer, lyon_case, "Après")


def test_opening_a_case_is_in_the_access_log_for_the_auditor(
    database: Database, lyon_case: int
) -> None:
    officer = person(database, OfficerRole.OFFICER, "Agence Lyon Owner")
    auditor = person(database, OfficerRole.AUDITOR, "Inspection")
    opened = open_case(database, officer, lyon_case)
    assert opened.detail is not None
    open_case(database, auditor, lyon_case)
    entries = accesses_to_client(database, auditor, opened.detail.client.client_number)
    assert [(entry.login, entry.case_reference) for entry in entries] == [
        (officer.login, "DOS-2026-000042"),
        (auditor.login, "DOS-2026-000042"),
    ]
    assert all(entry.machine and entry.purpose == "case_opened" for entry in entries)
    with pytest.raises(AccessRefusedError):
        accesses_to_client(database, officer, opened.detail.client.client_number)
