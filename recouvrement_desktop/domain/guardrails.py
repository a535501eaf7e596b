"""Guardrails: warnings, with their reason, that a plan deserves before it is offered.

Each warning carries a code, a translatable message (English source, named
placeholders) and its parameters; some mark the plan "needs supervisor approval"
(beyond the officer's delegation, or above the usury threshold, which is blocking).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from recouvrement_desktop.domain.apr import percent_2dp
from recouvrement_desktop.domain.calendar import elapsed_months
from recouvrement_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    Amount,
    ParamValue,
    Percent,
    render,
)
from recouvrement_desktop.domain.money import HUNDRED
from recouvrement_desktop.domain.policy import Policy, usury_category
from recouvrement_desktop.domain.rescheduling import Restructuring

__all__ = [
    "Assessment",
    "GuardrailWarning",
    "Severity",
    "WarningCode",
    "assess",
    "plan_months",
]


class WarningCode(StrEnum):
    USURY = "usury"
    USURY_UNKNOWN = "usury-unknown"
    COURT_BENCHMARK = "court-benchmark"
    OVERINDEBTEDNESS_BENCHMARK = "overindebtedness-benchmark"
    EFFORT_RATE = "effort-rate"
    RESTE_A_VIVRE = "reste-a-vivre"
    DELEGATION_WAIVER = "delegation-waiver"
    DELEGATION_EXTENSION = "delegation-extension"
    DELEGATION_RATE = "delegation-rate"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    BLOCKING = "blocking"


@dataclass(frozen=True, slots=True)
class GuardrailWarning:
    """One warning: ``tr("Domain", message).format(**params)`` gives the text."""

    code: WarningCode
    severity: Severity
    message: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)
    needs_approval: bool = False

    def text(self) -> str:
        """The English text (tests, logs); the UI translates ``message`` instead."""
        return render(self.message, self.params)


@dataclass(frozen=True, slots=True)
class Assessment:
    """All warnings of a plan and the affordability figures they were based on."""

    warnings: tuple[GuardrailWarning, ...]
    effort_rate_pct: Decimal | None = None
    reste_a_vivre: Decimal | None = None
    reste_a_vivre_floor: Decimal | None = None

    @property
    def needs_supervisor_approval(self) -> bool:
        return any(w.needs_approval for w in self.warnings)

    @property
    def blocking(self) -> bool:
        return any(w.severity is Severity.BLOCKING for w in self.warnings)

    @property
    def codes(self) -> tuple[WarningCode, ...]:
        return tuple(w.code for w in self.warnings)


def plan_months(start: date, end: date) -> int:
    """Length of a plan in months, a started month counting as a whole one."""
    months, days = elapsed_months(start, end)
    return months + (1 if days else 0)


def assess(
    plan: Restructuring,
    policy: Policy,
    *,
    effort_rate_pct: Decimal | None = None,
    reste_a_vivre: Decimal | None = None,
    reste_a_vivre_floor: Decimal | None = None,
) -> Assessment:
    """Check *plan* against the law's benchmarks, the usury table and the delegation.

    The affordability figures are optional (a case without a budget on file); when
    given they are checked against the policy's effort ceiling and floor.
    """
    out: list[GuardrailWarning] = []
    schedule = plan.schedule
    start = plan.request.start
    contract = plan.debt.contract

    # Usury: the TAEG of the plan against the threshold in force at signature, for
    # the category of the new credit (its amount, or its duration for a mortgage).
    months = plan_months(start, schedule.end_date)
    credit = schedule.terms.principal + schedule.total_extras
    category = usury_category(contract.category, credit, months)
    threshold = policy.usury_table.threshold_pct(category, start)
    apr_pct = schedule.apr * HUNDRED
    if threshold is None:
        out.append(
            GuardrailWarning(
                WarningCode.USURY_UNKNOWN,
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "Domain", "No usury threshold on file for category {category} on {date}"
                ),
                {"category": str(category), "date": start.isoformat()},
                needs_approval=True,
            )
        )
    elif apr_pct > threshold:
        out.append(
            GuardrailWarning(
                WarningCode.USURY,
                Severity.BLOCKING,
                QT_TRANSLATE_NOOP(
                    "Domain", "The APR of {apr} exceeds the usury threshold of {threshold}"
                ),
                {"apr": Percent(percent_2dp(schedule.apr)), "threshold": Percent(threshold)},
                needs_approval=True,
            )
        )

    # Legal benchmarks on the length of the plan.
    if months > policy.overindebtedness_benchmark_months:
        out.append(
            GuardrailWarning(
                WarningCode.OVERINDEBTEDNESS_BENCHMARK,
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "The plan lasts {months} months, longer than the {limit} months an over-indebtedness plan may last",  # noqa: E501
                ),
                {"months": months, "limit": policy.overindebtedness_benchmark_months},
            )
        )
    elif months > policy.court_benchmark_months:
        out.append(
            GuardrailWarning(
                WarningCode.COURT_BENCHMARK,
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "The plan lasts {months} months, longer than the {limit} months a judge may grant (Code civil art. 1343-5)",  # noqa: E501
                ),
                {"months": months, "limit": policy.court_benchmark_months},
            )
        )

    # Affordability.
    if effort_rate_pct is not None and effort_rate_pct > policy.max_effort_rate_pct:
        out.append(
            GuardrailWarning(
                WarningCode.EFFORT_RATE,
                Severity.WARNING,
                QT_TRANSLATE_NOOP("Domain", "The effort rate of {rate} is above {limit}"),
                {"rate": Percent(effort_rate_pct), "limit": Percent(policy.max_effort_rate_pct)},
            )
        )
    if (
        reste_a_vivre is not None
        and reste_a_vivre_floor is not None
        and reste_a_vivre < reste_a_vivre_floor
    ):
        out.append(
            GuardrailWarning(
                WarningCode.RESTE_A_VIVRE,
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "What is left to live on, {amount} a month, is below the floor of {floor}",
                ),
                {"amount": Amount(reste_a_vivre), "floor": Amount(reste_a_vivre_floor)},
            )
        )

    # Officer delegation.
    limits = policy.delegation
    waived = plan.allocation.waived
    if waived > limits.max_waiver:
        out.append(
            GuardrailWarning(
                WarningCode.DELEGATION_WAIVER,
                Severity.WARNING,
                QT_TRANSLATE_NOOP("Domain", "Waiving {amount} exceeds your delegation of {limit}"),
                {"amount": Amount(waived), "limit": Amount(limits.max_waiver)},
                needs_approval=True,
            )
        )
    if plan.current is not None:
        current_end = plan.current.end_date
        new_end = schedule.end_date
        extension = plan_months(current_end, new_end) if new_end > current_end else 0
    else:
        extension = months
    if extension > limits.max_extension_months:
        out.append(
            GuardrailWarning(
                WarningCode.DELEGATION_EXTENSION,
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "Domain",
                    "Extending the loan by {months} months exceeds your delegation of {limit} months",  # noqa: E501
                ),
                {"months": extension, "limit": limits.max_extension_months},
                needs_approval=True,
            )
        )
    rate = plan.rate_pct
    if rate < contract.rate_pct and rate < limits.min_rate_pct:
        out.append(
            GuardrailWarning(
                WarningCode.DELEGATION_RATE,
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "Domain", "A rate of {rate} is below your delegation floor of {limit}"
                ),
                {"rate": Percent(rate), "limit": Percent(limits.min_rate_pct)},
                needs_approval=True,
            )
        )
    return Assessment(
        warnings=tuple(out),
        effort_rate_pct=effort_rate_pct,
        reste_a_vivre=reste_a_vivre,
        reste_a_vivre_floor=reste_a_vivre_floor,
    )
