"""The parties and securities of demonstration contracts: some co-borrowers and
guarantors, guarantees, variable-rate mortgages and SEPA mandates.

Chosen from the contract's and case's numbers, never from the generator's random
stream, so that every other demonstration value stays as it was."""

from __future__ import annotations

from typing import Any

from recouvrement_desktop.domain.recovery import LoanCategory, RateType
from recouvrement_desktop.services.demo_data.vocabulary import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
)

__all__ = ["NO_PARTIES", "demo_parties"]

NO_PARTIES: dict[str, Any] = {
    "rate_type": RateType.FIXED,
    "co_borrowers": None,
    "guarantee": None,
    "guarantors": None,
    "sepa_mandate_reference": None,
}


def _partner(client: dict[str, Any], number: int) -> str:
    """A co-borrower sharing the client's name: « Mme Claire DURAND »."""
    last = str(client["last_name"]).upper()
    if client["title"] == "Mme":
        return f"M. {MALE_FIRST_NAMES[number % len(MALE_FIRST_NAMES)]} {last}"
    return f"Mme {FEMALE_FIRST_NAMES[number % len(FEMALE_FIRST_NAMES)]} {last}"


def demo_parties(loan: dict[str, Any], client: dict[str, Any], case_id: int) -> dict[str, Any]:
    """The loan's rate type, co-borrowers, guarantee, guarantors and mandate."""
    loan_id = int(loan["id"])
    category = loan["category"]
    values = dict(NO_PARTIES)
    if category is LoanCategory.MORTGAGE:
        values["rate_type"] = RateType.VARIABLE if loan_id % 3 == 0 else RateType.FIXED
        values["guarantee"] = (
            "Hypothèque de premier rang" if loan_id % 2 else "Caution Crédit Logement"
        )
        values["co_borrowers"] = _partner(client, case_id)  # a home is bought together
    elif case_id % 4 == 0:
        values["co_borrowers"] = _partner(client, case_id)
    if category in (LoanCategory.PERSONAL_LOAN, LoanCategory.CAR_LOAN) and case_id % 5 == 2:
        first = MALE_FIRST_NAMES[(case_id // 5) % len(MALE_FIRST_NAMES)]
        guarantor = f"M. {first} {str(client['last_name']).upper()}"
        values["guarantors"] = guarantor
        values["guarantee"] = f"Caution solidaire de {guarantor}"
    elif category is LoanCategory.CAR_LOAN:
        values["guarantee"] = "Gage sur véhicule"
    if category is not LoanCategory.OVERDRAFT and loan_id % 2 == 0:
        values["sepa_mandate_reference"] = f"RUM-DEMO-{loan_id:08d}"
    return values
