"""The clauses of the agreement, as a bank's legal department reads them.

An agreement whose model carries :class:`~..agreement_model.Clauses` gets the clauses
written for it: acknowledgement of the debt (amount in words), payment, default with
formal notice and termination, early repayment, FICP, over-indebtedness, mediation,
the mortgage amendment's reflection period where a mortgage is rescheduled, data
protection and effect.  An agreement made before (no ``clauses`` in its snapshot)
prints the clauses it was signed with, so that it reprints as it was.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph

from recouvrement_desktop.documents.agreement_model import AgreementModel, Clauses
from recouvrement_desktop.documents.agreement_pdf.styles import Formatter, Styles, escaped
from recouvrement_desktop.documents.amount_words import amount_in_words

__all__ = ["MORTGAGE_REFLECTION_DAYS", "clause_items", "clauses_flowables"]

#: Code de la consommation, art. L313-39 (third paragraph): ten days from receipt.
MORTGAGE_REFLECTION_DAYS = 10


def _payment(model: AgreementModel, clauses: Clauses, f: Formatter) -> str:
    terms = model.terms
    insurance = terms.insurance_per_installment
    total = terms.installment + insurance
    insurance_text = f.t("payment_insurance", insurance=f.money(insurance)) if insurance > 0 else ""
    if any(row.extra for row in model.rows):
        insurance_text += f.t("payment_extras")
    if clauses.mandate_reference:
        return f.t(
            "clause_payment_debit",
            total=f.money(total),
            insurance=insurance_text,
            mandate=clauses.mandate_reference,
            reference=model.reference,
        )
    account = model.letterhead.transfer_account or f.t("payment_account_unknown")
    return f.t(
        "clause_payment_transfer",
        total=f.money(total),
        insurance=insurance_text,
        account=account,
        reference=model.reference,
    )


def _resolution(model: AgreementModel, clauses: Clauses, f: Formatter) -> str:
    body = f.t("clause_resolution", days=f.integer(clauses.cure_days))
    if clauses.consumer_credit:
        body += f.t("clause_resolution_consumer")
    waived = model.debt.total("waived")
    if waived > Decimal(0):
        body += f.t("clause_resolution_waived", waived=f.money(waived))
    return body


def _ficp(clauses: Clauses, f: Formatter) -> str:
    body = f.t("clause_ficp")
    if clauses.ficp_registered_on is not None:  # said only where the client is registered
        body += f.t(
            "clause_ficp_registered",
            date=f.long_date(clauses.ficp_registered_on),
            incident=clauses.ficp_incident,
        )
    return body


def _guarantees(model: AgreementModel, f: Formatter) -> str:
    """The guarantees named, contract by contract; empty when no contract has one."""
    named = [
        f.t("guarantee_of_contract", reference=contract.reference, guarantee=contract.guarantee)
        for contract in model.contracts
        if contract.guarantee
    ]
    if not named:
        return ""
    return f.t("clause_guarantees", guarantees=f.t("list_separator").join(named))


def clause_items(model: AgreementModel, f: Formatter) -> list[tuple[str, str]]:
    """``(title, body)`` of every clause, in order, in the document's language."""
    clauses = model.clauses
    if clauses is None:  # an agreement made before the clauses were rewritten
        items = [
            ("clause_default_title", f.t("clause_default")),
            ("clause_early_title", f.t("clause_early")),
            ("clause_data_title", f.t("clause_data")),
        ]
        if model.reflection_days:
            items.append(
                ("clause_reflection_title", f.t("clause_reflection", days=model.reflection_days))
            )
        items.append(("clause_effect_title", f.t("clause_effect")))
        return [(f.t(title), body) for title, body in items]
    owed = model.debt.total_owed
    mediator = ", ".join(model.letterhead.mediator) or f.t("mediator_unknown")
    items = [
        (
            "clause_acknowledgement_title",
            f.t(
                "clause_acknowledgement",
                date=f.long_date(model.debt.as_of),
                amount=f.money(owed),
                words=amount_in_words(owed, f.language),
            ),
        ),
        ("clause_payment_title", _payment(model, clauses, f)),
        ("clause_resolution_title", _resolution(model, clauses, f)),
        ("clause_early_title", f.t("clause_early")),
        ("clause_ficp_title", _ficp(clauses, f)),
        ("clause_overindebtedness_title", f.t("clause_overindebtedness")),
        ("clause_mediation_title", f.t("clause_mediation", mediator=mediator)),
    ]
    if clauses.mortgage:
        days = model.reflection_days or MORTGAGE_REFLECTION_DAYS
        body = f.t("clause_amendment", days=f.integer(days))
        if model.offered_on is not None and model.acceptance_from is not None:
            body += " " + f.t(
                "clause_amendment_dates",
                offered=f.long_date(model.offered_on),
                earliest=f.long_date(model.acceptance_from),
            )
        items.append(("clause_amendment_title", body))
    guarantees = _guarantees(model, f)
    if guarantees:  # nothing printed where nothing applies
        items.append(("clause_guarantees_title", guarantees))
    items.append(("clause_data_title", f.t("clause_data")))
    effect = "clause_effect_parties" if model.other_parties else "clause_effect"
    items.append(("clause_effect_title", f.t(effect)))
    return [(f.t(title), body) for title, body in items]


def clauses_flowables(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """One paragraph per clause (numbered 5.1, 5.2… in the rewritten clauses)."""
    numbered = model.clauses is not None
    story: list[Flowable] = []
    for number, (title, body) in enumerate(clause_items(model, f), start=1):
        head = f.t("clause_numbered", number=number, title=title) if numbered else f"{title}."
        story.append(Paragraph(f"<b>{escaped(head)}</b> {escaped(body)}", s.clause))
    return story
