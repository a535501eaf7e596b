"""What the agreement tests share: a signature drawn with the mouse, an officer who may
grant anything, a case whose default plan is within an officer's delegation."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import CaseStage
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.officers import delegation
from recouvrement_desktop.services.simulation import SimulationContext, SimulationResult, simulate
from recouvrement_desktop.ui.signature_pad import SignaturePad
from tests.factories import add_officer

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def draw(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """One stroke through *points*, drawn with real mouse events."""
    QTest.mousePress(pad, LEFT, NONE, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, LEFT, NONE, QPoint(*points[-1]))


def add_generous_officer(database: Database) -> Identity:
    return add_officer(
        database,
        login="large",
        full_name="Gérard Large",
        branch="Agence Tours Centre",
        max_waiver="100000.00",
        max_extension_months=600,
        min_rate="0.0000",
    )


def case_within_delegation(database: Database, officer: Identity) -> tuple[int, SimulationResult]:
    """An amicable case and its default plan, which *officer* may grant alone."""
    with database.session() as session:
        case_ids = session.scalars(
            select(Case.id).where(Case.stage == CaseStage.AMICABLE).order_by(Case.id).limit(50)
        ).all()
    limits, queries = delegation(database, officer), CaseQueries(database)
    for case_id in case_ids:
        detail = queries.detail(case_id)
        if detail is None or not detail.loans:
            continue
        context = SimulationContext.from_detail(detail, limits)
        result = simulate(context, context.default_inputs())
        if result.assessment is not None and not result.assessment.needs_supervisor_approval:
            return case_id, result
    raise AssertionError("no demonstration case within delegation")
