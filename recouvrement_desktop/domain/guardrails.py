"""Guardrails: warnings, with their reason, that a plan deserves before it is offered.

Each warning carries a code, a translatable message (English source, named
placeholders) and its parameters; some mark the plan "needs supervisor approval"
(beyond the officer's delegation, or above the usury threshold, which is blocking).

The guardrails are :data:`RULES`, one function per rule, run in order by
:func:`assess`.  A rule reads one :class:`PlanFacts` (the plan, the policy and the
client's budget figures) and returns its warning or ``None``.  To add a rule, write the
function, with the law or the policy it applies in its docstring, and add it to
:data:`RULES` where its warning should be listed: the order of the warnings is the
order of the rules, and the window and the kept agreements show them in that order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Final, TypeAlias

from recouvrement_desktop.domain.apr import percent_2dp
from recouvrement_desktop.domain.calendar import elapsed_months
from recouvrement_desktop.domain.consumer_credit import ConsumerDefault
from recouvrement_desktop.domain.errors import (
    QT_TRANSLATE_NOOP,
    Amount,
    ParamValue,
    Percent,
    render,
)
from recouvrement_desktop.domain.money import HUNDRED, ZERO
from recouvrement_desktop.domain.policy import (
    CreditKind,
    Policy,
    UsuryCategory,
    UsuryThreshold,
    credit_kind_of,
    usury_category_for,
)
from recouvrement_desktop.domain.rescheduling import DebtComponent, Restructuring

__all__ = [
    "RULES",
    "Assessment",
    "GuardrailWarning",
    "PlanFacts",
    "Rule",
    "Severity",
    "UsuryFinding",
    "WarningCode",
    "assess",
    "consumer_capitalised_rule",
    "consumer_fees_not_claimed_rule",
    "consumer_fees_rule",
    "consumer_indemnity_cap_rule",
    "court_benchmark",
    "court_benchmark_rule",
    "delegation_extension_rule",
    "delegation_rate_rule",
    "delegation_waiver_rule",
    "effort_rate_rule",
    "overindebtedness_benchmark",
    "overindebtedness_benchmark_rule",
    "overindebtedness_open_rule",
    "plan_months",
    "reste_a_vivre_rule",
    "usury_finding",
    "usury_rule",
]


class WarningCode(StrEnum):
    USURY = "usury"
    USURY_UNKNOWN = "usury-unknown"
    COURT_BENCHMARK = "court-benchmark"
    OVERINDEBTEDNESS_BENCHMARK = "overindebtedness-benchmark"
    OVERINDEBTEDNESS_OPEN = "overindebtedness-open"
    EFFORT_RATE = "effort-rate"
    RESTE_A_VIVRE = "reste-a-vivre"
    DELEGATION_WAIVER = "delegation-waiver"
    DELEGATION_EXTENSION = "delegation-extension"
    DELEGATION_RATE = "delegation-rate"
    CONSUMER_CAPITALISED = "consumer-capitalised"
    CONSUMER_FEES = "consumer-fees"
    CONSUMER_FEES_NOT_CLAIMED = "consumer-fees-not-claimed"
    CONSUMER_INDEMNITY_CAP = "consumer-indemnity-cap"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    BLOCKING = "blocking"


@dataclass(frozen=True, slots=True)
class GuardrailWarning:
    """One warning: ``tr("Domain", message).format(**params)`` gives the text."""

    code: WarningCode
    severity: Severity
    message: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)
    needs_approval: bool = False

    def text(self) -> str:
        """The English text (tests, logs); the UI translates ``message`` instead."""
        return render(self.message, self.params)


@dataclass(frozen=True, slots=True)
class Assessment:
    """All warnings of a plan and the affordability figures they were based on."""

    warnings: tuple[GuardrailWarning, ...]
    effort_rate_pct: Decimal | None = None
    reste_a_vivre: Decimal | None = None
    reste_a_vivre_floor: Decimal | None = None

    @property
    def needs_supervisor_approval(self) -> bool:
        return any(w.needs_approval for w in self.warnings)

    @property
    def blocking(self) -> bool:
        return any(w.severity is Severity.BLOCKING for w in self.warnings)

    @property
    def codes(self) -> tuple[WarningCode, ...]:
        return tuple(w.code for w in self.warnings)


def plan_months(start: date, end: date) -> int:
    """Length of a plan in months, a started month counting as a whole one."""
    months, days = elapsed_months(start, end)
    return months + (1 if days else 0)


@dataclass(frozen=True, slots=True)
class PlanFacts:
    """Everything a rule may look at, gathered once per assessment.

    The budget figures are ``None`` for a case without a budget on file.
    """

    plan: Restructuring
    policy: Policy
    # Length of the plan from signature to last instalment (see :func:`plan_months`),
    # computed once: the usury category, the benchmarks and the extension need it.
    months: int
    effort_rate_pct: Decimal | None = None
    reste_a_vivre: Decimal | None = None
    reste_a_vivre_floor: Decimal | None = None
    # The case's overindebtedness file is open (any status but closed).
    overindebtedness_open: bool = False
    # The consumer credits the plan reschedules, as the caller read them from the loans
    # (services/simulation.py always does); None: not said, the consumer-credit rules
    # are not applied (the engine's figures alone, as in the domain's own tests).
    consumer: ConsumerDefault | None = None

    @property
    def consumer_credit(self) -> bool:
        """The plan reschedules a consumer credit (alone or merged with others)."""
        return self.consumer is not None and bool(self.consumer.contracts)

    @classmethod
    def of(
        cls,
        plan: Restructuring,
        policy: Policy,
        *,
        effort_rate_pct: Decimal | None = None,
        reste_a_vivre: Decimal | None = None,
        reste_a_vivre_floor: Decimal | None = None,
        overindebtedness_open: bool = False,
        consumer: ConsumerDefault | None = None,
    ) -> PlanFacts:
        """The facts of *plan*, its length computed from its signature and end dates."""
        return cls(
            plan=plan,
            policy=policy,
            months=plan_months(plan.request.start, plan.schedule.end_date),
            effort_rate_pct=effort_rate_pct,
            reste_a_vivre=reste_a_vivre,
            reste_a_vivre_floor=reste_a_vivre_floor,
            overindebtedness_open=overindebtedness_open,
            consumer=consumer,
        )


Rule: TypeAlias = Callable[[PlanFacts], GuardrailWarning | None]


# --------------------------------------------------------------------------- the law


@dataclass(frozen=True, slots=True)
class UsuryFinding:
    """The usury check of one credit: its category, the threshold found and the warning."""

    category: UsuryCategory
    threshold: UsuryThreshold | None
    warning: GuardrailWarning | None


def usury_finding(
    *, apr: Decimal, credit: Decimal, months: int, kind: CreditKind, on: date, policy: Policy
) -> UsuryFinding:
    """Check a credit of *credit* euros over *months* at the TAEG *apr* (a fraction),
    granted on *on*, against the threshold of its category in force that day.

    Code de la consommation art. L314-6: a loan is usurious when its TAEG exceeds, when
    it is granted, the threshold of its category published for that quarter.  Above
    the threshold the plan is blocking; with no threshold known for the date (past the
    published data) it is blocking too, never checked against an older quarter.
    """
    category = usury_category_for(kind, credit, months)
    threshold = policy.usury_table.threshold(category, on)
    if threshold is None:
        warning = GuardrailWarning(
            WarningCode.USURY_UNKNOWN,
            Severity.BLOCKING,
            QT_TRANSLATE_NOOP(
                "Domain", "No usury threshold known for category {category} on {date}"
            ),
            {"category": str(category), "date": on.isoformat()},
            needs_approval=True,
        )
        return UsuryFinding(category, None, warning)
    if apr * HUNDRED <= threshold.rate_pct:
        return UsuryFinding(category, threshold, None)
    warning = GuardrailWarning(
        WarningCode.USURY,
        Severity.BLOCKING,
        QT_TRANSLATE_NOOP("Domain", "The APR of {apr} exceeds the usury threshold of {threshold}"),
        {"apr": Percent(percent_2dp(apr)), "threshold": Percent(threshold.rate_pct)},
        needs_approval=True,
    )
    return UsuryFinding(category, threshold, warning)


def usury_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """The plan's TAEG must not exceed the usury threshold in force at signature.

    Code de la consommation art. L314-6; see :func:`usury_finding`.  The new credit is
    the new principal plus the spread amounts; its kind follows the loan (a mortgage is
    taken as fixed-rate: loans carry no rate type yet), or the loans a plan merges
    (``policy.usury_credit_kind``).
    """
    plan = facts.plan
    schedule = plan.schedule
    return usury_finding(
        apr=schedule.apr,
        credit=schedule.terms.principal + schedule.total_extras,
        months=facts.months,
        kind=facts.policy.usury_credit_kind or credit_kind_of(plan.debt.contract.category),
        on=plan.request.start,
        policy=facts.policy,
    ).warning


def overindebtedness_open_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """No side agreement while the client's overindebtedness file is open: blocking.

    Code de la consommation art. L722-2: the file's admissibility suspends and prohibits
    the enforcement proceedings against the debtor's property; art. L722-5: it then
    prohibits the debtor from paying, in whole or in part, a debt (other than
    maintenance) arising before it, from any act that would worsen his insolvency and
    from any act of disposal beyond the normal management of his assets, and prohibits
    taking any guarantee. A rescheduling negotiated beside the commission is such an
    act. The freeze from the day the file is lodged (before admissibility) and until it
    is closed is the bank's policy: the commission decides on admissibility within weeks.
    """
    if not facts.overindebtedness_open:
        return None
    return GuardrailWarning(
        WarningCode.OVERINDEBTEDNESS_OPEN,
        Severity.BLOCKING,
        QT_TRANSLATE_NOOP(
            "Domain",
            "An overindebtedness file is open: no side agreement until the commission has decided (C. consom. L722-2, L722-5)",  # noqa: E501
        ),
        {},
        needs_approval=True,
    )


_DEFAULT_CHARGES: Final = (DebtComponent.LATE_INTEREST, DebtComponent.FEES, DebtComponent.PENALTIES)


def consumer_capitalised_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """On a consumer credit, late interest and penalties are never capitalised: blocking.

    Code de la consommation art. L312-38: after a default no indemnity and no costs other
    than those of L312-39 and L312-40 may be charged to the borrower; art. L312-39: the
    sums due bear late interest at the loan's rate until paid. Capitalised into the
    new interest-bearing principal, late interest and penalties would themselves bear
    interest, a charge the articles do not allow (interest on interest, beyond the
    capitalisation of C. civ. 1343-2). They may be spread without interest, put on the
    first instalment, paid by the initial payment or waived.
    """
    if not facts.consumer_credit:
        return None
    capitalised = sum(
        (
            c.capitalized
            for c in facts.plan.allocation.components
            if c.component in _DEFAULT_CHARGES
        ),
        ZERO,
    )
    if not capitalised:
        return None
    return GuardrailWarning(
        WarningCode.CONSUMER_CAPITALISED,
        Severity.BLOCKING,
        QT_TRANSLATE_NOOP(
            "Domain",
            "On a consumer credit, late interest and penalties may not be capitalised ({amount}): spread them without interest, put them on the first instalment or waive them (C. consom. L312-38, L312-39)",  # noqa: E501
        ),
        {"amount": Amount(capitalised)},
        needs_approval=True,
    )


def consumer_fees_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """No fees may be claimed after a consumer credit's default: blocking.

    Code de la consommation art. L312-38: no costs other than those of L312-39 (the
    indemnity) and L312-40 (the taxable costs of a court action) may be charged to the
    borrower after a default. The simulation leaves such fees out of the debt; a plan
    that still carries some is refused.
    """
    if not facts.consumer_credit or not facts.plan.debt.fees:
        return None
    return GuardrailWarning(
        WarningCode.CONSUMER_FEES,
        Severity.BLOCKING,
        QT_TRANSLATE_NOOP(
            "Domain",
            "Fees of {amount} may not be claimed after a consumer credit's default (C. consom. L312-38)",  # noqa: E501
        ),
        {"amount": Amount(facts.plan.debt.fees)},
        needs_approval=True,
    )


def consumer_fees_not_claimed_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """Fees on file left out of the debt, said (info): art. L312-38 (:func:`consumer_fees_rule`)."""
    if facts.consumer is None or not facts.consumer.fees_not_claimed:
        return None
    return GuardrailWarning(
        WarningCode.CONSUMER_FEES_NOT_CLAIMED,
        Severity.INFO,
        QT_TRANSLATE_NOOP(
            "Domain",
            "Fees of {amount} on file are not claimed: after a consumer credit's default only the capital, the unpaid instalments, late interest and a capped indemnity may be (C. consom. L312-38, L312-39)",  # noqa: E501
        ),
        {"amount": Amount(facts.consumer.fees_not_claimed)},
    )


def consumer_indemnity_cap_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """A consumer credit's indemnity above its cap: blocking, contract by contract.

    Code de la consommation art. L312-39 (the lender may ask an indemnity on default) and
    art. D312-16 (at most 8 % of the capital due at the date of the default). The
    capital is the outstanding principal on file (see ``DefaultedContract``). The first
    contract over its cap is named.
    """
    if facts.consumer is None or not (over := facts.consumer.over_cap):
        return None
    first = over[0]
    return GuardrailWarning(
        WarningCode.CONSUMER_INDEMNITY_CAP,
        Severity.BLOCKING,
        QT_TRANSLATE_NOOP(
            "Domain",
            "Contract {contract}: penalties of {amount} exceed the indemnity a consumer credit allows, 8 % of the capital due ({cap}) (C. consom. L312-39, D312-16)",  # noqa: E501
        ),
        {"contract": first.contract, "amount": Amount(first.penalties), "cap": Amount(first.cap)},
        needs_approval=True,
    )


def overindebtedness_benchmark_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """Code de la consommation art. L732-3 (7 years): see :func:`overindebtedness_benchmark`."""
    return overindebtedness_benchmark(facts.months, facts.policy)


def overindebtedness_benchmark(months: int, policy: Policy) -> GuardrailWarning | None:
    """A plan longer than an over-indebtedness plan may last (a benchmark, not a limit).

    Code de la consommation art. L732-3: a conventional plan of an over-indebtedness
    commission lasts at most 7 years (L733-3 sets the same limit for imposed measures;
    ``policy.overindebtedness_benchmark_months``).
    """
    limit = policy.overindebtedness_benchmark_months
    if months <= limit:
        return None
    return GuardrailWarning(
        WarningCode.OVERINDEBTEDNESS_BENCHMARK,
        Severity.WARNING,
        QT_TRANSLATE_NOOP(
            "Domain",
            "The plan lasts {months} months, longer than the {limit} months an over-indebtedness plan may last",  # noqa: E501
        ),
        {"months": months, "limit": limit},
    )


def court_benchmark_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """Code civil art. 1343-5 (2 years): see :func:`court_benchmark`."""
    return court_benchmark(facts.months, facts.policy)


def court_benchmark(months: int, policy: Policy) -> GuardrailWarning | None:
    """A plan longer than the grace a judge may grant: for information only.

    Code civil art. 1343-5: a judge may postpone or spread a debt over at most 2 years
    (``policy.court_benchmark_months``).  Silent beyond the over-indebtedness
    benchmark, whose warning then says more.
    """
    if months <= policy.court_benchmark_months:
        return None
    if months > policy.overindebtedness_benchmark_months:
        return None
    return GuardrailWarning(
        WarningCode.COURT_BENCHMARK,
        Severity.INFO,
        QT_TRANSLATE_NOOP(
            "Domain",
            "The plan lasts {months} months, longer than the {limit} months a judge may grant (Code civil art. 1343-5)",  # noqa: E501
        ),
        {"months": months, "limit": policy.court_benchmark_months},
    )


# ------------------------------------------------------------------ affordability


def effort_rate_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """Debt service above the bank's effort-rate ceiling (``policy.max_effort_rate_pct``).

    Bank policy.  The 35 % default mirrors the ceiling the HCSF sets for new home
    loans (decision D-HCSF-2021-7).
    """
    rate, limit = facts.effort_rate_pct, facts.policy.max_effort_rate_pct
    if rate is None or rate <= limit:
        return None
    return GuardrailWarning(
        WarningCode.EFFORT_RATE,
        Severity.WARNING,
        QT_TRANSLATE_NOOP("Domain", "The effort rate of {rate} is above {limit}"),
        {"rate": Percent(rate), "limit": Percent(limit)},
    )


def reste_a_vivre_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """What the household has left to live on, below the bank's floor for its size.

    Bank policy (``policy.floors``, passed in as ``reste_a_vivre_floor``), in the
    spirit of the "budget vie courante" an over-indebtedness commission leaves a
    household; the floors are the bank's, not a legal minimum.
    """
    amount, floor = facts.reste_a_vivre, facts.reste_a_vivre_floor
    if amount is None or floor is None or amount >= floor:
        return None
    return GuardrailWarning(
        WarningCode.RESTE_A_VIVRE,
        Severity.WARNING,
        QT_TRANSLATE_NOOP(
            "Domain",
            "What is left to live on, {amount} a month, is below the floor of {floor}",
        ),
        {"amount": Amount(amount), "floor": Amount(floor)},
    )


# ------------------------------------------------------------- officer delegation


def delegation_waiver_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """Waivers beyond what the officer may grant alone: a supervisor approves.

    The bank's internal delegation policy (``policy.delegation.max_waiver``).
    """
    waived, limit = facts.plan.allocation.waived, facts.policy.delegation.max_waiver
    if waived <= limit:
        return None
    return GuardrailWarning(
        WarningCode.DELEGATION_WAIVER,
        Severity.WARNING,
        QT_TRANSLATE_NOOP("Domain", "Waiving {amount} exceeds your delegation of {limit}"),
        {"amount": Amount(waived), "limit": Amount(limit)},
        needs_approval=True,
    )


def delegation_extension_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """A plan ending too long after the contract would have: a supervisor approves.

    The bank's internal delegation policy (``policy.delegation.max_extension_months``).
    The extension is counted from the contract's last instalment; when the contract
    has nothing left to run (all due), the whole plan is an extension.
    """
    plan, limit = facts.plan, facts.policy.delegation.max_extension_months
    if plan.current is None:
        extension = facts.months
    else:
        current_end, new_end = plan.current.end_date, plan.schedule.end_date
        extension = plan_months(current_end, new_end) if new_end > current_end else 0
    if extension <= limit:
        return None
    return GuardrailWarning(
        WarningCode.DELEGATION_EXTENSION,
        Severity.WARNING,
        QT_TRANSLATE_NOOP(
            "Domain",
            "Extending the loan by {months} months exceeds your delegation of {limit} months",
        ),
        {"months": extension, "limit": limit},
        needs_approval=True,
    )


def delegation_rate_rule(facts: PlanFacts) -> GuardrailWarning | None:
    """A rate cut below the officer's floor: a supervisor approves.

    The bank's internal delegation policy (``policy.delegation.min_rate_pct``).  Only a
    cut counts: keeping or raising the contract's rate never needs approval, even when
    that rate is below the floor.
    """
    rate, limit = facts.plan.rate_pct, facts.policy.delegation.min_rate_pct
    if rate >= facts.plan.debt.contract.rate_pct or rate >= limit:
        return None
    return GuardrailWarning(
        WarningCode.DELEGATION_RATE,
        Severity.WARNING,
        QT_TRANSLATE_NOOP("Domain", "A rate of {rate} is below your delegation floor of {limit}"),
        {"rate": Percent(rate), "limit": Percent(limit)},
        needs_approval=True,
    )


# The order of the warnings shown and kept with an agreement.
RULES: Final[tuple[Rule, ...]] = (
    overindebtedness_open_rule,
    usury_rule,
    consumer_capitalised_rule,
    consumer_fees_rule,
    consumer_indemnity_cap_rule,
    consumer_fees_not_claimed_rule,
    overindebtedness_benchmark_rule,
    court_benchmark_rule,
    effort_rate_rule,
    reste_a_vivre_rule,
    delegation_waiver_rule,
    delegation_extension_rule,
    delegation_rate_rule,
)


def assess(
    plan: Restructuring,
    policy: Policy,
    *,
    effort_rate_pct: Decimal | None = None,
    reste_a_vivre: Decimal | None = None,
    reste_a_vivre_floor: Decimal | None = None,
    overindebtedness_open: bool = False,
    consumer: ConsumerDefault | None = None,
) -> Assessment:
    """Check *plan* against the law's benchmarks, the usury table and the delegation.

    The affordability figures are optional (a case without a budget on file); when
    given they are checked against the policy's effort ceiling and floor.
    *overindebtedness_open*: the case's file before the commission is open.
    *consumer*: the consumer credits the plan reschedules (default: none said, the
    consumer-credit rules are not applied).
    """
    facts = PlanFacts.of(
        plan,
        policy,
        effort_rate_pct=effort_rate_pct,
        reste_a_vivre=reste_a_vivre,
        reste_a_vivre_floor=reste_a_vivre_floor,
        overindebtedness_open=overindebtedness_open,
        consumer=consumer,
    )
    warnings = tuple(warning for rule in RULES if (warning := rule(facts)) is not None)
    return Assessment(
        warnings=warnings,
        effort_rate_pct=effort_rate_pct,
        reste_a_vivre=reste_a_vivre,
        reste_a_vivre_floor=reste_a_vivre_floor,
    )
