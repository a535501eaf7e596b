"""A binding agreement's new schedule for the core banking system, as it was signed:
the rows its snapshot keeps (the very ones its PDF prints), never recomputed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.recovery import AgreementState
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.services.agreements.archive import by_reference
from recouvrement_desktop.services.agreements.errors import AgreementError
from recouvrement_desktop.services.agreements.snapshot import read_snapshot
from recouvrement_desktop.services.export_log import ExportError, export_scope
from recouvrement_desktop.services.permissions import authorize_case

__all__ = ["ScheduleLine", "agreement_schedule"]


def _refused(error: AgreementError) -> ExportError:
    """The agreement services' refusal as the export's (exit 2), still translated in
    its own context."""
    refused = ExportError(error.message, **error.params)
    refused.context = error.context
    return refused


@dataclass(frozen=True, slots=True)
class ScheduleLine:
    """One instalment of an agreement's new schedule, as signed."""

    agreement_reference: str
    period: int
    due_date: date
    installment: Decimal  # interest + principal
    interest: Decimal
    principal: Decimal
    insurance: Decimal
    extra: Decimal  # interest-free amounts due with it (arrears spread, fees)
    total_due: Decimal  # installment + insurance + extra
    remaining_principal: Decimal


def agreement_schedule(
    database: Database, reader: Identity | None, reference: str
) -> list[ScheduleLine]:
    """The new schedule of binding agreement *reference*, as its snapshot keeps it."""
    export_scope(database, reader)
    with database.session() as session:
        try:
            row = by_reference(session, reference)
        except AgreementError as error:
            raise _refused(error) from None
        case_id, status, stored = row.case_id, row.status, row.snapshot
        reference = row.reference
    authorize_case(database, reader, case_id, Permission.EXPORT_OUTCOMES)
    if status not in (AgreementState.SIGNED, AgreementState.AWAITING_COUNTERSIGNATURE):
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Export", "Agreement {reference} is not binding: it has no new schedule."
            ),
            reference=reference,
        )
    try:
        snapshot = read_snapshot(stored)
    except AgreementError as error:
        raise _refused(error) from None
    return [
        ScheduleLine(
            agreement_reference=reference,
            period=line.number,
            due_date=line.due_date,
            installment=line.payment,
            interest=line.interest,
            principal=line.principal,
            insurance=line.insurance,
            extra=line.extra,
            total_due=line.total_due,
            remaining_principal=line.balance,
        )
        for line in snapshot.model.rows
    ]
