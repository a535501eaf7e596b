"""The folder that hands agreements to the PDF viewer: the user's alone, gone at exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import subprocess_env

_SCRIPT = """
import json, stat
from recouvrement_desktop.ui.private_folder import private_folder
folder = private_folder()
agreement = folder / "ACC-2026-000001.pdf"
agreement.write_bytes(b"%PDF-1.7 a client's agreement")
agreement.chmod(0o600)
print(json.dumps({"folder": str(folder), "mode": stat.S_IMODE(folder.stat().st_mode)}))
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: the profile's ACLs)")
def test_an_agreement_handed_to_the_viewer_is_gone_when_the_application_ends() -> None:
    """A real process that ends normally: its folder in the system's temporary folder,
    0700 while it runs, removed with what it holds at exit."""
    ran = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        capture_output=True, text=True, env=subprocess_env(), timeout=120, check=False,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    seen = json.loads(ran.stdout)
    folder = Path(seen["folder"])
    assert folder.parent == Path(tempfile.gettempdir())
    assert seen["mode"] == 0o700
    assert not folder.exists()
