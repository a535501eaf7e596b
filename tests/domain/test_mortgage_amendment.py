"""The reflection period of a mortgage amendment, from the text and its counting.

C. consom. L313-39: "L'emprunteur dispose d'un délai de réflexion de dix jours à compter
de la réception des informations". CPC art. 641: the day of receipt does not count. So
an amendment received on 1 December 2026 gives ten days from 2 to 11 December; the client
may accept from 12 December, "le 11ème jour suivant réception" as practitioners put it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from recouvrement_desktop.domain.mortgage_amendment import (
    REFLECTION_DAYS,
    earliest_acceptance,
    may_accept,
)
from recouvrement_desktop.domain.recovery import LoanCategory
from recouvrement_desktop.domain.rescheduling import (
    CaseDebt,
    Contract,
    RestructuringRequest,
    reschedule,
)
from recouvrement_desktop.domain.schedule import ByPeriods


def test_ten_days_from_the_day_after_receipt() -> None:
    assert REFLECTION_DAYS == 10
    received = date(2026, 12, 1)
    reflection = [date(2026, 12, day) for day in range(2, 12)]  # 2 … 11 December
    assert len(reflection) == 10
    assert earliest_acceptance(received) == date(2026, 12, 12)
    assert not any(may_accept(received, day) for day in [received, *reflection])
    assert may_accept(received, date(2026, 12, 12))


def test_across_a_month_and_a_year_end() -> None:
    # Received on 25 December: 26 … 31 December (6 days) and 1 … 4 January (4 days).
    assert earliest_acceptance(date(2026, 12, 25)) == date(2027, 1, 5)
    # Received on 20 February 2028 (a leap year): 21 … 29 February (9), 1 March (1).
    assert earliest_acceptance(date(2028, 2, 20)) == date(2028, 3, 2)


# ------------------------------------------- TAEG and cost on the remaining flows


def _independent_amendment(
    principal: float, rate_pct: float, periods: int, insurance: float, fees: float
) -> tuple[float, float, float]:
    """(instalment, TAEG, cost) of an amendment, computed here from its future flows only:
    a level annuity rounded to the cent, each month's interest rounded to the cent, the
    last instalment settling the balance; the TAEG solves, by bisection, the equation of
    directive 2008/48/EC Annex I (time in years of 12 equal months) between the amount
    lent net of the fees and the instalments with insurance."""
    i = rate_pct / 1200
    instalment = round(principal * i / (1 - (1 + i) ** -periods), 2)
    balance, interest_total = principal, 0.0
    flows: list[float] = []
    for k in range(1, periods + 1):
        interest = round(balance * i, 2)
        repaid = balance if k == periods else instalment - interest
        balance = round(balance - repaid, 2)
        interest_total += interest
        flows.append(repaid + interest + insurance)

    def present_value(x: float) -> float:
        return float(sum(flow / (1 + x) ** (k / 12) for k, flow in enumerate(flows, 1)))

    low, high = 0.0, 1.0
    for _ in range(200):
        middle = (low + high) / 2
        low, high = (middle, high) if present_value(middle) > principal - fees else (low, middle)
    return instalment, low, round(interest_total + insurance * periods + fees, 2)


def test_the_amendment_s_taeg_and_cost_are_those_of_its_future_flows() -> None:
    """C. consom. L313-39: the amendment's TAEG and cost of credit are "calculés sur la
    base des seuls échéances et frais à venir". 120 000 EUR outstanding and 1 840 EUR of
    arrears capitalised, 240 months at 2.10 %, 400 EUR of fees, 25 EUR of insurance."""
    contract = Contract(
        rate_pct=Decimal("2.10"),
        remaining_periods=200,
        next_due=date(2026, 12, 5),
        category=LoanCategory.MORTGAGE,
    )
    debt = CaseDebt(Decimal("120000.00"), contract, arrears=Decimal("1840.00"))
    request = RestructuringRequest(
        ByPeriods(240),
        date(2026, 11, 5),
        rate_pct=Decimal("2.10"),
        first_due=date(2026, 12, 5),
        insurance=Decimal("25.00"),
        signature_fees=Decimal("400.00"),
    )
    schedule = reschedule(debt, request).schedule
    instalment, taeg, cost = _independent_amendment(121840.00, 2.10, 240, 25.00, 400.00)
    assert schedule.installment == Decimal(str(instalment))
    assert abs(float(schedule.apr) - taeg) < 1e-7
    assert abs(float(schedule.total_cost) - cost) <= 0.01
    # The past plays no part: another history of the same debt, the same amendment.
    older = replace(
        debt, contract=replace(contract, rate_pct=Decimal("4.50"), remaining_periods=60)
    )
    again = reschedule(older, request).schedule
    assert (again.apr, again.total_cost) == (schedule.apr, schedule.total_cost)
