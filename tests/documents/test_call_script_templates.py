"""Call scripts: the shipped ones load and read well; a mistake is refused with the
file and the line."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from recouvrement_desktop.documents.call_scripts import (
    SITUATION_PLACEHOLDERS,
    CallScriptError,
    ScriptData,
    calls_recorded,
    load_script,
    parse_script,
)
from recouvrement_desktop.domain.call_scripts import CallSituation
from recouvrement_desktop.domain.recovery import SessionOutcome
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import resource_path

DOCS = Path(__file__).resolve().parents[2] / "docs" / "call-scripts.md"

GOOD = """---
version: 3
effective: 2026-02-01
title: Suivi
outcomes: callback, refusal
---
## Se présenter
Bonjour, {{ officer_name }}, de {{ bank_name }}.
{% if calls_recorded %}
Cet appel peut être enregistré.
{% endif %}

## Montants
Vous devez **{{ total_arrears }}**.
"""

#: Words that threaten or pressure; none belongs in a script read to a client.
THREATS = re.compile(
    r"\b(huissier|saisie|saisir|poursuite|tribunal|sanction|menace[rz]?|prison|"
    r"bailiff|seiz\w*|court|lawsuit|prosecut\w*|sue|prison|threat\w*)\b",
    re.IGNORECASE,
)


def sample_data(situation: CallSituation, *, by_phone: bool = True) -> ScriptData:
    data = ScriptData(
        bank_name="Banque Démo",
        officer_name="Julien Lefèvre",
        branch="Tours Centre",
        by_phone=by_phone,
        calls_recorded=True,
        client_name="Mme Manon Martinez",
        formal_name="Madame Martinez",
        case_reference="REC-2026-0000038",
        contract_numbers="OV000000381",
        days_past_due="58",
        arrears_amount="17,50 €",
        total_arrears="40,68 €",
        next_due_date="5 décembre 2026",
        next_due_amount="17,50 €",
    )
    if situation is CallSituation.BROKEN_PROMISE:
        return replace(data, promise_amount="120,00 €", promise_date="20 novembre 2026")
    if situation is CallSituation.AGREEMENT_DEFAULT:
        return replace(
            data,
            agreement_reference="ACC-2026-000001",
            instalment_amount="80,00 €",
            missed_instalment_date="5 novembre 2026",
            missed_instalment_amount="80,00 €",
        )
    return data


def write(folder: Path, situation: CallSituation, text: str) -> Path:
    path = folder / "fr" / f"{situation.value}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_script_is_filled_in_step_by_step() -> None:
    template = parse_script("x.md", GOOD, CallSituation.FOLLOW_UP, Language.FRENCH)
    script = template.render(sample_data(CallSituation.FOLLOW_UP))
    assert (script.version, script.effective.isoformat(), script.title) == (
        "3",
        "2026-02-01",
        "Suivi",
    )
    assert [step.title for step in script.steps] == ["Se présenter", "Montants"]
    assert script.steps[0].text == (
        "Bonjour, Julien Lefèvre, de Banque Démo.\nCet appel peut être enregistré."
    )
    assert script.steps[1].text == "Vous devez **40,68 €**."
    assert script.outcomes == (SessionOutcome.CALLBACK, SessionOutcome.REFUSAL)
    unrecorded = template.render(
        replace(sample_data(CallSituation.FOLLOW_UP), calls_recorded=False)
    )
    assert "enregistré" not in unrecorded.steps[0].text


def test_an_unknown_placeholder_is_refused_with_the_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path, CallSituation.FOLLOW_UP, GOOD.replace("**{{ total_arrears }}**", "{{ solde }}")
    )
    with pytest.raises(CallScriptError) as raised:
        load_script(tmp_path, CallSituation.FOLLOW_UP, Language.FRENCH)
    assert raised.value.params == {
        "name": str(path),
        "line": 14,
        "placeholder": "solde",
        "situation": "follow-up",
    }
    assert str(raised.value) == f"Call script {path}, line 14: unknown placeholder solde"


def test_a_fact_of_another_situation_is_refused_where_it_is_named(tmp_path: Path) -> None:
    text = GOOD.replace("Bonjour,", "Bonjour,\nVous aviez promis {{ promise_amount }},")
    path = write(tmp_path, CallSituation.FIRST_CONTACT, text)
    with pytest.raises(CallScriptError) as raised:
        load_script(tmp_path, CallSituation.FIRST_CONTACT, Language.FRENCH)
    assert str(raised.value) == (
        f"Call script {path}, line 9: the placeholder promise_amount is not available "
        "in the first-contact script"
    )
    # In its own situation's script it is welcome.
    write(tmp_path, CallSituation.BROKEN_PROMISE, text)
    load_script(tmp_path, CallSituation.BROKEN_PROMISE, Language.FRENCH)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (GOOD.replace("{% endif %}", "{% endfi %}"), 11, "Encountered unknown tag 'endfi'"),
        (GOOD.replace("title: Suivi\n", ""), 1, "no title in the header"),
        (GOOD.replace("2026-02-01", "1er février"), 3, "the effective date 1er février"),
        (GOOD.replace("callback,", "rappel,"), 5, "unknown outcome rappel"),
        (GOOD.replace("---\n## Se", "---\nBonjour\n## Se"), 7, 'a line "## title"'),
        (GOOD.replace("title:", "titre:"), 4, "unknown header line titre: Suivi"),
        ("## Se présenter\n", 1, "header between two --- lines"),
    ],
)
def test_mistakes_are_refused_with_their_line(text: str, line: int, message: str) -> None:
    with pytest.raises(CallScriptError) as raised:
        parse_script("fr/follow-up.md", text, CallSituation.FOLLOW_UP, Language.FRENCH)
    assert raised.value.params["line"] == line
    assert message in str(raised.value)


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("situation", list(CallSituation))
@pytest.mark.parametrize("by_phone", [True, False])
def test_every_shipped_script_loads_and_reads_courteously(
    language: Language, situation: CallSituation, by_phone: bool
) -> None:
    template = load_script(resource_path("call_scripts"), situation, language)
    script = template.render(sample_data(situation, by_phone=by_phone))
    text = "\n".join(f"{step.title}\n{step.text}" for step in script.steps)
    # Who calls for which bank, that it concerns a debt, the recording, the identity first.
    assert "Julien Lefèvre" in script.steps[0].text and "Banque Démo" in script.steps[0].text
    assert ("enregistré" in text or "recorded" in text) is by_phone
    assert re.search(r"identit", script.steps[1].title, re.IGNORECASE)
    purpose = next(
        index
        for index, step in enumerate(script.steps)
        if "créance" in step.text or "debt" in step.text
    )
    assert purpose > 1  # said only once the identity is confirmed
    assert "{{" not in text and "{%" not in text
    assert "40,68 €" in text or situation is CallSituation.AGREEMENT_DEFAULT
    if situation is CallSituation.BROKEN_PROMISE:
        assert "120,00 €" in text and "20 novembre 2026" in text
    if situation is CallSituation.AGREEMENT_DEFAULT:
        assert "5 novembre 2026" in text and "ACC-2026-000001" in text
    assert THREATS.findall(text) == []
    assert set(script.outcomes) == set(SessionOutcome)


def test_the_settings_say_whether_calls_are_recorded(tmp_path: Path) -> None:
    assert calls_recorded(resource_path("call_scripts")) is True
    assert calls_recorded(tmp_path) is False  # no settings file
    (tmp_path / "settings.toml").write_text("calls_recorded = 'oui'\n", encoding="utf-8")
    with pytest.raises(CallScriptError, match="must be true or false"):
        calls_recorded(tmp_path)


def test_every_placeholder_is_documented() -> None:
    documentation = DOCS.read_text(encoding="utf-8")
    names = set().union(*SITUATION_PLACEHOLDERS.values())
    assert [name for name in sorted(names) if f"`{name}`" not in documentation] == []
