"""The look of the agreement: fonts, colours, page geometry, paragraph styles, and the
formatting of figures in the document's language.

Every other module of the package draws with these, so that a colour or a margin is
changed in one place.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from recouvrement_desktop.documents.texts import text
from recouvrement_desktop.i18n.fast_money import fast_money
from recouvrement_desktop.i18n.formatting import (
    format_date,
    format_datetime,
    format_integer,
    format_percent,
)
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import resource_path

__all__ = [
    "AWAITING_AMBER",
    "BAND",
    "BODY_FONT",
    "BOLD_FONT",
    "BOTTOM",
    "EVIDENCE_BOTTOM",
    "GOLD",
    "GREY",
    "HEAD_BG",
    "INK",
    "MARGIN_X",
    "NAVY",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "PROPOSAL_RED",
    "QR_SIZE",
    "RULE",
    "SEAL_BOX",
    "SIGNATURE_INK",
    "TEXT_WIDTH",
    "TOP_FIRST",
    "TOP_LATER",
    "Formatter",
    "Styles",
    "escaped",
    "fitting_font_size",
    "grid_style",
    "paragraph_styles",
    "register_fonts",
]

BODY_FONT: Final = "DejaVuSans"
BOLD_FONT: Final = "DejaVuSans-Bold"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X: Final = 18 * mm
TOP_FIRST: Final = 14 * mm
TOP_LATER: Final = 27 * mm
BOTTOM: Final = 31 * mm
TEXT_WIDTH: Final = PAGE_WIDTH - 2 * MARGIN_X
QR_SIZE: Final = 19 * mm
#: Where the seal's visible stamp goes on the last (evidence) page: x1, y1, x2, y2 in
#: points.  The evidence page keeps this area free.
SEAL_BOX: Final = (51, 100, 335, 174)
EVIDENCE_BOTTOM: Final = BOTTOM + 42 * mm

NAVY: Final = colors.HexColor("#142D5A")
GOLD: Final = colors.HexColor("#C9A24A")
INK: Final = colors.HexColor("#1E1E1E")
GREY: Final = colors.HexColor("#5F6670")
RULE: Final = colors.HexColor("#C5CAD3")
BAND: Final = colors.HexColor("#F2F4F8")
HEAD_BG: Final = colors.HexColor("#E3E8F1")
PROPOSAL_RED: Final = colors.HexColor("#A3262A")
AWAITING_AMBER: Final = colors.HexColor("#B06B00")
SIGNATURE_INK: Final = colors.HexColor("#0B2A6F")


# ------------------------------------------------------------------------- fonts


@functools.cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans (every French character, U+202F, €).

    Also turns off ReportLab's ASCII-85 armour of streams (a process-wide setting;
    this application is ReportLab's only user): binary streams are smaller and
    faster to write, and every PDF reader takes them.
    """
    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(BODY_FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD_FONT, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        BODY_FONT, normal=BODY_FONT, bold=BOLD_FONT, italic=BODY_FONT, boldItalic=BOLD_FONT
    )


# ------------------------------------------------------------------------ styles


@dataclass(frozen=True, slots=True)
class Styles:
    """The paragraph styles of the agreement, built once per process."""

    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    bank_name: ParagraphStyle
    bank_address: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    party_title: ParagraphStyle
    clause: ParagraphStyle
    bullet: ParagraphStyle


@functools.cache
def paragraph_styles() -> Styles:
    """The styles, derived from one body style so that the document reads as one."""
    body = ParagraphStyle(
        "body", fontName=BODY_FONT, fontSize=9, leading=12.6, textColor=INK, spaceAfter=4
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0)
    head = ParagraphStyle(
        "head",
        parent=body,
        fontName=BOLD_FONT,
        fontSize=7.5,
        leading=9,
        textColor=NAVY,
        spaceAfter=0,
    )
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, textColor=GREY),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD_FONT,
            fontSize=17,
            leading=21,
            textColor=NAVY,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=2,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, alignment=TA_CENTER, textColor=GREY, spaceAfter=10
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD_FONT,
            fontSize=10.5,
            leading=14,
            textColor=NAVY,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        bank_name=ParagraphStyle(
            "bank_name", parent=body, fontName=BOLD_FONT, fontSize=13, leading=16, textColor=NAVY
        ),
        bank_address=ParagraphStyle(
            "bank_address", parent=body, fontSize=8.5, leading=11, textColor=GREY, spaceAfter=0
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD_FONT),
        head=head,
        head_right=ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT),
        party_title=ParagraphStyle(
            "party_title",
            parent=body,
            fontName=BOLD_FONT,
            fontSize=8,
            leading=11,
            textColor=GREY,
            spaceAfter=2,
        ),
        clause=ParagraphStyle("clause", parent=body, fontSize=8.6, leading=12, spaceAfter=5),
        bullet=ParagraphStyle(
            "bullet", parent=body, fontSize=8.6, leading=12, leftIndent=10, bulletIndent=2
        ),
    )


# ---------------------------------------------------------------------- helpers


class Formatter:
    """Formatting in the document's language (Babel), never the interface's."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.money = functools.partial(fast_money, language=language)

    def percent(self, value: Decimal) -> str:
        return format_percent(value, self.language)

    def short_date(self, value: date) -> str:
        return format_date(value, self.language)

    def long_date(self, value: date) -> str:
        return format_date(value, self.language, length="long")

    def moment(self, value: datetime) -> str:
        return format_datetime(value, self.language)

    def integer(self, value: int) -> str:
        return format_integer(value, self.language)

    def t(self, key: str, **params: object) -> str:
        return text(self.language, key, **params)


def escaped(value: str) -> str:
    """Escape data for a ReportLab paragraph (names may contain ``&`` or ``<``)."""
    return escape(value)


def fitting_font_size(cells: Sequence[str], font: str, room: float, preferred: float) -> float:
    """The largest font size up to *preferred* at which every cell fits in *room*."""
    widest = max((pdfmetrics.stringWidth(c, font, preferred) for c in cells), default=0.0)
    if widest <= room:
        return preferred
    return max(5.0, int(preferred * room / widest * 4) / 4)


def grid_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    """The common look of a data table: a tinted header, a rule under it, thin rules."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), BODY_FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, NAVY),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
