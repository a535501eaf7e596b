"""The cyclic garbage collector held off while the window starts.

A start creates hundreds of thousands of long-lived objects (Qt wrappers, SQLAlchemy's
classes and the models, the first page): the collector's full passes over them found
nothing to free and cost about half a second before the first case was on screen.
Paused at the start of the process, it resumes once the window is filled (or asks who
signs in, or fails), after ``gc.freeze()`` has set the start's objects aside, so that
later passes no longer walk them either.
"""

from __future__ import annotations

import gc

__all__ = ["pause_collection", "resume_collection"]

_paused = False


def pause_collection() -> None:
    """Hold off the collector, if it runs (a caller that disabled it keeps it so)."""
    global _paused  # noqa: PLW0603 - one process, one start
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """Set the start's objects aside and let the collector run again; once."""
    global _paused  # noqa: PLW0603
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
