"""The people who sign in: the first administrator, then users managed by an administrator.

- ``create_first_administrator``: only while the database has no account at all (the
  first start of a bank's database, or ``users add`` on it); afterwards every change
  needs an administrator signed in.
- An administrator adds users (a local account gets a first password that its owner
  must change at first sign-in; a directory account has none here), disables them,
  resets a password (which also lifts a lockout), and sets an officer's delegation.
- New passwords follow the policy (``domain/passwords.py``). Every change is an audit
  event; no password or hash ever goes into one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Officer
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.permissions import Permission
from recouvrement_desktop.domain.policy import DelegationLimits
from recouvrement_desktop.domain.recovery import AuthSource, OfficerRole
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.services import passwords
from recouvrement_desktop.services.permissions import authorize
from recouvrement_desktop.services.unit_of_work import unit_of_work
from recouvrement_desktop.services.views import identity_of

__all__ = [
    "NO_DELEGATION_LIMITS",
    "AccountError",
    "AccountView",
    "add_user",
    "create_first_administrator",
    "disable_user",
    "has_accounts",
    "list_users",
    "reset_password",
    "set_delegation",
]

#: What a new account may grant alone until an administrator says otherwise: nothing.
NO_DELEGATION_LIMITS: Final = DelegationLimits(Decimal("0.00"), 0, Decimal(100))
MAX_LOGIN_LENGTH: Final = 64


class AccountError(UserFacingError):
    context = "Accounts"


@dataclass(frozen=True, slots=True)
class AccountView:
    id: int
    login: str
    full_name: str
    role: OfficerRole
    branch: str
    active: bool
    auth_source: AuthSource
    must_change_password: bool
    locked_until: datetime | None
    delegation: DelegationLimits
    created_at: datetime


def _view(row: Officer) -> AccountView:
    return AccountView(
        id=row.id,
        login=row.login,
        full_name=row.full_name,
        role=row.role,
        branch=row.branch,
        active=row.active,
        auth_source=row.auth_source,
        must_change_password=row.must_change_password,
        locked_until=row.locked_until,
        delegation=DelegationLimits(row.max_waiver, row.max_extension_months, row.min_rate),
        created_at=row.created_at,
    )


def has_accounts(database: Database) -> bool:
    with database.session() as session:
        return bool(session.scalar(select(func.count(Officer.id))))


def _clean_login(login: str) -> str:
    cleaned = login.strip().lower()
    if not cleaned or len(cleaned) > MAX_LOGIN_LENGTH or any(c.isspace() for c in cleaned):
        raise AccountError(
            QT_TRANSLATE_NOOP("Accounts", "A login is one word of at most {count} characters."),
            count=MAX_LOGIN_LENGTH,
        )
    return cleaned


def _clean_name(full_name: str) -> str:
    cleaned = " ".join(full_name.split())
    if not cleaned:
        raise AccountError(QT_TRANSLATE_NOOP("Accounts", "Give the person's full name."))
    return cleaned


def create_first_administrator(
    database: Database, login: str, full_name: str, password: str, branch: str = ""
) -> Identity:
    """The first account of a database: an administrator, set up without credentials,
    only while the database has no account at all."""
    cleaned, name = _clean_login(login), _clean_name(full_name)
    passwords.check_policy(password, cleaned, name)
    with unit_of_work(database, None) as uow:
        if uow.session.scalar(select(func.count(Officer.id))):
            raise AccountError(
                QT_TRANSLATE_NOOP(
                    "Accounts", "This database has accounts: an administrator must sign in."
                )
            )
        row = _new_row(cleaned, name, OfficerRole.ADMINISTRATOR, branch, NO_DELEGATION_LIMITS)
        row.password_hash = passwords.hash_password(password)
        row.password_changed_at = utc_now()
        uow.session.add(row)
        uow.session.flush()
        uow.audit("user.first_administrator", "officer", row.uuid, login=row.login)
        return identity_of(row)


def _new_row(
    login: str, full_name: str, role: OfficerRole, branch: str, limits: DelegationLimits
) -> Officer:
    return Officer(
        login=login,
        full_name=full_name,
        role=role,
        branch=" ".join(branch.split()),
        max_waiver=limits.max_waiver,
        max_extension_months=limits.max_extension_months,
        min_rate=limits.min_rate_pct,
        active=True,
        failed_sign_ins=0,
    )


def add_user(  # noqa: PLR0917 - the fields of the users screen
    database: Database,
    administrator: Identity | None,
    login: str,
    full_name: str,
    role: OfficerRole,
    branch: str,
    password: str | None,
    *,
    auth_source: AuthSource = AuthSource.LOCAL,
    delegation: DelegationLimits = NO_DELEGATION_LIMITS,
) -> AccountView:
    """A new user; a local one gets *password* as a first password to change."""
    authorize(database, administrator, Permission.MANAGE_USERS)
    cleaned, name = _clean_login(login), _clean_name(full_name)
    if auth_source is AuthSource.LOCAL:
        if password is None:
            raise AccountError(QT_TRANSLATE_NOOP("Accounts", "A local account needs a password."))
        passwords.check_policy(password, cleaned, name)
    with unit_of_work(database, administrator) as uow:
        taken = uow.session.scalar(
            select(func.count(Officer.id)).where(func.lower(Officer.login) == cleaned)
        )
        if taken:
            raise AccountError(
                QT_TRANSLATE_NOOP("Accounts", "The login {login} is already taken."),
                login=cleaned,
            )
        row = _new_row(cleaned, name, role, branch, delegation)
        row.auth_source = auth_source
        if auth_source is AuthSource.LOCAL and password is not None:
            row.password_hash = passwords.hash_password(password)
            row.must_change_password = True
        uow.session.add(row)
        uow.session.flush()
        uow.audit(
            "user.added", "officer", row.uuid, login=row.login, role=role.value,
            branch=row.branch, source=auth_source.value,
        )  # fmt: skip
        return _view(row)


def list_users(database: Database, administrator: Identity | None) -> list[AccountView]:
    authorize(database, administrator, Permission.MANAGE_USERS)
    with database.session() as session:
        rows = session.scalars(select(Officer).order_by(Officer.active.desc(), Officer.login))
        return [_view(row) for row in rows]


def _account(session: Session, login: str) -> Officer:
    row = session.scalars(
        select(Officer).where(func.lower(Officer.login) == login.strip().lower())
    ).one_or_none()
    if row is None:
        raise AccountError(
            QT_TRANSLATE_NOOP("Accounts", "No account has the login {login}."), login=login
        )
    return row


def disable_user(database: Database, administrator: Identity | None, login: str) -> AccountView:
    """The account signs in no more; its history keeps its name."""
    grant = authorize(database, administrator, Permission.MANAGE_USERS)
    with unit_of_work(database, administrator) as uow:
        row = _account(uow.session, login)
        if row.id == grant.identity.id:
            raise AccountError(
                QT_TRANSLATE_NOOP("Accounts", "Another administrator must disable your account.")
            )
        row.active = False
        uow.audit("user.disabled", "officer", row.uuid, login=row.login)
        return _view(row)


def reset_password(
    database: Database, administrator: Identity | None, login: str, password: str
) -> AccountView:
    """A new first password (to change at the next sign-in); lifts a lockout."""
    authorize(database, administrator, Permission.MANAGE_USERS)
    with unit_of_work(database, administrator) as uow:
        row = _account(uow.session, login)
        if row.auth_source is AuthSource.DIRECTORY:
            raise AccountError(
                QT_TRANSLATE_NOOP("Accounts", "This account's password is kept by the directory.")
            )
        passwords.check_policy(password, row.login, row.full_name)
        row.password_hash = passwords.hash_password(password)
        row.password_changed_at = utc_now()
        row.must_change_password = True
        row.failed_sign_ins, row.locked_until = 0, None
        uow.audit("user.password_reset", "officer", row.uuid, login=row.login)
        return _view(row)


def set_delegation(
    database: Database, administrator: Identity | None, login: str, limits: DelegationLimits
) -> AccountView:
    """What the officer may grant without a supervisor, from now on."""
    authorize(database, administrator, Permission.MANAGE_USERS)
    with unit_of_work(database, administrator) as uow:
        row = _account(uow.session, login)
        before = (str(row.max_waiver), row.max_extension_months, str(row.min_rate))
        row.max_waiver = limits.max_waiver
        row.max_extension_months = limits.max_extension_months
        row.min_rate = limits.min_rate_pct
        uow.audit(
            "user.delegation", "officer", row.uuid, login=row.login, before=list(before),
            after=[str(limits.max_waiver), limits.max_extension_months, str(limits.min_rate_pct)],
        )  # fmt: skip
        return _view(row)
