"""PySide6's check of each imported module gives the same answers, read more quickly."""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from recouvrement_desktop.cli.pyside_imports import answer_pyside_import_check_quickly


@pytest.fixture
def feature() -> Iterator[ModuleType]:
    """PySide6's feature module, its own check put back afterwards."""
    module = importlib.import_module("shibokensupport.feature")
    original = getattr(module, "_mod_uses_pyside")  # noqa: B009 - PySide6's, untyped
    yield module
    setattr(module, "_mod_uses_pyside", original)  # noqa: B010


def _import_fresh(folder: Path, name: str, source: str) -> ModuleType:
    (folder / f"{name}.py").write_text(source, encoding="utf-8")
    importlib.invalidate_caches()
    # An import statement's way (PySide6 hooks ``__import__``, not importlib's API).
    module: ModuleType = __import__(name)
    return module


def test_the_quick_check_answers_as_pysides_own(
    feature: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(tmp_path))
    own = feature._mod_uses_pyside
    assert answer_pyside_import_check_quickly()
    assert feature._mod_uses_pyside is not own
    assert answer_pyside_import_check_quickly()  # installed once, not wrapped again
    quick = feature._mod_uses_pyside

    uses = _import_fresh(tmp_path, "uses_qt_probe", "from PySide6 import QtCore\n")
    plain = _import_fresh(tmp_path, "plain_probe", "VALUE = 'no binding here'\n")
    try:
        for module, expected in ((uses, True), (plain, False), (sys, False), (time, False)):
            assert quick(module) is own(module) is expected
        # What PySide6 recorded for the two new modules: 0 for "uses PySide", -1 "ignore".
        assert feature.pyside_feature_dict["uses_qt_probe"] == 0
        assert feature.pyside_feature_dict["plain_probe"] == -1
    finally:
        for name in ("uses_qt_probe", "plain_probe"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)
