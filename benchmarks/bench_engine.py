"""Speed of the rescheduling engine: can the simulator follow a slider live?

Run with ``uv run python benchmarks/bench_engine.py``.  Prints the median time of

* building a 360-instalment schedule (with its TAEG): target < 5 ms;
* computing the three proposals for a case (each a full plan with its schedule,
  TAEG, comparison with the contract and guardrails): target < 50 ms;

and the ratio of the median to the target (below 1.00 means on target).  The
fastest run shows the intrinsic cost when the machine is busy with other work.
No assertion: timings depend on the machine; the tests never time anything.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import timings_ms

from recouvrement_desktop.domain.affordability import Budget, propose
from recouvrement_desktop.domain.policy import DEMO_POLICY, Household
from recouvrement_desktop.domain.recovery import LoanCategory
from recouvrement_desktop.domain.rescheduling import (
    CaseDebt,
    ComponentTreatment,
    Contract,
    RestructuringRequest,
    Treatment,
)
from recouvrement_desktop.domain.schedule import (
    ByPeriods,
    LoanTerms,
    build_schedule,
)

D = Decimal


def report(name: str, function: Callable[[], object], runs: int, target_ms: float) -> bool:
    median, fastest, p95 = timings_ms(function, runs, warmup=3)
    ratio = median / target_ms
    verdict = "OK" if ratio < 1 else "TOO SLOW"
    print(
        f"{name:<40} median {median:6.2f} ms  min {fastest:6.2f} ms  p95 {p95:6.2f} ms  "
        f"target {target_ms:5.1f} ms  ratio {ratio:4.2f}  {verdict}"
    )
    return ratio < 1


def main() -> int:
    terms = LoanTerms(
        principal=D("250000.00"),
        rate_pct=D("4.35"),
        sizing=ByPeriods(360),
        start=date(2026, 1, 31),
        fees=D("1200.00"),
        insurance=D("28.50"),
    )
    schedule = build_schedule(terms)
    assert schedule.periods == 360

    debt = CaseDebt(
        outstanding_principal=D("182500.00"),
        contract=Contract(
            rate_pct=D("4.2"),
            remaining_periods=300,
            next_due=date(2026, 12, 5),
            insurance=D("30.00"),
            category=LoanCategory.MORTGAGE,
        ),
        arrears=D("4450.00"),
        late_interest=D("185.40"),
        fees=D("220.00"),
        penalties=D("900.00"),
    )
    request = RestructuringRequest(
        ByPeriods(1),
        date(2026, 11, 28),
        arrears=ComponentTreatment(Treatment.SPREAD, spread_periods=12),
    )
    budget = Budget(
        net_income=D("3900.00"),
        housing=D("0.00"),
        other_credits=D("150.00"),
        other_charges=D("200.00"),
        household=Household(adults=2, children=2),
    )
    proposals = propose(debt, request, budget, DEMO_POLICY)
    rows = [p.plan.schedule.periods for p in proposals]

    print(f"Python {sys.version.split()[0]}")
    ok = report("schedule, 360 monthly instalments", lambda: build_schedule(terms), 200, 5.0)
    ok &= report(
        f"three proposals ({'/'.join(map(str, rows))} rows)",
        lambda: propose(debt, request, budget, DEMO_POLICY),
        60,
        50.0,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
