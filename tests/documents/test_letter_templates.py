"""Letter templates: the shipped ones load; a mistake is refused with its name and line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from recouvrement_desktop.documents.agreement_model import demo_letterhead
from recouvrement_desktop.documents.letters.data import PLACEHOLDERS, LetterData, Recipient
from recouvrement_desktop.documents.letters.templates import (
    LetterTemplateError,
    MissingFactError,
    load_template,
    parse_template,
)
from recouvrement_desktop.domain.letters import LetterKind
from recouvrement_desktop.domain.sms import SmsEncoding, count_sms
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import resource_path
from recouvrement_desktop.services.letters import sms_text

DOCS = Path(__file__).resolve().parents[2] / "docs" / "letters.md"

GOOD = """---
version: 3
effective: 2026-02-01
subject: Relance — {{ case_reference }}
---
{{ salutation }},

Vous devez {{ total_arrears }}.
"""


def sample_data() -> LetterData:
    """Placeholder values as a service would format them (no promise, no agreement)."""
    return LetterData(
        bank_name="Banque Démo",
        place="Tours",
        letter_date="28 novembre 2026",
        officer_name="Julien Lefèvre",
        branch="Tours Centre",
        mediator="",
        client_title="Mme",
        client_name="Mme Manon Martinez",
        client_last_name="Martinez",
        salutation="Madame",
        client_number="CL00000038",
        case_reference="REC-2026-0000038",
        contract_numbers="OV000000381",
        contracts=("OV000000381",),
        days_past_due="58",
        arrears_amount="17,50 €",
        late_interest="0,18 €",
        fees_amount="23,00 €",
        outstanding_principal="350,00 €",
        total_arrears="40,68 €",
        total_due="390,68 €",
        cure_days="15",
        cure_deadline="13 décembre 2026",
        ficp_delay_days="30",
        ficp_earliest_date="28 décembre 2026",
        promise_amount=None,
        promise_date=None,
        agreement_reference=None,
        instalment_amount=None,
        first_due_date=None,
        agreement_periods=None,
        missed_instalment_date=None,
        missed_instalment_amount=None,
        recipient=Recipient("Mme Manon Martinez", ("1 rue de la Paix", "37000 Tours")),
        letterhead=demo_letterhead(),
    )


def test_a_template_naming_a_fact_the_case_lacks_is_not_rendered() -> None:
    template = load_template(
        resource_path("letters"), LetterKind.PROMISE_CONFIRMATION, Language.FRENCH
    )
    with pytest.raises(MissingFactError) as caught:
        template.render(sample_data())
    assert caught.value.params == {"case": "REC-2026-0000038", "kind": "promise-confirmation"}


def refusal(text: str, name: str = "fr/reminder-1.md") -> LetterTemplateError:
    with pytest.raises(LetterTemplateError) as caught:
        parse_template(name, text, LetterKind.REMINDER_1, Language.FRENCH)
    return caught.value


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_shipped_template_loads(kind: LetterKind, language: Language) -> None:
    template = load_template(resource_path("letters"), kind, language)
    assert template.version
    assert template.used <= PLACEHOLDERS
    assert "case_reference" in template.used or "agreement_reference" in template.used


def test_a_good_template_keeps_its_version_and_effective_date() -> None:
    template = parse_template("x.md", GOOD, LetterKind.REMINDER_1, Language.FRENCH)
    assert (template.version, template.effective.isoformat()) == ("3", "2026-02-01")
    assert template.used == {"case_reference", "salutation", "total_arrears"}


def test_an_unknown_placeholder_is_refused_with_its_line() -> None:
    text = GOOD.replace("Vous devez {{ total_arrears }}.", "Vous devez {{ montant_du }}.")
    error = refusal(text)
    assert error.params["name"] == "fr/reminder-1.md"
    assert error.params["line"] == 8  # the file's line, header included
    assert error.params["placeholder"] == "montant_du"
    assert "fr/reminder-1.md, line 8" in str(error)


def test_an_unknown_placeholder_in_the_subject_is_refused_with_its_line() -> None:
    error = refusal(GOOD.replace("{{ case_reference }}", "{{ dossier }}"))
    assert (error.params["line"], error.params["placeholder"]) == (4, "dossier")


def test_a_syntax_error_is_refused_with_its_line() -> None:
    text = GOOD + "\n{% if total_due %}\nSolde : {{ total_due }}\n"  # no endif
    error = refusal(text)
    assert error.params["name"] == "fr/reminder-1.md"
    assert error.params["line"] == 11  # the last line: where Jinja finds it unclosed
    assert refusal(GOOD + "\n{% if %}\nSolde\n{% endif %}\n").params["line"] == 10
    broken = GOOD.replace("{{ salutation }},", "{{ salutation },")
    assert refusal(broken).params["line"] == 6


def test_python_is_not_reachable_from_a_template() -> None:
    text = GOOD.replace("{{ total_arrears }}", "{{ total_arrears.__class__.__mro__ }}")
    template = parse_template("x.md", text, LetterKind.REMINDER_1, Language.FRENCH)
    with pytest.raises(LetterTemplateError):
        template.render(sample_data())


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Bonjour\n", 1),  # no header
        ("---\nversion: 1\neffective: 2026-01-01\nsubject: x\n", 1),  # not closed
        ("---\nversion: 1\nsubject: x\n---\nbody\n", 1),  # no effective date
        ("---\nversion: 1\neffective: 1er janvier\nsubject: x\n---\nbody\n", 3),
        ("---\nversion: 1\neffective: 2026-01-01\nsubject: x\nauteur: moi\n---\nb\n", 5),
    ],
)
def test_a_bad_header_is_refused_with_its_line(text: str, line: int) -> None:
    assert refusal(text).params["line"] == line


def test_every_placeholder_is_documented() -> None:
    documentation = DOCS.read_text(encoding="utf-8")
    missing = [name for name in sorted(PLACEHOLDERS) if f"`{name}`" not in documentation]
    assert missing == []


@pytest.mark.parametrize("language", list(Language))
def test_every_shipped_sms_is_gsm7_and_at_most_two_segments(language: Language) -> None:
    full = replace(
        sample_data(),
        bank_name="Banque Démo du Val de Loire",
        branch="Saint-Étienne Centre",
        promise_amount="1 250,00 €",
        promise_date="15 décembre 2026",
        agreement_reference="ACC-2026-000001",
        instalment_amount="125,40 €",
        first_due_date="5 janvier 2027",
        agreement_periods="24",
        missed_instalment_date="5 février 2027",
        missed_instalment_amount="125,40 €",
    )
    with_sms = []
    for kind in LetterKind:
        rendered = load_template(resource_path("letters"), kind, language).render(full)
        if rendered.sms is None:
            continue
        with_sms.append(kind)
        count = count_sms(sms_text(rendered.sms))
        assert count.encoding is SmsEncoding.GSM7, rendered.sms
        assert not count.warning, rendered.sms
    assert with_sms == [
        LetterKind.REMINDER_1,
        LetterKind.REMINDER_2,
        LetterKind.PROMISE_CONFIRMATION,
        LetterKind.AGREEMENT_MISSED,
    ]


@pytest.mark.parametrize(
    ("language", "general_terms"),
    [
        (Language.FRENCH, "dont les coordonnées figurent dans vos conditions générales"),
        (Language.ENGLISH, "whose contact details appear in your general terms"),
    ],
)
def test_the_formal_notice_names_the_mediator_the_letterhead_gives(
    language: Language, general_terms: str
) -> None:
    template = load_template(resource_path("letters"), LetterKind.FORMAL_NOTICE, language)
    without = template.render(sample_data())
    assert general_terms in without.body
    named = "Médiation bancaire Démo, 1 rue de la Paix, 75002 Paris"
    given = template.render(replace(sample_data(), mediator=named))
    assert f"{named}." in given.body and general_terms not in given.body
