"""The active interface language, shared by Qt translation and Babel formatting."""

from __future__ import annotations

from enum import StrEnum

from babel import Locale


class Language(StrEnum):
    FRENCH = "fr"
    ENGLISH = "en"


DEFAULT_LANGUAGE = Language.FRENCH

# Babel locales used for numbers, currencies and dates.
_BABEL_LOCALES = {Language.FRENCH: "fr_FR", Language.ENGLISH: "en_GB"}

_active = DEFAULT_LANGUAGE


def set_active_language(language: Language) -> None:
    global _active  # noqa: PLW0603 - one process-wide interface language
    _active = language


def active_language() -> Language:
    return _active


def babel_locale(language: Language | None = None) -> Locale:
    return Locale.parse(_BABEL_LOCALES[language or _active])
