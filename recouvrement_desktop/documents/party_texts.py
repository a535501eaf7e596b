"""The agreement's texts for the parties besides the bank and the client (co-borrowers
and guarantors), the guarantees clause and the number of originals, by document
language (merged into :data:`~.texts.CATALOGUE`; same keys and placeholders in both)."""

from __future__ import annotations

from typing import Final

__all__ = ["PARTIES_EN", "PARTIES_FR"]

PARTIES_FR: Final[dict[str, str]] = {
    "party_others": "Et, intervenant au présent protocole,",
    "party_co_borrower": "Co-emprunteur",
    "party_guarantor": "Caution",
    "party_co_borrower_body": "co-emprunteur du contrat {contracts},",
    "party_co_borrower_body_many": "co-emprunteur des contrats {contracts},",
    "party_guarantor_body": "caution du contrat {contracts},",
    "party_guarantor_body_many": "caution des contrats {contracts},",
    "party_co_borrower_suffix": "tenu solidairement avec le Client des engagements du présent "
    "protocole.",
    "party_guarantor_suffix": "qui déclare maintenir son engagement de caution au titre des "
    "sommes dues en vertu du présent protocole.",
    "sign_co_borrower": "Le co-emprunteur",
    "sign_guarantor": "La caution",
    "clause_guarantees_title": "Garanties",
    "clause_guarantees": (
        "Les garanties attachées aux contrats d'origine sont maintenues et garantissent le "
        "paiement des sommes dues au titre du présent protocole : {guarantees}."
    ),
    "guarantee_of_contract": "contrat {reference} : {guarantee}",
    "done_at_copies": "Fait à {place}, le {date}, en {copies} exemplaires originaux.",
    "clause_effect_parties": (
        "Le présent protocole ne vaut pas novation : les garanties attachées aux contrats "
        "d'origine sont maintenues. Il prend effet à sa signature par toutes les parties."
    ),
}

PARTIES_EN: Final[dict[str, str]] = {
    "party_others": "And, as parties to this agreement,",
    "party_co_borrower": "Co-borrower",
    "party_guarantor": "Guarantor",
    "party_co_borrower_body": "co-borrower under contract {contracts},",
    "party_co_borrower_body_many": "co-borrower under contracts {contracts},",
    "party_guarantor_body": "guarantor of contract {contracts},",
    "party_guarantor_body_many": "guarantor of contracts {contracts},",
    "party_co_borrower_suffix": "jointly bound with the Client by the obligations of this "
    "agreement.",
    "party_guarantor_suffix": "who confirms their guarantee for the sums due under this agreement.",
    "sign_co_borrower": "The co-borrower",
    "sign_guarantor": "The guarantor",
    "clause_guarantees_title": "Guarantees",
    "clause_guarantees": (
        "The guarantees attached to the original contracts are maintained and secure the "
        "payment of the sums due under this agreement: {guarantees}."
    ),
    "guarantee_of_contract": "contract {reference}: {guarantee}",
    "done_at_copies": "Done at {place}, on {date}, in {copies} original copies.",
    "clause_effect_parties": (
        "This agreement does not constitute a novation: the guarantees attached to the "
        "original contracts remain in force. It takes effect when signed by all parties."
    ),
}
