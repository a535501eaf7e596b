"""The opening of the agreement: letterhead and title, the two parties, and the
original contracts whose debt is rescheduled."""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from recouvrement_desktop.documents.agreement_model import AgreementModel
from recouvrement_desktop.documents.agreement_pdf.styles import (
    BAND,
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


def parties_section(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """The bank and the client side by side, then the preamble."""
    client = model.client
    client_lines = [f"<b>{escaped(client.full_name)}</b>"]
    if client.birth_date is not None:
        client_lines.append(escaped(f.t("born_on", date=f.short_date(client.birth_date))))
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
            f.t("party_bank_body", officer=officer.full_name, title=title, branch=officer.branch)
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
        Spacer(1, 8),
        Paragraph(escaped(f.t("preamble")), s.body),
    ]


def contracts_section(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """The original contracts whose debt this agreement reschedules."""
    header = [
        Paragraph(escaped(f.t("contract_reference")), s.head),
        Paragraph(escaped(f.t("contract_product")), s.head),
        Paragraph(escaped(f.t("contract_opened")), s.head),
        Paragraph(escaped(f.t("contract_amount")), s.head_right),
    ]
    rows: list[list[Any]] = [header]
    for contract in model.contracts:
        rows.append(
            [
                contract.reference,
                Paragraph(escaped(contract.product), s.cell),
                "" if contract.opened_on is None else f.short_date(contract.opened_on),
                "" if contract.initial_amount is None else f.money(contract.initial_amount),
            ]
        )
    widths = [40 * mm, TEXT_WIDTH - 40 * mm - 30 * mm - 34 * mm, 30 * mm, 34 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*grid_style(), ("ALIGN", (3, 1), (3, -1), "RIGHT")]))
    return [Paragraph(escaped(f.t("s_contracts")), s.heading), table]
