"""Checking a sealed agreement: is the PAdES seal intact, whole and trusted?

``verify_pdf(data, trust)`` validates every signature of the file with pyHanko's
validator, offline (no fetching of certificates or revocation data), against the
certificates given as trust (the bank's, or the demonstration certificate).

The verdict is valid only when there is at least one signature and the last one is
intact (the signed bytes have not changed), cryptographically valid, trusted, and
covers the entire file (nothing appended after sealing).  Otherwise ``reason`` says
why, as an English source text marked for translation in the "Documents" context
with its parameters, so the window and the CLI can translate it.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Final, TypeAlias

from asn1crypto import pem  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import (
    PdfSignatureStatus,
    SignatureCoverageLevel,
    SignatureStatus,
)
from pyhanko_certvalidator import ValidationContext

from recouvrement_desktop.errors import QT_TRANSLATE_NOOP

__all__ = ["TRANSLATION_CONTEXT", "TrustedCertificate", "Verdict", "verify_pdf"]

TRANSLATION_CONTEXT: Final = "Documents"

# pyHanko logs a traceback when a certificate is not trusted; the verdict says it
# already.  A NullHandler keeps Python's last-resort handler from printing it on
# stderr, while the application's own handlers still receive the records.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())

TrustedCertificate: TypeAlias = x509.Certificate | asn1_x509.Certificate | bytes | Path

NOT_PDF: Final = QT_TRANSLATE_NOOP("Documents", "The file is not a readable PDF document")
UNSIGNED: Final = QT_TRANSLATE_NOOP("Documents", "The document carries no electronic seal")
ALTERED: Final = QT_TRANSLATE_NOOP(
    "Documents", "The document was altered after it was sealed: the seal no longer matches"
)
BAD_SIGNATURE: Final = QT_TRANSLATE_NOOP(
    "Documents", "The seal's signature is invalid: the document cannot be trusted"
)
PARTIAL: Final = QT_TRANSLATE_NOOP(
    "Documents", "The seal does not cover the whole document: content was added after sealing"
)
UNTRUSTED: Final = QT_TRANSLATE_NOOP(
    "Documents", "The seal was made with a certificate that is not trusted: {signer}"
)
UNCHECKABLE: Final = QT_TRANSLATE_NOOP("Documents", "The seal cannot be checked: {detail}")


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of :func:`verify_pdf`.  ``reason`` is ``None`` when valid."""

    valid: bool
    file_sha256: str = ""  # of the bytes checked: what the archive is searched by
    signed: bool = False
    intact: bool = False
    covers_whole_document: bool = False
    trusted: bool = False
    signer: str | None = None
    signing_time: datetime | None = None
    signature_count: int = 0
    reason: str | None = None
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The English verdict line (translate ``reason`` with ``params`` for the UI)."""
        if self.reason is None:
            return f"Valid seal by {self.signer}"
        return self.reason.format(**self.params)


def _to_asn1(certificate: TrustedCertificate) -> asn1_x509.Certificate:
    if isinstance(certificate, asn1_x509.Certificate):
        return certificate
    if isinstance(certificate, x509.Certificate):
        return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))
    data = certificate.read_bytes() if isinstance(certificate, Path) else certificate
    if pem.detect(data):
        _, _, data = pem.unarmor(data)
    return asn1_x509.Certificate.load(data)


def _signer_name(status: SignatureStatus) -> str:
    cert = status.signing_cert
    name = cert.subject.native
    return str(name.get("common_name") or cert.subject.human_friendly)


def verify_pdf(data: bytes, trust: Iterable[TrustedCertificate]) -> Verdict:
    """Check the seal of *data* against the *trust* certificates (offline)."""
    roots = [_to_asn1(c) for c in trust]
    digest = hashlib.sha256(data).hexdigest()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # pyHanko raises many kinds on a damaged file
        return Verdict(valid=False, file_sha256=digest, reason=NOT_PDF)
    if not signatures:
        return Verdict(valid=False, file_sha256=digest, reason=UNSIGNED)
    statuses: list[PdfSignatureStatus] = []
    for embedded in signatures:
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        try:
            statuses.append(validate_pdf_signature(embedded, context))
        except Exception as error:  # a damaged signature dictionary or CMS blob
            return Verdict(
                valid=False,
                file_sha256=digest,
                signed=True,
                signature_count=len(signatures),
                reason=UNCHECKABLE,
                params={"detail": str(error) or type(error).__name__},
            )
    last = statuses[-1]
    signer = _signer_name(last)
    intact = all(s.intact for s in statuses)
    whole = last.coverage is SignatureCoverageLevel.ENTIRE_FILE
    trusted = all(s.trusted for s in statuses)
    reason: str | None = None
    params: dict[str, str] = {}
    if not intact:
        reason = ALTERED
    elif not all(s.valid for s in statuses):
        reason = BAD_SIGNATURE
    elif not whole:
        reason = PARTIAL
    elif not trusted:
        reason, params = UNTRUSTED, {"signer": signer}
    return Verdict(
        valid=reason is None,
        file_sha256=digest,
        signed=True,
        intact=intact,
        covers_whole_document=whole,
        trusted=trusted,
        signer=signer,
        signing_time=last.signer_reported_dt,
        signature_count=len(statuses),
        reason=reason,
        params=params,
    )
