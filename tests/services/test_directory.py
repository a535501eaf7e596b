"""Directory sign-in (``services/directory.py``) against a real OpenLDAP server.

The server is started once per test session with ``slapd`` (see
``tests/directory_server.py``). Without ``slapd`` those tests are skipped locally but fail
on CI (``CI`` set), where it is installed and they must run. The settings tests need no
server.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from recouvrement_desktop.db.audit import COVERAGE_ACTIONS
from recouvrement_desktop.db.bootstrap import open_sqlite
from recouvrement_desktop.db.models import AuditEvent, Officer
from recouvrement_desktop.domain.recovery import AuthSource, OfficerRole
from recouvrement_desktop.errors import UserFacingError
from recouvrement_desktop.services import accounts, auth, directory
from recouvrement_desktop.services.directory import (
    DEFAULT_GROUP_FILTER,
    DirectoryAccount,
    DirectoryError,
    DirectorySettings,
    authenticate,
    load_settings,
)
from recouvrement_desktop.services.officers import delegation

try:  # ``tests`` importable as a package (rootdir on sys.path) or ``tests/`` itself on it
    from tests.directory_server import (
        ADMIN,
        AUDITOR,
        GROUPS_DN,
        NO_ROLE,
        ODD_LOGIN,
        OFFICER,
        PEOPLE_DN,
        SERVICE_DN,
        SERVICE_PASSWORD,
        SUPERVISOR,
        DirectoryUser,
        SlapdServer,
        find_slapd,
        free_port,
        running_slapd,
    )
except ModuleNotFoundError:  # pragma: no cover - depends on how pytest set up sys.path
    from directory_server import (  # type: ignore[no-redef,import-not-found,unused-ignore]
        ADMIN,
        AUDITOR,
        GROUPS_DN,
        NO_ROLE,
        ODD_LOGIN,
        OFFICER,
        PEOPLE_DN,
        SERVICE_DN,
        SERVICE_PASSWORD,
        SUPERVISOR,
        DirectoryUser,
        SlapdServer,
        find_slapd,
        free_port,
        running_slapd,
    )

ROLE_GROUPS = (
    ("recouvrement-admins", OfficerRole.ADMINISTRATOR),
    ("recouvrement-supervisors", OfficerRole.SUPERVISOR),
    ("recouvrement-auditors", OfficerRole.AUDITOR),
    ("recouvrement-officers", OfficerRole.OFFICER),
)
MODES = ["template", "search"]


def _on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def slapd_server() -> Iterator[SlapdServer]:
    if find_slapd() is None:
        message = "OpenLDAP server (slapd) is not installed"
        if _on_ci():
            pytest.fail(f"{message}; CI must install it (these tests never skip on CI)")
        pytest.skip(message)
    with running_slapd() as server:
        yield server


def template_settings(url: str, **changes: object) -> DirectorySettings:
    settings = DirectorySettings(
        url=url,
        user_dn_template=f"uid={{login}},{PEOPLE_DN}",
        group_search_base=GROUPS_DN,
        role_groups=ROLE_GROUPS,
        timeout_seconds=2,
    )
    return dataclasses.replace(settings, **changes)  # type: ignore[arg-type]


def search_settings(url: str, **changes: object) -> DirectorySettings:
    """Active Directory style: the user's DN found by a service account."""
    search: dict[str, object] = {
        "user_dn_template": None,
        "search_base": PEOPLE_DN,
        "search_filter": "(&(objectClass=inetOrgPerson)(uid={login}))",
        "bind_dn": SERVICE_DN,
        "bind_password": SERVICE_PASSWORD,
    }
    return template_settings(url, **(search | changes))


@pytest.fixture(params=MODES)
def settings(request: pytest.FixtureRequest, slapd_server: SlapdServer) -> DirectorySettings:
    make = template_settings if request.param == "template" else search_settings
    return make(slapd_server.url)


def refusal(settings: DirectorySettings, login: str, password: str) -> DirectoryError:
    with pytest.raises(DirectoryError) as caught:
        authenticate(settings, login, password)
    return caught.value


# --- signing in -------------------------------------------------------------------------


def test_an_officer_signs_in_with_name_branch_and_role(settings: DirectorySettings) -> None:
    account = authenticate(settings, OFFICER.login, OFFICER.password)

    assert account == DirectoryAccount(
        login="mlefevre",
        full_name="Marie Lefèvre",
        role=OfficerRole.OFFICER,
        branch="Lyon Part-Dieu",
        groups=("recouvrement-officers",),
    )


def test_the_login_is_trimmed(settings: DirectorySettings) -> None:
    assert authenticate(settings, "  mlefevre ", OFFICER.password).login == "mlefevre"


def test_the_first_listed_group_gives_the_role(slapd_server: SlapdServer) -> None:
    account = authenticate(template_settings(slapd_server.url), *_credentials(SUPERVISOR))

    assert account.role is OfficerRole.SUPERVISOR
    assert set(account.groups) == {"recouvrement-officers", "recouvrement-supervisors", "cafeteria"}
    # The order is the settings', not the directory's: officers first, officer it is.
    officers_first = template_settings(slapd_server.url, role_groups=ROLE_GROUPS[::-1])
    assert authenticate(officers_first, *_credentials(SUPERVISOR)).role is OfficerRole.OFFICER


def test_group_names_are_compared_without_case(slapd_server: SlapdServer) -> None:
    shouting = template_settings(
        slapd_server.url, role_groups=(("RECOUVREMENT-ADMINS", OfficerRole.ADMINISTRATOR),)
    )
    assert authenticate(shouting, *_credentials(ADMIN)).role is OfficerRole.ADMINISTRATOR


def test_an_auditor_without_a_branch(slapd_server: SlapdServer) -> None:
    account = authenticate(template_settings(slapd_server.url), *_credentials(AUDITOR))

    assert (account.role, account.branch, account.full_name) == (
        OfficerRole.AUDITOR,
        None,
        "Claire Martin",
    )


def test_wrong_password_and_unknown_user_get_the_same_message(
    settings: DirectorySettings,
) -> None:
    wrong_password = refusal(settings, OFFICER.login, "not-the-password")
    unknown_user = refusal(settings, "nobody", OFFICER.password)

    assert wrong_password.message == unknown_user.message == directory.WRONG_CREDENTIALS
    assert str(wrong_password) == str(unknown_user) == "Wrong login or password."
    assert isinstance(wrong_password, UserFacingError)
    assert wrong_password.context == "SignIn"


@pytest.mark.parametrize(("login", "password"), [("mlefevre", ""), ("", "x"), ("   ", "x")])
def test_an_empty_password_or_login_is_refused_before_any_bind(
    slapd_server: SlapdServer, monkeypatch: pytest.MonkeyPatch, login: str, password: str
) -> None:
    def no_connection(*args: object, **kwargs: object) -> None:
        raise AssertionError("the directory was contacted")

    monkeypatch.setattr(directory, "Connection", no_connection)

    error = refusal(template_settings(slapd_server.url), login, password)

    expected = directory.ENTER_PASSWORD if login.strip() else directory.ENTER_LOGIN
    assert error.message == expected


def test_an_account_in_no_mapped_group_is_refused(settings: DirectorySettings) -> None:
    error = refusal(settings, NO_ROLE.login, NO_ROLE.password)

    assert error.message == directory.NO_ROLE
    assert error.params["login"] == "jdurand"
    assert "recouvrement-officers" in str(error)


def test_the_password_is_never_logged(
    settings: DirectorySettings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    authenticate(settings, OFFICER.login, OFFICER.password)
    refusal(settings, OFFICER.login, "Wrong-secret-42")
    refusal(settings, NO_ROLE.login, NO_ROLE.password)

    assert "mlefevre" in caplog.text  # it does log
    for secret in (OFFICER.password, "Wrong-secret-42", NO_ROLE.password, SERVICE_PASSWORD):
        assert secret not in caplog.text
    assert SERVICE_PASSWORD not in repr(settings)


# --- a directory that cannot be reached ---------------------------------------------------


def test_nothing_listening_is_unreachable_at_once(settings: DirectorySettings) -> None:
    url = f"ldap://127.0.0.1:{free_port()}"
    started = time.monotonic()

    error = refusal(dataclasses.replace(settings, url=url), *_credentials(OFFICER))

    assert error.message == directory.UNREACHABLE
    assert url in str(error)
    assert time.monotonic() - started < 3


def test_a_stopped_server_is_unreachable(slapd_server: SlapdServer) -> None:
    with running_slapd() as server:  # a second one, to stop (slapd_server: skip or fail)
        settings = template_settings(server.url)
        assert authenticate(settings, *_credentials(OFFICER)).role is OfficerRole.OFFICER
        server.stop()

        error = refusal(settings, *_credentials(OFFICER))

    assert error.message == directory.UNREACHABLE


def test_a_server_that_never_answers_times_out(slapd_server: SlapdServer) -> None:
    with socket.socket() as silent:  # accepts connections (the backlog) and says nothing
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"ldap://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()

        error = refusal(template_settings(url, timeout_seconds=1), *_credentials(OFFICER))

    assert error.message == directory.UNREACHABLE
    assert time.monotonic() - started < 4


# --- escaping: a login cannot change the DN or the filters ------------------------------


@pytest.mark.parametrize(
    "login",
    [
        "x)(uid=*",
        "*",
        "mlefev*",
        "mlefevre)(|(uid=*",
        "mlefevre,ou=people",
        f"mlefevre,{PEOPLE_DN}",
        "uid=mlefevre",
        "mlefevre\\",
        "mlefevre\x00",
    ],
)
def test_a_login_cannot_inject(settings: DirectorySettings, login: str) -> None:
    # With the officer's password: an unescaped "mlefev*" would find and bind mlefevre.
    error = refusal(settings, login, OFFICER.password)

    assert error.message == directory.WRONG_CREDENTIALS


def test_a_login_made_of_special_characters_signs_in(settings: DirectorySettings) -> None:
    """``a,b*(c)\\d``: escaped in the DN, in the search filter and in the group filter."""
    account = authenticate(settings, ODD_LOGIN.login, ODD_LOGIN.password)

    assert (account.login, account.role) == (ODD_LOGIN.login, OfficerRole.OFFICER)


# --- search mode (Active Directory) -----------------------------------------------------


def test_search_mode_with_a_service_account(slapd_server: SlapdServer) -> None:
    account = authenticate(search_settings(slapd_server.url), *_credentials(SUPERVISOR))

    assert (account.login, account.full_name, account.role) == (
        "pgarnier",
        "Paul Garnier",
        OfficerRole.SUPERVISOR,
    )


def test_search_mode_without_a_service_account_searches_anonymously(
    slapd_server: SlapdServer,
) -> None:
    anonymous = search_settings(slapd_server.url, bind_dn=None, bind_password=None)

    assert authenticate(anonymous, *_credentials(OFFICER)).role is OfficerRole.OFFICER


def test_a_refused_service_account_is_not_the_users_fault(slapd_server: SlapdServer) -> None:
    wrong = search_settings(slapd_server.url, bind_password="not-the-service-password")

    error = refusal(wrong, *_credentials(OFFICER))

    assert error.message == directory.SERVICE_ACCOUNT_REFUSED
    assert SERVICE_DN in str(error)


def test_a_group_base_that_does_not_exist_is_reported(slapd_server: SlapdServer) -> None:
    wrong = template_settings(slapd_server.url, group_search_base="ou=nowhere,dc=bank,dc=example")

    error = refusal(wrong, *_credentials(OFFICER))

    assert error.message == directory.SEARCH_REFUSED
    assert "ou=nowhere" in str(error)


def test_groups_by_login(slapd_server: SlapdServer) -> None:
    """``{login}`` in the group filter (posixGroup-like ``memberUid={login}``), escaped."""
    by_login = template_settings(
        slapd_server.url,
        group_filter=f"(&(objectClass=groupOfNames)(member=uid={{login}},{PEOPLE_DN}))",
    )

    assert authenticate(by_login, *_credentials(OFFICER)).role is OfficerRole.OFFICER


# --- TLS --------------------------------------------------------------------------------


def test_starttls_with_the_banks_ca(slapd_server: SlapdServer) -> None:
    settings = template_settings(
        slapd_server.tls_url, use_starttls=True, ca_file=slapd_server.ca_file
    )

    assert authenticate(settings, *_credentials(OFFICER)).role is OfficerRole.OFFICER


def test_ldaps_with_the_banks_ca(settings: DirectorySettings, slapd_server: SlapdServer) -> None:
    secure = dataclasses.replace(settings, url=slapd_server.ldaps_url, ca_file=slapd_server.ca_file)

    assert authenticate(secure, *_credentials(OFFICER)).role is OfficerRole.OFFICER


@pytest.mark.parametrize("how", ["ldaps", "starttls"])
def test_an_untrusted_certificate_is_refused(slapd_server: SlapdServer, how: str) -> None:
    url = slapd_server.ldaps_url if how == "ldaps" else slapd_server.tls_url
    untrusted = template_settings(url, use_starttls=how == "starttls")  # the system's CAs

    error = refusal(untrusted, *_credentials(OFFICER))

    assert error.message == directory.NOT_SECURE
    assert url in str(error)


def test_a_certificate_for_another_name_is_refused(slapd_server: SlapdServer) -> None:
    # The certificate names localhost; 127.0.0.1 is the same server under another name.
    url = slapd_server.ldaps_url.replace("localhost", "127.0.0.1")
    elsewhere = template_settings(url, ca_file=slapd_server.ca_file)

    assert refusal(elsewhere, *_credentials(OFFICER)).message == directory.NOT_SECURE


def _credentials(user: DirectoryUser) -> tuple[str, str]:
    return user.login, user.password


# --- settings (no server) ---------------------------------------------------------------

EXAMPLE = """
url = "ldaps://ldap.bank.example"
user_dn_template = "uid={login},ou=people,dc=bank,dc=example"
group_search_base = "ou=groups,dc=bank,dc=example"
branch_attribute = "l"
timeout_seconds = 3
ca_file = "bank-ca.pem"
role_groups = [
    { group = "recouvrement-admins", role = "administrator" },
    { group = "recouvrement-supervisors", role = "supervisor" },
    { group = "recouvrement-auditors", role = "auditor" },
    { group = "recouvrement-officers", role = "officer" },
]
"""

AD_EXAMPLE = """
url = "ldap://ad.bank.example:389"
use_starttls = true
search_base = "OU=Staff,DC=bank,DC=example"
search_filter = "(&(objectClass=user)(sAMAccountName={login}))"
bind_dn = "CN=svc-recouvrement,OU=Service Accounts,DC=bank,DC=example"
bind_password = "s3cret"
group_search_base = "OU=Groups,DC=bank,DC=example"
group_filter = "(&(objectClass=group)(member:1.2.840.113556.1.4.1941:={user_dn}))"
full_name_attribute = "displayName"
branch_attribute = ""

[[role_groups]]
group = "GG-Recouvrement-Superviseurs"
role = "supervisor"

[[role_groups]]
group = "GG-Recouvrement-Agents"
role = "officer"
"""


def write(folder: Path, text: str, name: str = "directory.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_settings_reads_the_template_example(tmp_path: Path) -> None:
    write(tmp_path, "-----BEGIN CERTIFICATE-----\n", "bank-ca.pem")

    settings = load_settings(write(tmp_path, EXAMPLE))

    assert settings == DirectorySettings(
        url="ldaps://ldap.bank.example",
        user_dn_template="uid={login},ou=people,dc=bank,dc=example",
        group_search_base="ou=groups,dc=bank,dc=example",
        role_groups=ROLE_GROUPS,
        group_filter=DEFAULT_GROUP_FILTER,
        full_name_attribute="cn",
        branch_attribute="l",
        timeout_seconds=3.0,
        use_starttls=False,
        ca_file=tmp_path / "bank-ca.pem",  # relative to the settings file
    )


def test_load_settings_reads_the_active_directory_example(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, AD_EXAMPLE))

    assert settings.user_dn_template is None
    assert (settings.search_base, settings.bind_dn, settings.bind_password) == (
        "OU=Staff,DC=bank,DC=example",
        "CN=svc-recouvrement,OU=Service Accounts,DC=bank,DC=example",
        "s3cret",
    )
    assert settings.role_groups == (
        ("GG-Recouvrement-Superviseurs", OfficerRole.SUPERVISOR),
        ("GG-Recouvrement-Agents", OfficerRole.OFFICER),
    )
    assert (settings.use_starttls, settings.branch_attribute, settings.timeout_seconds) == (
        True,
        None,
        5.0,
    )
    assert "s3cret" not in repr(settings)


def test_the_module_documentation_example_loads(tmp_path: Path) -> None:
    doc = directory.__doc__ or ""
    example = doc.split("(OpenLDAP)::", 1)[1].split("\n\nor,", 1)[0]
    text = "\n".join(line[4:] for line in example.splitlines())

    settings = load_settings(write(tmp_path, text))

    assert settings.role_groups == ROLE_GROUPS


def _without(text: str, key: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith(f"{key} ="))


def _replaced(text: str, key: str, value: str) -> str:
    return "\n".join(
        f"{key} = {value}" if line.startswith(f"{key} =") else line for line in text.splitlines()
    )


BAD = [
    pytest.param(_without(EXAMPLE, "url"), directory._MISSING, "url", id="no-url"),
    pytest.param(
        _replaced(EXAMPLE, "url", '"https://ldap.bank.example"'),
        directory._BAD_URL,
        "url",
        id="https-url",
    ),
    pytest.param(
        _replaced(EXAMPLE, "url", '"ldap://"'), directory._BAD_URL, "url", id="url-without-host"
    ),
    pytest.param(
        _replaced(EXAMPLE, "url", '"ldap://host:port"'), directory._BAD_URL, "url", id="bad-port"
    ),
    pytest.param(_replaced(EXAMPLE, "url", "389"), directory._NOT_TEXT, "url", id="url-number"),
    pytest.param(
        _without(EXAMPLE, "group_search_base"),
        directory._MISSING,
        "group_search_base",
        id="no-group-base",
    ),
    pytest.param(
        EXAMPLE.replace('role = "auditor"', 'role = "janitor"'),
        directory._UNKNOWN_ROLE,
        "role_groups[3].role",
        id="unknown-role",
    ),
    pytest.param(
        EXAMPLE.split("role_groups", maxsplit=1)[0],
        directory._MISSING,
        "role_groups",
        id="no-role-groups",
    ),
    pytest.param(
        EXAMPLE.split("role_groups", maxsplit=1)[0] + "role_groups = []",
        directory._NOT_ROLE_LIST,
        "role_groups",
        id="empty-role-groups",
    ),
    pytest.param(
        EXAMPLE.replace('{ group = "recouvrement-admins", role = "administrator" }', '"admins"'),
        directory._NOT_ROLE_LIST,
        "role_groups[1]",
        id="role-group-not-a-table",
    ),
    pytest.param(
        "user_dn_templat = 1\n" + EXAMPLE,
        directory._UNKNOWN_KEY,
        "user_dn_templat",
        id="unknown-key",
    ),
    pytest.param(
        _without(EXAMPLE, "user_dn_template"),
        directory._ONE_WAY,
        "user_dn_template",
        id="no-way-to-find-users",
    ),
    pytest.param(
        'search_base = "ou=people,dc=bank,dc=example"\nsearch_filter = "(uid={login})"\n' + EXAMPLE,
        directory._ONE_WAY,
        "user_dn_template",
        id="both-ways",
    ),
    pytest.param(
        _replaced(EXAMPLE, "user_dn_template", '"uid=someone,dc=bank,dc=example"'),
        directory._NO_PLACEHOLDER,
        "user_dn_template",
        id="template-without-login",
    ),
    pytest.param(
        _without(AD_EXAMPLE, "search_filter"),
        directory._MISSING,
        "search_filter",
        id="no-search-filter",
    ),
    pytest.param(
        _without(AD_EXAMPLE, "bind_password"),
        directory._MISSING,
        "bind_password",
        id="service-account-without-password",
    ),
    pytest.param(
        _replaced(AD_EXAMPLE, "group_filter", '"(objectClass=group)"'),
        directory._NO_PLACEHOLDER,
        "group_filter",
        id="group-filter-without-user",
    ),
    pytest.param(
        _replaced(EXAMPLE, "timeout_seconds", "0"),
        directory._NOT_SECONDS,
        "timeout_seconds",
        id="zero-timeout",
    ),
    pytest.param(
        _replaced(EXAMPLE, "timeout_seconds", '"5"'),
        directory._NOT_SECONDS,
        "timeout_seconds",
        id="timeout-as-text",
    ),
    pytest.param(
        "use_starttls = true\n" + EXAMPLE,
        directory._STARTTLS_ON_LDAPS,
        "use_starttls",
        id="starttls-on-ldaps",
    ),
    pytest.param(
        _replaced(AD_EXAMPLE, "use_starttls", '"yes"'),
        directory._NOT_BOOLEAN,
        "use_starttls",
        id="starttls-not-boolean",
    ),
    pytest.param(
        _replaced(EXAMPLE, "ca_file", '"missing-ca.pem"'),
        directory._NO_CA_FILE,
        "ca_file",
        id="missing-ca-file",
    ),
]


@pytest.mark.parametrize(("text", "message", "key"), BAD)
def test_load_settings_names_the_key_at_fault(
    tmp_path: Path, text: str, message: str, key: str
) -> None:
    write(tmp_path, "-----BEGIN CERTIFICATE-----\n", "bank-ca.pem")
    path = write(tmp_path, text)

    with pytest.raises(DirectoryError) as caught:
        load_settings(path)

    assert caught.value.message == message
    assert caught.value.params["key"] == key
    assert key in str(caught.value)
    assert str(path) in str(caught.value)
    assert caught.value.context == "SignIn"


def test_load_settings_refuses_what_is_not_toml(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError) as caught:
        load_settings(write(tmp_path, "url = ldap://unquoted\n"))

    assert caught.value.message == directory._NOT_TOML


def test_load_settings_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DirectoryError) as caught:
        load_settings(tmp_path / "nowhere.toml")

    assert caught.value.message == directory._UNREADABLE


# --- through the sign-in service ----------------------------------------------------------


def test_a_directory_user_signs_in_and_gets_an_account_with_the_groups_role(
    slapd_server: SlapdServer, tmp_path: Path
) -> None:
    """``auth.sign_in`` with a directory configured: the first sign-in creates the
    account (role from the groups, nothing delegated), later ones follow the directory,
    and a wrong password is refused and audited like a local one."""
    database, _ = open_sqlite(tmp_path / "bank.sqlite3", tmp_path / "backups")
    settings = template_settings(slapd_server.url)
    try:
        signed = auth.sign_in(database, SUPERVISOR.login, SUPERVISOR.password, directory=settings)
        identity = signed.identity
        assert (identity.role, identity.full_name, identity.branch) == (
            OfficerRole.SUPERVISOR,
            SUPERVISOR.full_name,
            SUPERVISOR.branch,
        )
        assert not signed.must_change_password
        assert delegation(database, identity) == accounts.NO_DELEGATION_LIMITS
        again = auth.sign_in(database, SUPERVISOR.login, SUPERVISOR.password, directory=settings)
        assert again.identity.id == identity.id  # the same account, not a second one
        with pytest.raises(DirectoryError, match="Wrong login or password"):
            auth.sign_in(database, SUPERVISOR.login, "wrong", directory=settings)
        with database.session() as session:
            row = session.get_one(Officer, identity.id)
            assert row.auth_source is AuthSource.DIRECTORY and row.password_hash is None
            trail = list(
                session.scalars(
                    select(AuditEvent.action)
                    .where(AuditEvent.action.not_in(COVERAGE_ACTIONS))
                    .order_by(AuditEvent.sequence)
                )
            )
        assert trail == ["auth.signed_in", "auth.signed_in", "auth.failed"]
    finally:
        database.dispose()
