"""The call script's situation, chosen from plain facts of a case."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from recouvrement_desktop.domain.call_scripts import (
    CallFacts,
    CallSituation,
    MissedInstalment,
    call_situation,
    first_missed_instalment,
)


@pytest.mark.parametrize(
    ("broken", "missed", "reached", "expected"),
    [
        (False, False, False, CallSituation.FIRST_CONTACT),
        (False, False, True, CallSituation.FOLLOW_UP),
        (True, False, True, CallSituation.BROKEN_PROMISE),
        (True, False, False, CallSituation.BROKEN_PROMISE),  # a promise is a contact anyway
        (False, True, True, CallSituation.AGREEMENT_DEFAULT),
        (True, True, True, CallSituation.AGREEMENT_DEFAULT),  # the signed plan weighs more
    ],
)
def test_the_situation_follows_the_facts(
    broken: bool, missed: bool, reached: bool, expected: CallSituation
) -> None:
    facts = CallFacts(
        open_broken_promise=broken, agreement_instalment_missed=missed, previously_reached=reached
    )
    assert call_situation(facts) is expected


PLAN = [
    (date(2026, 3, 5), Decimal("210.40")),
    (date(2026, 1, 5), Decimal("200.00")),  # in any order
    (date(2026, 2, 5), Decimal("200.00")),
]


def test_payments_cover_the_instalments_in_their_order() -> None:
    # Nothing fallen due yet: nothing missed, even without a payment.
    assert first_missed_instalment(PLAN, Decimal(0), date(2026, 1, 5)) is None
    # The first one fallen due and unpaid.
    assert first_missed_instalment(PLAN, Decimal(0), date(2026, 1, 6)) == MissedInstalment(
        date(2026, 1, 5), Decimal("200.00")
    )
    # Paid within the tolerance (a euro short): not missed.
    assert first_missed_instalment(PLAN, Decimal("199.00"), date(2026, 2, 1)) is None
    # Two fallen due, one paid: the second is the one missed.
    assert first_missed_instalment(PLAN, Decimal("200.00"), date(2026, 2, 6)) == MissedInstalment(
        date(2026, 2, 5), Decimal("200.00")
    )
    assert first_missed_instalment(PLAN, Decimal("610.40"), date(2026, 4, 1)) is None
