"""The bank's seal kept in a PKCS#11 token: SoftHSM2 from the distribution's packages.

The fixture makes a token in a folder of the test's own (``SOFTHSM2_CONF``), imports the
seal's key with ``softhsm2-util --import`` and its certificate with python-pkcs11; the
application then seals through pyHanko's PKCS#11 signer, the key never leaving the token.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pkcs11
import pytest
from cryptography.hazmat.primitives import serialization
from pkcs11 import Attribute, CertificateType, ObjectClass

from recouvrement_desktop import keystore
from recouvrement_desktop.documents.agreement_pdf import render_agreement
from recouvrement_desktop.documents.sample import sample_agreement
from recouvrement_desktop.documents.seal import SealError
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import user_data_dir
from recouvrement_desktop.services import sealing
from recouvrement_desktop.services.agreements import verify_file
from tests.conftest import subprocess_env
from tests.documents.conftest import run_tool
from tests.seal_certificates import Identity, make_ca, make_seal

TOKEN = "BANK-SEAL"
KEY = "seal"
PIN = "4821"
BANK_NAME = "Banque Test — cachet HSM"
MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")


def _module() -> str:
    for path in MODULES:
        if Path(path).is_file() and shutil.which("softhsm2-util"):
            return path
    message = "SoftHSM2 is not installed (apt-get install softhsm2)"
    if os.environ.get("CI"):
        pytest.fail(message + ": required on CI")
    pytest.skip(message)


@pytest.fixture(scope="module")
def bank() -> Identity:
    return make_seal(make_ca(), BANK_NAME)


@pytest.fixture(scope="module")
def token(tmp_path_factory: pytest.TempPathFactory, bank: Identity) -> Iterator[str]:
    """A SoftHSM2 token holding the bank's seal key and certificate; the module's path."""
    module = _module()
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n"
        "log.level = ERROR\n"
    )
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read by the module when it is loaded
    util = ["softhsm2-util"]
    subprocess.run(
        [*util, "--init-token", "--free", "--label", TOKEN, "--so-pin", "12345678", "--pin", PIN],
        check=True,
        capture_output=True,
    )
    key = folder / "seal-key.pem"
    key.write_bytes(
        bank.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    imported = subprocess.run(
        [*util, "--import", str(key), "--token", TOKEN, "--label", KEY, "--id", "01", "--pin", PIN],
        check=False,
        capture_output=True,
        text=True,
    )
    assert imported.returncode == 0, imported.stdout + imported.stderr
    key.unlink()
    with pkcs11.lib(module).get_token(token_label=TOKEN).open(rw=True, user_pin=PIN) as session:
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.LABEL: KEY,
                Attribute.ID: b"\x01",
                Attribute.SUBJECT: bank.cert.subject.public_bytes(),
                Attribute.VALUE: bank.cert_der,
            }
        )
    yield module
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous


def test_sealing_with_the_token(installation: Path, token: str, tmp_path: Path) -> None:
    loaded = sealing.use_token(sealing.Pkcs11Settings(module=token, token=TOKEN, key=KEY), PIN)
    assert loaded.subject == BANK_NAME and loaded.level == "B-B"
    assert keystore.read_secret(sealing.PKCS11_PIN_SECRET) == PIN.encode()
    settings = sealing.sealing_settings()
    assert settings.pkcs11 is not None and settings.pkcs11.token == TOKEN
    assert PIN not in sealing.settings_path().read_text()
    assert not any(p.suffix == ".p12" for p in user_data_dir().rglob("*"))  # no key here

    sealed = sealing.sealer().seal(
        render_agreement(sample_agreement(12, Language.ENGLISH)), reference="ACC-HSM-1"
    )
    path = tmp_path / "sealed-by-hsm.pdf"
    path.write_bytes(sealed)
    checked = run_tool("pdfsig", path, check=False)
    assert "Signature is Valid" in checked.stdout and BANK_NAME in checked.stdout, checked.stdout
    verdict, _ = verify_file(None, sealed)
    assert verdict.valid and verdict.signer == BANK_NAME and not verdict.demonstration


def test_a_wrong_pin_is_refused_and_nothing_kept(installation: Path, token: str) -> None:
    with pytest.raises(SealError) as refused:
        sealing.use_token(sealing.Pkcs11Settings(module=token, token=TOKEN, key=KEY), "0000")
    assert TOKEN in refused.value.message.format(**refused.value.params)
    assert not sealing.settings_path().exists()
    assert sealing.sealing_settings().pkcs11 is None


def test_the_command_line_configures_the_token(token: str, tmp_path: Path) -> None:
    env = subprocess_env(XDG_DATA_HOME=str(tmp_path / "data"))
    command = [sys.executable, "-m", "recouvrement_desktop", "--lang", "en", "seal"]
    done = subprocess.run(
        [*command, "use-token", "--module", token, "--token", TOKEN, "--key", KEY],
        input=PIN + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert BANK_NAME in done.stdout
