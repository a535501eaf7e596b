"""A contract's parties and securities, on SQLite and on the real PostgreSQL server:
migration 0016 on a populated database keeps the audit chain intact, the portfolio
import stores the rate type, co-borrowers, guarantee, guarantors and SEPA mandate (and a
second import of the same values changes nothing), and a variable-rate mortgage falls in
its own usury category."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select, text

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Loan
from recouvrement_desktop.domain.policy import CreditKind
from recouvrement_desktop.domain.recovery import LoanCategory, OfficerRole, RateType
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.demo_data import generate_demo_data
from recouvrement_desktop.services.portfolio.importer import import_portfolio
from recouvrement_desktop.services.simulation import SimulationContext
from recouvrement_desktop.services.views import loan_view
from tests.factories import add_officer
from tests.migration_steps import run_alone

TODAY = date(2026, 12, 3)
HEADER = (
    "client_number;last_name;first_name;address_line1;postal_code;city;contract_number;"
    "category;rate_type;original_amount;nominal_rate;start_date;term_months;installment;"
    "outstanding_principal;arrears_amount;first_unpaid_date;co_borrower;guarantee;guarantor;"
    "sepa_mandate_reference;branch"
)
MORTGAGE = (
    "CL-9;Durand;Paul;3 impasse du Moulin;38000;Grenoble;IM-9;mortgage;variable;185 000,00;"
    "2,35;01/04/2015;300;815,62;121 477,08;3 262,48;05/08/2026;"
    '"Mme Claire DURAND ; M. Luc DURAND";Hypothèque de premier rang;;RUM-2015-000912;'
    "Agence Grenoble"
)
PERSONAL = (
    "CL-9;Durand;Paul;3 impasse du Moulin;38000;Grenoble;PP-9;personal_loan;;8 000,00;6,5;"
    "20/09/2021;48;189,72;2 946,37;758,88;05/08/2026;;Caution de M. Pierre ROUX;"
    "M. Pierre ROUX;;Agence Grenoble"
)


def _intact(database: Database) -> bool:
    with database.session() as session:
        return verify_audit(session).intact


def test_upgrading_a_populated_database_keeps_the_audit_intact(database: Database) -> None:
    generate_demo_data(database, 30, today=TODAY)
    with database.session() as session:
        parties = session.scalars(select(Loan).where(Loan.co_borrowers.is_not(None))).all()
        assert parties, "the demonstration holds co-borrowers"
        assert session.scalars(select(Loan).where(Loan.rate_type == RateType.VARIABLE)).all()
        assert session.scalars(select(Loan).where(Loan.sepa_mandate_reference.is_not(None))).all()
    # The database as before 0016 (the columns dropped), then migrated again.
    with database.transaction() as session:
        for loan in session.scalars(select(Loan)):
            loan.rate_type = None
            loan.co_borrowers = loan.guarantee = loan.guarantors = None
            loan.sepa_mandate_reference = None
    run_alone(database, "0016_loan_parties", up=False)
    with database.engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM loans")).keys()
        assert "co_borrowers" not in columns and "rate_type" not in columns
    run_alone(database, "0016_loan_parties", up=True)
    # Empty columns leave every record's digest as it was: the chain holds.
    assert _intact(database)
    with database.session() as session:
        first = session.scalars(select(Loan)).first()
        assert first is not None
        view = loan_view(first)
    assert view.rate_type is RateType.FIXED and view.co_borrowers == () and not view.guarantee


def test_the_import_stores_the_parties_and_securities(database: Database, tmp_path: Path) -> None:
    supervisor = add_officer(
        database, login="s.bernard", full_name="Sophie Bernard", role=OfficerRole.SUPERVISOR,
        branch="Agence Grenoble", max_waiver="2000.00", max_extension_months=24,
        min_rate="1.0000",
    )  # fmt: skip
    path = tmp_path / "extract.csv"
    path.write_text("\n".join((HEADER, MORTGAGE, PERSONAL)) + "\n", encoding="utf-8")
    report = import_portfolio(database, supervisor, path, today=TODAY)
    assert report.rejected == [] and report.created_contracts == 2
    assert _intact(database)
    with database.session() as session:
        loans = {
            loan.contract_number: loan_view(loan)
            for loan in session.scalars(select(Loan).order_by(Loan.id))
        }
        case_id = session.scalars(select(Case.id)).one()
    mortgage, personal = loans["IM-9"], loans["PP-9"]
    assert mortgage.rate_type is RateType.VARIABLE
    assert mortgage.co_borrowers == ("Mme Claire DURAND", "M. Luc DURAND")
    assert mortgage.guarantee == "Hypothèque de premier rang" and mortgage.guarantors == ()
    assert mortgage.sepa_mandate_reference == "RUM-2015-000912"
    assert personal.rate_type is RateType.FIXED  # an empty cell: the default
    assert personal.guarantee == "Caution de M. Pierre ROUX"
    assert personal.guarantors == ("M. Pierre ROUX",)
    assert personal.co_borrowers == () and personal.sepa_mandate_reference == ""

    # The same values in another file change nothing.
    again = tmp_path / "extract-2.csv"
    again.write_text("\n".join((HEADER, PERSONAL, MORTGAGE)) + "\n", encoding="utf-8")
    second = import_portfolio(database, supervisor, again, today=TODAY)
    assert (second.updated_contracts, second.unchanged) == (0, 2)
    # A new guarantor and mandate: the contract is updated in bulk, covered, journaled.
    changed = tmp_path / "extract-3.csv"
    line = PERSONAL.replace("M. Pierre ROUX;;", '"M. Pierre ROUX; Mme Anne ROUX";RUM-2021-7;')
    changed.write_text("\n".join((HEADER, line, MORTGAGE)) + "\n", encoding="utf-8")
    third = import_portfolio(database, supervisor, changed, today=TODAY)
    assert (third.updated_contracts, third.journal_entries) == (1, 1)
    assert _intact(database)
    with database.session() as session:
        updated = loan_view(
            session.scalars(select(Loan).where(Loan.contract_number == "PP-9")).one()
        )
    assert updated.guarantors == ("M. Pierre ROUX", "Mme Anne ROUX")
    assert updated.sepa_mandate_reference == "RUM-2021-7"

    # The mortgage makes more than 60 % of the case, variable-rate: the plan merging
    # both contracts is in the variable-rate mortgage category.
    detail = CaseQueries(database).detail(case_id)
    assert detail is not None
    assert {loan.category for loan in detail.loans} == {
        LoanCategory.MORTGAGE,
        LoanCategory.PERSONAL_LOAN,
    }
    context = SimulationContext.from_detail(detail, None, today=TODAY)
    assert context.policy.usury_credit_kind is CreditKind.MORTGAGE_VARIABLE


def test_the_example_file_carries_parties_and_mandates(database: Database) -> None:
    supervisor = add_officer(
        database, login="s.bernard", full_name="Sophie Bernard", role=OfficerRole.SUPERVISOR,
        branch="Agence Lyon Part-Dieu", max_waiver="2000.00", max_extension_months=24,
        min_rate="1.0000",
    )  # fmt: skip
    example = resource_path("import", "portfolio-example.csv")
    report = import_portfolio(database, supervisor, example, today=TODAY)
    assert report.rejected == [] and report.created_contracts == 10
    with database.session() as session:
        loans = {loan.contract_number: loan_view(loan) for loan in session.scalars(select(Loan))}
    mortgage = loans["IM-2015-007741"]
    assert mortgage.co_borrowers == ("Maria Da Silva",)
    assert mortgage.guarantee == "Hypothèque de premier rang"
    assert mortgage.sepa_mandate_reference == "RUM-IM-2015-007741"
    assert loans["PP-2020-077218"].guarantors == ("M. Pierre Roux",)
    assert loans["RV-2019-118734"].rate_type is RateType.VARIABLE
    assert _intact(database)
