"""The closing of the agreement: the clauses, then both parties' signatures, each drawn
as vector strokes in its box."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from recouvrement_desktop.documents.agreement_model import AgreementModel, Signature
from recouvrement_desktop.documents.agreement_pdf.styles import (
    BODY_FONT,
    GREY,
    RULE,
    SIGNATURE_INK,
    TEXT_WIDTH,
    Formatter,
    Styles,
    escaped,
)

__all__ = ["clauses_section", "signatures_section"]


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


def clauses_section(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """The standard clauses, with the reflection period where the law gives one."""
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
    story: list[Flowable] = [Paragraph(escaped(f.t("s_clauses")), s.heading)]
    for title_key, body in items:
        story.append(Paragraph(f"<b>{escaped(f.t(title_key))}.</b> {escaped(body)}", s.clause))
    return story


def signatures_section(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """Place, date and both signature blocks, kept together on one page."""
    client_sig = model.signatures.client
    officer_sig = model.signatures.officer
    client_placeholder = (
        f.t("sign_awaiting") if model.status.awaiting_countersignature else f.t("sign_not_signed")
    )

    def block(
        title: str, lines: Sequence[str], signature: Signature | None, placeholder: str
    ) -> list[Flowable]:
        parts: list[Flowable] = [Paragraph(escaped(title.upper()), s.party_title)]
        parts.extend(Paragraph(line, s.cell) for line in lines)
        parts.append(Spacer(1, 4))
        parts.append(_SignatureBox(signature, placeholder, 30 * mm))
        if signature is not None and signature.signed_at is not None:
            parts.append(
                Paragraph(escaped(f.t("signed_at", when=f.moment(signature.signed_at))), s.small)
            )
        return parts

    client_block = block(
        f.t("sign_client"),
        [f"<b>{escaped(model.client.full_name)}</b>", f"<i>{escaped(f.t('read_approved'))}</i>"],
        client_sig,
        client_placeholder,
    )
    officer = model.officer
    officer_block = block(
        f.t("sign_bank"),
        [
            f"<b>{escaped(officer.full_name)}</b>"
            + (f", {escaped(officer.title)}" if officer.title else ""),
            escaped(f"{model.letterhead.name} — {officer.branch}"),
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
        escaped(f.t("done_at", place=model.place, date=f.long_date(model.signed_on))), s.body
    )
    return [Spacer(1, 8), KeepTogether([done, Spacer(1, 6), table])]
