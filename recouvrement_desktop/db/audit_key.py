"""The key of a database's audit chain, and the anchor that seals its head.

Each link of the chain is an HMAC under a key that never sits in the database: whoever
can edit the file cannot re-chain what they changed. The key lives in the operating
system's keystore of the machines that write (``audit key export`` / ``import`` carries
it to another workstation of a shared PostgreSQL database), under the database's own
identifier, a mark written by migration 0007.

A demonstration database is chained under a published key, so that it runs on machines
without a keystore; its chain proves nothing, and ``audit verify`` says so.

The anchor is the chain's head (sequence, hash) as last sealed — at start-up, at each
export and backup — kept in the keystore too: deleting the end of the chain, or
rewriting the chain from an earlier point, no longer matches it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.models import DEMONSTRATION_PURPOSE, PURPOSE_MARK, DatabaseMark
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.keystore import create_secret, read_secret, write_secret

__all__ = [
    "BASELINE",
    "DATABASE_ID",
    "ENCRYPTION_KEY",
    "KEYED_FROM",
    "WRAPPED_KEY",
    "Anchor",
    "AuditKeyError",
    "ChainKeying",
    "chain_keying",
    "export_key",
    "import_key",
    "parse_key",
    "read_anchor",
    "write_anchor",
]

DATABASE_ID: Final = "database_id"
KEYED_FROM: Final = "audit_keyed_from"
BASELINE: Final = "audit_baseline"  # "pending" until every existing record is covered
WRAPPED_KEY: Final = "audit_key_wrapped"
# Where a session made by ``Database`` holds its file's encryption key (``session.info``).
ENCRYPTION_KEY: Final = "db.encryption_key"
DEMONSTRATION_KEY: Final = hashlib.sha256(b"recouvrement-desktop demonstration audit key").digest()
_KEY_SIZE: Final = 32


class AuditKeyError(UserFacingError):
    context = "Audit"
    exit_code = 2


@dataclass(frozen=True, slots=True)
class ChainKeying:
    """How a database's chain is keyed: events from ``keyed_from`` on are HMACs."""

    database_id: str | None
    keyed_from: int | None
    demonstration: bool
    baseline_pending: bool
    wrapped_key: str | None = None  # the key, sealed under an encrypted file's own key

    def key_name(self) -> str:
        return f"audit-key:{self.database_id}"

    def anchor_name(self) -> str:
        return f"audit-anchor:{self.database_id}"


def chain_keying(session: Session) -> ChainKeying:
    """The marks that say how the chain is keyed (none before migration 0006 made the
    table: an older schema, reached only while migrating)."""
    if not inspect(session.connection()).has_table(DatabaseMark.__tablename__):
        return ChainKeying(None, None, demonstration=False, baseline_pending=False)
    rows = session.execute(
        select(DatabaseMark.name, DatabaseMark.value).where(
            DatabaseMark.name.in_((DATABASE_ID, KEYED_FROM, BASELINE, PURPOSE_MARK, WRAPPED_KEY))
        )
    )
    marks = {name: value for name, value in rows}
    keyed_from = marks.get(KEYED_FROM)
    return ChainKeying(
        database_id=marks.get(DATABASE_ID),
        keyed_from=int(keyed_from) if keyed_from is not None else None,
        demonstration=marks.get(PURPOSE_MARK) == DEMONSTRATION_PURPOSE,
        baseline_pending=marks.get(BASELINE) == "pending",
        wrapped_key=marks.get(WRAPPED_KEY),
    )


def _missing_key() -> AuditKeyError:
    return AuditKeyError(
        QT_TRANSLATE_NOOP(
            "Audit",
            "This computer's keystore does not hold the audit key of this database: "
            "nothing was changed. An administrator brings it with "
            "'recouvrement-desktop audit key import'.",
        )
    )


def chain_key(
    keying: ChainKeying, *, next_sequence: int, create: bool, encryption: bytes | None = None
) -> tuple[bytes, str | None]:
    """The HMAC key, and the key sealed under ``encryption`` (an encrypted file's own key)
    when the database should now keep it so (``None`` otherwise).

    The key is made on a database whose keyed chain has not started yet. An encrypted
    file keeps it sealed under its own key: a computer that opens the file with its
    recovery key (``db unlock``) gets the audit key back with it. A clear or PostgreSQL
    database relies on ``audit key export`` / ``import``."""
    if keying.demonstration or keying.database_id is None:
        return DEMONSTRATION_KEY, None
    name = keying.key_name()
    key = read_secret(name)
    if key is None and keying.wrapped_key is not None and encryption is not None:
        key = _unwrap(keying, keying.wrapped_key, encryption)
        write_secret(name, key)
    chain_not_started = keying.keyed_from is not None and next_sequence <= keying.keyed_from
    if key is None and create and chain_not_started:
        key = create_secret(name, _KEY_SIZE)
    if key is None:
        raise _missing_key()
    wrap = None
    if encryption is not None and keying.wrapped_key is None:
        wrap = _wrap(keying, key, encryption)
    return key, wrap


def _wrapping(keying: ChainKeying, encryption: bytes) -> tuple[AESGCM, bytes]:
    derived = hmac.new(encryption, b"recouvrement-desktop audit key wrap", "sha256").digest()
    return AESGCM(derived), str(keying.database_id).encode("ascii")


def _wrap(keying: ChainKeying, key: bytes, encryption: bytes) -> str:
    cipher, bound_to = _wrapping(keying, encryption)
    nonce = secrets.token_bytes(12)
    return base64.b64encode(nonce + cipher.encrypt(nonce, key, bound_to)).decode("ascii")


def _unwrap(keying: ChainKeying, wrapped: str, encryption: bytes) -> bytes:
    cipher, bound_to = _wrapping(keying, encryption)
    try:
        sealed = base64.b64decode(wrapped)
        return cipher.decrypt(sealed[:12], sealed[12:], bound_to)
    except (ValueError, InvalidTag) as error:
        raise AuditKeyError(
            QT_TRANSLATE_NOOP("Audit", "The audit key kept in this database is damaged.")
        ) from error


def export_key(keying: ChainKeying) -> str:
    """The key as hexadecimal, for an administrator to carry to another workstation."""
    if keying.demonstration or keying.database_id is None:
        raise AuditKeyError(
            QT_TRANSLATE_NOOP("Audit", "A demonstration database has no audit key to export.")
        )
    key = read_secret(keying.key_name())
    if key is None:
        raise _missing_key()
    return key.hex()


def parse_key(text: str) -> bytes:
    """An audit key as typed or pasted: 64 hexadecimal characters."""
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        key = b""
    if len(key) != _KEY_SIZE:
        raise AuditKeyError(
            QT_TRANSLATE_NOOP(
                "Audit", "This is not an audit key (64 hexadecimal characters): nothing changed."
            )
        )
    return key


def import_key(keying: ChainKeying, key: bytes) -> None:
    if keying.demonstration or keying.database_id is None:
        raise AuditKeyError(
            QT_TRANSLATE_NOOP("Audit", "A demonstration database has no audit key to import.")
        )
    write_secret(keying.key_name(), key)


@dataclass(frozen=True, slots=True)
class Anchor:
    sequence: int
    hash: str
    sealed_at: datetime


def read_anchor(keying: ChainKeying) -> Anchor | None:
    if keying.demonstration or keying.database_id is None:
        return None
    stored = read_secret(keying.anchor_name())
    if stored is None:
        return None
    try:
        values = json.loads(stored)
        return Anchor(
            int(values["sequence"]), str(values["hash"]), datetime.fromisoformat(values["at"])
        )
    except (ValueError, KeyError, TypeError) as error:
        raise AuditKeyError(
            QT_TRANSLATE_NOOP("Audit", "The sealed head of the audit chain is damaged.")
        ) from error


def write_anchor(keying: ChainKeying, sequence: int, head_hash: str) -> Anchor | None:
    """Seal the head; a demonstration database has nothing to seal."""
    if keying.demonstration or keying.database_id is None or sequence == 0:
        return None
    anchor = Anchor(sequence, head_hash, utc_now())
    payload = {"sequence": sequence, "hash": head_hash, "at": anchor.sealed_at.isoformat()}
    write_secret(keying.anchor_name(), json.dumps(payload).encode("utf-8"))
    return anchor
