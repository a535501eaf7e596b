"""What the window tests share: a signature drawn with the mouse, an officer who may
grant anything, a case whose default plan is within an officer's delegation, and the
cases (and colleagues) of an officer's branch, the only ones the services let them work."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from sqlalchemy import ColumnElement, func, or_, select

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import CaseStage, OfficerRole
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.officers import acting_officer, delegation
from recouvrement_desktop.services.simulation import SimulationContext, SimulationResult, simulate
from recouvrement_desktop.services.views import identity_of
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


def branch_cases(identity: Identity) -> ColumnElement[bool]:
    """The cases *identity* works (a condition on ``Case``): those assigned to an officer
    of their branch, and the unassigned ones."""
    of_branch = select(Officer.id).where(Officer.branch == identity.branch)
    return or_(Case.officer_id.in_(of_branch), Case.officer_id.is_(None))


def branch_case_count(database: Database, identity: Identity) -> int:
    """How many cases *identity*'s branch works: what their work queue lists."""
    with database.session() as session:
        return int(session.scalar(select(func.count(Case.id)).where(branch_cases(identity))) or 0)


def colleague(database: Database, identity: Identity, role: OfficerRole) -> Identity:
    """The first active person with *role* in *identity*'s branch (by id): a supervisor
    who may decide on their plans, another officer of the same cases."""
    with database.session() as session:
        found = session.scalars(
            select(Officer)
            .where(Officer.branch == identity.branch, Officer.role == role, Officer.active)
            .order_by(Officer.id)
        ).first()
        assert found is not None, f"no {role} in {identity.branch}"
        return identity_of(found)


def add_generous_officer(database: Database) -> Identity:
    window_officer = acting_officer(database, None)
    assert window_officer is not None
    return add_officer(
        database,
        login="large",
        full_name="Gérard Large",
        branch=window_officer.branch,  # a branch with cases: the window's officer's
        max_waiver="100000.00",
        max_extension_months=600,
        min_rate="0.0000",
    )


def case_within_delegation(database: Database, officer: Identity) -> tuple[int, SimulationResult]:
    """An amicable case and its default plan, which *officer* may grant alone."""
    with database.session() as session:
        case_ids = session.scalars(
            select(Case.id)
            .where(Case.stage == CaseStage.AMICABLE, branch_cases(officer))
            .order_by(Case.id)
            .limit(50)
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
