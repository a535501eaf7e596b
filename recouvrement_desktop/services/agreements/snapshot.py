"""The agreement's snapshot: what was accepted, typed, and its stored JSON forms.

An agreement sealed today must still open in ten years, whatever the engine computes by
then. The snapshot keeps the whole document model (parties, debt, terms, schedule,
signatures, evidence with the simulation inputs and the engine version), the schedule's
totals, the guardrails' warnings at acceptance (message and typed parameters, translated
where shown) and the affordability figures. ``read_snapshot`` reads every form ever
written (``tests/fixtures/stored`` holds one of each):

- **format 1, as written until 2026-11-28 (ac8ee6a)**: warnings as English text only,
  no affordability figures;
- **format 1, since d7b32ea**: warnings with their message and parameters, and the
  affordability figures (absent from the demonstration's signed agreements).
- **format 1, since a61e39c**: the document model also keeps the clauses' facts
  (``clauses``: cure period, consumer credit, mortgage), each contract's terms and debt,
  the client's title, the checks at acceptance and the supervisor's approval; a model
  without ``clauses`` prints the clauses it was signed with.
- **format 2, since the contracts' parties were kept**: the document model also keeps
  the co-borrowers and guarantors as parties (``other_parties``) and each contract's
  guarantees; read by the same reader (the fields absent from format 1 have defaults).
  Numbered anew so that an older version refuses it rather than print an agreement
  without its parties.

The document model goes to JSON field by field (``_encode``/``_decode`` follow its
dataclasses); fields added later must have defaults, so that older snapshots still
decode — the stored fixtures fail the tests otherwise.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, Final, Union

from recouvrement_desktop.documents import agreement_model as doc
from recouvrement_desktop.domain.errors import Amount, ParamValue, Percent
from recouvrement_desktop.domain.guardrails import GuardrailWarning, Severity, WarningCode
from recouvrement_desktop.domain.rescheduling import Restructuring
from recouvrement_desktop.domain.schedule import (
    ByEndDate,
    ByInstallment,
    ByPeriods,
    LoanTerms,
    Row,
    Schedule,
    Sizing,
)
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP
from recouvrement_desktop.services.agreements.errors import AgreementError

__all__ = [
    "SNAPSHOT_FORMAT",
    "AffordabilityAtAcceptance",
    "AgreementSnapshot",
    "read_snapshot",
    "snapshot_json",
]

SNAPSHOT_FORMAT: Final = 3


@dataclass(frozen=True, slots=True)
class AffordabilityAtAcceptance:
    """The client's affordability as the guardrails saw it when the plan was accepted."""

    effort_rate_pct: Decimal | None
    max_effort_rate_pct: Decimal | None
    reste_a_vivre: Decimal | None
    reste_a_vivre_floor: Decimal | None


@dataclass(frozen=True, slots=True)
class AgreementSnapshot:
    """What was accepted, as it was shown and signed."""

    case_reference: str
    engine_version: str
    inputs: tuple[tuple[str, str], ...]
    model: doc.AgreementModel
    schedule: Schedule
    warnings: tuple[GuardrailWarning, ...] = ()
    affordability: AffordabilityAtAcceptance | None = None
    # The format it was stored in; not part of what was accepted (written again, it
    # takes the current format and stays the same snapshot).
    format: int = field(default=SNAPSHOT_FORMAT, compare=False)

    @property
    def installment(self) -> Decimal:
        return self.model.terms.installment

    @property
    def periods(self) -> int:
        return self.model.terms.periods

    @property
    def approval_reasons(self) -> tuple[GuardrailWarning, ...]:
        return tuple(w for w in self.warnings if w.needs_approval)


def new_snapshot(
    model: doc.AgreementModel,
    plan: Restructuring,
    case_reference: str,
    *,
    warnings: Iterable[GuardrailWarning] = (),
    affordability: AffordabilityAtAcceptance | None = None,
) -> AgreementSnapshot:
    return AgreementSnapshot(
        case_reference=case_reference,
        engine_version=model.evidence.engine_version,
        inputs=model.evidence.simulation_inputs,
        model=model,
        schedule=plan.schedule,
        warnings=tuple(warnings),
        affordability=affordability,
    )


# ---------------------------------------------------------- the model, field by field


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"cannot keep {type(value).__name__} in a snapshot")


def _decode(kind: Any, data: Any) -> Any:
    origin = typing.get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [option for option in typing.get_args(kind) if option is not type(None)]
        return None if data is None else _decode(options[0], data)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], item) for item in data)
        return tuple(_decode(arg, item) for arg, item in zip(args, data, strict=True))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        fields = [f for f in dataclasses.fields(kind) if f.name in data]
        return kind(**{f.name: _decode(hints[f.name], data[f.name]) for f in fields})
    simple: dict[Any, Any] = {
        Decimal: lambda text: Decimal(str(text)),
        datetime: datetime.fromisoformat,
        date: date.fromisoformat,
        Path: Path,
        float: float,
    }
    if kind in simple:
        return simple[kind](data)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    return data


# ------------------------------------------------------------------- the schedule


def _sizing_json(sizing: Sizing) -> dict[str, str | int]:
    match sizing:
        case ByPeriods(periods):
            return {"periods": periods}
        case ByInstallment(installment):
            return {"installment": str(installment)}
        case ByEndDate(end):
            return {"end": end.isoformat()}
    raise TypeError(sizing)  # pragma: no cover


def _sizing_of(data: Mapping[str, Any]) -> Sizing:
    if "periods" in data:
        return ByPeriods(int(data["periods"]))
    if "installment" in data:
        return ByInstallment(Decimal(str(data["installment"])))
    return ByEndDate(date.fromisoformat(data["end"]))


def _schedule_json(schedule: Schedule) -> dict[str, Any]:
    terms = _encode(replace(schedule.terms, sizing=ByPeriods(schedule.periods)))
    terms["sizing"] = _sizing_json(schedule.terms.sizing)
    return {
        "terms": terms,
        "installment": str(schedule.installment),
        "total_interest": str(schedule.total_interest),
        "total_insurance": str(schedule.total_insurance),
        "total_fees": str(schedule.total_fees),
        "total_extras": str(schedule.total_extras),
        "apr": str(schedule.apr),
    }


def _schedule_of(data: Mapping[str, Any], rows: tuple[Row, ...]) -> Schedule:
    """The schedule as agreed, rebuilt from the snapshot (no computation)."""
    terms_data = dict(data["terms"])
    sizing = _sizing_of(terms_data.pop("sizing"))
    terms: LoanTerms = _decode(LoanTerms, {**terms_data, "sizing": {"periods": 0}})
    return Schedule(
        terms=replace(terms, sizing=sizing),
        rows=rows,
        installment=Decimal(data["installment"]),
        total_interest=Decimal(data["total_interest"]),
        total_insurance=Decimal(data["total_insurance"]),
        total_fees=Decimal(data["total_fees"]),
        total_extras=Decimal(data["total_extras"]),
        apr=Decimal(data["apr"]),
    )


# ------------------------------------------------------------------ the warnings


def _param_json(value: ParamValue) -> Any:
    """A warning's parameter kept with its kind, so the window formats it again."""
    if isinstance(value, Amount):
        return {"amount": str(value)}
    if isinstance(value, Percent):
        return {"percent": str(value)}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    return value


def _param_of(data: Any) -> ParamValue:
    if isinstance(data, dict):
        ((kind, text),) = data.items()
        kinds: dict[str, type[Decimal]] = {"amount": Amount, "percent": Percent}
        return kinds.get(kind, Decimal)(str(text))
    return data  # type: ignore[no-any-return]


def _warning_json(warning: GuardrailWarning) -> dict[str, Any]:
    return {
        "code": str(warning.code),
        "severity": str(warning.severity),
        "needs_approval": warning.needs_approval,
        "text": warning.text(),
        "message": warning.message,
        "params": {name: _param_json(value) for name, value in warning.params.items()},
    }


def _warning_of(data: Mapping[str, Any]) -> GuardrailWarning:
    """A kept warning; the first snapshots have its English text only."""
    if "message" in data:
        message = str(data["message"])
        params = {name: _param_of(value) for name, value in data.get("params", {}).items()}
    else:
        message = str(data.get("text", "")).replace("{", "{{").replace("}", "}}")
        params = {}
    return GuardrailWarning(
        code=WarningCode(data["code"]),
        severity=Severity(data["severity"]),
        message=message,
        params=params,
        needs_approval=bool(data.get("needs_approval")),
    )


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# --------------------------------------------------------------- the whole snapshot


def snapshot_json(snapshot: AgreementSnapshot) -> dict[str, Any]:
    """The snapshot as stored (format ``SNAPSHOT_FORMAT``)."""
    figures = snapshot.affordability
    return {
        "format": SNAPSHOT_FORMAT,
        "case": snapshot.case_reference,
        "engine_version": snapshot.engine_version,
        "inputs": [list(pair) for pair in snapshot.inputs],
        "model": _encode(snapshot.model),
        "schedule": _schedule_json(snapshot.schedule),
        "warnings": [_warning_json(w) for w in snapshot.warnings],
        "affordability": None
        if figures is None
        else {
            "effort_rate_pct": _text(figures.effort_rate_pct),
            "max_effort_rate_pct": _text(figures.max_effort_rate_pct),
            "reste_a_vivre": _text(figures.reste_a_vivre),
            "reste_a_vivre_floor": _text(figures.reste_a_vivre_floor),
        },
    }


def _split_contract_debts(model: Mapping[str, Any]) -> dict[str, Any]:
    """A format-1 or -2 model with each contract's "fees and penalties" read as
    penalties, no fees: the one stored field held what the engine treated as penalties
    (see migration 0015_fees_penalties_split)."""
    contracts = []
    for stored in model.get("contracts") or ():
        debt = stored.get("debt")
        if debt is not None and "fees_and_penalties" in debt:
            split = {k: v for k, v in debt.items() if k != "fees_and_penalties"}
            split |= {"fees": "0.00", "penalties": debt["fees_and_penalties"]}
            stored = {**stored, "debt": split}  # noqa: PLW2901 - the one changed
        contracts.append(stored)
    return {**model, "contracts": contracts} if "contracts" in model else dict(model)


def _read_format_1(data: Mapping[str, Any], number: int = 1) -> AgreementSnapshot:
    """Formats 1 to 3. Format 2 adds fields with defaults to the document model (the
    co-borrowers and guarantors as parties, each contract's guarantees); format 3 keeps
    each contract's fees and penalties apart, which earlier formats are brought to first."""
    model_data = data["model"] if number >= 3 else _split_contract_debts(data["model"])
    model: doc.AgreementModel = _decode(doc.AgreementModel, model_data)
    figures = data.get("affordability")
    return AgreementSnapshot(
        case_reference=str(data["case"]),
        engine_version=str(data["engine_version"]),
        inputs=tuple((str(name), str(value)) for name, value in data["inputs"]),
        model=model,
        schedule=_schedule_of(data["schedule"], model.rows),
        warnings=tuple(_warning_of(item) for item in data.get("warnings") or ()),
        affordability=None
        if not figures
        else AffordabilityAtAcceptance(
            effort_rate_pct=_decimal(figures.get("effort_rate_pct")),
            max_effort_rate_pct=_decimal(figures.get("max_effort_rate_pct")),
            reste_a_vivre=_decimal(figures.get("reste_a_vivre")),
            reste_a_vivre_floor=_decimal(figures.get("reste_a_vivre_floor")),
        ),
        format=number,
    )


def read_snapshot(data: Mapping[str, Any]) -> AgreementSnapshot:
    """A stored snapshot, of any format ever written; ``AgreementError`` for one written
    by a newer version of the application."""
    number = data.get("format")
    if number in (1, 2, 3):
        return _read_format_1(data, number)
    raise AgreementError(
        QT_TRANSLATE_NOOP(
            "Agreements",
            "This agreement was written by a newer version of the application (format {n}).",
        ),
        n=number,
    )
