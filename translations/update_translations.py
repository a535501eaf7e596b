"""Refresh the Qt Linguist sources from the code, then compile them.

Run from the project root: ``uv run python translations/update_translations.py``.
Source strings are English; ``recouvrement_fr.ts`` holds the French interface (the
default) and ``recouvrement_en.ts`` the English plural forms. Edit the ``.ts`` files with
Qt Linguist (``uv run pyside6-linguist``) or any editor, then run this again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "recouvrement_desktop"
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("fr", "en")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run through 'uv run'")
    return found


def sources() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts and "__pycache__" not in path.parts
    )


def main() -> None:
    files = [str(path.relative_to(ROOT)) for path in sources()]
    for language in LANGUAGES:
        catalogue = TRANSLATIONS / f"recouvrement_{language}.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *files,
             "-source-language", "en", "-target-language", language, "-ts", str(catalogue)],
            check=True,
            cwd=ROOT,
        )  # fmt: skip
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(catalogue), "-qm",
             str(catalogue.with_suffix(".qm"))],
            check=True,
            cwd=ROOT,
        )  # fmt: skip


if __name__ == "__main__":
    main()
