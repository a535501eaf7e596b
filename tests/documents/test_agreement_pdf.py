"""The agreement PDF, read back with real tools (poppler, qpdf, zbar)."""

from __future__ import annotations

import hashlib
import os
import re
import string
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from recouvrement_desktop.documents.agreement_model import (
    AgreementModel,
    AgreementStatus,
    canonical_json,
    content_fingerprint,
    qr_payload,
    short_fingerprint,
)
from recouvrement_desktop.documents.agreement_pdf import render_agreement
from recouvrement_desktop.documents.texts import CATALOGUE
from recouvrement_desktop.i18n.formatting import format_date, format_money
from recouvrement_desktop.i18n.language import Language
from tests.documents.conftest import pdf_text, require_tool, run_tool

NNBSP = "\u202f"
NBSP = "\u00a0"


def as_extracted(value: str) -> str:
    """poppler's text output turns U+202F and U+00A0 into plain spaces."""
    return value.replace(NNBSP, " ").replace(NBSP, " ")


def test_french_amounts_of_every_row_are_in_the_text(
    pdf_360: Path, model_360: AgreementModel
) -> None:
    text = "\n".join(pdf_text(pdf_360))
    expected_balance = format_money(Decimal("187446.59"), Language.FRENCH)
    assert NNBSP in expected_balance  # the engine's figure, French format: 187 446,59 €
    assert expected_balance.endswith(NBSP + "€")
    for row in model_360.rows:
        balance = as_extracted(format_money(row.balance, Language.FRENCH))
        interest = as_extracted(format_money(row.interest, Language.FRENCH))
        due = format_date(row.due_date, Language.FRENCH)
        # the whole row, in order, on one line of the layout text
        pattern = (
            rf"(?m)^\s*{row.number}\s+{re.escape(due)}\s+{re.escape(interest)}\s.*"
            rf"{re.escape(balance)}\s*$"
        )
        assert re.search(pattern, text), f"row {row.number} not found: {due} … {balance}"
    assert "187 446,59 €" in text
    assert not re.search(r"\d\.\d\d €", text)  # no English decimals in a French document


def test_the_narrow_no_break_space_is_in_the_text_layer(pdf_360: Path, tmp_path: Path) -> None:
    # pdftotext prints U+202F as a space, so read the fonts' ToUnicode maps instead:
    # the character drawn between thousands is mapped back to U+202F.
    expanded = tmp_path / "expanded.pdf"
    run_tool("qpdf", "--qdf", "--object-streams=disable", pdf_360, expanded)
    data = expanded.read_bytes()
    assert b"<202F>" in data
    assert b"<20AC>" in data  # €


def test_title_accents_pages_and_reference_on_every_page(
    pdf_360: Path, model_360: AgreementModel
) -> None:
    pages = pdf_text(pdf_360)
    count = len(pages)
    assert count >= 8  # 360 rows need several pages
    info = run_tool("pdfinfo", pdf_360).stdout
    assert re.search(rf"^Pages:\s+{count}$", info, re.MULTILINE)
    assert "Protocole d'accord de rééchelonnement" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / {count}" in page, f"page {number}"
        assert model_360.reference in page, f"reference missing on page {number}"
        assert short_fingerprint(content_fingerprint(model_360)) in page
    last = pages[-1]
    assert "Fiche de preuve" in last
    assert model_360.evidence.session_reference in last
    assert model_360.evidence.engine_version in last
    assert "En agence" in last


def test_content_of_the_agreement(pdf_360: Path, model_360: AgreementModel) -> None:
    text = "\n".join(pdf_text(pdf_360))
    for needle in (
        model_360.letterhead.name,
        "Mme Hélène Lefèvre-Dubœuf",
        "PR-2019-88213",
        "Capitalisé",
        "Abandonné",
        "Nouvelles conditions",
        "TAEG",
        "Tableau d'amortissement",
        "Remboursement anticipé",
        "Protection des données personnelles",
        "Fait à Tours, le 27 novembre 2026",
        "« Lu et approuvé »",
        "Capital restant dû",
    ):
        assert needle in text, needle
    terms = model_360.terms
    assert as_extracted(format_money(terms.installment, Language.FRENCH)) in text
    assert as_extracted(format_money(terms.total_cost, Language.FRENCH)) in text


def test_the_table_header_repeats_on_every_schedule_page(pdf_360: Path) -> None:
    pages = pdf_text(pdf_360)
    schedule_pages = [p for p in pages if re.search(r"(?m)^\s*\d+\s+\d\d/\d\d/\d{4}\s", p)]
    assert len(schedule_pages) >= 6
    for page in schedule_pages:
        assert "Échéance" in page and "Intérêts" in page and "Total à payer" in page


def test_qpdf_finds_the_file_clean(pdf_360: Path, pdf_12_en: Path) -> None:
    for path in (pdf_360, pdf_12_en):
        result = run_tool("qpdf", "--check", path, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "No syntax or stream encoding errors found" in result.stdout


def test_english_rendering(pdf_12_en: Path, model_12_en: AgreementModel) -> None:
    pages = pdf_text(pdf_12_en)
    text = "\n".join(pages)
    assert "Debt rescheduling agreement" in text
    assert "AWAITING THE CLIENT'S COUNTERSIGNATURE" in pages[0]
    assert "Countersignature awaited" in text
    assert "Telephone" in pages[-1]
    for row in model_12_en.rows:
        balance = format_money(row.balance, Language.ENGLISH)  # €187,446.59
        assert balance in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / {len(pages)}" in page
        assert model_12_en.reference in page
    assert "Protocole d'accord" not in text


def test_non_binding_proposal_banner_and_watermark(model_360: AgreementModel) -> None:
    proposal = replace(
        model_360, rows=model_360.rows[:24], status=AgreementStatus(non_binding_proposal=True)
    )
    data = render_agreement(proposal)
    path_text = _text_of(data)
    pages = path_text.split("\f")
    assert "PROPOSITION NON CONTRACTUELLE" in pages[0]
    assert "PROPOSITION NON CONTRACTUELLE" in pages[1]
    assert "Proposition non contractuelle" in path_text  # status on the evidence page


def _text_of(data: bytes) -> str:
    result = subprocess.run(
        [require_tool("pdftotext"), "-layout", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
        timeout=120,
    )
    return result.stdout.decode("utf-8")


def test_same_model_same_bytes(model_360: AgreementModel, pdf_360: Path) -> None:
    assert render_agreement(model_360) == pdf_360.read_bytes()
    other = replace(model_360, place="Orléans")
    assert render_agreement(other) != pdf_360.read_bytes()


def test_creation_date_is_the_agreement_date(pdf_360: Path) -> None:
    info = run_tool("pdfinfo", "-isodates", pdf_360).stdout
    assert re.search(r"^CreationDate:\s+2026-11-27T10:38:12", info, re.MULTILINE), info


def test_fingerprint_is_the_hash_of_the_canonical_content(model_360: AgreementModel) -> None:
    fingerprint = content_fingerprint(model_360)
    assert len(fingerprint) == 64 and set(fingerprint) <= set(string.hexdigits.lower())
    assert canonical_json(model_360) == canonical_json(replace(model_360))
    changed = replace(model_360, rows=model_360.rows[:-1])
    assert content_fingerprint(changed) != fingerprint
    assert content_fingerprint(replace(model_360, language=Language.ENGLISH)) != fingerprint


def test_signature_strokes_are_vector_paths(model_360: AgreementModel, tmp_path: Path) -> None:
    short = replace(model_360, rows=model_360.rows[:12])
    signed = render_agreement(short)
    unsigned = render_agreement(
        replace(short, signatures=replace(short.signatures, client=None, officer=None))
    )
    # every point of a stroke is a lineto ("x y l") in a page's content stream
    strokes = short.signatures.client, short.signatures.officer
    points = sum(len(line) - 1 for s in strokes if s for line in s.strokes)
    added = _count_linetos(signed, tmp_path / "s") - _count_linetos(unsigned, tmp_path / "u")
    assert added == points


def _count_linetos(data: bytes, folder: Path) -> int:
    folder.mkdir()
    (folder / "in.pdf").write_bytes(data)
    run_tool("qpdf", "--qdf", "--object-streams=disable", folder / "in.pdf", folder / "out.pdf")
    expanded = (folder / "out.pdf").read_bytes()
    return len(re.findall(rb"-?[\d.]+ -?[\d.]+ l\b", expanded))


def test_qr_code_carries_reference_and_fingerprint(
    pdf_12_en: Path, model_12_en: AgreementModel, tmp_path: Path
) -> None:
    run_tool("pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", pdf_12_en, tmp_path / "p")
    (image,) = tmp_path.glob("p*.png")
    result = run_tool("zbarimg", "--quiet", "--raw", image, check=False)
    expected = qr_payload(model_12_en.reference, content_fingerprint(model_12_en))
    assert expected in result.stdout.splitlines(), result.stdout + result.stderr


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    french, english = CATALOGUE[Language.FRENCH], CATALOGUE[Language.ENGLISH]
    assert french.keys() == english.keys()
    fields = string.Formatter()
    for key in french:
        names_fr = {f for _, f, _, _ in fields.parse(french[key]) if f}
        names_en = {f for _, f, _, _ in fields.parse(english[key]) if f}
        assert names_fr == names_en, key
        assert set(re.findall(r"%\((\w+)\)s", french[key])) == set(
            re.findall(r"%\((\w+)\)s", english[key])
        ), key


@pytest.mark.parametrize("language", list(Language))
def test_twelve_rows_fit_on_few_pages(model_12_en: AgreementModel, language: Language) -> None:
    data = render_agreement(replace(model_12_en, language=language))
    pages = _text_of(data).split("\f")
    # the clauses a legal department asks for (article 5) and the debt per contract
    assert 3 <= len([p for p in pages if p.strip()]) <= 5


def test_same_bytes_in_another_process_and_time_zone(pdf_360: Path) -> None:
    script = (
        "import hashlib, sys\n"
        "from recouvrement_desktop.documents.agreement_pdf import render_agreement\n"
        "from recouvrement_desktop.documents.sample import sample_agreement\n"
        "sys.stdout.write(hashlib.sha256(render_agreement(sample_agreement(360))).hexdigest())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "TZ": "Asia/Tokyo", "PYTHONHASHSEED": "12345"},
    )
    assert result.stdout == hashlib.sha256(pdf_360.read_bytes()).hexdigest()


def test_plain_letterhead_markup_characters_and_huge_amounts(
    model_12_en: AgreementModel,
) -> None:
    # A bank without logo nor legal mentions, a name with XML characters, amounts in
    # the hundreds of millions: still a clean document.
    factor = Decimal(1000)
    huge = tuple(
        replace(
            r,
            interest=r.interest * factor,
            principal=r.principal * factor,
            balance=r.balance * factor,
            payment=r.payment * factor,
        )
        for r in model_12_en.rows
    )
    model = replace(
        model_12_en,
        letterhead=replace(model_12_en.letterhead, logo_path=None, legal_mentions=()),
        client=replace(model_12_en.client, full_name="Dupont & Fils <SARL>"),
        rows=huge,
        language=Language.FRENCH,
    )
    text = _text_of(render_agreement(model))
    assert "Dupont & Fils <SARL>" in text
    biggest = max(r.balance for r in huge)
    assert as_extracted(format_money(biggest, Language.FRENCH)) in text
    assert "Page 1 / " in text
