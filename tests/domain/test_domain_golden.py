"""Golden figures: schedules and assessments exactly as the engine gave them before.

The schedule builder and the guardrails were split into steps and rules ("Readable
builders"); the window, the kept offers and the sealed agreements depend on their
figures and warnings to the byte.  This module computes a fixed corpus (every
frequency, both methods, both grace kinds, the three sizings, zero and high rates,
fees, insurance, spread amounts, broken first periods, amounts spelled with other
exponents, invalid inputs; plans with every treatment, usury table, delegation and
affordability figure) and compares the digest of each result, written out exactly
(``Decimal`` exponents, parameter types, error fields), with ``golden_digests.json``.

The digests were recorded from the code before the refactor.  Regenerate them only
for an intended change of figures, and say so in the commit:
``uv run python tests/domain/test_domain_golden.py --write``.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from recouvrement_desktop.domain.affordability import Budget, evaluate
from recouvrement_desktop.domain.calendar import Frequency
from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.guardrails import assess
from recouvrement_desktop.domain.policy import (
    DelegationLimits,
    Household,
    Policy,
    UsuryCategory,
    UsuryTable,
    UsuryThreshold,
)
from recouvrement_desktop.domain.recovery import LoanCategory
from recouvrement_desktop.domain.rescheduling import (
    CaseDebt,
    ComponentTreatment,
    Contract,
    RestructuringRequest,
    Treatment,
    reschedule,
)
from recouvrement_desktop.domain.schedule import (
    ByEndDate,
    ByInstallment,
    ByPeriods,
    Grace,
    GraceKind,
    LoanTerms,
    Method,
    Sizing,
    build_schedule,
    max_periods,
)
from tests.domain.usury_fixture import TEST_POLICY as DEMO_POLICY

D = Decimal
GOLDEN = Path(__file__).with_name("golden_digests.json")


def exact(value: object) -> str:
    """The value written out exactly: types, ``Decimal`` exponents, field names."""
    if isinstance(value, Enum):  # before str: most of ours are StrEnum
        return f"{type(value).__name__}.{value.name}"
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    if isinstance(value, Decimal):
        return f"{type(value).__name__}({str(value)!r})"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, DomainError):
        return f"DomainError({value.message!r}, {exact(value.params)}, {value.field!r})"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = (f"{f.name}={exact(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({', '.join(fields)})"
    if isinstance(value, tuple | list):
        return f"[{', '.join(exact(item) for item in value)}]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{exact(k)}: {exact(v)}" for k, v in value.items()) + "}"
    raise TypeError(type(value))


def outcome(compute: Callable[[], object]) -> str:
    """The result, or the domain error it raised (errors are behaviour too)."""
    try:
        return exact(compute())
    except DomainError as error:
        return "raises " + exact(error)


# ------------------------------------------------------------------------ the corpus

# Lengths pairwise coprime where it matters, so that walking them together with one
# index meets most pairs of values.
FREQUENCIES = tuple(Frequency)  # 5
GRACES = (
    Grace(),
    Grace(2, GraceKind.INTEREST_ONLY),
    Grace(3, GraceKind.CAPITALIZED),
)  # 3
RATES = (D(0), D("0.0001"), D("3.9"), D("4.35"), D("12.5"), D("21"), D("99.9999"))  # 7
PRINCIPALS = (
    D("0.05"),
    D("1500.00"),
    D("10000"),
    D("182500.00"),
    D("250000.000"),
    D("1.2E+5"),
    D("999999999.99"),
    D("9000.01"),
    D("12.5"),
    D("3000.00"),
    D("750.00"),
)  # 11
STARTS = (
    date(2026, 1, 31),
    date(2026, 11, 5),
    date(2024, 2, 29),
    date(2025, 12, 15),
    date(2026, 3, 1),
    date(2027, 8, 30),
    date(2026, 6, 10),
    date(2025, 1, 1),
    date(2026, 12, 31),
    date(2028, 5, 20),
    date(2026, 4, 30),
    date(2026, 2, 28),
    date(2030, 10, 3),
)  # 13
PERIODS = (1, 2, 7, 12, 24, 25, 61, 84, 120, 240, 360, 600)


def _sizing(k: int, frequency: Frequency, start: date, principal: Decimal) -> Sizing:
    periods = PERIODS[k % len(PERIODS)]
    if k % 17:  # else too long on purpose, for some frequencies
        periods = min(periods, max_periods(frequency))
    match k % 4:
        case 0 | 1:
            return ByPeriods(periods)
        case 2:
            level = principal / min(periods, 24) * D("1.02") + principal * D("0.004")
            return ByInstallment(level.quantize(D("0.01")))
        case _:
            months = min(periods, 240) * frequency.months
            return ByEndDate(date(start.year + months // 12, start.month, min(start.day, 28)))


def _costs(k: int, principal: Decimal) -> dict[str, object]:
    match k % 6:
        case 0:
            return {}
        case 1:
            return {"fees": D("250.00"), "insurance": D("12.50")}
        case 2:
            return {"extras": (D("95.40"), D("95.40"), D("95.43"))}
        case 3:
            return {"insurance": D("28.5"), "extras": (D("1179.16"),), "payment_day": 31}
        case 4:
            return {"fees": (principal / 50).quantize(D("0.01")), "first_due": None}
        case _:
            return {"extras": tuple(D("10.00") for _ in range(8)), "payment_day": 5}


def _first_due(k: int, start: date) -> dict[str, object]:
    match k % 5:
        case 0:
            return {
                "first_due": date(start.year + (start.month + 1) // 13, start.month % 12 + 1, 20)
            }
        case 1:
            return {"payment_day": 1 + k % 31}
        case _:
            return {}


def schedule_cases() -> Iterator[tuple[str, LoanTerms]]:
    """About 400 terms; some are invalid on purpose."""
    for k in range(420):
        frequency = FREQUENCIES[k % 5]
        start = STARTS[k % 13]
        principal = PRINCIPALS[k % 11]
        extra = _first_due(k // 7, start) | _costs(k // 3, principal)
        terms = LoanTerms(
            principal=principal,
            rate_pct=RATES[k % 7],
            sizing=_sizing(k // 2, frequency, start, principal),
            start=start,
            frequency=frequency,
            method=Method.ANNUITY if k % 2 else Method.CONSTANT_PRINCIPAL,
            grace=GRACES[k % 3],
            **extra,  # type: ignore[arg-type]
        )
        yield f"schedule {k:03}", terms


CONTRACTS = (
    Contract(D("6.5"), 24, date(2026, 12, 5), category=LoanCategory.PERSONAL_LOAN),
    Contract(
        D("4.2"), 300, date(2026, 12, 5), insurance=D("30.00"), category=LoanCategory.MORTGAGE
    ),
    Contract(D("19.5"), 0, date(2026, 11, 20), category=LoanCategory.REVOLVING_CREDIT),
    Contract(D("2.9"), 36, date(2026, 11, 28), category=LoanCategory.CAR_LOAN),
    Contract(D("9.9"), 6, date(2026, 12, 1), Frequency.QUARTERLY, category=LoanCategory.OVERDRAFT),
)
TREATMENTS = (
    ComponentTreatment(),
    ComponentTreatment(Treatment.WAIVE),
    ComponentTreatment(Treatment.SPREAD, spread_periods=6),
    ComponentTreatment(Treatment.ADD_TO_FIRST),
    ComponentTreatment(Treatment.CAPITALIZE, waived=D("150.00")),
)
POLICIES = (
    DEMO_POLICY,
    dataclasses.replace(DEMO_POLICY, usury_table=UsuryTable(())),
    dataclasses.replace(
        DEMO_POLICY,
        delegation=DelegationLimits(D("150.00"), 12, D("4.00")),
        usury_table=UsuryTable(
            (UsuryThreshold(UsuryCategory.CONSUMER_OVER_6000, date(2026, 1, 1), D("6.00")),)
        ),
    ),
    dataclasses.replace(
        DEMO_POLICY,
        delegation=DelegationLimits(D("0.00"), 0, D(100)),
        court_benchmark_months=12,
        overindebtedness_benchmark_months=60,
        max_effort_rate_pct=D(33),
    ),
)
AFFORDABILITY: tuple[dict[str, Decimal], ...] = (
    {},
    {"effort_rate_pct": D("35.01"), "reste_a_vivre": D("699.99"), "reste_a_vivre_floor": D("700")},
    {"effort_rate_pct": D("35.00"), "reste_a_vivre": D("700.00"), "reste_a_vivre_floor": D("700")},
    {"effort_rate_pct": D("12.5"), "reste_a_vivre": D("-40.00")},
    {"reste_a_vivre": D("100.00"), "reste_a_vivre_floor": D("1300.00")},
    {"effort_rate_pct": D("33.01")},
)
BUDGET = Budget(D("2100.00"), D("650.00"), D("120.00"), D("80.00"), Household(2, 1))


def plan_cases() -> Iterator[tuple[str, str, Callable[[], object]]]:
    """150 plans, each assessed with and without affordability figures."""
    for k in range(150):
        contract = CONTRACTS[k % 5]
        debt = CaseDebt(
            D("9000.00") + D(k * 713 % 20000),
            contract,
            arrears=D("900.00"),
            late_interest=D("185.40") if k % 3 else D(0),
            fees=D("60.00"),
            penalties=D("200.00"),
        )
        request = RestructuringRequest(
            ByPeriods(PERIODS[k % 11]) if k % 4 else ByInstallment(D("412.30")),
            date(2026, 11, 5),
            rate_pct=(None, D("3.99"), D("4.00"), D("8.46"), D("8.47"), D("9.5"), D(0))[k % 7],
            arrears=TREATMENTS[k % 5],
            late_interest=TREATMENTS[(k // 5) % 5],
            penalties=TREATMENTS[(k // 2) % 5],
            down_payment=D("500.00") if k % 6 == 0 else D(0),
            grace=GRACES[k % 3] if k % 11 > 1 else Grace(),
        )
        policy: Policy = POLICIES[k % 4]
        figures = AFFORDABILITY[k % 6]

        def compute(
            debt: CaseDebt = debt,
            request: RestructuringRequest = request,
            policy: Policy = policy,
            figures: dict[str, Any] = figures,
        ) -> object:
            plan = reschedule(debt, request)
            return (
                plan,
                assess(plan, policy),
                assess(plan, policy, **figures),
                evaluate(plan, policy, BUDGET),
            )

        inputs = f"{debt!r} {request!r} {policy!r} {figures!r}"
        yield f"plan {k:03}", inputs, compute


def corpus() -> dict[str, tuple[str, str]]:
    """Label -> (inputs, exact result) of every case."""
    cases: dict[str, tuple[str, str]] = {}
    for label, terms in schedule_cases():
        cases[label] = repr(terms), outcome(functools.partial(build_schedule, terms))
    for label, inputs, compute in plan_cases():
        cases[label] = inputs, outcome(compute)
    return cases


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


# ------------------------------------------------------------------------ the tests


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[str, str]]:
    return corpus()


def test_figures_and_warnings_are_the_recorded_ones(results: dict[str, tuple[str, str]]) -> None:
    recorded: dict[str, str] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert results.keys() == recorded.keys(), "the corpus changed: regenerate on purpose"
    changed = [label for label, (_, text) in results.items() if recorded[label] != digest(text)]
    if changed:
        inputs, text = results[changed[0]]
        pytest.fail(f"{len(changed)} results changed; first {changed[0]}: {inputs}\n-> {text}")


def test_corpus_reaches_every_outcome(results: dict[str, tuple[str, str]]) -> None:
    """The digests are only worth the corpus: it must reach what it claims to."""
    texts = [text for _, text in results.values()]
    raised = [t for t in texts if t.startswith("raises")]
    assert 0.05 < len(raised) / len(texts) < 0.5
    for code in (
        "USURY",
        "USURY_UNKNOWN",
        "COURT_BENCHMARK",
        "OVERINDEBTEDNESS_BENCHMARK",
        "EFFORT_RATE",
        "RESTE_A_VIVRE",
        "DELEGATION_WAIVER",
        "DELEGATION_EXTENSION",
        "DELEGATION_RATE",
    ):
        assert any(f"WarningCode.{code}," in t for t in texts), code
    built = [t for t in texts if not t.startswith("raises")]
    for feature in (
        "kind=GraceKind.CAPITALIZED",
        "kind=GraceKind.INTEREST_ONLY",
        "sizing=ByInstallment(",
        "sizing=ByEndDate(",
        "method=Method.CONSTANT_PRINCIPAL",
        "rate_pct=Decimal('0')",
        "extras=[Decimal(",
        "payment_day=31",
    ):
        assert any(feature in t for t in built), feature
    broken_first = re.compile(r"start=\d{4}-\d\d-(?!20)\d\d, .*first_due=\d{4}-\d\d-20,")
    assert any(broken_first.search(t) for t in built)


if __name__ == "__main__":  # pragma: no cover - regenerates the digests
    if sys.argv[1:] != ["--write"]:
        pytest.exit("usage: test_domain_golden.py --write")
    digests = {label: digest(text) for label, (_, text) in corpus().items()}
    GOLDEN.write_text(json.dumps(digests, indent=0, sort_keys=True) + "\n", encoding="utf-8")
