"""A complete sample agreement computed by the real engine.

Used by the tests, the benchmark and the screenshots, and handy for previews: every
figure comes from :func:`~recouvrement_desktop.domain.rescheduling.reschedule`.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

from recouvrement_desktop import __version__
from recouvrement_desktop.documents.agreement_model import (
    AgreementModel,
    AgreementStatus,
    BankOfficer,
    CheckAtAcceptance,
    Clauses,
    Client,
    ContractDebt,
    Evidence,
    OriginalContract,
    Signature,
    Signatures,
    debt_of,
    demo_letterhead,
    simulation_inputs_of,
    terms_of,
)
from recouvrement_desktop.domain.recovery import Channel
from recouvrement_desktop.domain.rescheduling import (
    CaseDebt,
    ComponentTreatment,
    Contract,
    Restructuring,
    RestructuringRequest,
    Treatment,
    reschedule,
)
from recouvrement_desktop.domain.schedule import ByPeriods
from recouvrement_desktop.i18n.language import Language

__all__ = ["sample_agreement", "sample_restructuring", "sample_signature"]

D = Decimal
SIGNED_ON = date(2026, 11, 27)


def sample_restructuring(periods: int) -> Restructuring:
    """A mortgage-size debt rescheduled over *periods* months, with every treatment."""
    debt = CaseDebt(
        outstanding_principal=D("187432.18"),
        contract=Contract(
            rate_pct=D("3.90"),
            remaining_periods=214,
            next_due=date(2026, 12, 5),
            insurance=D("31.20"),
        ),
        arrears=D("4218.60"),
        late_interest=D("312.47"),
        fees=D("180.00"),
        penalties=D("450.00"),
    )
    request = RestructuringRequest(
        sizing=ByPeriods(periods),
        start=SIGNED_ON,
        rate_pct=D("3.45"),
        arrears=ComponentTreatment(Treatment.SPREAD, spread_periods=min(12, periods)),
        late_interest=ComponentTreatment(Treatment.CAPITALIZE),
        fees=ComponentTreatment(Treatment.ADD_TO_FIRST),
        penalties=ComponentTreatment(Treatment.WAIVE),
        down_payment=D("500.00"),
        payment_day=5,
    )
    return reschedule(debt, request)


def sample_signature(
    seed: int, aspect: float = 3.0, signed_at: datetime | None = None
) -> Signature:
    """A plausible hand-drawn signature (deterministic): a looped scrawl, a flourish;
    signed at *signed_at* (default: the sample agreement's date)."""
    loops = 5 + seed % 3
    steps = 36 * loops
    scrawl = []
    for i in range(steps + 1):
        t = i / steps
        angle = 2 * math.pi * loops * t
        # a prolate trochoid draws the loops of joined-up handwriting
        x = 0.08 + 0.78 * t - 0.045 * math.sin(angle)
        height = 0.30 * (1.0 - 0.45 * t) * (1 + 0.25 * math.sin(3.1 * t + seed))
        y = 0.55 - 0.12 * t + height * math.cos(angle) * -1
        scrawl.append((round(x, 4), round(min(max(y, 0.02), 0.98), 4)))
    capital = []
    for i in range(41):
        t = i / 40
        angle = 2 * math.pi * t
        capital.append(
            (
                round(0.1 + 0.07 * math.sin(angle) + 0.02 * t, 4),
                round(0.45 - 0.38 * math.cos(angle / 2) * (1 - 0.3 * t), 4),
            )
        )
    flourish = tuple(
        (round(0.12 + 0.8 * t, 4), round(0.86 - 0.08 * t + 0.03 * math.sin(5 * t), 4))
        for t in (i / 24 for i in range(25))
    )
    return Signature(
        strokes=(tuple(capital), tuple(scrawl), flourish),
        aspect=aspect,
        signed_at=signed_at or datetime(2026, 11, 27, 10, 42, tzinfo=UTC),
    )


def sample_agreement(
    periods: int = 360,
    language: Language = Language.FRENCH,
    *,
    status: AgreementStatus | None = None,
    signed: bool = True,
    reference: str = "ACC-2026-000417",
) -> AgreementModel:
    """A full agreement model for the sample restructuring."""
    plan = sample_restructuring(periods)
    schedule = plan.schedule
    status = status or AgreementStatus()
    client_signature = None
    if signed and not (status.awaiting_countersignature or status.non_binding_proposal):
        client_signature = sample_signature(1)
    officer_signature = None if status.non_binding_proposal or not signed else sample_signature(4)
    model = AgreementModel(
        reference=reference,
        letterhead=demo_letterhead(),
        client=Client(
            full_name="Mme Hélène Lefèvre-Dubœuf",
            address_lines=("7, rue de l'Église", "37100 Tours"),
            client_number="CL-0048213",
            birth_date=date(1979, 3, 14),
            title="Mme",
        ),
        officer=BankOfficer(
            full_name="François Château", branch="Tours Centre", title="chargé de recouvrement"
        ),
        contracts=(
            OriginalContract(
                "PR-2019-88213",
                "Prêt immobilier à taux fixe",
                date(2019, 6, 12),
                D("210000.00"),
                rate_pct=D("3.90"),
                term_months=300,
                installment=D("1096.43"),
                # the two contracts' debts add up to the sample's case debt
                debt=ContractDebt(
                    D("178950.40"), D("3289.29"), D("243.81"), D("0.00"), D("450.00")
                ),
                mortgage=True,
            ),
            OriginalContract(
                "PP-2023-10577",
                "Prêt personnel « Travaux »",
                date(2023, 2, 3),
                D("12000.00"),
                rate_pct=D("5.20"),
                term_months=60,
                installment=D("227.55"),
                debt=ContractDebt(D("8481.78"), D("929.31"), D("68.66"), D("0.00"), D("180.00")),
            ),
        ),
        debt=debt_of(plan, SIGNED_ON),
        terms=terms_of(schedule),
        rows=schedule.rows,
        place="Tours",
        signed_on=SIGNED_ON,
        evidence=Evidence(
            created_at=datetime(2026, 11, 27, 10, 38, 12, tzinfo=UTC),
            officer="François Château (fchateau)",
            branch="Tours Centre — 00417",
            channel=Channel.BRANCH,
            session_reference="SES-2026-11-27-0093",
            simulation_inputs=simulation_inputs_of(plan),
            engine_version=f"recouvrement-desktop {__version__}",
            checks=(CheckAtAcceptance("delegation-extension", "warning", needs_approval=True),),
        ),
        signatures=Signatures(client=client_signature, officer=officer_signature),
        status=status,
        reflection_days=None,
        language=language,
        clauses=Clauses(cure_days=15, consumer_credit=True, mortgage=True),
    )
    if status.awaiting_countersignature:
        model = replace(model, evidence=replace(model.evidence, channel=Channel.PHONE))
    return model
