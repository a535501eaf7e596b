"""The place printed on a letter is the town of the officer's branch, from the
letterhead file's ``branch_towns`` (a branch it does not list takes the head office's
town)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case
from recouvrement_desktop.documents.agreement_model import (
    BranchTowns,
    demo_branch_towns,
    load_branch_towns,
)
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services.letters import render_letter
from recouvrement_desktop.services.views import identity_of
from tests.conftest import DEMO_TODAY
from tests.documents.conftest import run_tool


def test_a_branch_is_found_by_its_name_else_the_head_office_town(tmp_path: Path) -> None:
    towns = demo_branch_towns()
    assert towns.town_of("Agence Lyon Part-Dieu") == "Lyon"
    assert towns.town_of("  agence lyon  part-dieu ") == "Lyon"  # as the accounts spell it
    assert towns.town_of("Plateau recouvrement Nantes") == "Nantes"
    assert towns.town_of("Agence inconnue") == "Tours"  # the head office's
    # A letterhead file without towns: the branch's name, as printed before.
    path = tmp_path / "bank.json"
    path.write_text(json.dumps({"name": "Banque", "address_lines": []}), encoding="utf-8")
    assert load_branch_towns(path) == BranchTowns()
    assert load_branch_towns(path).town_of("Agence Lyon Part-Dieu") == "Lyon Part-Dieu"


def test_a_letter_is_written_from_the_branch_town(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.session() as session:
        case = session.scalars(
            select(Case).where(Case.officer_id.is_not(None), Case.total_arrears > 0)
        ).first()
        assert case is not None and case.officer is not None
        reference, identity = case.reference, identity_of(case.officer)
    town = demo_branch_towns().town_of(identity.branch)
    assert town in ("Lyon", "Paris", "Nantes")
    letter = render_letter(
        demo_database,
        identity,
        reference,
        LetterKind.REMINDER_1,
        Language.FRENCH,
        today=DEMO_TODAY,
    )
    path = tmp_path / "letter.pdf"
    path.write_bytes(letter.pdf)
    words = " ".join(run_tool("pdftotext", "-enc", "UTF-8", path, "-").stdout.split())
    assert f"{town}, le 28 novembre 2026" in words
    assert identity.branch not in words.split(", le 28 novembre 2026")[0][-40:]
