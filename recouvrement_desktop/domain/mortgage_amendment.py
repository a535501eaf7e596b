"""A mortgage's amendment: the reflection period before the client may accept it.

Code de la consommation art. L313-39: on the renegotiation of a real-estate loan the
changes are made by an amendment (the schedule with the capital still due after each
instalment, the TAEG and the cost computed on the future instalments and fees only);
"l'emprunteur dispose d'un délai de réflexion de dix jours à compter de la réception des
informations"; the acceptance is given by letter (postmark) or another agreed means that
makes its date certain.

Counting (Code de procédure civile art. 641, 642): the day of receipt does not count; the
ten days run from the next day and end at the end of the tenth; the client may accept
from the day after, the eleventh day after receipt (received on 1 December: the ten days
run from 2 to 11 December, acceptance from 12 December). The extension of art. 642 (a
period ending on a Saturday, Sunday or holiday runs to the next working day) is not
applied: it serves a period within which something must be done, while nothing may be
done during a reflection period; a bank reading it otherwise waits a day more (policy).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

__all__ = ["REFLECTION_DAYS", "earliest_acceptance", "may_accept"]

REFLECTION_DAYS: Final = 10  # C. consom. L313-39


def earliest_acceptance(received_on: date, days: int = REFLECTION_DAYS) -> date:
    """The first day a client who received the amendment on *received_on* may accept it
    (C. consom. L313-39: ten days' reflection from receipt; CPC art. 641: the day of
    receipt does not count)."""
    return received_on + timedelta(days=days + 1)


def may_accept(received_on: date, accepted_on: date, days: int = REFLECTION_DAYS) -> bool:
    """Whether an acceptance dated *accepted_on* respects the reflection period."""
    return accepted_on >= earliest_acceptance(received_on, days)
