"""Which certificate seals the agreements, which ones are trusted, which letterhead.

The bank's identity comes from, in this order:

1. environment variables ``RECOUVREMENT_SEAL_PKCS12`` (path of the PKCS#12 file),
   ``RECOUVREMENT_SEAL_PASSPHRASE`` and ``RECOUVREMENT_SEAL_TRUST`` (PEM or DER
   certificates to trust when verifying, separated by the OS path separator);
2. the settings file ``settings.json`` in the user data folder::

       {"seal": {"pkcs12": "/path/bank.p12", "passphrase": "…",
                 "trust": ["/path/bank-ca.pem"]},
        "letterhead": "/path/letterhead.json"}

3. otherwise (demo mode, or nothing configured) the self-signed **demonstration**
   certificate, created on first use under ``user_data_dir()/certificates/``; its
   subject says "DEMONSTRATION — NOT A BANK CERTIFICATE".

The demonstration certificate is always trusted as well, so that agreements made in
demonstration mode verify on the same machine. A loaded sealer is kept (loading a
PKCS#12 file costs tens of milliseconds).
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12

from recouvrement_desktop.documents.agreement_model import (
    Letterhead,
    demo_letterhead,
    load_letterhead,
)
from recouvrement_desktop.documents.seal import Sealer, demo_certificate, demo_trust
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.paths import user_data_dir

__all__ = [
    "SealingError",
    "SealingSettings",
    "certificates_dir",
    "letterhead",
    "sealer",
    "sealing_settings",
    "settings_path",
    "trusted_certificates",
]

ENV_PKCS12: Final = "RECOUVREMENT_SEAL_PKCS12"
ENV_PASSPHRASE: Final = "RECOUVREMENT_SEAL_PASSPHRASE"
ENV_TRUST: Final = "RECOUVREMENT_SEAL_TRUST"

_lock = threading.Lock()
_sealers: dict[tuple[str, str], Sealer] = {}


class SealingError(UserFacingError):
    context = "Agreements"


@dataclass(frozen=True, slots=True)
class SealingSettings:
    pkcs12: Path | None
    passphrase: str
    trust: tuple[Path, ...]
    letterhead: Path | None

    @property
    def demonstration(self) -> bool:
        return self.pkcs12 is None


def settings_path() -> Path:
    return user_data_dir() / "settings.json"


def certificates_dir() -> Path:
    return user_data_dir() / "certificates"


def _read_settings() -> dict[str, Any]:
    path = settings_path()
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SealingError(
            QT_TRANSLATE_NOOP("Agreements", "Cannot read the settings file {path}: {error}"),
            path=str(path),
            error=str(error),
        ) from error
    return data if isinstance(data, dict) else {}


def sealing_settings(*, demo: bool = False) -> SealingSettings:
    """The configured sealing identity; the demonstration one when ``demo`` or unset."""
    data = _read_settings()
    seal = data.get("seal") if isinstance(data.get("seal"), dict) else {}
    assert isinstance(seal, dict)
    p12 = os.environ.get(ENV_PKCS12) or seal.get("pkcs12")
    passphrase = os.environ.get(ENV_PASSPHRASE) or str(seal.get("passphrase", ""))
    trust_text = os.environ.get(ENV_TRUST)
    trust = (
        [part for part in trust_text.split(os.pathsep) if part]
        if trust_text
        else [str(item) for item in seal.get("trust", ()) or ()]
    )
    head = data.get("letterhead")
    return SealingSettings(
        pkcs12=None if demo or not p12 else Path(str(p12)),
        passphrase=passphrase,
        trust=tuple(Path(item) for item in trust),
        letterhead=Path(str(head)) if head else None,
    )


def sealer(settings: SealingSettings | None = None) -> Sealer:
    """The loaded sealer (kept for the life of the process)."""
    chosen = settings or sealing_settings()
    if chosen.pkcs12 is None:
        path, passphrase = demo_certificate(certificates_dir())
    else:
        path, passphrase = chosen.pkcs12, chosen.passphrase
    key = (str(path), passphrase)
    with _lock:
        loaded = _sealers.get(key)
        if loaded is None:
            loaded = Sealer.from_pkcs12(path, passphrase)
            _sealers[key] = loaded
    return loaded


def trusted_certificates(settings: SealingSettings | None = None) -> list[x509.Certificate | Path]:
    """The bank's trusted certificates and the demonstration one."""
    chosen = settings or sealing_settings()
    trusted: list[x509.Certificate | Path] = [demo_trust(certificates_dir())]
    trusted.extend(chosen.trust)
    if chosen.pkcs12 is not None:
        # the bank's own certificate, read from its PKCS#12 file
        try:
            bundle = pkcs12.load_key_and_certificates(
                chosen.pkcs12.read_bytes(), chosen.passphrase.encode("utf-8")
            )
        except (OSError, ValueError):
            bundle = (None, None, [])
        if bundle[1] is not None:
            trusted.append(bundle[1])
        trusted.extend(bundle[2] or ())
    return trusted


def letterhead(settings: SealingSettings | None = None) -> Letterhead:
    chosen = settings or sealing_settings()
    if chosen.letterhead is not None:
        try:
            return load_letterhead(chosen.letterhead)
        except (OSError, ValueError, KeyError) as error:
            raise SealingError(
                QT_TRANSLATE_NOOP("Agreements", "Cannot read the letterhead {path}: {error}"),
                path=str(chosen.letterhead),
                error=str(error),
            ) from error
    return demo_letterhead()
