"""The demonstration's newest cases come through the real portfolio import (issue 11:
the import is exercised every time a demonstration is made), on SQLite and on the real
PostgreSQL server: the extract is a standard-layout file the import reads without a
fault, the cases asked for are all there, assigned to field officers, the import is
logged and audited, the audit chain holds, and the ordinary services work after it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from recouvrement_desktop.db.audit import COVERAGE_ACTIONS
from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import (
    Agreement,
    AuditEvent,
    Case,
    JournalEntry,
    Loan,
    Officer,
    PortfolioImport,
)
from recouvrement_desktop.domain.portfolio_rows import check_lines
from recouvrement_desktop.domain.recovery import JournalKind, OfficerRole
from recouvrement_desktop.services.demo_extract import (
    COLUMNS,
    extract_cases,
    write_demo_extract,
)
from recouvrement_desktop.services.demonstration import DEMO_AGREEMENTS, fill_demonstration
from recouvrement_desktop.services.journal import add_note
from recouvrement_desktop.services.portfolio.reading import read_portfolio
from recouvrement_desktop.services.views import identity_of

CASES = 120


def test_how_many_cases_come_through_the_import() -> None:
    assert [extract_cases(n) for n in (1, 9, 10, 120, 2000, 100_000)] == [0, 0, 1, 12, 20, 20]


def test_the_extract_is_a_standard_layout_file_read_without_fault(tmp_path: Path) -> None:
    path, again = tmp_path / "extract.csv", tmp_path / "again.csv"
    for out in (path, again):
        lines = write_demo_extract(
            out, 30, first_client=501, first_case=501, officer_logins=["cmartin", "tnguyen"],
            today=date(2026, 12, 3),
        )  # fmt: skip
    assert path.read_bytes() == again.read_bytes()  # the same seed and day: the same file
    parsed = read_portfolio(path)
    assert parsed.encoding.lower().replace("-", "") in {"utf8", "utf8sig"}
    assert list(parsed.columns) == list(COLUMNS) and parsed.ignored == ()
    rows, issues = check_lines(parsed.lines, parsed.columns)
    assert issues == [] and len(rows) == lines >= 30
    assert {row.required_text("client_number") for row in rows} == {
        f"CL{n:08d}" for n in range(501, 531)
    }


def test_a_demonstration_imports_its_newest_cases(database: Database) -> None:
    report = fill_demonstration(database, CASES)
    assert report.cases == CASES
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == CASES
        assert session.scalar(select(func.count()).select_from(Loan)) == report.loans
        assert (session.scalar(select(func.count()).select_from(Agreement)) or 0) >= DEMO_AGREEMENTS
        (logged,) = session.scalars(select(PortfolioImport)).all()
        assert logged.counts["created"] == {
            "clients": extract_cases(CASES),
            "contracts": logged.counts["lines"],
            "cases": extract_cases(CASES),
        }
        assert logged.counts["rejected_lines"] == 0 and not logged.full_snapshot
        importer = session.get_one(Officer, logged.officer_id)
        assert importer.role is OfficerRole.SUPERVISOR
        imported = session.scalars(select(Case).order_by(Case.id.desc()).limit(12)).all()
        assert all(case.officer is not None for case in imported)
        assert {case.officer.role for case in imported if case.officer} == {OfficerRole.OFFICER}
        assert all(not case.officer.login.startswith("demo.") for case in imported if case.officer)
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.action.not_in(COVERAGE_ACTIONS))
        ).all()
        assert actions.count("portfolio.imported") == 1
        assert verify_audit(session).intact
        officer = imported[0].officer
        assert officer is not None
        by, case_id = identity_of(officer), imported[0].id
    # The services add rows after the bulk writes and the import (PostgreSQL sequences).
    note = add_note(database, by, case_id, "Premier appel prévu demain")
    with database.session() as session:
        entry = session.get_one(JournalEntry, note.id)
        assert entry.kind is JournalKind.NOTE and entry.case_id == case_id
        assert verify_audit(session).intact
