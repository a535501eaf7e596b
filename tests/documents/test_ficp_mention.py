"""The agreement mentions the client's FICP registration in its FICP clause, read back
from the exported PDF's text (pdftotext), in French and in English — and only when the
client is registered."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date

import pytest

from recouvrement_desktop.documents.agreement_model import AgreementModel
from recouvrement_desktop.documents.agreement_pdf import render_agreement
from recouvrement_desktop.documents.sample import sample_agreement
from recouvrement_desktop.i18n.language import Language
from tests.documents.conftest import require_tool

INCIDENT = "contrat PP0001234 : 3 échéances impayées"


def _text(model: AgreementModel) -> str:
    out = subprocess.run(
        [require_tool("pdftotext"), "-", "-"],
        input=render_agreement(model),
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout.decode("utf-8")
    return " ".join(out.replace("\u202f", " ").replace("\u00a0", " ").split())


def _registered(language: Language) -> AgreementModel:
    model = sample_agreement(24, language)
    assert model.clauses is not None
    clauses = replace(model.clauses, ficp_registered_on=date(2026, 9, 29), ficp_incident=INCIDENT)
    return replace(model, clauses=clauses)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            Language.FRENCH,
            "Le Client est inscrit au FICP depuis le 29 septembre 2026 à la suite de "
            f"l'incident suivant : {INCIDENT} ; cette inscription sera radiée dès le "
            "paiement des sommes dues au titre de cet incident.",
        ),
        (
            Language.ENGLISH,
            "The Client has been registered in the FICP since 29 September 2026 following "
            f"this incident: {INCIDENT}; the registration will be removed once the sums due "
            "for that incident are paid.",
        ),
    ],
)
def test_a_registered_client_is_told_in_the_ficp_clause(language: Language, expected: str) -> None:
    assert expected in _text(_registered(language))


@pytest.mark.parametrize("language", [Language.FRENCH, Language.ENGLISH])
def test_no_mention_without_a_registration(language: Language) -> None:
    text = _text(sample_agreement(24, language))
    assert "FICP" in text  # the clause itself is always there
    assert "inscrit au FICP depuis" not in text
    assert "registered in the FICP since" not in text


def test_the_registration_is_kept_in_the_agreements_snapshot() -> None:
    """The model goes to JSON and back as stored, the registration with it (a reprint
    says what was said), and an older model without it still reads."""
    from recouvrement_desktop.services.agreements.snapshot import (  # noqa: PLC0415
        _decode,
        _encode,
    )

    model = _registered(Language.FRENCH)
    stored = _encode(model)
    assert _decode(AgreementModel, stored) == model
    assert stored["clauses"]["ficp_registered_on"] == "2026-09-29"
    del stored["clauses"]["ficp_registered_on"], stored["clauses"]["ficp_incident"]
    older = _decode(AgreementModel, stored)
    assert older.clauses.ficp_registered_on is None and older.clauses.ficp_incident == ""
