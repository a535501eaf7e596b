"""The closing of the agreement: the clauses, then both parties' signatures, each drawn
as vector strokes in its box."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from recouvrement_desktop.documents.agreement_model import (
    AgreementModel,
    OtherParty,
    PartyRole,
    Signature,
)
from recouvrement_desktop.documents.agreement_pdf.clauses import clauses_flowables
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
    """The heading and the clauses (see :mod:`.clauses`)."""
    return [Paragraph(escaped(f.t("s_clauses")), s.heading), *clauses_flowables(model, f, s)]


def signatures_section(
    model: AgreementModel, f: Formatter, s: Styles, keep_with: Flowable | None = None
) -> list[Flowable]:
    """Place, date and both signature blocks, kept together on one page with
    *keep_with* (the last clause), so that the signatures never stand alone."""
    client_sig = model.signatures.client
    officer_sig = model.signatures.officer
    client_placeholder = (
        f.t("sign_awaiting") if model.status.awaiting_countersignature else f.t("sign_not_signed")
    )
    officer = model.officer
    client_lines = [
        f"<b>{escaped(model.client.full_name)}</b>",
        f"<i>{escaped(f.t('read_approved'))}</i>",
    ]
    officer_lines = [
        f"<b>{escaped(officer.full_name)}</b>"
        + (f", {escaped(officer.title)}" if officer.title else ""),
        escaped(f"{model.letterhead.name} — {officer.branch}"),
    ]

    def signed_line(signature: Signature | None) -> Flowable | str:
        if signature is None or signature.signed_at is None:
            return ""
        return Paragraph(escaped(f.t("signed_at", when=f.moment(signature.signed_at))), s.small)

    # One row per part, so that both boxes start at the same height whatever the
    # length of the names above them.
    rows: list[Sequence[object]] = [
        [
            Paragraph(escaped(f.t("sign_client").upper()), s.party_title),
            "",
            Paragraph(escaped(f.t("sign_bank").upper()), s.party_title),
        ],
        [
            Paragraph("<br/>".join(client_lines), s.cell),
            "",
            Paragraph("<br/>".join(officer_lines), s.cell),
        ],
        [
            _SignatureBox(client_sig, client_placeholder, 30 * mm),
            "",
            _SignatureBox(officer_sig, f.t("sign_not_signed"), 30 * mm),
        ],
        [signed_line(client_sig), "", signed_line(officer_sig)],
    ]
    rows += _other_rows(model.other_parties, f, s)
    half = (TEXT_WIDTH - 10 * mm) / 2
    table = Table(rows, colWidths=[half, 10 * mm, half])
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    # Above each row of boxes a little air; above each later block of parties more.
    style += [("TOPPADDING", (0, row), (-1, row), 4) for row in range(2, len(rows), 4)]
    style += [("TOPPADDING", (0, row), (-1, row), 12) for row in range(4, len(rows), 4)]
    table.setStyle(TableStyle(style))
    others = len(model.other_parties)
    if others:
        place = f.t(
            "done_at_copies",
            place=model.place,
            date=f.long_date(model.signed_on),
            copies=f.integer(2 + others),
        )
    else:
        place = f.t("done_at", place=model.place, date=f.long_date(model.signed_on))
    done = Paragraph(escaped(place), s.body)
    kept: list[Flowable] = [] if keep_with is None else [keep_with]
    return [KeepTogether([*kept, Spacer(1, 8), done, Spacer(1, 6), table])]


def _other_rows(parties: Sequence[OtherParty], f: Formatter, s: Styles) -> list[Sequence[object]]:
    """The co-borrowers' and guarantors' blocks, two a row under the client's and the
    bank's, in the same four rows (title, name, box, date) so that the boxes align;
    they sign on paper (their boxes stay empty in the file)."""
    rows: list[Sequence[object]] = []
    for start in range(0, len(parties), 2):
        pair = list(parties[start : start + 2])
        blocks = [_other_block(party, f, s) for party in pair]
        while len(blocks) < 2:
            blocks.append(["", "", "", ""])
        rows += [[left, "", right] for left, right in zip(blocks[0], blocks[1], strict=True)]
    return rows


def _other_block(party: OtherParty, f: Formatter, s: Styles) -> list[object]:
    key = "sign_co_borrower" if party.role is PartyRole.CO_BORROWER else "sign_guarantor"
    lines = [f"<b>{escaped(party.full_name)}</b>", f"<i>{escaped(f.t('read_approved'))}</i>"]
    return [
        Paragraph(escaped(f.t(key).upper()), s.party_title),
        Paragraph("<br/>".join(lines), s.cell),
        _SignatureBox(None, f.t("sign_not_signed"), 30 * mm),
        "",
    ]
