"""The legal checks of a credit as a list a script reads: code, severity, message and the
legal reference, for ``simulate --check`` (and any caller that shows checks by code).

The codes here are stable names for the guardrails' warnings (``usury``,
``usury-unknown``, ``judicial-grace-24m``, ``overindebtedness-7y``, ``effort-rate``,
``living-floor``); ``reference`` cites the article a check applies, or says that the
figure is the bank's policy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, ParamValue, render
from recouvrement_desktop.domain.guardrails import (
    GuardrailWarning,
    Severity,
    UsuryFinding,
    WarningCode,
    court_benchmark,
    overindebtedness_benchmark,
    plan_months,
    usury_finding,
)
from recouvrement_desktop.domain.policy import CreditKind, Policy
from recouvrement_desktop.domain.schedule import Schedule

__all__ = ["CHECK_CODES", "Check", "CreditChecks", "check_of", "credit_checks"]

# Guardrail code → (check code, legal reference).
CHECK_CODES: Final[Mapping[WarningCode, tuple[str, str]]] = {
    WarningCode.USURY: ("usury", "C. consom. L314-6"),
    WarningCode.USURY_UNKNOWN: ("usury-unknown", "C. consom. L314-6"),
    WarningCode.COURT_BENCHMARK: ("judicial-grace-24m", "C. civ. 1343-5"),
    WarningCode.OVERINDEBTEDNESS_BENCHMARK: ("overindebtedness-7y", "C. consom. L732-3"),
    WarningCode.OVERINDEBTEDNESS_OPEN: ("overindebtedness-open", "C. consom. L722-2, L722-5"),
    WarningCode.EFFORT_RATE: ("effort-rate", "Bank policy (HCSF D-HCSF-2021-7)"),
    WarningCode.RESTE_A_VIVRE: ("living-floor", "Bank policy (C. consom. L731-2)"),
    WarningCode.DELEGATION_WAIVER: ("delegation-waiver", "Bank policy"),
    WarningCode.DELEGATION_EXTENSION: ("delegation-extension", "Bank policy"),
    WarningCode.DELEGATION_RATE: ("delegation-rate", "Bank policy"),
    WarningCode.CONSUMER_CAPITALISED: ("consumer-capitalised", "C. consom. L312-38, L312-39"),
    WarningCode.CONSUMER_FEES: ("consumer-fees", "C. consom. L312-38"),
    WarningCode.CONSUMER_FEES_NOT_CLAIMED: ("consumer-fees-not-claimed", "C. consom. L312-38"),
    WarningCode.CONSUMER_INDEMNITY_CAP: ("consumer-indemnity-cap", "C. consom. L312-39, D312-16"),
}


@dataclass(frozen=True, slots=True)
class Check:
    """One check's outcome; ``message`` is an English source (``Domain`` context)."""

    code: str
    severity: Severity
    message: str
    params: Mapping[str, ParamValue]
    reference: str

    def text(self) -> str:
        return render(self.message, self.params)


def check_of(warning: GuardrailWarning) -> Check:
    code, reference = CHECK_CODES[warning.code]
    return Check(code, warning.severity, warning.message, warning.params, reference)


@dataclass(frozen=True, slots=True)
class CreditChecks:
    checks: tuple[Check, ...]
    usury: UsuryFinding

    @property
    def blocking(self) -> bool:
        return any(check.severity is Severity.BLOCKING for check in self.checks)


def _not_assessed(code: str, reference: str) -> Check:
    return Check(
        code,
        Severity.INFO,
        QT_TRANSLATE_NOOP("Domain", "Not checked: no household budget was given"),
        {},
        reference,
    )


def credit_checks(
    schedule: Schedule,
    *,
    start: date,
    kind: CreditKind,
    policy: Policy,
) -> CreditChecks:
    """The checks of a credit on its own (no case): usury at *start* for its *kind*,
    the judicial-grace and over-indebtedness benchmarks on its length, and the
    affordability checks, which need a budget (said so when there is none)."""
    months = plan_months(start, schedule.end_date)
    finding = usury_finding(
        apr=schedule.apr,
        credit=schedule.terms.principal,
        months=months,
        kind=kind,
        on=start,
        policy=policy,
    )
    warnings = [
        warning
        for warning in (
            finding.warning,
            overindebtedness_benchmark(months, policy),
            court_benchmark(months, policy),
        )
        if warning is not None
    ]
    checks = [check_of(warning) for warning in warnings]
    checks.append(_not_assessed(*CHECK_CODES[WarningCode.EFFORT_RATE]))
    checks.append(_not_assessed(*CHECK_CODES[WarningCode.RESTE_A_VIVRE]))
    return CreditChecks(tuple(checks), finding)
