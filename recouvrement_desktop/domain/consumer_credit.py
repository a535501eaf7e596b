"""What a lender may claim after a consumer credit's default (pure figures, no rules).

Code de la consommation:

- art. L312-38: no indemnity and no costs other than those of L312-39 and L312-40 may be
  charged to the borrower in the cases of default those articles provide for;
- art. L312-39: on the borrower's default the lender may demand the immediate repayment
  of the capital due, with the interest due and unpaid; until the actual payment, the
  sums due bear late interest at the loan's rate; the lender may also demand an
  indemnity, fixed by decree;
- art. D312-16: that indemnity is at most 8 % of the capital due at the date of the
  default.

The guardrails (``domain/guardrails.py``) turn these figures into checks; the simulation
(``services/simulation.py``) leaves a consumer credit's fees out of the debt.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from recouvrement_desktop.domain.money import ZERO, floor_cents
from recouvrement_desktop.domain.recovery import LoanCategory

__all__ = [
    "CONSUMER_CATEGORIES",
    "INDEMNITY_CAP_RATE",
    "ConsumerDefault",
    "DefaultedContract",
    "claimable_fees",
    "indemnity_cap",
    "is_consumer_credit",
]

# The products under the consumer-credit chapter (C. consom. L312-1 ff.); a mortgage
# falls under the real-estate credit chapter (L313-1 ff.).
CONSUMER_CATEGORIES: Final = frozenset(
    {
        LoanCategory.PERSONAL_LOAN,
        LoanCategory.CAR_LOAN,
        LoanCategory.REVOLVING_CREDIT,
        LoanCategory.OVERDRAFT,
    }
)
# C. consom. D312-16: the indemnity is at most 8 % of the capital due at the default.
INDEMNITY_CAP_RATE: Final = Decimal("0.08")


def is_consumer_credit(category: LoanCategory) -> bool:
    """A consumer credit (C. consom. L312-1 ff.), not a real-estate credit."""
    return category in CONSUMER_CATEGORIES


def claimable_fees(category: LoanCategory, fees: Decimal) -> Decimal:
    """The part of a loan's *fees* a lender may claim from a client in arrears: none on a
    consumer credit (C. consom. L312-38: no costs but the indemnity of L312-39 and the
    taxable costs of L312-40 in the cases of default)."""
    return ZERO if is_consumer_credit(category) else fees


def indemnity_cap(capital_due: Decimal) -> Decimal:
    """The highest indemnity a lender may ask after a default on *capital_due* (C. consom.
    D312-16: 8 %), rounded down to the cent so that it never exceeds the cap."""
    return floor_cents(capital_due * INDEMNITY_CAP_RATE)


@dataclass(frozen=True, slots=True)
class DefaultedContract:
    """One consumer credit in default: its penalties claimed and the capital they are
    capped by (the outstanding principal on file: the capital not yet due, which the
    capital due at the default is never below, so the cap is never overstated)."""

    contract: str
    penalties: Decimal
    capital_due: Decimal

    @property
    def cap(self) -> Decimal:
        return indemnity_cap(self.capital_due)


@dataclass(frozen=True, slots=True)
class ConsumerDefault:
    """The consumer credits of a plan: their penalties against the cap, and the fees
    left out of the debt because they may not be claimed (L312-38)."""

    contracts: tuple[DefaultedContract, ...]
    fees_not_claimed: Decimal = ZERO

    @property
    def over_cap(self) -> tuple[DefaultedContract, ...]:
        return tuple(c for c in self.contracts if c.penalties > c.cap)
