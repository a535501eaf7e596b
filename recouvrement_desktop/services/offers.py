"""An offer kept during a negotiation session: its typed value and its stored forms.

What the client was shown must read back the same years later, so the JSON kept in the
journal has a format number and ``read_offer`` reads every format ever written
(``tests/fixtures/stored`` holds one of each):

- **format 0** (no ``format`` key, no ``inputs``): the plans of the demonstration
  histories, ``principal``, ``rate``, ``periods`` and ``installment`` only;
- **format 1** (no ``format`` key, ``inputs`` present): the simulator's scenario as kept
  until 2026-12 — the figures shown and the officer's inputs;
- **format 2**: format 1 with its number (``"format": 2``), written since.

Amounts, rates and dates are strings in the JSON, never floats: a figure shown to a
client must be exact.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Final

from recouvrement_desktop.domain.plan_inputs import SimulationInputs, SizingMode
from recouvrement_desktop.domain.rescheduling import ComponentTreatment, Treatment
from recouvrement_desktop.domain.schedule import GraceKind
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError

__all__ = ["OFFER_FORMAT", "KeptOffer", "OfferFormatError", "offer_json", "read_offer"]

OFFER_FORMAT: Final = 2


class OfferFormatError(UserFacingError):
    context = "Sessions"


@dataclass(frozen=True, slots=True)
class KeptOffer:
    """A plan shown to the client: the headline figures, and (since format 1) the whole
    of what was on screen with the inputs that give it again."""

    periods: int
    installment: Decimal
    rate_pct: Decimal
    new_principal: Decimal
    case_reference: str | None = None
    first_due: date | None = None
    end_date: date | None = None
    down_payment: Decimal | None = None
    waived: Decimal | None = None
    total_cost: Decimal | None = None
    total_paid: Decimal | None = None
    apr_pct: Decimal | None = None
    concession_cost: Decimal | None = None
    effort_rate_pct: Decimal | None = None
    reste_a_vivre: Decimal | None = None
    needs_supervisor_approval: bool = False
    warnings: tuple[str, ...] = ()  # guardrail codes, as stored (codes may be retired)
    inputs: SimulationInputs | None = None
    format: int = OFFER_FORMAT


# ------------------------------------------------------------------------- writing


def _text(value: Decimal | date | None) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _treatment_json(how: ComponentTreatment) -> dict[str, Any]:
    return {
        "treatment": how.treatment.value,
        "waived": str(how.waived),
        "spread_periods": how.spread_periods,
    }


def _inputs_json(inputs: SimulationInputs) -> dict[str, Any]:
    return {
        "mode": inputs.mode.value,
        "periods": inputs.periods,
        "installment": str(inputs.installment),
        "rate_pct": str(inputs.rate_pct),
        "first_due": inputs.first_due.isoformat(),
        "grace_periods": inputs.grace_periods,
        "grace_kind": inputs.grace_kind.value,
        "arrears": _treatment_json(inputs.arrears),
        "late_interest": _treatment_json(inputs.late_interest),
        "fees_and_penalties": _treatment_json(inputs.fees_and_penalties),
        "down_payment": str(inputs.down_payment),
    }


def _refuse_floats(value: object) -> None:
    """``TypeError`` for a float anywhere in *value* (a dataclass): a figure shown to a
    client must be exact, and a float written as text would look exact without being so."""
    for field in dataclasses.fields(value):  # type: ignore[arg-type]
        item = getattr(value, field.name)
        if isinstance(item, float):
            raise TypeError(f"cannot keep a float in an offer ({field.name}): use Decimal")
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            _refuse_floats(item)


def offer_json(offer: KeptOffer) -> dict[str, Any]:
    """The offer as the journal keeps it (format ``OFFER_FORMAT``); ``periods`` and
    ``installment`` at the top, where every format has them."""
    if offer.inputs is None:
        raise OfferFormatError(QT_TRANSLATE_NOOP("Sessions", "There is no offer to keep."))
    _refuse_floats(offer)
    return {
        "format": OFFER_FORMAT,
        "case": offer.case_reference,
        "periods": offer.periods,
        "installment": str(offer.installment),
        "rate": str(offer.rate_pct),
        "first_due": _text(offer.first_due),
        "end_date": _text(offer.end_date),
        "new_principal": str(offer.new_principal),
        "down_payment": _text(offer.down_payment),
        "waived": _text(offer.waived),
        "total_cost": _text(offer.total_cost),
        "total_paid": _text(offer.total_paid),
        "apr_pct": _text(offer.apr_pct),
        "concession_cost": _text(offer.concession_cost),
        "effort_rate_pct": _text(offer.effort_rate_pct),
        "reste_a_vivre": _text(offer.reste_a_vivre),
        "needs_supervisor_approval": offer.needs_supervisor_approval,
        "warnings": list(offer.warnings),
        "inputs": _inputs_json(offer.inputs),
    }


# ------------------------------------------------------------------------- reading


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _treatment_of(data: Mapping[str, Any]) -> ComponentTreatment:
    return ComponentTreatment(
        treatment=Treatment(data["treatment"]),
        waived=Decimal(str(data["waived"])),
        spread_periods=int(data["spread_periods"]),
    )


def _inputs_of(data: Mapping[str, Any]) -> SimulationInputs:
    return SimulationInputs(
        mode=SizingMode(data["mode"]),
        periods=int(data["periods"]),
        installment=Decimal(str(data["installment"])),
        rate_pct=Decimal(str(data["rate_pct"])),
        first_due=date.fromisoformat(data["first_due"]),
        grace_periods=int(data["grace_periods"]),
        grace_kind=GraceKind(data["grace_kind"]),
        arrears=_treatment_of(data["arrears"]),
        late_interest=_treatment_of(data["late_interest"]),
        fees_and_penalties=_treatment_of(data["fees_and_penalties"]),
        down_payment=Decimal(str(data["down_payment"])),
    )


def _read_format_0(data: Mapping[str, Any]) -> KeptOffer:
    return KeptOffer(
        periods=int(data["periods"]),
        installment=Decimal(str(data["installment"])),
        rate_pct=Decimal(str(data["rate"])),
        new_principal=Decimal(str(data["principal"])),
        format=0,
    )


def _read_format_1(data: Mapping[str, Any], number: int = 1) -> KeptOffer:
    return KeptOffer(
        periods=int(data["periods"]),
        installment=Decimal(str(data["installment"])),
        rate_pct=Decimal(str(data["rate"])),
        new_principal=Decimal(str(data["new_principal"])),
        case_reference=data.get("case"),
        first_due=_date(data.get("first_due")),
        end_date=_date(data.get("end_date")),
        down_payment=_decimal(data.get("down_payment")),
        waived=_decimal(data.get("waived")),
        total_cost=_decimal(data.get("total_cost")),
        total_paid=_decimal(data.get("total_paid")),
        apr_pct=_decimal(data.get("apr_pct")),
        concession_cost=_decimal(data.get("concession_cost")),
        effort_rate_pct=_decimal(data.get("effort_rate_pct")),
        reste_a_vivre=_decimal(data.get("reste_a_vivre")),
        needs_supervisor_approval=bool(data.get("needs_supervisor_approval")),
        warnings=tuple(str(code) for code in data.get("warnings", ())),
        inputs=_inputs_of(data["inputs"]),
        format=number,
    )


def read_offer(data: Mapping[str, Any]) -> KeptOffer:
    """A kept offer in any format ever written; ``OfferFormatError`` for one written by
    a newer version of the application."""
    number = data.get("format")
    if number is None:
        return _read_format_1(data) if "inputs" in data else _read_format_0(data)
    if number == OFFER_FORMAT:
        return _read_format_1(data, OFFER_FORMAT)
    raise OfferFormatError(
        QT_TRANSLATE_NOOP(
            "Sessions", "This offer was kept by a newer version of the application (format {n})."
        ),
        n=number,
    )
