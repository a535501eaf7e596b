"""With a timestamp authority the seal is PAdES B-LT; without, B-B; the evidence page
says which.  The authority is a local RFC 3161 responder the test starts."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.documents.agreement_pdf import render_agreement
from recouvrement_desktop.documents.sample import sample_agreement
from recouvrement_desktop.documents.seal import Sealer, SealError
from recouvrement_desktop.documents.verify import PARTIAL, UNTRUSTED
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services import sealing
from recouvrement_desktop.services.agreements import (
    archived_pdf,
    list_agreements,
    sealer_for,
    verify_file,
)
from recouvrement_desktop.services.demo_agreements import write_demo_agreements
from tests.documents.conftest import pdf_text, run_tool
from tests.seal_certificates import Identity, make_ca, make_seal, make_tsa
from tests.tsa_server import timestamp_authority

BANK_NAME = "Banque Test — cachet horodaté"


@pytest.fixture(scope="module")
def ca() -> Identity:
    return make_ca()


@pytest.fixture(scope="module")
def bank(ca: Identity) -> Identity:
    return make_seal(ca, BANK_NAME)


def _text(path: Path) -> str:
    """The file's text, its white space made single spaces."""
    return " ".join("\n".join(pdf_text(path)).split())


def test_with_a_timestamp_authority_the_seal_is_b_lt(
    installation: Path, bank: Identity, ca: Identity, tmp_path: Path
) -> None:
    sealing.import_pkcs12(bank.pkcs12(b"pw"), "pw")
    with timestamp_authority(make_tsa(ca)) as authority:
        sealing.set_timestamp_authority(authority.url)
        signer = sealer_for(False)
        assert signer.level == "B-LT" and sealing.sealing_settings().level == "B-LT"
        model = sample_agreement(12, Language.ENGLISH)
        # what the workflow does: the evidence names the level of the seal to come
        model = replace(model, evidence=replace(model.evidence, seal_level=signer.level))
        sealed = signer.seal(render_agreement(model), reference=model.reference)
        assert 200 in authority.answered
    path = tmp_path / "b-lt.pdf"
    path.write_bytes(sealed)

    reader = PdfFileReader(io.BytesIO(sealed))
    assert "/DSS" in reader.root  # the validation data, after the signature
    (embedded,) = reader.embedded_signatures
    assert embedded.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"

    checked = run_tool("pdfsig", path, check=False)
    assert "Signature is Valid" in checked.stdout, checked.stdout
    unsigned = embedded.signer_info["unsigned_attrs"].native
    assert any(a["type"] == "signature_time_stamp_token" for a in unsigned)  # RFC 3161
    assert run_tool("qpdf", "--check", path, check=False).returncode == 0

    verdict, _ = verify_file(None, sealed)  # offline: the TSA is gone
    assert verdict.valid, verdict.message
    assert verdict.level == "B-LT" and verdict.signer == BANK_NAME
    assert "Electronic seal PAdES B-LT (timestamped by a timestamp authority" in _text(path)

    # something appended after the validation data is still refused
    assert verify_file(None, sealed + b"\n1 0 obj\n(added)\nendobj\n")[0].reason == PARTIAL


def test_without_a_timestamp_authority_the_seal_is_b_b_and_says_so(
    installation: Path, demo_database: Database, tmp_path: Path
) -> None:
    assert sealer_for(True).level == "B-B"
    assert write_demo_agreements(demo_database, limit=1) == 1
    view = next(v for v in list_agreements(demo_database) if v.binding)
    assert view.snapshot.model.evidence.seal_level == "B-B"
    path = tmp_path / "b-b.pdf"
    path.write_bytes(archived_pdf(demo_database, view.reference))
    assert "Cachet électronique PAdES B-B (sans horodatage)" in _text(path)  # in French
    verdict, found = verify_file(demo_database, path.read_bytes())
    assert verdict.valid and verdict.level == "B-B" and found is not None


def test_an_unreachable_authority_is_a_clear_refusal(
    installation: Path, bank: Identity, tmp_path: Path
) -> None:
    sealing.import_pkcs12(bank.pkcs12(b"pw"), "pw")
    with timestamp_authority(make_tsa(make_ca())) as authority:
        url = authority.url  # then closed: nobody answers there any more
    sealing.set_timestamp_authority(url)
    with pytest.raises(SealError):
        sealing.sealer().seal(
            render_agreement(sample_agreement(12, Language.ENGLISH)), reference="ACC-NO-TSA"
        )
    sealing.set_timestamp_authority(None)
    assert sealing.sealer().level == "B-B"


def test_an_authority_outside_the_trust_is_a_clear_refusal_until_trusted(
    installation: Path, bank: Identity, tmp_path: Path
) -> None:
    """B-LT embeds the validation data of the timestamp too: its authority's CA must be
    trusted (``"tsa_trust"`` in the settings) when it is not the seal's own, and is
    trusted for timestamps only, never for seals."""
    sealing.import_pkcs12(bank.pkcs12(b"pw"), "pw")
    other = make_ca("Autorité d'horodatage externe — AC")
    pdf = render_agreement(sample_agreement(12, Language.ENGLISH))
    with timestamp_authority(make_tsa(other)) as authority:
        sealing.set_timestamp_authority(authority.url)
        with pytest.raises(SealError, match="validation data"):
            sealing.sealer().seal(pdf, reference="ACC-TSA-1")
        settings = json.loads(sealing.settings_path().read_text())
        settings["seal"]["tsa_trust"] = [str(other.write_pem(tmp_path / "tsa-ca.pem"))]
        sealing.settings_path().write_text(json.dumps(settings))
        sealed = sealing.sealer().seal(pdf, reference="ACC-TSA-1")
    verdict, _ = verify_file(None, sealed)
    assert verdict.valid and verdict.level == "B-LT", verdict.message
    # a seal certificate the timestamp authority's CA issued is no bank seal
    p12 = make_seal(other, BANK_NAME).write_pkcs12(tmp_path / "other.p12", b"x")
    forged = Sealer.from_pkcs12(p12, "x").seal(pdf, reference="ACC-TSA-2")
    assert verify_file(None, forged)[0].reason == UNTRUSTED
