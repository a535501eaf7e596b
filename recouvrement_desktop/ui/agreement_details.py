"""The plan of one agreement in figures, and why it needs a supervisor's approval.

What a supervisor weighs without opening the case: who the client is, the debt
restructured and the new instalments, the rates and the total cost, what is waived, the
client's effort rate and what is left to live on, the delegation rules the plan goes
beyond (the guardrails' warnings, translated), and who proposed it when. Everything
comes from the agreement's snapshot (``services.agreements.plan_summary``); amounts,
dates and rates are formatted for the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from recouvrement_desktop.domain.guardrails import GuardrailWarning
from recouvrement_desktop.domain.recovery import AgreementState
from recouvrement_desktop.i18n.domain_messages import domain_message
from recouvrement_desktop.i18n.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_percent,
)
from recouvrement_desktop.services.agreements import AgreementView, PlanSummary, plan_summary
from recouvrement_desktop.ui.theme import Tone, ToneLabel

__all__ = ["AgreementDetails"]

#: The figures, in reading order: two columns of label and value.
FIELDS = (
    "client",
    "case",
    "debt",
    "waived",
    "installments",
    "total_cost",
    "first_due",
    "last_due",
    "rate",
    "apr",
    "effort_rate",
    "reste_a_vivre",
)


def _bullets(warnings: tuple[GuardrailWarning, ...]) -> str:
    return "\n".join(f"• {domain_message(warning)}" for warning in warnings)


class AgreementDetails(QWidget):
    """``set_agreement(view)`` shows it; ``set_agreement(None)`` shows an empty state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: PlanSummary | None = None
        self.empty = ToneLabel(Tone.MUTED, self.tr("Select an agreement to see its plan."))
        self.empty.setWordWrap(True)

        captions = {
            "client": self.tr("Client"),
            "case": self.tr("Case"),
            "debt": self.tr("Debt restructured"),
            "waived": self.tr("Amount waived"),
            "installments": self.tr("New instalments"),
            "total_cost": self.tr("Total cost of the credit"),
            "first_due": self.tr("First instalment"),
            "last_due": self.tr("Last instalment"),
            "rate": self.tr("Nominal rate"),
            "apr": self.tr("APR (TAEG)"),
            "effort_rate": self.tr("Effort rate"),
            "reste_a_vivre": self.tr("Left to live on"),
        }
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for index, name in enumerate(FIELDS):
            row, column = divmod(index, 2)
            caption = ToneLabel(Tone.MUTED, captions[name])
            value = QLabel()
            value.setObjectName(name)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.captions[name] = caption
            self.values[name] = value
            grid.addWidget(caption, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 12)

        self.proposed = ToneLabel(Tone.MUTED)
        self.proposed.setObjectName("proposed")
        self.proposed.setWordWrap(True)
        self.decision = QLabel()
        self.decision.setObjectName("decision")
        self.decision.setWordWrap(True)

        self.reasons_title = ToneLabel(Tone.WARNING, self.tr("Why a supervisor must approve it"))
        self.reasons_title.setObjectName("reasonsTitle")
        bold = self.reasons_title.font()
        bold.setBold(True)
        self.reasons_title.setFont(bold)
        self.reasons = QLabel()
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        self.others_title = ToneLabel(Tone.MUTED, self.tr("Also worth knowing"))
        self.others = QLabel()
        self.others.setObjectName("otherWarnings")
        self.others.setWordWrap(True)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        body.addLayout(grid)
        body.addWidget(self.reasons_title)
        body.addWidget(self.reasons)
        body.addWidget(self.others_title)
        body.addWidget(self.others)
        body.addWidget(self.decision)
        body.addWidget(self.proposed)
        body.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.set_agreement(None)

    def text(self, name: str) -> str:
        """The value shown for one of ``FIELDS``."""
        return self.values[name].text()

    def set_agreement(self, view: AgreementView | None) -> None:
        self.summary = None if view is None else plan_summary(view)
        self.empty.setVisible(view is None)
        self.body.setVisible(view is not None)
        if view is None or self.summary is None:
            return
        s = self.summary
        unknown = self.tr("not known (no budget on file)")
        texts = {
            "client": s.client_name,
            "case": s.case_reference,
            "debt": format_money(s.debt),
            "waived": format_money(s.waived) if s.waived else self.tr("nothing"),
            "installments": self.tr("{count} × {amount}").format(
                count=s.periods, amount=format_money(s.installment)
            ),
            "total_cost": format_money(s.total_cost),
            "first_due": format_date(s.first_due),
            "last_due": format_date(s.last_due),
            "rate": format_percent(s.rate_pct),
            "apr": format_percent(s.apr_pct),
            "effort_rate": unknown,
            "reste_a_vivre": unknown,
        }
        if s.effort_rate_pct is not None:
            texts["effort_rate"] = format_percent(s.effort_rate_pct)
            if s.max_effort_rate_pct is not None:
                texts["effort_rate"] = self.tr("{rate} (ceiling {limit})").format(
                    rate=texts["effort_rate"], limit=format_percent(s.max_effort_rate_pct)
                )
        if s.reste_a_vivre is not None:
            texts["reste_a_vivre"] = self.tr("{amount} a month").format(
                amount=format_money(s.reste_a_vivre)
            )
            if s.reste_a_vivre_floor is not None:
                texts["reste_a_vivre"] = self.tr("{amount} a month (floor {floor})").format(
                    amount=format_money(s.reste_a_vivre),
                    floor=format_money(s.reste_a_vivre_floor),
                )
        for name, text in texts.items():
            self.values[name].setText(text)

        pending = view.status is AgreementState.PENDING_APPROVAL
        reasons = s.approval_reasons
        self.reasons_title.setText(
            self.tr("Why a supervisor must approve it")
            if pending
            else self.tr("Why a supervisor had to approve it")
        )
        self.reasons_title.setVisible(bool(reasons))
        self.reasons.setVisible(bool(reasons))
        self.reasons.setText(_bullets(reasons))
        others = s.other_warnings
        self.others_title.setVisible(bool(others))
        self.others.setVisible(bool(others))
        self.others.setText(_bullets(others))

        if view.decided_by and view.decided_at:
            self.decision.setText(
                self.tr("Approved by {name} on {when}: {reason}").format(
                    name=view.decided_by,
                    when=format_datetime(view.decided_at.astimezone()),
                    reason=view.decision_reason or "",
                )
            )
        self.decision.setVisible(bool(view.decided_by and view.decided_at))
        self.proposed.setText(
            self.tr("Proposed by {name} on {when}").format(
                name=s.proposed_by or self.tr("an officer no longer on file"),
                when=format_datetime(s.proposed_at.astimezone()),
            )
        )
