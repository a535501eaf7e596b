"""The client panel: who the client is, what they owe, and the whole story of the case."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from recouvrement_desktop.db.models import Client, Loan
from recouvrement_desktop.domain.recovery import JournalKind
from recouvrement_desktop.i18n.formatting import (
    format_datetime,
    format_integer,
    format_money,
    format_percent,
)
from recouvrement_desktop.services.case_queries import CaseDetail, promise_outcomes
from recouvrement_desktop.ui.history_text import describe
from recouvrement_desktop.ui.kind_icons import kind_icon
from recouvrement_desktop.ui.labels import label


def _value_label() -> QLabel:
    value = QLabel()
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    value.setWordWrap(True)
    return value


class ClientPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("clientTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("clientSubtitle")

        self.contact = _value_label()
        self.address = _value_label()
        self.household = _value_label()
        self.employment = _value_label()
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
        identity_layout.setColumnStretch(0, 1)
        identity_layout.setColumnStretch(1, 1)

        self.loans = QTableWidget(0, 7)
        self.loans.setHorizontalHeaderLabels(
            [
                self.tr("Contract"),
                self.tr("Category"),
                self.tr("Rate"),
                self.tr("Instalment"),
                self.tr("Outstanding principal"),
                self.tr("Arrears"),
                self.tr("Days late"),
            ]
        )
        self.loans.verticalHeader().setVisible(False)
        self.loans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.loans.horizontalHeader().setStretchLastSection(True)
        self.loans.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.total_owed = QLabel()
        self.total_owed.setObjectName("totalOwed")
        self.total_owed.setAlignment(Qt.AlignmentFlag.AlignRight)
        loans_box = QGroupBox(self.tr("Loans"))
        loans_layout = QVBoxLayout(loans_box)
        loans_layout.addWidget(self.loans)
        loans_layout.addWidget(self.total_owed)

        self.history = QTreeWidget()
        self.history.setColumnCount(3)
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("What happened")])
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.setUniformRowHeights(True)
        self.history.setColumnWidth(0, 130)
        self.history.setColumnWidth(1, 190)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show in the history"))
        self.kind_filter.addItem(self.tr("Everything"), None)
        for kind in JournalKind:
            self.kind_filter.addItem(kind_icon(kind), label(kind), kind)
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

    def show_detail(self, detail: CaseDetail | None) -> None:
        if detail is None:
            self.title.setText(self.tr("No case selected"))
            self.subtitle.clear()
            for value in (self.contact, self.address, self.household, self.employment, self.budget):
                value.clear()
            self.loans.setRowCount(0)
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
        self._show_loans(detail.loans)
        self.total_owed.setText(
            self.tr("Total owed: {amount}").format(amount=format_money(detail.total_owed))
        )
        self._show_history(detail)

    def _show_identity(self, client: Client) -> None:
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

    def _show_loans(self, loans: list[Loan]) -> None:
        self.loans.setRowCount(len(loans))
        # As tall as its rows (a case has a handful of loans): no blank area, no scrolling.
        visible_rows = max(1, min(len(loans), 5))
        self.loans.setFixedHeight(
            self.loans.horizontalHeader().sizeHint().height()
            + visible_rows * self.loans.verticalHeader().defaultSectionSize()
            + 2 * self.loans.frameWidth()
            + self.loans.horizontalScrollBar().sizeHint().height()
        )
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
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.loans.setItem(row, column, item)

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
            item.setIcon(1, kind_icon(entry.kind))
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
