"""Checking a sealed agreement: is the PAdES seal intact, whole and trusted?

``verify_pdf(data, trust)`` validates every signature of the file with pyHanko's
validator, offline (no fetching of certificates or revocation data: the validation
data a B-LT seal embeds is used), against exactly the certificates given as trust
(the caller decides which: see ``services/agreements/archive.verify_file``).

The verdict is valid only when there is at least one signature and the last one is
intact (the signed bytes have not changed), cryptographically valid, trusted, and
covers the entire file (nothing appended after sealing but, for a B-LT seal, the
validation data pyHanko's diff analysis classes as LTA updates).  The one part of
the file a signature cannot cover, its own ``/Contents`` hex string, is checked
too: after the DER-encoded CMS blob it must hold nothing but zero padding, so that
nothing can be hidden in (or edited within) the signature container.  Otherwise
``reason`` says why, as an English source text marked for translation in the
"Documents" context with its parameters, so the window and the CLI can translate it.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
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
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.dss import DocumentSecurityStore
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import (
    PdfSignatureStatus,
    SignatureCoverageLevel,
    SignatureStatus,
)
from pyhanko_certvalidator import ValidationContext

from recouvrement_desktop.documents.seal import DEMO_SUBJECT_CN
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP

__all__ = [
    "TRANSLATION_CONTEXT",
    "TrustedCertificate",
    "Verdict",
    "padding_is_clean",
    "verify_pdf",
]

TRANSLATION_CONTEXT: Final = "Documents"

# pyHanko logs a traceback when a certificate is not trusted; the verdict says it
# already.  A NullHandler keeps Python's last-resort handler from printing it on
# stderr, while the application's own handlers still receive the records.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
_log = logging.getLogger(__name__)

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
    demonstration: bool = False  # sealed with a demonstration certificate
    level: str = ""  # PAdES baseline level of the last seal: "B-B", "B-T" or "B-LT"
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


_HEX_STRING: Final = re.compile(rb"<([0-9A-Fa-f]*)>")


def _der_length(blob: bytes) -> int | None:
    """Length of the DER SEQUENCE that starts *blob* (the CMS ContentInfo), header
    included; ``None`` when *blob* does not start with one."""
    if len(blob) < 2 or blob[0] != 0x30:
        return None
    first = blob[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(blob) < 2 + count:
        return None
    return 2 + count + int.from_bytes(blob[2 : 2 + count], "big")


def padding_is_clean(data: bytes, embedded: EmbeddedPdfSignature) -> bool:
    """Whether the gap the signed byte range leaves is exactly the ``/Contents`` hex
    string: the DER-encoded CMS blob followed by nothing but zeros.

    The signature cannot cover its own container, and pyHanko reads the CMS blob
    without looking past its end, so this is checked here."""
    byte_range = [int(value) for value in embedded.sig_object["/ByteRange"]]
    if len(byte_range) != 4 or byte_range[0] != 0:
        return False
    gap = data[byte_range[1] : byte_range[2]]
    match = _HEX_STRING.fullmatch(gap)
    if match is None or len(match.group(1)) % 2:
        return False
    contents = bytes.fromhex(match.group(1).decode("ascii"))
    length = _der_length(contents)
    if length is None or length > len(contents):
        return False
    return not any(contents[length:])


def _level(reader: PdfFileReader, status: PdfSignatureStatus) -> str:
    if status.timestamp_validity is None:
        return "B-B"
    return "B-LT" if "/DSS" in reader.root else "B-T"


def _covers_all(data: bytes, status: PdfSignatureStatus) -> bool:
    """The whole file, or its whole revision followed only by revisions of validation
    data (a DSS, document timestamps: what PAdES B-LT adds after the signature), the
    file ending with the last of them."""
    if status.coverage is SignatureCoverageLevel.ENTIRE_FILE:
        return True
    return (
        status.coverage is SignatureCoverageLevel.ENTIRE_REVISION
        and status.modification_level is ModificationLevel.LTA_UPDATES
        and status.docmdp_ok is not False
        and data.rstrip(b"\r\n").endswith(b"%%EOF")
    )


def _context(reader: PdfFileReader, roots: list[asn1_x509.Certificate]) -> ValidationContext:
    """Offline, trusting *roots* alone; with the certificates and the revocation data a
    B-LT seal embedded (its DSS), so that a revocation recorded there counts."""
    settings = {"trust_roots": roots, "allow_fetching": False}
    if "/DSS" in reader.root:
        try:
            return DocumentSecurityStore.read_dss(reader).as_validation_context(settings)
        except Exception:  # a damaged DSS: validate without it (it only adds data)
            _log.warning("The document's DSS cannot be read", exc_info=True)
    return ValidationContext(trust_roots=roots, allow_fetching=False)


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
        context = _context(reader, roots)
        try:
            if not padding_is_clean(data, embedded):
                return Verdict(
                    valid=False,
                    file_sha256=digest,
                    signed=True,
                    signature_count=len(signatures),
                    reason=ALTERED,
                )
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
    whole = _covers_all(data, last)
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
        demonstration=signer == DEMO_SUBJECT_CN,
        level=_level(reader, last),
        reason=reason,
        params=params,
    )
