"""Co-borrowers and guarantors in the agreement, read back from the PDF (pdftotext):
parties after the bank and the client, their own signature boxes level with each other
and kept with the last clause, the guarantees named; and agreements stored before they
were kept print as they did (no new field in their fingerprint)."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from recouvrement_desktop.documents.agreement_model import (
    AgreementModel,
    OtherParty,
    PartyRole,
    canonical_json,
)
from recouvrement_desktop.documents.agreement_pdf import render_agreement
from recouvrement_desktop.documents.sample import sample_agreement
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services.agreements import read_snapshot, snapshot_json
from tests.documents.conftest import require_tool

FR, EN = Language.FRENCH, Language.ENGLISH
STORED = Path(__file__).resolve().parents[1] / "fixtures" / "stored"
PARTIES = (
    OtherParty("M. Paul LEFÈVRE", PartyRole.CO_BORROWER, ("PR-2019-88213", "PP-2023-10577")),
    OtherParty("Mme Agnès DUBŒUF", PartyRole.GUARANTOR, ("PP-2023-10577",)),
    OtherParty("M. Jean DUBŒUF", PartyRole.GUARANTOR, ("PP-2023-10577",)),
)


def _with_parties(periods: int, language: Language) -> AgreementModel:
    model = sample_agreement(periods, language)
    mortgage, personal = model.contracts
    return replace(
        model,
        contracts=(
            replace(mortgage, guarantee="Hypothèque de premier rang"),
            replace(personal, guarantee="Caution solidaire de Mme Agnès DUBŒUF"),
        ),
        other_parties=PARTIES,
    )


def _pdftotext(model: AgreementModel, *options: str) -> str:
    return subprocess.run(
        [require_tool("pdftotext"), *options, "-", "-"],
        input=render_agreement(model),
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout.decode("utf-8")


def _pages(model: AgreementModel) -> list[str]:
    pages = [page for page in _pdftotext(model).split("\f") if page.strip()]
    return [" ".join(page.replace("\u202f", " ").replace("\u00a0", " ").split()) for page in pages]


def test_co_borrowers_and_guarantors_are_parties_and_the_guarantees_named() -> None:
    text = " ".join(_pages(_with_parties(24, FR)))
    assert "Et, intervenant au présent protocole," in text
    assert "M. Paul LEFÈVRE co-emprunteur des contrats PR-2019-88213 ; PP-2023-10577" in text
    assert "Mme Agnès DUBŒUF caution du contrat PP-2023-10577" in text
    assert "tenu solidairement avec le Client" in text
    assert (
        "garantissent le paiement des sommes dues au titre du présent protocole : contrat "
        "PR-2019-88213 : Hypothèque de premier rang ; contrat PP-2023-10577 : Caution "
        "solidaire de Mme Agnès DUBŒUF."
    ) in text
    assert "Fait à Tours, le 27 novembre 2026, en 5 exemplaires originaux." in text
    assert "signature par toutes les parties" in text
    english = " ".join(_pages(_with_parties(24, EN)))
    assert "M. Paul LEFÈVRE co-borrower under contracts PR-2019-88213; PP-2023-10577" in english
    assert "contract PR-2019-88213: Hypothèque de premier rang" in english
    assert "Done at Tours, on 27 November 2026, in 5 original copies." in english


def test_without_parties_or_guarantees_nothing_of_it_is_printed() -> None:
    text = " ".join(_pages(sample_agreement(24, FR)))
    assert "intervenant" not in text and "Garanties." not in text
    assert "en deux exemplaires originaux" in text and "par les deux parties" in text


def _box_rows(model: AgreementModel) -> list[float]:
    """The vertical position of each signature box's own line (« Signé le … » under a
    signed box, « Non signé » inside an empty one), read with pdftotext -bbox."""
    out = _pdftotext(model, "-bbox")
    return [
        float(m.group(1))
        for m in re.finditer(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>(?:Non|Signé)</word>', out)
    ]


def test_the_parties_boxes_are_level_two_a_row() -> None:
    rows = _box_rows(_with_parties(24, FR))
    # The client's and the bank's signed boxes, then two rows of empty boxes.
    assert len(rows) == 5
    client, bank, first, second, third = rows
    assert client == pytest.approx(bank, abs=0.5)
    assert first == pytest.approx(second, abs=0.5)
    assert third > first + 50  # the third party on a row of its own, below


@pytest.mark.parametrize("periods", [12, 24, 36, 48, 66])
def test_the_signatures_with_parties_never_stand_alone(periods: int) -> None:
    for language in (FR, EN):
        pages = _pages(_with_parties(periods, language))
        signing = next(p for p in pages if "Fait à" in p or "Done at" in p)
        assert "Effet du protocole" in signing or "Effect of the agreement" in signing
        for name in ("M. Paul LEFÈVRE", "M. Jean DUBŒUF"):
            assert signing.count(name) == 1, name  # its box on the page of the signatures


def test_a_stored_format_1_agreement_keeps_its_fingerprint_fields() -> None:
    """The fields added in format 2 stay out of an older agreement's canonical JSON (the
    fingerprint printed on it again is the one it was signed with)."""
    for path in sorted(STORED.glob("*-agreement-*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))["snapshot"]
        model = read_snapshot(data).model
        canonical = canonical_json(model).decode("utf-8")
        if data["format"] == 1:
            assert '"other_parties"' not in canonical and '"guarantee"' not in canonical
        else:
            assert '"other_parties"' in canonical


def test_a_stored_format_2_agreement_reads_its_parties_and_is_written_again() -> None:
    (path,) = [
        path
        for path in sorted(STORED.glob("*-agreement-*.json"))
        if json.loads(path.read_text(encoding="utf-8"))["snapshot"]["format"] == 2
    ]
    snapshot = read_snapshot(json.loads(path.read_text(encoding="utf-8"))["snapshot"])
    assert snapshot.format == 2
    model = snapshot.model
    assert [party.role for party in model.other_parties] == [
        PartyRole.CO_BORROWER,
        PartyRole.GUARANTOR,
    ]
    assert model.clauses is not None and model.clauses.mandate_reference == "RUM-2024-000123"
    assert read_snapshot(snapshot_json(snapshot)) == snapshot
    text = " ".join(_pages(model))
    assert "prélèvement SEPA, en vertu du mandat de référence RUM-2024-000123" in text
    assert "LE CO-EMPRUNTEUR" in text and "LA CAUTION" in text
