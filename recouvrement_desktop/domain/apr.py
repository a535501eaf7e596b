"""TAEG / APR: the actuarial rate of the EU consumer-credit directive.

Directive 2008/48/EC, Annex I: the APR ``X`` equates the present value of the
amounts lent with the present value of everything the client pays (instalments,
insurance, fees), time being measured in years of 12 equal months.  There is no
closed form; the equation is solved with a safeguarded Newton method (bisection
whenever a Newton step leaves the bracket), to far better than the 1e-6 the issue
asks for, then quantized so that the result is the same on every machine.

Rates returned by this module are *fractions* (``Decimal("0.0459")`` is 4.59 %).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, localcontext
from typing import Final

from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError, Percent
from recouvrement_desktop.domain.money import DOMAIN_CONTEXT, HUNDRED, ZERO

__all__ = [
    "APR_QUANTUM",
    "apr_of_flows",
    "apr_of_regular_payments",
    "equivalent_annual_rate",
    "percent_2dp",
]

# Results are quantized to 1e-10 (as a fraction), i.e. 1e-8 percentage points.
APR_QUANTUM: Final = Decimal("1E-10")
_ONE: Final = Decimal(1)
_TWO: Final = Decimal(2)
# Newton converges quadratically: once a step is below 1e-15 (relative), the error
# left is far below the 1e-10 quantum of the result.
_TOLERANCE: Final = Decimal("1E-15")
_MAX_ITERATIONS: Final = 400
_PERCENT_2DP: Final = Decimal("0.01")
# Beyond 1,000,000 % a rate means nothing, and far beyond it the result no longer fits the
# quantum (absurd fees or insurance against a few cents actually lent).
MAX_APR: Final = Decimal(10_000)


def percent_2dp(rate: Decimal) -> Decimal:
    """A fraction shown as a percentage with two decimals (``0.045939`` → ``4.59``)."""
    return (rate * HUNDRED).quantize(_PERCENT_2DP, context=DOMAIN_CONTEXT)


def equivalent_annual_rate(periodic_rate: Decimal, periods_per_year: int) -> Decimal:
    """``(1 + r)^p - 1``: the actuarial annual rate of a proportional periodic rate."""
    with localcontext(DOMAIN_CONTEXT):
        return (_ONE + periodic_rate) ** periods_per_year - _ONE


def _no_solution() -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP("Domain", "The APR of this plan cannot be computed"))


def _meaningful(rate: Decimal) -> Decimal:
    """*rate* quantized, or a clear refusal when it is beyond any meaningful rate."""
    if rate > MAX_APR:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "Domain",
                "The APR would exceed {max}: fees, insurance or grace dwarf the amount lent",
            ),
            {"max": Percent(MAX_APR * HUNDRED)},
        )
    return rate.quantize(APR_QUANTUM)


def apr_of_regular_payments(
    amount: Decimal,
    payments: Sequence[Decimal],
    *,
    periods_per_year: int,
    first_period_fraction: Decimal = _ONE,
    guess: Decimal | None = None,
) -> Decimal:
    """APR of *amount* received at t=0 and *payments* due every ``1/periods_per_year``.

    The first payment is due ``first_period_fraction`` periods after t=0 (1 for a
    regular first period), payment ``k`` at ``first_period_fraction + k`` periods.

    The unknown is the periodic discount factor ``v = (1 + X)^(-1/p)``: the equation
    ``v^a · Σ payments[k] · v^k = amount`` is evaluated with Horner's scheme (3
    operations per payment), which keeps a 360-instalment APR well under a millisecond
    per iteration.  ``X = v^(-p) - 1`` with an integer power, exact to the context.
    *guess*, a periodic rate close to the answer (the nominal one), saves iterations;
    it never changes the result beyond the quantum.
    """
    if amount <= ZERO or not payments or any(p < ZERO for p in payments):
        raise _no_solution()
    total = sum(payments, ZERO)
    if total <= ZERO:
        raise _no_solution()
    with localcontext(DOMAIN_CONTEXT):
        a = first_period_fraction
        regular = a == _ONE
        reversed_payments = tuple(reversed(payments))

        def g_and_slope(v: Decimal) -> tuple[Decimal, Decimal]:
            poly = ZERO
            slope = ZERO
            for p in reversed_payments:
                slope = slope * v + poly
                poly = poly * v + p
            if regular:
                return v * poly - amount, poly + v * slope
            va = v**a
            return va * poly - amount, a * va / v * poly + va * slope

        # g is increasing in v on (0, inf) and g(0+) = -amount < 0: bracket the root.
        lo = ZERO
        hi = _ONE
        g_hi, _ = g_and_slope(hi)
        while g_hi <= ZERO:
            lo = hi
            hi *= _TWO
            if hi > Decimal(1_000_000):
                raise _no_solution()
            g_hi, _ = g_and_slope(hi)
        # Start from the guess, else from the zero-rate factor, inside the bracket.
        v = _ONE / (_ONE + guess) if guess is not None and guess > -_ONE else _ONE
        if not lo < v <= hi:
            v = (lo + hi) / _TWO
        for _ in range(_MAX_ITERATIONS):
            g, slope = g_and_slope(v)
            if g == ZERO:
                break
            if g < ZERO:
                lo = v
            else:
                hi = v
            step = g / slope if slope > ZERO else ZERO
            candidate = v - step
            if slope <= ZERO or not lo < candidate < hi:
                candidate = (lo + hi) / _TWO
            if abs(candidate - v) <= _TOLERANCE * v:
                v = candidate
                break
            v = candidate
        else:  # pragma: no cover - Newton/bisection converges far earlier
            raise _no_solution()
        return _meaningful((_ONE / v) ** periods_per_year - _ONE)


def apr_of_flows(
    amount: Decimal,
    flows: Sequence[tuple[Decimal, Decimal]],
) -> Decimal:
    """APR of *amount* lent at t=0 and repaid by ``(time_in_years, payment)`` *flows*.

    The general form of the directive's equation, for irregular dates (the worked
    examples of Directive 98/7/EC Annex III, rescheduling cash flows).
    """
    if amount <= ZERO or not flows or any(t <= ZERO or d < ZERO for t, d in flows):
        raise _no_solution()
    if sum((d for _, d in flows), ZERO) <= ZERO:
        raise _no_solution()
    with localcontext(DOMAIN_CONTEXT):

        def f_and_slope(x: Decimal) -> tuple[Decimal, Decimal]:
            base = _ONE + x
            value = -amount
            slope = ZERO
            for t, d in flows:
                discounted = d * base ** (-t)
                value += discounted
                slope -= t * discounted / base
            return value, slope

        # f is decreasing in x on (-1, inf); f(x) -> +inf as x -> -1.
        lo = Decimal("-0.999999")
        hi = _ONE
        f_hi, _ = f_and_slope(hi)
        while f_hi > ZERO:
            lo = hi
            hi *= _TWO
            if hi > Decimal(1_000_000):
                raise _no_solution()
            f_hi, _ = f_and_slope(hi)
        x = ZERO if lo < ZERO < hi else (lo + hi) / _TWO
        for _ in range(_MAX_ITERATIONS):
            f, slope = f_and_slope(x)
            if f == ZERO:
                break
            if f > ZERO:
                lo = x
            else:
                hi = x
            candidate = x - f / slope if slope < ZERO else lo
            if slope >= ZERO or not lo < candidate < hi:
                candidate = (lo + hi) / _TWO
            if abs(candidate - x) <= _TOLERANCE:
                x = candidate
                break
            x = candidate
        else:  # pragma: no cover
            raise _no_solution()
        return x.quantize(APR_QUANTUM)
