"""Signing in and the accounts (services/auth.py, services/accounts.py), on both backends.

Real Argon2id hashes, a real database; the clock is passed in, never waited for.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.audit_verify import verify_chain
from recouvrement_desktop.db.database import Database
from recouvrement_desktop.db.models import AuditEvent, Officer
from recouvrement_desktop.domain.identity import Identity
from recouvrement_desktop.domain.policy import DelegationLimits
from recouvrement_desktop.domain.recovery import AuthSource, OfficerRole
from recouvrement_desktop.services import accounts, auth
from recouvrement_desktop.services.accounts import AccountError
from recouvrement_desktop.services.auth import LOCKOUT, MAX_FAILURES, SignInError
from recouvrement_desktop.services.officers import delegation
from recouvrement_desktop.services.passwords import PasswordRefusedError
from recouvrement_desktop.services.permissions import AccessRefusedError

ADMIN_PASSWORD = "Adm1n-Recouvrement!"
OFFICER_PASSWORD = "Premier-Mot-2026"
NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def administrator(database: Database) -> Identity:
    return accounts.create_first_administrator(
        database, "admin.banque", "Anne Admin", ADMIN_PASSWORD, "Siège"
    )


@pytest.fixture
def officer_account(database: Database, administrator: Identity) -> str:
    accounts.add_user(
        database, administrator, "o.martin", "Odile Martin", OfficerRole.OFFICER,
        "Agence Lyon", OFFICER_PASSWORD,
    )  # fmt: skip
    return "o.martin"


def actions(database: Database) -> list[str]:
    with database.session() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.sequence)))


def account(database: Database, login: str) -> Officer:
    with database.session() as session:
        found = session.scalars(select(Officer).where(Officer.login == login)).one()
        session.expunge(found)
        return found


def test_the_first_administrator_is_made_once_without_credentials(
    database: Database, administrator: Identity
) -> None:
    assert administrator.role is OfficerRole.ADMINISTRATOR
    stored = account(database, "admin.banque")
    assert stored.password_hash and stored.password_hash.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored.password_hash
    with pytest.raises(AccountError, match="an administrator must sign in"):
        accounts.create_first_administrator(database, "autre", "Autre", ADMIN_PASSWORD)
    signed = auth.sign_in(database, "ADMIN.banque", ADMIN_PASSWORD, now=NOW)
    assert signed.identity == administrator and not signed.must_change_password


def test_an_officer_added_by_the_administrator_changes_the_first_password(
    database: Database, officer_account: str
) -> None:
    signed = auth.sign_in(database, officer_account, OFFICER_PASSWORD, now=NOW)
    assert signed.must_change_password and signed.identity.role is OfficerRole.OFFICER
    with pytest.raises(PasswordRefusedError) as refused:
        auth.change_password(database, signed.identity, OFFICER_PASSWORD, "court")
    assert "A password has at least 12 characters." in refused.value.problems
    with pytest.raises(SignInError, match="Wrong login or password"):
        auth.change_password(database, signed.identity, "pas le bon", "Nouveau-Secret-42")
    auth.change_password(database, signed.identity, OFFICER_PASSWORD, "Nouveau-Secret-42")
    again = auth.sign_in(database, officer_account, "Nouveau-Secret-42", now=NOW)
    assert not again.must_change_password
    with pytest.raises(SignInError):
        auth.sign_in(database, officer_account, OFFICER_PASSWORD, now=NOW)


def test_a_wrong_password_and_an_unknown_login_say_the_same(
    database: Database, officer_account: str
) -> None:
    with pytest.raises(SignInError) as wrong:
        auth.sign_in(database, officer_account, "nope", now=NOW)
    with pytest.raises(SignInError) as unknown:
        auth.sign_in(database, "personne", "nope", now=NOW)
    assert wrong.value.message == unknown.value.message == "Wrong login or password."
    assert actions(database)[-2:] == ["auth.failed", "auth.failed"]


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(
    database: Database, officer_account: str
) -> None:
    for attempt in range(1, MAX_FAILURES):
        with pytest.raises(SignInError, match="Wrong login or password"):
            auth.sign_in(database, officer_account, f"faux-{attempt}", now=NOW)
    with pytest.raises(SignInError, match="locked until"):
        auth.sign_in(database, officer_account, "faux-5", now=NOW)
    # Locked: even the right password is refused, until the lock ends.
    with pytest.raises(SignInError, match="locked until"):
        auth.sign_in(database, officer_account, OFFICER_PASSWORD, now=NOW + LOCKOUT / 2)
    assert account(database, officer_account).locked_until == NOW + LOCKOUT
    later = NOW + LOCKOUT + timedelta(seconds=1)
    assert auth.sign_in(database, officer_account, OFFICER_PASSWORD, now=later)
    stored = account(database, officer_account)
    assert (stored.failed_sign_ins, stored.locked_until) == (0, None)
    trail = actions(database)
    assert trail.count("auth.failed") == MAX_FAILURES and "auth.locked" in trail
    assert trail[-1] == "auth.signed_in"
    with database.session() as session:
        assert verify_chain(session).intact


def test_a_success_resets_the_count_of_failures(database: Database, officer_account: str) -> None:
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(SignInError):
            auth.sign_in(database, officer_account, "faux", now=NOW)
    auth.sign_in(database, officer_account, OFFICER_PASSWORD, now=NOW)
    with pytest.raises(SignInError, match="Wrong login or password"):
        auth.sign_in(database, officer_account, "faux", now=NOW)  # one failure, not five


def test_a_disabled_account_never_signs_in(
    database: Database, administrator: Identity, officer_account: str
) -> None:
    accounts.disable_user(database, administrator, officer_account)
    with pytest.raises(SignInError, match=r"This account is disabled\."):
        auth.sign_in(database, officer_account, OFFICER_PASSWORD, now=NOW)
    with pytest.raises(AccountError, match="Another administrator"):
        accounts.disable_user(database, administrator, "admin.banque")


def test_a_reset_gives_a_first_password_and_lifts_the_lock(
    database: Database, administrator: Identity, officer_account: str
) -> None:
    for attempt in range(MAX_FAILURES):
        with pytest.raises(SignInError):
            auth.sign_in(database, officer_account, f"faux-{attempt}", now=NOW)
    accounts.reset_password(database, administrator, officer_account, "Remis-A-Zero-2026")
    signed = auth.sign_in(database, officer_account, "Remis-A-Zero-2026", now=NOW)
    assert signed.must_change_password


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("Court-1", "A password has at least 12 characters."),
        ("toutenminuscules", "Mix at least three kinds of characters"),
        ("O.Martin-2026-ok", "must not contain the login or the name"),
        ("Odile-Vacances-26", "must not contain the login or the name"),
    ],
)
def test_the_password_policy(
    database: Database, administrator: Identity, password: str, reason: str
) -> None:
    with pytest.raises(PasswordRefusedError) as refused:
        accounts.add_user(
            database, administrator, "o.martin", "Odile Martin", OfficerRole.OFFICER,
            "Agence Lyon", password,
        )  # fmt: skip
    assert any(reason in problem for problem in refused.value.problems)


def test_only_an_administrator_manages_users(
    database: Database, administrator: Identity, officer_account: str
) -> None:
    officer = auth.sign_in(database, officer_account, OFFICER_PASSWORD, now=NOW).identity
    before = actions(database)
    with pytest.raises(AccessRefusedError, match=r"Only an administrator may manage users\."):
        accounts.add_user(
            database, officer, "x.y", "X Y", OfficerRole.SUPERVISOR, "", "Mot-De-Passe-2026"
        )
    with pytest.raises(AccessRefusedError):
        accounts.list_users(database, officer)
    assert actions(database)[len(before) :] == ["permission.refused", "permission.refused"]
    listed = accounts.list_users(database, administrator)
    assert [view.login for view in listed] == ["admin.banque", "o.martin"]


def test_delegation_set_by_the_administrator_is_what_counts(
    database: Database, administrator: Identity, officer_account: str
) -> None:
    limits = DelegationLimits(
        max_waiver=Decimal("750.00"), max_extension_months=36, min_rate_pct=Decimal("2.5000")
    )
    view = accounts.set_delegation(database, administrator, officer_account, limits)
    assert view.delegation == limits
    officer = auth.sign_in(database, officer_account, OFFICER_PASSWORD, now=NOW).identity
    assert delegation(database, officer) == limits


def test_a_directory_account_has_no_local_password(
    database: Database, administrator: Identity
) -> None:
    accounts.add_user(
        database, administrator, "d.dupont", "Dan Dupont", OfficerRole.SUPERVISOR, "Lyon",
        None, auth_source=AuthSource.DIRECTORY,
    )  # fmt: skip
    assert account(database, "d.dupont").password_hash is None
    with pytest.raises(SignInError, match="No directory is configured"):
        auth.sign_in(database, "d.dupont", "anything", now=NOW)
    with pytest.raises(AccountError, match="kept by the directory"):
        accounts.reset_password(database, administrator, "d.dupont", "Mot-De-Passe-2026")
