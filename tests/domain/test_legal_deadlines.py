"""Legal deadlines against examples worked by hand from the texts:

- Code civil art. 1342-10: a payment the debtor did not assign goes to the debts due,
  the oldest first;
- Code de la consommation art. R312-35: two years from the first unregularised payment
  incident; after a rescheduling, from the first incident after it; for an overdraft,
  from the overrun not regularised at the end of the three months of art. L312-93;
- Code de procédure civile art. 641: a period in months or years ends on the day of the
  same number, the month's last day when there is none.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from recouvrement_desktop.domain.legal_deadlines import (
    DeadlineRule,
    Forclusion,
    ForclusionState,
    Instalment,
    Payment,
    expiry_from,
    first_uncovered,
    first_unregularised,
    forclusion,
    rule_of,
)
from recouvrement_desktop.domain.recovery import LoanCategory

D = Decimal

# A personal loan of 300.00 a month, due on the 5th.
MONTHLY = [Instalment(date(2025, month, 5), D("300.00")) for month in range(1, 7)]


def test_no_payment_leaves_the_first_instalment_unpaid() -> None:
    assert first_unregularised(MONTHLY, [], date(2025, 4, 30)) == date(2025, 1, 5)


def test_payments_go_to_the_oldest_instalments_first() -> None:
    # January, February and March unpaid on 1 April; 450.00 paid on 10 April pays
    # January whole (300.00) and 150.00 of February: February is the first unpaid.
    payments = [Payment(date(2025, 4, 10), D("450.00"))]
    assert first_unregularised(MONTHLY, payments, date(2025, 4, 30)) == date(2025, 2, 5)
    # 150.00 more on 20 April completes February: March is now the first unpaid,
    # although the payment came after the April instalment fell due.
    payments.append(Payment(date(2025, 4, 20), D("150.00")))
    assert first_unregularised(MONTHLY, payments, date(2025, 4, 30)) == date(2025, 3, 5)


def test_a_payment_after_the_day_asked_about_does_not_count() -> None:
    payments = [Payment(date(2025, 5, 2), D("300.00"))]
    assert first_unregularised(MONTHLY, payments, date(2025, 4, 30)) == date(2025, 1, 5)
    assert first_unregularised(MONTHLY, payments, date(2025, 5, 2)) == date(2025, 2, 5)


def test_everything_due_paid_means_nothing_unregularised() -> None:
    # Four instalments due by 30 April (1 200.00), 1 200.00 paid: nothing unpaid today;
    # the next uncovered instalment, May's, is not due yet.
    payments = [Payment(date(2025, 4, 6), D("1200.00"))]
    assert first_unregularised(MONTHLY, payments, date(2025, 4, 30)) is None
    uncovered = first_uncovered(MONTHLY, payments)
    assert uncovered == Instalment(date(2025, 5, 5), D("300.00"))
    assert first_uncovered(MONTHLY, [Payment(date(2025, 7, 1), D("1800.00"))]) is None


def test_instalments_given_out_of_order_are_imputed_by_due_date() -> None:
    shuffled = [MONTHLY[2], MONTHLY[0], MONTHLY[1]]
    payments = [Payment(date(2025, 3, 31), D("300.00"))]
    assert first_unregularised(shuffled, payments, date(2025, 3, 31)) == date(2025, 2, 5)


def test_consumer_credit_forclusion_is_two_years_after_the_first_unpaid_instalment() -> None:
    result = forclusion(LoanCategory.PERSONAL_LOAN, date(2025, 2, 5), date(2026, 12, 3))
    assert result == Forclusion(ForclusionState.RUNNING, date(2025, 2, 5), date(2027, 2, 5))
    assert result.days_left(date(2026, 12, 3)) == 64
    assert result.reference == "C. consom. art. R312-35"
    # Same rule for the other consumer credits.
    for category in (LoanCategory.CAR_LOAN, LoanCategory.REVOLVING_CREDIT):
        assert rule_of(category) is DeadlineRule.CONSUMER
        assert forclusion(category, date(2025, 2, 5), date(2026, 12, 3)).expires_on == date(
            2027, 2, 5
        )


def test_the_leap_day_plus_two_years_is_the_last_day_of_february() -> None:
    # 29 February 2024 + 2 years: 2026 has no 29 February, the period ends on the 28th.
    assert expiry_from(date(2024, 2, 29)) == date(2026, 2, 28)
    result = forclusion(LoanCategory.CAR_LOAN, date(2024, 2, 29), date(2026, 2, 1))
    assert result.expires_on == date(2026, 2, 28)
    # From 28 February 2026, two years end on 28 February 2028 (not on the 29th).
    assert expiry_from(date(2026, 2, 28)) == date(2028, 2, 28)


def test_a_signed_rescheduling_restarts_the_two_years_from_its_own_first_unpaid() -> None:
    # Old contract unpaid since 5 January 2024: forclusion on 5 January 2026. An
    # agreement signed on 15 June 2025 reschedules it in instalments of 200.00 from
    # 10 July 2025; the client pays July, August and 100.00 in September.
    agreement = [Instalment(date(2025, month, 10), D("200.00")) for month in range(7, 13)]
    paid = [
        Payment(date(2025, 7, 10), D("200.00")),
        Payment(date(2025, 8, 11), D("200.00")),
        Payment(date(2025, 9, 12), D("100.00")),
    ]
    today = date(2025, 12, 1)
    restart = first_unregularised(agreement, paid, today)
    assert restart == date(2025, 9, 10)  # September is the first not paid whole
    result = forclusion(
        LoanCategory.PERSONAL_LOAN,
        date(2024, 1, 5),
        today,
        rescheduled_first_unpaid=restart,
        rescheduled=True,
    )
    assert result == Forclusion(ForclusionState.RUNNING, date(2025, 9, 10), date(2027, 9, 10))


def test_a_rescheduling_being_paid_stops_the_forclusion_running() -> None:
    result = forclusion(
        LoanCategory.PERSONAL_LOAN,
        date(2024, 1, 5),
        date(2025, 12, 1),
        rescheduled_first_unpaid=date(2026, 1, 10),  # next instalment, not due yet
        rescheduled=True,
    )
    assert result.state is ForclusionState.NOT_RUNNING
    assert result.expires_on is None


def test_an_overdraft_counts_from_the_overrun_still_there_after_three_months() -> None:
    # Overrun since 31 March 2025: not regularised on 30 June 2025 (three months, the
    # month's last day), so the two years run to 30 June 2027.
    result = forclusion(LoanCategory.OVERDRAFT, date(2025, 3, 31), date(2025, 12, 1))
    assert result == Forclusion(ForclusionState.RUNNING, date(2025, 6, 30), date(2027, 6, 30))
    # Before the three months are over, the forclusion does not run yet.
    early = forclusion(LoanCategory.OVERDRAFT, date(2025, 3, 31), date(2025, 6, 29))
    assert early == Forclusion(ForclusionState.NOT_RUNNING, date(2025, 6, 30), None)


def test_a_mortgage_has_no_forclusion() -> None:
    result = forclusion(LoanCategory.MORTGAGE, date(2024, 1, 5), date(2026, 12, 3))
    assert result.state is ForclusionState.NOT_APPLICABLE
    assert result.expires_on is None
    assert result.reference == "C. consom. art. L218-2"


@pytest.mark.parametrize("category", list(LoanCategory))
def test_nothing_unpaid_means_no_forclusion(category: LoanCategory) -> None:
    assert forclusion(category, None, date(2026, 12, 3)).expires_on is None
