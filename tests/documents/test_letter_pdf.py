"""The letter PDF read back with poppler and zbar: page numbers, QR code, markup."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from recouvrement_desktop.documents.letters.pdf import letter_qr_payload, render_letter_pdf
from recouvrement_desktop.documents.letters.templates import load_template
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import resource_path
from tests.documents.conftest import pdf_text, run_tool
from tests.documents.test_letter_templates import sample_data

MOMENT = datetime(2026, 11, 28, 8, tzinfo=UTC)


def rendered(tmp_path: Path, body_paragraphs: int = 0) -> tuple[Path, str]:
    template = load_template(resource_path("letters"), LetterKind.FORMAL_NOTICE, Language.FRENCH)
    data = sample_data()
    text = template.render(data)
    if body_paragraphs:
        filler = "\n\n".join(f"Paragraphe {n} : " + "texte " * 60 for n in range(body_paragraphs))
        text = replace(text, body=filler + "\n\nNous vous prions d'agréer, Madame.")
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_letter_pdf(text, data, created_at=MOMENT))
    return path, letter_qr_payload(data.case_reference, text)


def test_the_same_letter_gives_the_same_bytes(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, _ = rendered(tmp_path / "a")
    second, _ = rendered(tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()


def test_one_page_letter_has_its_number_and_its_qr_code(tmp_path: Path) -> None:
    path, payload = rendered(tmp_path)
    (page,) = pdf_text(path)
    assert "Page 1 / 1" in page
    version = load_template(resource_path("letters"), LetterKind.FORMAL_NOTICE, Language.FRENCH)
    assert f"Modèle formal-notice v{version.version}" in page
    assert "Objet : Mise en demeure" in page
    run_tool("pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", path, tmp_path / "p")
    (image,) = tmp_path.glob("p*.png")
    result = run_tool("zbarimg", "--quiet", "--raw", image, check=False)
    assert payload in result.stdout.splitlines(), result.stdout + result.stderr
    assert payload == (
        f"RD-LETTER-1;case=REC-2026-0000038;kind=formal-notice;version={version.version}"
    )


def test_a_long_letter_numbers_its_pages_and_keeps_the_signature_with_the_closing(
    tmp_path: Path,
) -> None:
    path, _ = rendered(tmp_path, body_paragraphs=12)
    pages = pdf_text(path)
    assert len(pages) >= 2
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} / {total}" in page
        assert "REC-2026-0000038" in page
    last = pages[-1]
    assert "Nous vous prions d'agréer" in last and "Julien Lefèvre" in last


def test_the_sums_to_pay_are_a_column_of_figures(tmp_path: Path) -> None:
    path, _ = rendered(tmp_path)
    html = run_tool("pdftotext", "-bbox", path, "-").stdout
    edges = {
        word: float(right)
        for right, word in re.findall(r'xMax="([\d.]+)"[^>]*>([\d,]+)</word>', html)
        if word in {"17,50", "0,18", "23,00", "40,68"}
    }
    assert len(edges) == 4
    # aligned on the right (the bold total's « € » is a little wider)
    assert max(edges.values()) - min(edges.values()) < 2


def test_a_case_without_an_officer_is_dated_without_a_place(tmp_path: Path) -> None:
    template = load_template(resource_path("letters"), LetterKind.REMINDER_1, Language.FRENCH)
    data = replace(sample_data(), place="", officer_name="", branch="")
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_letter_pdf(template.render(data), data, created_at=MOMENT))
    (page,) = pdf_text(path)
    assert "Le 28 novembre 2026" in page
    assert ", le 28" not in page
    assert "Service Recouvrement amiable" in page
