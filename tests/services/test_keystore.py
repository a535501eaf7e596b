"""Secrets in the system keystore (here keyrings.alt's file backend, in the sandbox)."""

from __future__ import annotations

import uuid

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from recouvrement_desktop.keystore import (
    SERVICE,
    KeystoreError,
    create_secret,
    read_secret,
    write_secret,
)


def _name() -> str:
    return f"test-{uuid.uuid4()}"


def test_a_secret_reads_back_as_written() -> None:
    name = _name()
    assert read_secret(name) is None
    write_secret(name, b"\x00\xffbinary")
    assert read_secret(name) == b"\x00\xffbinary"


def test_create_makes_a_random_secret_once() -> None:
    first, second = _name(), _name()
    made = create_secret(first)
    assert len(made) == 32
    assert create_secret(first) == made
    assert create_secret(second) != made


def test_a_damaged_secret_is_named() -> None:
    name = _name()
    keyring.set_password(SERVICE, name, "not base64 !")
    with pytest.raises(KeystoreError, match=name):
        read_secret(name)


def test_no_keystore_is_a_clear_refusal() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())  # type: ignore[no-untyped-call]
    try:
        with pytest.raises(KeystoreError, match="keystore cannot be used"):
            create_secret(_name())
    finally:
        keyring.set_keyring(previous)
