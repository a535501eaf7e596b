"""What an open overindebtedness file and an FICP registration change, on the
demonstration database (a real SQLite file): the day's letters skip the frozen case with
its reason until the file is closed, the simulator and the acceptance of an agreement
block, and the demonstration itself holds one file and one registration."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.audit_verify import verify_audit
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Case, Officer
from recouvrement_desktop.domain.escalation import Status
from recouvrement_desktop.domain.guardrails import WarningCode
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import Channel, OverindebtednessStatus
from recouvrement_desktop.i18n.domain_messages import translated
from recouvrement_desktop.i18n.formatting import format_date
from recouvrement_desktop.i18n.language import Language
from recouvrement_desktop.services.agreements import AgreementError, accept_plan
from recouvrement_desktop.services.agreements.document import build_model, read_facts
from recouvrement_desktop.services.case_queries import CaseQueries
from recouvrement_desktop.services.demo_overindebtedness import write_demo_overindebtedness
from recouvrement_desktop.services.escalation import BatchLine, due_letters
from recouvrement_desktop.services.officers import delegation_of
from recouvrement_desktop.services.overindebtedness import record_status
from recouvrement_desktop.services.sealing import letterhead
from recouvrement_desktop.services.simulation import SimulationContext, simulate
from recouvrement_desktop.services.views import identity_of
from tests.conftest import DEMO_TODAY


def shown(day: date) -> str:
    """A date as the reasons show it (the interface's medium format)."""
    return format_date(day, length="medium")


def account(database: Database, login: str) -> Identity:
    with database.session() as session:
        return identity_of(session.scalars(select(Officer).where(Officer.login == login)).one())


def reason(line: BatchLine) -> str:
    return "; ".join(translated(part.message, dict(part.params)) for part in line.reasons)


def _line(database: Database, who: Identity, reference: str, day: date) -> BatchLine:
    return next(
        line for line in due_letters(database, who, on=day) if line.case_reference == reference
    )


def test_the_letters_skip_a_frozen_case_until_the_file_closes(demo_database: Database) -> None:
    supervisor = account(demo_database, "demo.supervisor")
    due = next(
        line
        for line in due_letters(demo_database, supervisor, on=DEMO_TODAY)
        if line.status is Status.DUE
    )
    filed = DEMO_TODAY - timedelta(days=10)
    with demo_database.session() as session:
        case_id = session.scalars(select(Case.id).where(Case.reference == due.case_reference)).one()
    record_status(demo_database, supervisor, case_id, OverindebtednessStatus.FILED, filed)
    line = _line(demo_database, supervisor, due.case_reference, DEMO_TODAY)
    assert line.status is Status.SKIPPED
    assert reason(line).startswith(
        f"overindebtedness file lodged on {shown(filed)}: recovery suspended"
    )
    record_status(demo_database, supervisor, case_id, OverindebtednessStatus.CLOSED, DEMO_TODAY)
    assert _line(demo_database, supervisor, due.case_reference, DEMO_TODAY).status is Status.DUE
    with demo_database.session() as session:
        assert verify_audit(session).intact


def test_an_open_file_blocks_the_simulation_and_the_agreement(demo_database: Database) -> None:
    supervisor = account(demo_database, "demo.supervisor")
    frozen, registered = write_demo_overindebtedness(demo_database, today=DEMO_TODAY)
    assert frozen != registered
    with demo_database.session() as session:
        ids: dict[str, int] = {
            ref: id_ for ref, id_ in session.execute(select(Case.reference, Case.id))
        }
        limits = delegation_of(session, supervisor)
    queries = CaseQueries(demo_database)
    detail = queries.detail(ids[frozen], DEMO_TODAY)
    assert detail is not None and detail.overindebtedness is not None
    assert detail.overindebtedness.status is OverindebtednessStatus.ADMISSIBLE
    context = SimulationContext.from_detail(detail, limits, today=DEMO_TODAY)
    assert context.overindebtedness_open
    result = simulate(context, context.default_inputs())
    assert result.assessment is not None and result.plan is not None
    assert WarningCode.OVERINDEBTEDNESS_OPEN in result.assessment.codes
    assert result.assessment.blocking
    # The service checks again whatever the window says.
    with pytest.raises(AgreementError, match="overindebtedness file is open"):
        accept_plan(
            demo_database,
            supervisor,
            ids[frozen],
            result.plan,
            result.assessment,
            channel=Channel.BRANCH,
        )
    other = queries.detail(ids[registered], DEMO_TODAY)
    assert other is not None and other.overindebtedness is None
    assert [entry.registered_on for entry in other.ficp] == [DEMO_TODAY - timedelta(days=60)]
    # The demonstration's batch shows the frozen case skipped, with its reason.
    line = _line(demo_database, supervisor, frozen, DEMO_TODAY)
    assert line.status is Status.SKIPPED
    lodged = shown(DEMO_TODAY - timedelta(days=45))
    assert reason(line).startswith(f"overindebtedness file lodged on {lodged}: recovery suspended")


def test_the_agreement_of_a_registered_client_carries_the_registration(
    demo_database: Database,
) -> None:
    supervisor = account(demo_database, "demo.supervisor")
    frozen, registered = write_demo_overindebtedness(demo_database, today=DEMO_TODAY)
    with demo_database.session() as session:
        case_ids = {
            ref: id_
            for ref, id_ in session.execute(
                select(Case.reference, Case.id).where(Case.reference.in_((frozen, registered)))
            )
        }
        facts = read_facts(session, case_ids[registered], supervisor, None)
        unregistered = read_facts(session, case_ids[frozen], supervisor, None)
        limits = delegation_of(session, supervisor)
    assert not facts.overindebtedness_open and unregistered.overindebtedness_open
    detail = CaseQueries(demo_database).detail(case_ids[registered], DEMO_TODAY)
    assert detail is not None
    context = SimulationContext.from_detail(detail, limits, today=DEMO_TODAY)
    result = simulate(context, context.default_inputs())
    assert result.plan is not None
    models = [
        build_model(
            case_facts,
            result.plan,
            reference="ACC-TEST",
            channel=Channel.BRANCH,
            language=Language.ENGLISH,
            signatures=None,
            created_at=datetime(2026, 11, 28, 10, tzinfo=UTC),
            letterhead=letterhead(),
        )
        for case_facts in (facts, unregistered)
    ]
    clauses = [model.clauses for model in models]
    assert clauses[0] is not None and clauses[1] is not None
    assert clauses[0].ficp_registered_on == DEMO_TODAY - timedelta(days=60)
    assert clauses[0].ficp_incident.endswith("échéances impayées")
    assert clauses[1].ficp_registered_on is None and clauses[1].ficp_incident == ""
