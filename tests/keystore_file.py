"""The tests' keystore file written whole.

keyrings.alt's PlaintextKeyring rewrites its file in place: a thread reading a secret
while another stores one (the window's daily care seals the audit head off the GUI
thread) could read half a file. A system keystore is not read half-written; the tests'
stand-in must not be either: each write goes to a temporary file renamed over the old.
"""

from __future__ import annotations

import configparser
import os
import tempfile
import threading
from pathlib import Path

from keyrings.alt.escape import escape as escape_for_ini  # type: ignore[import-untyped]
from keyrings.alt.file_base import Keyring  # type: ignore[import-untyped]

_LOCK = threading.Lock()


def _write_config_value(self: Keyring, service: str, key: str, value: str) -> None:
    with _LOCK:
        self._ensure_file_path()
        config = configparser.RawConfigParser()
        config.read(self.file_path, encoding="utf-8")
        section, option = escape_for_ini(service), escape_for_ini(key)
        if not config.has_section(section):
            config.add_section(section)
        config.set(section, option, value)
        folder = Path(self.file_path).parent
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".keyring-")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            config.write(file)
        os.replace(temporary, self.file_path)


def write_keystore_file_whole() -> None:
    Keyring._write_config_value = _write_config_value
