"""The Linux desktop integration: .desktop entry, AppStream metainfo, install.sh."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from project_metadata import APP_ID, APP_NAME, APPSTREAM_ID

from tests.packaging.conftest import PACKAGING_DIR, require_tool

LINUX = PACKAGING_DIR / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APPSTREAM_ID}.metainfo.xml"
INSTALL = LINUX / "install.sh"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_names_the_application() -> None:
    entry = _desktop_entry()
    assert entry["Name"] == APP_NAME
    assert entry["Exec"] == APP_ID  # install.sh turns it into the full path of the link
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_ID  # QGuiApplication.setDesktopFileName(APP_ID)
    assert entry["Comment[fr]"]


def test_desktop_entry_validates() -> None:
    tool = require_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_is_well_formed_and_matches() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APPSTREAM_ID
    assert root.findtext("name") == APP_NAME
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == APP_ID
    with (PACKAGING_DIR.parent / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    releases = [release.get("version") for release in root.iterfind("releases/release")]
    assert version in releases, f"add a <release version={version!r}> to {METAINFO.name}"


def test_metainfo_validates() -> None:
    tool = require_tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_script_is_valid_shell() -> None:
    assert INSTALL.stat().st_mode & 0o111, "install.sh must be executable"
    subprocess.run(["sh", "-n", str(INSTALL)], check=True)
    text = INSTALL.read_text(encoding="utf-8")
    assert f"METAINFO={METAINFO.name}" in text
    assert f"APP_ID={APP_ID}" in text


def test_install_and_uninstall_keep_the_officers_data(tmp_path: Path) -> None:
    """install.sh on a bundle laid out as build.py lays it out, in a private HOME: the
    application, its link and desktop files come and go, the data folder stays."""
    bundle = tmp_path / f"{APP_ID}-1.2.3"
    (bundle / "_internal").mkdir(parents=True)
    executable = bundle / APP_ID
    executable.write_text("#!/bin/sh\necho 'Recouvrement Desktop 1.2.3'\n", encoding="utf-8")
    executable.chmod(0o755)
    shutil.copy2(INSTALL, bundle / "install.sh")
    share = bundle / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(DESKTOP, share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(METAINFO, share / "metainfo")
    icon = share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    icon.parent.mkdir(parents=True)
    icon.write_bytes(b"png")
    home = tmp_path / "home"
    data = home / ".local" / "share"
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "XDG_DATA_HOME": str(data)}
    officer_data = data / APP_ID / "recouvrement.sqlite3"
    officer_data.parent.mkdir(parents=True)
    officer_data.write_text("the officer's cases", encoding="utf-8")

    subprocess.run([str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    link = home / ".local" / "bin" / APP_ID
    version = subprocess.run([str(link)], check=True, capture_output=True, text=True).stdout
    assert version.strip() == "Recouvrement Desktop 1.2.3"
    desktop = (data / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert f'Exec="{link}"\n' in desktop
    assert f'Exec="{link}" --demo\n' in desktop
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "metainfo" / METAINFO.name).is_file()

    installed_script = home / ".local" / "lib" / APP_ID / "install.sh"
    subprocess.run([str(installed_script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not link.exists() and not link.is_symlink()
    assert not (home / ".local" / "lib" / APP_ID).exists()
    assert not (data / "applications" / DESKTOP.name).exists()
    assert not (data / "metainfo" / METAINFO.name).exists()
    assert officer_data.read_text(encoding="utf-8") == "the officer's cases"
