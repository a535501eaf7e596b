"""The filter bar of the work queue: stage, days past due, loan type, officer, my cases,
due actions, forclusions near, agreements in default. It only turns the officer's choices into a
``CaseFilter``; the database does the filtering."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QPushButton, QWidget

from recouvrement_desktop.domain.recovery import CaseStage, LoanCategory
from recouvrement_desktop.services.case_queries import CaseFilter, DaysPastDueBucket, OfficerChoice
from recouvrement_desktop.services.legal_deadlines import QUEUE_WINDOW_DAYS
from recouvrement_desktop.ui.labels import label

_E = TypeVar("_E", bound=StrEnum)


class CaseFilterBar(QWidget):
    changed = Signal()  # any choice changed: build the filter again with ``apply``
    officers_changed = Signal()  # the officer choices were filled

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current_officer: int | None = None

        self.stage = self._combo(self.tr("All stages"), self.tr("Filter by stage"))
        for stage in CaseStage:
            self.stage.addItem(label(stage), stage.value)
        self.days_past_due = self._combo(
            self.tr("Any days past due"), self.tr("Filter by days past due")
        )
        for bucket, text in (
            (DaysPastDueBucket.UP_TO_30, self.tr("0–30 days past due")),
            (DaysPastDueBucket.FROM_31_TO_60, self.tr("31–60 days past due")),
            (DaysPastDueBucket.FROM_61_TO_90, self.tr("61–90 days past due")),
            (DaysPastDueBucket.OVER_90, self.tr("Over 90 days past due")),
        ):
            self.days_past_due.addItem(text, bucket.value)
        self.loan_category = self._combo(
            self.tr("All loan types"), self.tr("Filter by type of loan")
        )
        for category in LoanCategory:
            self.loan_category.addItem(label(category), category.value)
        self.officer = self._combo(self.tr("All officers"), self.tr("Filter by officer"))

        self.my_cases = QCheckBox(self.tr("&My cases"))
        self.my_cases.setToolTip(self.tr("Only the cases assigned to me"))
        self.my_cases.setEnabled(False)  # until we know who is at the keyboard
        self.due_only = QCheckBox(self.tr("&Due today or overdue"))
        self.due_only.setToolTip(self.tr("Only cases whose next action is due today or overdue"))
        self.forclusion_soon = QCheckBox(self.tr("&Forclusion within 90 days"))
        self.forclusion_soon.setToolTip(
            self.tr("Only cases with a consumer credit whose forclusion ends within 90 days")
        )
        self.agreement_default = QCheckBox(self.tr("&Agreement in default"))
        self.agreement_default.setToolTip(
            self.tr("Only cases whose agreement has an instalment missed")
        )
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setEnabled(False)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for column, combo in enumerate(
            (self.stage, self.days_past_due, self.loan_category, self.officer)
        ):
            layout.addWidget(combo, 0, column)
        layout.addWidget(self.my_cases, 1, 0)
        layout.addWidget(self.due_only, 1, 1)
        layout.addWidget(self.forclusion_soon, 1, 2)
        layout.addWidget(self.clear_button, 1, 3)
        # A row of its own: a fifth column would widen the queue, narrowing the case.
        layout.addWidget(self.agreement_default, 2, 0, 1, 2)

        for combo in (self.stage, self.days_past_due, self.loan_category, self.officer):
            combo.currentIndexChanged.connect(self._on_change)
        self.my_cases.toggled.connect(self._on_change)
        self.due_only.toggled.connect(self._on_change)
        self.forclusion_soon.toggled.connect(self._on_change)
        self.agreement_default.toggled.connect(self._on_change)
        self.clear_button.clicked.connect(self.clear)

    def focus_chain(self) -> list[QWidget]:
        """The choices in reading order: the four lists, then the boxes and Clear."""
        return [
            self.stage,
            self.days_past_due,
            self.loan_category,
            self.officer,
            self.my_cases,
            self.due_only,
            self.forclusion_soon,
            self.agreement_default,
            self.clear_button,
        ]

    def _combo(self, everything: str, accessible_name: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        combo.setAccessibleName(accessible_name)
        combo.setToolTip(accessible_name)
        return combo

    def set_officers(self, officers: list[OfficerChoice]) -> None:
        """Fill the officer choices, keeping the one selected if it is still there."""
        chosen = self.officer.currentData()
        self.officer.blockSignals(True)
        try:
            while self.officer.count() > 1:
                self.officer.removeItem(1)
            for officer in officers:
                self.officer.addItem(officer.full_name, officer.id)
            found = self.officer.findData(chosen) if chosen is not None else 0
            self.officer.setCurrentIndex(max(found, 0))
        finally:
            self.officer.blockSignals(False)
        self.officers_changed.emit()
        if chosen is not None and self.officer.currentData() != chosen:
            self._on_change()

    def set_current_officer(self, officer_id: int | None) -> None:
        """Who uses the application: "My cases" means this officer's cases."""
        self._current_officer = officer_id
        self.my_cases.setEnabled(officer_id is not None)
        if officer_id is None and self.my_cases.isChecked():
            self.my_cases.setChecked(False)  # emits changed
        elif self.my_cases.isChecked():
            self.changed.emit()

    def apply(self, case_filter: CaseFilter) -> CaseFilter:
        """``case_filter`` with the choices of this bar."""
        my_cases = self.my_cases.isChecked() and self._current_officer is not None
        officer_id = self._current_officer if my_cases else _officer(self.officer)
        return replace(
            case_filter,
            stage=_choice(self.stage, CaseStage),
            days_past_due=_choice(self.days_past_due, DaysPastDueBucket),
            loan_category=_choice(self.loan_category, LoanCategory),
            officer_id=officer_id,
            due_only=self.due_only.isChecked(),
            forclusion_within=QUEUE_WINDOW_DAYS if self.forclusion_soon.isChecked() else None,
            agreement_in_default=self.agreement_default.isChecked(),
        )

    def is_active(self) -> bool:
        return self.apply(CaseFilter()) != CaseFilter()

    def clear(self) -> None:
        widgets: list[Any] = [self.stage, self.days_past_due, self.loan_category, self.officer]
        widgets += [self.my_cases, self.due_only, self.forclusion_soon, self.agreement_default]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for combo in widgets[:4]:
                combo.setCurrentIndex(0)
            self.my_cases.setChecked(False)
            self.due_only.setChecked(False)
            self.forclusion_soon.setChecked(False)
            self.agreement_default.setChecked(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._on_change()

    def _on_change(self) -> None:
        self.officer.setEnabled(not self.my_cases.isChecked())
        self.clear_button.setEnabled(self.is_active())
        self.changed.emit()


def _choice(combo: QComboBox, kind: type[_E]) -> _E | None:
    # Items hold the enum's value: Qt hands a str subclass back as a plain str.
    value = combo.currentData()
    return kind(value) if isinstance(value, str) else None


def _officer(combo: QComboBox) -> int | None:
    value = combo.currentData()
    return value if isinstance(value, int) else None
