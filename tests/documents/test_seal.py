"""The PAdES seal: applied by pyHanko, checked by poppler's pdfsig and by verify_pdf."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped]
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from PIL import Image, ImageChops
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from recouvrement_desktop.documents.agreement_model import AgreementModel
from recouvrement_desktop.documents.agreement_pdf import SEAL_BOX
from recouvrement_desktop.documents.seal import (
    DEMO_SUBJECT_CN,
    Sealer,
    SealError,
    demo_certificate,
    demo_trust,
    stamp_appearance,
)
from recouvrement_desktop.documents.verify import (
    ALTERED,
    BAD_SIGNATURE,
    NOT_PDF,
    PARTIAL,
    UNCHECKABLE,
    UNSIGNED,
    UNTRUSTED,
    verify_pdf,
)
from recouvrement_desktop.i18n.language import Language
from tests.documents.conftest import DEMO_PASSPHRASE, demo_cert, pdf_text, run_tool


def pdfsig(path: Path) -> tuple[int, str]:
    result = run_tool("pdfsig", path, check=False)
    return result.returncode, result.stdout + result.stderr


def pdfsig_says_valid(output: str) -> bool:
    return (
        "Signature Validation: Signature is Valid." in output
        and "Total document signed" in output
        and "not total document signed" not in output.lower()
    )


def test_pdfsig_finds_one_valid_seal_over_the_whole_document(sealed_360: Path) -> None:
    code, output = pdfsig(sealed_360)
    assert code == 0, output
    assert len(re.findall(r"^Signature #\d+:", output, re.MULTILINE)) == 1
    assert pdfsig_says_valid(output), output
    assert f"Signer Certificate Common Name: {DEMO_SUBJECT_CN}" in output
    assert "ETSI.CAdES.detached" in output  # PAdES


def test_verify_pdf_agrees(sealed_360: Path, demo_folder: Path) -> None:
    before = datetime.now(UTC)
    verdict = verify_pdf(sealed_360.read_bytes(), [demo_cert(demo_folder)])
    assert verdict.valid, verdict.message
    assert verdict.intact and verdict.covers_whole_document and verdict.trusted
    assert verdict.signer == DEMO_SUBJECT_CN
    assert verdict.signing_time is not None
    assert abs((verdict.signing_time - before).total_seconds()) < 600
    assert verdict.reason is None
    assert verdict.file_sha256 == hashlib.sha256(sealed_360.read_bytes()).hexdigest()


def test_sealing_keeps_the_document_unchanged(sealed_360: Path, pdf_360: Path) -> None:
    sealed, original = sealed_360.read_bytes(), pdf_360.read_bytes()
    assert sealed.startswith(original)  # an incremental update: the agreement is untouched
    assert pdf_text(sealed_360)[:-1] == pdf_text(pdf_360)[:-1]
    result = run_tool("qpdf", "--check", sealed_360, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def _flip(data: bytes, position: int) -> bytes:
    changed = bytearray(data)
    changed[position] ^= 0x01
    return bytes(changed)


def _positions(data: bytes) -> dict[str, int]:
    title = data.index(b"/Title")
    start = data.index(b"/Contents <") + len(b"/Contents <")
    cms = data[start : data.index(b">", start)].rstrip(b"0")  # hex, then zero padding
    signature_value = start + len(cms) - 100  # the RSA signature ends the CMS blob
    first_stream = data.index(b"stream\n", data.index(b"/Length")) + 40
    return {
        "document title": title + 8,
        "page content stream": first_stream,
        "middle of the file": len(data) // 2,
        "signature value": signature_value,
        "end of the signed revision": len(data) - 40,
    }


@pytest.mark.parametrize(
    "where",
    [
        "document title",
        "page content stream",
        "middle of the file",
        "signature value",
        "end of the signed revision",
    ],
)
def test_one_changed_byte_is_rejected_by_pdfsig_and_verify(
    where: str, sealed_360: Path, demo_folder: Path, tmp_path: Path
) -> None:
    data = sealed_360.read_bytes()
    position = _positions(data)[where]
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(_flip(data, position))
    _, output = pdfsig(altered)
    assert not pdfsig_says_valid(output), f"pdfsig accepted a change at {where}: {output}"
    verdict = verify_pdf(altered.read_bytes(), [demo_cert(demo_folder)])
    assert not verdict.valid
    assert verdict.reason in {ALTERED, BAD_SIGNATURE, UNCHECKABLE, NOT_PDF, PARTIAL}
    assert verdict.message  # a sentence for the officer


def test_unsigned_untrusted_and_appended_documents(
    pdf_360: Path, sealed_360: Path, tmp_path: Path
) -> None:
    trust = [demo_cert(sealed_360.parent.parent / "unused")]  # another demo certificate
    unsigned = verify_pdf(pdf_360.read_bytes(), trust)
    assert not unsigned.valid and unsigned.reason == UNSIGNED and not unsigned.signed

    untrusted = verify_pdf(sealed_360.read_bytes(), trust)
    assert not untrusted.valid and untrusted.reason == UNTRUSTED
    assert untrusted.intact and untrusted.covers_whole_document
    assert DEMO_SUBJECT_CN in untrusted.message

    assert verify_pdf(b"not a pdf", trust).reason == NOT_PDF


def test_content_appended_after_sealing_is_reported(sealed_360: Path, demo_folder: Path) -> None:
    data = sealed_360.read_bytes() + b"\n% appended after sealing\n"
    verdict = verify_pdf(data, [demo_cert(demo_folder)])
    assert not verdict.valid
    assert verdict.reason == PARTIAL
    assert not verdict.covers_whole_document


def test_demo_certificate_is_created_once_and_labelled(tmp_path: Path) -> None:
    assert demo_trust(tmp_path) is None  # verification never makes one
    p12 = demo_certificate(tmp_path, DEMO_PASSPHRASE)
    made = p12.read_bytes()
    assert demo_certificate(tmp_path, DEMO_PASSPHRASE) == p12
    assert p12.read_bytes() == made  # once
    assert (p12.stat().st_mode & 0o077) == 0
    # the key is encrypted with the passphrase, which is nowhere in the folder
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(made, None)
    for path in tmp_path.iterdir():
        assert DEMO_PASSPHRASE.encode() not in path.read_bytes()
        assert b"PRIVATE KEY" not in path.read_bytes()
    # another passphrase (a lost keystore): a new demonstration certificate
    demo_certificate(tmp_path, "another passphrase")
    assert p12.read_bytes() != made
    cert = demo_cert(tmp_path)
    (common_name,) = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    assert common_name.value == "DEMONSTRATION — NOT A BANK CERTIFICATE"
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment


def test_wrong_passphrase_and_missing_file(demo_folder: Path, tmp_path: Path) -> None:
    p12 = demo_certificate(demo_folder, DEMO_PASSPHRASE)
    with pytest.raises(SealError) as wrong:
        Sealer.from_pkcs12(p12, "not the passphrase")
    assert "{path}" in wrong.value.message
    with pytest.raises(SealError):
        Sealer.from_pkcs12(tmp_path / "missing.p12", "x")
    sealer = Sealer.from_pkcs12(p12, DEMO_PASSPHRASE)
    with pytest.raises(SealError):
        sealer.seal(b"%PDF-1.4 broken", reference="X")


def test_stamp_text_renders_euro_and_accents(tmp_path: Path) -> None:
    moment = datetime(2026, 11, 27, 10, 45, tzinfo=UTC)
    stamp = tmp_path / "stamp.pdf"
    stamp.write_bytes(stamp_appearance(DEMO_SUBJECT_CN, moment, "ACC-1", Language.FRENCH))
    (text,) = pdf_text(stamp)
    assert "Scellé électroniquement par" in text
    assert DEMO_SUBJECT_CN in text
    assert "27/11/2026" in text
    assert "montants en €" in text


def test_the_stamp_is_drawn_on_the_last_page(
    pdf_360: Path, sealed_360: Path, tmp_path: Path
) -> None:
    pages = len(pdf_text(pdf_360))
    images = {}
    for name, path in (("before", pdf_360), ("after", sealed_360)):
        prefix = tmp_path / name
        run_tool("pdftoppm", "-r", "72", "-png", "-f", str(pages), "-l", str(pages), path, prefix)
        (image,) = tmp_path.glob(f"{name}*.png")
        images[name] = Image.open(image).convert("RGB")
    x1, y1, x2, y2 = SEAL_BOX
    height = images["before"].height
    box = (int(x1) + 4, int(height - y2) + 4, int(x2) - 4, int(height - y1) - 4)
    inside = ImageChops.difference(images["before"], images["after"]).crop(box)
    assert inside.getbbox() is not None  # the stamp changed the pixels of its box
    outside = ImageChops.difference(images["before"], images["after"]).crop(
        (0, 0, images["before"].width, int(height - y2) - 40)
    )
    assert outside.getbbox() is None  # and nothing else on the page


def test_english_seal(pdf_12_en: Path, model_12_en: AgreementModel, sealer: Sealer) -> None:
    sealed = sealer.seal(
        pdf_12_en.read_bytes(), reference=model_12_en.reference, language=Language.ENGLISH
    )
    path = pdf_12_en.with_name("sealed-en.pdf")
    path.write_bytes(sealed)
    code, output = pdfsig(path)
    assert code == 0 and pdfsig_says_valid(output), output


def test_a_bank_certificate_with_an_ec_key(pdf_12_en: Path, tmp_path: Path) -> None:
    # Not every bank seals with RSA: an ECDSA P-256 PKCS#12 works the same way.
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Banque Test — cachet ÉC")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    p12 = tmp_path / "bank.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"bank", key, cert, None, serialization.BestAvailableEncryption(b"s3cret")
        )
    )
    sealed = Sealer.from_pkcs12(p12, "s3cret").seal(pdf_12_en.read_bytes(), reference="ACC-EC")
    path = tmp_path / "sealed-ec.pdf"
    path.write_bytes(sealed)
    code, output = pdfsig(path)
    assert code == 0 and pdfsig_says_valid(output), output
    verdict = verify_pdf(sealed, [cert])
    assert verdict.valid, verdict.message
    assert verdict.signer == "Banque Test — cachet ÉC"


def _contents_hex(data: bytes) -> tuple[int, int, int]:
    """Where the ``/Contents`` hex string starts, where its CMS blob ends, and where
    the string ends (the zero padding lies between the two last)."""
    start = data.index(b"/Contents <") + len(b"/Contents <")
    end = data.index(b">", start)
    blob = bytes.fromhex(data[start:end].decode("ascii"))
    assert blob[0] == 0x30 and blob[1] & 0x80  # a DER SEQUENCE with a long length
    count = blob[1] & 0x7F
    der_length = 2 + count + int.from_bytes(blob[2 : 2 + count], "big")
    assert not any(blob[der_length:])  # as sealed: zeros after the CMS blob
    return start, start + 2 * der_length, end


@pytest.mark.parametrize(
    ("where", "payload"),
    [
        ("right after the CMS blob", b"1"),
        ("in the middle of the padding", b"deadbeef"),
        ("at the very end of the padding", b"f"),
    ],
)
def test_an_edit_in_the_signature_padding_is_rejected_without_the_archive(
    where: str, payload: bytes, sealed_360: Path, demo_folder: Path, tmp_path: Path
) -> None:
    """The signature cannot cover its own container: bytes hidden in its zero padding
    leave the signed byte range whole, and pyHanko's validator content."""
    data = sealed_360.read_bytes()
    _, cms_end, end = _contents_hex(data)
    position = {
        "right after the CMS blob": cms_end,
        "in the middle of the padding": (cms_end + end) // 2,
        "at the very end of the padding": end - len(payload),
    }[where]
    edited = data[:position] + payload + data[position + len(payload) :]
    assert len(edited) == len(data) and edited != data
    path = tmp_path / "padding-edit.pdf"
    path.write_bytes(edited)
    checked = run_tool("qpdf", "--check", path, check=False)
    assert checked.returncode == 0, checked.stdout  # still a well-formed PDF
    _, output = pdfsig(path)
    assert not pdfsig_says_valid(output), output  # poppler refuses it as well

    # pyHanko alone finds nothing wrong: the bytes edited are outside the byte range
    reader = PdfFileReader(io.BytesIO(edited))
    (embedded,) = reader.embedded_signatures
    root = asn1_x509.Certificate.load(
        demo_cert(demo_folder).public_bytes(serialization.Encoding.DER)
    )
    status = validate_pdf_signature(
        embedded, ValidationContext(trust_roots=[root], allow_fetching=False)
    )
    assert status.bottom_line and status.coverage is SignatureCoverageLevel.ENTIRE_FILE

    verdict = verify_pdf(edited, [demo_cert(demo_folder)])  # no archive involved
    assert not verdict.valid and verdict.reason == ALTERED
    assert verify_pdf(data, [demo_cert(demo_folder)]).valid  # the original still is
