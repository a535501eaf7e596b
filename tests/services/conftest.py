"""Fixtures of the services' tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import keyring
import pytest
from keyring.errors import PasswordDeleteError

from recouvrement_desktop import keystore
from recouvrement_desktop.services import sealing

SEAL_SECRETS = (
    sealing.BANK_PASSPHRASE_SECRET,
    sealing.PKCS11_PIN_SECRET,
    sealing.DEMO_PASSPHRASE_SECRET,
)


@pytest.fixture
def installation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh user data folder (its ``certificates/`` folder is given); the keystore
    secrets of the seal are put back afterwards, so that the suite's demonstration
    certificate stays the one its agreements were sealed with."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "installation"))
    for name in (sealing.ENV_PKCS12, sealing.ENV_PASSPHRASE, sealing.ENV_TRUST, sealing.ENV_TSA):
        monkeypatch.delenv(name, raising=False)
    saved = {name: keystore.read_secret(name) for name in SEAL_SECRETS}
    sealing.forget_sealers()
    yield sealing.certificates_dir()
    sealing.forget_sealers()
    for name, value in saved.items():
        if value is not None:
            keystore.write_secret(name, value)
        else:
            with suppress(PasswordDeleteError):
                keyring.delete_password(keystore.SERVICE, name)
