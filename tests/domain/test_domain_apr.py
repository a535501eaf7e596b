"""TAEG / APR: the worked examples of the EU consumer-credit directives.

Sources (public, independent of this code):

* Directive 98/7/EC of 16 February 1998 amending Directive 87/102/EEC, Annex III
  "Examples of calculation" (the APR equation is unchanged in Directive
  2008/48/EC, Annex I):
  - first example: ECU 1 000 lent on 1 January 1994, repaid by ECU 1 200 on
    1 July 1995 (546 days, calendar basis): 12,96 % with two decimals;
  - second example: same, but the creditor retains ECU 50 of expenses, so ECU 950
    are lent: "rounded to 16,9 %";
  - third example: ECU 1 000 repaid by two amounts of ECU 600 after one and two
    years: i = 0,1306623, 13,07 % with two decimals.
* The equivalent annual rate of a proportional monthly rate, (1 + r/12)^12 - 1,
  computed in the test with 50-digit Decimal arithmetic.
"""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recouvrement_desktop.domain.apr import (
    MAX_APR,
    apr_of_flows,
    apr_of_regular_payments,
    equivalent_annual_rate,
    percent_2dp,
)
from recouvrement_desktop.domain.calendar import Frequency
from recouvrement_desktop.domain.errors import DomainError

D = Decimal


def test_directive_example_1_single_repayment() -> None:
    apr = apr_of_flows(D(1000), [(D(546) / D(365), D(1200))])
    assert percent_2dp(apr) == D("12.96")


def test_directive_example_2_fees_retained() -> None:
    apr = apr_of_flows(D(950), [(D(546) / D(365), D(1200))])
    assert (apr * 100).quantize(D("0.1")) == D("16.9")


def test_directive_example_3_two_annual_repayments() -> None:
    apr = apr_of_flows(D(1000), [(D(1), D(600)), (D(2), D(600))])
    assert abs(apr - D("0.1306623")) < D("1E-7")
    assert percent_2dp(apr) == D("13.07")
    # Same cash flows through the fast regular-grid solver (one period per year).
    fast = apr_of_regular_payments(D(1000), [D(600), D(600)], periods_per_year=1)
    assert abs(fast - apr) < D("1E-9")


def _exact_annuity(principal: Decimal, periodic: Decimal, n: int) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 50
        if periodic == 0:
            return principal / n
        return principal * periodic / (1 - (1 + periodic) ** -n)


@settings(max_examples=60, deadline=None)
@given(
    rate_hundredths=st.integers(1, 3000),
    n=st.integers(1, 360),
    frequency=st.sampled_from(list(Frequency)),
)
def test_apr_of_exact_annuity_is_the_equivalent_annual_rate(
    rate_hundredths: int, n: int, frequency: Frequency
) -> None:
    """Without fees or insurance the TAEG is (1 + r/p)^p - 1, to far better than 1e-6."""
    p = frequency.periods_per_year
    with localcontext() as ctx:
        ctx.prec = 50
        periodic = D(rate_hundredths) / D(10000) / p
        expected = (1 + periodic) ** p - 1
    payment = _exact_annuity(D(100000), periodic, n)
    apr = apr_of_regular_payments(D(100000), [payment] * n, periods_per_year=p)
    assert abs(apr - expected) < D("1E-9")
    assert abs(equivalent_annual_rate(periodic, p) - expected) < D("1E-20")


def test_apr_with_a_broken_first_period() -> None:
    # One payment of 1 100 half a year after lending 1 000: 1.1^2 - 1 = 21 %.
    apr = apr_of_regular_payments(
        D(1000), [D(1100)], periods_per_year=1, first_period_fraction=D("0.5")
    )
    assert abs(apr - D("0.21")) < D("1E-9")


def test_zero_and_negative_rates() -> None:
    assert apr_of_regular_payments(D(1200), [D(100)] * 12, periods_per_year=12) == 0
    assert apr_of_regular_payments(D(1200), [D(99)] * 12, periods_per_year=12) < 0


@pytest.mark.parametrize(
    ("amount", "payments"),
    [(D(0), [D(1)]), (D(100), []), (D(100), [D(0), D(0)]), (D(100), [D(-1), D(200)])],
)
def test_impossible_apr(amount: Decimal, payments: list[Decimal]) -> None:
    with pytest.raises(DomainError) as info:
        apr_of_regular_payments(amount, payments, periods_per_year=12)
    assert info.value.message == "The APR of this plan cannot be computed"


@pytest.mark.parametrize(
    ("amount", "payments", "periods_per_year"),
    [(D("0.01"), [D(1)], 12), (D("0.01"), [D(1_000_000_000)] * 600, 12), (D(1), [D(2)], 365)],
)
def test_an_apr_out_of_all_proportion_is_refused_clearly(
    amount: Decimal, payments: list[Decimal], periods_per_year: int
) -> None:
    """A few cents actually lent against huge fees or insurance: the rate would not even
    fit its quantum. The refusal says why instead of failing in the decimal module."""
    with pytest.raises(DomainError) as info:
        apr_of_regular_payments(amount, payments, periods_per_year=periods_per_year)
    assert info.value.message.startswith("The APR would exceed {max}")
    assert info.value.params == {"max": MAX_APR * 100}


def test_the_highest_meaningful_apr_is_still_given() -> None:
    """Half the amount kept as fees over one month: 409,500 %, under the ceiling."""
    apr = apr_of_regular_payments(D(500), [D(1000)], periods_per_year=12)
    assert apr == D(4095)
