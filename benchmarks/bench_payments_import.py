"""Time to import a day's bank statement (camt.053.001.08) into a database of
demonstration cases, then the same statement again (every entry a duplicate) (issue 11).

The statement's entries name their contracts three ways, as payers do: a structured
creditor reference, a contract number in the remittance text, a case reference in it;
one in twenty names nothing known and waits in the payments to allocate.

Run: ``uv run python benchmarks/bench_payments_import.py [ENTRIES] [CASES]`` (default
10,000 entries against 100,000 cases; a figure to read, no target is set).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from sqlalchemy import select

from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.models import Case, Loan
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.services.demo_data import generate_demo_data
from recouvrement_desktop.services.payments.importer import import_payments
from tests.factories import add_officer

NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"
UNKNOWN_EVERY = 20  # one entry in twenty names no contract


def entry(n: int, contract: str, case_reference: str) -> str:
    """One booked credit of the day, naming its contract in one of three ways."""
    if n % UNKNOWN_EVERY == 0:
        remittance, structured = f"VIREMENT {n}", ""
    elif n % 3 == 0:
        remittance = "ECHEANCE"
        structured = (
            "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp>"
            f"<Ref>{escape(contract)}</Ref></CdtrRefInf></Strd>"
        )
    elif n % 3 == 1:
        remittance, structured = f"REMBOURSEMENT {contract}", ""
    else:
        remittance, structured = f"DOSSIER {case_reference}", ""
    return (
        f'<Ntry><NtryRef>N{n}</NtryRef><Amt Ccy="EUR">{10 + n % 90}.50</Amt>'
        "<CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
        "<BookgDt><Dt>2026-12-01</Dt></BookgDt><ValDt><Dt>2026-12-01</Dt></ValDt>"
        f"<AcctSvcrRef>BENCH{n:08d}</AcctSvcrRef><NtryDtls><TxDtls>"
        f"<Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>"
        f"<RltdPties><Dbtr><Pty><Nm>PAYEUR {n}</Nm></Pty></Dbtr></RltdPties>"
        f"<RmtInf><Ustrd>{escape(remittance)}</Ustrd>{structured}</RmtInf>"
        "</TxDtls></NtryDtls></Ntry>"
    )


def statement(path: Path, targets: list[tuple[str, str]]) -> None:
    entries = "\n".join(
        entry(n, contract, reference) for n, (contract, reference) in enumerate(targets)
    )
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="{NAMESPACE}">'
        "<BkToCstmrStmt><GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-12-01T20:00:00</CreDtTm>"
        "</GrpHdr><Stmt><Id>BENCH-1</Id><CreDtTm>2026-12-01T20:00:00</CreDtTm>"
        "<Acct><Id><IBAN>FR7630004000031234567890143</IBAN></Id></Acct>\n"
        f"{entries}\n</Stmt></BkToCstmrStmt></Document>\n",
        encoding="utf-8",
    )


def main() -> None:
    entries = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    cases = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    today = date(2026, 12, 1)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        database, _ = open_sqlite(root / "bench.sqlite3", root, demonstration=True)
        start = time.perf_counter()
        generate_demo_data(database, cases, today=date(2026, 11, 28))
        filled = time.perf_counter() - start
        supervisor = add_officer(
            database, login="bench", full_name="Bench", role=OfficerRole.SUPERVISOR,
            max_waiver="0", max_extension_months=0, min_rate="0",
        )  # fmt: skip
        with database.session() as session:
            # Contracts spread over the whole database, one payment each.
            rows = session.execute(
                select(Loan.contract_number, Case.reference)
                .join(Case, Loan.case_id == Case.id)
                .order_by(Loan.id)
            ).all()
        step = max(1, len(rows) // entries)
        targets = [(contract, reference) for contract, reference in rows[::step][:entries]]
        path = root / "statement-camt053.xml"
        statement(path, targets)
        start = time.perf_counter()
        first = import_payments(database, supervisor, path, today=today)
        first_elapsed = time.perf_counter() - start
        start = time.perf_counter()
        again = import_payments(database, supervisor, path, today=today)
        again_elapsed = time.perf_counter() - start
        database.dispose()
    print(f"cases in the database {cases:>10,}  (written in {filled:.2f} s)")
    print(f"statement entries     {first.entries:>10,}")
    print(f"matched               {first.matched:>10,}")
    print(f"to allocate           {first.unmatched:>10,}")
    print(f"first import          {first_elapsed:>10.2f} s")
    print(f"duplicates            {again.duplicates:>10,}")
    print(f"import again          {again_elapsed:>10.2f} s")


if __name__ == "__main__":
    main()
