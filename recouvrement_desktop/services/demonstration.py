"""A demonstration database filled whole: its cases and their history, then what a
demonstration shows on top of them — signed agreements, a day's letters (reminders sent,
a formal notice awaiting approval), an overindebtedness file and an FICP registration —
and last, this morning's new cases, imported from a standard-layout extract through the
real portfolio import (``demo_extract``: why only those). The window's first start and
``demo-data`` fill it the same way."""

from __future__ import annotations

import dataclasses

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.services.demo_agreements import write_demo_agreements
from recouvrement_desktop.services.demo_data import DemoDataReport, generate_demo_data
from recouvrement_desktop.services.demo_data.vocabulary import DEFAULT_SEED
from recouvrement_desktop.services.demo_extract import extract_cases, import_demo_extract
from recouvrement_desktop.services.demo_letters import write_demo_letters
from recouvrement_desktop.services.demo_overindebtedness import write_demo_overindebtedness

__all__ = ["fill_demonstration"]

DEMO_AGREEMENTS = 10


def fill_demonstration(
    database: Database, cases: int, *, seed: int | None = None
) -> DemoDataReport:
    """Write *cases* demonstration cases and the rest of the demonstration over them; the
    last of the cases come through the portfolio import."""
    chosen = DEFAULT_SEED if seed is None else seed
    imported = extract_cases(cases)
    report = generate_demo_data(database, cases - imported, seed=chosen)
    write_demo_agreements(database, limit=DEMO_AGREEMENTS)
    write_demo_letters(database)
    write_demo_overindebtedness(database)
    extract = import_demo_extract(database, imported, seed=chosen)
    if extract is None:
        return report
    return dataclasses.replace(
        report,
        cases=report.cases + extract.created_cases,
        loans=report.loans + extract.created_contracts,
        journal_entries=report.journal_entries + extract.journal_entries,
    )
