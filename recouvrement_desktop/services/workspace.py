"""What a window works on: one open database, and who is at the keyboard.

The window holds a ``Workspace`` and never the database's objects: its actions hand
``workspace.database`` to the services, off the GUI thread (``ui/operations.py``).
The identity may change during a session (another officer takes the keyboard); an
action reads it once, on the GUI thread, when it is asked for.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.identity import Identity

if TYPE_CHECKING:
    from recouvrement_desktop.services.export_log import ExportReport
    from recouvrement_desktop.services.payments.allocation import Allocated, PaymentToAllocate

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

    # Run off the GUI thread, for *by*: the identity the action read when it was asked
    # for. The services are imported when first used: a window whose role never uses
    # them does not load them.

    def payments_to_allocate(self, by: Identity | None) -> list[PaymentToAllocate]:
        """The bank's credits no case was found for (``payments unmatched``)."""
        from recouvrement_desktop.services.payments.allocation import (  # noqa: PLC0415
            payments_to_allocate,
        )

        return payments_to_allocate(self.database, by)

    def allocate_payment(
        self, by: Identity | None, reference: str, case_reference: str
    ) -> Allocated:
        """Put the payment *reference* on the case *case_reference*: an audited decision
        (``payments allocate``)."""
        from recouvrement_desktop.services.payments.allocation import (  # noqa: PLC0415
            allocate_payment,
        )

        return allocate_payment(self.database, by, reference, case_reference)

    def export_outcomes(
        self,
        by: Identity | None,
        out: Path,
        *,
        file_format: str,
        since: datetime | None,
        until: datetime | None,
        since_last: bool = False,
    ) -> ExportReport:
        """The file of ``export outcomes``, byte for byte, written and logged."""
        from recouvrement_desktop.services.export_files import (  # noqa: PLC0415
            export_outcomes,
        )

        return export_outcomes(
            self.database, by, out, file_format=file_format, since=since,
            until=until, since_last=since_last,
        )  # fmt: skip
