"""Amounts, rates and dates as a French or English reader expects them (CLDR via Babel)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication

from recouvrement_desktop.domain.recovery import CaseStage
from recouvrement_desktop.i18n.formatting import (
    format_date,
    format_integer,
    format_money,
    format_percent,
    money_affixes,
    percent_affixes,
)
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.i18n.translation import install_translators, translate
from recouvrement_desktop.ui.labels import all_sources, label

NNBSP = "\u202f"  # narrow no-break space: French thousands separator
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("amount", "french", "english"),
    [
        (Decimal("1234.56"), f"1{NNBSP}234,56{NBSP}€", "€1,234.56"),
        (Decimal("0.05"), f"0,05{NBSP}€", "€0.05"),
        (Decimal("1234567.8"), f"1{NNBSP}234{NNBSP}567,80{NBSP}€", "€1,234,567.80"),
        (Decimal("-312.4"), f"-312,40{NBSP}€", "-€312.40"),
    ],
)
def test_money(amount: Decimal, french: str, english: str) -> None:
    assert format_money(amount, Language.FRENCH) == french
    assert format_money(amount, Language.ENGLISH) == english


def test_percent_and_integers() -> None:
    assert format_percent(Decimal("4.5"), Language.FRENCH) == f"4,50{NBSP}%"
    assert format_percent(Decimal("9.4822"), Language.ENGLISH) == "9.48%"
    assert format_percent(Decimal("21.16"), Language.FRENCH, digits=0) == f"21{NBSP}%"
    assert format_integer(100000, Language.FRENCH) == f"100{NNBSP}000"


def test_dates() -> None:
    day = date(2027, 2, 28)
    assert format_date(day, Language.FRENCH) == "28/02/2027"
    assert format_date(day, Language.FRENCH, "long") == "28 février 2027"
    assert format_date(day, Language.ENGLISH, "long") == "28 February 2027"


def test_every_label_is_translated_into_french(qapp: QCoreApplication) -> None:
    install_translators(qapp, Language.FRENCH)
    untranslated = [
        source for source in all_sources().values() if translate("Labels", source) == source
    ]
    # Words spelt the same in both languages are allowed; anything else is missing.
    assert set(untranslated) <= {"SMS", "Contact", "Note"}
    assert label(CaseStage.AMICABLE) == "Amiable"


def test_qt_own_dialogs_speak_french(qapp: QCoreApplication) -> None:
    install_translators(qapp, Language.FRENCH)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_money_affixes_frame_the_figures_as_babel_does() -> None:
    french_prefix, french_suffix = money_affixes(Language.FRENCH)
    assert french_prefix == "" and french_suffix.strip() == "€"
    assert french_suffix[0].isspace()  # 1 234,56 € (a no-break space before the sign)
    assert money_affixes(Language.ENGLISH) == ("€", "")  # €1,234.56
    french_prefix, french_suffix = percent_affixes(Language.FRENCH)
    assert french_prefix == "" and french_suffix.strip() == "%" and french_suffix[0].isspace()
    assert percent_affixes(Language.ENGLISH) == ("", "%")  # 4.50%
