"""The password policy of local accounts (directory accounts follow the directory's).

After the French ANSSI and OWASP guidance for passwords alone (no second factor): long
rather than complicated — at least 12 characters, of at least three kinds among lower
case, upper case, digits and others — not built on the login or the person's name, not
one of the passwords that leaked lists try first, not made of one repeated character.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP

__all__ = ["MIN_LENGTH", "password_problems"]

MIN_LENGTH: Final = 12
MAX_LENGTH: Final = 256  # beyond, a paste gone wrong, and a cost for the hash
# The first words a guesser tries (the rest of a guess list is cut off by the length).
_COMMON: Final = frozenset(
    {
        "motdepasse123", "password1234", "azertyuiop123", "123456789012", "qwertyuiop123",
        "bonjour12345", "soleil123456", "recouvrement1", "recouvrement", "administrateur",
        "changezmoi123", "changeme1234",
    }
)  # fmt: skip


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _kinds(password: str) -> int:
    return sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )


def password_problems(password: str, login: str, full_name: str = "") -> list[str]:
    """What is wrong with *password* for this person, as English source texts (context
    "Domain"); empty when it is acceptable."""
    problems: list[str] = []
    if len(password) < MIN_LENGTH:
        problems.append(QT_TRANSLATE_NOOP("Domain", "A password has at least 12 characters."))
    if len(password) > MAX_LENGTH:
        problems.append(QT_TRANSLATE_NOOP("Domain", "A password has at most 256 characters."))
    if _kinds(password) < 3:
        problems.append(
            QT_TRANSLATE_NOOP(
                "Domain",
                "Mix at least three kinds of characters: lower case, upper case, digits, others.",
            )
        )
    folded = _fold(password)
    names = [_fold(login), *(_fold(part) for part in full_name.split() if len(part) >= 3)]
    if any(name and name in folded for name in names):
        problems.append(
            QT_TRANSLATE_NOOP("Domain", "A password must not contain the login or the name.")
        )
    if folded in _COMMON or len(set(password)) <= 2:
        problems.append(QT_TRANSLATE_NOOP("Domain", "This password is too easy to guess."))
    return problems
