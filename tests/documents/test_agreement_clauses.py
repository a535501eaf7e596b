"""The agreement's clauses, each read back from the exported PDF's text (pdftotext),
in French and in English."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from recouvrement_desktop.documents.agreement_model import (
    AgreementModel,
    AgreementStatus,
    Approval,
    BankOfficer,
    CheckAtAcceptance,
    Clauses,
    Client,
)
from recouvrement_desktop.documents.agreement_pdf import render_agreement
from recouvrement_desktop.documents.amount_words import amount_in_words
from recouvrement_desktop.documents.sample import sample_agreement
from recouvrement_desktop.i18n.language import Language
from tests.documents.conftest import require_tool

FR, EN = Language.FRENCH, Language.ENGLISH


def _pages(model: AgreementModel, *, layout: bool = False) -> list[str]:
    """The PDF's text, one string per page; without layout, whitespace runs are one
    space (a sentence reads whole across the lines it wraps on)."""
    args = [require_tool("pdftotext"), *(["-layout"] if layout else []), "-", "-"]
    out = subprocess.run(
        args, input=render_agreement(model), capture_output=True, check=True, timeout=120
    ).stdout.decode("utf-8")
    pages = [page for page in out.split("\f") if page.strip()]
    if layout:
        return pages
    return [" ".join(page.replace("\u202f", " ").replace("\u00a0", " ").split()) for page in pages]


def _text(model: AgreementModel) -> str:
    return " ".join(_pages(model))


@pytest.fixture(scope="module")
def fr_text() -> str:
    return _text(sample_agreement(24, FR))


@pytest.fixture(scope="module")
def en_text() -> str:
    return _text(sample_agreement(24, EN))


# ------------------------------------------------------------------ the contracts


def test_the_original_contracts_terms_and_debt_per_contract(fr_text: str, en_text: str) -> None:
    # rate, term, instalment and start date of each contract
    assert "PR-2019-88213 Prêt immobilier à taux fixe 12/06/2019 210 000,00 € 3,90 % 300 mois" in (
        fr_text
    )
    assert "1 096,43 €" in fr_text and "60 mois 227,55 €" in fr_text
    for value in ("3.90%", "300 months", "€1,096.43", "5.20%", "60 months", "€227.55"):
        assert value in en_text
    # the debt table split per contract, with its total
    assert "Dette par contrat au 27 novembre 2026" in fr_text
    assert "PR-2019-88213 178 950,40 € 3 289,29 € 243,81 € 450,00 € 182 933,50 €" in fr_text
    assert "PP-2023-10577 8 481,78 € 929,31 € 68,66 € 180,00 € 9 659,75 €" in fr_text
    layout = "\n".join(_pages(sample_agreement(24, FR), layout=True))
    assert re.search(
        r"Total\s+187 432,18 €\s+4 218,60 €\s+312,47 €\s+630,00 €\s+192 593,25 €", layout
    )
    assert "Debt per contract at 27 November 2026" in en_text


def test_a_merging_plan_says_per_contract_what_becomes_of_it(fr_text: str, en_text: str) -> None:
    assert "regroupe les contrats ci-dessus en un plan unique" in fr_text
    assert (
        "contrat PR-2019-88213 (Prêt immobilier à taux fixe, taux d'origine 3,90 %) : la somme "
        "de 182 933,50 € qu'il laisse due est reprise dans le plan unique, au taux nominal "
        "annuel fixe de 3,45 %"
    ) in fr_text
    assert "contrat PP-2023-10577 (Prêt personnel « Travaux », taux d'origine 5,20 %)" in fr_text
    assert (
        "contract PP-2023-10577 (Prêt personnel « Travaux », original rate 5.20%): the sum of "
        "€9,659.75 it leaves owing is taken over into the single plan at the fixed nominal "
        "annual rate of 3.45%"
    ) in en_text
    # one contract: nothing to merge, nothing said about it
    single = sample_agreement(24, FR)
    single = replace(single, contracts=single.contracts[:1])
    assert "plan unique" not in _text(single)


def test_what_is_capitalised_spread_waived_and_the_late_interest_basis(
    fr_text: str, en_text: str
) -> None:
    assert (
        "Sont intégrés au nouveau capital, qui porte intérêts au taux de 3,45 % : capital "
        "restant dû (187 432,18 €), intérêts de retard (312,47 €)."
    ) in fr_text
    assert (
        "Sont étalés sans intérêts sur les 12 premières échéances : échéances impayées "
        "(3 718,60 €)."
    ) in fr_text
    assert "Sont ajoutés à la première échéance : frais (180,00 €)." in fr_text
    assert "La Banque renonce à réclamer : pénalités (450,00 €)." in fr_text
    assert "pour chaque contrat, à son taux nominal d'origine" in fr_text
    assert "Spread interest-free over the first 12 instalments: unpaid instalments" in en_text
    assert "The Bank waives its claim to: penalties (€450.00)." in en_text
    # one contract: its rate is the basis
    single = sample_agreement(24, EN)
    single = replace(single, contracts=single.contracts[:1])
    assert "at the original contract's nominal rate (3.90%)" in _text(single)


# -------------------------------------------------------------------- the clauses


def test_the_default_clause_says_what_happens(fr_text: str, en_text: str) -> None:
    assert "caduc" not in fr_text
    assert "terminates this agreement" not in en_text
    assert (
        "la Banque adresse au Client une mise en demeure visant expressément la présente "
        "clause, par lettre recommandée avec demande d'avis de réception. Si les sommes "
        "impayées ne sont pas intégralement réglées dans un délai de 15 jours"
    ) in fr_text
    assert "résolu de plein droit" in fr_text and "article 1225 du Code civil" in fr_text
    assert "la déchéance du terme sera acquise" in fr_text
    assert "Deviendront alors immédiatement exigibles" in fr_text
    assert "l'article L312-39 du Code de la consommation" in fr_text
    assert "D312-16" in fr_text
    assert "(450,00 €) restent définitivement acquises au Client" in fr_text
    assert "formal notice expressly referring to this clause, by registered letter" in en_text
    assert "within 15 days" in en_text
    assert "article 1225 of the French Civil Code" in en_text
    assert "article L312-39 of the French Consumer Code" in en_text


def test_the_cure_period_is_the_policy_value_and_the_consumer_cap_only_for_consumer_credit() -> (
    None
):
    model = sample_agreement(24, FR)
    model = replace(model, clauses=Clauses(cure_days=30, consumer_credit=False, mortgage=True))
    text = _text(model)
    assert "dans un délai de 30 jours" in text
    assert "L312-39" not in text


def test_payment_by_transfer_quotes_the_reference_and_the_total_with_insurance(
    fr_text: str, en_text: str
) -> None:
    assert (
        "Le Client règle chaque échéance, d'un montant total de 8 138,12 € (dont 31,20 € "
        "d'assurance)"
    ) in fr_text
    assert "en indiquant impérativement en référence du virement : ACC-2026-000417." in fr_text
    assert "Échéance totale, assurance comprise 8 138,12 €" in fr_text
    assert "quoting as the transfer's reference: ACC-2026-000417." in en_text
    # the bank's account, from its configuration (here the demonstration bank's)
    assert "compte de la Banque IBAN FR76 0000 0000 0000 0000 0000 000 — BIC DEMOFRPPXXX" in (
        fr_text
    )
    model = sample_agreement(24, FR)
    model = replace(model, letterhead=replace(model.letterhead, transfer_account=""))
    assert "compte de la Banque qui lui est indiqué par son agence, en indiquant" in _text(model)


def test_payment_by_direct_debit_names_the_mandate() -> None:
    model = sample_agreement(24, EN)
    assert model.clauses is not None
    model = replace(model, clauses=replace(model.clauses, mandate_reference="RUM-2026-0042"))
    text = _text(model)
    assert "by SEPA direct debit under the mandate RUM-2026-0042" in text
    assert "the debit carries the reference ACC-2026-000417" in text


def test_the_acknowledgement_of_debt_writes_the_amount_in_words(fr_text: str, en_text: str) -> None:
    assert (
        "la somme de 192 593,25 € (en lettres : cent quatre-vingt-douze mille cinq cent "
        "quatre-vingt-treize euros et vingt-cinq centimes)"
    ) in fr_text
    assert (
        "the sum of €192,593.25 (in words: one hundred and ninety-two thousand, five hundred "
        "and ninety-three euros and twenty-five cents)"
    ) in en_text


@pytest.mark.parametrize(
    ("amount", "language", "words"),
    [
        ("1.01", FR, "un euro et un centime"),
        ("80.00", FR, "quatre-vingts euros"),
        ("1000000", FR, "un million d'euros"),
        ("2000000.50", FR, "deux millions d'euros et cinquante centimes"),
        ("0.99", FR, "zéro euro et quatre-vingt-dix-neuf centimes"),
        ("1.00", EN, "one euro"),
        ("2021.10", EN, "two thousand and twenty-one euros and ten cents"),
    ],
)
def test_amount_in_words(amount: str, language: Language, words: str) -> None:
    assert amount_in_words(Decimal(amount), language) == words


def test_ficp_overindebtedness_and_mediation(fr_text: str, en_text: str) -> None:
    assert "Fichier national des incidents de remboursement des crédits aux particuliers" in (
        fr_text
    )
    assert "articles L751-1 et suivants du Code de la consommation" in fr_text
    assert "saisir la commission de surendettement des particuliers" in fr_text
    assert "articles L711-1 et suivants" in fr_text
    assert "saisir gratuitement le médiateur de la Banque (article L612-1" in fr_text
    # the mediator of the bank's configuration (here the demonstration bank's)
    assert (
        "(article L612-1 du Code de la consommation) : Médiateur de la Banque Démo du Val de "
        "Loire (démonstration), 12, quai des Tanneurs"
    ) in fr_text
    assert "over-indebtedness commission at the Banque de France" in en_text
    assert "national register of credit repayment incidents (FICP)" in en_text
    assert "the Bank's mediator (article L612-1 of the French Consumer Code)" in en_text
    # no mediator configured: where the client finds the details, as the letters say
    model = sample_agreement(24, FR)
    model = replace(model, letterhead=replace(model.letterhead, mediator=()))
    assert (
        "(article L612-1 du Code de la consommation) : ses coordonnées figurent dans les "
        "conditions générales du Client et sur le site internet de la Banque."
    ) in _text(model)


def test_the_mortgage_reflection_period_only_when_a_mortgage_is_rescheduled(
    fr_text: str, en_text: str
) -> None:
    assert "vaut avenant au sens de l'article L313-39 du Code de la consommation" in fr_text
    assert "délai de réflexion de 10 jours à compter de sa réception" in fr_text
    assert "reflection period of 10 days from its receipt" in en_text
    model = sample_agreement(24, FR)
    model = replace(model, clauses=Clauses(cure_days=15, consumer_credit=True, mortgage=False))
    text = _text(model)
    assert "L313-39" not in text and "réflexion" not in text


# ------------------------------------------------- nothing where nothing applies


def test_nothing_is_printed_where_nothing_applies() -> None:
    model = sample_agreement(24, FR)
    debt = model.debt
    # no waiver, no down payment, no insurance, no fees
    lines = tuple(
        replace(line, waived=Decimal(0), capitalized=line.capitalized + line.waived)
        for line in debt.lines
    )
    model = replace(
        model,
        debt=replace(debt, lines=lines),
        terms=replace(
            model.terms,
            insurance_per_installment=Decimal(0),
            total_insurance=Decimal(0),
            fees=Decimal(0),
        ),
    )
    text = _text(model)
    assert "0,00 € abandonnés" not in text
    assert "Abandonné" not in text and "renonce" not in text
    assert "restent définitivement acquises" not in text
    assert "Assurance par échéance" not in text and "dont 0,00 €" not in text
    assert "Frais de dossier" not in text
    # a treatment column is blank on the lines it does not concern: no "0,00 €" there
    layout = "\n".join(_pages(model, layout=True))
    penalties = next(line for line in layout.splitlines() if line.strip().startswith("Pénalités"))
    assert not re.search(r"(^|\s)0,00 €", penalties), penalties


# ------------------------------------------------------------------ the parties


@pytest.mark.parametrize(
    ("title", "born"),
    [("Mme", "née le 14/03/1979"), ("M.", "né le 14/03/1979"), ("", "né(e) le 14/03/1979")],
)
def test_born_follows_the_title(title: str, born: str) -> None:
    model = sample_agreement(24, FR)
    name = f"{title} Camille Martin".strip()
    model = replace(model, client=replace(model.client, full_name=name, title=title))
    first = _pages(model)[0]
    assert f"{name} {born}" in first
    for other in {"née le", "né le", "né(e) le"} - {born.rsplit(" ", 1)[0]}:
        assert other not in first


def test_a_snapshot_without_the_title_reads_it_from_the_name() -> None:
    model = sample_agreement(24, FR)
    birth = model.client.birth_date
    client = Client(full_name="M. Paul Durand", address_lines=("Tours",), birth_date=birth)
    model = replace(model, client=client)  # as a snapshot made before titles were kept
    assert "M. Paul Durand né le 14/03/1979" in _pages(model)[0]


def test_the_bank_signatory_has_a_function(fr_text: str) -> None:
    assert "représentée par François Château, chargé de recouvrement" in fr_text
    model = sample_agreement(24, FR)
    model = replace(model, officer=replace(model.officer, branch="Agence Lyon Part-Dieu"))
    assert "chargé de recouvrement, agence Lyon Part-Dieu," in _pages(model)[0]


# ---------------------------------------------------------------- the signatures


def _signed_lines(model: AgreementModel) -> list[float]:
    """The vertical position of each « Signé le » line, read with pdftotext -bbox."""
    out = subprocess.run(
        [require_tool("pdftotext"), "-bbox", "-", "-"],
        input=render_agreement(model),
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout.decode("utf-8")
    return [
        float(m.group(1))
        for m in re.finditer(
            r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>(?:Signé|Signed)</word>', out
        )
    ]


def test_the_signature_boxes_are_aligned_whatever_the_names() -> None:
    model = sample_agreement(24, FR)
    long_function = "responsable régional du recouvrement amiable et contentieux des particuliers"
    model = replace(
        model,
        officer=BankOfficer(
            full_name="François Château", branch="Tours Centre", title=long_function
        ),
    )
    positions = _signed_lines(model)
    assert len(positions) == 2
    assert positions[0] == pytest.approx(positions[1], abs=0.5)


@pytest.mark.parametrize("periods", [12, 24, 36, 48, 66])
def test_the_signatures_never_stand_alone_on_a_page(periods: int) -> None:
    for language in (FR, EN):
        pages = _pages(sample_agreement(periods, language))
        signing = next(p for p in pages if "Fait à" in p or "Done at" in p)
        # the last clause is on the page of the signatures
        assert "Effet du protocole" in signing or "Effect of the agreement" in signing


# ------------------------------------------------------------------- the evidence


def test_the_evidence_page_labels_every_input_in_the_document_language() -> None:
    for language, expected in (
        (
            FR,
            [
                "Dimensionnement du plan 24 échéances",
                "Taux nominal du plan 3,45 %",
                "Différé aucun",
                "Échéances impayées étalement, sur 12 échéances",
                "Intérêts de retard capitalisation",
                "Pénalités abandon",
                "Jour de paiement le 5 du mois",
            ],
        ),
        (
            EN,
            [
                "Plan sizing 24 instalments",
                "Nominal rate of the plan 3.45%",
                "Grace period none",
                "Late interest capitalisation",
                "Payment day day 5 of the month",
            ],
        ),
    ):
        evidence = _pages(sample_agreement(24, language))[-1]
        for text in expected:
            assert text in evidence
        for internal in (
            '{"periods"',
            "rate_pct",
            "interest-only",
            "late-interest",
            "{",
            "capitalize",
        ):
            assert internal not in evidence, internal


def test_the_evidence_page_shows_checks_approval_identification_and_signing() -> None:
    model = sample_agreement(24, FR)
    model = replace(
        model,
        evidence=replace(
            model.evidence,
            checks=(
                CheckAtAcceptance("delegation-extension", "warning", needs_approval=True),
                CheckAtAcceptance("effort-rate", "info"),
            ),
            approval=Approval(
                by="Jeanne Chef (jchef)",
                at=datetime(2026, 11, 27, 14, 5, tzinfo=UTC),
                reason="Situation exceptionnelle",
            ),
        ),
    )
    evidence = _pages(model)[-1]
    assert (
        "Contrôles à l'acceptation Allongement au-delà de la délégation (alerte, soumis à "
        "approbation) ; Taux d'effort (information)"
    ) in evidence
    assert "Approbation du superviseur Jeanne Chef (jchef), le 27/11/2026" in evidence
    assert "motif : Situation exceptionnelle" in evidence
    assert "Identification du client Présent en agence" in evidence
    assert "Signature du client Signature manuscrite tracée à l'écran le 27/11/2026" in evidence
    assert "cachet électronique de la Banque (PAdES)" in evidence
    english = _pages(replace(model, language=EN))[-1]
    assert "Supervisor's approval Jeanne Chef (jchef), on 27/11/2026" in english
    assert "Checks at acceptance Extension beyond delegation (warning, subject to approval)" in (
        english
    )


def test_a_proposal_says_nobody_signed_and_nothing_is_sealed() -> None:
    model = sample_agreement(24, FR, status=AgreementStatus(non_binding_proposal=True))
    evidence = _pages(model)[-1]
    assert "Signature du client Non signé" in evidence
    assert "Signature de la Banque Non signé" in evidence
    assert "cachet électronique de la Banque (PAdES)" not in evidence


def test_by_phone_the_evidence_says_the_countersignature_is_awaited(
    model_12_en: AgreementModel,
) -> None:
    evidence = _pages(model_12_en)[-1]
    assert "Telephone interview" in evidence
    assert "Client's signature Countersignature on the paper copy, awaited" in evidence


# ------------------------------------------------------ agreements made before


def test_an_agreement_made_before_prints_the_clauses_it_was_signed_with() -> None:
    model = sample_agreement(24, FR)
    model = replace(model, clauses=None, evidence=replace(model.evidence, checks=()))
    text = _text(model)
    assert "rend le présent protocole caduc" in text  # as signed then
    assert "Reconnaissance de dette" not in text and "Contrôles à l'acceptation" not in text
    # its inputs are labelled all the same
    assert "Dimensionnement du plan 24 échéances" in text
