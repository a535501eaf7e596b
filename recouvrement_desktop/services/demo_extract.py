"""The demonstration's newest cases arrive as a bank's would: through the portfolio
import, from an extract in the standard layout (docs/import-format.md).

Why only the newest few: the import brings contracts in arrears, not years of history,
and the demonstration's cases need their history (contacts, promises kept and broken,
stage changes) for what it shows on top of them — agreements, letters, the escalation.
Those cases are written by the bulk generator (``demo_data``), which also keeps
``demo-data --cases 100000`` within its minute. The last cases of every demonstration
(``extract_cases``) are instead written as this morning's extract — a CSV file made from
the same generator's clients and contracts — and imported by a supervisor with the real
import service: the reading of the file, its checks, the matching, the assignment to
officers, the import log and its audit event run every time a demonstration is made,
on SQLite as on PostgreSQL. They are new cases, as an import makes them: no history yet.
"""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

from sqlalchemy import func, select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Client, Officer
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.services.demo_data.generator import DemoDataGenerator
from recouvrement_desktop.services.demo_data.vocabulary import (
    DEFAULT_SEED,
    DEMO_ACCOUNT_PREFIX,
    LOANS_PER_CASE_WEIGHTS,
)
from recouvrement_desktop.services.officers import active_officers
from recouvrement_desktop.services.portfolio.importer import import_portfolio
from recouvrement_desktop.services.portfolio.report import ImportReport

__all__ = ["EXTRACT_CASES", "extract_cases", "import_demo_extract", "write_demo_extract"]

EXTRACT_CASES: Final = 20  # the morning's new cases of a demonstration of 200 or more
EXTRACT_NAME: Final = "extrait-impayes-{day}.csv"
_SEED_OFFSET: Final = 7_919  # the extract's clients are not the bulk's first ones again
COLUMNS: Final = (
    "client_number", "title", "last_name", "first_name", "birth_date", "address_line1",
    "address_line2", "postal_code", "city", "country", "mobile_phone", "home_phone", "email",
    "monthly_income", "housing_cost", "other_credit_payments", "contract_number", "category",
    "rate_type", "original_amount", "nominal_rate", "start_date", "term_months",
    "installment", "insurance_monthly", "outstanding_principal", "arrears_count",
    "arrears_amount", "late_interest", "fees", "penalties", "first_unpaid_date",
    "officer_login",
)  # fmt: skip


def extract_cases(cases: int) -> int:
    """How many of a demonstration's *cases* come through the import: one in ten, at
    most ``EXTRACT_CASES`` (none for a demonstration under ten cases)."""
    return min(EXTRACT_CASES, cases // 10)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(getattr(value, "value", value))


def write_demo_extract(
    path: Path,
    cases: int,
    *,
    first_client: int,
    first_case: int,
    officer_logins: Sequence[str],
    seed: int = DEFAULT_SEED,
    today: date | None = None,
) -> int:
    """Write *cases* clients' contracts in arrears at *path* (standard layout, ``;``,
    UTF-8), numbered from *first_client* / *first_case* as the generator numbers them,
    each client's contracts for one of *officer_logins*; the number of lines."""
    day = today or date.today()
    generator = DemoDataGenerator(seed + _SEED_OFFSET, day)
    lines = 0
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for n in range(cases):
            client = generator.client_row(first_client + n)
            count = generator.pick(LOANS_PER_CASE_WEIGHTS)
            for number in range(1, count + 1):
                loan = generator.loan_row(0, first_case + n, number)
                days = loan["days_past_due"]
                row = {
                    **client,
                    **loan,
                    "rate_type": "fixed",
                    "first_unpaid_date": day - timedelta(days=days) if days else None,
                    "officer_login": officer_logins[n % len(officer_logins)],
                }
                writer.writerow([_cell(row.get(column)) for column in COLUMNS])
                lines += 1
    return lines


def import_demo_extract(
    database: Database, cases: int, *, seed: int = DEFAULT_SEED, today: date | None = None
) -> ImportReport | None:
    """Import this morning's extract of *cases* new clients into the demonstration, as
    its supervisor would (``None`` when *cases* is 0)."""
    if cases < 1:
        return None
    supervisors = [o for o in active_officers(database) if o.role is OfficerRole.SUPERVISOR]
    by = next((o for o in supervisors if not o.login.startswith(DEMO_ACCOUNT_PREFIX)), None)
    with database.session() as session:
        logins = list(
            session.scalars(
                select(Officer.login)
                .where(Officer.active, Officer.role == OfficerRole.OFFICER)
                .where(Officer.login.not_like(f"{DEMO_ACCOUNT_PREFIX}%"))
                .order_by(Officer.id)
            )
        )
        first_client = (session.scalar(select(func.max(Client.id))) or 0) + 1
        first_case = (session.scalar(select(func.max(Case.id))) or 0) + 1
    day = today or date.today()
    with tempfile.TemporaryDirectory(prefix="demo-extract-") as folder:
        path = Path(folder) / EXTRACT_NAME.format(day=day.isoformat())
        write_demo_extract(
            path, cases, first_client=first_client, first_case=first_case,
            officer_logins=logins, seed=seed, today=day,
        )  # fmt: skip
        # Not the whole extract: the bulk's contracts have not left the bank's books.
        report = import_portfolio(
            database, by or supervisors[0], path, full_snapshot=False, today=day
        )
    if report.rejected or not report.written:  # the generator's rows are always valid
        raise RuntimeError(f"the demonstration's extract was refused: {report.rejected[:3]}")
    return report
