"""The opening of the agreement: letterhead and title, the two parties, and the
original contracts whose debt is rescheduled."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from recouvrement_desktop.documents.agreement_model import AgreementModel, OtherParty, PartyRole
from recouvrement_desktop.documents.agreement_pdf.styles import (
    BAND,
    BOLD_FONT,
    GOLD,
    NAVY,
    PROPOSAL_RED,
    TEXT_WIDTH,
    Formatter,
    Styles,
    escaped,
    grid_style,
)

__all__ = ["contracts_section", "letterhead_section", "parties_section"]


def letterhead_section(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """The bank's letterhead, reference and date, then the document's title."""
    head = model.letterhead
    name = Paragraph(escaped(head.name), s.bank_name)
    address = Paragraph("<br/>".join(escaped(line) for line in head.address_lines), s.bank_address)
    right = Paragraph(
        f"<b>{escaped(f.t('reference', reference=model.reference))}</b><br/>"
        f"{escaped(f.long_date(model.signed_on))}",
        ParagraphStyle("head_ref", parent=s.bank_address, alignment=TA_RIGHT),
    )
    logo: Any = ""
    if head.logo_path is not None and head.logo_path.is_file():
        logo = Image(str(head.logo_path), width=19 * mm, height=17 * mm, kind="proportional")
    table = Table(
        [[logo, [name, Spacer(1, 1.5), address], right]],
        colWidths=[21 * mm, TEXT_WIDTH - 21 * mm - 50 * mm, 50 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, GOLD),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story: list[Flowable] = [table, Spacer(1, 8)]
    story.append(Paragraph(escaped(f.t("title")), s.title))
    story.append(
        Paragraph(
            escaped(f.t("subtitle", reference=model.reference, date=f.long_date(model.signed_on))),
            s.subtitle,
        )
    )
    if head.demonstration:
        story.append(
            Paragraph(
                escaped(f.t("demo_bank")),
                ParagraphStyle("demo", parent=s.small, alignment=TA_CENTER, textColor=PROPOSAL_RED),
            )
        )
    return story


def _unbroken_quotes(value: str) -> str:
    """French guillemets hold to their word (no « » alone at the start of a line)."""
    return value.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def _branch_name(branch: str) -> str:
    """The branch's name after « agence » (« agence Agence Lyon » reads twice)."""
    for prefix in ("Agence ", "Branch "):
        if branch.startswith(prefix):
            return branch[len(prefix) :]
    return branch


def _born_key(title: str) -> str:
    """« née » after Mme, « né » after M.; « né(e) » when the title is unknown."""
    if title in ("Mme", "Mlle", "Madame"):
        return "born_on_f"
    if title in ("M.", "Monsieur"):
        return "born_on_m"
    return "born_on"


def parties_section(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """The bank and the client side by side, then the preamble."""
    client = model.client
    client_lines = [f"<b>{escaped(client.full_name)}</b>"]
    if client.birth_date is not None:
        key = _born_key(client.title or client.full_name.split(" ", 1)[0])
        client_lines.append(escaped(f.t(key, date=f.short_date(client.birth_date))))
    client_lines.extend(escaped(line) for line in client.address_lines)
    if client.client_number:
        client_lines.append(escaped(f.t("client_number", number=client.client_number)))
    client_lines.append(f"<i>{escaped(f.t('party_client_suffix'))}</i>")
    officer = model.officer
    title = f", {officer.title}" if officer.title else ""
    bank_lines = [
        f"<b>{escaped(model.letterhead.name)}</b>",
        *(escaped(line) for line in model.letterhead.address_lines),
        escaped(
            f.t(
                "party_bank_body",
                officer=officer.full_name,
                title=title,
                branch=_branch_name(officer.branch),
            )
        ),
        f"<i>{escaped(f.t('party_bank_suffix'))}</i>",
    ]
    left = [
        Paragraph(escaped(f.t("party_bank").upper()), s.party_title),
        Paragraph("<br/>".join(bank_lines), s.cell),
    ]
    right = [
        Paragraph(escaped(f.t("party_client").upper()), s.party_title),
        Paragraph("<br/>".join(client_lines), s.cell),
    ]
    half = (TEXT_WIDTH - 6 * mm) / 2
    table = Table([[left, "", right]], colWidths=[half, 6 * mm, half])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, 0), BAND),
                ("BACKGROUND", (2, 0), (2, 0), BAND),
                ("LINEBEFORE", (0, 0), (0, 0), 2, NAVY),
                ("LINEBEFORE", (2, 0), (2, 0), 2, NAVY),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [
        Paragraph(escaped(f.t("between")), s.body),
        table,
        *_other_parties(model, f, s),
        Spacer(1, 8),
        Paragraph(escaped(f.t("preamble")), s.body),
    ]


def _other_party_cell(party: OtherParty, f: Formatter, s: Styles) -> list[Flowable]:
    """One co-borrower or guarantor: who, bound by which contracts, and how."""
    key = "co_borrower" if party.role is PartyRole.CO_BORROWER else "guarantor"
    many = "_many" if len(party.contracts) > 1 else ""
    contracts = f.t("list_separator").join(party.contracts)
    lines = [f"<b>{escaped(party.full_name)}</b>"]
    if party.contracts:
        lines.append(escaped(f.t(f"party_{key}_body{many}", contracts=contracts)))
    lines.append(f"<i>{escaped(f.t(f'party_{key}_suffix'))}</i>")
    return [
        Paragraph(escaped(f.t(f"party_{key}").upper()), s.party_title),
        Paragraph("<br/>".join(lines), s.cell),
    ]


def _other_parties(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """The co-borrowers and guarantors, two a row, in the style of the two parties."""
    parties = model.other_parties
    if not parties:
        return []
    cells = [_other_party_cell(party, f, s) for party in parties]
    rows: list[list[Any]] = []
    for start in range(0, len(cells), 2):
        pair = cells[start : start + 2]
        rows.append([pair[0], "", pair[1] if len(pair) > 1 else ""])
    half = (TEXT_WIDTH - 6 * mm) / 2
    table = Table(rows, colWidths=[half, 6 * mm, half])
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    for index in range(len(cells)):
        row, column = divmod(index, 2)
        cell = (2 * column, row)
        style += [("BACKGROUND", cell, cell, BAND), ("LINEBEFORE", cell, cell, 2, NAVY)]
    if len(rows) > 1:  # a gap between two rows of parties
        style.append(("LINEBELOW", (0, 0), (-1, -2), 4, "white"))
    table.setStyle(TableStyle(style))
    return [Spacer(1, 5), Paragraph(escaped(f.t("party_others")), s.body), table]


def contracts_section(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """The original contracts whose debt this agreement reschedules: their own terms,
    what each owed, and, when several are merged, what becomes of each."""
    contracts = model.contracts
    with_terms = any(c.rate_pct is not None for c in contracts)
    keys = ["contract_reference", "contract_product", "contract_opened", "contract_amount"]
    if with_terms:
        keys += ["contract_rate", "contract_term", "contract_installment"]
    header = [
        Paragraph(escaped(f.t(key)), s.head if i < 3 else s.head_right)
        for i, key in enumerate(keys)
    ]
    rows: list[list[Any]] = [header]
    for contract in contracts:
        row: list[Any] = [
            Paragraph(escaped(contract.reference), s.cell),
            Paragraph(escaped(_unbroken_quotes(contract.product)), s.cell),
            "" if contract.opened_on is None else f.short_date(contract.opened_on),
            "" if contract.initial_amount is None else f.money(contract.initial_amount),
        ]
        if with_terms:
            row += [
                "" if contract.rate_pct is None else f.percent(contract.rate_pct),
                ""
                if contract.term_months is None
                else f.t("term_months", months=f.integer(contract.term_months)),
                "" if contract.installment is None else f.money(contract.installment),
            ]
        rows.append(row)
    if with_terms:
        fixed = [29 * mm, 21 * mm, 25 * mm, 15 * mm, 20 * mm, 21 * mm]
        widths = [fixed[0], TEXT_WIDTH - sum(fixed), *fixed[1:]]
    else:
        widths = [40 * mm, TEXT_WIDTH - 40 * mm - 30 * mm - 34 * mm, 30 * mm, 34 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*grid_style(), ("ALIGN", (3, 1), (-1, -1), "RIGHT")]))
    story: list[Flowable] = [Paragraph(escaped(f.t("s_contracts")), s.heading), table]
    story += _debt_per_contract(model, f, s)
    return story


_DEBT_PARTS = (
    ("outstanding_principal", "cd_principal"),
    ("arrears", "cd_arrears"),
    ("late_interest", "cd_late_interest"),
    ("fees", "cd_fees_only"),
    ("penalties", "cd_penalties"),
)


def _debt_per_contract(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """What each contract owed (columns that are nil everywhere left out)."""
    owing = [c for c in model.contracts if c.debt is not None]
    if not owing:
        return []
    debts = [c.debt for c in owing if c.debt is not None]
    parts = [(a, k) for a, k in _DEBT_PARTS if any(getattr(d, a) for d in debts)]
    header = [Paragraph(escaped(f.t("cd_contract")), s.head)]
    header += [Paragraph(escaped(f.t(k)), s.head_right) for _, k in parts]
    header.append(Paragraph(escaped(f.t("cd_total")), s.head_right))
    rows: list[list[Any]] = [header]
    for contract, debt in zip(owing, debts, strict=True):
        rows.append(
            [
                Paragraph(escaped(contract.reference), s.cell),
                *(f.money(getattr(debt, a)) for a, _ in parts),
                f.money(debt.total),
            ]
        )
    if len(owing) > 1:
        rows.append(
            [
                f.t("cd_total"),
                *(f.money(sum((getattr(d, a) for d in debts), Decimal(0))) for a, _ in parts),
                f.money(sum((d.total for d in debts), Decimal(0))),
            ]
        )
    first = 34 * mm
    rest = (TEXT_WIDTH - first) / (len(parts) + 1)
    table = Table(rows, colWidths=[first] + [rest] * (len(parts) + 1), repeatRows=1)
    style = [*grid_style(), ("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    if len(owing) > 1:
        style += [
            ("FONTNAME", (0, -1), (-1, -1), BOLD_FONT),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY),
        ]
    table.setStyle(TableStyle(style))
    story: list[Flowable] = [
        Spacer(1, 6),
        Paragraph(
            f"<b>{escaped(f.t('contracts_debt_title', date=f.long_date(model.debt.as_of)))}</b>",
            s.body,
        ),
        table,
    ]
    if len(owing) > 1:
        story += [Spacer(1, 5), Paragraph(escaped(f.t("merge_intro")), s.body)]
        new_rate = f.percent(model.terms.rate_pct)
        for contract, debt in zip(owing, debts, strict=True):
            params = {
                "reference": contract.reference,
                "product": contract.product,
                "amount": f.money(debt.total),
                "new_rate": new_rate,
            }
            if contract.rate_pct is None:
                line = f.t("merge_contract_no_rate", **params)
            else:
                line = f.t("merge_contract", old_rate=f.percent(contract.rate_pct), **params)
            story.append(Paragraph(escaped(line), s.bullet, bulletText="–"))
    return story
