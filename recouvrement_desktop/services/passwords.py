"""Password hashes of local accounts: Argon2id, as OWASP's current guidance sets it.

OWASP's Password Storage Cheat Sheet: Argon2id with at least 19 MiB of memory, two
iterations and one degree of parallelism. A hash made with weaker parameters is
replaced at the next successful sign-in (``needs_rehash``).
"""

from __future__ import annotations

from typing import Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from recouvrement_desktop.domain.passwords import password_problems
from recouvrement_desktop.errors import UserFacingError

__all__ = ["PasswordRefusedError", "check_policy", "hash_password", "needs_rehash", "verify"]

_HASHER: Final = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class PasswordRefusedError(UserFacingError):
    """A new password the policy refuses: its message is the first reason, ``problems``
    every reason (English source texts, context "Domain", like the policy's)."""

    context = "Domain"

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0])
        self.problems = tuple(problems)


def check_policy(password: str, login: str, full_name: str = "") -> None:
    problems = password_problems(password, login, full_name)
    if problems:
        raise PasswordRefusedError(problems)


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """A new hash; *salt* only for data that must come out identical every time (the
    demonstration's), never for a real account."""
    return _HASHER.hash(password, salt=salt)


def verify(password_hash: str | None, password: str) -> bool:
    """Whether *password* matches; never raises for a wrong or damaged hash."""
    if not password_hash or not password:
        return False
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)
