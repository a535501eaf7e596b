"""A cheaper answer to the question PySide6 asks of every module imported after it.

Once PySide6 is imported, each later import calls ``shibokensupport.feature.
_mod_uses_pyside(module)`` (for ``from __feature__ import ...``): it decides whether the
module's source mentions "PySide6" through ``inspect.getsource``, which reads, splits and
caches every line of every module in ``linecache``. Over the start's 800 modules
(SQLAlchemy, the models, the services) that was a fifth of their import time. The same
answer read from the file's bytes costs a fraction of it; anything else (no source file,
a PySide6 without this hook) is left to PySide6 itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType

__all__ = ["answer_pyside_import_check_quickly"]


def answer_pyside_import_check_quickly() -> bool:
    """Install the quicker check; whether it could be (the hook is PySide6's own)."""
    import PySide6.QtCore  # noqa: F401 - the hook exists once PySide6 is loaded

    try:
        feature = importlib.import_module("shibokensupport.feature")
    except ImportError:
        return False
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original) or getattr(original, "_quick", False):
        return callable(original)
    feature._mod_uses_pyside = _quick(original)  # type: ignore[attr-defined]
    return True


def _quick(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return original(module)
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside._quick = True  # type: ignore[attr-defined]
    return uses_pyside
