"""Who is acting: the identity every service call names, as a plain value.

Services never take a database row for the person at the keyboard: a row can be changed
in memory by whoever holds it. They take this value and read anything that grants a
right (roles, delegation limits) from the database at the moment of the decision.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from recouvrement_desktop.domain.recovery import OfficerRole

__all__ = ["Identity"]


@dataclass(frozen=True, slots=True)
class Identity:
    """A person of the bank as the services know them."""

    id: int
    uuid: uuid.UUID
    login: str
    full_name: str
    role: OfficerRole
    branch: str
