"""Raw SQLite connections to the application's files, encrypted or clear, as someone
who holds the key would open them behind the application's back (to tamper, to count)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from recouvrement_desktop.db.encryption import connect, is_encrypted, stored_key


def raw_connection(path: Path, *, key_of: Path | None = None, **kwargs: Any) -> Any:
    """A DB-API connection to *path*, keyed with the key the keystore holds for *key_of*
    (by default *path* itself) when the file is encrypted."""
    key = stored_key(key_of or path) if is_encrypted(path) else None
    return connect(path, key, **kwargs)
