"""The bridge from a case on file to the rescheduling engine (no Qt).

``SimulationContext.from_detail(detail, delegation)`` turns a case into the engine's
values once; ``simulate(context, inputs)`` then runs the engine on the officer's inputs, fast
enough to follow a slider (the contract's schedule is computed once, in the context).

How a case with several loans becomes one debt (the engine reschedules one debt):

* the **debt** is the sum over the case's loans: outstanding principal, arrears, late
  interest, penalties, and the fees of the loans that are not consumer credit: after a
  consumer credit's default fees may not be claimed (C. consom. L312-38), so its fees
  are left out of the debt and said so (``ConsumerDefault.fees_not_claimed``, an
  information check); its penalties are checked against the indemnity's cap (D312-16);
* on a consumer credit the first plan spreads late interest and penalties without
  interest (never capitalised: L312-38, L312-39; capitalising them is a blocking check);
* the **contract** is the main loan's — the one with the largest debt (principal plus
  arrears), the oldest on a tie: its rate, category, remaining term and next due date;
  the insurance is the sum of every loan's, since the client pays all of them;
* the **current schedule** (what happens if nothing is agreed) is therefore the whole
  outstanding principal run off at the main loan's rate over its remaining term: an
  approximation for cases with several loans, exact for the usual single-loan case.

The policy is the bank's demonstration policy with the published usury thresholds
(``services/reference_data.py``, the shipped files) and the acting officer's delegation
(read from the database by the caller); without one, nothing is delegated (every
concession needs a supervisor).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

from recouvrement_desktop.domain.affordability import Budget, ProposalKind, evaluate, propose
from recouvrement_desktop.domain.calendar import add_months, elapsed_months
from recouvrement_desktop.domain.consumer_credit import (
    ConsumerDefault,
    DefaultedContract,
    is_consumer_credit,
)
from recouvrement_desktop.domain.errors import QT_TRANSLATE_NOOP, DomainError
from recouvrement_desktop.domain.guardrails import Assessment
from recouvrement_desktop.domain.money import ZERO
from recouvrement_desktop.domain.plan_inputs import SimulationInputs, SizingMode
from recouvrement_desktop.domain.policy import (
    CreditKind,
    DelegationLimits,
    Household,
    Policy,
    UsuryTable,
    credit_kind_of,
    merged_credit_kind,
)
from recouvrement_desktop.domain.recovery import LoanCategory
from recouvrement_desktop.domain.rescheduling import (
    CaseDebt,
    ComponentTreatment,
    Contract,
    Restructuring,
    Treatment,
    current_schedule,
    reschedule,
)
from recouvrement_desktop.domain.schedule import (
    Schedule,
)
from recouvrement_desktop.services.offers import KeptOffer
from recouvrement_desktop.services.reference_data import published_policy
from recouvrement_desktop.services.views import CaseDetail, ClientView, LoanView

__all__ = [
    "NO_DELEGATION",
    "ProposedScenario",
    "SimulationContext",
    "SimulationInputs",
    "SimulationResult",
    "SizingMode",
    "kept_offer",
    "propose_scenarios",
    "simulate",
]

# Without an acting officer nothing is delegated: any waiver, extension or rate cut
# below the contract's needs a supervisor.
NO_DELEGATION: Final = DelegationLimits(
    max_waiver=Decimal("0.00"), max_extension_months=0, min_rate_pct=Decimal(100)
)
# A plan shorter than this is rarely sustainable: the default never proposes less.
MIN_DEFAULT_PERIODS: Final = 12
# A consumer credit's late interest and penalties are spread over at most this many
# first instalments by default (interest-free; never capitalised).
DEFAULT_SPREAD_PERIODS: Final = 12


def _main_loan(loans: Sequence[LoanView]) -> LoanView:
    return min(
        loans, key=lambda loan: (-(loan.outstanding_principal + loan.arrears_amount), loan.id)
    )


def _total(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal("0.00"))


def _merged_kind(loans: Sequence[LoanView]) -> CreditKind | None:
    """A plan merging several loans is a mortgage for usury when mortgages make more than
    60 % of what is merged (principal plus arrears), else a consumer credit; a single
    variable-rate mortgage is in the variable-rate category (``None``: the contract's own
    product decides)."""
    if len(loans) < 2:
        if loans and loans[0].category is LoanCategory.MORTGAGE:
            kind = credit_kind_of(loans[0].category, loans[0].rate_type)
            return kind if kind is CreditKind.MORTGAGE_VARIABLE else None
        return None
    return merged_credit_kind(
        [
            (loan.category, loan.outstanding_principal + loan.arrears_amount, loan.rate_type)
            for loan in loans
        ]
    )


@dataclass(frozen=True, slots=True)
class SimulationContext:
    """A case turned into the engine's values, computed once per case and officer.

    Holds plain values only (no database objects), so that it may be used off the GUI
    thread.
    """

    reference: str
    debt: CaseDebt
    budget: Budget | None
    policy: Policy
    today: date
    current: Schedule | None
    main_contract: str
    # The case's overindebtedness file is open: every plan is blocking.
    overindebtedness_open: bool = False
    # The case's consumer credits: their capped penalties, the fees left out.
    consumer: ConsumerDefault | None = None

    @classmethod
    def from_case(
        cls,
        reference: str,
        client: ClientView,
        loans: Sequence[LoanView],
        delegation: DelegationLimits | None,
        *,
        today: date | None = None,
        usury_table: UsuryTable | None = None,
        overindebtedness_open: bool = False,
    ) -> SimulationContext:
        """See the module docstring for how several loans become one debt.

        *usury_table*: the thresholds in force (default: the process's current table,
        ``services/reference_data.current_usury_table``).

        Raises ``DomainError`` for a case without loans.
        """
        if not loans:
            raise DomainError(
                QT_TRANSLATE_NOOP("Domain", "The case has no debt to reschedule"),
                field="outstanding_principal",
            )
        day = today or date.today()
        main = _main_loan(loans)
        # Instalment k fell due on start + k months: those up to today are past (paid or
        # in arrears), the rest is the remaining term.
        elapsed = elapsed_months(main.start_date, day)[0] if main.start_date <= day else 0
        contract = Contract(
            rate_pct=main.nominal_rate,
            remaining_periods=max(0, main.term_months - elapsed),
            next_due=add_months(main.start_date, elapsed + 1),
            insurance=_total([loan.insurance_monthly for loan in loans]),
            category=main.category,
        )
        consumer = [loan for loan in loans if is_consumer_credit(loan.category)]
        others = [loan for loan in loans if not is_consumer_credit(loan.category)]
        debt = CaseDebt(
            outstanding_principal=_total([loan.outstanding_principal for loan in loans]),
            contract=contract,
            arrears=_total([loan.arrears_amount for loan in loans]),
            late_interest=_total([loan.late_interest for loan in loans]),
            fees=_total([loan.fees for loan in others]),
            penalties=_total([loan.penalties for loan in loans]),
        )
        return cls(
            reference=reference,
            debt=debt,
            budget=_budget(client),
            policy=dataclasses.replace(
                published_policy(usury_table),
                delegation=delegation or NO_DELEGATION,
                usury_credit_kind=_merged_kind(loans),
            ),
            today=day,
            current=current_schedule(debt),
            main_contract=main.contract_number,
            overindebtedness_open=overindebtedness_open,
            consumer=ConsumerDefault(
                tuple(
                    DefaultedContract(
                        loan.contract_number, loan.penalties, loan.outstanding_principal
                    )
                    for loan in consumer
                ),
                fees_not_claimed=_total([loan.fees for loan in consumer]),
            ),
        )

    @classmethod
    def from_detail(
        cls,
        detail: CaseDetail,
        delegation: DelegationLimits | None,
        *,
        today: date | None = None,
    ) -> SimulationContext:
        return cls.from_case(
            detail.case.reference,
            detail.client,
            detail.loans,
            delegation,
            today=today,
            overindebtedness_open=detail.overindebtedness is not None
            and detail.overindebtedness.open,
        )

    @property
    def consumer_credit(self) -> bool:
        return self.consumer is not None and bool(self.consumer.contracts)

    def default_inputs(self) -> SimulationInputs:
        """A first plan: the contract's rate and end date (at least a year), arrears
        capitalized, the first instalment a month from today. On a consumer credit late
        interest and penalties are spread interest-free over the first instalments
        (at most a year's), never capitalised (C. consom. L312-38, L312-39)."""
        contract = self.debt.contract
        periods = max(contract.remaining_periods, MIN_DEFAULT_PERIODS)
        charges = (
            ComponentTreatment(
                Treatment.SPREAD, spread_periods=min(periods, DEFAULT_SPREAD_PERIODS)
            )
            if self.consumer_credit
            else ComponentTreatment()
        )
        return SimulationInputs(
            mode=SizingMode.PERIODS,
            periods=periods,
            installment=self.current.installment if self.current else ZERO,
            rate_pct=contract.rate_pct,
            first_due=add_months(self.today, 1),
            late_interest=charges,
            fees_and_penalties=charges,
        )


def _budget(client: ClientView) -> Budget | None:
    """The client's declared monthly budget, or ``None`` when there is no income on file."""
    try:
        return Budget(
            net_income=client.monthly_income,
            housing=client.housing_cost,
            other_credits=client.other_credit_payments,
            household=Household(client.household_adults, client.household_children),
        )
    except DomainError:
        return None


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """One run of the engine: the plan and its assessment, or why there is none."""

    inputs: SimulationInputs
    plan: Restructuring | None
    assessment: Assessment | None
    error: DomainError | None = None


def simulate(context: SimulationContext, inputs: SimulationInputs) -> SimulationResult:
    """Run the engine on *inputs*; a ``DomainError`` is returned, never raised."""
    try:
        plan = reschedule(context.debt, inputs.request(context.today), current=context.current)
        assessment = evaluate(
            plan,
            context.policy,
            context.budget,
            overindebtedness_open=context.overindebtedness_open,
            consumer=context.consumer,
        )
    except DomainError as error:
        return SimulationResult(inputs, None, None, error)
    # The term's other half (unused by the engine in this mode) takes the plan's value,
    # so that a kept scenario is consistent whichever way it is read back.
    if inputs.mode is SizingMode.PERIODS:
        inputs = dataclasses.replace(inputs, installment=plan.schedule.installment)
    else:
        inputs = dataclasses.replace(inputs, periods=plan.schedule.periods)
    return SimulationResult(inputs, plan, assessment)


@dataclass(frozen=True, slots=True)
class ProposedScenario:
    kind: ProposalKind
    title: str  # English source, context "Domain"
    result: SimulationResult


def propose_scenarios(
    context: SimulationContext, inputs: SimulationInputs
) -> tuple[ProposedScenario, ...] | DomainError:
    """The engine's three affordability-first plans, each with the inputs that give it.

    Empty when no budget is on file (the plans are sized from it).
    """
    if context.budget is None:
        return ()
    try:
        proposals = propose(
            context.debt, inputs.request(context.today), context.budget, context.policy
        )
    except DomainError as error:
        return error
    return tuple(
        ProposedScenario(
            p.kind,
            p.title,
            SimulationResult(
                SimulationInputs.from_plan(p.plan),
                p.plan,
                # Sized on the budget alone: assessed again with what the case adds (an
                # open file blocks each of them; a consumer credit's caps and fees).
                evaluate(
                    p.plan,
                    context.policy,
                    context.budget,
                    overindebtedness_open=context.overindebtedness_open,
                    consumer=context.consumer,
                ),
            ),
        )
        for p in proposals
    )


def kept_offer(context: SimulationContext, result: SimulationResult) -> KeptOffer | None:
    """The plan on screen as an offer to keep: the figures shown and the inputs that
    give them again; ``None`` when the inputs were refused (no plan to keep)."""
    plan, assessment = result.plan, result.assessment
    if plan is None or assessment is None:
        return None
    schedule = plan.schedule
    return KeptOffer(
        periods=schedule.periods,
        installment=schedule.installment,
        rate_pct=plan.rate_pct,
        new_principal=plan.allocation.new_principal,
        case_reference=context.reference,
        first_due=schedule.first_due,
        end_date=schedule.end_date,
        down_payment=plan.allocation.down_payment,
        waived=plan.allocation.waived,
        total_cost=plan.comparison.proposed.total_cost,
        total_paid=schedule.total_paid,
        apr_pct=schedule.apr_pct,
        concession_cost=plan.comparison.concession_cost,
        effort_rate_pct=assessment.effort_rate_pct,
        reste_a_vivre=assessment.reste_a_vivre,
        needs_supervisor_approval=assessment.needs_supervisor_approval,
        warnings=tuple(w.code.value for w in assessment.warnings),
        inputs=result.inputs,
    )
