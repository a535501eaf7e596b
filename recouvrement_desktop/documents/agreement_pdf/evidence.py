"""The evidence page: who made the agreement, when, through which channel, with which
engine and inputs, and the content fingerprint.  It starts on its own page template,
which keeps the seal's area free."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from recouvrement_desktop.documents.agreement_model import AgreementModel
from recouvrement_desktop.documents.agreement_pdf.styles import (
    BAND,
    NAVY,
    RULE,
    TEXT_WIDTH,
    Formatter,
    Styles,
    escaped,
)
from recouvrement_desktop.domain.recovery import Channel

__all__ = ["evidence_section"]


def _channel_text(f: Formatter, channel: Channel) -> str:
    if channel is Channel.PHONE:
        return f.t("channel_phone")
    if channel is Channel.BRANCH:
        return f.t("channel_branch")
    return f.t("channel_other", channel=str(channel))


def _status_text(f: Formatter, model: AgreementModel) -> str:
    if model.status.non_binding_proposal:
        return f.t("status_proposal")
    if model.status.awaiting_countersignature:
        return f.t("status_awaiting")
    return f.t("status_final")


def evidence_section(
    model: AgreementModel, f: Formatter, s: Styles, fingerprint: str
) -> list[Flowable]:
    """The evidence page, on its own template that keeps the seal's area free."""
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
    if evidence.seal_level:  # what the seal added to this page's file will be
        pairs.append(
            (f.t("e_seal"), f.t("seal_b_lt" if evidence.seal_level == "B-LT" else "seal_b_b"))
        )
    rows: list[list[Any]] = [
        [Paragraph(escaped(label), s.cell_bold), Paragraph(escaped(value), s.cell)]
        for label, value in pairs
    ]
    rows.append(
        [
            Paragraph(escaped(f.t("e_fingerprint")), s.cell_bold),
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
        [Paragraph(escaped(name), s.cell), Paragraph(escaped(value), s.cell)]
        for name, value in evidence.simulation_inputs
    ]
    story: list[Flowable] = [
        NextPageTemplate("evidence"),
        PageBreak(),
        Paragraph(escaped(f.t("s_evidence")), s.heading),
        Paragraph(escaped(f.t("evidence_intro")), s.small),
        Spacer(1, 4),
        table,
        Spacer(1, 4),
        Paragraph(escaped(f.t("e_fingerprint_note")), s.small),
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
        story += [Paragraph(escaped(f.t("e_inputs")), s.heading), inputs_table]
    return story
