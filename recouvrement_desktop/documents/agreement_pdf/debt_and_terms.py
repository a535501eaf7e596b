"""What is owed and how it is repaid: the debt by component with its treatments, and
the terms of the new loan (principal, installment, rates, costs)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from recouvrement_desktop.documents.agreement_model import AgreementModel
from recouvrement_desktop.documents.agreement_pdf.styles import (
    BAND,
    BOLD_FONT,
    INK,
    NAVY,
    RULE,
    TEXT_WIDTH,
    Formatter,
    Styles,
    escaped,
    fitting_font_size,
    grid_style,
)
from recouvrement_desktop.documents.texts import component_label
from recouvrement_desktop.domain.rescheduling import DebtComponent

__all__ = ["debt_section", "terms_section"]


_DEBT_COLUMNS: Final = (
    ("waived", "debt_waived"),
    ("down_payment", "debt_down_payment"),
    ("capitalized", "debt_capitalized"),
    ("spread", "debt_spread"),
    ("added_to_first", "debt_first"),
)


def _money_or_blank(f: Formatter, amount: Decimal) -> str:
    return f.money(amount) if amount else ""


def debt_section(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """The debt by component and what becomes of each part of it."""
    debt = model.debt
    # Show only the treatments actually used: nothing is printed where nothing applies.
    columns = [(attr, key) for attr, key in _DEBT_COLUMNS if debt.total(attr) != Decimal(0)]
    header = [
        Paragraph(escaped(f.t("debt_component")), s.head),
        Paragraph(escaped(f.t("debt_owed")), s.head_right),
        *(Paragraph(escaped(f.t(key)), s.head_right) for _, key in columns),
    ]
    rows: list[list[Any]] = [header]
    for line in debt.lines:
        rows.append(
            [
                component_label(f.language, line.component),
                f.money(line.owed),
                # a treatment that does not apply to this line is left blank
                *(_money_or_blank(f, getattr(line, attr)) for attr, _ in columns),
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
    size = fitting_font_size(amounts, BOLD_FONT, rest - 7, 8.5)
    table = Table(rows, colWidths=[first] + [rest] * (1 + len(columns)), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                *grid_style(),
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
        Paragraph(escaped(f.t("s_debt", date=f.long_date(debt.as_of))), s.heading),
        table,
        Spacer(1, 5),
    ]
    story += [Paragraph(escaped(line), s.body) for line in _treatments(model, f)]
    return story


_TREATMENTS: Final = (
    ("capitalized", "treat_capitalized"),
    ("spread", "treat_spread"),
    ("added_to_first", "treat_first"),
    ("down_payment", "treat_down"),
    ("waived", "treat_waived"),
)


def _treatments(model: AgreementModel, f: Formatter) -> list[str]:
    """What becomes of the debt, in words: one sentence per treatment used, and the
    basis of the late interest claimed."""
    debt = model.debt
    sentences = [f.t("debt_summary_principal", principal=f.money(debt.new_principal))]
    spread = max((line.spread_periods for line in debt.lines if line.spread), default=0)
    for attr, key in _TREATMENTS:
        items = [
            f.t(
                "treat_item",
                label=component_label(f.language, line.component).lower(),
                amount=f.money(getattr(line, attr)),
            )
            for line in debt.lines
            if getattr(line, attr) != Decimal(0)
        ]
        if items:
            sentences.append(
                f.t(
                    key,
                    items=", ".join(items),
                    rate=f.percent(model.terms.rate_pct),
                    periods=spread,
                )
            )
    has_late_interest = any(
        line.component is DebtComponent.LATE_INTEREST and line.owed for line in debt.lines
    )
    rates = {c.rate_pct for c in model.contracts if c.rate_pct is not None}
    if has_late_interest and rates:
        if len(rates) == 1:
            sentences.append(f.t("late_interest_basis", rate=f.percent(rates.pop())))
        else:
            sentences.append(f.t("late_interest_basis_many"))
    if model.fees_not_claimed:
        sentences.append(f.t("fees_not_claimed", amount=f.money(model.fees_not_claimed)))
    return sentences


def terms_section(model: AgreementModel, f: Formatter, s: Styles) -> list[Flowable]:
    """The terms of the new loan, as label and value in two columns."""
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
    ]
    if terms.insurance_per_installment:
        pairs += [
            (f.t("t_insurance"), f.money(terms.insurance_per_installment)),
            (
                f.t("t_installment_total"),
                f.money(terms.installment + terms.insurance_per_installment),
            ),
            (f.t("t_total_insurance"), f.money(terms.total_insurance)),
        ]
    pairs.append((f.t("t_interest"), f.money(terms.total_interest)))
    if terms.fees:
        pairs.append((f.t("t_fees"), f.money(terms.fees)))
    if terms.grace_periods:
        pairs.append((f.t("t_grace"), f.t("grace_value", periods=terms.grace_periods)))
    pairs.append((f.t("t_cost"), f.money(terms.total_cost)))
    pairs.append((f.t("t_paid"), f.money(terms.total_paid)))
    if len(pairs) % 2:
        pairs.insert(-2, ("", ""))
    half = len(pairs) // 2
    rows = [
        [
            Paragraph(escaped(pairs[i][0]), s.cell),
            pairs[i][1],
            "",
            Paragraph(escaped(pairs[half + i][0]), s.cell),
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
    return [Paragraph(escaped(f.t("s_terms")), s.heading), table]
