"""Fixtures of the window tests."""

from __future__ import annotations

import pytest

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Officer
from tests.ui.signing import add_generous_officer


@pytest.fixture
def generous_officer(demo_database: Database) -> Officer:
    """An officer whose delegation covers any plan."""
    return add_generous_officer(demo_database)
