"""The repayment agreement as an A4 PDF (ReportLab platypus).

``render_agreement(model)`` is a pure function of the model: the same model gives
the same bytes (ReportLab's invariant mode, the PDF's dates taken from
``model.evidence.created_at``), so that reprinting an archived agreement gives an
identical file before it is sealed (:mod:`~recouvrement_desktop.documents.seal`).

Every page carries « Page X / Y », the agreement reference and the content
fingerprint with a QR code.  The fingerprint is the SHA-256 of the model in
canonical JSON (:func:`~recouvrement_desktop.documents.agreement_model.content_fingerprint`),
*not* of the file: the hash of a file cannot be printed inside it.  The archive stores
the SHA-256 of the final sealed file separately, and the PAdES seal protects the bytes.

The package assembles the document from its parts: :mod:`.styles` (fonts, colours,
geometry, formatting), :mod:`.chrome` (what surrounds every page), one module per
group of sections (:mod:`.parties`, :mod:`.debt_and_terms`, :mod:`.schedule_table`,
:mod:`.signatures`, :mod:`.evidence`).  Only the names below are its public surface.
"""

from __future__ import annotations

import functools
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from recouvrement_desktop.documents.agreement_model import AgreementModel, content_fingerprint
from recouvrement_desktop.documents.agreement_pdf.chrome import AgreementCanvas, page_chrome
from recouvrement_desktop.documents.agreement_pdf.debt_and_terms import debt_section, terms_section
from recouvrement_desktop.documents.agreement_pdf.evidence import evidence_section
from recouvrement_desktop.documents.agreement_pdf.parties import (
    contracts_section,
    letterhead_section,
    parties_section,
)
from recouvrement_desktop.documents.agreement_pdf.schedule_table import schedule_section
from recouvrement_desktop.documents.agreement_pdf.signatures import (
    clauses_section,
    signatures_section,
)
from recouvrement_desktop.documents.agreement_pdf.styles import (
    BODY_FONT,
    BOLD_FONT,
    BOTTOM,
    EVIDENCE_BOTTOM,
    MARGIN_X,
    PAGE_HEIGHT,
    SEAL_BOX,
    TEXT_WIDTH,
    TOP_FIRST,
    TOP_LATER,
    Formatter,
    paragraph_styles,
    register_fonts,
)

__all__ = ["BODY_FONT", "BOLD_FONT", "SEAL_BOX", "register_fonts", "render_agreement"]


def render_agreement(model: AgreementModel) -> bytes:
    """The agreement as PDF bytes, in ``model.language``; deterministic for a model."""
    register_fonts()
    fingerprint = content_fingerprint(model)
    f = Formatter(model.language)
    s = paragraph_styles()
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
    story += letterhead_section(model, f, s)
    story += parties_section(model, f, s)
    story += contracts_section(model, f, s)
    story += debt_section(model, f, s)
    story += terms_section(model, f, s)
    story += schedule_section(model, f, s)
    clauses = clauses_section(model, f, s)
    story += clauses[:-1]
    story += signatures_section(model, f, s, keep_with=clauses[-1])
    story += evidence_section(model, f, s, fingerprint)
    chrome = page_chrome(model, f, fingerprint)
    doc.build(story, canvasmaker=functools.partial(AgreementCanvas, chrome=chrome))
    return buffer.getvalue()
