"""Payments from the bank's statements (services/payments/), on SQLite and on the real
PostgreSQL server: camt.053 and camt.054 in versions .001.02 and .001.08, matching by
each key, the payments to allocate, duplicates, a reversal, debits ignored, defused XML,
the plain CSV — every figure against the hand-worked one, the audit chain intact.

The cases come from the portfolio example (resources/import/portfolio-example.csv),
imported on 3 December 2026; its arrears, by contract:
PP-2022-004512 867.96 and RV-2019-118734 190.00 (case REC-2026-0000001, 1,057.96),
AU-2023-000871 291.57, DC-2025-330019 118.74 (REC-2026-0000003), IM-2015-007741
3,262.48 and PP-2021-015530 758.88 (one case, 4,021.36), RV-2024-052210 72.00,
PP-2020-077218 521.80, DC-2026-000412 32.16.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from recouvrement_desktop.db.audit import COVERAGE_ACTIONS
from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, BankEntry, Case, JournalEntry, Loan
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import (
    BankEntryStatus,
    JournalKind,
    OfficerRole,
    PromiseStatus,
)
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.journal import add_promise
from recouvrement_desktop.services.payments.allocation import (
    AllocationError,
    allocate_payment,
    payments_to_allocate,
)
from recouvrement_desktop.services.payments.importer import PaymentsReport, import_payments
from recouvrement_desktop.services.payments.statement import PaymentFileError
from recouvrement_desktop.services.permissions import AccessRefusedError
from recouvrement_desktop.services.portfolio.importer import import_portfolio
from tests.factories import add_officer, add_plain_officer
from tests.migration_steps import run_alone

TODAY = date(2026, 12, 3)
FIXTURES = Path(__file__).parent.parent / "fixtures" / "payments"
PORTFOLIO = resource_path("import", "portfolio-example.csv")
STATEMENTS = {
    "02": FIXTURES / "statement-camt053-v02.xml",
    "08": resource_path("import", "payments-example-camt053.xml"),
}
NOTIFICATIONS = {v: FIXTURES / f"notification-camt054-v{v}.xml" for v in ("02", "08")}
REVERSALS = FIXTURES / "reversals-camt054-v08.xml"
ARREARS_BEFORE = {
    "PP-2022-004512": Decimal("867.96"), "RV-2019-118734": Decimal("190.00"),
    "AU-2023-000871": Decimal("291.57"), "DC-2025-330019": Decimal("118.74"),
    "IM-2015-007741": Decimal("3262.48"), "PP-2021-015530": Decimal("758.88"),
    "RV-2024-052210": Decimal("72.00"), "AU-2022-004103": Decimal("678.88"),
    "PP-2020-077218": Decimal("521.80"), "DC-2026-000412": Decimal("32.16"),
}  # fmt: skip


@pytest.fixture
def supervisor(database: Database) -> Identity:
    made = add_officer(
        database, login="s.bernard", full_name="Sophie Bernard", role=OfficerRole.SUPERVISOR,
        branch="Agence Lyon Part-Dieu", max_waiver="2000.00", max_extension_months=24,
        min_rate="1.0000",
    )  # fmt: skip
    report = import_portfolio(database, made, PORTFOLIO, today=TODAY)
    assert report.written and report.created_cases == 8
    return made


def counts(report: PaymentsReport) -> tuple[int, int, int, int, int, int]:
    return (
        report.entries, report.matched, report.unmatched, report.duplicates, report.reversed,
        report.ignored,
    )  # fmt: skip


def arrears(database: Database) -> dict[str, Decimal]:
    with database.session() as session:
        rows = session.execute(select(Loan.contract_number, Loan.arrears_amount))
        return {number: amount for number, amount in rows}


def case_arrears(database: Database, contract: str) -> Decimal:
    with database.session() as session:
        return session.scalars(
            select(Case.total_arrears).join(Loan).where(Loan.contract_number == contract)
        ).one()


def case_reference(database: Database, contract: str) -> str:
    with database.session() as session:
        return session.scalars(
            select(Case.reference).join(Loan).where(Loan.contract_number == contract)
        ).one()


def payments(database: Database) -> list[tuple[str, Decimal | None, date, int | None]]:
    """(case reference, amount, day, corrects) of every PAYMENT entry, in order."""
    with database.session() as session:
        rows = session.execute(
            select(Case.reference, JournalEntry.amount, JournalEntry.occurred_at,
                   JournalEntry.corrects_id)
            .join(Case, Case.id == JournalEntry.case_id)
            .where(JournalEntry.kind == JournalKind.PAYMENT)
            .order_by(JournalEntry.id)
        )  # fmt: skip
        return [(r[0], r[1], r[2].date(), r[3]) for r in rows]


def entries(database: Database) -> dict[str, tuple[BankEntryStatus, str | None]]:
    with database.session() as session:
        return {
            row.reference: (row.status, row.reason) for row in session.scalars(select(BankEntry))
        }


def row_count(database: Database, model: type[object]) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def assert_audit_intact(database: Database) -> None:
    with database.session() as session:
        assert verify_audit(session).intact


def changed(before: dict[str, Decimal], after: dict[str, Decimal]) -> dict[str, Decimal]:
    return {key: after[key] for key in after if after[key] != before[key]}


@pytest.mark.parametrize("version", ["02", "08"])
def test_a_statement_matches_by_each_key(
    database: Database, supervisor: Identity, version: str
) -> None:
    report = import_payments(database, supervisor, STATEMENTS[version], today=TODAY)
    assert report.source == f"camt.053.001.{version}"
    # 8 entries: 4 matched, 2 to allocate, a debit (fees) and a pending credit ignored.
    assert counts(report) == (8, 4, 2, 0, 0, 2)
    assert changed(ARREARS_BEFORE, arrears(database)) == {
        "PP-2022-004512": Decimal("578.64"),  # 867.96 - 289.32, by the creditor reference
        "AU-2023-000871": Decimal("141.57"),  # 291.57 - 150.00, by the end-to-end id
        "DC-2025-330019": Decimal("18.74"),  # 118.74 - 100.00, the case named in the text
        "RV-2024-052210": Decimal("0.00"),  # 72.00 - 80.00 stops at zero (contract in text)
    }
    assert case_arrears(database, "PP-2022-004512") == Decimal("768.64")  # 1,057.96 - 289.32
    assert case_arrears(database, "RV-2024-052210") == Decimal("0.00")
    assert case_reference(database, "DC-2025-330019") == "REC-2026-0000003"
    assert [(amount, day) for _, amount, day, _ in payments(database)] == [
        (Decimal("289.32"), date(2026, 12, 1)),
        (Decimal("150.00"), date(2026, 12, 1)),
        (Decimal("100.00"), date(2026, 12, 1)),
        (Decimal("80.00"), date(2026, 12, 1)),  # the payment is recorded whole
    ]
    assert entries(database) == {
        "2026120100001": (BankEntryStatus.MATCHED, None),
        "2026120100002": (BankEntryStatus.MATCHED, None),
        "2026120100003": (BankEntryStatus.MATCHED, None),
        "2026120100004": (BankEntryStatus.MATCHED, None),
        "2026120100005": (BankEntryStatus.UNMATCHED, "no_match"),
        "2026120100006": (BankEntryStatus.UNMATCHED, "ambiguous"),  # two clients' contracts
    }
    with database.session() as session:
        first = session.scalars(select(BankEntry).where(BankEntry.reference == "2026120100001"))
        entry = first.one()
        loan_id = session.scalars(
            select(Loan.id).where(Loan.contract_number == "PP-2022-004512")
        ).one()
        assert entry.allocation == [
            {"loan": loan_id, "contract": "PP-2022-004512", "amount": "289.32"}
        ]
        assert entry.debtor_name == "LEFEVRE HELENE" and entry.end_to_end_id == "E2E-LEF-20261201"
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "payments.imported")
        ).one()
        assert event.details["matched"] == 4 and event.officer_id == supervisor.id
    assert_audit_intact(database)

    # The same statement again adds nothing.
    again = import_payments(database, supervisor, STATEMENTS[version], today=TODAY)
    assert counts(again) == (8, 0, 0, 6, 0, 2)
    assert len(payments(database)) == 4 and row_count(database, BankEntry) == 6
    assert_audit_intact(database)


@pytest.mark.parametrize("version", ["02", "08"])
def test_a_notification_after_the_statement(
    database: Database, supervisor: Identity, version: str
) -> None:
    import_payments(database, supervisor, STATEMENTS["08"], today=TODAY)
    before = arrears(database)
    report = import_payments(database, supervisor, NOTIFICATIONS[version], today=TODAY)
    assert report.source == f"camt.054.001.{version}"
    # A batch of two transactions, the statement's first entry again, a payment in dollars.
    assert counts(report) == (4, 2, 1, 1, 0, 0)
    assert changed(before, arrears(database)) == {
        "IM-2015-007741": Decimal("3062.48"),  # 3,262.48 - 200.00
        "PP-2021-015530": Decimal("708.88"),  # 758.88 - 50.00
    }
    assert case_arrears(database, "IM-2015-007741") == Decimal("3771.36")  # 4,021.36 - 250
    stored = entries(database)
    assert stored["2026120200011/1"] == (BankEntryStatus.MATCHED, None)
    assert stored["2026120200011/2"] == (BankEntryStatus.MATCHED, None)
    assert stored["2026120200012"] == (BankEntryStatus.UNMATCHED, "currency")
    assert_audit_intact(database)


def test_a_reversal_undoes_its_payment(database: Database, supervisor: Identity) -> None:
    import_payments(database, supervisor, STATEMENTS["08"], today=TODAY)
    report = import_payments(database, supervisor, REVERSALS, today=TODAY)
    # The reversal of a matched payment, of a payment still to allocate; of an entry
    # never imported and of a debit (the bank's fees given back): both ignored.
    assert counts(report) == (4, 0, 0, 0, 2, 2)
    after = arrears(database)
    assert after["PP-2022-004512"] == Decimal("867.96")  # back as before the payment
    assert case_arrears(database, "PP-2022-004512") == Decimal("1057.96")
    made = payments(database)
    assert len(made) == 5
    reference, amount, day, corrects = made[-1]
    assert (reference, amount, day) == ("REC-2026-0000001", Decimal("-289.32"), TODAY)
    with database.session() as session:
        original = session.scalars(
            select(BankEntry).where(BankEntry.reference == "2026120100001")
        ).one()
        assert corrects == original.journal_entry_id
        reversal = session.scalars(
            select(BankEntry).where(BankEntry.reference == "RVSL/2026120300021")
        ).one()
        assert reversal.reverses_id == original.id
    stored = entries(database)
    assert stored["2026120100001"][0] is BankEntryStatus.REVERSED
    assert stored["2026120100005"][0] is BankEntryStatus.REVERSED  # no longer to allocate
    assert [p.reference for p in payments_to_allocate(database, supervisor)] == ["2026120100006"]
    again = import_payments(database, supervisor, REVERSALS, today=TODAY)
    assert counts(again) == (4, 0, 0, 2, 0, 2)
    assert arrears(database)["PP-2022-004512"] == Decimal("867.96")
    assert_audit_intact(database)


def test_an_unmatched_payment_allocated_by_a_supervisor(
    database: Database, supervisor: Identity
) -> None:
    import_payments(database, supervisor, STATEMENTS["08"], today=TODAY)
    waiting = payments_to_allocate(database, supervisor)
    assert [(p.reference, p.amount, p.reason) for p in waiting] == [
        ("2026120100005", Decimal("45.00"), "no_match"),
        ("2026120100006", Decimal("60.00"), "ambiguous"),
    ]
    assert waiting[1].remittance == "PP-2020-077218 DC-2026-000412"
    roux = case_reference(database, "PP-2020-077218")

    plain = add_plain_officer(database)
    with pytest.raises(AccessRefusedError):
        allocate_payment(database, plain, "2026120100006", roux, today=TODAY)
    with pytest.raises(AccessRefusedError):
        payments_to_allocate(database, plain)
    with pytest.raises(AllocationError, match="No case has the reference DOS-404"):
        allocate_payment(database, supervisor, "2026120100006", "DOS-404", today=TODAY)

    done = allocate_payment(database, supervisor, "2026120100006", roux, today=TODAY)
    assert (done.case_reference, done.amount) == (roux, Decimal("60.00"))
    assert arrears(database)["PP-2020-077218"] == Decimal("461.80")  # 521.80 - 60.00
    assert case_arrears(database, "PP-2020-077218") == Decimal("461.80")
    assert payments(database)[-1][:2] == (roux, Decimal("60.00"))
    assert [p.reference for p in payments_to_allocate(database, supervisor)] == ["2026120100005"]
    with database.session() as session:
        entry = session.scalars(select(BankEntry).where(BankEntry.reference == "2026120100006"))
        allocated = entry.one()
        assert allocated.status is BankEntryStatus.MATCHED
        assert allocated.allocated_by_id == supervisor.id
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "payments.allocated")
        ).one()
        assert event.officer_id == supervisor.id
        assert event.details["reference"] == "2026120100006" and event.details["was"] == "ambiguous"
        journal = session.get_one(JournalEntry, done.journal_entry_id)
        assert journal.officer_id == supervisor.id
    with pytest.raises(AllocationError, match="not waiting to be allocated"):
        allocate_payment(database, supervisor, "2026120100006", roux, today=TODAY)
    assert_audit_intact(database)


def test_a_payment_keeps_the_promise(
    database: Database, supervisor: Identity, tmp_path: Path
) -> None:
    """The CSV of payments, dated today: the promise made today is kept by it."""
    today = utc_now().date()
    with database.session() as session:
        case_id = session.scalars(
            select(Loan.case_id).where(Loan.contract_number == "AU-2023-000871")
        ).one()
    officer = add_officer(
        database, login="l.morel", full_name="Luc Morel", branch="Agence Lyon Part-Dieu",
        max_waiver="500.00", max_extension_months=12, min_rate="2.5000",
    )  # fmt: skip
    add_promise(database, officer, case_id, Decimal("100.00"), today + timedelta(days=7))
    path = tmp_path / "payments.csv"
    path.write_text(
        f"contract_number;date;amount;reference\nAU-2023-000871;{today:%d/%m/%Y};100,00;VIR-P1\n",
        encoding="utf-8",
    )
    report = import_payments(database, supervisor, path, today=today)
    assert counts(report) == (1, 1, 0, 0, 0, 0)
    with database.session() as session:
        outcome = session.scalars(
            select(JournalEntry).where(JournalEntry.kind == JournalKind.PROMISE_OUTCOME)
        ).one()
        assert outcome.promise_status is PromiseStatus.KEPT and outcome.amount == Decimal("100")
    assert arrears(database)["AU-2023-000871"] == Decimal("191.57")
    assert_audit_intact(database)


def test_the_plain_csv(database: Database, supervisor: Identity, tmp_path: Path) -> None:
    path = tmp_path / "virements.csv"
    path.write_bytes(
        "\ufeffContract_Number;Date;Amount;Reference\n"
        "PP-2022-004512;01/12/2026;1 000,00;VIR-001\n"
        "au-2023-000871;2026-12-01;120.50;VIR-002\n"
        "XX-0000;01/12/2026;10,00;VIR-003\n"
        "DC-2026-000412;02/12/2026;12,16;\n"
        "\n".encode()
    )
    report = import_payments(database, supervisor, path, today=TODAY)
    assert (report.source, counts(report)) == ("csv", (4, 3, 1, 0, 0, 0))
    assert changed(ARREARS_BEFORE, arrears(database)) == {
        "PP-2022-004512": Decimal("0.00"),  # 1,000.00 pays off 867.96 (never below zero)
        "AU-2023-000871": Decimal("171.07"),  # 291.57 - 120.50 (case ignored in the number)
        "DC-2026-000412": Decimal("20.00"),  # 32.16 - 12.16
    }
    assert case_arrears(database, "PP-2022-004512") == Decimal("190.00")  # 1,057.96 - 867.96
    assert entries(database)["VIR-003"] == (BankEntryStatus.UNMATCHED, "no_match")
    again = import_payments(database, supervisor, path, today=TODAY)
    assert counts(again) == (4, 0, 0, 4, 0, 0)  # the line without a reference too
    assert_audit_intact(database)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("AU-2023-000871;31/02/2026;10,00;V2", "Line 3, column date: “31/02/2026”"),
        ("AU-2023-000871;01/12/2026;-10,00;V2", "Line 3, column amount: “-10,00”"),
        ("AU-2023-000871;01/12/2026;10,005;V2", "Line 3, column amount: “10,005”"),
        (";01/12/2026;10,00;V2", "Line 3, column contract_number: “”"),
    ],
)
def test_a_bad_csv_line_writes_nothing(
    database: Database, supervisor: Identity, tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        f"contract_number;date;amount;reference\nPP-2022-004512;01/12/2026;10,00;V1\n{line}\n",
        encoding="utf-8",
    )
    journal = row_count(database, JournalEntry)
    with pytest.raises(PaymentFileError, match=message):
        import_payments(database, supervisor, path, today=TODAY)
    assert row_count(database, BankEntry) == 0 and row_count(database, JournalEntry) == journal
    assert arrears(database) == ARREARS_BEFORE


BOMB = """<?xml version="1.0"?>
<!DOCTYPE Document [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
<BookgDt><Dt>2026-12-01</Dt></BookgDt><AcctSvcrRef>B1</AcctSvcrRef>
<NtryDtls><TxDtls><RmtInf><Ustrd>&d;</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>
<Ntfctn><Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>2026-12-01</Dt></BookgDt><AcctSvcrRef>&secret;</AcctSvcrRef></Ntry>
</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>
"""
PAIN = """<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (BOMB, "declares a document type"),
        (EXTERNAL, "declares a document type"),
        (PAIN, r"not a camt.053 or camt.054 statement \(urn:iso:std:iso:20022:tech:xsd:pain"),
        ("<Document><BkToCstmrStmt>", "cannot be read"),
        (
            PAIN.replace("pain.001.001.09", "camt.053.001.08").replace(
                "<CstmrCdtTrfInitn/>",
                "<BkToCstmrStmt><Stmt><Ntry><Amt Ccy='EUR'>12,00</Amt></Ntry></Stmt>"
                "</BkToCstmrStmt>",
            ),
            "Entry 1: the amount 12,00 is not valid",
        ),
    ],
)
def test_a_bad_statement_is_refused(
    database: Database, supervisor: Identity, tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "statement.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PaymentFileError, match=message):
        import_payments(database, supervisor, path, today=TODAY)
    assert row_count(database, BankEntry) == 0
    assert arrears(database) == ARREARS_BEFORE


def test_only_a_supervisor_imports(database: Database, supervisor: Identity) -> None:
    plain = add_plain_officer(database)
    with pytest.raises(AccessRefusedError):
        import_payments(database, plain, STATEMENTS["08"], today=TODAY)
    assert row_count(database, BankEntry) == 0
    with database.session() as session:
        assert not session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action.not_in(COVERAGE_ACTIONS))
            .where(AuditEvent.action == "payments.imported")
        ).first()


def test_upgrading_a_populated_database_keeps_the_audit_intact(
    database: Database, supervisor: Identity
) -> None:
    """Migration 0009 adds an empty table: the records already covered stay as they
    were, and the first bank entries are covered from then on."""
    run_alone(database, "0009_bank_payments", up=False)
    run_alone(database, "0009_bank_payments", up=True)
    assert_audit_intact(database)
    report = import_payments(database, supervisor, STATEMENTS["08"], today=TODAY)
    assert report.matched == 4
    assert_audit_intact(database)


def one_entry(refs: str, remittance: str) -> str:
    """A camt.054.001.08 notification of one credit of 10.00."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">'
        "<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>M</MsgId><CreDtTm>2026-12-02T10:00:00</CreDtTm>"
        "</GrpHdr><Ntfctn><Id>N</Id><Acct><Id><IBAN>FR7630004000031234567890143</IBAN></Id></Acct>"
        '<Ntry><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>'
        "<BookgDt><Dt>2026-12-02</Dt></BookgDt><AcctSvcrRef>K1</AcctSvcrRef>"
        f"<NtryDtls><TxDtls><Refs>{refs}</Refs>"
        f"<RmtInf>{remittance}</RmtInf></TxDtls></NtryDtls></Ntry>"
        "</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n"
    )


@pytest.mark.parametrize(
    ("refs", "remittance", "paid"),
    [
        # An ISO 11649 reference, read without its RFnn prefix (and its spaces).
        ("", "<Strd><CdtrRefInf><Ref>RF18 PP-2020-077218</Ref></CdtrRefInf></Strd>",
         "PP-2020-077218"),
        # The end-to-end id, whatever its case.
        ("<EndToEndId>dc-2026-000412</EndToEndId>", "", "DC-2026-000412"),
        # The structured reference decides before the text, which names another case.
        ("", "<Ustrd>DC-2026-000412</Ustrd>"
             "<Strd><CdtrRefInf><Ref>PP-2020-077218</Ref></CdtrRefInf></Strd>", "PP-2020-077218"),
        # The text names a contract and its own case: the contract.
        ("<EndToEndId>NOTPROVIDED</EndToEndId>",
         "<Ustrd>Dossier REC-2026-0000001, contrat RV-2019-118734</Ustrd>", "RV-2019-118734"),
    ],
)  # fmt: skip
def test_the_keys_that_name_a_contract(
    database: Database, supervisor: Identity, tmp_path: Path, refs: str, remittance: str, paid: str
) -> None:
    path = tmp_path / "notification.xml"
    path.write_text(one_entry(refs, remittance), encoding="utf-8")
    report = import_payments(database, supervisor, path, today=TODAY)
    assert counts(report) == (1, 1, 0, 0, 0, 0)
    assert changed(ARREARS_BEFORE, arrears(database)) == {
        paid: ARREARS_BEFORE[paid] - Decimal("10.00")
    }


def test_a_reversed_payment_no_longer_keeps_a_promise(
    database: Database, supervisor: Identity, tmp_path: Path
) -> None:
    """60.00 paid then reversed, then 40.00: a promise of 100.00 is not kept by them."""
    today = utc_now().date()
    with database.session() as session:
        case_id = session.scalars(
            select(Loan.case_id).where(Loan.contract_number == "AU-2023-000871")
        ).one()
    officer = add_officer(
        database, login="l.morel", full_name="Luc Morel", branch="Agence Lyon Part-Dieu",
        max_waiver="500.00", max_extension_months=12, min_rate="2.5000",
    )  # fmt: skip
    add_promise(database, officer, case_id, Decimal("100.00"), today + timedelta(days=7))

    def csv(amount: str, reference: str) -> Path:
        path = tmp_path / f"{reference}.csv"
        path.write_text(
            "contract_number;date;amount;reference\n"
            f"AU-2023-000871;{today:%d/%m/%Y};{amount};{reference}\n",
            encoding="utf-8",
        )
        return path

    assert import_payments(database, supervisor, csv("60,00", "VIR-1"), today=today).matched == 1
    reversal = tmp_path / "reversal.xml"
    reversal.write_text(
        one_entry("", "<Strd><CdtrRefInf><Ref>AU-2023-000871</Ref></CdtrRefInf></Strd>")
        .replace(
            "<CdtDbtInd>CRDT</CdtDbtInd>", "<CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>"
        )
        .replace("10.00", "60.00")
        .replace("2026-12-02</Dt>", f"{today.isoformat()}</Dt>"),
        encoding="utf-8",
    )
    assert import_payments(database, supervisor, reversal, today=today).reversed == 1
    assert import_payments(database, supervisor, csv("40,00", "VIR-2"), today=today).matched == 1
    with database.session() as session:
        outcomes = session.scalars(
            select(JournalEntry).where(JournalEntry.kind == JournalKind.PROMISE_OUTCOME)
        ).all()
    assert outcomes == []  # 40.00 of 100.00 paid: still pending
    assert arrears(database)["AU-2023-000871"] == Decimal("251.57")  # 291.57 - 40.00
    assert_audit_intact(database)
