"""The Windows installer script: its names agree with the spec's bundle layout and with
build.py, and it compiles (makensis) against a bundle laid out as the spec lays it out."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import icons
import pytest
from project_metadata import (
    APP_ID,
    APP_NAME,
    CONTENTS_DIR,
    PUBLISHER,
    WINDOWS_CLI_NAME,
    ProjectMetadata,
)
from PySide6.QtWidgets import QApplication

from tests.packaging.conftest import PACKAGING_DIR, load_script, require_tool

SCRIPT = PACKAGING_DIR / "windows" / "installer.nsi"


def _defines() -> dict[str, str]:
    text = SCRIPT.read_text(encoding="utf-8")
    return dict(re.findall(r'^!define (\w+) "([^"]*)"', text, flags=re.MULTILINE))


def _required() -> set[str]:
    text = SCRIPT.read_text(encoding="utf-8")
    return set(re.findall(r"^!ifndef (\w+)\n\s*!error", text, flags=re.MULTILINE))


def test_names_agree_with_the_bundle(spec: dict[str, Any]) -> None:
    defines = _defines()
    assert defines["APP_ID"] == APP_ID
    assert defines["APP_NAME"] == APP_NAME
    assert defines["PUBLISHER"] == PUBLISHER
    assert defines["CONTENTS_DIR"] == CONTENTS_DIR
    assert defines["APP_EXE"] == "${APP_ID}.exe"  # the spec's windowed EXE
    assert defines["CLI_EXE"] == "${APP_ID}-cli.exe"
    assert f"{APP_ID}-cli" == WINDOWS_CLI_NAME
    assert spec["coll"].kwargs["name"] == APP_ID


def test_build_passes_every_required_define(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = load_script("build")
    commands: list[list[str]] = []
    monkeypatch.setattr(build.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(build.subprocess, "run", lambda command, **_: commands.append(command))
    metadata = ProjectMetadata("recouvrement-desktop", "1.2.3", "", "", "")
    build.compile_installer(tmp_path, tmp_path, metadata, tmp_path / "out.exe", quick=False)
    (command,) = commands
    passed = {arg[2:].split("=")[0] for arg in command if arg.startswith(("-D", "/D"))}
    assert _required() <= passed
    assert any(arg.endswith("DVERSION_QUAD=1.2.3.0") for arg in command)
    assert command[-1] == str(SCRIPT)


def test_uninstaller_keeps_the_officers_data() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    uninstall = text[text.index('Section "Uninstall"') :]
    for line in uninstall.splitlines():
        if line.strip().startswith(("RMDir", "Delete ")):
            assert "$INSTDIR" in line or "$SMPROGRAMS" in line or "$DESKTOP" in line, line
            assert "APPDATA" not in line.upper() and "$PROFILE" not in line, line
    assert 'RMDir /r "$INSTDIR"' not in uninstall  # never the whole folder blindly


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """The Windows bundle's layout, with placeholder files."""
    bundle = tmp_path / APP_ID
    (bundle / CONTENTS_DIR).mkdir(parents=True)
    (bundle / f"{APP_ID}.exe").write_bytes(b"MZ placeholder")
    (bundle / f"{WINDOWS_CLI_NAME}.exe").write_bytes(b"MZ placeholder")
    (bundle / CONTENTS_DIR / "python311.dll").write_bytes(b"placeholder")
    return bundle


def test_script_compiles(qapp: QApplication, fake_bundle: Path, tmp_path: Path) -> None:
    makensis = require_tool("makensis")
    icon = icons.write_ico(tmp_path / f"{APP_ID}.ico")
    output = tmp_path / f"{APP_ID}-1.2.3-test-setup.exe"
    result = subprocess.run(
        [
            makensis, "-V2", "-WX", "-INPUTCHARSET", "UTF8",
            "-DVERSION=1.2.3", "-DVERSION_QUAD=1.2.3.0", f"-DBUNDLE_DIR={fake_bundle}",
            f"-DICON={icon}", f"-DOUTFILE={output}", "-DNOCOMPRESS", str(SCRIPT),
        ],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert output.read_bytes()[:2] == b"MZ"
