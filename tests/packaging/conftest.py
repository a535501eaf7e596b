"""Packaging tests: fast checks of the spec, the installers' scripts and the desktop files.

They never run PyInstaller (CI's `packaging/ci_check.sh` builds and starts the real
bundle). The scripts of packaging/ import each other by plain name, as when they run.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import types
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

PACKAGING_DIR = Path(__file__).resolve().parents[2] / "packaging"
SPEC = PACKAGING_DIR / "recouvrement-desktop.spec"
if str(PACKAGING_DIR) not in sys.path:
    sys.path.append(str(PACKAGING_DIR))  # last: never shadows an installed module


def load_script(name: str) -> ModuleType:
    """A packaging/ script imported under a name of its own (``build`` is also a PyPI name)."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def require_tool(name: str) -> str:
    """The path of a system tool; without it the test is skipped locally and fails on CI,
    which installs it (.ci/run)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install {TOOL_PACKAGES.get(name, name)})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


TOOL_PACKAGES = {
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "makensis": "nsis",
}


class Recorder:
    """Stands for Analysis, PYZ, EXE and COLLECT: keeps its arguments."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        datas = kwargs.get("datas", [])
        # Analysis hands the spec TOC entries: (destination name, source, type).
        self.datas = [(str(Path(dest) / Path(src).name), src, "DATA") for src, dest in datas]
        self.binaries: list[tuple[str, str, str]] = []
        self.scripts: list[Any] = []
        self.pure: list[Any] = []


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None: [  # type: ignore[attr-defined]
        name
        for name in (f"{package}.cli", f"{package}.db.migrations.env", f"{package}.ui.main_window")
        if filter is None or filter(name)
    ]
    hooks.copy_metadata = lambda name: [(f"/site-packages/{name}.dist-info", ".")]  # type: ignore[attr-defined]
    saved = {name: sys.modules.get(name) for name in ("PyInstaller", "PyInstaller.utils")}
    sys.modules.setdefault("PyInstaller", types.ModuleType("PyInstaller"))
    sys.modules.setdefault("PyInstaller.utils", types.ModuleType("PyInstaller.utils"))
    previous_hooks = sys.modules.get("PyInstaller.utils.hooks")
    sys.modules["PyInstaller.utils.hooks"] = hooks
    namespace: dict[str, Any] = {
        "SPECPATH": str(PACKAGING_DIR),
        "Analysis": Recorder,
        "PYZ": Recorder,
        "EXE": Recorder,
        "COLLECT": Recorder,
        "__file__": str(SPEC),
    }
    saved_path = list(sys.path)  # the spec adds packaging/ to the path
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        sys.path[:] = saved_path
        if previous_hooks is None:
            del sys.modules["PyInstaller.utils.hooks"]
        else:
            sys.modules["PyInstaller.utils.hooks"] = previous_hooks
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
    return namespace
