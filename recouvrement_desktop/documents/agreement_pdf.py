"""The repayment agreement as an A4 PDF (ReportLab platypus).

``render_agreement(model)`` is a pure function of the model: the same model gives
the same bytes (ReportLab's invariant mode, the PDF's dates taken from
``model.evidence.created_at``), so that reprinting an archived agreement gives an
identical file before it is sealed (:mod:`.seal`).

Every page carries « Page X / Y », the agreement reference and the content
fingerprint with a QR code.  The fingerprint is the SHA-256 of the model in
canonical JSON (:func:`.agreement_model.content_fingerprint`), *not* of the file:
the hash of a file cannot be printed inside it.  The archive stores the SHA-256 of
the final sealed file separately, and the PAdES seal protects the bytes.
"""

from __future__ import annotations

import functools
import io
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from recouvrement_desktop.documents.agreement_model import (
    AgreementModel,
    Signature,
    content_fingerprint,
    qr_payload,
    short_fingerprint,
)
from recouvrement_desktop.documents.texts import component_label, text
from recouvrement_desktop.domain.recovery import Channel
from recouvrement_desktop.i18n.fast_money import fast_money
from recouvrement_desktop.i18n.formatting import (
    format_date,
    format_datetime,
    format_integer,
    format_percent,
)
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.paths import resource_path

__all__ = ["BODY_FONT", "BOLD_FONT", "SEAL_BOX", "register_fonts", "render_agreement"]

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
class _Styles:
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


@functools.cache
def _styles() -> _Styles:
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
    return _Styles(
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
    )


# ---------------------------------------------------------------------- helpers


class _Formatter:
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


def _p(value: str) -> str:
    """Escape data for a ReportLab paragraph (names may contain ``&`` or ``<``)."""
    return escape(value)


def _channel_text(f: _Formatter, channel: Channel) -> str:
    if channel is Channel.PHONE:
        return f.t("channel_phone")
    if channel is Channel.BRANCH:
        return f.t("channel_branch")
    return f.t("channel_other", channel=str(channel))


def _status_text(f: _Formatter, model: AgreementModel) -> str:
    if model.status.non_binding_proposal:
        return f.t("status_proposal")
    if model.status.awaiting_countersignature:
        return f.t("status_awaiting")
    return f.t("status_final")


def _fitting_size(cells: Sequence[str], font: str, room: float, preferred: float) -> float:
    """The largest font size up to *preferred* at which every cell fits in *room*."""
    widest = max((pdfmetrics.stringWidth(c, font, preferred) for c in cells), default=0.0)
    if widest <= room:
        return preferred
    return max(5.0, int(preferred * room / widest * 4) / 4)


def _grid_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
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


# --------------------------------------------------------------------- flowables


class _SignatureBox(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A signature area: a light frame and the drawn strokes as vector paths."""

    def __init__(self, signature: Signature | None, placeholder: str, height: float) -> None:
        super().__init__()
        self.signature = signature
        self.placeholder = placeholder
        self.box_height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.box_width = avail_width
        return avail_width, self.box_height

    def draw(self) -> None:
        canvas = self.canv
        width, height = self.box_width, self.box_height
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.setDash(2, 2)
        canvas.roundRect(0, 0, width, height, 3, stroke=1, fill=0)
        canvas.setDash()
        signature = self.signature
        if signature is None or not any(len(line) > 0 for line in signature.strokes):
            canvas.setFillColor(GREY)
            canvas.setFont(BODY_FONT, 8)
            canvas.drawCentredString(width / 2, height / 2 - 3, self.placeholder)
            canvas.restoreState()
            return
        pad = 4.0
        inner_w, inner_h = width - 2 * pad, height - 2 * pad
        aspect = signature.aspect if signature.aspect > 0 else 3.0
        draw_w = min(inner_w, inner_h * aspect)
        draw_h = draw_w / aspect
        x0 = pad + (inner_w - draw_w) / 2
        y0 = pad + (inner_h - draw_h) / 2
        canvas.setStrokeColor(SIGNATURE_INK)
        canvas.setLineWidth(1.1)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        path = canvas.beginPath()
        for line in signature.strokes:
            if not line:
                continue
            (x, y), rest = line[0], line[1:]
            path.moveTo(x0 + x * draw_w, y0 + (1 - y) * draw_h)
            if not rest:  # a dot
                path.lineTo(x0 + x * draw_w + 0.3, y0 + (1 - y) * draw_h)
            for x, y in rest:
                path.lineTo(x0 + x * draw_w, y0 + (1 - y) * draw_h)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


# ------------------------------------------------------------------ page chrome


@dataclass(frozen=True, slots=True)
class _Chrome:
    """What is drawn around the content of every page."""

    bank_name: str
    running_title: str
    reference_line: str
    fingerprint_line: str
    qr_value: str
    legal_mentions: tuple[str, ...]
    page_label: Callable[[int, int], str]
    banner: str | None
    banner_color: Any
    watermark: str | None
    created_at: datetime
    seal_caption: str
    seal_placeholder: str


def _timestamp(moment: datetime) -> TimeStamp:
    """A ReportLab time stamp fixed at *moment* (the PDF's creation date)."""
    stamp = TimeStamp(invariant=True)
    seconds = moment.timestamp()
    utc = time.gmtime(seconds)
    stamp.t = seconds
    stamp.lt = utc
    stamp.YMDhms = tuple(utc)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


class _AgreementCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Keeps every page until the end, then draws the footers knowing the page count."""

    def __init__(self, *args: Any, chrome: _Chrome, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._chrome = chrome
        self._pages: list[dict[str, Any]] = []
        # ReportLab offers invariant mode (a fixed date in 2000) but no public way to
        # set the creation date; the document's own date is more truthful.
        if hasattr(self, "_doc") and hasattr(self._doc, "_timeStamp"):
            self._doc._timeStamp = _timestamp(chrome.created_at)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if number == 1:
                self._define_qr()
            self._draw_chrome(number, total)
            super().showPage()
        super().save()

    def _define_qr(self) -> None:
        """The QR code as a form drawn once and placed on every page (one path)."""
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(self._chrome.qr_value)
        # ``make()`` tries the eight mask patterns to pick the "best" (~50 ms in pure
        # Python); any mask gives a valid code, and this one scans well (tested).
        code.version = code.calculate_version()
        code.makeImpl(False, 0)
        count = code.getModuleCount()
        module = QR_SIZE / count
        self.beginForm("fingerprint_qr", lowerx=0, lowery=0, upperx=QR_SIZE, uppery=QR_SIZE)
        path = self.beginPath()
        for row in range(count):
            y = QR_SIZE - (row + 1) * module
            col = 0
            while col < count:
                if code.isDark(row, col):
                    run = col
                    while run < count and code.isDark(row, run):
                        run += 1
                    path.rect(col * module, y, (run - col) * module, module)
                    col = run
                else:
                    col += 1
        self.setFillColor(colors.black)
        self.drawPath(path, stroke=0, fill=1)
        self.endForm()

    def _draw_chrome(self, number: int, total: int) -> None:
        chrome = self._chrome
        self.saveState()
        if chrome.watermark:
            self.saveState()
            self.setFillColor(PROPOSAL_RED)
            self.setFillAlpha(0.07)
            self.setFont(BOLD_FONT, 92)
            self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            self.rotate(45)
            self.drawCentredString(0, -30, chrome.watermark)
            self.restoreState()
        top = PAGE_HEIGHT
        if number > 1:
            self.setFont(BOLD_FONT, 8)
            self.setFillColor(NAVY)
            self.drawString(MARGIN_X, top - 12 * mm, chrome.bank_name)
            self.setFont(BODY_FONT, 8)
            self.setFillColor(GREY)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, top - 12 * mm, chrome.running_title)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 14 * mm, PAGE_WIDTH - MARGIN_X, top - 14 * mm)
        if chrome.banner:
            y = top - (22 * mm if number > 1 else 9 * mm)
            self.setFillColor(chrome.banner_color)
            self.roundRect(MARGIN_X, y, TEXT_WIDTH, 6 * mm, 1.5, stroke=0, fill=1)
            self.setFillColor(colors.white)
            self.setFont(BOLD_FONT, 8)
            self.drawCentredString(PAGE_WIDTH / 2, y + 2.1 * mm, chrome.banner)
        if number == total:
            self._draw_seal_area()
        self._draw_footer(number, total)
        self.restoreState()

    def _draw_seal_area(self) -> None:
        x1, y1, x2, y2 = SEAL_BOX
        self.setFillColor(NAVY)
        self.setFont(BOLD_FONT, 8)
        self.drawString(x1, y2 + 3 * mm, self._chrome.seal_caption)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.setDash(2, 2)
        # inset, so that the stamp (opaque, drawn over this area) hides it entirely
        self.roundRect(x1 + 2, y1 + 2, x2 - x1 - 4, y2 - y1 - 4, 4, stroke=1, fill=0)
        self.setDash()
        self.setFillColor(GREY)
        self.setFont(BODY_FONT, 7)
        self.drawCentredString((x1 + x2) / 2, (y1 + y2) / 2 - 2, self._chrome.seal_placeholder)

    def _draw_footer(self, number: int, total: int) -> None:
        chrome = self._chrome
        right = PAGE_WIDTH - MARGIN_X
        qr_x = right - QR_SIZE
        qr_y = 6 * mm
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, BOTTOM - 5 * mm, right, BOTTOM - 5 * mm)
        self.saveState()
        self.translate(qr_x, qr_y)
        self.doForm("fingerprint_qr")
        self.restoreState()
        text_right = qr_x - 3 * mm
        self.setFillColor(NAVY)
        self.setFont(BOLD_FONT, 9)
        self.drawRightString(text_right, qr_y + 14 * mm, chrome.page_label(number, total))
        self.setFillColor(INK)
        self.setFont(BODY_FONT, 7.5)
        self.drawRightString(text_right, qr_y + 9.6 * mm, chrome.reference_line)
        self.setFillColor(GREY)
        self.setFont(BODY_FONT, 6.5)
        self.drawRightString(text_right, qr_y + 5.6 * mm, chrome.fingerprint_line)
        # legal mentions, wrapped to the room left of the page block
        block = max(
            self.stringWidth(chrome.fingerprint_line, BODY_FONT, 6.5),
            self.stringWidth(chrome.reference_line, BODY_FONT, 7.5),
        )
        room = text_right - block - 6 * mm - MARGIN_X
        lines: list[str] = []
        for mention in chrome.legal_mentions:
            lines.extend(simpleSplit(mention, BODY_FONT, 6.3, room))
        y = qr_y + 14.5 * mm
        self.setFont(BODY_FONT, 6.3)
        for line in lines[:6]:
            self.drawString(MARGIN_X, y, line)
            y -= 7.6


# ---------------------------------------------------------------------- content


def _letterhead(model: AgreementModel, f: _Formatter, s: _Styles) -> list[Flowable]:
    head = model.letterhead
    name = Paragraph(_p(head.name), s.bank_name)
    address = Paragraph("<br/>".join(_p(line) for line in head.address_lines), s.bank_address)
    right = Paragraph(
        f"<b>{_p(f.t('reference', reference=model.reference))}</b><br/>"
        f"{_p(f.long_date(model.signed_on))}",
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
    story.append(Paragraph(_p(f.t("title")), s.title))
    story.append(
        Paragraph(
            _p(f.t("subtitle", reference=model.reference, date=f.long_date(model.signed_on))),
            s.subtitle,
        )
    )
    if head.demonstration:
        story.append(
            Paragraph(
                _p(f.t("demo_bank")),
                ParagraphStyle("demo", parent=s.small, alignment=TA_CENTER, textColor=PROPOSAL_RED),
            )
        )
    return story


def _parties(model: AgreementModel, f: _Formatter, s: _Styles) -> list[Flowable]:
    client = model.client
    client_lines = [f"<b>{_p(client.full_name)}</b>"]
    if client.birth_date is not None:
        client_lines.append(_p(f.t("born_on", date=f.short_date(client.birth_date))))
    client_lines.extend(_p(line) for line in client.address_lines)
    if client.client_number:
        client_lines.append(_p(f.t("client_number", number=client.client_number)))
    client_lines.append(f"<i>{_p(f.t('party_client_suffix'))}</i>")
    officer = model.officer
    title = f", {officer.title}" if officer.title else ""
    bank_lines = [
        f"<b>{_p(model.letterhead.name)}</b>",
        *(_p(line) for line in model.letterhead.address_lines),
        _p(f.t("party_bank_body", officer=officer.full_name, title=title, branch=officer.branch)),
        f"<i>{_p(f.t('party_bank_suffix'))}</i>",
    ]
    left = [
        Paragraph(_p(f.t("party_bank").upper()), s.party_title),
        Paragraph("<br/>".join(bank_lines), s.cell),
    ]
    right = [
        Paragraph(_p(f.t("party_client").upper()), s.party_title),
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
        Paragraph(_p(f.t("between")), s.body),
        table,
        Spacer(1, 8),
        Paragraph(_p(f.t("preamble")), s.body),
    ]


def _contracts(model: AgreementModel, f: _Formatter, s: _Styles) -> list[Flowable]:
    header = [
        Paragraph(_p(f.t("contract_reference")), s.head),
        Paragraph(_p(f.t("contract_product")), s.head),
        Paragraph(_p(f.t("contract_opened")), s.head),
        Paragraph(_p(f.t("contract_amount")), s.head_right),
    ]
    rows: list[list[Any]] = [header]
    for contract in model.contracts:
        rows.append(
            [
                contract.reference,
                Paragraph(_p(contract.product), s.cell),
                "" if contract.opened_on is None else f.short_date(contract.opened_on),
                "" if contract.initial_amount is None else f.money(contract.initial_amount),
            ]
        )
    widths = [40 * mm, TEXT_WIDTH - 40 * mm - 30 * mm - 34 * mm, 30 * mm, 34 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*_grid_style(), ("ALIGN", (3, 1), (3, -1), "RIGHT")]))
    return [Paragraph(_p(f.t("s_contracts")), s.heading), table]


_DEBT_COLUMNS: Final = (
    ("waived", "debt_waived"),
    ("down_payment", "debt_down_payment"),
    ("capitalized", "debt_capitalized"),
    ("spread", "debt_spread"),
    ("added_to_first", "debt_first"),
)


def _debt(model: AgreementModel, f: _Formatter, s: _Styles) -> list[Flowable]:
    debt = model.debt
    # Show only the treatments actually used, so the table reads at a glance.
    columns = [
        (attr, key)
        for attr, key in _DEBT_COLUMNS
        if attr == "capitalized" or debt.total(attr) != Decimal(0)
    ]
    header = [
        Paragraph(_p(f.t("debt_component")), s.head),
        Paragraph(_p(f.t("debt_owed")), s.head_right),
        *(Paragraph(_p(f.t(key)), s.head_right) for _, key in columns),
    ]
    rows: list[list[Any]] = [header]
    for line in debt.lines:
        rows.append(
            [
                component_label(f.language, line.component),
                f.money(line.owed),
                *(f.money(getattr(line, attr)) for attr, _ in columns),
            ]
        )
    rows.append(
        [
            f.t("debt_total"),
            f.money(debt.total_owed),
            *(f.money(debt.total(attr)) for attr, _ in columns),
        ]
    )
    first = 36 * mm
    rest = (TEXT_WIDTH - first) / (1 + len(columns))
    amounts = [cell for row in rows[1:] for cell in row[1:]]
    size = _fitting_size(amounts, BOLD_FONT, rest - 7, 8.5)
    table = Table(rows, colWidths=[first] + [rest] * (1 + len(columns)), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *_grid_style(),
                ("FONTSIZE", (0, 1), (-1, -1), size),
                ("LEFTPADDING", (1, 0), (-1, -1), 3),
                ("RIGHTPADDING", (1, 0), (-1, -1), 4),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("FONTNAME", (0, -1), (-1, -1), BOLD_FONT),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY),
            ]
        )
    )
    story: list[Flowable] = [
        Paragraph(_p(f.t("s_debt", date=f.long_date(debt.as_of))), s.heading),
        table,
        Spacer(1, 5),
    ]
    spread = max((line.spread_periods for line in debt.lines if line.spread), default=0)
    if spread:
        story.append(Paragraph(_p(f.t("debt_spread_note", periods=spread)), s.small))
    story.append(
        Paragraph(
            _p(
                f.t(
                    "debt_summary",
                    principal=f.money(debt.new_principal),
                    waived=f.money(debt.total("waived")),
                )
            ),
            s.body,
        )
    )
    return story


def _terms(model: AgreementModel, f: _Formatter, s: _Styles) -> list[Flowable]:
    terms = model.terms
    periodicity_key = f"periodicity_{terms.frequency_months}"
    pairs: list[tuple[str, str]] = [
        (f.t("t_principal"), f.money(terms.new_principal)),
        (f.t("t_installment"), f.money(terms.installment)),
        (f.t("t_periods"), f.integer(terms.periods)),
        (f.t("t_periodicity"), f.t(periodicity_key)),
        (f.t("t_first"), f.short_date(terms.first_due)),
        (f.t("t_last"), f.short_date(terms.last_due)),
        (f.t("t_rate"), f.percent(terms.rate_pct)),
        (f.t("t_apr"), f.percent(terms.apr_pct)),
        (f.t("t_insurance"), f.money(terms.insurance_per_installment)),
        (f.t("t_total_insurance"), f.money(terms.total_insurance)),
        (f.t("t_interest"), f.money(terms.total_interest)),
        (f.t("t_fees"), f.money(terms.fees)),
    ]
    if terms.grace_periods:
        pairs.append((f.t("t_grace"), f.t("grace_value", periods=terms.grace_periods)))
    pairs.append((f.t("t_cost"), f.money(terms.total_cost)))
    pairs.append((f.t("t_paid"), f.money(terms.total_paid)))
    if len(pairs) % 2:
        pairs.insert(-2, ("", ""))
    half = len(pairs) // 2
    rows = [
        [
            Paragraph(_p(pairs[i][0]), s.cell),
            pairs[i][1],
            "",
            Paragraph(_p(pairs[half + i][0]), s.cell),
            pairs[half + i][1],
        ]
        for i in range(half)
    ]
    label_w = 46 * mm
    value_w = (TEXT_WIDTH - 2 * label_w - 6 * mm) / 2
    table = Table(rows, colWidths=[label_w, value_w, 6 * mm, label_w, value_w])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BOLD_FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("ALIGN", (4, 0), (4, -1), "RIGHT"),
                ("BACKGROUND", (0, 0), (1, -1), BAND),
                ("BACKGROUND", (3, 0), (4, -1), BAND),
                ("LINEBELOW", (0, 0), (1, -2), 0.25, RULE),
                ("LINEBELOW", (3, 0), (4, -2), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return [Paragraph(_p(f.t("s_terms")), s.heading), table]


def _schedule(model: AgreementModel, f: _Formatter, s: _Styles) -> list[Flowable]:
    rows_in = model.rows
    with_extra = any(row.extra for row in rows_in)
    keys = ["c_number", "c_date", "c_interest", "c_principal", "c_insurance"]
    if with_extra:
        keys.append("c_extra")
    keys += ["c_total", "c_balance"]
    money = f.money
    date_text = f.short_date
    body: list[tuple[str, ...]] = []
    append = body.append
    for row in rows_in:
        if with_extra:
            append(
                (
                    str(row.number),
                    date_text(row.due_date),
                    money(row.interest),
                    money(row.principal),
                    money(row.insurance),
                    money(row.extra),
                    money(row.total_due),
                    money(row.balance),
                )
            )
        else:
            append(
                (
                    str(row.number),
                    date_text(row.due_date),
                    money(row.interest),
                    money(row.principal),
                    money(row.insurance),
                    money(row.total_due),
                    money(row.balance),
                )
            )
    zero = Decimal(0)
    totals = [
        f.t("c_totals"),
        "",
        money(sum((r.interest for r in rows_in), zero)),
        money(sum((r.principal for r in rows_in), zero)),
        money(sum((r.insurance for r in rows_in), zero)),
    ]
    if with_extra:
        totals.append(money(sum((r.extra for r in rows_in), zero)))
    totals += [money(sum((r.total_due for r in rows_in), zero)), ""]
    number_w, date_w = 9 * mm, 20 * mm
    amount_columns = len(keys) - 2
    balance_w = (TEXT_WIDTH - number_w - date_w) / amount_columns + 3 * mm
    amount_w = (TEXT_WIDTH - number_w - date_w - balance_w) / (amount_columns - 1)
    widths = (number_w, date_w, *([amount_w] * (amount_columns - 1)), balance_w)
    # Very large amounts get a smaller font rather than overflowing their column.
    size = _ScheduleTable.FONT_SIZE
    for col in range(2, len(keys)):
        longest = max((r[col] for r in (*body, tuple(totals))), key=len)
        room = widths[col] - 2 * _ScheduleTable.PAD
        size = min(size, _fitting_size([longest], BOLD_FONT, room, _ScheduleTable.FONT_SIZE))
    table = _ScheduleTable(
        header=tuple(f.t(key) for key in keys),
        rows=tuple(body),
        totals=tuple(totals),
        widths=widths,
        font_size=size,
    )
    return [
        CondPageBreak(60 * mm),
        Paragraph(_p(f.t("s_schedule")), s.heading),
        Paragraph(_p(f.t("schedule_intro")), s.small),
        Spacer(1, 3),
        table,
    ]


class _ScheduleTable(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """The amortization table, drawn directly on the canvas.

    A platypus ``Table`` draws each cell in its own text object; a 360-row schedule
    has some 3,000 cells, which made it the slowest part of the document.  This
    flowable writes one text object per page, splits between rows and repeats the
    header on every page.  The first two columns are left-aligned, amounts right-
    aligned; the last column (principal still owed) is bold; the totals row closes
    the table.
    """

    FONT_SIZE: Final = 7.8
    HEAD_SIZE: Final = 7.5
    ROW_HEIGHT: Final = 11.2
    PAD: Final = 3.5
    MIN_TAIL: Final = 8

    def __init__(
        self,
        header: tuple[str, ...],
        rows: tuple[tuple[str, ...], ...],
        totals: tuple[str, ...] | None,
        widths: tuple[float, ...],
        *,
        first_index: int = 0,
        font_size: float = FONT_SIZE,
    ) -> None:
        super().__init__()
        self.font_size = font_size
        self.header = header
        self.rows = rows
        self.totals = totals
        self.widths = widths
        self.first_index = first_index
        self.header_lines = [
            [
                line
                for part in label.split("\n")
                for line in simpleSplit(part, BOLD_FONT, self.HEAD_SIZE, width - 2 * self.PAD)
            ]
            for label, width in zip(header, widths, strict=True)
        ]
        lines = max(len(cell) for cell in self.header_lines)
        self.header_height = lines * (self.HEAD_SIZE + 1.5) + 7

    def _height(self, count: int, totals: bool) -> float:
        return self.header_height + (count + (1 if totals else 0)) * self.ROW_HEIGHT + 1

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return sum(self.widths), self._height(len(self.rows), self.totals is not None)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = int((avail_height - self.header_height - 1) // self.ROW_HEIGHT)
        count = len(self.rows)
        if room < 3 or count <= 1:
            return []
        if room >= count:  # only the totals row does not fit: keep two rows with it
            room = count - 2
        elif count - room < self.MIN_TAIL < count:  # no lonely rows on the last page
            room = max(3, count - self.MIN_TAIL)
        head = _ScheduleTable(
            self.header,
            self.rows[:room],
            None,
            self.widths,
            first_index=self.first_index,
            font_size=self.font_size,
        )
        tail = _ScheduleTable(
            self.header,
            self.rows[room:],
            self.totals,
            self.widths,
            first_index=self.first_index + room,
            font_size=self.font_size,
        )
        return [head, tail]

    def draw(self) -> None:
        canvas = self.canv
        widths = self.widths
        width = sum(widths)
        height = self._height(len(self.rows), self.totals is not None)
        row_h = self.ROW_HEIGHT
        pad = self.PAD
        edges = [0.0]
        for w in widths:
            edges.append(edges[-1] + w)
        canvas.saveState()
        # backgrounds: header band, then every other row in one path
        top = height
        canvas.setFillColor(HEAD_BG)
        canvas.rect(0, top - self.header_height, width, self.header_height, stroke=0, fill=1)
        band = canvas.beginPath()
        y = top - self.header_height
        for i in range(len(self.rows)):
            y -= row_h
            if (self.first_index + i) % 2:
                band.rect(0, y, width, row_h)
        canvas.setFillColor(BAND)
        canvas.drawPath(band, stroke=0, fill=1)
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(0.8)
        canvas.line(0, top - self.header_height, width, top - self.header_height)
        if self.totals is not None:
            y_totals = top - self.header_height - len(self.rows) * row_h
            canvas.line(0, y_totals, width, y_totals)
        # text: one text object for the whole page
        last = len(widths) - 1
        text = canvas.beginText()
        text.setFillColor(NAVY)
        string_width = pdfmetrics.stringWidth
        for col, lines in enumerate(self.header_lines):
            y = top - self.header_height + 4.5 + (len(lines) - 1) * (self.HEAD_SIZE + 1.5)
            for line in lines:
                text.setFont(BOLD_FONT, self.HEAD_SIZE)
                if col < 2:
                    x = edges[col] + pad
                else:
                    x = edges[col + 1] - pad - string_width(line, BOLD_FONT, self.HEAD_SIZE)
                text.setTextOrigin(x, y)
                text.textOut(line)
                y -= self.HEAD_SIZE + 1.5
        size = self.font_size
        baseline = top - self.header_height - row_h + 3.6
        rows: list[tuple[tuple[str, ...], bool]] = [(row, False) for row in self.rows]
        if self.totals is not None:
            rows.append((self.totals, True))
        current: tuple[str, Any] | None = None
        for cells, is_total in rows:
            for col, cell in enumerate(cells):
                if not cell:
                    continue
                bold = is_total or col == last
                font = BOLD_FONT if bold else BODY_FONT
                color = GREY if (col == 0 and not is_total) else INK
                if current != (font, color):
                    text.setFont(font, size)
                    text.setFillColor(color)
                    current = (font, color)
                if col < 2:
                    x = edges[col] + pad
                else:
                    x = edges[col + 1] - pad - string_width(cell, font, size)
                text.setTextOrigin(x, baseline)
                text.textOut(cell)
            baseline -= row_h
        canvas.drawText(text)
        canvas.restoreState()


def _clauses(model: AgreementModel, f: _Formatter, s: _Styles) -> list[Flowable]:
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
    story: list[Flowable] = [Paragraph(_p(f.t("s_clauses")), s.heading)]
    for title_key, body in items:
        story.append(Paragraph(f"<b>{_p(f.t(title_key))}.</b> {_p(body)}", s.clause))
    return story


def _signatures(model: AgreementModel, f: _Formatter, s: _Styles) -> list[Flowable]:
    client_sig = model.signatures.client
    officer_sig = model.signatures.officer
    client_placeholder = (
        f.t("sign_awaiting") if model.status.awaiting_countersignature else f.t("sign_not_signed")
    )

    def block(
        title: str, lines: Sequence[str], signature: Signature | None, placeholder: str
    ) -> list[Flowable]:
        parts: list[Flowable] = [Paragraph(_p(title.upper()), s.party_title)]
        parts.extend(Paragraph(line, s.cell) for line in lines)
        parts.append(Spacer(1, 4))
        parts.append(_SignatureBox(signature, placeholder, 30 * mm))
        if signature is not None and signature.signed_at is not None:
            parts.append(
                Paragraph(_p(f.t("signed_at", when=f.moment(signature.signed_at))), s.small)
            )
        return parts

    client_block = block(
        f.t("sign_client"),
        [f"<b>{_p(model.client.full_name)}</b>", f"<i>{_p(f.t('read_approved'))}</i>"],
        client_sig,
        client_placeholder,
    )
    officer = model.officer
    officer_block = block(
        f.t("sign_bank"),
        [
            f"<b>{_p(officer.full_name)}</b>" + (f", {_p(officer.title)}" if officer.title else ""),
            _p(f"{model.letterhead.name} — {officer.branch}"),
        ],
        officer_sig,
        f.t("sign_not_signed"),
    )
    half = (TEXT_WIDTH - 10 * mm) / 2
    table = Table([[client_block, "", officer_block]], colWidths=[half, 10 * mm, half])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    done = Paragraph(
        _p(f.t("done_at", place=model.place, date=f.long_date(model.signed_on))), s.body
    )
    return [Spacer(1, 8), KeepTogether([done, Spacer(1, 6), table])]


def _evidence(model: AgreementModel, f: _Formatter, s: _Styles, fingerprint: str) -> list[Flowable]:
    evidence = model.evidence
    pairs = [
        (f.t("e_reference"), model.reference),
        (f.t("e_status"), _status_text(f, model)),
        (f.t("e_officer"), evidence.officer),
        (f.t("e_branch"), evidence.branch),
        (f.t("e_created"), f.moment(evidence.created_at)),
        (f.t("e_channel"), _channel_text(f, evidence.channel)),
        (f.t("e_session"), evidence.session_reference),
        (f.t("e_engine"), evidence.engine_version),
    ]
    rows: list[list[Any]] = [
        [Paragraph(_p(label), s.cell_bold), Paragraph(_p(value), s.cell)] for label, value in pairs
    ]
    rows.append(
        [
            Paragraph(_p(f.t("e_fingerprint")), s.cell_bold),
            Paragraph(f"<font size='7.6'>{fingerprint[:32]}<br/>{fingerprint[32:]}</font>", s.cell),
        ]
    )
    table = Table(rows, colWidths=[58 * mm, TEXT_WIDTH - 58 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), BAND),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    inputs: list[list[Any]] = [
        [Paragraph(_p(name), s.cell), Paragraph(_p(value), s.cell)]
        for name, value in evidence.simulation_inputs
    ]
    story: list[Flowable] = [
        NextPageTemplate("evidence"),
        PageBreak(),
        Paragraph(_p(f.t("s_evidence")), s.heading),
        Paragraph(_p(f.t("evidence_intro")), s.small),
        Spacer(1, 4),
        table,
        Spacer(1, 4),
        Paragraph(_p(f.t("e_fingerprint_note")), s.small),
    ]
    if inputs:
        inputs_table = Table(inputs, colWidths=[58 * mm, TEXT_WIDTH - 58 * mm])
        inputs_table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        story += [Paragraph(_p(f.t("e_inputs")), s.heading), inputs_table]
    return story


# ------------------------------------------------------------------------ render


def _chrome(model: AgreementModel, f: _Formatter, fingerprint: str) -> _Chrome:
    banner: str | None = None
    banner_color: Any = None
    if model.status.non_binding_proposal:
        banner, banner_color = f.t("banner_proposal"), PROPOSAL_RED
    elif model.status.awaiting_countersignature:
        banner, banner_color = f.t("banner_awaiting"), AWAITING_AMBER
    language = f.language
    return _Chrome(
        bank_name=model.letterhead.name,
        running_title=f.t("running_title", reference=model.reference),
        reference_line=f.t("reference", reference=model.reference),
        fingerprint_line=f.t("fingerprint", short=short_fingerprint(fingerprint)),
        qr_value=qr_payload(model.reference, fingerprint),
        legal_mentions=model.letterhead.legal_mentions,
        page_label=lambda page, pages: text(language, "page", page=page, pages=pages),
        banner=banner,
        banner_color=banner_color,
        watermark=f.t("watermark_proposal") if model.status.non_binding_proposal else None,
        created_at=model.evidence.created_at,
        seal_caption=f.t("seal_caption"),
        seal_placeholder=f.t("seal_placeholder"),
    )


def render_agreement(model: AgreementModel) -> bytes:
    """The agreement as PDF bytes, in ``model.language``; deterministic for a model."""
    register_fonts()
    fingerprint = content_fingerprint(model)
    f = _Formatter(model.language)
    s = _styles()
    buffer = io.BytesIO()
    bannered = model.status.non_binding_proposal or model.status.awaiting_countersignature
    first_top = TOP_FIRST + (8 * mm if bannered else 0)
    later_top = TOP_LATER if bannered else 19 * mm
    frame_height_first = PAGE_HEIGHT - first_top - BOTTOM
    frame_height_later = PAGE_HEIGHT - later_top - BOTTOM
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=later_top,
        bottomMargin=BOTTOM,
        invariant=1,
        title=f.t("title"),
        subject=f.t("pdf_subject", reference=model.reference),
        author=model.letterhead.name,
        creator="Recouvrement Desktop",
        lang=model.language.value,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first",
                frames=[
                    Frame(
                        MARGIN_X,
                        BOTTOM,
                        TEXT_WIDTH,
                        frame_height_first,
                        id="first",
                        leftPadding=0,
                        rightPadding=0,
                        topPadding=0,
                        bottomPadding=0,
                    )
                ],
            ),
            PageTemplate(
                id="later",
                frames=[
                    Frame(
                        MARGIN_X,
                        BOTTOM,
                        TEXT_WIDTH,
                        frame_height_later,
                        id="later",
                        leftPadding=0,
                        rightPadding=0,
                        topPadding=0,
                        bottomPadding=0,
                    )
                ],
            ),
            PageTemplate(
                id="evidence",
                frames=[
                    Frame(
                        MARGIN_X,
                        EVIDENCE_BOTTOM,
                        TEXT_WIDTH,
                        PAGE_HEIGHT - later_top - EVIDENCE_BOTTOM,
                        id="evidence",
                        leftPadding=0,
                        rightPadding=0,
                        topPadding=0,
                        bottomPadding=0,
                    )
                ],
            ),
        ]
    )
    story: list[Flowable] = [NextPageTemplate("later")]
    story += _letterhead(model, f, s)
    story += _parties(model, f, s)
    story += _contracts(model, f, s)
    story += _debt(model, f, s)
    story += _terms(model, f, s)
    story += _schedule(model, f, s)
    story += _clauses(model, f, s)
    story += _signatures(model, f, s)
    story += _evidence(model, f, s, fingerprint)
    chrome = _chrome(model, f, fingerprint)
    doc.build(story, canvasmaker=functools.partial(_AgreementCanvas, chrome=chrome))
    return buffer.getvalue()
