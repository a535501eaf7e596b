"""The portfolio import (services/portfolio/), on SQLite and on the real PostgreSQL
server: the example file imports cleanly, a bad line writes nothing, ``skip_invalid``
writes the good lines, a second import changes nothing, a changed balance is journaled,
a dry run writes nothing, and the audit chain covers every record it wrote."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recouvrement_desktop.db.audit import COVERAGE_ACTIONS
from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    AuditEvent,
    Case,
    Client,
    JournalEntry,
    Loan,
    Officer,
    PortfolioImport,
)
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import CaseStage, JournalKind, LoanCategory, OfficerRole
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.journal import add_note
from recouvrement_desktop.services.permissions import AccessRefusedError
from recouvrement_desktop.services.portfolio.importer import import_portfolio
from tests.factories import add_officer

TODAY = date(2026, 12, 3)
EXAMPLE = resource_path("import", "portfolio-example.csv")
HEADER = (
    "client_number;last_name;first_name;address_line1;postal_code;city;contract_number;"
    "category;original_amount;nominal_rate;start_date;term_months;installment;"
    "outstanding_principal;arrears_amount;fees;penalties;first_unpaid_date;branch;"
    "officer_login;case_reference"
)
LINE_A = ("CL-1;Roux;Béatrice;140 route de Vienne;69008;Lyon;PP-1;personal_loan;6 500,00;4,9;"
          "01/07/2020;72;104,36;1 613,08;521,80;60,00;40,00;05/07/2026;Agence Lyon;;")  # fmt: skip
LINE_B = ("CL-1;Roux;Béatrice;140 route de Vienne;69008;Lyon;RV-1;revolving_credit;1 500;19,9 %;"
          "2024-03-15;24;72,00;1 288,60;72,00;15;0;15/11/2026;Agence Lyon;;")  # fmt: skip
LINE_C = ("CL-2;Martin;Théo;9 rue Paul Bert;69003;Lyon;DC-1;overdraft;800,00;8;01/03/2026;12;"
          "0;643,25;32,16;0;8;30/10/2026;;p.durand;")  # fmt: skip
LINE_D = ("CL-2;Martin;Théo;9 rue Paul Bert;69003;Lyon;AU-1;car_loan;9 000,00;3,9;01/03/2025;60;"
          "165,00;7 000,00;165,00;0;0;30/10/2026;;p.durand;DOS-AUTO-1")  # fmt: skip


@pytest.fixture
def supervisor(database: Database) -> Identity:
    return add_officer(
        database, login="s.bernard", full_name="Sophie Bernard", role=OfficerRole.SUPERVISOR,
        branch="Agence Lyon", max_waiver="2000.00", max_extension_months=24, min_rate="1.0000",
    )  # fmt: skip


@pytest.fixture
def officers(database: Database) -> dict[str, Identity]:
    made = {}
    for login, name, branch in (
        ("p.durand", "Paul Durand", "Agence Grenoble Centre"),
        ("a.petit", "Anne Petit", "Agence Lyon"),
        ("l.morel", "Luc Morel", "Agence Lyon Part-Dieu"),
    ):
        made[login] = add_officer(
            database, login=login, full_name=name, branch=branch, max_waiver="500.00",
            max_extension_months=12, min_rate="2.5000",
        )  # fmt: skip
    return made


def write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join((HEADER, *lines)) + "\n", encoding="utf-8")
    return path


def count(database: Database, model: type[object]) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def totals(database: Database) -> dict[str, int]:
    return {model.__name__: count(database, model) for model in (Client, Case, Loan, JournalEntry)}


def import_events(database: Database) -> list[AuditEvent]:
    with database.session() as session:
        return list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action.not_in(COVERAGE_ACTIONS))
                .where(AuditEvent.action == "portfolio.imported")
            )
        )


def assert_audit_intact(database: Database) -> None:
    with database.session() as session:
        assert verify_audit(session).intact


def test_the_example_file_imports_cleanly(
    database: Database, supervisor: Identity, officers: dict[str, Identity]
) -> None:
    report = import_portfolio(database, supervisor, EXAMPLE, today=TODAY)
    assert report.rejected == [] and report.written
    assert (report.lines, report.created_clients, report.created_contracts) == (10, 8, 10)
    assert report.created_cases == 8  # a client's contracts share a case
    assert totals(database) == {"Client": 8, "Case": 8, "Loan": 10, "JournalEntry": 0}
    with database.session() as session:
        client = session.scalars(select(Client).where(Client.client_number == "CLI-100231")).one()
        assert (client.first_name, client.last_name, client.city) == ("Hélène", "Lefèvre", "Lyon")
        assert client.search_name == "helene lefevre"
        assert client.search_phones == "0612345678 0478123456"
        assert client.monthly_income == Decimal("2150.00")
        (case,) = client.cases
        assert [loan.contract_number for loan in case.loans] == ["PP-2022-004512", "RV-2019-118734"]
        loan = case.loans[0]
        assert loan.category is LoanCategory.PERSONAL_LOAN
        assert loan.nominal_rate == Decimal("5.9")
        assert (loan.fees, loan.penalties) == (Decimal("40.00"), Decimal("25.00"))  # kept apart
        assert loan.days_past_due == (TODAY - date(2026, 9, 5)).days
        assert case.total_arrears == Decimal("1057.96")
        assert case.stage is CaseStage.AMICABLE and case.opened_on == TODAY
        officer = session.get(Officer, case.officer_id)
        assert officer is not None and officer.login == "l.morel"  # by branch
        grenoble = session.scalars(select(Case).join(Client).where(Client.city == "Grenoble"))
        assert {case.officer_id for case in grenoble} == {officers["p.durand"].id}
        case_id = case.id
    # The keys were the database's own: an ordinary insert follows (PostgreSQL sequences).
    note = add_note(database, officers["l.morel"], case_id, "Appel prévu lundi")
    assert note.case_id == case_id
    (event,) = import_events(database)
    assert event.details["sha256"] == report.sha256 and event.details["lines"] == 10
    assert event.details["created"] == {"clients": 8, "contracts": 10, "cases": 8}
    assert_audit_intact(database)


def test_a_bad_line_writes_nothing(
    database: Database, supervisor: Identity, officers: dict[str, Identity], tmp_path: Path
) -> None:
    path = write(tmp_path / "day.csv", LINE_A, LINE_B.replace("revolving_credit", "leasing"))
    report = import_portfolio(database, supervisor, path, today=TODAY)
    assert report.refused and not report.written
    assert [(issue.line, issue.column) for issue in report.rejected] == [(3, "category")]
    assert totals(database) == {"Client": 0, "Case": 0, "Loan": 0, "JournalEntry": 0}
    assert import_events(database) == []


def test_skip_invalid_imports_the_good_lines(
    database: Database, supervisor: Identity, officers: dict[str, Identity], tmp_path: Path
) -> None:
    bad_date = LINE_B.replace("2024-03-15", "2024-02-30")
    unknown_login = LINE_C.replace("p.durand", "x.inconnu")
    path = write(tmp_path / "day.csv", LINE_A, bad_date, unknown_login, LINE_D)
    report = import_portfolio(database, supervisor, path, skip_invalid=True, today=TODAY)
    assert report.written
    assert [(i.line, i.column, i.message.format(**i.params)) for i in report.rejected] == [
        (3, "start_date", "Not a date: 2024-02-30 (expected DD/MM/YYYY or YYYY-MM-DD)"),
        (4, "officer_login", "No active account has the login x.inconnu"),
    ]
    assert totals(database) == {"Client": 2, "Case": 2, "Loan": 2, "JournalEntry": 0}
    with database.session() as session:
        case = session.scalars(select(Case).where(Case.reference == "DOS-AUTO-1")).one()
        assert case.officer_id == officers["p.durand"].id  # by login
        assert [loan.contract_number for loan in case.loans] == ["AU-1"]
    assert import_events(database)[0].details["rejected_lines"] == 2
    assert_audit_intact(database)


def test_a_second_import_of_the_same_file_changes_nothing(
    database: Database, supervisor: Identity, officers: dict[str, Identity], tmp_path: Path
) -> None:
    path = write(tmp_path / "day.csv", LINE_A, LINE_B, LINE_C, LINE_D)
    first = import_portfolio(database, supervisor, path, today=TODAY)
    assert (first.created_clients, first.created_contracts, first.created_cases) == (2, 4, 3)
    before = totals(database)
    # The same file again: the import log knows it, nothing is looked at or written.
    again = import_portfolio(database, supervisor, path, today=TODAY)
    assert again.already is not None and again.already.by == "Sophie Bernard"
    assert not again.written and totals(database) == before
    assert len(import_events(database)) == 1
    # The same contracts in another file (its bytes differ): each is found unchanged.
    copy = tmp_path / "day-again.csv"
    copy.write_bytes(path.read_bytes() + b"\n")
    again = import_portfolio(database, supervisor, copy, today=TODAY)
    assert again.already is None and again.written
    assert (again.created_clients, again.created_contracts, again.created_cases) == (0, 0, 0)
    assert (again.updated_clients, again.updated_contracts, again.unchanged) == (0, 0, 4)
    assert (again.left_contracts, again.settle_proposed) == (0, 0)
    assert again.journal_entries == 0 and totals(database) == before
    with database.session() as session:
        logged = session.scalars(select(PortfolioImport).order_by(PortfolioImport.id)).all()
        assert [log.file_name for log in logged] == ["day.csv", "day-again.csv"]
        assert logged[0].officer_id == supervisor.id and logged[0].full_snapshot
        assert logged[0].counts["created"] == {"clients": 2, "contracts": 4, "cases": 3}
    assert_audit_intact(database)


def test_a_changed_balance_updates_the_contract_and_is_journaled(
    database: Database, supervisor: Identity, officers: dict[str, Identity], tmp_path: Path
) -> None:
    import_portfolio(database, supervisor, write(tmp_path / "d1.csv", LINE_A, LINE_B), today=TODAY)
    paid = LINE_A.replace("1 613,08;521,80", "1 508,72;417,44")
    path = write(tmp_path / "d2.csv", paid, LINE_B)
    report = import_portfolio(database, supervisor, path, today=TODAY)
    assert (report.updated_contracts, report.unchanged, report.journal_entries) == (1, 1, 1)
    with database.session() as session:
        loan = session.scalars(select(Loan).where(Loan.contract_number == "PP-1")).one()
        assert loan.outstanding_principal == Decimal("1508.72")
        assert loan.case.total_arrears == Decimal("417.44") + Decimal("72.00")
        (entry,) = session.scalars(select(JournalEntry))
        assert entry.kind is JournalKind.NOTE and entry.case_id == loan.case_id
        assert entry.note == "Balances updated by the import of d2.csv"
        assert entry.officer_id == supervisor.id
        assert entry.payload is not None and entry.payload["changes"] == [
            {"contract": "PP-1", "field": "outstanding_principal", "from": "1613.08",
             "to": "1508.72"},
            {"contract": "PP-1", "field": "arrears_amount", "from": "521.80", "to": "417.44"},
        ]  # fmt: skip
    assert_audit_intact(database)


def test_a_new_contract_joins_its_clients_open_case(
    database: Database, supervisor: Identity, officers: dict[str, Identity], tmp_path: Path
) -> None:
    import_portfolio(database, supervisor, write(tmp_path / "d1.csv", LINE_A), today=TODAY)
    report = import_portfolio(
        database, supervisor, write(tmp_path / "d2.csv", LINE_A, LINE_B), today=TODAY
    )
    assert (report.created_contracts, report.created_cases, report.unchanged) == (1, 0, 1)
    with database.session() as session:
        (case,) = session.scalars(select(Case))
        assert [loan.contract_number for loan in case.loans] == ["PP-1", "RV-1"]


def test_a_contract_of_another_client_is_refused(
    database: Database, supervisor: Identity, officers: dict[str, Identity], tmp_path: Path
) -> None:
    import_portfolio(database, supervisor, write(tmp_path / "d1.csv", LINE_A), today=TODAY)
    moved = LINE_C.replace("DC-1", "PP-1")
    report = import_portfolio(database, supervisor, write(tmp_path / "d2.csv", moved))
    assert [(i.line, i.column, i.message.format(**i.params)) for i in report.rejected] == [
        (2, "contract_number", "The contract PP-1 is client CL-1's")
    ]


def test_a_dry_run_writes_nothing(
    database: Database, supervisor: Identity, officers: dict[str, Identity]
) -> None:
    report = import_portfolio(database, supervisor, EXAMPLE, dry_run=True, today=TODAY)
    assert report.dry_run and not report.written
    assert (report.created_clients, report.created_contracts, report.created_cases) == (8, 10, 8)
    assert totals(database) == {"Client": 0, "Case": 0, "Loan": 0, "JournalEntry": 0}
    assert import_events(database) == []


def test_only_a_supervisor_imports(database: Database, officer: Identity) -> None:
    with pytest.raises(AccessRefusedError, match="Only a supervisor may import data"):
        import_portfolio(database, officer, EXAMPLE, today=TODAY)
    assert count(database, Client) == 0


def test_a_case_reference_of_another_client_is_refused(
    database: Database, supervisor: Identity, officers: dict[str, Identity], tmp_path: Path
) -> None:
    import_portfolio(database, supervisor, write(tmp_path / "d1.csv", LINE_D), today=TODAY)
    other = LINE_A.replace("Agence Lyon;;", "Agence Lyon;;DOS-AUTO-1")
    report = import_portfolio(database, supervisor, write(tmp_path / "d2.csv", other))
    assert [(i.line, i.column, i.message.format(**i.params)) for i in report.rejected] == [
        (2, "case_reference", "The case DOS-AUTO-1 is another client's")
    ]
    assert count(database, Loan) == 1


def test_a_client_moved_is_updated_with_the_search_index(
    database: Database, supervisor: Identity, officers: dict[str, Identity], tmp_path: Path
) -> None:
    import_portfolio(database, supervisor, write(tmp_path / "d1.csv", LINE_A), today=TODAY)
    with database.transaction() as session:  # an officer's own work on the case
        case = session.scalars(select(Case)).one()
        case.stage, case.next_action_date = CaseStage.PRE_LITIGATION, date(2026, 12, 10)
    moved = LINE_A.replace(
        "Roux;Béatrice;140 route de Vienne", "Roux-Morel;Béatrice;2 quai Saint-Antoine"
    )
    report = import_portfolio(database, supervisor, write(tmp_path / "d2.csv", moved), today=TODAY)
    assert (report.updated_clients, report.updated_contracts, report.journal_entries) == (1, 0, 0)
    with database.session() as session:
        client = session.scalars(select(Client)).one()
        assert client.address_line1 == "2 quai Saint-Antoine"
        assert client.search_name == "beatrice roux-morel"
        case = session.scalars(select(Case)).one()  # the officer's work stays
        assert case.stage is CaseStage.PRE_LITIGATION
        assert case.next_action_date == date(2026, 12, 10)
    assert_audit_intact(database)


def left_on(database: Database) -> dict[str, date | None]:
    with database.session() as session:
        return {
            loan.contract_number: loan.left_extract_on for loan in session.scalars(select(Loan))
        }


def test_contracts_that_leave_a_full_extract_are_marked_never_deleted(
    database: Database, supervisor: Identity, officers: dict[str, Identity], tmp_path: Path
) -> None:
    later = date(2026, 12, 10)
    first = write(tmp_path / "d1.csv", LINE_A, LINE_B, LINE_C, LINE_D)
    import_portfolio(database, supervisor, first, today=TODAY)
    # RV-1 is paid off: the next extract lacks it.
    report = import_portfolio(
        database, supervisor, write(tmp_path / "d2.csv", LINE_A, LINE_C, LINE_D), today=TODAY
    )
    assert (report.left_contracts, report.settle_proposed) == (1, 0)
    assert left_on(database) == {"PP-1": None, "RV-1": TODAY, "DC-1": None, "AU-1": None}
    with database.session() as session:
        (entry,) = session.scalars(select(JournalEntry).where(JournalEntry.payload.is_not(None)))
        loan = session.scalars(select(Loan).where(Loan.contract_number == "RV-1")).one()
        assert entry.case_id == loan.case_id
        assert entry.note == "No longer in the extract d2.csv: RV-1"
        assert entry.payload == {
            "import": "d2.csv", "sha256": report.sha256, "left_extract": ["RV-1"],
            "may_be_settled": False,
        }  # fmt: skip

    # A week later only Théo's overdraft is left: Béatrice's case and the car loan's case
    # have no contract in the extract any more, and are put before their officers.
    report = import_portfolio(database, supervisor, write(tmp_path / "d3.csv", LINE_C), today=later)
    assert (report.left_contracts, report.settle_proposed) == (2, 2)  # RV-1 counted once
    assert left_on(database) == {"PP-1": later, "RV-1": TODAY, "DC-1": None, "AU-1": later}
    assert totals(database)["Loan"] == 4  # nothing deleted
    with database.session() as session:
        proposed = session.scalars(
            select(JournalEntry).where(JournalEntry.note.like("%may be settled%"))
        ).all()
        assert len(proposed) == 2
        assert all(e.payload and e.payload["may_be_settled"] for e in proposed)
        cases = {e.case_id for e in proposed}
        dates = session.scalars(select(Case.next_action_date).where(Case.id.in_(cases))).all()
        assert dates == [later, later]

    # A contract that comes back is in the extract again (and the change is journaled).
    back = write(tmp_path / "d4.csv", LINE_A, LINE_C)
    report = import_portfolio(database, supervisor, back, today=later)
    assert left_on(database)["PP-1"] is None and report.updated_contracts == 1
    # A partial file (one branch's extract) says nothing of the contracts it lacks.
    report = import_portfolio(
        database, supervisor, write(tmp_path / "d5.csv", LINE_C, LINE_A, ""),
        full_snapshot=False, today=later,
    )  # fmt: skip
    assert report.left_contracts == 0


def test_the_first_unpaid_date_is_kept_and_gives_the_forclusion(
    database: Database, supervisor: Identity, officers: dict[str, Identity], tmp_path: Path
) -> None:
    path = write(tmp_path / "day.csv", LINE_A, LINE_C)
    assert import_portfolio(database, supervisor, path, today=TODAY).written
    with database.session() as session:
        loans = {loan.contract_number: loan for loan in session.scalars(select(Loan))}
        assert loans["PP-1"].first_unpaid_date == date(2026, 7, 5)
        assert loans["DC-1"].first_unpaid_date == date(2026, 10, 30)
        # Two years from the first unpaid instalment (C. consom. art. R312-35); for the
        # overdraft, from the overrun still there three months on (art. L312-93).
        assert loans["PP-1"].case.forclusion_date == date(2028, 7, 5)
        assert loans["DC-1"].case.forclusion_date == date(2029, 1, 30)
    # The next day's file: the arrears of PP-1 partly paid, its first unpaid date moves.
    later = write(tmp_path / "next.csv", LINE_A.replace("05/07/2026", "05/08/2026"), LINE_C)
    assert import_portfolio(database, supervisor, later, today=TODAY).written
    with database.session() as session:
        loan = session.scalars(select(Loan).where(Loan.contract_number == "PP-1")).one()
        assert loan.first_unpaid_date == date(2026, 8, 5)
        assert loan.case.forclusion_date == date(2028, 8, 5)
    assert_audit_intact(database)
