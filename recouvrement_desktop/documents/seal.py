"""The bank's electronic seal: a PAdES signature of the final PDF (pyHanko).

``Sealer.from_pkcs12(path, passphrase).seal(pdf, reference=…)`` adds one PAdES
baseline signature covering the whole file, with a visible stamp on the last page:
B-B (no timestamp authority, no network at all), or B-LT when the sealer has a
timestamper (an RFC 3161 timestamp of the signature, then the certificates and
revocation data needed to validate it embedded in a DSS).  ``Sealer.from_pkcs11``
seals with a key kept in a PKCS#11 token or HSM, which never leaves it.

The stamp's appearance is drawn by ReportLab with the document's own DejaVu Sans,
then imported by pyHanko as a static appearance: € and accents render exactly as in
the body of the document, and no OpenType shaping engine is needed.

``demo_certificate(folder, passphrase)`` creates, on first use, a self-signed
demonstration certificate whose subject says "DEMONSTRATION — NOT A BANK CERTIFICATE",
its key encrypted with the passphrase the caller keeps (in the OS keystore).
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped]
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.config.pkcs11 import TokenCriteria
from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.content import PdfContent
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, pkcs11, signers
from pyhanko.sign.general import SigningError
from pyhanko.sign.timestamps import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathError, ValidationError
from pyhanko_certvalidator.util import get_pyca_cryptography_hash
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from recouvrement_desktop.documents.agreement_pdf import (
    BODY_FONT,
    BOLD_FONT,
    SEAL_BOX,
    register_fonts,
)
from recouvrement_desktop.documents.texts import text
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.i18n.formatting import format_datetime
from recouvrement_desktop.i18n.language import Language

__all__ = [
    "DEMO_SUBJECT_CN",
    "SEAL_FIELD",
    "SealError",
    "Sealer",
    "demo_certificate",
    "demo_trust",
    "open_pkcs11_signer",
    "seal_pdf",
    "stamp_appearance",
    "write_private",
]

SEAL_FIELD: Final = "BankSeal"
DEMO_SUBJECT_CN: Final = "DEMONSTRATION — NOT A BANK CERTIFICATE"
_DEMO_P12: Final = "demo-seal.p12"
_DEMO_CERT: Final = "demo-seal-certificate.pem"


class SealError(UserFacingError):
    """The seal could not be applied (certificate file, passphrase, document)."""

    context = "Documents"


# --------------------------------------------------------------------- appearance


def stamp_appearance(
    signer: str, moment: datetime, reference: str, language: Language = Language.FRENCH
) -> bytes:
    """The stamp as a one-page PDF the size of :data:`SEAL_BOX` (ReportLab, DejaVu)."""
    register_fonts()
    x1, y1, x2, y2 = SEAL_BOX
    width, height = x2 - x1, y2 - y1
    lines = (
        text(language, "stamp")
        % {
            "signer": signer,
            "ts": format_datetime(moment.astimezone(UTC), language) + " UTC",
            "reference": reference,
        }
    ).split("\n")
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setFillColor(colors.HexColor("#F4F7FB"))
    canvas.roundRect(0.5, 0.5, width - 1, height - 1, 4, stroke=0, fill=1)
    canvas.saveState()
    outline = canvas.beginPath()
    outline.roundRect(0.5, 0.5, width - 1, height - 1, 4)
    canvas.clipPath(outline, stroke=0, fill=0)
    canvas.setFillColor(colors.HexColor("#C9A24A"))
    canvas.rect(0, 0, 3 * mm, height, stroke=0, fill=1)
    canvas.restoreState()
    canvas.setStrokeColor(colors.HexColor("#142D5A"))
    canvas.setLineWidth(1)
    canvas.roundRect(0.5, 0.5, width - 1, height - 1, 4, stroke=1, fill=0)
    step = 4.6 * mm
    y = height / 2 + (len(lines) - 1) * step / 2 - 1
    left = 6 * mm
    for index, line in enumerate(lines):
        bold = index == 1
        canvas.setFont(BOLD_FONT if bold else BODY_FONT, 8.2 if bold else 7.4)
        canvas.setFillColor(colors.HexColor("#142D5A" if bold else "#1E1E1E"))
        canvas.drawString(left, y, _fit(canvas, line, width - left - 3 * mm, bold))
        y -= step
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _fit(canvas: Canvas, line: str, room: float, bold: bool) -> str:
    font, size = (BOLD_FONT, 8.2) if bold else (BODY_FONT, 7.4)
    while line and canvas.stringWidth(line, font, size) > room:
        line = line[:-2] + "…"
    return line


class _ImportedPdfBytes(PdfContent):
    """First page of an in-memory PDF as appearance content (like ``ImportedPdfPage``)."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = data

    def render(self) -> bytes:
        writer = self._ensure_writer
        reader = PdfFileReader(io.BytesIO(self.data))
        xobject = writer.import_page_as_xobject(reader, page_ix=0)
        name = "/SealAppearance"
        self.resources.xobject[name] = xobject
        x1, y1, x2, y2 = xobject.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name.encode("ascii") + b" Do"


# ------------------------------------------------------------------------- sealer


@dataclass(frozen=True, slots=True)
class Sealer:
    """A loaded sealing identity; keep one and seal many documents with it."""

    signer: signers.Signer
    subject: str
    reserved: int | None = None  # bytes kept for the CMS blob; None: let pyHanko estimate
    # With a timestamper the seal is PAdES B-LT: timestamped, validation data embedded.
    timestamper: TimeStamper | None = None
    # The roots the signer's chain (and the timestamp's) lead to, to gather B-LT data.
    trust: tuple[asn1_x509.Certificate, ...] = field(default=())

    @property
    def level(self) -> str:
        """The PAdES baseline level of the seals this sealer makes."""
        return "B-LT" if self.timestamper is not None else "B-B"

    @property
    def certificate(self) -> asn1_x509.Certificate:
        cert: asn1_x509.Certificate = self.signer.signing_cert
        return cert

    @property
    def chain(self) -> tuple[asn1_x509.Certificate, ...]:
        """The seal's certificate and those its signer holds (its CA chain)."""
        return (self.certificate, *self.signer.cert_registry)

    @classmethod
    def from_pkcs12(cls, path: Path, passphrase: str | bytes) -> Sealer:
        """Load the bank's PKCS#12 file.  Raises :class:`SealError` when it cannot."""
        secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
        try:
            data = path.read_bytes()
        except OSError as error:
            raise SealError(
                QT_TRANSLATE_NOOP("Documents", "Cannot read the certificate file {path}: {error}"),
                path=str(path),
                error=error.strerror or str(error),
            ) from error
        try:
            signer = signers.SimpleSigner.load_pkcs12_data(data, (), passphrase=secret)
        except ValueError as error:
            raise SealError(
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "Cannot open the certificate file {path}: wrong passphrase or not PKCS#12",
                ),
                path=str(path),
            ) from error
        cert: asn1_x509.Certificate = signer.signing_cert
        key, _, _ = pkcs12.load_key_and_certificates(data, secret)
        fast = _KeyCachingSigner(signer, key)
        return cls(signer=fast, subject=_common_name(cert), reserved=_reserve(signer))

    def seal(
        self,
        pdf: bytes,
        *,
        reference: str,
        language: Language = Language.FRENCH,
        location: str | None = None,
    ) -> bytes:
        """*pdf* with the seal appended as an incremental update covering it all.

        The stamp shows the time of sealing (UTC, to the minute), which is also the
        signing time pyHanko records in the signature.
        """
        moment = datetime.now(UTC)
        appearance = stamp_appearance(self.subject, moment, reference, language)
        style = StaticStampStyle(
            background=_ImportedPdfBytes(appearance),
            border_width=0,
            background_layout=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MID,
                y_align=layout.AxisAlignment.ALIGN_MID,
                margins=layout.Margins(left=0, right=0, top=0, bottom=0),
            ),
        )
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        except Exception as error:  # pyHanko raises several kinds on a broken file
            raise SealError(
                QT_TRANSLATE_NOOP("Documents", "The document to seal is not a valid PDF: {error}"),
                error=str(error),
            ) from error
        long_term = self.timestamper is not None
        meta = signers.PdfSignatureMetadata(
            field_name=SEAL_FIELD,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=text(language, "pdf_subject", reference=reference),
            location=location,
            name=self.subject,
            # B-LT: the certificates and revocation data (fetched where the
            # certificates say, when they say) go into a DSS after the signature.
            embed_validation_info=long_term,
            use_pades_lta=False,
            validation_context=(
                ValidationContext(trust_roots=list(self.trust), allow_fetching=True)
                if long_term
                else None
            ),
        )
        x1, y1, x2, y2 = SEAL_BOX
        pdf_signer = signers.PdfSigner(
            meta,
            signer=self.signer,
            timestamper=self.timestamper,
            stamp_style=style,
            new_field_spec=fields.SigFieldSpec(
                sig_field_name=SEAL_FIELD,
                on_page=-1,
                box=(round(x1), round(y1), round(x2), round(y2)),
            ),
        )
        output = io.BytesIO()
        reserved = None if long_term else self.reserved  # a timestamp: pyHanko measures
        try:
            pdf_signer.sign_pdf(writer, output=output, bytes_reserved=reserved)
        except TimestampRequestError as error:
            raise SealError(
                QT_TRANSLATE_NOOP(
                    "Documents", "The timestamp authority did not give a timestamp: {error}"
                ),
                error=str(error),
            ) from error
        except (PathError, ValidationError) as error:
            # B-LT: a certificate of the seal's chain or of the timestamp's that does not
            # lead to a trust certificate, or that is revoked
            raise SealError(
                QT_TRANSLATE_NOOP(
                    "Documents",
                    "The seal's validation data cannot be gathered: {error}. Add the "
                    "certification authorities of the seal and of the timestamp authority "
                    "to the trusted certificates.",
                ),
                error=str(error),
            ) from error
        except SigningError as error:
            if reserved is None:
                raise SealError(
                    QT_TRANSLATE_NOOP("Documents", "The document could not be sealed: {error}"),
                    error=str(error),
                ) from error
            # the reservation was too small (an unusual chain): let pyHanko measure
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
            output = io.BytesIO()
            pdf_signer.sign_pdf(writer, output=output)
        return output.getvalue()


def open_pkcs11_signer(
    module: str, token: str, key: str, pin: str, cert: str | None = None
) -> tuple[signers.Signer, str]:
    """A signer whose key stays in the PKCS#11 token *token* (labels *key* and *cert*,
    the certificate's label defaulting to the key's) and the seal's common name.

    The session stays open for the life of the process: each signature is then one
    call to the token."""
    try:
        session = pkcs11.open_pkcs11_session(
            module, token_criteria=TokenCriteria(label=token), user_pin=pin
        )
        signer = pkcs11.PKCS11Signer(session, key_label=key, cert_label=cert or key)
        subject = _common_name(signer.signing_cert)
    except Exception as error:  # the module, the token, the PIN, a missing object
        raise SealError(
            QT_TRANSLATE_NOOP(
                "Documents", "Cannot use the seal's key in the token {token}: {error}"
            ),
            token=token,
            error=str(error) or type(error).__name__,
        ) from error
    return signer, subject


def _reserve(signer: signers.SimpleSigner) -> int:
    """Room for the CMS blob: certificates, signed attributes, the signature value.

    Reserving it up front spares pyHanko a dry-run signature to measure the blob.
    """
    certificates = [signer.signing_cert, *signer.cert_registry]
    size = sum(len(c.dump()) for c in certificates) + 4096
    return (size + 1023) // 1024 * 1024


class _KeyCachingSigner(signers.SimpleSigner):
    """pyHanko's signer, with the private key parsed once instead of at every signature.

    Parsing an RSA key checks its consistency, which costs ~60 ms each time.
    """

    def __init__(self, base: signers.SimpleSigner, key: PrivateKeyTypes | None) -> None:
        super().__init__(
            signing_cert=base.signing_cert,
            signing_key=base.signing_key,
            cert_registry=base.cert_registry,
        )
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        digest = get_pyca_cryptography_hash(digest_algorithm)
        key = self._key
        if mechanism == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PKCS1v15(), digest)
        if mechanism == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(digest))
        return super().sign_raw(data, digest_algorithm)


def seal_pdf(
    pdf: bytes,
    p12_path: Path,
    passphrase: str | bytes,
    *,
    reference: str,
    language: Language = Language.FRENCH,
    location: str | None = None,
) -> bytes:
    """One-shot :meth:`Sealer.seal` (loads the PKCS#12 file each time)."""
    sealer = Sealer.from_pkcs12(p12_path, passphrase)
    return sealer.seal(pdf, reference=reference, language=language, location=location)


def _common_name(cert: asn1_x509.Certificate) -> str:
    name = cert.subject.native
    return str(name.get("common_name") or cert.subject.human_friendly)


# ------------------------------------------------------------------ demonstration


def demo_certificate(folder: Path, passphrase: str) -> Path:
    """The demonstration PKCS#12 file in *folder*, its key encrypted with *passphrase*
    (created on first use, and again when *passphrase* does not open it: a lost
    keystore only costs the demonstration certificate).

    The certificate is self-signed, valid ten years, and its subject says
    "DEMONSTRATION — NOT A BANK CERTIFICATE".  Its PEM copy sits beside it
    (``demo-seal-certificate.pem``, read by :func:`demo_trust`).  The passphrase is
    the caller's to keep, out of the folder (the services keep it in the keystore).
    """
    folder.mkdir(parents=True, exist_ok=True)
    p12_path = folder / _DEMO_P12
    if p12_path.is_file() and (folder / _DEMO_CERT).is_file():
        try:
            pkcs12.load_key_and_certificates(p12_path.read_bytes(), passphrase.encode("utf-8"))
            return p12_path
        except ValueError:
            pass  # another passphrase: make a new demonstration certificate
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, DEMO_SUBJECT_CN),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Banque Démo du Val de Loire"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Recouvrement Desktop demo"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
        ]
    )
    now = datetime.now(UTC).replace(microsecond=0)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    p12 = pkcs12.serialize_key_and_certificates(
        name=b"demo-seal",
        key=key,
        cert=cert,
        cas=None,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    write_private(folder / _DEMO_CERT, cert.public_bytes(serialization.Encoding.PEM))
    write_private(p12_path, p12)
    return p12_path


def write_private(path: Path, data: bytes) -> None:
    """Write atomically, readable by the owner only."""
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    temporary.replace(path)


def demo_trust(folder: Path) -> x509.Certificate | None:
    """The demonstration certificate of *folder*, to trust when verifying a
    demonstration agreement; ``None`` when none was made there."""
    try:
        return x509.load_pem_x509_certificate((folder / _DEMO_CERT).read_bytes())
    except (OSError, ValueError):
        return None
