"""Secrets kept outside the database, in the operating system's keystore.

Windows Credential Manager, the macOS Keychain or the Secret Service on Linux, through
``keyring``. A secret that lived in the database, or beside it, would be read by whoever
copies the file; the keystore ties it to the user's session instead.

Secrets are bytes, stored base64-encoded under the service name ``recouvrement-desktop``.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from typing import Any, Final

from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError

__all__ = ["SERVICE", "KeystoreError", "create_secret", "read_secret", "write_secret"]

SERVICE: Final = "recouvrement-desktop"


class KeystoreError(UserFacingError):
    context = "Keystore"
    exit_code = 2


def _keyring() -> Any:
    """``keyring``, imported on first use: it costs a third of a second, which the
    window's start and a demonstration database never need."""
    import keyring  # noqa: PLC0415

    return keyring


def _errors() -> type[Exception]:
    from keyring.errors import KeyringError  # noqa: PLC0415

    return KeyringError


def _unavailable(error: Exception) -> KeystoreError:
    return KeystoreError(
        QT_TRANSLATE_NOOP(
            "Keystore",
            "The system keystore cannot be used ({reason}): nothing was changed. "
            "Sign in to a desktop session that has one (Windows Credential Manager, "
            "the Secret Service), or ask your administrator.",
        ),
        reason=type(error).__name__,
    )


def read_secret(name: str) -> bytes | None:
    """The secret stored under ``name``, or ``None`` when there is none."""
    try:
        stored = _keyring().get_password(SERVICE, name)
    except _errors() as error:
        raise _unavailable(error) from error
    if stored is None:
        return None
    try:
        return base64.b64decode(stored.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise KeystoreError(
            QT_TRANSLATE_NOOP("Keystore", "The secret {name} in the system keystore is damaged."),
            name=name,
        ) from error


def write_secret(name: str, value: bytes) -> None:
    try:
        _keyring().set_password(SERVICE, name, base64.b64encode(value).decode("ascii"))
    except _errors() as error:
        raise _unavailable(error) from error


def create_secret(name: str, size: int = 32) -> bytes:
    """The secret stored under ``name``, made of ``size`` random bytes on first use."""
    existing = read_secret(name)
    if existing is not None:
        return existing
    value = secrets.token_bytes(size)
    write_secret(name, value)
    return value
