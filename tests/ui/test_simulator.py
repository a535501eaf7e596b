"""The simulator panel, driven like an officer would: every figure it shows must be the
engine's own, computed here through the domain API with the same inputs."""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Officer
from recouvrement_desktop.domain.affordability import evaluate, propose
from recouvrement_desktop.domain.calendar import add_months
from recouvrement_desktop.domain.errors import DomainError
from recouvrement_desktop.domain.guardrails import Assessment
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.policy import DelegationLimits
from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.domain.rescheduling import (
    ComponentTreatment,
    Restructuring,
    RestructuringRequest,
    Treatment,
    current_schedule,
    reschedule,
)
from recouvrement_desktop.domain.schedule import (
    ByInstallment,
    ByPeriods,
    Grace,
    LoanTerms,
    Sizing,
    build_schedule,
)
from recouvrement_desktop.i18n.domain_messages import domain_message
from recouvrement_desktop.i18n.fast_money import fast_money
from recouvrement_desktop.i18n.formatting import (
    format_date,
    format_integer,
    format_money,
    format_percent,
)
from recouvrement_desktop.i18n.language import Language, active_language, set_active_language
from recouvrement_desktop.i18n.translation import translate
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.offers import offer_json
from recouvrement_desktop.services.officers import delegation
from recouvrement_desktop.services.simulation import SimulationContext
from recouvrement_desktop.services.views import CaseDetail, identity_of
from recouvrement_desktop.ui.operations import OperationRunner
from recouvrement_desktop.ui.simulator import schedule_model as columns
from recouvrement_desktop.ui.simulator.balance_chart import MAX_POINTS, balance_points
from recouvrement_desktop.ui.simulator.comparison import CURRENT, PROPOSED, Line
from recouvrement_desktop.ui.simulator.panel import SimulatorPanel

D = Decimal
TODAY = date(2026, 11, 28)


@pytest.fixture
def officer(demo_database: Database) -> Identity:
    with demo_database.session() as session:
        found = session.scalars(
            select(Officer).where(Officer.role == OfficerRole.OFFICER).order_by(Officer.id)
        ).first()
        assert found is not None
        return identity_of(found)


@pytest.fixture
def limits(demo_database: Database, officer: Identity) -> DelegationLimits:
    """The officer's delegation, as the window reads it when it opens a case."""
    found = delegation(demo_database, officer)
    assert found is not None
    return found


@pytest.fixture
def detail(demo_database: Database) -> CaseDetail:
    """A one-loan case with every kind of overdue amount, a running contract, a budget."""
    queries = CaseQueries(demo_database)
    for case_id in range(1, 301):
        found = queries.detail(case_id)
        assert found is not None
        loans = found.loans
        if (
            len(loans) == 1
            and loans[0].arrears_amount
            and loans[0].late_interest
            and loans[0].penalties
            and loans[0].term_months > 24
            and found.client.monthly_income
        ):
            return found
    raise AssertionError("no suitable demonstration case")


@pytest.fixture
def panel(
    qtbot: QtBot, runner: OperationRunner, limits: DelegationLimits, detail: CaseDetail
) -> Iterator[SimulatorPanel]:
    widget = SimulatorPanel(runner, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.scenario_changed, timeout=10_000):
        widget.set_case(detail, limits)
    yield widget
    if widget.client_view is not None:
        widget.client_view.close()


def context_of(panel: SimulatorPanel) -> SimulationContext:
    assert panel.context is not None
    return panel.context


def engine(
    panel: SimulatorPanel,
    sizing: Sizing,
    rate: Decimal | None = None,
    **choices: object,
) -> tuple[Restructuring, Assessment]:
    """The plan and assessment straight from the domain, for the case on the panel."""
    context = context_of(panel)
    debt = context.debt
    # The case's first treatments (a consumer credit spreads late interest and penalties);
    # the one "fees and penalties" input treats the fees too, without its waiver.
    defaults = context.default_inputs()
    penalties = choices.get("penalties", defaults.fees_and_penalties)
    assert isinstance(penalties, ComponentTreatment)
    treatments: dict[str, object] = {
        "late_interest": defaults.late_interest,
        "fees": dataclasses.replace(penalties, waived=D(0)),
        "penalties": penalties,
    }
    request = RestructuringRequest(
        sizing=sizing,
        start=TODAY,
        rate_pct=debt.contract.rate_pct if rate is None else rate,
        first_due=add_months(TODAY, 1),
        **{**treatments, **choices},  # type: ignore[arg-type]
    )
    plan = reschedule(debt, request, current=current_schedule(debt))
    return plan, evaluate(plan, context.policy, context.budget, consumer=context.consumer)


def assert_shows(panel: SimulatorPanel, plan: Restructuring, assessment: Assessment) -> None:
    """Every figure on the panel is the engine's, formatted."""
    view = panel.comparison
    proposed = plan.comparison.proposed
    assert view.text(Line.INSTALLMENT, PROPOSED) == format_money(proposed.installment)
    assert view.text(Line.PERIODS, PROPOSED) == format_integer(proposed.periods)
    assert view.text(Line.END_DATE, PROPOSED) == format_date(proposed.end_date)
    assert view.text(Line.TOTAL_COST, PROPOSED) == format_money(proposed.total_cost)
    assert view.text(Line.APR, PROPOSED) == format_percent(proposed.apr_pct)
    assert view.text(Line.INSURANCE, PROPOSED) == format_money(plan.schedule.terms.insurance)
    current = plan.comparison.current
    assert current is not None
    assert view.text(Line.INSTALLMENT, CURRENT) == format_money(current.installment)
    assert view.text(Line.END_DATE, CURRENT) == format_date(current.end_date)
    assert view.text(Line.TOTAL_COST, CURRENT) == format_money(current.total_cost)
    assert view.text(Line.APR, CURRENT) == format_percent(current.apr_pct)
    assert view.concession.text() == format_money(plan.comparison.concession_cost)

    model = panel.schedule_model
    rows = plan.schedule.rows
    assert model.rowCount() == len(rows)
    for number in {0, 1, len(rows) // 2, len(rows) - 1}:
        row = rows[number]
        shown = [model.data(model.index(number, column)) for column in range(model.columnCount())]
        assert shown[columns.NUMBER] == format_integer(row.number)
        assert shown[columns.DUE_DATE] == format_date(row.due_date)
        assert shown[columns.TOTAL_DUE] == format_money(row.total_due)
        assert shown[columns.INTEREST] == format_money(row.interest)
        assert shown[columns.PRINCIPAL] == format_money(row.principal)
        assert shown[columns.INSURANCE] == format_money(row.insurance)
        assert shown[columns.EXTRA] == format_money(row.extra)
        assert shown[columns.BALANCE] == format_money(row.balance)

    assert assessment.effort_rate_pct is not None and assessment.reste_a_vivre is not None
    assert format_percent(assessment.effort_rate_pct) in panel.gauges.effort_text.text()
    assert format_money(assessment.reste_a_vivre) in panel.gauges.rav_text.text()
    texts = panel.warnings.texts()
    assert len(texts) == len(assessment.warnings)
    for text, warning in zip(texts, assessment.warnings, strict=True):
        assert text.startswith(domain_message(warning))
    badge = panel.warnings.approval_badge
    assert badge.isVisibleTo(panel) == assessment.needs_supervisor_approval
    # The curve starts at the principal, ends at zero, and every point is a balance of the
    # schedule (every instalment's up to MAX_POINTS of them, then every few).
    series = panel.chart.proposed
    points = [series.at(n) for n in range(series.count())]
    if len(rows) <= MAX_POINTS:
        assert series.count() == len(rows) + 1
    else:
        assert series.count() <= MAX_POINTS + 2
    assert points[0].y() == float(plan.schedule.terms.principal)
    assert points[-1].y() == 0.0
    balances = {float(row.balance) for row in rows}
    assert all(point.y() in balances for point in points[1:])
    assert [point.x() for point in points] == sorted(point.x() for point in points)
    assert not panel.error.isVisibleTo(panel)


def test_opens_on_the_case_with_the_contract_s_rate_and_term(panel: SimulatorPanel) -> None:
    contract = context_of(panel).debt.contract
    periods = max(contract.remaining_periods, 12)
    assert panel.inputs.periods_spin.value() == periods
    assert panel.inputs.periods_slider.value() == periods
    assert_shows(panel, *engine(panel, ByPeriods(periods)))
    assert context_of(panel).reference in panel.case_label.text()


def test_the_slider_and_the_spin_box_stay_in_step(qtbot: QtBot, panel: SimulatorPanel) -> None:
    inputs = panel.inputs
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        inputs.periods_slider.setValue(48)
    assert inputs.periods_spin.value() == 48
    assert_shows(panel, *engine(panel, ByPeriods(48)))

    inputs.periods_slider.setFocus()
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        qtbot.keyClick(inputs.periods_slider, Qt.Key.Key_PageUp)
    assert inputs.periods_spin.value() == 60
    assert_shows(panel, *engine(panel, ByPeriods(60)))

    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        inputs.periods_spin.setValue(36)
    assert inputs.periods_slider.value() == 36
    assert_shows(panel, *engine(panel, ByPeriods(36)))


def test_sizing_by_target_instalment(qtbot: QtBot, panel: SimulatorPanel) -> None:
    inputs = panel.inputs
    before, _ = engine(panel, ByPeriods(inputs.periods_spin.value()))
    # Switching starts from the plan on screen: the instalment box shows its instalment.
    assert inputs.installment_spin.value() == float(before.schedule.installment)
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        inputs.by_installment.setChecked(True)
    assert_shows(panel, *engine(panel, ByInstallment(before.schedule.installment)))

    target = (before.schedule.installment * D("0.8")).quantize(D("0.01")) + D("0.07")
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        inputs.installment_spin.setValue(float(target))
    assert inputs.installment_slider.value() == round(target)
    assert inputs.installment_spin.value() == float(target)  # the cents stay
    plan, assessment = engine(panel, ByInstallment(target))
    assert_shows(panel, plan, assessment)
    assert inputs.periods_spin.value() == plan.schedule.periods  # the other half follows

    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        inputs.installment_slider.setValue(round(target) + 25)
    assert inputs.installment_spin.value() == round(target) + 25
    assert_shows(panel, *engine(panel, ByInstallment(D(round(target) + 25))))


def test_rate_grace_down_payment_and_treatments(qtbot: QtBot, panel: SimulatorPanel) -> None:
    inputs = panel.inputs
    debt = context_of(panel).debt
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        inputs.periods_spin.setValue(40)
        inputs.rate_spin.setValue(3.25)
        inputs.grace_spin.setValue(3)
        inputs.down_payment.setValue(150.0)
        inputs.arrears.treatment.setCurrentIndex(inputs.arrears.treatment.findData("spread"))
        inputs.arrears.spread.setValue(6)
        inputs.late_interest.treatment.setCurrentIndex(
            inputs.late_interest.treatment.findData("waive")
        )
        inputs.fees.treatment.setCurrentIndex(inputs.fees.treatment.findData("add-to-first"))
        inputs.fees.waived.setValue(float(min(debt.penalties, D("10.00"))))
    plan, assessment = engine(
        panel,
        ByPeriods(40),
        D("3.25"),
        grace=Grace(3),
        down_payment=D("150.00"),
        arrears=ComponentTreatment(Treatment.SPREAD, spread_periods=6),
        late_interest=ComponentTreatment(Treatment.WAIVE),
        penalties=ComponentTreatment(Treatment.ADD_TO_FIRST, waived=min(debt.penalties, D("10"))),
    )
    assert_shows(panel, plan, assessment)
    assert plan.schedule.rows[0].extra > 0  # the spread and the fees are on screen


def test_a_waiver_beyond_the_delegation_needs_a_supervisor(
    qtbot: QtBot, panel: SimulatorPanel
) -> None:
    inputs = panel.inputs
    limit = context_of(panel).policy.delegation.max_waiver
    waived = min(context_of(panel).debt.arrears, limit + D("1.00"))
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        inputs.arrears.waived.setValue(float(waived))
    plan, assessment = engine(
        panel,
        ByPeriods(inputs.periods_spin.value()),
        arrears=ComponentTreatment(waived=waived),
    )
    assert_shows(panel, plan, assessment)
    assert assessment.needs_supervisor_approval == (waived > limit)


def test_an_impossible_plan_shows_the_message_and_keeps_the_last_good_one(
    qtbot: QtBot, panel: SimulatorPanel
) -> None:
    inputs = panel.inputs
    periods = 14 if inputs.periods_spin.value() != 14 else 15
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        inputs.periods_spin.setValue(periods)
    good = engine(panel, ByPeriods(periods))
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        inputs.grace_spin.setValue(periods)
    with pytest.raises(DomainError) as refused:
        engine(panel, ByPeriods(periods), grace=Grace(periods))
    assert panel.error.isVisibleTo(panel)
    assert domain_message(refused.value) in panel.error.text()
    assert "Traceback" not in panel.error.text()
    assert panel.current_offer() is None
    panel.error.hide()  # the last good plan stays: same figures as before
    assert_shows(panel, *good)

    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        inputs.grace_spin.setValue(2)
    assert not panel.error.isVisibleTo(panel)
    assert_shows(panel, *engine(panel, ByPeriods(periods), grace=Grace(2)))


def test_proposals_fill_the_three_scenarios(qtbot: QtBot, panel: SimulatorPanel) -> None:
    context = context_of(panel)
    assert context.budget is not None
    periods = panel.inputs.periods_spin.value()
    with qtbot.waitSignal(panel.proposals_ready, timeout=5000):
        panel.proposals_action.trigger()
    # The case's first inputs (a consumer credit spreads late interest and penalties).
    request = dataclasses.replace(context.default_inputs(), periods=periods).request(TODAY)
    proposals = propose(context.debt, request, context.budget, context.policy)
    for card, proposal in zip(panel.scenarios.cards, proposals, strict=True):
        schedule = proposal.plan.schedule
        assert card.title() == translate("Domain", proposal.title)
        assert card.installment.text() == format_money(schedule.installment)
        assert card.periods.text() == format_integer(schedule.periods)
        assert card.end_date.text() == format_date(schedule.end_date)
        assert card.total_cost.text() == format_money(proposal.plan.comparison.proposed.total_cost)
        assert card.apr.text() == format_percent(schedule.apr_pct)

    # Bringing the cheapest plan back into the simulator shows exactly that plan.
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        panel.scenarios.cards[1].use_button.click()
    cheapest = proposals[1].plan
    assessment = evaluate(cheapest, context.policy, context.budget, consumer=context.consumer)
    assert_shows(panel, cheapest, assessment)


def test_keep_the_plan_on_screen_in_a_card(qtbot: QtBot, panel: SimulatorPanel) -> None:
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        panel.inputs.periods_spin.setValue(30)
    panel.scenarios.cards[2].store_button.click()
    plan, _ = engine(panel, ByPeriods(30))
    assert panel.scenarios.cards[2].installment.text() == format_money(plan.schedule.installment)


def test_current_offer_is_what_is_shown_and_keeps_as_plain_json(panel: SimulatorPanel) -> None:
    offer = panel.current_offer()
    assert offer is not None
    plan, assessment = engine(panel, ByPeriods(panel.inputs.periods_spin.value()))
    assert offer.periods == plan.schedule.periods
    assert offer.installment == plan.schedule.installment
    assert offer.needs_supervisor_approval == assessment.needs_supervisor_approval
    kept = offer_json(offer)  # as the journal keeps it
    assert kept["periods"] == plan.schedule.periods
    assert kept["installment"] == str(plan.schedule.installment)
    assert kept["needs_supervisor_approval"] == assessment.needs_supervisor_approval


def test_the_client_view_shows_the_plan_and_no_internal_figure(
    qtbot: QtBot, panel: SimulatorPanel
) -> None:
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        panel.inputs.down_payment.setValue(100.0)
    panel.client_view_action.trigger()
    view = panel.client_view
    assert view is not None and view.isVisible()
    plan, assessment = engine(
        panel, ByPeriods(panel.inputs.periods_spin.value()), down_payment=D("100")
    )
    text = view.texts()
    schedule = plan.schedule
    assert format_money(schedule.rows[-1].total_due) in text
    assert format_money(D("100.00")) in text
    assert format_money(D("100.00") + schedule.total_paid) in text
    assert format_date(schedule.end_date, length="long") in text
    assert format_percent(schedule.apr_pct) in text
    assert assessment.effort_rate_pct is not None and assessment.reste_a_vivre is not None
    for internal in (
        format_money(plan.comparison.concession_cost),
        format_percent(assessment.effort_rate_pct),
        format_money(assessment.reste_a_vivre),
    ):
        assert internal not in text
    for word in ("bank", "supervisor", "approval", "delegation", "risk", "effort", "warning"):
        assert word not in text.lower()

    # It follows the officer's changes live.
    with qtbot.waitSignal(panel.scenario_changed, timeout=10_000):
        panel.inputs.periods_spin.setValue(24)
    plan, _ = engine(panel, ByPeriods(24), down_payment=D("100"))
    assert format_date(plan.schedule.end_date, length="long") in view.texts()


def test_actions_have_shortcuts_and_follow_the_case(panel: SimulatorPanel) -> None:
    actions = panel.actions()
    shortcuts = [action.shortcut().toString() for action in actions]
    assert all(shortcuts) and len(set(shortcuts)) == len(shortcuts)
    assert all(action.isEnabled() for action in actions)
    panel.set_case(None)
    assert not any(action.isEnabled() for action in actions)
    assert panel.current_offer() is None
    assert panel.schedule_model.rowCount() == 0


@pytest.mark.parametrize("language", list(Language))
def test_the_table_s_fast_amounts_are_format_money_s_own_text(language: Language) -> None:
    previous = active_language()
    set_active_language(language)
    try:
        values = [D(n) / 100 for n in range(-250_000, 250_000, 997)]
        values += [D("0"), D("-0.00"), D("12.5"), D("1e3"), D("999999999.99"), D("0.005")]
        for value in values:
            assert fast_money(value) == format_money(value, language), value
    finally:
        set_active_language(previous)


@pytest.mark.parametrize("periods", [12, MAX_POINTS, MAX_POINTS + 1, 360])
def test_the_balance_curve_keeps_its_ends_and_thins_out_long_plans(periods: int) -> None:
    schedule = build_schedule(
        LoanTerms(Decimal("150000.00"), Decimal("3.90"), ByPeriods(periods), date(2026, 11, 28))
    )
    points = balance_points(schedule)
    step = math.ceil(periods / MAX_POINTS)  # instalments between two points
    assert len(points) == math.ceil(periods / step) + 1 <= MAX_POINTS + 1
    assert points[0].y() == 150000.0
    assert points[-1].y() == 0.0  # the last instalment is always drawn
    balances = {float(row.balance) for row in schedule.rows}
    assert all(point.y() in balances for point in points[1:])
    gaps = [later.x() - earlier.x() for earlier, later in itertools.pairwise(points)]
    assert min(gaps) > 0 and max(gaps) <= step * 31 * 86_400_000  # evenly thinned
