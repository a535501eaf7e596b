"""One case as the window opens it: the case whole, its open session, and what the
officer at the keyboard may grant on it — one read, off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission, queue_branch
from recouvrement_desktop.domain.policy import DelegationLimits
from recouvrement_desktop.services.access_log import AccessPurpose, record_access
from recouvrement_desktop.services.case_queries import CaseFilter, CasePage, CaseQueries
from recouvrement_desktop.services.officers import delegation
from recouvrement_desktop.services.permissions import authorize_case
from recouvrement_desktop.services.sessions import SessionView, open_session
from recouvrement_desktop.services.views import CaseDetail

__all__ = ["CaseFile", "FirstView", "first_view", "open_case"]


@dataclass(frozen=True, slots=True)
class CaseFile:
    case_id: int
    detail: CaseDetail | None  # None: the case no longer exists
    session: SessionView | None  # the negotiation under way on it, if any
    delegation: DelegationLimits | None  # the officer's, as recorded now


def open_case(database: Database, identity: Identity | None, case_id: int) -> CaseFile:
    """The case whole, for *identity*, who may read it: their opening of the client's
    file is written in the access log (``services/access_log.py``)."""
    authorize_case(database, identity, case_id, Permission.READ_CASES)
    detail = CaseQueries(database).detail(case_id)
    if detail is None:
        return CaseFile(case_id, None, None, None)
    assert identity is not None  # authorized
    record_access(database, identity, detail.client.id, case_id, AccessPurpose.CASE_OPENED)
    return CaseFile(
        case_id=case_id,
        detail=detail,
        session=open_session(database, case_id),
        delegation=delegation(database, identity),
    )


@dataclass(frozen=True, slots=True)
class FirstView:
    """What the window shows first: the first page of the day's queue and its first
    case, read with the opening of the database (one wait instead of three)."""

    today: date
    scope: CaseFilter
    page: CasePage
    case: CaseFile | None


def first_view(
    database: Database, identity: Identity | None, page_size: int, today: date | None = None
) -> FirstView:
    day = today or date.today()
    scope = CaseFilter(branch=queue_branch(identity) if identity else None)
    page = CaseQueries(database).page_after(scope, None, page_size, today=day)
    case = open_case(database, identity, page.rows[0].id) if page.rows else None
    return FirstView(day, scope, page, case)
