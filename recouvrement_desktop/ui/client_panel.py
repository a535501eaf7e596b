"""The client panel: who the client is, what they owe, and the whole story of the case."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.legal_deadlines import ForclusionState
from recouvrement_desktop.domain.recovery import JournalKind, RateType
from recouvrement_desktop.i18n.formatting import (
    format_date,
    format_datetime,
    format_integer,
    format_money,
    format_percent,
)
from recouvrement_desktop.services.case_queries import promise_outcomes
from recouvrement_desktop.services.legal_deadlines import WARNING_DAYS
from recouvrement_desktop.services.views import (
    CaseDetail,
    ClientView,
    FicpView,
    LoanDeadline,
    LoanView,
    OverindebtednessView,
    PlanFollowUp,
)
from recouvrement_desktop.ui.focus import set_tab_order
from recouvrement_desktop.ui.history_text import describe
from recouvrement_desktop.ui.kind_icons import kind_icon
from recouvrement_desktop.ui.labels import label
from recouvrement_desktop.ui.theme import Tone, tone

# The loans table: the label columns give way (elided, whole in the tooltip) so that the
# figures always show whole, without scrolling sideways.
CONTRACT, CATEGORY, RATE, INSTALMENT, PRINCIPAL, ARREARS, DAYS_LATE = range(7)


def _value_label(*, wrap: bool = True) -> QLabel:
    """A selectable value. Only a value alone on its row wraps: a form gives a wrapped
    label the height its size hint guesses (several lines) and takes it from the rows
    above, which then show clipped."""
    value = QLabel()
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    value.setWordWrap(wrap)
    return value


class ClientPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marked_contracts: list[str] = []  # forclusion within WARNING_DAYS
        self.title = QLabel()
        self.title.setObjectName("clientTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("clientSubtitle")

        self.contact = _value_label(wrap=False)
        self.address = _value_label(wrap=False)
        self.household = _value_label(wrap=False)
        self.employment = _value_label(wrap=False)
        self.budget = _value_label()
        identity = QGroupBox(self.tr("Client"))
        left_form, right_form = QFormLayout(), QFormLayout()
        left_form.addRow(self.tr("Reach"), self.contact)
        left_form.addRow(self.tr("Household"), self.household)
        right_form.addRow(self.tr("Address"), self.address)
        right_form.addRow(self.tr("Situation"), self.employment)
        identity_layout = QGridLayout(identity)
        identity_layout.addLayout(left_form, 0, 0)
        identity_layout.addLayout(right_form, 0, 1)
        budget_form = QFormLayout()
        budget_form.addRow(self.tr("Monthly budget"), self.budget)
        identity_layout.addLayout(budget_form, 1, 0, 1, 2)
        # The overindebtedness file and the FICP registrations (services/overindebtedness.py).
        self.legal_status = _value_label()
        self.legal_status.setObjectName("legalStatus")
        self.legal_status.setToolTip(
            self.tr(
                "While an overindebtedness file is open, collection is suspended and no "
                "side agreement may be made (C. consom. L722-2, L722-5)"
            )
        )
        identity_layout.addWidget(self.legal_status, 2, 0, 1, 2)
        identity_layout.setColumnStretch(0, 1)
        identity_layout.setColumnStretch(1, 1)

        self.loans = QTableWidget(0, 7)
        self.loans.setObjectName("loansTable")
        headers = (
            (self.tr("Contract"), ""),
            (self.tr("Category"), ""),
            (self.tr("Rate"), self.tr("Nominal annual rate")),
            (self.tr("Instalment"), self.tr("Contractual instalment")),
            (self.tr("Principal"), self.tr("Outstanding principal")),
            (self.tr("Arrears"), self.tr("Unpaid amount and number of unpaid instalments")),
            (self.tr("Days late"), self.tr("Days past due")),
        )
        for column, (text, tip) in enumerate(headers):
            header_item = QTableWidgetItem(text)
            if tip:
                header_item.setToolTip(tip)
            self.loans.setHorizontalHeaderItem(column, header_item)
        self.loans.verticalHeader().setVisible(False)
        self.loans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans.setTabKeyNavigation(False)  # Tab moves on to the history
        self.loans.setTextElideMode(Qt.TextElideMode.ElideRight)
        loan_columns = self.loans.horizontalHeader()
        loan_columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        loan_columns.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Stretch)
        loan_columns.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0") * 4)
        self.loans.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Scrolls sideways only when the panel is squeezed; then the bar gets its room.
        self.loans.horizontalScrollBar().rangeChanged.connect(self._fit_loans_height)
        self.total_owed = QLabel()
        self.total_owed.setObjectName("totalOwed")
        self.total_owed.setAlignment(Qt.AlignmentFlag.AlignRight)
        loans_box = QGroupBox(self.tr("Loans"))
        loans_layout = QVBoxLayout(loans_box)
        # Each contract's legal deadlines, under the table (a column more would push the
        # figures out of sight at the default size): services/legal_deadlines.py.
        self.deadlines = _value_label()
        self.deadlines.setObjectName("legalDeadlines")
        self.deadlines.setTextFormat(Qt.TextFormat.RichText)
        self.deadlines.setToolTip(
            self.tr(
                "First unregularised unpaid instalment (payments imputed oldest first) and "
                "the last day to bring an action for payment (C. consom. art. R312-35)"
            )
        )
        # Each contract's rate type, co-borrowers, guarantors and guarantees, where it
        # has any (a column more would push the figures out of sight).
        self.parties = _value_label()
        self.parties.setObjectName("loanParties")
        self.parties.setTextFormat(Qt.TextFormat.RichText)
        # The binding agreement's follow-up (services/agreement_followup.py).
        self.plan_progress = _value_label()
        self.plan_progress.setObjectName("planProgress")
        self.plan_progress.setTextFormat(Qt.TextFormat.RichText)
        self.plan_progress.setToolTip(
            self.tr(
                "The agreement's instalments: payments are imputed to the oldest first; an "
                "instalment unpaid after the grace days is missed"
            )
        )
        loans_layout.addWidget(self.loans)
        loans_layout.addWidget(self.parties)
        loans_layout.addWidget(self.deadlines)
        loans_layout.addWidget(self.plan_progress)
        loans_layout.addWidget(self.total_owed)

        self.history = QTreeWidget()
        self.history.setColumnCount(3)
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("What happened")])
        self.history.setRootIsDecorated(False)
        self.history.setTabKeyNavigation(False)
        self.history.setAlternatingRowColors(True)
        self.history.setUniformRowHeights(True)
        self._size_history_columns()
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show in the history"))
        self.kind_filter.addItem(self.tr("Everything"), None)
        for kind in JournalKind:
            self.kind_filter.addItem(kind_icon(kind, self.palette()), label(kind), kind.value)
        self.kind_filter.currentIndexChanged.connect(self._apply_kind_filter)
        history_box = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.kind_filter, 0, Qt.AlignmentFlag.AlignLeft)
        history_layout.addWidget(self.history)

        header = QVBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(identity)
        top_layout.addWidget(loans_box)
        # The history takes the height; the figures above keep their natural size.
        for fixed in (identity, loans_box, top):
            fixed.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addWidget(top)
        layout.addWidget(history_box, 1)
        self.show_detail(None)
        set_tab_order(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """The panel's widgets in reading order, for Tab."""
        return [self.loans, self.kind_filter, self.history]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_kind_icons()  # light or dark marks
        elif event.type() == QEvent.Type.FontChange:
            self._size_history_columns()
        super().changeEvent(event)

    def _size_history_columns(self) -> None:
        """Date and kind as wide as their longest text (in the font shown), the story
        takes the rest."""
        metrics = self.history.fontMetrics()
        margin = metrics.horizontalAdvance("0") * 3
        sample = format_datetime(datetime(2026, 12, 31, 23, 59))
        self.history.setColumnWidth(0, metrics.horizontalAdvance(sample) + margin)
        widest = max(metrics.horizontalAdvance(label(kind)) for kind in JournalKind)
        icon = self.history.iconSize().width() if self.history.iconSize().isValid() else 16
        self.history.setColumnWidth(1, widest + max(icon, 16) + margin)

    def _paint_kind_icons(self) -> None:
        palette = self.palette()
        for index in range(1, self.kind_filter.count()):
            kind = self.kind_filter.itemData(index)
            if isinstance(kind, str):
                self.kind_filter.setItemIcon(index, kind_icon(JournalKind(kind), palette))
        for index in range(self.history.topLevelItemCount()):
            item = self.history.topLevelItem(index)
            if item is not None:
                kind = JournalKind(item.data(0, Qt.ItemDataRole.UserRole))
                item.setIcon(1, kind_icon(kind, palette))

    def show_detail(self, detail: CaseDetail | None) -> None:
        if detail is None:
            self.title.setText(self.tr("No case selected"))
            self.subtitle.clear()
            for value in (self.contact, self.address, self.household, self.employment, self.budget):
                value.clear()
            self.legal_status.clear()
            self.legal_status.setVisible(False)
            self.loans.setRowCount(0)
            self.parties.clear()
            self.parties.setVisible(False)
            self.deadlines.clear()
            self._show_plan(None)
            self.total_owed.clear()
            self.history.clear()
            return
        client = detail.client
        self.title.setText(f"{client.title} {client.first_name} {client.last_name}")
        self.subtitle.setText(
            self.tr("Case {reference} · client {number} · {stage}").format(
                reference=detail.case.reference,
                number=client.client_number,
                stage=label(detail.case.stage),
            )
        )
        self._show_identity(client)
        self._show_legal_status(detail.overindebtedness, detail.ficp)
        self._show_loans(detail.loans)
        self._show_deadlines(detail.deadlines, detail.today or date.today())
        self._show_plan(detail.plan)
        self.total_owed.setText(
            self.tr("Total owed: {amount}").format(amount=format_money(detail.total_owed))
        )
        self._show_history(detail)

    def _show_identity(self, client: ClientView) -> None:
        phones = [phone for phone in (client.mobile_phone, client.home_phone) if phone]
        self.contact.setText("\n".join([*phones, client.email or ""]).strip())
        lines = [client.address_line1, client.address_line2, f"{client.postal_code} {client.city}"]
        self.address.setText("\n".join(line for line in lines if line))
        self.household.setText(
            self.tr("%n adult(s)", "", client.household_adults)
            + ", "
            + self.tr("%n child(ren)", "", client.household_children)
        )
        situation = label(client.employment)
        self.employment.setText(
            f"{situation} — {client.employer}" if client.employer else situation
        )
        self.budget.setText(
            self.tr("Income {income} · housing {housing} · other credits {credits}").format(
                income=format_money(client.monthly_income),
                housing=format_money(client.housing_cost),
                credits=format_money(client.other_credit_payments),
            )
        )

    def _show_legal_status(
        self, current: OverindebtednessView | None, ficp: tuple[FicpView, ...]
    ) -> None:
        """One line for the overindebtedness file, one per FICP registration; none when
        there is nothing to say."""
        lines = []
        if current is not None:
            lines.append(
                self.tr("Overindebtedness file: {status} since {date} (lodged on {filed})").format(
                    status=label(current.status),
                    date=format_date(current.status_on),
                    filed=format_date(current.filed_on),
                )
            )
        for entry in ficp:
            line = self.tr("FICP: registered on {date} ({incident})").format(
                date=format_date(entry.registered_on), incident=entry.incident
            )
            if entry.removed_on is not None:
                line += self.tr(", removed on {date}").format(date=format_date(entry.removed_on))
            lines.append(line)
        self.legal_status.setText("\n".join(lines))
        self.legal_status.setVisible(bool(lines))

    def _show_loans(self, loans: tuple[LoanView, ...]) -> None:
        self.loans.setRowCount(len(loans))
        for row, loan in enumerate(loans):
            arrears = self.tr("{amount} ({count} unpaid)").format(
                amount=format_money(loan.arrears_amount), count=format_integer(loan.arrears_count)
            )
            values = (
                loan.contract_number,
                label(loan.category),
                format_percent(loan.nominal_rate),
                format_money(loan.installment),
                format_money(loan.outstanding_principal),
                arrears,
                format_integer(loan.days_past_due),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column >= RATE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == CATEGORY:
                    item.setToolTip(text)  # elided when the panel is narrow
                if column == RATE:
                    item.setToolTip(label(loan.rate_type))
                self.loans.setItem(row, column, item)
        self._fit_loans_height()
        lines = [line for loan in loans if (line := self._parties_text(loan))]
        self.parties.setText("<br/>".join(lines))
        self.parties.setVisible(bool(lines))

    def _parties_text(self, loan: LoanView) -> str:
        """« IM-9: variable rate · co-borrower … · guarantor … · guarantee … »; empty for
        a fixed-rate contract with nobody else bound and no guarantee."""
        parts: list[str] = []
        if loan.rate_type is RateType.VARIABLE:
            parts.append(escape(label(loan.rate_type)))
        if loan.co_borrowers:
            parts.append(
                escape(self.tr("co-borrower: {names}").format(names=", ".join(loan.co_borrowers)))
            )
        if loan.guarantors:
            parts.append(
                escape(self.tr("guarantor: {names}").format(names=", ".join(loan.guarantors)))
            )
        if loan.guarantee:
            parts.append(escape(self.tr("guarantee: {text}").format(text=loan.guarantee)))
        if not parts:
            return ""
        return f"<b>{escape(loan.contract_number)}</b>: " + " · ".join(parts)

    def _show_deadlines(self, deadlines: tuple[LoanDeadline, ...], today: date) -> None:
        """Per loan: its first unpaid instalment and its forclusion date, marked (red,
        bold, ⚠) when it ends within ``WARNING_DAYS``."""
        self.marked_contracts = [
            d.contract_number
            for d in deadlines
            if d.forclusion_date is not None and (d.forclusion_date - today).days < WARNING_DAYS
        ]
        lines = [self._deadline_text(deadline, today) for deadline in deadlines]
        self.deadlines.setText(" &nbsp;·&nbsp; ".join(lines))

    def _show_plan(self, plan: PlanFollowUp | None) -> None:
        """The plan's progress: paid, to come, late and missed, with the amounts; a plan
        in default is marked (red, bold, ⚠)."""
        self.plan_progress.setVisible(plan is not None)
        if plan is None:
            self.plan_progress.clear()
            return
        summary = plan.progress
        text = self.tr(
            "Plan {reference}: {paid} of {total} instalments paid ({paid_amount}) · "
            "{due} to come · {late} late ({late_amount}) · {missed} missed ({missed_amount})"
        ).format(
            reference=plan.reference,
            paid=summary.paid.count,
            total=len(plan.instalments),
            paid_amount=format_money(summary.paid.amount),
            due=summary.due.count,
            late=summary.late.count,
            late_amount=format_money(summary.late.amount),
            missed=summary.missed.count,
            missed_amount=format_money(summary.missed.amount),
        )
        html = escape(text)
        if summary.default_since is not None:
            warning = self.tr("⚠ in default since {date}").format(
                date=format_date(summary.default_since)
            )
            html += f' <b style="color:{tone(Tone.DANGER).name()}">{escape(warning)}</b>'
        self.plan_progress.setText(html)

    def _deadline_text(self, deadline: LoanDeadline, today: date) -> str:
        first = deadline.agreement_first_unpaid or deadline.first_unpaid_date
        first_text = format_date(first) if first else "—"
        if deadline.agreement_reference:
            first_text = self.tr("{date} (agreement {reference})").format(
                date=first_text, reference=deadline.agreement_reference
            )
        forclusion = deadline.forclusion
        if forclusion.state is ForclusionState.NOT_APPLICABLE:
            end = escape(self.tr("not applicable"))
        elif forclusion.expires_on is None:
            end = escape(self.tr("not running"))
        else:
            end = escape(format_date(forclusion.expires_on))
            if (forclusion.days_left(today) or 0) < WARNING_DAYS:
                end = f'<b style="color:{tone(Tone.DANGER).name()}">⚠ {end}</b>'
        return self.tr("{contract}: 1st unpaid {first}, forclusion {end}").format(
            contract=escape(deadline.contract_number), first=escape(first_text), end=end
        )

    def _fit_loans_height(self) -> None:
        """As tall as its rows (a case has a handful of loans): no blank area, no
        scrolling; room for the sideways bar only when it shows."""
        visible_rows = max(1, min(self.loans.rowCount(), 5))
        bar = self.loans.horizontalScrollBar()
        self.loans.setFixedHeight(
            self.loans.horizontalHeader().sizeHint().height()
            + visible_rows * self.loans.verticalHeader().defaultSectionSize()
            + 2 * self.loans.frameWidth()
            + (bar.sizeHint().height() if bar.maximum() > 0 else 0)
        )

    def _show_history(self, detail: CaseDetail) -> None:
        outcomes = promise_outcomes(detail.history)
        self.history.clear()
        items = []
        for entry in detail.history:
            item = QTreeWidgetItem(
                [
                    format_datetime(entry.occurred_at.astimezone()),
                    "",
                    describe(
                        entry, outcomes.get(entry.id) if entry.kind == JournalKind.PROMISE else None
                    ),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.kind.value)
            item.setIcon(1, kind_icon(entry.kind, self.palette()))
            item.setText(1, label(entry.kind))
            item.setToolTip(2, item.text(2))
            items.append(item)
        self.history.addTopLevelItems(items)
        self._apply_kind_filter()

    def _apply_kind_filter(self) -> None:
        wanted = self.kind_filter.currentData()
        for index in range(self.history.topLevelItemCount()):
            item = self.history.topLevelItem(index)
            if item is None:
                continue
            kind = item.data(0, Qt.ItemDataRole.UserRole)
            item.setHidden(wanted is not None and kind != str(wanted))
