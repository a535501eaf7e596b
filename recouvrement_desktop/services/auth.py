"""Signing in: a local account's password, or the bank's directory; lockout; unlock.

- A local account signs in with its Argon2id-hashed password. Five wrong passwords in a
  row lock it for 15 minutes; each failure, the lock and each sign-in are audit events.
  A wrong password and an unknown login get the same message.
- A directory account (or a login the database does not know, when a directory is
  configured) is checked by the directory (``services/directory.py``); its role comes
  from its groups and is written to its account, created at its first sign-in.
- A disabled account never signs in. An account whose password was set by an
  administrator must change it first (``SignedIn.must_change_password``).

Every check runs in its own unit of work, so that a failure is counted even though the
sign-in is refused.
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Final, NoReturn

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import Officer
from recouvrement_desktop.db.types import utc_now
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.recovery import AuthSource
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError
from recouvrement_desktop.paths import user_config_dir
from recouvrement_desktop.services import passwords
from recouvrement_desktop.services.unit_of_work import UnitOfWork, unit_of_work
from recouvrement_desktop.services.views import identity_of

if TYPE_CHECKING:
    from recouvrement_desktop.services.directory import DirectoryAccount, DirectorySettings

__all__ = [
    "LOCKOUT",
    "MAX_FAILURES",
    "SignInError",
    "SignedIn",
    "change_password",
    "directory_settings",
    "machine_name",
    "sign_in",
    "verify_password",
]

MAX_FAILURES: Final = 5
LOCKOUT: Final = timedelta(minutes=15)
DIRECTORY_SETTINGS_ENV: Final = "RECOUVREMENT_DIRECTORY"
_WRONG: Final = QT_TRANSLATE_NOOP("SignIn", "Wrong login or password.")


class SignInError(UserFacingError):
    context = "SignIn"


@dataclass(frozen=True, slots=True)
class SignedIn:
    identity: Identity
    must_change_password: bool = False


def machine_name() -> str:
    """The machine, as the access log and the audit trail name it."""
    return platform.node() or "?"


def directory_settings() -> DirectorySettings | None:
    """The bank's directory, if configured: the file named by ``RECOUVREMENT_DIRECTORY``,
    else ``directory.toml`` in the user's configuration folder."""
    named = os.environ.get(DIRECTORY_SETTINGS_ENV)
    path = Path(named) if named else user_config_dir() / "directory.toml"
    if not path.is_file():
        return None  # no directory: its module (and ldap3) is not imported at start-up
    from recouvrement_desktop.services.directory import load_settings  # noqa: PLC0415

    return load_settings(path)


def _account(session: Session, login: str) -> Officer | None:
    return session.scalars(
        select(Officer).where(func.lower(Officer.login) == login.strip().lower())
    ).one_or_none()


def _refuse(message: str, **params: object) -> NoReturn:
    raise SignInError(message, **params)


def sign_in(
    database: Database,
    login: str,
    password: str,
    *,
    now: datetime | None = None,
    directory: DirectorySettings | None = None,
) -> SignedIn:
    """Who signs in, once the password is right (see the module docstring)."""
    moment = now or utc_now()
    with database.session() as session:
        row = _account(session, login)
        account = None if row is None else (row.id, row.auth_source, row.active)
    if (account is not None and account[1] is AuthSource.DIRECTORY) or (
        account is None and directory is not None
    ):
        if directory is None:
            _refuse(
                QT_TRANSLATE_NOOP("SignIn", "No directory is configured to check this account.")
            )
        return _directory_sign_in(database, login, password, directory, moment)
    return _local_sign_in(database, login, password, moment)


def _local_sign_in(database: Database, login: str, password: str, now: datetime) -> SignedIn:
    with unit_of_work(database, None) as uow:
        row = _account(uow.session, login)
        if row is None:
            uow.audit("auth.failed", "officer", None, login=login.strip(), machine=machine_name())
            outcome: str | None = _WRONG
        else:
            outcome = _check_local(uow, row, password, now)
        identity = None if row is None else identity_of(row)
        must_change = bool(row and row.must_change_password)
    if outcome is not None:
        params = {"until": _local_time(row.locked_until)} if row and row.locked_until else {}
        _refuse(outcome, **params)
    assert identity is not None
    return SignedIn(identity, must_change)


def _local_time(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone().strftime("%H:%M")


def _check_local(uow: UnitOfWork, row: Officer, password: str, now: datetime) -> str | None:
    """``None`` when *row* may sign in with *password*; else the refusal's message. The
    failure is counted (and the account locked) in the caller's unit of work."""
    subject = {"login": row.login, "machine": machine_name()}
    if not row.active:
        uow.audit("auth.refused", "officer", row.uuid, reason="disabled", **subject)
        return QT_TRANSLATE_NOOP("SignIn", "This account is disabled.")
    if row.locked_until is not None and row.locked_until > now:
        uow.audit("auth.refused", "officer", row.uuid, reason="locked", **subject)
        return QT_TRANSLATE_NOOP("SignIn", "This account is locked until {until}.")
    if not passwords.verify(row.password_hash, password):
        if row.locked_until is not None:  # an expired lock: counting starts afresh
            row.locked_until, row.failed_sign_ins = None, 0
        row.failed_sign_ins += 1
        uow.audit("auth.failed", "officer", row.uuid, failures=row.failed_sign_ins, **subject)
        if row.failed_sign_ins >= MAX_FAILURES:
            row.locked_until = now + LOCKOUT
            uow.audit("auth.locked", "officer", row.uuid, until=row.locked_until, **subject)
            return QT_TRANSLATE_NOOP("SignIn", "This account is locked until {until}.")
        return _WRONG
    row.failed_sign_ins, row.locked_until = 0, None
    if row.password_hash and passwords.needs_rehash(row.password_hash):
        row.password_hash = passwords.hash_password(password)
    uow.audit("auth.signed_in", "officer", row.uuid, **subject)
    return None


def _directory_sign_in(
    database: Database,
    login: str,
    password: str,
    settings: DirectorySettings,
    now: datetime,
) -> SignedIn:
    from recouvrement_desktop.services.directory import DirectoryError, authenticate  # noqa: PLC0415

    try:
        found = authenticate(settings, login, password)
    except DirectoryError:
        with unit_of_work(database, None) as uow:
            uow.audit(
                "auth.failed", "officer", None, login=login.strip(), source="directory",
                machine=machine_name(),
            )  # fmt: skip
        raise
    with unit_of_work(database, None) as uow:
        row = _account(uow.session, found.login) or _provisioned(uow.session, found, now)
        if not row.active:
            uow.audit("auth.refused", "officer", row.uuid, reason="disabled", login=row.login)
            refused = True
        else:
            refused = False
            _follow_directory(uow, row, found)
            uow.audit(
                "auth.signed_in", "officer", row.uuid, login=row.login, source="directory",
                role=row.role.value, machine=machine_name(),
            )  # fmt: skip
        identity = identity_of(row)
    if refused:
        _refuse(QT_TRANSLATE_NOOP("SignIn", "This account is disabled."))
    return SignedIn(identity)


def _provisioned(session: Session, found: DirectoryAccount, now: datetime) -> Officer:
    """The account of a directory user signing in for the first time: nothing delegated
    until an administrator sets the delegation."""
    row = Officer(
        login=found.login,
        full_name=found.full_name,
        role=found.role,
        branch=found.branch or "",
        max_waiver=Decimal("0.00"),
        max_extension_months=0,
        min_rate=Decimal(100),
        auth_source=AuthSource.DIRECTORY,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def _follow_directory(uow: UnitOfWork, row: Officer, found: DirectoryAccount) -> None:
    """The directory is the reference for a directory account's role and name."""
    changes: dict[str, tuple[str, str]] = {}
    if row.role is not found.role:
        changes["role"] = (row.role.value, found.role.value)
        row.role = found.role
    if found.full_name and row.full_name != found.full_name:
        changes["full_name"] = (row.full_name, found.full_name)
        row.full_name = found.full_name
    if found.branch and row.branch != found.branch:
        changes["branch"] = (row.branch, found.branch)
        row.branch = found.branch
    if changes:
        uow.audit("user.updated_from_directory", "officer", row.uuid, login=row.login, **changes)


def verify_password(database: Database, identity: Identity, password: str) -> None:
    """The person signed in proves it again (to unlock the window): counted and locked
    as a sign-in; ``SignInError`` when refused."""
    sign_in(database, identity.login, password, directory=_directory_for(database, identity))


def _directory_for(database: Database, identity: Identity) -> DirectorySettings | None:
    with database.session() as session:
        row = session.get(Officer, identity.id)
        directory_account = row is not None and row.auth_source is AuthSource.DIRECTORY
    return directory_settings() if directory_account else None


def change_password(
    database: Database, identity: Identity, current: str, new: str, *, now: datetime | None = None
) -> None:
    """The person signed in sets a new password (required after an administrator set it)."""
    moment = now or utc_now()
    with unit_of_work(database, identity) as uow:
        row = uow.session.get(Officer, identity.id)
        if row is None or row.auth_source is AuthSource.DIRECTORY:
            _refuse(
                QT_TRANSLATE_NOOP("SignIn", "This account's password is kept by the directory.")
            )
        failure = _check_local(uow, row, current, moment)
    if failure is not None:
        _refuse(failure, until=_local_time(row.locked_until))
    passwords.check_policy(new, identity.login, identity.full_name)
    if new == current:
        _refuse(QT_TRANSLATE_NOOP("SignIn", "Choose a password different from the current one."))
    with unit_of_work(database, identity) as uow:
        row = uow.session.get_one(Officer, identity.id)
        row.password_hash = passwords.hash_password(new)
        row.password_changed_at = moment
        row.must_change_password = False
        uow.audit("auth.password_changed", "officer", row.uuid, login=row.login)
