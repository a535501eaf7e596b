"""The repayment schedule: its section and the flowable that draws its table fast."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from recouvrement_desktop.documents.agreement_model import AgreementModel
from recouvrement_desktop.documents.agreement_pdf.styles import (
    BAND,
    BODY_FONT,
    BOLD_FONT,
    GREY,
    HEAD_BG,
    INK,
    NAVY,
    TEXT_WIDTH,
    Formatter,
    Styles,
    escaped,
    fitting_font_size,
)

__all__ = ["ScheduleTable", "schedule_section"]


class ScheduleTable(Flowable):  # type: ignore[misc]  # ReportLab is untyped
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
        head = ScheduleTable(
            self.header,
            self.rows[:room],
            None,
            self.widths,
            first_index=self.first_index,
            font_size=self.font_size,
        )
        tail = ScheduleTable(
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


def schedule_section(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """The schedule's heading and its table, font sized to the widest amount."""
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
    size = ScheduleTable.FONT_SIZE
    for col in range(2, len(keys)):
        longest = max((r[col] for r in (*body, tuple(totals))), key=len)
        room = widths[col] - 2 * ScheduleTable.PAD
        size = min(size, fitting_font_size([longest], BOLD_FONT, room, ScheduleTable.FONT_SIZE))
    table = ScheduleTable(
        header=tuple(f.t(key) for key in keys),
        rows=tuple(body),
        totals=tuple(totals),
        widths=widths,
        font_size=size,
    )
    return [
        CondPageBreak(60 * mm),
        Paragraph(escaped(f.t("s_schedule")), s.heading),
        Paragraph(escaped(f.t("schedule_intro")), s.small),
        Spacer(1, 3),
        table,
    ]
