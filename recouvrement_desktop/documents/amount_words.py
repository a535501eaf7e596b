"""An amount of euros written in words, as a debt acknowledgement states it.

The numbers come from ``num2words`` (maintained, French and English); only the
currency words are ours, so that "un million d'euros" and "one euro" read right.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

from recouvrement_desktop.i18n.language import Language

__all__ = ["amount_in_words"]


def _words(number: int, lang: str) -> str:
    return str(num2words(number, lang=lang))


def amount_in_words(amount: Decimal, language: Language) -> str:
    """*amount* (euros, two decimals) in words in *language*."""
    cents_total = int((amount.copy_abs() * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    euros, cents = divmod(cents_total, 100)
    french = language is Language.FRENCH
    lang = "fr" if french else "en"
    words = _words(euros, lang)
    if french:
        # "un million d'euros", "deux millions d'euros", but "un million cent euros"
        unit = "euro" if euros <= 1 else "euros"
        if euros and euros % 1_000_000 == 0:
            unit = "d'euros"
        text = f"{words} {unit}"
        if cents:
            text += f" et {_words(cents, lang)} centime{'s' if cents > 1 else ''}"
    else:
        text = f"{words} euro{'' if euros == 1 else 's'}"
        if cents:
            text += f" and {_words(cents, lang)} cent{'s' if cents > 1 else ''}"
    return text
