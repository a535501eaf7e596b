"""An agreement on contracts with co-borrowers, guarantors, guarantees and a SEPA
mandate, made through the services and read back from the archived PDF's text
(pdftotext): the guarantees are named, the co-borrower and the guarantor are parties
with their own signature boxes, the instalments are debited under the mandate, and the
place of signature is the branch's town. A page rendered with pdftoppm shows the boxes."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Agreement, Case, Loan
from recouvrement_desktop.documents.agreement_model import PartyRole, Signature, Signatures
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import Channel, LoanCategory, RateType
from recouvrement_desktop.services import agreements
from recouvrement_desktop.services.officers import delegation_of
from recouvrement_desktop.services.simulation import SimulationContext, simulate
from recouvrement_desktop.services.views import client_view, loan_view
from tests.documents.conftest import require_tool, run_tool

TODAY = date.today()
SIGNATURE = Signature(strokes=(((0.1, 0.5), (0.5, 0.2), (0.9, 0.6)),), aspect=3.0)


def _loan(case_id: int, number: str, **parties: object) -> Loan:
    return Loan(
        case_id=case_id,
        contract_number=number,
        category=LoanCategory.PERSONAL_LOAN,
        original_amount=Decimal("8000.00"),
        nominal_rate=Decimal("5.2000"),
        start_date=TODAY - timedelta(days=700),
        term_months=60,
        installment=Decimal("151.70"),
        outstanding_principal=Decimal("5876.54"),
        arrears_count=3,
        arrears_amount=Decimal("455.10"),
        late_interest=Decimal("21.20"),
        fees=Decimal("0.00"),
        penalties=Decimal("0.00"),
        **parties,
    )


@pytest.fixture
def parties_case(database: Database, case: Case) -> Case:
    with database.transaction() as session:
        session.add(
            _loan(
                case.id,
                "PP-2024-000123",
                rate_type=RateType.FIXED,
                co_borrowers="Mme Claire DURAND",
                guarantee="Caution solidaire de M. Pierre ROUX",
                guarantors="M. Pierre ROUX",
                sepa_mandate_reference="RUM-2024-000123",
            )
        )
        session.add(_loan(case.id, "PP-2024-000456", co_borrowers="Mme Claire DURAND"))
    return case


def _accept(database: Database, officer: Identity, case: Case) -> agreements.AgreementView:
    with database.session() as session:
        row = session.get(Case, case.id)
        assert row is not None
        context = SimulationContext.from_case(
            row.reference,
            client_view(row.client),
            [loan_view(loan) for loan in row.loans],
            delegation_of(session, officer),
            today=TODAY,
        )
    result = simulate(context, dataclasses.replace(context.default_inputs(), periods=12))
    assert result.plan is not None and result.assessment is not None
    return agreements.accept_plan(
        database,
        officer,
        case.id,
        result.plan,
        result.assessment,
        channel=Channel.BRANCH,
        signatures=Signatures(client=SIGNATURE, officer=SIGNATURE),
    )


def _words(pdf: bytes) -> str:
    out = subprocess.run(
        [require_tool("pdftotext"), "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(out.replace("\u202f", " ").replace("\u00a0", " ").split())


def test_the_agreement_names_guarantees_parties_mandate_and_town(
    database: Database, officer: Identity, parties_case: Case, tmp_path: Path
) -> None:
    view = _accept(database, officer, parties_case)  # the officer's branch: Lyon Part-Dieu
    with database.session() as session:
        assert verify_audit(session).intact
        stored = session.scalars(select(Agreement).where(Agreement.reference == view.reference))
        snapshot = agreements.read_snapshot(dict(stored.one().snapshot))
    model = snapshot.model
    assert snapshot.format == agreements.SNAPSHOT_FORMAT == 3
    assert [(p.full_name, p.role, p.contracts) for p in model.other_parties] == [
        ("Mme Claire DURAND", PartyRole.CO_BORROWER, ("PP-2024-000123", "PP-2024-000456")),
        ("M. Pierre ROUX", PartyRole.GUARANTOR, ("PP-2024-000123",)),
    ]
    assert model.place == "Lyon"

    pdf = agreements.archived_pdf(database, view.reference)
    text = _words(pdf)
    assert (
        "contrat PP-2024-000123 : Caution solidaire de M. Pierre ROUX" in text
    )  # the guarantee named
    assert "Et, intervenant au présent protocole," in text
    assert "Mme Claire DURAND co-emprunteur des contrats PP-2024-000123 ; PP-2024-000456" in text
    assert "M. Pierre ROUX caution du contrat PP-2024-000123" in text
    assert "par prélèvement SEPA, en vertu du mandat de référence RUM-2024-000123" in text
    assert "virement" not in text.split("Modalités de paiement", 1)[1].split("5.3")[0]
    assert f"Fait à Lyon, le {TODAY.day}" in text or "Fait à Lyon, le 1er" in text
    assert "en quatre exemplaires" in text or "en 4 exemplaires originaux" in text
    # Four signature blocks: the client, the bank, the co-borrower and the guarantor.
    signing = text[text.index("Fait à Lyon") :]
    for title in ("LE CLIENT", "POUR LA BANQUE", "LE CO-EMPRUNTEUR", "LA CAUTION"):
        assert title in signing, title
    assert signing.count("« Lu et approuvé »") == 3  # each party but the bank
    assert signing.count("Non signé") == 2  # the co-borrower and guarantor sign on paper

    # The page of the signatures, rendered: look at it (tmp_path keeps the PNG).
    pdf_path = tmp_path / "agreement.pdf"
    pdf_path.write_bytes(pdf)
    pages = run_tool("pdftotext", "-layout", pdf_path, "-").stdout.split("\f")
    page = next(n for n, body in enumerate(pages, start=1) if "Fait à Lyon" in body)
    run_tool(
        "pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), pdf_path, tmp_path / "sig"
    )
    (png,) = tmp_path.glob("sig*.png")
    assert png.stat().st_size > 10_000
    # The last clause stands on the page of the signatures (never alone on a page).
    assert re.search(r"Effet du protocole", pages[page - 1])
