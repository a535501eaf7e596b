"""The texts of the agreement's clauses, of the contracts' and debt's details and of
the evidence page, as rewritten for a bank's legal department (see ``docs/legal.md``).

Merged into :data:`~.texts.CATALOGUE`; the same rules hold (same keys and placeholders
in both languages).  Articles are cited only where their text was checked.
"""

from __future__ import annotations

from typing import Final

__all__ = ["CLAUSES_EN", "CLAUSES_FR"]

CLAUSES_FR: Final[dict[str, str]] = {
    "born_on_f": "née le {date}",
    "born_on_m": "né le {date}",
    "contract_rate": "Taux",
    "contract_term": "Durée",
    "contract_installment": "Échéance",
    "term_months": "{months} mois",
    "contracts_debt_title": "Dette par contrat au {date}",
    "cd_contract": "Contrat",
    "cd_principal": "Capital restant dû",
    "cd_arrears": "Échéances impayées",
    "cd_late_interest": "Intérêts de retard",
    "cd_fees": "Frais et pénalités",
    "cd_fees_only": "Frais",
    "cd_penalties": "Pénalités",
    "cd_total": "Total",
    "merge_intro": (
        "Le présent protocole regroupe les contrats ci-dessus en un plan unique. "
        "Pour chacun d'eux :"
    ),
    "merge_contract": (
        "contrat {reference} ({product}, taux d'origine {old_rate}) : la somme de "
        "{amount} qu'il laisse due est reprise dans le plan unique, au taux nominal "
        "annuel fixe de {new_rate} ; ses échéances d'origine cessent d'être exigibles "
        "tant que le présent protocole est respecté."
    ),
    "merge_contract_no_rate": (
        "contrat {reference} ({product}) : la somme de {amount} qu'il laisse due est "
        "reprise dans le plan unique, au taux nominal annuel fixe de {new_rate} ; ses "
        "échéances d'origine cessent d'être exigibles tant que le présent protocole est "
        "respecté."
    ),
    "treat_capitalized": (
        "Sont intégrés au nouveau capital, qui porte intérêts au taux de {rate} : {items}."
    ),
    "treat_spread": ("Sont étalés sans intérêts sur les {periods} premières échéances : {items}."),
    "treat_first": "Sont ajoutés à la première échéance : {items}.",
    "treat_down": "Sont réglés par le versement initial du Client : {items}.",
    "treat_waived": "La Banque renonce à réclamer : {items}.",
    "treat_item": "{label} ({amount})",
    "fees_not_claimed": (
        "Les frais inscrits au dossier ({amount}) ne sont pas réclamés : après la "
        "défaillance d'un crédit à la consommation, seuls le capital restant dû, les "
        "échéances impayées, les intérêts de retard au taux du contrat et une indemnité "
        "plafonnée peuvent l'être (articles L312-38, L312-39 et D312-16 du Code de la "
        "consommation)."
    ),
    "late_interest_basis": (
        "Les intérêts de retard ont été calculés au taux nominal du contrat d'origine "
        "({rate}) sur les sommes échues et impayées."
    ),
    "late_interest_basis_many": (
        "Les intérêts de retard ont été calculés, pour chaque contrat, à son taux "
        "nominal d'origine sur les sommes échues et impayées."
    ),
    "debt_summary_principal": "Le nouveau capital, qui porte intérêts, s'élève à {principal}.",
    "t_installment_total": "Échéance totale, assurance comprise",
    "clause_acknowledgement_title": "Reconnaissance de dette",
    "clause_acknowledgement": (
        "Le Client reconnaît devoir à la Banque, à la date du {date}, au titre des "
        "contrats désignés à l'article 1, la somme de {amount} (en lettres : {words}), "
        "dont le détail figure à l'article 2."
    ),
    "clause_payment_title": "Modalités de paiement",
    "clause_payment_transfer": (
        "Le Client règle chaque échéance, d'un montant total de {total}{insurance}, à sa "
        "date, par virement au crédit du compte de la Banque {account}, en indiquant "
        "impérativement en référence du virement : {reference}."
    ),
    "clause_payment_debit": (
        "Chaque échéance, d'un montant total de {total}{insurance}, est prélevée à sa "
        "date sur le compte du Client par prélèvement SEPA, en vertu du mandat de "
        "référence {mandate} ; le prélèvement porte la référence {reference}."
    ),
    "payment_insurance": " (dont {insurance} d'assurance)",
    "payment_extras": (
        ", majoré le cas échéant des sommes étalées ou reportées indiquées au tableau "
        "d'amortissement"
    ),
    "payment_account_unknown": "qui lui est indiqué par son agence",
    "clause_resolution_title": "Défaut de paiement et clause résolutoire",
    "clause_resolution": (
        "À défaut de paiement d'une échéance à sa date, la Banque adresse au Client une "
        "mise en demeure visant expressément la présente clause, par lettre recommandée "
        "avec demande d'avis de réception. Si les "
        "sommes impayées ne sont pas intégralement réglées dans un délai de {days} jours "
        "à compter de la première présentation de cette lettre, le présent protocole "
        "sera résolu de plein droit, sans autre formalité, conformément à l'article 1225 "
        "du Code civil, et la déchéance du terme sera acquise. Deviendront alors "
        "immédiatement exigibles, déduction faite des paiements reçus : le capital "
        "restant dû au titre du présent protocole, les échéances échues et impayées et "
        "les intérêts échus, ainsi que les intérêts de retard courant au taux du "
        "présent protocole jusqu'au complet paiement."
    ),
    "clause_resolution_consumer": (
        " S'agissant d'un crédit à la consommation, la Banque ne peut réclamer en outre "
        "que l'indemnité prévue à l'article L312-39 du Code de la consommation, dans la "
        "limite fixée par l'article D312-16 du même code, à l'exclusion de tout autre "
        "frais ou pénalité."
    ),
    "clause_resolution_waived": (
        " Les sommes abandonnées par la Banque au titre du présent protocole ({waived}) "
        "restent définitivement acquises au Client si au moins la moitié des échéances a "
        "été payée ; à défaut, elles redeviennent exigibles."
    ),
    "clause_ficp_title": "Fichier national des incidents de remboursement (FICP)",
    "clause_ficp": (
        "Un incident de paiement caractérisé au titre du présent protocole peut "
        "entraîner, après information préalable du Client, son inscription par la "
        "Banque au Fichier national des incidents de remboursement des crédits aux "
        "particuliers (FICP) tenu par la Banque de France, en application des articles "
        "L751-1 et suivants du Code de la consommation. L'inscription est radiée dès le "
        "paiement intégral des sommes dues au titre de cet incident."
    ),
    "clause_ficp_registered": (
        " Le Client est inscrit au FICP depuis le {date} à la suite de l'incident "
        "suivant : {incident} ; cette inscription sera radiée dès le paiement des sommes "
        "dues au titre de cet incident."
    ),
    "clause_overindebtedness_title": "Surendettement",
    "clause_overindebtedness": (
        "Le Client qui se trouve dans l'impossibilité manifeste de faire face à "
        "l'ensemble de ses dettes, professionnelles et non professionnelles, exigibles et "
        "à échoir conserve à "
        "tout moment le droit de saisir la commission de surendettement des "
        "particuliers auprès de la Banque de France (articles L711-1 et suivants du "
        "Code de la consommation)."
    ),
    "clause_mediation_title": "Réclamations et médiation",
    "clause_mediation": (
        "Toute réclamation peut être adressée à l'agence du Client. En cas de désaccord "
        "persistant, le Client peut saisir gratuitement le médiateur de la Banque "
        "(article L612-1 du Code de la consommation) : {mediator}."
    ),
    "mediator_unknown": (
        "ses coordonnées figurent dans les conditions générales du Client et sur le "
        "site internet de la Banque"
    ),
    "clause_amendment_title": "Crédit immobilier : avenant et délai de réflexion",
    "clause_amendment": (
        "Pour le crédit immobilier qu'il modifie, le présent protocole vaut avenant au "
        "sens de l'article L313-39 du Code de la consommation : il comprend l'échéancier "
        "des amortissements détaillant pour chaque échéance le capital restant dû, ainsi "
        "que le TAEG et le coût du crédit calculés sur les seules échéances et frais à "
        "venir. Le Client dispose d'un délai de réflexion de {days} jours à compter de "
        "sa réception et ne peut l'accepter avant l'expiration de ce délai ; "
        "l'acceptation est donnée par lettre, le cachet de l'opérateur postal faisant "
        "foi, ou par tout autre moyen convenu rendant certaine sa date."
    ),
    "clause_amendment_dates": (
        "Le présent avenant a été remis au Client le {offered} ; il ne pouvait être "
        "accepté avant le {earliest}."
    ),
    "clause_numbered": "5.{number} {title}.",
    # ---- the evidence page
    "e_approval": "Approbation du superviseur",
    "e_approval_value": "{by}, le {at}",
    "e_approval_reason": "{by}, le {at} — motif : {reason}",
    "e_checks": "Contrôles à l'acceptation",
    "e_checks_none": "Aucune alerte",
    "list_separator": " ; ",
    "e_identification": "Identification du client",
    "ident_branch": "Présent en agence, identifié par l'agent ayant établi l'accord",
    "ident_phone": (
        "Entretien téléphonique ; l'accord ne lie les parties qu'à réception de "
        "l'exemplaire contresigné"
    ),
    "e_client_signature": "Signature du client",
    "e_bank_signature": "Signature de la Banque",
    "sig_drawn": "Signature manuscrite tracée à l'écran le {when}",
    "sig_drawn_no_time": "Signature manuscrite tracée à l'écran",
    "sig_paper": "Contre-signature sur l'exemplaire papier, attendue",
    "sig_none": "Non signé",
    "sig_bank": "{officer} ; cachet électronique de la Banque (PAdES)",
    "severity_blocking": "bloquant",
    "severity_warning": "alerte",
    "severity_info": "information",
    "needs_approval": "soumis à approbation",
    "check_usury": "Taux d'usure",
    "check_usury-unknown": "Taux d'usure inconnu à cette date",
    "check_court-benchmark": "Durée au-delà du délai de grâce judiciaire",
    "check_overindebtedness-benchmark": "Durée au-delà des plans de surendettement",
    "check_effort-rate": "Taux d'effort",
    "check_reste-a-vivre": "Reste à vivre",
    "check_delegation-waiver": "Abandon au-delà de la délégation",
    "check_delegation-extension": "Allongement au-delà de la délégation",
    "check_delegation-rate": "Taux au-delà de la délégation",
    "check_consumer-capitalised": "Capitalisation interdite (crédit à la consommation)",
    "check_consumer-fees": "Frais non exigibles (crédit à la consommation)",
    "check_consumer-fees-not-claimed": "Frais non réclamés (crédit à la consommation)",
    "check_consumer-indemnity-cap": "Indemnité au-delà de 8 % du capital dû",
    "in_sizing": "Dimensionnement du plan",
    "in_start": "Date de départ",
    "in_rate_pct": "Taux nominal du plan",
    "in_down_payment": "Versement initial",
    "in_grace": "Différé",
    "in_method": "Mode d'amortissement",
    "in_arrears": "Échéances impayées",
    "in_late_interest": "Intérêts de retard",
    "in_fees": "Frais",
    "in_penalties": "Pénalités",
    "in_payment_day": "Jour de paiement",
    "in_first_due": "Première échéance",
    "in_frequency": "Périodicité",
    "in_insurance": "Assurance par échéance",
    "in_signature_fees": "Frais de dossier",
    "v_periods": "{n} échéances",
    "v_installment": "échéance de {amount}",
    "v_end": "fin au {date}",
    "v_contract_rate": "taux du contrat",
    "v_no_grace": "aucun",
    "v_grace_interest-only": "{n} échéance(s), intérêts seuls",
    "v_grace_capitalized": "{n} échéance(s), intérêts capitalisés",
    "v_method_annuity": "échéances constantes",
    "v_method_constant-principal": "amortissement constant",
    "v_capitalize": "capitalisation",
    "v_spread": "étalement",
    "v_add-to-first": "report sur la première échéance",
    "v_waive": "abandon",
    "v_waived": "dont {amount} abandonnés par la Banque",
    "v_over": "sur {n} échéances",
    "v_day": "le {n} du mois",
    "v_monthly": "mensuelle",
    "v_bimonthly": "bimestrielle",
    "v_quarterly": "trimestrielle",
    "v_semiannual": "semestrielle",
    "v_annual": "annuelle",
}

CLAUSES_EN: Final[dict[str, str]] = {
    "born_on_f": "born on {date}",
    "born_on_m": "born on {date}",
    "contract_rate": "Rate",
    "contract_term": "Term",
    "contract_installment": "Instalment",
    "term_months": "{months} months",
    "contracts_debt_title": "Debt per contract at {date}",
    "cd_contract": "Contract",
    "cd_principal": "Outstanding principal",
    "cd_arrears": "Unpaid instalments",
    "cd_late_interest": "Late interest",
    "cd_fees": "Fees and penalties",
    "cd_fees_only": "Fees",
    "cd_penalties": "Penalties",
    "cd_total": "Total",
    "merge_intro": (
        "This agreement consolidates the contracts above into a single plan. For each of them:"
    ),
    "merge_contract": (
        "contract {reference} ({product}, original rate {old_rate}): the sum of {amount} "
        "it leaves owing is taken over into the single plan at the fixed nominal annual "
        "rate of {new_rate}; its original instalments cease to be payable for as long as "
        "this agreement is complied with."
    ),
    "merge_contract_no_rate": (
        "contract {reference} ({product}): the sum of {amount} it leaves owing is taken "
        "over into the single plan at the fixed nominal annual rate of {new_rate}; its "
        "original instalments cease to be payable for as long as this agreement is "
        "complied with."
    ),
    "treat_capitalized": ("Added to the new principal, which bears interest at {rate}: {items}."),
    "treat_spread": "Spread interest-free over the first {periods} instalments: {items}.",
    "treat_first": "Added to the first instalment: {items}.",
    "treat_down": "Settled by the Client's initial payment: {items}.",
    "treat_waived": "The Bank waives its claim to: {items}.",
    "treat_item": "{label} ({amount})",
    "fees_not_claimed": (
        "The fees on file ({amount}) are not claimed: after a consumer credit's default "
        "only the capital still due, the unpaid instalments, late interest at the "
        "contract's rate and a capped indemnity may be (articles L312-38, L312-39 and "
        "D312-16 of the French Consumer Code)."
    ),
    "late_interest_basis": (
        "Late interest was computed at the original contract's nominal rate ({rate}) on "
        "the sums due and unpaid."
    ),
    "late_interest_basis_many": (
        "Late interest was computed, for each contract, at its original nominal rate on "
        "the sums due and unpaid."
    ),
    "debt_summary_principal": "The new principal, which bears interest, amounts to {principal}.",
    "t_installment_total": "Total instalment, insurance included",
    "clause_acknowledgement_title": "Acknowledgement of debt",
    "clause_acknowledgement": (
        "The Client acknowledges owing the Bank, at {date}, under the contracts listed in "
        "article 1, the sum of {amount} (in words: {words}), detailed in article 2."
    ),
    "clause_payment_title": "Payment",
    "clause_payment_transfer": (
        "The Client pays each instalment, {total} in all{insurance}, on its due date by "
        "transfer to the Bank's account {account}, quoting as the transfer's reference: "
        "{reference}."
    ),
    "clause_payment_debit": (
        "Each instalment, {total} in all{insurance}, is collected on its due date from "
        "the Client's account by SEPA direct debit under the mandate {mandate}; the "
        "debit carries the reference {reference}."
    ),
    "payment_insurance": " (including {insurance} of insurance)",
    "payment_extras": (
        ", plus where applicable the spread or carried amounts shown in the repayment schedule"
    ),
    "payment_account_unknown": "given to the Client by the branch",
    "clause_resolution_title": "Default and termination clause",
    "clause_resolution": (
        "If an instalment is not paid on its due date, the Bank sends the Client a formal "
        "notice expressly referring to this clause, by registered letter with "
        "acknowledgement of receipt. If the unpaid sums "
        "are not settled in full within {days} days of the first presentation of that "
        "letter, this agreement is terminated by operation of law, without further "
        "formality, under article 1225 of the French Civil Code, and the whole debt "
        "becomes due. The following then become immediately payable, less the payments "
        "received: the principal still owed under this agreement, the instalments due "
        "and unpaid and the interest accrued, together with late interest at the rate of "
        "this agreement until payment in full."
    ),
    "clause_resolution_consumer": (
        " As this is a consumer credit, the Bank may in addition claim only the indemnity "
        "provided by article L312-39 of the French Consumer Code, within the limit set by "
        "article D312-16 of that code, to the exclusion of any other fee or penalty."
    ),
    "clause_resolution_waived": (
        " The amounts waived by the Bank under this agreement ({waived}) remain waived "
        "for good if at least half of the instalments have been paid; otherwise they "
        "become payable again."
    ),
    "clause_ficp_title": "National register of credit repayment incidents (FICP)",
    "clause_ficp": (
        "A characterised payment incident under this agreement may lead the Bank, after "
        "informing the Client beforehand, to register the Client in the national register "
        "of credit repayment incidents (FICP) kept by the Banque de France, under "
        "articles L751-1 et seq. of the French Consumer Code. The registration is removed "
        "as soon as the sums due for that incident are paid in full."
    ),
    "clause_ficp_registered": (
        " The Client has been registered in the FICP since {date} following this "
        "incident: {incident}; the registration will be removed once the sums due for "
        "that incident are paid."
    ),
    "clause_overindebtedness_title": "Over-indebtedness",
    "clause_overindebtedness": (
        "A Client who is manifestly unable to meet all of his or her debts, business and "
        "non-business, due or to fall due, keeps at all times the right to apply to the over-"
        "indebtedness commission at the Banque de France (articles L711-1 et seq. of the "
        "French Consumer Code)."
    ),
    "clause_mediation_title": "Complaints and mediation",
    "clause_mediation": (
        "Any complaint may be sent to the Client's branch. If the disagreement persists, "
        "the Client may refer the matter free of charge to the Bank's mediator (article "
        "L612-1 of the French Consumer Code): {mediator}."
    ),
    "mediator_unknown": (
        "the mediator's contact details appear in the Client's general terms and "
        "conditions and on the Bank's website"
    ),
    "clause_amendment_title": "Mortgage: amendment and reflection period",
    "clause_amendment": (
        "For the mortgage it modifies, this agreement is an amendment within the meaning "
        "of article L313-39 of the French Consumer Code: it includes the repayment "
        "schedule showing the principal still owed after each instalment, and the APR "
        "and cost of credit computed on the future instalments and fees only. The Client "
        "has a reflection period of {days} days from its receipt and may not accept it "
        "before that period has expired; acceptance is given by letter, the postmark "
        "being proof, or by any other agreed means that makes its date certain."
    ),
    "clause_amendment_dates": (
        "This amendment was handed to the Client on {offered}; it could not be accepted "
        "before {earliest}."
    ),
    "clause_numbered": "5.{number} {title}.",
    # ---- the evidence page
    "e_approval": "Supervisor's approval",
    "e_approval_value": "{by}, on {at}",
    "e_approval_reason": "{by}, on {at} — reason: {reason}",
    "e_checks": "Checks at acceptance",
    "e_checks_none": "No warning",
    "list_separator": "; ",
    "e_identification": "Identification of the client",
    "ident_branch": "Present in the branch, identified by the officer who drew up the agreement",
    "ident_phone": (
        "Telephone interview; the agreement binds the parties only once the countersigned "
        "copy is received"
    ),
    "e_client_signature": "Client's signature",
    "e_bank_signature": "Bank's signature",
    "sig_drawn": "Handwritten signature drawn on screen on {when}",
    "sig_drawn_no_time": "Handwritten signature drawn on screen",
    "sig_paper": "Countersignature on the paper copy, awaited",
    "sig_none": "Not signed",
    "sig_bank": "{officer}; the Bank's electronic seal (PAdES)",
    "severity_blocking": "blocking",
    "severity_warning": "warning",
    "severity_info": "information",
    "needs_approval": "subject to approval",
    "check_usury": "Usury threshold",
    "check_usury-unknown": "No usury threshold known for this date",
    "check_court-benchmark": "Term beyond the judicial grace period",
    "check_overindebtedness-benchmark": "Term beyond over-indebtedness plans",
    "check_effort-rate": "Debt-to-income ratio",
    "check_reste-a-vivre": "Living allowance",
    "check_delegation-waiver": "Waiver beyond delegation",
    "check_delegation-extension": "Extension beyond delegation",
    "check_delegation-rate": "Rate beyond delegation",
    "check_consumer-capitalised": "Capitalisation forbidden (consumer credit)",
    "check_consumer-fees": "Fees not claimable (consumer credit)",
    "check_consumer-fees-not-claimed": "Fees not claimed (consumer credit)",
    "check_consumer-indemnity-cap": "Indemnity above 8 % of the capital due",
    "in_sizing": "Plan sizing",
    "in_start": "Start date",
    "in_rate_pct": "Nominal rate of the plan",
    "in_down_payment": "Initial payment",
    "in_grace": "Grace period",
    "in_method": "Repayment method",
    "in_arrears": "Unpaid instalments",
    "in_late_interest": "Late interest",
    "in_fees": "Fees",
    "in_penalties": "Penalties",
    "in_payment_day": "Payment day",
    "in_first_due": "First instalment",
    "in_frequency": "Frequency",
    "in_insurance": "Insurance per instalment",
    "in_signature_fees": "Arrangement fees",
    "v_periods": "{n} instalments",
    "v_installment": "instalment of {amount}",
    "v_end": "ending on {date}",
    "v_contract_rate": "contract rate",
    "v_no_grace": "none",
    "v_grace_interest-only": "{n} instalment(s), interest only",
    "v_grace_capitalized": "{n} instalment(s), interest capitalised",
    "v_method_annuity": "constant instalments",
    "v_method_constant-principal": "constant principal",
    "v_capitalize": "capitalisation",
    "v_spread": "spread",
    "v_add-to-first": "carried to the first instalment",
    "v_waive": "waiver",
    "v_waived": "of which {amount} waived by the Bank",
    "v_over": "over {n} instalments",
    "v_day": "day {n} of the month",
    "v_monthly": "monthly",
    "v_bimonthly": "every two months",
    "v_quarterly": "quarterly",
    "v_semiannual": "half-yearly",
    "v_annual": "yearly",
}
