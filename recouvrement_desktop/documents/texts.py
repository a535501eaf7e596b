"""Every text of the agreement document, by document language.

The document's language is chosen per agreement (the client's), independently of
the interface language, so these texts do not go through Qt's translators.  Use
:func:`text` with ``str.format`` placeholders; both catalogues must have the same
keys and the same placeholders (checked by the tests).
"""

from __future__ import annotations

from typing import Final

from recouvrement_desktop.documents.clause_texts import CLAUSES_EN, CLAUSES_FR
from recouvrement_desktop.documents.party_texts import PARTIES_EN, PARTIES_FR
from recouvrement_desktop.domain.rescheduling import DebtComponent
from recouvrement_desktop.i18n.language import Language

__all__ = ["CATALOGUE", "component_label", "text"]

_FR: Final[dict[str, str]] = {
    "title": "Protocole d'accord de rééchelonnement",
    "subtitle": "Accord n° {reference} du {date}",
    "demo_bank": "Document de démonstration — sans valeur juridique",
    "page": "Page {page} / {pages}",
    "reference": "Réf. {reference}",
    "fingerprint": "Empreinte du contenu : {short}",
    "fingerprint_note": "SHA-256 du contenu de l'accord (code QR)",
    "running_title": "Protocole d'accord n° {reference}",
    "banner_proposal": "PROPOSITION NON CONTRACTUELLE — sans engagement des parties",
    "banner_awaiting": "EN ATTENTE DE LA CONTRE-SIGNATURE DU CLIENT",
    "watermark_proposal": "PROPOSITION",
    "between": "Entre les soussignés",
    "party_bank": "La banque",
    "party_bank_body": "représentée par {officer}{title}, agence {branch},",
    "party_bank_suffix": "ci-après « la Banque »,",
    "party_client": "Le client",
    "party_client_suffix": "ci-après « le Client ».",
    "client_number": "N° client : {number}",
    "born_on": "né(e) le {date}",
    "preamble": (
        "Le Client reconnaît être redevable envers la Banque des sommes détaillées "
        "ci-dessous au titre du ou des contrats désignés. Afin de lui permettre de "
        "faire face à ses engagements, les parties conviennent de rééchelonner cette "
        "dette selon les conditions du présent protocole."
    ),
    "s_contracts": "1. Contrats d'origine",
    "contract_reference": "Référence",
    "contract_product": "Produit",
    "contract_opened": "Date d'ouverture",
    "contract_amount": "Montant initial",
    "s_debt": "2. Dette au {date} et traitement",
    "debt_component": "Composante",
    "debt_owed": "Dû",
    "debt_waived": "Abandonné",
    "debt_down_payment": "Versement",
    "debt_capitalized": "Capitalisé",
    "debt_spread": "Étalé",
    "debt_first": "1re échéance",
    "debt_total": "Total",
    "outstanding_principal": "Capital restant dû",
    "s_terms": "3. Nouvelles conditions",
    "t_principal": "Capital rééchelonné",
    "t_installment": "Échéance (hors assurance)",
    "t_periods": "Nombre d'échéances",
    "t_periodicity": "Périodicité",
    "t_first": "Première échéance",
    "t_last": "Dernière échéance",
    "t_rate": "Taux nominal annuel fixe",
    "t_apr": "TAEG",
    "t_insurance": "Assurance par échéance",
    "t_total_insurance": "Coût total de l'assurance",
    "t_fees": "Frais de dossier",
    "t_interest": "Total des intérêts",
    "t_cost": "Coût total du crédit",
    "t_paid": "Montant total dû par le Client",
    "t_grace": "Différé",
    "grace_value": "{periods} échéance(s)",
    "periodicity_1": "Mensuelle",
    "periodicity_2": "Bimestrielle",
    "periodicity_3": "Trimestrielle",
    "periodicity_6": "Semestrielle",
    "periodicity_12": "Annuelle",
    "s_schedule": "4. Tableau d'amortissement",
    "schedule_intro": (
        "Échéancier complet du nouveau plan : pour chaque échéance, sa décomposition "
        "et le capital restant dû après son paiement."
    ),
    "c_number": "N°",
    "c_date": "Échéance",
    "c_interest": "Intérêts",
    "c_principal": "Capital",
    "c_insurance": "Assurance",
    "c_extra": "Arriérés",
    "c_total": "Total à payer",
    "c_balance": "Capital\nrestant dû",
    "c_totals": "Totaux",
    "s_clauses": "5. Clauses",
    "clause_default_title": "Défaut de paiement",
    "clause_default": (
        "Toute échéance impayée à sa date, et non régularisée dans les trente jours "
        "suivant une mise en demeure adressée par lettre recommandée, rend le présent "
        "protocole caduc : la Banque pourra alors exiger le paiement immédiat des "
        "sommes restant dues, déduction faite des paiements reçus, et reprendre les "
        "procédures de recouvrement. Les sommes abandonnées le restent si au moins la "
        "moitié des échéances a été honorée."
    ),
    "clause_early_title": "Remboursement anticipé",
    "clause_early": (
        "Le Client peut rembourser par anticipation tout ou partie des sommes dues, à "
        "tout moment, sans pénalité ni indemnité."
    ),
    "clause_data_title": "Protection des données personnelles",
    "clause_data": (
        "Les données recueillies sont traitées par la Banque, responsable de traitement, "
        "pour la gestion du présent protocole et le recouvrement de sa créance, sur le "
        "fondement de l'exécution du contrat et de ses obligations légales (RGPD, "
        "art. 6). Elles sont conservées pendant la durée de la relation puis pendant les "
        "délais légaux de prescription. Le Client dispose d'un droit d'accès, de "
        "rectification, d'effacement, de limitation et d'opposition, qu'il peut exercer "
        "auprès du délégué à la protection des données de la Banque, ainsi que du droit "
        "d'introduire une réclamation auprès de la CNIL."
    ),
    "clause_reflection_title": "Délai de réflexion",
    "clause_reflection": (
        "Le Client dispose d'un délai de réflexion de {days} jours à compter de la "
        "remise du présent protocole. Il ne peut l'accepter avant l'expiration de ce "
        "délai."
    ),
    "clause_effect_title": "Effet du protocole",
    "clause_effect": (
        "Le présent protocole ne vaut pas novation : les garanties attachées aux contrats "
        "d'origine sont maintenues. Il prend effet à sa signature par les deux parties."
    ),
    "done_at": "Fait à {place}, le {date}, en deux exemplaires originaux.",
    "read_approved": "« Lu et approuvé »",
    "sign_client": "Le Client",
    "sign_bank": "Pour la Banque",
    "sign_awaiting": "Contre-signature attendue",
    "sign_not_signed": "Non signé",
    "signed_at": "Signé le {when}",
    "s_evidence": "Fiche de preuve",
    "evidence_intro": (
        "Cette page décrit les circonstances de l'établissement du protocole. Elle fait "
        "partie intégrante du document."
    ),
    "e_reference": "Référence de l'accord",
    "e_officer": "Établi par",
    "e_branch": "Agence",
    "e_created": "Établi le",
    "e_channel": "Canal",
    "e_session": "Référence de l'entretien",
    "e_engine": "Version du moteur de calcul",
    "e_seal": "Cachet électronique",
    "seal_b_b": "PAdES B-B (sans horodatage)",
    "seal_b_lt": (
        "PAdES B-LT (horodaté par une autorité d'horodatage, données de validation incluses)"
    ),
    "e_fingerprint": "Empreinte SHA-256 du contenu",
    "e_fingerprint_note": (
        "L'empreinte est calculée sur le contenu de l'accord mis sous forme canonique "
        "(JSON). L'empreinte du fichier scellé final est conservée séparément dans "
        "l'archive de la Banque."
    ),
    "e_status": "Statut",
    "e_inputs": "Paramètres de la simulation",
    "status_final": "Accord signé",
    "status_proposal": "Proposition non contractuelle",
    "status_awaiting": "En attente de la contre-signature du client",
    "channel_phone": "Téléphone",
    "channel_branch": "En agence",
    "channel_other": "Autre ({channel})",
    "stamp": (
        "Scellé électroniquement par\n%(signer)s\nle %(ts)s\nAccord %(reference)s — montants en €"
    ),
    "pdf_subject": "Protocole d'accord de rééchelonnement {reference}",
    "seal_caption": "Cachet électronique de la Banque",
    "seal_placeholder": "Emplacement du cachet électronique (signature PAdES)",
}

_EN: Final[dict[str, str]] = {
    "title": "Debt rescheduling agreement",
    "subtitle": "Agreement no. {reference} of {date}",
    "demo_bank": "Demonstration document — no legal value",
    "page": "Page {page} / {pages}",
    "reference": "Ref. {reference}",
    "fingerprint": "Content fingerprint: {short}",
    "fingerprint_note": "SHA-256 of the agreement's content (QR code)",
    "running_title": "Agreement no. {reference}",
    "banner_proposal": "NON-BINDING PROPOSAL — no commitment of either party",
    "banner_awaiting": "AWAITING THE CLIENT'S COUNTERSIGNATURE",
    "watermark_proposal": "PROPOSAL",
    "between": "Between the undersigned",
    "party_bank": "The bank",
    "party_bank_body": "represented by {officer}{title}, branch {branch},",
    "party_bank_suffix": "hereinafter “the Bank”,",
    "party_client": "The client",
    "party_client_suffix": "hereinafter “the Client”.",
    "client_number": "Client no. {number}",
    "born_on": "born on {date}",
    "preamble": (
        "The Client acknowledges owing the Bank the amounts detailed below under the "
        "contract(s) listed. To enable the Client to meet these commitments, the parties "
        "agree to reschedule this debt on the terms of this agreement."
    ),
    "s_contracts": "1. Original contracts",
    "contract_reference": "Reference",
    "contract_product": "Product",
    "contract_opened": "Opened on",
    "contract_amount": "Initial amount",
    "s_debt": "2. Debt at {date} and its treatment",
    "debt_component": "Component",
    "debt_owed": "Owed",
    "debt_waived": "Waived",
    "debt_down_payment": "Paid now",
    "debt_capitalized": "Capitalized",
    "debt_spread": "Spread",
    "debt_first": "1st instalment",
    "debt_total": "Total",
    "outstanding_principal": "Outstanding principal",
    "s_terms": "3. New terms",
    "t_principal": "Rescheduled principal",
    "t_installment": "Instalment (excluding insurance)",
    "t_periods": "Number of instalments",
    "t_periodicity": "Frequency",
    "t_first": "First instalment",
    "t_last": "Last instalment",
    "t_rate": "Fixed nominal annual rate",
    "t_apr": "APR (TAEG)",
    "t_insurance": "Insurance per instalment",
    "t_total_insurance": "Total cost of insurance",
    "t_fees": "Arrangement fees",
    "t_interest": "Total interest",
    "t_cost": "Total cost of credit",
    "t_paid": "Total amount payable by the Client",
    "t_grace": "Grace period",
    "grace_value": "{periods} instalment(s)",
    "periodicity_1": "Monthly",
    "periodicity_2": "Every two months",
    "periodicity_3": "Quarterly",
    "periodicity_6": "Half-yearly",
    "periodicity_12": "Yearly",
    "s_schedule": "4. Repayment schedule",
    "schedule_intro": (
        "Full schedule of the new plan: for each instalment, its breakdown and the "
        "principal still owed once it is paid."
    ),
    "c_number": "No.",
    "c_date": "Due date",
    "c_interest": "Interest",
    "c_principal": "Principal",
    "c_insurance": "Insurance",
    "c_extra": "Arrears",
    "c_total": "Total due",
    "c_balance": "Principal\nstill owed",
    "c_totals": "Totals",
    "s_clauses": "5. Clauses",
    "clause_default_title": "Missed instalments",
    "clause_default": (
        "Any instalment unpaid on its due date and not settled within thirty days of a "
        "formal notice sent by registered letter terminates this agreement: the Bank may "
        "then demand immediate payment of the sums still owed, less the payments "
        "received, and resume recovery proceedings. Amounts waived remain waived if at "
        "least half of the instalments have been paid."
    ),
    "clause_early_title": "Early repayment",
    "clause_early": (
        "The Client may repay all or part of the sums owed early, at any time, without "
        "any penalty or fee."
    ),
    "clause_data_title": "Data protection",
    "clause_data": (
        "Personal data are processed by the Bank, as controller, to manage this "
        "agreement and recover its claim, on the basis of the performance of the "
        "contract and of its legal obligations (GDPR, art. 6). They are kept for the "
        "duration of the relationship and then for the legal limitation periods. The "
        "Client has the rights of access, rectification, erasure, restriction and "
        "objection, exercised with the Bank's data protection officer, and the right to "
        "lodge a complaint with the CNIL."
    ),
    "clause_reflection_title": "Reflection period",
    "clause_reflection": (
        "The Client has a reflection period of {days} days from receipt of this "
        "agreement and may not accept it before that period has expired."
    ),
    "clause_effect_title": "Effect of the agreement",
    "clause_effect": (
        "This agreement does not constitute a novation: the guarantees attached to the "
        "original contracts remain in force. It takes effect when signed by both parties."
    ),
    "done_at": "Done at {place}, on {date}, in two original copies.",
    "read_approved": "“Read and approved”",
    "sign_client": "The Client",
    "sign_bank": "For the Bank",
    "sign_awaiting": "Countersignature awaited",
    "sign_not_signed": "Not signed",
    "signed_at": "Signed on {when}",
    "s_evidence": "Evidence record",
    "evidence_intro": (
        "This page records how the agreement was drawn up. It is an integral part of the document."
    ),
    "e_reference": "Agreement reference",
    "e_officer": "Drawn up by",
    "e_branch": "Branch",
    "e_created": "Drawn up on",
    "e_channel": "Channel",
    "e_session": "Session reference",
    "e_engine": "Calculation engine version",
    "e_seal": "Electronic seal",
    "seal_b_b": "PAdES B-B (no timestamp)",
    "seal_b_lt": "PAdES B-LT (timestamped by a timestamp authority, validation data embedded)",
    "e_fingerprint": "Content SHA-256 fingerprint",
    "e_fingerprint_note": (
        "The fingerprint is computed over the agreement's content in canonical form "
        "(JSON). The fingerprint of the final sealed file is kept separately in the "
        "Bank's archive."
    ),
    "e_status": "Status",
    "e_inputs": "Simulation inputs",
    "status_final": "Signed agreement",
    "status_proposal": "Non-binding proposal",
    "status_awaiting": "Awaiting the client's countersignature",
    "channel_phone": "Telephone",
    "channel_branch": "In branch",
    "channel_other": "Other ({channel})",
    "stamp": (
        "Electronically sealed by\n%(signer)s\non %(ts)s\nAgreement %(reference)s — amounts in €"
    ),
    "pdf_subject": "Debt rescheduling agreement {reference}",
    "seal_caption": "The Bank's electronic seal",
    "seal_placeholder": "Place of the electronic seal (PAdES signature)",
}

CATALOGUE: Final[dict[Language, dict[str, str]]] = {
    Language.FRENCH: {**_FR, **CLAUSES_FR, **PARTIES_FR},
    Language.ENGLISH: {**_EN, **CLAUSES_EN, **PARTIES_EN},
}

_COMPONENTS: Final[dict[Language, dict[DebtComponent, str]]] = {
    Language.FRENCH: {
        DebtComponent.ARREARS: "Échéances impayées",
        DebtComponent.LATE_INTEREST: "Intérêts de retard",
        DebtComponent.FEES: "Frais",
        DebtComponent.PENALTIES: "Pénalités",
    },
    Language.ENGLISH: {
        DebtComponent.ARREARS: "Unpaid instalments",
        DebtComponent.LATE_INTEREST: "Late interest",
        DebtComponent.FEES: "Fees",
        DebtComponent.PENALTIES: "Penalties",
    },
}


def text(language: Language, key: str, **params: object) -> str:
    """The document text *key* in *language*, formatted with *params*."""
    template = CATALOGUE[language][key]
    return template.format(**params) if params else template


def component_label(language: Language, component: DebtComponent | None) -> str:
    """Label of a debt component (``None`` is the outstanding principal)."""
    if component is None:
        return CATALOGUE[language]["outstanding_principal"]
    return _COMPONENTS[language][component]
