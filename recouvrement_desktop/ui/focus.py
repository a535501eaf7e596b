"""Keyboard order: each panel names its widgets in reading order, the window joins them.

Qt's default order is the order in which widgets were created, which follows the code,
not the screen. ``set_tab_order`` makes Tab follow the list given; widgets hidden (the
forms of another tab) or disabled are skipped by Qt as Tab moves."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtWidgets import QWidget


def set_tab_order(widgets: Iterable[QWidget]) -> None:
    """Tab goes from each widget of *widgets* to the next one."""
    for before, after in itertools.pairwise(widgets):
        QWidget.setTabOrder(before, after)
