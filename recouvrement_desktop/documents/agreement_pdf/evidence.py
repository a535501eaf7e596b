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

from recouvrement_desktop.documents.agreement_model import AgreementModel, Signature
from recouvrement_desktop.documents.agreement_pdf.evidence_inputs import labelled_inputs
from recouvrement_desktop.documents.agreement_pdf.styles import (
    BAND,
    NAVY,
    RULE,
    TEXT_WIDTH,
    Formatter,
    Styles,
    escaped,
)
from recouvrement_desktop.documents.texts import CATALOGUE
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


def _signature_text(f: Formatter, signature: Signature | None, awaited: bool) -> str:
    if signature is not None and any(signature.strokes):
        if signature.signed_at is None:
            return f.t("sig_drawn_no_time")
        return f.t("sig_drawn", when=f.moment(signature.signed_at))
    return f.t("sig_paper") if awaited else f.t("sig_none")


def _parties_and_checks(model: AgreementModel, f: Formatter) -> list[tuple[str, str]]:
    """How the client was identified, how each party signed, the checks at acceptance
    and the supervisor's approval, if any."""
    evidence = model.evidence
    phone = evidence.channel is Channel.PHONE
    officer = model.signatures.officer
    bank = _signature_text(f, officer, awaited=False)
    if not model.status.non_binding_proposal:  # a proposal is never sealed
        bank = f.t("sig_bank", officer=bank)
    pairs = [
        (f.t("e_identification"), f.t("ident_phone" if phone else "ident_branch")),
        (
            f.t("e_client_signature"),
            _signature_text(f, model.signatures.client, awaited=phone),
        ),
        (f.t("e_bank_signature"), bank),
    ]
    checks = []
    for check in evidence.checks:
        label_key = f"check_{check.code}"
        label = f.t(label_key) if label_key in CATALOGUE[f.language] else check.code
        severity_key = f"severity_{check.severity}"
        severity = f.t(severity_key) if severity_key in CATALOGUE[f.language] else check.severity
        if check.needs_approval:
            severity += ", " + f.t("needs_approval")
        checks.append(f"{label} ({severity})")
    pairs.append((f.t("e_checks"), f.t("list_separator").join(checks) or f.t("e_checks_none")))
    approval = evidence.approval
    if approval is not None:
        at = f.moment(approval.at)
        value = (
            f.t("e_approval_reason", by=approval.by, at=at, reason=approval.reason)
            if approval.reason
            else f.t("e_approval_value", by=approval.by, at=at)
        )
        pairs.append((f.t("e_approval"), value))
    return pairs


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
    if model.clauses is not None:  # kept since the clauses were rewritten
        pairs += _parties_and_checks(model, f)
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
        [Paragraph(escaped(label), s.cell), Paragraph(escaped(value), s.cell)]
        for label, value in labelled_inputs(f, evidence.simulation_inputs)
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
