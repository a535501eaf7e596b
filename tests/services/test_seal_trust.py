"""What ``verify`` trusts, and the bank's seal kept without its key in clear.

Each test runs in a fresh installation (its own user data folder); the keystore
secrets it touches are put back afterwards, so that the suite's demonstration
certificate stays the one its agreements were sealed with.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
import uuid
from contextlib import closing, suppress
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives.serialization import pkcs12
from keyring.backends.fail import Keyring as NoKeyring
from keyring.errors import PasswordDeleteError

from recouvrement_desktop import keystore
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.documents.agreement_pdf import render_agreement
from recouvrement_desktop.documents.sample import sample_agreement
from recouvrement_desktop.documents.seal import DEMO_SUBJECT_CN, Sealer, demo_certificate
from recouvrement_desktop.documents.verify import UNTRUSTED
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import user_data_dir
from recouvrement_desktop.services import sealing
from recouvrement_desktop.services.agreements import verify_file
from recouvrement_desktop.services.agreements.archive import DEMONSTRATION_NOT_TRUSTED
from recouvrement_desktop.services.demo_agreements import write_demo_agreements
from tests.seal_certificates import Identity, make_ca, make_seal, self_signed

BANK_NAME = "Banque Test — cachet serveur"


@pytest.fixture(scope="module")
def bank() -> Identity:
    return make_seal(make_ca(), BANK_NAME)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_agreement(sample_agreement(12, Language.ENGLISH))


@pytest.fixture
def archive_database(installation: Path, demo_database: Database) -> Database:
    """The demonstration database with one archived agreement to copy."""
    assert write_demo_agreements(demo_database, limit=1) == 1
    return demo_database


def _sqlite_path(database: Database) -> Path:
    name = database.engine.url.database
    assert name, database.engine.url
    return Path(name)


def _archive(path: Path, sealed: bytes, reference: str) -> None:
    """What an attacker with the database file does: one INSERT into agreements, a
    copy of an archived agreement with the forged file and its hash."""
    with closing(sqlite3.connect(path)) as connection, connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(agreements)")]
        kept = [c for c in columns if c not in {"id", "uuid", "reference", "pdf", "pdf_sha256"}]
        listed = ", ".join(kept)
        connection.execute(
            f"INSERT INTO agreements (uuid, reference, pdf, pdf_sha256, {listed}) "
            f"SELECT ?, ?, ?, ?, {listed} FROM agreements WHERE pdf IS NOT NULL LIMIT 1",
            (uuid.uuid4().hex, reference, sealed, hashlib.sha256(sealed).hexdigest()),
        )


def _make_real(path: Path) -> None:
    """The demonstration mark removed: a bank's database as far as verify can tell."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DELETE FROM database_marks")


def _forge(identity: Identity, pdf: bytes, folder: Path, reference: str) -> bytes:
    p12 = identity.write_pkcs12(folder / f"{reference}.p12", b"forger")
    return Sealer.from_pkcs12(p12, "forger").seal(pdf, reference=reference)


def test_without_a_bank_seal_the_demonstration_seal_verifies_and_says_so(
    installation: Path, archive_database: Database, pdf: bytes
) -> None:
    assert not sealing.bank_seal_configured()
    demo_pdf = sealing.sealer().seal(pdf, reference="ACC-DEMO-1")
    verdict, found = verify_file(None, demo_pdf)
    assert verdict.valid and verdict.demonstration and found is None
    assert verdict.signer == DEMO_SUBJECT_CN and verdict.level == "B-B"

    _archive(_sqlite_path(archive_database), demo_pdf, "ACC-DEMO-1")
    verdict, found = verify_file(archive_database, demo_pdf)
    assert verdict.valid and verdict.demonstration
    assert found is not None and found.reference == "ACC-DEMO-1"


def test_with_the_bank_seal_only_its_chain_is_trusted_whatever_the_archive_holds(
    installation: Path, archive_database: Database, pdf: bytes, bank: Identity, tmp_path: Path
) -> None:
    demo_pdf = sealing.sealer().seal(pdf, reference="ACC-DEMO-2")  # before the bank's seal
    sealing.import_pkcs12(bank.pkcs12(b"bank password"), "bank password")
    assert sealing.bank_seal_configured()
    bank_pdf = sealing.sealer().seal(pdf, reference="ACC-BANK-1")
    # a forger names their self-signed key after the bank's seal
    forged = _forge(self_signed(BANK_NAME), pdf, tmp_path, "ACC-FORGED-1")
    # or after the demonstration certificate
    forged_demo = _forge(self_signed(DEMO_SUBJECT_CN), pdf, tmp_path, "ACC-FORGED-2")
    path = _sqlite_path(archive_database)
    for sealed, reference in (
        (bank_pdf, "ACC-BANK-1"),
        (demo_pdf, "ACC-DEMO-2"),
        (forged, "ACC-FORGED-1"),
        (forged_demo, "ACC-FORGED-2"),
    ):
        _archive(path, sealed, reference)

    # against the demonstration database, the demonstration seal is accepted, and said
    verdict, _ = verify_file(archive_database, demo_pdf)
    assert verdict.valid and verdict.demonstration
    verdict, found = verify_file(archive_database, forged_demo)
    assert not verdict.valid and found is not None

    _make_real(path)
    verdict, found = verify_file(archive_database, bank_pdf)
    assert verdict.valid, verdict.message
    assert not verdict.demonstration and verdict.signer == BANK_NAME
    assert found is not None and found.reference == "ACC-BANK-1"

    for sealed, reason in (
        (demo_pdf, DEMONSTRATION_NOT_TRUSTED),
        (forged, UNTRUSTED),
        (forged_demo, DEMONSTRATION_NOT_TRUSTED),
    ):
        verdict, found = verify_file(archive_database, sealed)
        assert found is not None  # the archive holds it: the seal alone refuses it
        assert not verdict.valid and verdict.reason == reason
        assert verdict.intact and verdict.covers_whole_document and not verdict.trusted

    # without an archive, a bank's installation trusts its seal only
    assert verify_file(None, bank_pdf)[0].valid
    assert not verify_file(None, demo_pdf)[0].valid
    assert not verify_file(None, forged)[0].valid


def test_trust_certificates_of_the_settings_are_anchors(
    installation: Path, pdf: bytes, tmp_path: Path
) -> None:
    """A bank may seal on another machine and only verify here: its CA is enough."""
    ca = make_ca("Banque Test — AC racine")
    seal = make_seal(ca)
    sealed = _forge(seal, pdf, tmp_path, "ACC-CA-1")
    assert not verify_file(None, sealed)[0].valid
    anchor = ca.write_pem(tmp_path / "bank-ca.pem")
    sealing.settings_path().parent.mkdir(parents=True, exist_ok=True)
    sealing.settings_path().write_text(json.dumps({"seal": {"trust": [str(anchor)]}}))
    assert sealing.bank_seal_configured()
    verdict, _ = verify_file(None, sealed)
    assert verdict.valid, verdict.message
    other = _forge(make_seal(make_ca(), BANK_NAME), pdf, tmp_path, "ACC-CA-2")
    assert verify_file(None, other)[0].reason == UNTRUSTED


def test_the_imported_key_is_never_written_in_clear(installation: Path, bank: Identity) -> None:
    loaded = sealing.import_pkcs12(bank.pkcs12(b"the bank's password"), "the bank's password")
    assert loaded.subject == BANK_NAME
    stored = installation / sealing.BANK_P12
    assert (stored.stat().st_mode & 0o077) == 0
    for path in user_data_dir().rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert bank.key_der not in content, path
            assert b"PRIVATE KEY" not in content, path
            assert b"the bank's password" not in content, path
    settings = json.loads(sealing.settings_path().read_text())
    assert "passphrase" not in json.dumps(settings)
    # The file opens with the keystore's passphrase alone, not with the bank's password.
    for wrong in (b"the bank's password", None):
        with pytest.raises(ValueError):
            pkcs12.load_key_and_certificates(stored.read_bytes(), wrong)
    secret = keystore.read_secret(sealing.BANK_PASSPHRASE_SECRET)
    assert secret is not None and len(secret) >= 32
    key, cert, chain = pkcs12.load_key_and_certificates(stored.read_bytes(), secret)
    assert key is not None and cert == bank.cert and list(chain) == list(bank.chain)
    assert key.public_key().public_numbers() == bank.key.public_key().public_numbers()  # type: ignore[union-attr]


def test_a_wrong_password_changes_nothing(installation: Path, bank: Identity) -> None:
    with pytest.raises(sealing.SealingError) as refused:
        sealing.import_pkcs12(bank.pkcs12(b"right"), "wrong")
    assert refused.value.exit_code == 2
    assert not (installation / sealing.BANK_P12).exists()
    assert not sealing.bank_seal_configured()


def test_the_demonstration_passphrase_leaves_the_folder_for_the_keystore(
    installation: Path,
) -> None:
    """An installation from before kept the passphrase in a file beside the key."""
    p12 = demo_certificate(installation, "an old passphrase")
    (installation / "demo-seal.passphrase").write_text("an old passphrase")
    made = p12.read_bytes()
    with suppress(PasswordDeleteError):
        keyring.delete_password(keystore.SERVICE, sealing.DEMO_PASSPHRASE_SECRET)
    sealer = sealing.sealer()
    assert sealer.subject == DEMO_SUBJECT_CN
    assert p12.read_bytes() == made  # the same demonstration certificate
    assert not (installation / "demo-seal.passphrase").exists()
    assert keystore.read_secret(sealing.DEMO_PASSPHRASE_SECRET) == b"an old passphrase"
    assert sorted(p.name for p in installation.iterdir()) == [
        "demo-seal-certificate.pem",
        "demo-seal.p12",
    ]


def test_without_a_keystore_the_demonstration_seal_keeps_its_passphrase_private(
    installation: Path,
) -> None:
    """A build server or kiosk has no keystore: demonstrations still seal, the
    passphrase in a file of the user's alone, and the seal says what it is."""
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())  # type: ignore[no-untyped-call]
    try:
        sealer = sealing.sealer()
        again = sealing.demo_sealer()
    finally:
        keyring.set_keyring(previous)
    assert sealer.subject == again.subject == DEMO_SUBJECT_CN
    passphrase = installation / "demo-seal.passphrase"
    assert stat.S_IMODE(passphrase.stat().st_mode) == 0o600
    assert passphrase.read_text().strip()


def test_a_seal_named_in_the_settings_the_old_way_is_imported(
    installation: Path, bank: Identity, tmp_path: Path
) -> None:
    """Earlier versions kept the PKCS#12 file's passphrase in settings.json, in clear."""
    p12 = bank.write_pkcs12(tmp_path / "bank.p12", b"written in clear")
    sealing.settings_path().parent.mkdir(parents=True, exist_ok=True)
    sealing.settings_path().write_text(
        json.dumps(
            {"seal": {"pkcs12": str(p12), "passphrase": "written in clear", "trust": []}},
        )
    )
    assert sealing.sealer().subject == BANK_NAME  # never the demonstration seal
    assert "written in clear" not in sealing.settings_path().read_text()
    assert "pkcs12" not in json.loads(sealing.settings_path().read_text())["seal"]
    assert (installation / sealing.BANK_P12).is_file()

    sealing.settings_path().write_text(json.dumps({"seal": {"pkcs12": str(p12)}}))
    with pytest.raises(sealing.SealingError, match="seal import"):
        sealing.sealer()


def test_a_trusted_certificate_that_cannot_be_read_is_a_clear_error(
    installation: Path, pdf: bytes, tmp_path: Path
) -> None:
    sealing.settings_path().parent.mkdir(parents=True, exist_ok=True)
    missing = tmp_path / "no-such-ca.pem"
    sealing.settings_path().write_text(json.dumps({"seal": {"trust": [str(missing)]}}))
    with pytest.raises(sealing.SealingError) as refused:
        verify_file(None, pdf)
    assert str(missing) in str(refused.value) and refused.value.exit_code == 2
