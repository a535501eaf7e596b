"""Following an agreement's schedule: worked examples and properties."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from recouvrement_desktop.domain.agreement_followup import (
    InstalmentStatus,
    Tally,
    follow,
    next_check,
    progress,
)
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.legal_deadlines import Instalment, Payment
from recouvrement_desktop.domain.policy import DEMO_POLICY

PAID, DUE, LATE, MISSED = (
    InstalmentStatus.PAID,
    InstalmentStatus.DUE,
    InstalmentStatus.LATE,
    InstalmentStatus.MISSED,
)
# Twelve instalments of 150.00, due on the 5th from 5 January 2027.
PLAN = tuple(Instalment(add_months(date(2027, 1, 5), n), Decimal("150.00")) for n in range(12))
# 2.5 instalments: 150 on 4 January, 150 on 6 February, 75 on 3 March.
PAYMENTS = (
    Payment(date(2027, 1, 4), Decimal("150.00")),
    Payment(date(2027, 2, 6), Decimal("150.00")),
    Payment(date(2027, 3, 3), Decimal("75.00")),
)
GRACE = 10


def _statuses(today: date) -> list[InstalmentStatus]:
    return [state.status for state in follow(PLAN, PAYMENTS, today, GRACE)]


def test_the_policy_gives_ten_days_of_grace_by_default() -> None:
    assert DEMO_POLICY.instalment_grace_days == 10


def test_a_twelve_instalment_plan_paid_two_and_a_half_times() -> None:
    # Before anything is due: all due, the first one already paid.
    assert _statuses(date(2027, 1, 4)) == [PAID] + [DUE] * 11
    # On its due date an instalment is still due, the day after it is late.
    assert _statuses(date(2027, 2, 5))[:3] == [PAID, DUE, DUE]
    assert _statuses(date(2027, 2, 6))[:3] == [PAID, PAID, DUE]
    # March's instalment is half paid: late from 6 March, through the ten grace days...
    assert _statuses(date(2027, 3, 6))[:3] == [PAID, PAID, LATE]
    assert _statuses(date(2027, 3, 15))[:3] == [PAID, PAID, LATE]
    # ...missed from the eleventh day.
    states = follow(PLAN, PAYMENTS, date(2027, 3, 16), GRACE)
    assert [s.status for s in states] == [PAID, PAID, MISSED] + [DUE] * 9
    third = states[2]
    assert (third.number, third.covered, third.outstanding) == (3, Decimal(75), Decimal(75))
    assert third.missed_on == date(2027, 3, 16)
    # In May: March and April missed, May late, the rest to come.
    may = progress(follow(PLAN, PAYMENTS, date(2027, 5, 10), GRACE))
    assert may.paid == Tally(2, Decimal("300.00"))
    assert may.missed == Tally(2, Decimal("225.00"))  # 75 left on March, 150 on April
    assert may.late == Tally(1, Decimal("150.00"))
    assert may.due == Tally(7, Decimal("1050.00"))
    assert may.imputed == Decimal("375.00")
    assert may.default_since == date(2027, 3, 16)


def test_a_payment_after_the_grace_days_cures_the_default() -> None:
    catch_up = (*PAYMENTS, Payment(date(2027, 4, 2), Decimal("75.00")))
    states = follow(PLAN, catch_up, date(2027, 4, 2), GRACE)
    assert [s.status for s in states][:4] == [PAID, PAID, PAID, DUE]
    assert progress(states).default_since is None
    # A reversal of that payment (a negative one) puts it back into default.
    reversed_ = (*catch_up, Payment(date(2027, 4, 3), Decimal("-75.00")))
    assert progress(follow(PLAN, reversed_, date(2027, 4, 3), GRACE)).default_since == date(
        2027, 3, 16
    )


def test_payments_after_the_day_are_not_counted() -> None:
    assert _statuses(date(2027, 1, 3)) == [DUE] * 12


def test_the_next_check_is_the_day_the_first_unpaid_instalment_would_be_missed() -> None:
    assert next_check(follow(PLAN, PAYMENTS, date(2027, 3, 1), GRACE)) == date(2027, 3, 16)
    # March missed: the next one is April's.
    assert next_check(follow(PLAN, PAYMENTS, date(2027, 3, 20), GRACE)) == date(2027, 4, 16)
    # Everything paid: nothing left to check.
    whole = [Payment(date(2027, 1, 1), Decimal("1800.00"))]
    assert next_check(follow(PLAN, whole, date(2027, 1, 1), GRACE)) is None


amounts = st.decimals(min_value=Decimal("-200"), max_value=Decimal("900"), places=2)
days = st.integers(min_value=-30, max_value=500)


@given(
    payments=st.lists(st.tuples(days, amounts), max_size=12),
    today=days,
    grace=st.integers(min_value=0, max_value=30),
)
def test_what_is_imputed_never_exceeds_what_was_paid(
    payments: list[tuple[int, Decimal]], today: int, grace: int
) -> None:
    start = date(2027, 1, 1)
    day = start + timedelta(days=today)
    received = [Payment(start + timedelta(days=d), amount) for d, amount in payments]
    states = follow(PLAN, received, day, grace)
    paid = max(Decimal(0), sum((p.amount for p in received if p.received_on <= day), Decimal(0)))
    summary = progress(states)
    assert summary.imputed <= paid
    # Imputed oldest first: all of it, up to the plan's total.
    assert summary.imputed == min(paid, sum((i.amount for i in PLAN), Decimal(0)))
    assert all(Decimal(0) <= s.covered <= s.amount for s in states)
    # Instalments are covered in order: none after one that is not covered whole.
    covered_whole = [s.covered == s.amount for s in states]
    assert covered_whole == sorted(covered_whole, reverse=True)
    # Every instalment is in exactly one bucket.
    buckets = (summary.paid, summary.due, summary.late, summary.missed)
    assert sum(b.count for b in buckets) == len(PLAN)
    # A missed instalment is one whose grace days are over.
    for s in states:
        if s.status is MISSED:
            assert day >= s.due + timedelta(days=grace + 1)
    assert (summary.default_since is None) == (summary.missed.count == 0)
