"""Text normalisation for search: "Hélène LEFÈVRE" and "helene lefevre" must meet."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form of ``text`` (also folds œ, æ, ß)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    stripped = stripped.replace("œ", "oe").replace("æ", "ae")
    return " ".join(stripped.split())


def phone_digits(phone: str | None) -> str:
    """Digits of a phone number, national form: "+33 6 12…" and "06 12…" give "0612…"."""
    if not phone:
        return ""
    digits = "".join(char for char in phone if char.isdigit())
    if phone.strip().startswith("+33") and digits.startswith("33"):
        digits = "0" + digits[2:]
    return digits
