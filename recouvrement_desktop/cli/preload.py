"""What a start of the window will need, loaded on a thread of its own from the start.

The database layer, the services and the panels are most of a start's Python; loaded
here they load while the main thread loads Qt and paints the window's frame (Qt's work
there runs without Python's lock). Whoever imports them later waits for this thread's
import, never does it twice.
"""

from __future__ import annotations

import importlib
import logging
import threading

_log = logging.getLogger(__name__)

MODULES = (
    "recouvrement_desktop.db.bootstrap",
    "recouvrement_desktop.services.case_file",
    "recouvrement_desktop.services.promises",
    "recouvrement_desktop.services.workspace",
    "recouvrement_desktop.ui.case_list_panel",
    "recouvrement_desktop.ui.client_panel",
    "recouvrement_desktop.ui.quick_entry",
    "recouvrement_desktop.ui.session_bar",
)


def _preload() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the start imports it again and reports what is wrong
            _log.debug("preloading %s failed", name, exc_info=True)
            return
    from recouvrement_desktop.db.models import prepare_mappers

    prepare_mappers()


def preload_in_background() -> threading.Thread:
    thread = threading.Thread(target=_preload, name="preload", daemon=True)
    thread.start()
    return thread
