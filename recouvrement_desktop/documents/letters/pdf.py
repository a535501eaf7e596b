"""A letter to a client as an A4 PDF, on the bank's letterhead.

It reuses the agreement's look: the same fonts, colours and margins
(:mod:`..agreement_pdf.styles`) and the same page chrome (:mod:`..agreement_pdf.chrome`:
« Page X / Y », the reference and its QR code at the foot of every page, the bank's
legal mentions).  What is particular to a letter is the first page: the recipient's
address in the window of a DL window envelope (NF EN ISO 269 / La Poste: the window
sits 110 mm from the left edge, about 45 mm from the top, 90 × 45 mm), our
references beside it, then place and date, the subject and the body, and the
signature block at the end.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from recouvrement_desktop.documents.agreement_pdf.chrome import AgreementCanvas, PageChrome
from recouvrement_desktop.documents.agreement_pdf.styles import (
    BODY_FONT,
    BOLD_FONT,
    BOTTOM,
    GOLD,
    GREY,
    INK,
    MARGIN_X,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    TEXT_WIDTH,
    Formatter,
    escaped,
    fitting_font_size,
    paragraph_styles,
    register_fonts,
)
from recouvrement_desktop.documents.letters.data import LetterData
from recouvrement_desktop.documents.letters.templates import RenderedText
from recouvrement_desktop.documents.texts import text
from recouvrement_desktop.i18n.language import Language

__all__ = ["ADDRESS_WINDOW", "LETTER_QR_SCHEME", "letter_qr_payload", "render_letter_pdf"]

#: The DL envelope's window, in mm from the page's top-left corner: x1, y1, x2, y2.
ADDRESS_WINDOW: Final = (110.0, 45.0, 200.0, 90.0)
#: What the QR code carries: the scheme, the case reference, the letter and its version.
LETTER_QR_SCHEME: Final = "RD-LETTER-1"
# Where the body starts on the first page (below the window), from the top.
_FIRST_BODY_TOP: Final = 96 * mm
_LATER_BODY_TOP: Final = 20 * mm

_TEXTS: Final[dict[Language, dict[str, str]]] = {
    Language.FRENCH: {
        "our_references": "Nos références",
        "case": "Dossier : {value}",
        "client_number": "Client n° : {value}",
        "contracts": "Contrat(s) : {value}",
        "followed_by": "Affaire suivie par : {value}",
        "branch": "Agence : {value}",
        "place_date": "{place}, le {date}",
        "date_only": "Le {date}",
        "subject": "Objet : ",
        "signature_role": "Service Recouvrement amiable",
        "template": "Modèle {kind} v{version}",
        "running_title": "Dossier {reference}",
    },
    Language.ENGLISH: {
        "our_references": "Our references",
        "case": "Case: {value}",
        "client_number": "Client no.: {value}",
        "contracts": "Loan(s): {value}",
        "followed_by": "Handled by: {value}",
        "branch": "Branch: {value}",
        "place_date": "{place}, {date}",
        "date_only": "{date}",
        "subject": "Subject: ",
        "signature_role": "Amicable Recovery Department",
        "template": "Template {kind} v{version}",
        "running_title": "Case {reference}",
    },
}


def letter_qr_payload(case_reference: str, letter: RenderedText) -> str:
    """The QR code's content: which case, which letter, which template version."""
    return (
        f"{LETTER_QR_SCHEME};case={case_reference};kind={letter.kind.value};"
        f"version={letter.version}"
    )


class _LetterCanvas(AgreementCanvas):
    """The agreement's canvas (footer, QR code, page count) without its seal area:
    a letter is not sealed."""

    def _draw_seal_area(self) -> None:
        return


@dataclass(frozen=True, slots=True)
class _FirstPage:
    """What is drawn at fixed places on the first page (letterhead, window, references)."""

    data: LetterData
    references: tuple[str, ...]
    heading: str

    def draw(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        self._letterhead(canvas)
        self._window(canvas)
        self._references(canvas)
        canvas.restoreState()

    def _letterhead(self, canvas: Canvas) -> None:
        head = self.data.letterhead
        top = PAGE_HEIGHT - 14 * mm
        x = MARGIN_X
        if head.logo_path is not None and head.logo_path.is_file():
            canvas.drawImage(
                ImageReader(str(head.logo_path)),
                MARGIN_X,
                top - 17 * mm,
                width=19 * mm,
                height=17 * mm,
                preserveAspectRatio=True,
                mask="auto",
            )
            x += 23 * mm
        canvas.setFillColor(NAVY)
        canvas.setFont(BOLD_FONT, 13)
        canvas.drawString(x, top - 6 * mm, head.name)
        canvas.setFillColor(GREY)
        canvas.setFont(BODY_FONT, 8.5)
        y = top - 11 * mm
        for line in head.address_lines:
            canvas.drawString(x, y, line)
            y -= 11
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(1.2)
        rule = top - 20 * mm
        canvas.line(MARGIN_X, rule, PAGE_WIDTH - MARGIN_X, rule)

    def _window(self, canvas: Canvas) -> None:
        x1, y1, x2, _y2 = ADDRESS_WINDOW
        left = (x1 + 6) * mm
        head = self.data.letterhead
        # The sender's return line, small, at the top of the window (La Poste's usage).
        canvas.setFillColor(GREY)
        sender = " · ".join((head.name, *head.address_lines))
        size = fitting_font_size([sender], BODY_FONT, (x2 - x1 - 16) * mm, 6.5)
        canvas.setFont(BODY_FONT, size)
        canvas.drawString(left, PAGE_HEIGHT - (y1 + 5) * mm, sender)
        canvas.setFillColor(INK)
        recipient = self.data.recipient
        y = PAGE_HEIGHT - (y1 + 13) * mm
        canvas.setFont(BOLD_FONT, 10)
        canvas.drawString(left, y, recipient.name)
        canvas.setFont(BODY_FONT, 10)
        for line in recipient.address_lines[:5]:
            y -= 13
            canvas.drawString(left, y, line)

    def _references(self, canvas: Canvas) -> None:
        y = PAGE_HEIGHT - 52 * mm
        canvas.setFillColor(NAVY)
        canvas.setFont(BOLD_FONT, 8)
        canvas.drawString(MARGIN_X, y, self.heading)
        canvas.setFillColor(INK)
        canvas.setFont(BODY_FONT, 8)
        for line in self.references:
            y -= 11
            canvas.drawString(MARGIN_X, y, line[:70])


_BOLD: Final = re.compile(r"\*\*(.+?)\*\*")


def _markup(line: str) -> str:
    """A line of the body as paragraph markup: escaped, ``**…**`` in bold."""
    return _BOLD.sub(r"<b>\1</b>", escaped(line))


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    base = paragraph_styles().body
    body = ParagraphStyle(
        "letter", parent=base, fontSize=9.5, leading=12.9, spaceAfter=5, alignment=TA_JUSTIFY
    )
    return {
        "body": body,
        "item": ParagraphStyle(
            "letter_item", parent=body, leftIndent=9 * mm, bulletIndent=4 * mm, spaceAfter=2
        ),
        "date": ParagraphStyle("letter_date", parent=body, alignment=TA_RIGHT, spaceAfter=6),
        "sending": ParagraphStyle(
            "letter_sending", parent=body, fontName=BOLD_FONT, fontSize=9, spaceAfter=3
        ),
        "subject": ParagraphStyle("letter_subject", parent=body, alignment=TA_LEFT, spaceAfter=9),
        "signature": ParagraphStyle(
            "letter_signature", parent=body, leftIndent=92 * mm, spaceAfter=0, alignment=TA_LEFT
        ),
    }


_FIGURE_ITEM: Final = re.compile(r"^(?P<label>[^:]+?)\s?:\s+(?P<value>.*\d.*)$")


def _figures(items: Sequence[str]) -> Flowable | None:
    """A list whose every item is « label : amount » as a table of figures, amounts
    aligned on the right; an item in bold (the total) with a rule above it."""
    rows: list[list[str]] = []
    bold_rows: list[int] = []
    for index, item in enumerate(items):
        bold = item.startswith("**") and item.endswith("**") and len(item) > 4
        found = _FIGURE_ITEM.match(item[2:-2] if bold else item)
        if found is None or "**" in found.group(0):
            return None
        rows.append(["", found.group("label"), found.group("value")])
        if bold:
            bold_rows.append(index)
    body = _styles()["body"]
    table = Table(rows, colWidths=[9 * mm, 78 * mm, 34 * mm], hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
        ("FONTSIZE", (0, 0), (-1, -1), body.fontSize),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (1, 0), (2, -1), 0.25, RULE),
    ]
    for row in bold_rows:
        style += [
            ("FONTNAME", (1, row), (2, row), BOLD_FONT),
            ("LINEABOVE", (1, row), (2, row), 0.8, NAVY),
            ("LINEBELOW", (1, row), (2, row), 0, colors.white),
        ]
    table.setStyle(TableStyle(style))
    return table


def _body(body: str) -> list[Flowable]:
    """Paragraphs separated by blank lines; ``- `` lines as bulleted items, or as a
    table of figures when each is « label : amount »."""
    s = _styles()
    story: list[Flowable] = []
    for block in re.split(r"\n\s*\n", body):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        items = [line[2:].strip() for line in lines if line.startswith("- ")]
        if lines and len(items) == len(lines):
            table = _figures(items)
            if table is not None:
                story += [table, Spacer(1, 7)]
                continue
            story += [Paragraph(_markup(item), s["item"], bulletText="•") for item in items]
            story.append(Spacer(1, 4))
        elif lines:
            story.append(Paragraph(_markup(" ".join(lines)), s["body"]))
    return story


def render_letter_pdf(letter: RenderedText, data: LetterData, *, created_at: datetime) -> bytes:
    """The letter as PDF bytes; the same inputs give the same bytes."""
    register_fonts()
    language = letter.language
    words = _TEXTS[language]
    f = Formatter(language)
    s = _styles()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=_LATER_BODY_TOP,
        bottomMargin=BOTTOM,
        invariant=1,
        title=letter.subject,
        subject=letter.subject,
        author=data.letterhead.name,
        creator="Recouvrement Desktop",
        lang=language.value,
    )
    first = _FirstPage(
        data=data,
        heading=words["our_references"],
        references=(
            words["case"].format(value=data.case_reference),
            words["client_number"].format(value=data.client_number),
            words["contracts"].format(value=data.contract_numbers),
            words["followed_by"].format(value=data.officer_name),
            words["branch"].format(value=data.branch),
        ),
    )

    def frame(top: float, name: str) -> Frame:
        return Frame(
            MARGIN_X,
            BOTTOM,
            TEXT_WIDTH,
            PAGE_HEIGHT - top - BOTTOM,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[frame(_FIRST_BODY_TOP, "first")], onPage=first.draw),
            PageTemplate(id="later", frames=[frame(_LATER_BODY_TOP, "later")]),
        ]
    )
    story: list[Flowable] = [NextPageTemplate("later")]
    dated = words["place_date" if data.place else "date_only"]
    story.append(
        Paragraph(escaped(dated.format(place=data.place, date=data.letter_date)), s["date"])
    )
    if letter.sending:
        story.append(Paragraph(escaped(letter.sending), s["sending"]))
    story.append(
        Paragraph(f"<b>{escaped(words['subject'])}{escaped(letter.subject)}</b>", s["subject"])
    )
    body = _body(letter.body)
    # The closing formula stays with the signature: never a signature alone on a page.
    story += body[:-1]
    story.append(
        KeepTogether([*body[-1:], Spacer(1, 5 * mm), *_signature(data, words["signature_role"])])
    )
    chrome = PageChrome(
        bank_name=data.letterhead.name,
        running_title=words["running_title"].format(reference=data.case_reference),
        reference_line=f.t("reference", reference=data.case_reference),
        fingerprint_line=words["template"].format(kind=letter.kind.value, version=letter.version),
        qr_value=letter_qr_payload(data.case_reference, letter),
        legal_mentions=data.letterhead.legal_mentions,
        page_label=lambda page, pages: text(language, "page", page=page, pages=pages),
        banner=None,
        banner_color=None,
        watermark=None,
        created_at=created_at,
        seal_caption="",
        seal_placeholder="",
    )
    doc.build(story, canvasmaker=functools.partial(_LetterCanvas, chrome=chrome))
    return buffer.getvalue()


def _signature(data: LetterData, role: str) -> Sequence[Flowable]:
    s = _styles()["signature"]
    lines = [Paragraph(f"<b>{escaped(data.officer_name)}</b>", s)] if data.officer_name else []
    return [*lines, Paragraph(escaped(role), s), Paragraph(escaped(data.letterhead.name), s)]
