"""Facts about the application that every packaging step shares, read from pyproject.toml.

Used by the PyInstaller spec, ``build.py``, the benchmark and the tests; standard library
only, so that the spec can import it without the application's dependencies.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
ROOT = PACKAGING_DIR.parent
PYPROJECT = ROOT / "pyproject.toml"

APP_ID = (
    "recouvrement-desktop"  # executable, icon and .desktop name (= recouvrement_desktop.APP_ID)
)
APP_NAME = "Recouvrement Desktop"
PUBLISHER = "Recouvrement"  # also the user data folder's parent on Windows
APPSTREAM_ID = "fr.recouvrement.RecouvrementDesktop"
BUNDLE_NAME = APP_ID  # dist/<BUNDLE_NAME>/ is the one-folder bundle
CONTENTS_DIR = "_internal"  # PyInstaller's default contents directory inside the bundle
WINDOWS_CLI_NAME = f"{APP_ID}-cli"  # console twin of the windowed Windows executable
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # hicolor PNG sizes (Linux)
ICO_SIZES = (16, 24, 32, 48, 64, 256)  # sizes inside the Windows .ico
ICON_SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"


@dataclass(frozen=True)
class ProjectMetadata:
    name: str
    version: str
    description: str
    authors: str
    license: str

    @property
    def windows_version(self) -> tuple[int, int, int, int]:
        """``1.2.3rc1`` → ``(1, 2, 3, 0)``: the four numbers Windows version resources hold."""
        numbers = [int(part) for part in re.findall(r"\d+", self.version.split("+")[0])[:3]]
        numbers += [0] * (4 - len(numbers))
        return (numbers[0], numbers[1], numbers[2], numbers[3])

    @property
    def windows_version_string(self) -> str:
        return ".".join(str(number) for number in self.windows_version)


def read_metadata(pyproject: Path = PYPROJECT) -> ProjectMetadata:
    with pyproject.open("rb") as file:
        project = tomllib.load(file)["project"]
    authors = ", ".join(author.get("name", "") for author in project.get("authors", []))
    license_info = project.get("license", {})
    license_text = license_info.get("text", "") if isinstance(license_info, dict) else license_info
    return ProjectMetadata(
        name=project["name"],
        version=project["version"],
        description=project.get("description", ""),
        authors=authors or PUBLISHER,
        license=license_text or "Proprietary",
    )
