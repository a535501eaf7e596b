"""Which key seals the agreements, which certificates verification trusts, which letterhead.

The bank's seal comes from, in this order:

1. the environment: ``RECOUVREMENT_SEAL_PKCS12`` (a PKCS#12 file) and
   ``RECOUVREMENT_SEAL_PASSPHRASE`` (for scripted installations: nothing is written);
2. a PKCS#11 token or HSM named in ``settings.json`` (``"pkcs11"``: module, token label,
   key label, optional certificate label), its PIN in the OS keystore
   (``seal use-token`` stores both);
3. the PKCS#12 file imported by ``seal import`` into ``certificates/bank-seal.p12``:
   re-encrypted with a random passphrase that only the OS keystore holds;
4. otherwise the self-signed **demonstration** certificate, created on first use under
   ``certificates/``; its subject says "DEMONSTRATION — NOT A BANK CERTIFICATE" and
   its key is encrypted with a passphrase kept in the OS keystore as well.

No private key and no passphrase is ever written in clear.  ``settings.json`` in the
user data folder also holds the trust anchors and the timestamp authority::

    {"seal": {"trust": ["/path/bank-ca.pem"],
              "tsa": "https://tsa.example/", "tsa_trust": ["/path/tsa-ca.pem"],
              "pkcs11": {"module": "/usr/lib/…/libp11.so", "token": "SEAL", "key": "seal"}},
     "letterhead": "/path/letterhead.json"}

With a timestamp authority (``"tsa"`` or ``RECOUVREMENT_SEAL_TSA``) the seal is PAdES
B-LT, otherwise B-B.  B-LT embeds the validation data of the timestamp as well: the
authority's CA goes in ``"tsa_trust"`` unless it is the seal's own, and is trusted for
that alone (never as an anchor for seals).

**What verification trusts** (:func:`trust_anchors`): the configured anchors, i.e. the
bank's seal certificate and its chain (from the imported file or the token) and the
``"trust"`` certificates (or ``RECOUVREMENT_SEAL_TRUST``).  The demonstration
certificate is added by ``agreements.verify_file`` only while no bank seal is
configured, or against a demonstration database: its key sits on the officer's
computer, so a seal made with it proves nothing about a bank.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped]
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign.timestamps import HTTPTimeStamper

from recouvrement_desktop import keystore
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.documents.agreement_model import (
    BranchTowns,
    Letterhead,
    demo_branch_towns,
    demo_letterhead,
    load_branch_towns,
    load_letterhead,
)
from recouvrement_desktop.documents.seal import (
    Sealer,
    demo_certificate,
    demo_trust,
    open_pkcs11_signer,
    write_private,
)
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.paths import keep_private, user_data_dir
from recouvrement_desktop.services.permissions import authorize
from recouvrement_desktop.services.unit_of_work import unit_of_work

__all__ = [
    "BANK_CHAIN",
    "BANK_P12",
    "Pkcs11Settings",
    "SealingError",
    "SealingSettings",
    "authorize_seal_change",
    "branch_towns",
    "certificates_dir",
    "demonstration_trust",
    "forget_sealers",
    "import_pkcs12",
    "letterhead",
    "record_seal_change",
    "sealer",
    "sealing_settings",
    "settings_path",
    "trust_anchors",
    "use_token",
]

ENV_PKCS12: Final = "RECOUVREMENT_SEAL_PKCS12"
ENV_PASSPHRASE: Final = "RECOUVREMENT_SEAL_PASSPHRASE"
ENV_TRUST: Final = "RECOUVREMENT_SEAL_TRUST"
ENV_TSA: Final = "RECOUVREMENT_SEAL_TSA"

# Names of the secrets in the OS keystore.
BANK_PASSPHRASE_SECRET: Final = "seal-pkcs12-passphrase"
PKCS11_PIN_SECRET: Final = "seal-pkcs11-pin"
DEMO_PASSPHRASE_SECRET: Final = "demo-seal-passphrase"

BANK_P12: Final = "bank-seal.p12"
BANK_CHAIN: Final = "bank-seal-chain.pem"
_LEGACY_DEMO_PASSPHRASE: Final = "demo-seal.passphrase"  # kept in clear before

_lock = threading.Lock()
_sealers: dict[tuple[object, ...], Sealer] = {}


class SealingError(UserFacingError):
    context = "Agreements"
    exit_code = 2


@dataclass(frozen=True, slots=True)
class Pkcs11Settings:
    module: str
    token: str
    key: str
    cert: str | None = None


@dataclass(frozen=True, slots=True)
class SealingSettings:
    pkcs12: Path | None  # the bank's PKCS#12 file (from the environment, or imported)
    passphrase: str | None  # from the environment; None: the keystore's
    trust: tuple[Path, ...]
    letterhead: Path | None
    pkcs11: Pkcs11Settings | None = None
    tsa: str | None = None
    # CA certificates of the timestamp authority, trusted for its timestamps only
    tsa_trust: tuple[Path, ...] = ()

    @property
    def demonstration(self) -> bool:
        return self.pkcs12 is None and self.pkcs11 is None

    @property
    def level(self) -> str:
        return "B-LT" if self.tsa else "B-B"


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


def _write_seal_settings(**changes: Any) -> None:
    """Set (or, given ``None``, remove) keys of the ``"seal"`` settings."""
    data = _read_settings()
    seal = data.get("seal") if isinstance(data.get("seal"), dict) else {}
    assert isinstance(seal, dict)
    seal.pop("passphrase", None)  # never kept here any more
    seal.pop("pkcs12", None)  # nor the seal's file: imported into certificates/
    for name, value in changes.items():
        if value is None:
            seal.pop(name, None)
        else:
            seal[name] = value
    data["seal"] = seal
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    write_private(settings_path(), json.dumps(data, indent=2, ensure_ascii=False).encode())


def _pkcs11_of(value: object) -> Pkcs11Settings | None:
    if not isinstance(value, dict) or not all(value.get(k) for k in ("module", "token", "key")):
        return None
    cert = value.get("cert")
    return Pkcs11Settings(
        module=str(value["module"]),
        token=str(value["token"]),
        key=str(value["key"]),
        cert=str(cert) if cert else None,
    )


def _import_legacy(seal: dict[str, Any]) -> None:
    """Earlier versions named the bank's PKCS#12 file in the settings, its passphrase
    beside it in clear: import the file (key re-encrypted, passphrase to the keystore)
    and drop both from the settings.  Never fall back to the demonstration seal."""
    path = Path(str(seal["pkcs12"]))
    passphrase = seal.get("passphrase")
    try:
        data = path.read_bytes() if isinstance(passphrase, str) else None
    except OSError:
        data = None
    if data is None:
        raise SealingError(
            QT_TRANSLATE_NOOP(
                "Agreements",
                "The settings name the seal's file {path} the old way: import it with "
                "recouvrement-desktop seal import.",
            ),
            path=str(path),
        )
    assert isinstance(passphrase, str)
    import_pkcs12(data, passphrase)


def sealing_settings(*, demo: bool = False) -> SealingSettings:
    """The configured sealing identity; the demonstration one when ``demo`` or unset."""
    data = _read_settings()
    seal = data.get("seal") if isinstance(data.get("seal"), dict) else {}
    assert isinstance(seal, dict)
    if seal.get("pkcs12") and not os.environ.get(ENV_PKCS12):
        _import_legacy(seal)
        return sealing_settings(demo=demo)
    trust_text = os.environ.get(ENV_TRUST)
    trust = (
        [part for part in trust_text.split(os.pathsep) if part]
        if trust_text
        else [str(item) for item in seal.get("trust", ()) or ()]
    )
    head = data.get("letterhead")
    env_p12 = os.environ.get(ENV_PKCS12)
    pkcs11 = None if env_p12 else _pkcs11_of(seal.get("pkcs11"))
    imported = certificates_dir() / BANK_P12
    p12: Path | None = None
    if env_p12:
        p12 = Path(env_p12)
    elif pkcs11 is None and imported.is_file():
        p12 = imported
    tsa = os.environ.get(ENV_TSA) or seal.get("tsa")
    return SealingSettings(
        pkcs12=None if demo else p12,
        passphrase=os.environ.get(ENV_PASSPHRASE, "") if env_p12 else None,
        trust=tuple(Path(item) for item in trust),
        letterhead=Path(str(head)) if head else None,
        pkcs11=None if demo else pkcs11,
        tsa=str(tsa) if tsa else None,
        tsa_trust=tuple(Path(str(item)) for item in seal.get("tsa_trust", ()) or ()),
    )


# --------------------------------------------------------------------- secrets


def _keystore_text(name: str) -> str | None:
    value = keystore.read_secret(name)
    return value.decode("utf-8") if value is not None else None


def _missing_secret() -> SealingError:
    return SealingError(
        QT_TRANSLATE_NOOP(
            "Agreements",
            "The secret that opens the bank's seal is not in the system keystore: "
            "configure the seal again (recouvrement-desktop seal).",
        )
    )


def _demo_passphrase() -> str:
    """The demonstration key's passphrase, from the keystore. A machine without one (no
    desktop session: a build server, a kiosk) keeps it in a file of the user's alone
    beside the key: that key seals nothing of legal value, and ``verify`` never trusts
    it beside a bank's seal."""
    try:
        return _demo_passphrase_in_keystore()
    except keystore.KeystoreError:
        legacy = certificates_dir() / _LEGACY_DEMO_PASSPHRASE
        if not legacy.is_file():
            legacy.parent.mkdir(parents=True, exist_ok=True)
            legacy.write_text(secrets.token_urlsafe(24), encoding="utf-8")
        keep_private(legacy)
        return legacy.read_text(encoding="utf-8").strip()


def _demo_passphrase_in_keystore() -> str:
    """Moved there, and its old clear copy removed, on first use after an update."""
    stored = _keystore_text(DEMO_PASSPHRASE_SECRET)
    legacy = certificates_dir() / _LEGACY_DEMO_PASSPHRASE
    if stored is None and legacy.is_file():
        stored = legacy.read_text(encoding="utf-8").strip()
        keystore.write_secret(DEMO_PASSPHRASE_SECRET, stored.encode("utf-8"))
    if stored is None:
        stored = secrets.token_urlsafe(24)
        keystore.write_secret(DEMO_PASSPHRASE_SECRET, stored.encode("utf-8"))
    legacy.unlink(missing_ok=True)
    return stored


def demo_sealer() -> Sealer:
    path = demo_certificate(certificates_dir(), _demo_passphrase())
    return Sealer.from_pkcs12(path, _demo_passphrase())


# ---------------------------------------------------------------------- sealer


def _timestamped(base: Sealer, settings: SealingSettings) -> Sealer:
    if not settings.tsa:
        return base
    paths = (*settings.trust, *settings.tsa_trust)
    roots = (*base.chain, *(_asn1(_certificate(path)) for path in paths))
    return dataclasses.replace(base, timestamper=HTTPTimeStamper(settings.tsa), trust=roots)


def _load(settings: SealingSettings) -> Sealer:
    if settings.pkcs11 is not None:
        token = settings.pkcs11
        pin = _keystore_text(PKCS11_PIN_SECRET)
        if pin is None:
            raise _missing_secret()
        signer, subject = open_pkcs11_signer(
            token.module, token.token, token.key, pin, cert=token.cert
        )
        return Sealer(signer=signer, subject=subject)
    if settings.pkcs12 is not None:
        passphrase = settings.passphrase
        if passphrase is None:
            passphrase = _keystore_text(BANK_PASSPHRASE_SECRET)
            if passphrase is None:
                raise _missing_secret()
        return Sealer.from_pkcs12(settings.pkcs12, passphrase)
    return demo_sealer()


def sealer(settings: SealingSettings | None = None) -> Sealer:
    """The loaded sealer (kept for the life of the process)."""
    chosen = settings or sealing_settings()
    key = (
        chosen.pkcs12,
        chosen.passphrase,
        chosen.pkcs11,
        chosen.tsa,
        chosen.trust,
        chosen.tsa_trust,
    )
    with _lock:
        loaded = _sealers.get(key)
        if loaded is None:
            loaded = _timestamped(_load(chosen), chosen)
            _sealers[key] = loaded
    return loaded


def forget_sealers() -> None:
    """Drop the loaded sealers (after the seal's configuration changed)."""
    with _lock:
        _sealers.clear()


# ----------------------------------------------------------------------- trust


def _certificate(path: Path) -> x509.Certificate:
    """A trusted certificate named in the settings (PEM or DER)."""
    try:
        data = path.read_bytes()
        try:
            return x509.load_pem_x509_certificate(data)
        except ValueError:
            return x509.load_der_x509_certificate(data)
    except (OSError, ValueError) as error:
        raise SealingError(
            QT_TRANSLATE_NOOP("Agreements", "Cannot read the trusted certificate {path}: {error}"),
            path=str(path),
            error=getattr(error, "strerror", None) or str(error),
        ) from error


def _asn1(certificate: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def _configured_trust(settings: SealingSettings) -> list[x509.Certificate]:
    return [_certificate(path) for path in settings.trust]


def _bank_chain(settings: SealingSettings) -> list[x509.Certificate]:
    """The bank seal's certificate and chain, as configured."""
    if settings.pkcs12 is not None and settings.passphrase is not None:
        try:  # a file given in the environment with its passphrase
            _, cert, chain = pkcs12.load_key_and_certificates(
                settings.pkcs12.read_bytes(), settings.passphrase.encode("utf-8")
            )
        except (OSError, ValueError):
            return []
        return [c for c in (cert, *(chain or ())) if c is not None]
    if settings.pkcs12 is not None:  # imported: its public chain is kept beside it
        try:
            data = (certificates_dir() / BANK_CHAIN).read_bytes()
        except OSError:
            return []
        return x509.load_pem_x509_certificates(data)
    if settings.pkcs11 is not None:
        loaded = sealer(settings)
        return [
            x509.load_der_x509_certificate(cert.dump())
            for cert in (loaded.certificate, *loaded.signer.cert_registry)
        ]
    return []


def trust_anchors(settings: SealingSettings | None = None) -> list[x509.Certificate]:
    """Exactly what verification trusts: the bank's seal chain and the configured
    trust certificates (never the demonstration certificate: see
    :func:`demonstration_trust`)."""
    chosen = settings or sealing_settings()
    return [*_configured_trust(chosen), *_bank_chain(chosen)]


def demonstration_trust() -> x509.Certificate | None:
    """This installation's demonstration certificate, if one was made."""
    return demo_trust(certificates_dir())


def bank_seal_configured(settings: SealingSettings | None = None) -> bool:
    chosen = settings or sealing_settings()
    return not chosen.demonstration or bool(chosen.trust)


# --------------------------------------------------------------- configuration


def import_pkcs12(data: bytes, password: str) -> Sealer:
    """Make the PKCS#12 *data* the bank's seal: its key re-encrypted with a new random
    passphrase kept only in the OS keystore, its public chain kept beside it for
    verification.  The file given is not kept (nor its password)."""
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
    except ValueError as error:
        raise SealingError(
            QT_TRANSLATE_NOOP(
                "Agreements", "Cannot open the seal's file: wrong password or not PKCS#12."
            )
        ) from error
    if key is None or cert is None:
        raise SealingError(
            QT_TRANSLATE_NOOP(
                "Agreements", "The seal's file must hold a private key and its certificate."
            )
        )
    passphrase = secrets.token_urlsafe(32)
    encrypted = pkcs12.serialize_key_and_certificates(
        name=b"bank-seal",
        key=key,  # type: ignore[arg-type]
        cert=cert,
        cas=chain or None,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    folder = certificates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    # The keystore first: a file that nothing can open is harmless, a passphrase that
    # opens an older file would seal with the old key.
    keystore.write_secret(BANK_PASSPHRASE_SECRET, passphrase.encode("utf-8"))
    write_private(folder / BANK_P12, encrypted)
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (cert, *(chain or ())))
    write_private(folder / BANK_CHAIN, pem)
    _write_seal_settings(pkcs11=None)  # the imported file is now the seal
    forget_sealers()
    return sealer(sealing_settings())


def use_token(token: Pkcs11Settings, pin: str) -> Sealer:
    """Make the key in a PKCS#11 token the bank's seal, once it opens with *pin*."""
    signer, _ = open_pkcs11_signer(token.module, token.token, token.key, pin, token.cert)
    signer.pkcs11_session.close()  # type: ignore[attr-defined]  # it opens: keep it
    keystore.write_secret(PKCS11_PIN_SECRET, pin.encode("utf-8"))
    _write_seal_settings(
        pkcs11={
            "module": token.module,
            "token": token.token,
            "key": token.key,
            **({"cert": token.cert} if token.cert else {}),
        }
    )
    forget_sealers()
    return sealer()


def set_timestamp_authority(url: str | None) -> None:
    _write_seal_settings(tsa=url or None)
    forget_sealers()


def authorize_seal_change(database: Database, by: Identity) -> None:
    """The seal is the bank's configuration: its administrators' (``MANAGE_POLICY``)."""
    authorize(database, by, Permission.MANAGE_POLICY)


def record_seal_change(database: Database, by: Identity, change: str) -> None:
    """The seal now in use, in *database*'s audit trail: who set it, and which."""
    settings = sealing_settings()
    loaded = sealer(settings)
    with unit_of_work(database, by) as uow:
        uow.audit(
            "seal.configured",
            "seal",
            None,
            change=change,
            subject=loaded.subject,
            certificate_sha256=hashlib.sha256(loaded.certificate.dump()).hexdigest(),
            level=loaded.level,
            demonstration=settings.demonstration,
        )


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


def branch_towns(settings: SealingSettings | None = None) -> BranchTowns:
    """The branches' towns, from the letterhead file (the place of signature)."""
    chosen = settings or sealing_settings()
    if chosen.letterhead is not None:
        try:
            return load_branch_towns(chosen.letterhead)
        except (OSError, ValueError, AttributeError) as error:
            raise SealingError(
                QT_TRANSLATE_NOOP("Agreements", "Cannot read the letterhead {path}: {error}"),
                path=str(chosen.letterhead),
                error=str(error),
            ) from error
    return demo_branch_towns()
