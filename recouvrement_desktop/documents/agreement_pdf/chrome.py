"""The page chrome: what is drawn around the content of every page.

Running header, proposal or awaiting banner, watermark, footer with « Page X / Y »,
the reference, the content fingerprint and its QR code, and on the last page the
area kept for the seal's visible stamp.  The page count is only known at the end,
so the canvas keeps every page and draws the chrome when the document is saved.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from recouvrement_desktop.documents.agreement_model import (
    AgreementModel,
    qr_payload,
    short_fingerprint,
)
from recouvrement_desktop.documents.agreement_pdf.styles import (
    AWAITING_AMBER,
    BODY_FONT,
    BOLD_FONT,
    BOTTOM,
    GREY,
    INK,
    MARGIN_X,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PROPOSAL_RED,
    QR_SIZE,
    RULE,
    SEAL_BOX,
    TEXT_WIDTH,
    Formatter,
)
from recouvrement_desktop.documents.texts import text

__all__ = ["AgreementCanvas", "PageChrome", "page_chrome"]


@dataclass(frozen=True, slots=True)
class PageChrome:
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


class AgreementCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Keeps every page until the end, then draws the footers knowing the page count."""

    def __init__(self, *args: Any, chrome: PageChrome, **kwargs: Any) -> None:
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


def page_chrome(model: AgreementModel, f: Formatter, fingerprint: str) -> PageChrome:
    """The chrome's texts, formatted once in the document's language for every page."""
    banner: str | None = None
    banner_color: Any = None
    if model.status.non_binding_proposal:
        banner, banner_color = f.t("banner_proposal"), PROPOSAL_RED
    elif model.status.awaiting_countersignature:
        banner, banner_color = f.t("banner_awaiting"), AWAITING_AMBER
    language = f.language
    return PageChrome(
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
