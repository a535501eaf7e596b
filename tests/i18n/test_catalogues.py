"""The translation catalogues: complete, consistent with the code, compiled, loadable."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
sys.path.insert(0, str(TRANSLATIONS))
import update_translations  # noqa: E402

# {name} for str.format, %1 %2 for Qt arguments, %n / %Ln for plurals.
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?\d+|%L?n")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    unfinished: bool
    numerus: bool


def messages(catalogue: Path) -> list[Message]:
    found = []
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=tuple(forms) if forms else (translation.text or "",),
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                    numerus=message.get("numerus") == "yes",
                )
            )
    return found


def _placeholders(text: str) -> list[str]:
    return sorted(match.replace("%L", "%") for match in PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_string_is_translated_with_the_same_placeholders(language: str) -> None:
    catalogue = messages(TRANSLATIONS / f"recouvrement_{language}.ts")
    assert len(catalogue) > 100
    problems = []
    for message in catalogue:
        where = f"{message.context}: {message.source!r}"
        if message.unfinished or not all(message.translations):
            problems.append(f"untranslated {where}")
            continue
        for translation in message.translations:
            if _placeholders(translation) != _placeholders(message.source):
                problems.append(f"placeholders differ {where} -> {translation!r}")
    assert problems == []


def test_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """A new tr() in the code without a run of update_translations.py fails here."""
    fresh = tmp_path / "fresh.ts"
    files = [str(path.relative_to(ROOT)) for path in update_translations.sources()]
    subprocess.run(
        [
            update_translations._tool("pyside6-lupdate"),
            "-locations",
            "none",
            *files,
            "-ts",
            str(fresh),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    in_code = {(m.context, m.source) for m in messages(fresh)}
    for language in ("fr", "en"):
        committed = {
            (m.context, m.source) for m in messages(TRANSLATIONS / f"recouvrement_{language}.ts")
        }
        assert in_code - committed == set(), language
        assert committed - in_code == set(), language


@pytest.mark.parametrize("language", ["fr", "en"])
def test_compiled_catalogues_are_up_to_date(language: str, tmp_path: Path) -> None:
    source = TRANSLATIONS / f"recouvrement_{language}.ts"
    compiled = tmp_path / f"{language}.qm"
    subprocess.run(
        [
            update_translations._tool("pyside6-lrelease"),
            "-silent",
            str(source),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
    )
    assert (TRANSLATIONS / f"recouvrement_{language}.qm").read_bytes() == compiled.read_bytes()
