"""The garbage collector held off while the window starts, then resumed once."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from recouvrement_desktop.cli import collector


@pytest.fixture
def collecting() -> Iterator[None]:
    """The collector as a process starts: running, nothing frozen; put back after."""
    was_enabled = gc.isenabled()
    gc.enable()
    gc.unfreeze()
    yield
    collector.resume_collection()
    gc.unfreeze()
    if not was_enabled:
        gc.disable()


@pytest.mark.usefixtures("collecting")
def test_paused_then_resumed_with_the_start_objects_set_aside() -> None:
    collector.pause_collection()
    assert not gc.isenabled()

    collector.resume_collection()

    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # later passes no longer walk the start's objects


@pytest.mark.usefixtures("collecting")
def test_resumed_once_only_and_never_turned_on_when_it_was_off() -> None:
    collector.pause_collection()
    collector.resume_collection()
    gc.disable()  # e.g. a caller who wants it off from now on
    collector.resume_collection()
    assert not gc.isenabled()

    gc.disable()
    collector.pause_collection()  # off already: not ours to turn back on
    collector.resume_collection()
    assert not gc.isenabled()
    gc.enable()
