"""What a window works on: one open database, and who is at the keyboard.

The window holds a ``Workspace`` and never the database's objects: its actions hand
``workspace.database`` to the services, off the GUI thread (``ui/operations.py``).
The identity may change during a session (another officer takes the keyboard); an
action reads it once, on the GUI thread, when it is asked for.
"""

from __future__ import annotations

from collections.abc import Collection

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.identity import Identity

__all__ = ["Workspace"]


class Workspace:
    def __init__(self, database: Database, identity: Identity | None = None) -> None:
        self.database = database
        self.identity = identity

    @property
    def display_name(self) -> str:
        """The database as messages name it: a file's path, or its URL without password."""
        return self.database.display_url

    def interrupt(self, thread_ids: Collection[int]) -> None:
        """Stop the statements of the work running on *thread_ids* (a closing window
        abandons it); their transactions roll back."""
        self.database.interrupt(thread_ids)
