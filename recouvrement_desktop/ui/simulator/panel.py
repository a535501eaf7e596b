"""The simulator panel: the officer moves an input, every figure follows at once.

Each change of the inputs recomputes the plan through ``services.simulation`` (a few
milliseconds for 360 instalments) on the next turn of the event loop, so that a burst
of changes (a slider dragged, a scenario loaded) costs one computation, never a delay.
The three proposals take longer and run off the GUI thread. An invalid combination
shows the engine's message, translated, next to the inputs; the last valid plan stays
on screen until the inputs make sense again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.policy import DelegationLimits
from recouvrement_desktop.i18n.domain_messages import domain_message
from recouvrement_desktop.i18n.formatting import format_money
from recouvrement_desktop.i18n.translation import translate
from recouvrement_desktop.services.offers import KeptOffer
from recouvrement_desktop.services.simulation import (
    ProposedScenario,
    SimulationContext,
    SimulationResult,
    kept_offer,
    propose_scenarios,
    simulate,
)
from recouvrement_desktop.services.views import CaseDetail
from recouvrement_desktop.ui.focus import set_tab_order
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.quick_entry import error_label
from recouvrement_desktop.ui.simulator.actions import SimulatorActions
from recouvrement_desktop.ui.simulator.balance_chart import BalanceChart
from recouvrement_desktop.ui.simulator.client_view import ClientView
from recouvrement_desktop.ui.simulator.comparison import ComparisonView
from recouvrement_desktop.ui.simulator.gauges import Gauges
from recouvrement_desktop.ui.simulator.inputs import SimulatorInputs
from recouvrement_desktop.ui.simulator.scenarios import ScenariosView
from recouvrement_desktop.ui.simulator.schedule_model import ScheduleModel
from recouvrement_desktop.ui.simulator.warnings_view import WarningsView


def _group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(widget)
    return box


class SimulatorPanel(QWidget):
    scenario_changed = Signal()  # a new plan (or a refused input) is on screen
    proposals_ready = Signal()  # the three proposals are in the scenario cards

    def __init__(
        self,
        runner: OperationRunner,
        parent: QWidget | None = None,
        *,
        actions: SimulatorActions | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """*actions*: the window's (it triggers them); without, the panel's own."""
        super().__init__(parent)
        self.setObjectName("simulatorPanel")
        self._runner = runner
        self._today = today
        self.context: SimulationContext | None = None
        self.result: SimulationResult | None = None  # the latest run, valid or not
        self.shown: SimulationResult | None = None  # the last valid run, on screen
        self._generation = 0
        self._client_view: ClientView | None = None
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.recompute)

        self.inputs = SimulatorInputs()
        self.inputs.changed.connect(self._pending.start)
        self._scroll = scroll = QScrollArea()
        scroll.setWidget(self.inputs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the inputs, not their frame

        self.case_label = QLabel()
        self.case_label.setObjectName("simulatorCase")
        self.case_label.setWordWrap(True)
        self.error = error_label("simulatorError")
        self.comparison = ComparisonView()
        self.gauges = Gauges()
        self.warnings = WarningsView()
        self.schedule_model = ScheduleModel(self)
        self.schedule_view = self._schedule_table()
        self.chart = BalanceChart()
        self.scenarios = ScenariosView()
        self.scenarios.store_requested.connect(self.keep_in_card)
        self.scenarios.use_requested.connect(self.use_card)

        if actions is None:  # on its own (tests, benchmarks): its actions act on it
            actions = SimulatorActions(self)
            actions.proposals.triggered.connect(self.propose)
            actions.client_view.triggered.connect(self.show_client_view)
            for action in actions.all():
                self.addAction(action)
        self._actions = actions
        self.proposals_action = actions.proposals
        self.client_view_action = actions.client_view

        header = QHBoxLayout()
        header.addWidget(self.case_label, 1)
        self.header_buttons: list[QPushButton] = []
        for action in self.actions():
            button = QPushButton(action.text().replace("&", ""))
            button.setToolTip(f"{action.toolTip()} ({action.shortcut().toString()})")
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            header.addWidget(button)
            self.header_buttons.append(button)
        top = QHBoxLayout()
        top.addWidget(_group(self.tr("Current contract and proposed plan"), self.comparison), 1)
        # Gauges above warnings: each warning is a sentence and needs the width to be read.
        side = QVBoxLayout()
        side.addWidget(_group(self.tr("Affordability"), self.gauges))
        side.addWidget(_group(self.tr("Warnings"), self.warnings), 1)
        self.warnings.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)  # scrolls beyond
        top.addLayout(side, 1)
        middle = QSplitter(Qt.Orientation.Horizontal)
        middle.setObjectName("simulatorSplitter")
        middle.addWidget(self.schedule_view)
        middle.addWidget(self.chart)
        # The schedule as wide as its columns (no sideways scrolling when there is
        # room), the chart takes what is left and any width gained.
        middle.setStretchFactor(0, 0)
        middle.setStretchFactor(1, 1)
        middle.setChildrenCollapsible(False)
        middle.setSizes([self._schedule_width(), 320])
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(header)
        right.addWidget(self.error)
        right.addLayout(top)
        right.addWidget(middle, 1)
        right.addWidget(self.scenarios)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)
        self.set_case(None)
        self._fit_inputs()
        set_tab_order(self.focus_chain())

    def focus_chain(self) -> list[QWidget]:
        """The inputs, top to bottom, then the right side as laid out: the buttons of the
        header, the schedule, each scenario's buttons."""
        cards: list[QWidget] = []
        for card in self.scenarios.cards:
            cards += [card.store_button, card.use_button]
        return [*self.inputs.focus_chain(), *self.header_buttons, self.schedule_view, *cards]

    def _schedule_table(self) -> QTableView:
        view = QTableView()
        view.setObjectName("scheduleTable")
        view.setModel(self.schedule_model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab moves on to the scenarios
        view.verticalHeader().setVisible(False)
        # Fixed sizes: measuring contents would format every cell of every row.
        metrics = view.fontMetrics()
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 6)
        columns = view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Widest likely text of each column (number, date, then the amounts).
        amounts = ("99999.99", "9999.99", "99999.99", "999.99", "9999.99", "999999.99")
        samples = ["0000", "00/00/0000"] + [format_money(Decimal(a)) for a in amounts]
        for column, sample in enumerate(samples):
            header = str(self.schedule_model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header))
            columns.resizeSection(column, width + 12)
        view.setMinimumWidth(360)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return view

    def _schedule_width(self) -> int:
        """The width that shows every column of the schedule whole."""
        view = self.schedule_view
        columns = view.horizontalHeader()
        return (
            sum(columns.sectionSize(n) for n in range(columns.count()))
            + view.verticalScrollBar().sizeHint().width()
            + 2 * view.frameWidth()
        )

    # ------------------------------------------------------------------ API

    def actions(self) -> list[QAction]:
        """The panel's actions (with shortcuts), for the main window's menus."""
        return self._actions.all()

    def set_case(
        self, detail: CaseDetail | None, delegation: DelegationLimits | None = None
    ) -> None:
        """Open the simulator on *detail*'s debt (``None``: no case), within the acting
        officer's *delegation* (``None``: nothing is delegated)."""
        self._generation += 1  # proposals under way belong to the previous case
        self.context = self.result = self.shown = None
        self.scenarios.clear()
        self.error.hide()
        if detail is not None:
            try:
                self.context = SimulationContext.from_detail(
                    detail, delegation, today=self._today()
                )
            except DomainError as refused:
                self._show_error(domain_message(refused))
        context = self.context
        self.inputs.setEnabled(context is not None)
        for action in self.actions():
            action.setEnabled(context is not None)
        if context is None:
            self.case_label.setText(self.tr("No case selected") if detail is None else "")
            self._show(None)
            self.scenario_changed.emit()
            return
        self.case_label.setText(
            self.tr("Case {reference} · contract {contract} · {total} owed").format(
                reference=context.reference,
                contract=context.main_contract,
                total=format_money(context.debt.total),
            )
        )
        self.inputs.set_case(context.debt, context.today, context.default_inputs())
        self._fit_inputs()
        self.recompute()

    def _fit_inputs(self) -> None:
        """The inputs never scroll sideways: their column is as wide as they need."""
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(self.inputs.minimumSizeHint().width() + bar)

    def current_offer(self) -> KeptOffer | None:
        """The plan on screen (inputs and figures), to keep as an offer; ``None`` when
        there is none or the inputs are refused."""
        if self.context is None or self.result is None:
            return None
        return kept_offer(self.context, self.result)

    def show_client_view(self) -> None:
        if self._client_view is None:
            self._client_view = ClientView(self)
        view = self._client_view
        view.show_plan(None if self.shown is None else self.shown.plan)
        if view.isVisible():
            view.raise_()  # behind the main window: bring it back (a new one is on top)
        view.show()
        view.activateWindow()

    @property
    def client_view(self) -> ClientView | None:
        return self._client_view

    # ------------------------------------------------------------ computing

    def recompute(self) -> None:
        self._pending.stop()
        if self.context is None:
            return
        result = simulate(self.context, self.inputs.inputs())
        self.result = result
        if result.error is not None:
            self._show_error(
                self.tr("{error} — the plan shown is the last valid one.").format(
                    error=domain_message(result.error)
                )
            )
        else:
            self.error.hide()
            self._show(result)
        self.scenario_changed.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _show(self, result: SimulationResult | None) -> None:
        self.shown = result
        plan = None if result is None else result.plan
        assessment = None if result is None else result.assessment
        self.comparison.set_plan(plan)
        self.gauges.set_assessment(
            assessment, None if self.context is None else self.context.policy
        )
        self.warnings.set_assessment(assessment)
        self.schedule_model.set_schedule(None if plan is None else plan.schedule)
        self.chart.set_schedules(
            None if plan is None else plan.current, None if plan is None else plan.schedule
        )
        if plan is not None:
            self.inputs.reflect(plan.schedule.periods, plan.schedule.installment)
        if self._client_view is not None and self._client_view.isVisible():
            self._client_view.show_plan(plan)

    # ------------------------------------------------------------ scenarios

    def keep_in_card(self, index: int) -> None:
        """Put the plan on screen in card *index* (refused inputs keep nothing)."""
        if self.result is not None and self.result.plan is not None:
            self.scenarios.set_result(index, self.result)

    def use_card(self, index: int) -> None:
        """Bring card *index*'s plan back into the inputs."""
        result = self.scenarios.result(index)
        if result is not None and self.context is not None:
            self.inputs.set_inputs(result.inputs)
            self.recompute()

    def propose(self) -> None:
        """Fill the cards with the engine's three proposals, off the GUI thread."""
        context = self.context
        if context is None:
            return
        self._generation += 1
        generation = self._generation
        inputs = self.inputs.inputs()
        self.proposals_action.setEnabled(False)
        self._runner.read(
            lambda: propose_scenarios(context, inputs),
            lambda outcome: self._proposed(generation, outcome),
            failed=lambda message: self._not_proposed(generation, message),
            owner=self,
        )

    def _not_proposed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.proposals_action.setEnabled(self.context is not None)
            self._show_error(message)

    def _proposed(
        self, generation: int, outcome: tuple[ProposedScenario, ...] | DomainError
    ) -> None:
        if generation != self._generation:
            return  # another case (or a newer request) since
        self.proposals_action.setEnabled(self.context is not None)
        if isinstance(outcome, DomainError):
            self._show_error(domain_message(outcome))
            return
        if not outcome:
            self._show_error(
                self.tr("No income on file: the proposals are sized from the client's budget.")
            )
            return
        for index, proposal in enumerate(outcome):
            self.scenarios.set_result(index, proposal.result, translate("Domain", proposal.title))
        self.proposals_ready.emit()
