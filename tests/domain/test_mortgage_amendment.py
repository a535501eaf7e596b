"""The reflection period of a mortgage amendment, from the text and its counting.

C. consom. L313-39: "L'emprunteur dispose d'un délai de réflexion de dix jours à compter
de la réception des informations". CPC art. 641: the day of receipt does not count. So
an amendment received on 1 December 2026 gives ten days from 2 to 11 December; the client
may accept from 12 December, "le 11ème jour suivant réception" as practitioners put it.
"""

from __future__ import annotations

from datetime import date

from recouvrement_desktop.domain.mortgage_amendment import (
    REFLECTION_DAYS,
    earliest_acceptance,
    may_accept,
)


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
