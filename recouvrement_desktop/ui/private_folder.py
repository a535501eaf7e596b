"""A folder for the files the window hands to other programs (an agreement opened in
the PDF viewer): readable by this user alone, and removed when the application ends.

The system's temporary folder is shared by every account of the machine; a client's
agreement left there would outlive the session and be readable by others.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

__all__ = ["private_folder", "remove_private_folder"]

_folder: Path | None = None


def private_folder() -> Path:
    """The session's folder, made on first use (``mkdtemp``: mode 0700 on POSIX)."""
    global _folder  # noqa: PLW0603 (one folder per process)
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix="recouvrement-"))
        atexit.register(remove_private_folder)
    return _folder


def remove_private_folder() -> None:
    """Remove the folder and what it holds (a file still open in a viewer on Windows
    stays until the viewer lets it go)."""
    global _folder  # noqa: PLW0603
    if _folder is not None:
        shutil.rmtree(_folder, ignore_errors=True)
        _folder = None
