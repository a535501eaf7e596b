"""The usury thresholds of a demonstration database: the published quarters, then the last
one repeated to the end of 2030, labelled as not published.

The published thresholds end where the shipped file ends; from the next day on, every
plan is blocked ("no usury threshold known"), as the law wants for a bank's database
until its administrator imports the new quarter. A demonstration must still show an
agreement made today: its database gets this file through the same import a bank uses
(audited, listed by ``reference-data list`` as an import), never the shipped data.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.audit import append_event
from recouvrement_desktop.db.models import Officer, ReferenceDataImport
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.domain.reference_data import ReferenceKind, parse_reference_table
from recouvrement_desktop.services.reference_data import (
    IMPORTED_ACTION,
    shipped_path,
    shipped_table,
)

__all__ = ["DEMONSTRATION_FILE", "write_demo_reference_data"]

DEMONSTRATION_FILE: Final = "usury-thresholds-DEMONSTRATION.toml"
DEMONSTRATION_UNTIL: Final = date(2030, 12, 31)


def demonstration_usury_text() -> str | None:
    """The shipped file, followed by its last quarter repeated (not published figures);
    ``None`` when the shipped file already reaches the end of the demonstration span."""
    kind = ReferenceKind.USURY_THRESHOLDS
    shipped = shipped_path(kind).read_text(encoding="utf-8")
    last = shipped_table(kind).periods[-1]
    if last.end >= DEMONSTRATION_UNTIL:
        return None
    start = last.end + timedelta(days=1)
    values = "\n".join(f'{key} = "{value}"' for key, value in last.values.items())
    period = (
        "\n\n# DEMONSTRATION — NOT PUBLISHED FIGURES, written into demonstration databases only.\n"
        "[[periods]]\n"
        f"from = {start.isoformat()}\n"
        f"until = {DEMONSTRATION_UNTIL.isoformat()}\n"
        f'source = """DEMONSTRATION, not published: the thresholds of {last.start.isoformat()} '
        f"to {last.end.isoformat()} repeated so that a demonstration database can make an "
        "agreement today. A bank's database never holds this period: its administrator "
        'imports the published quarters (reference-data import)."""\n'
        "[periods.values]\n"
        f"{values}\n"
    )
    text = shipped.rstrip("\n") + "\n" + period
    parse_reference_table(text)  # the same checks as an import
    return text


def write_demo_reference_data(session: Session) -> bool:
    """Import the demonstration thresholds, by the demonstration administrator, unless the
    database already holds usury thresholds of its own; whether they were written."""
    kind = ReferenceKind.USURY_THRESHOLDS.value
    held = session.scalar(select(ReferenceDataImport.id).where(ReferenceDataImport.kind == kind))
    administrator = session.scalar(
        select(Officer.id).where(Officer.role == OfficerRole.ADMINISTRATOR).order_by(Officer.id)
    )
    text = demonstration_usury_text()
    if held is not None or administrator is None or text is None:
        return False
    row = ReferenceDataImport(
        kind=kind,
        officer_id=administrator,
        file_name=DEMONSTRATION_FILE,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        content=text,
    )
    session.add(row)
    session.flush()
    append_event(
        session,
        officer=None,
        action=IMPORTED_ACTION,
        entity_type="reference_data",
        entity_uuid=row.uuid,
        details={
            "kind": kind,
            "file": DEMONSTRATION_FILE,
            "sha256": row.sha256,
            "demonstration": True,
        },
    )
    return True
