"""Signing in against the bank's directory (Active Directory or OpenLDAP) over LDAP.

``authenticate(settings, login, password)`` binds to the directory as the user (simple
bind), reads the user's name and branch, finds the user's groups and maps the first
listed group the user belongs to onto a role. Every failure is a ``DirectoryError`` with
a translatable message: a wrong login and a wrong password get the same one, so the
directory never tells who exists. The password is never logged.

The settings come from a TOML file (``load_settings``), by default ``directory.toml`` in
the user's configuration folder (see ``services/auth.py``). Either the user's DN is built
from the login (OpenLDAP)::

    url = "ldaps://ldap.bank.example"           # ldap:// or ldaps://, port optional
    user_dn_template = "uid={login},ou=people,dc=bank,dc=example"
    group_search_base = "ou=groups,dc=bank,dc=example"
    # group_filter = "(&(objectClass=groupOfNames)(member={user_dn}))"   (the default)
    # full_name_attribute = "cn"                 (the default)
    # branch_attribute = "l"                     (the default; "" for none)
    # timeout_seconds = 5                        (the default)
    # use_starttls = false                       (ldap:// only: upgrade to TLS first)
    # ca_file = "bank-ca.pem"                    (relative to this file; else the system's)
    # The first group of this list the user belongs to gives the role: most powerful first.
    role_groups = [
        { group = "recouvrement-admins", role = "administrator" },
        { group = "recouvrement-supervisors", role = "supervisor" },
        { group = "recouvrement-auditors", role = "auditor" },
        { group = "recouvrement-officers", role = "officer" },
    ]

or, where the DN cannot be derived from the login (Active Directory), it is searched for
with a service account, instead of ``user_dn_template``::

    search_base = "OU=Staff,DC=bank,DC=example"
    search_filter = "(&(objectClass=user)(sAMAccountName={login}))"
    bind_dn = "CN=svc-recouvrement,OU=Service Accounts,DC=bank,DC=example"
    bind_password = "…"        # the file should then be readable by its users only
    group_filter = "(&(objectClass=group)(member={user_dn}))"
    # nested groups: "(&(objectClass=group)(member:1.2.840.113556.1.4.1941:={user_dn}))"
    full_name_attribute = "displayName"
    branch_attribute = "physicalDeliveryOfficeName"

(``bind_dn`` and ``bind_password`` go together; without them the search is anonymous.)
``{login}`` is replaced by the login, escaped for a DN (template) or for a filter (search);
``{user_dn}`` and ``{login}`` in ``group_filter`` are escaped for a filter. Group names are
the groups' ``cn``, compared without regard to case. Roles: officer, supervisor,
administrator, auditor. A plain ``ldap://`` URL without ``use_starttls`` sends passwords
in clear: use it only where the network is trusted.
"""

from __future__ import annotations

import logging
import math
import re
import ssl
import tomllib
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Final, NoReturn
from urllib.parse import urlsplit

from recouvrement_desktop.domain.recovery import OfficerRole
from recouvrement_desktop.errors import QT_TRANSLATE_NOOP, UserFacingError

with warnings.catch_warnings():
    # ldap3 2.9.1 reads pyasn1's deprecated tagMap/typeMap when imported (cannatag/ldap3#1159,
    # fixed upstream but not released): not ours to act on.
    warnings.filterwarnings("ignore", r"(tag|type)Map is deprecated", DeprecationWarning)
    from ldap3 import ANONYMOUS, BASE, NONE, SIMPLE, SUBTREE, Connection, Server, Tls
    from ldap3.core.exceptions import (
        LDAPCommunicationError,
        LDAPMaximumRetriesError,
        LDAPResponseTimeoutError,
        LDAPStartTLSError,
    )
    from ldap3.utils.conv import escape_filter_chars
    from ldap3.utils.dn import escape_rdn

__all__ = [
    "DEFAULT_GROUP_FILTER",
    "DirectoryAccount",
    "DirectoryError",
    "DirectorySettings",
    "authenticate",
    "load_settings",
]

_log = logging.getLogger(__name__)

DEFAULT_GROUP_FILTER: Final = "(&(objectClass=groupOfNames)(member={user_dn}))"
_LOGIN: Final = "{login}"
_USER_DN: Final = "{user_dn}"
_PLACEHOLDERS: Final = re.compile(r"\{(?:login|user_dn)\}")
_SIZE_LIMIT_EXCEEDED: Final = 4

WRONG_CREDENTIALS: Final = QT_TRANSLATE_NOOP("SignIn", "Wrong login or password.")
ENTER_LOGIN: Final = QT_TRANSLATE_NOOP("SignIn", "Enter your login.")
ENTER_PASSWORD: Final = QT_TRANSLATE_NOOP("SignIn", "Enter your password.")
UNREACHABLE: Final = QT_TRANSLATE_NOOP(
    "SignIn",
    "The directory {url} cannot be reached. Check the network connection, or ask the IT "
    "department whether the directory server is running.",
)
NOT_SECURE: Final = QT_TRANSLATE_NOOP(
    "SignIn",
    "No secure connection could be made to the directory {url}: its certificate is not "
    "trusted or does not match its address. Ask the IT department (the certificate "
    "authority is set by ca_file in the directory settings).",
)
NO_ROLE: Final = QT_TRANSLATE_NOOP(
    "SignIn",
    "The directory account {login} is in none of the groups that give access to this "
    "application ({groups}). Ask an administrator to add it to one of them.",
)
SERVICE_ACCOUNT_REFUSED: Final = QT_TRANSLATE_NOOP(
    "SignIn",
    "The directory {url} refused the service account {bind_dn}. Check bind_dn and "
    "bind_password in the directory settings.",
)
SEARCH_REFUSED: Final = QT_TRANSLATE_NOOP(
    "SignIn",
    "The directory {url} refused to search {base} ({reason}). Check the directory settings.",
)

_UNREADABLE: Final = QT_TRANSLATE_NOOP(
    "SignIn", "The directory settings {path} cannot be read: {reason}"
)
_NOT_TOML: Final = QT_TRANSLATE_NOOP(
    "SignIn", "The directory settings {path} are not valid TOML: {reason}"
)
_MISSING: Final = QT_TRANSLATE_NOOP("SignIn", "The directory settings {path} lack {key}.")
_UNKNOWN_KEY: Final = QT_TRANSLATE_NOOP(
    "SignIn", "The directory settings {path} have an unknown key {key}."
)
_NOT_TEXT: Final = QT_TRANSLATE_NOOP(
    "SignIn", "In the directory settings {path}, {key} must be a non-empty text."
)
_NOT_BOOLEAN: Final = QT_TRANSLATE_NOOP(
    "SignIn", "In the directory settings {path}, {key} must be true or false."
)
_NOT_SECONDS: Final = QT_TRANSLATE_NOOP(
    "SignIn", "In the directory settings {path}, {key} must be a number of seconds above zero."
)
_BAD_URL: Final = QT_TRANSLATE_NOOP(
    "SignIn",
    "In the directory settings {path}, {key} must be an ldap:// or ldaps:// address with a "
    "server name (found {value}).",
)
_STARTTLS_ON_LDAPS: Final = QT_TRANSLATE_NOOP(
    "SignIn",
    "In the directory settings {path}, {key} applies to ldap:// addresses only: an ldaps:// "
    "address is encrypted already.",
)
_NO_PLACEHOLDER: Final = QT_TRANSLATE_NOOP(
    "SignIn", "In the directory settings {path}, {key} must contain {placeholder}."
)
_ONE_WAY: Final = QT_TRANSLATE_NOOP(
    "SignIn",
    "In the directory settings {path}, give either {key}, or search_base with search_filter "
    "(not both).",
)
_NOT_ROLE_LIST: Final = QT_TRANSLATE_NOOP(
    "SignIn",
    "In the directory settings {path}, {key} must list groups and their roles, as in "
    '{{ group = "recouvrement-officers", role = "officer" }}.',
)
_UNKNOWN_ROLE: Final = QT_TRANSLATE_NOOP(
    "SignIn",
    "In the directory settings {path}, {key} names an unknown role {value} (known: {roles}).",
)
_NO_CA_FILE: Final = QT_TRANSLATE_NOOP(
    "SignIn", "In the directory settings {path}, {key}: the file {value} does not exist."
)


class DirectoryError(UserFacingError):
    """Sign-in through the directory refused or impossible, or its settings wrong."""

    context = "SignIn"


@dataclass(frozen=True, slots=True)
class DirectorySettings:
    """How to reach the bank's directory and read roles from it (see the module docstring).

    Exactly one way to find the user: ``user_dn_template``, or ``search_base`` and
    ``search_filter`` (with ``bind_dn``/``bind_password`` for a service account).
    """

    url: str
    group_search_base: str
    role_groups: tuple[tuple[str, OfficerRole], ...]  # group cn → role, most powerful first
    user_dn_template: str | None = None
    search_base: str | None = None
    search_filter: str | None = None
    bind_dn: str | None = None
    bind_password: str | None = field(default=None, repr=False)
    group_filter: str = DEFAULT_GROUP_FILTER
    full_name_attribute: str = "cn"
    branch_attribute: str | None = "l"
    timeout_seconds: float = 5
    use_starttls: bool = False
    ca_file: Path | None = None


@dataclass(frozen=True, slots=True)
class DirectoryAccount:
    """Who the directory says signed in."""

    login: str
    full_name: str
    role: OfficerRole
    branch: str | None
    groups: tuple[str, ...]  # the cn of every group found for the user


# --- settings ---------------------------------------------------------------------------

_KNOWN_KEYS: Final = frozenset(key.name for key in fields(DirectorySettings))  # the same names


def load_settings(path: Path) -> DirectorySettings:
    """The directory settings in the TOML file ``path``; ``DirectoryError`` naming the key
    at fault when the file is unreadable, incomplete or wrong."""
    where = str(path)
    try:
        with path.open("rb") as stream:
            values = tomllib.load(stream)
    except OSError as error:
        raise DirectoryError(_UNREADABLE, path=where, reason=error.strerror or error) from error
    except tomllib.TOMLDecodeError as error:
        raise DirectoryError(_NOT_TOML, path=where, reason=error) from error
    return _settings(values, path)


class _Reader:
    """The values of one settings file, checked key by key; every error names its key."""

    def __init__(self, values: Mapping[str, Any], path: Path) -> None:
        self.values, self.path = values, path

    def fail(self, message: str, key: str, **params: object) -> NoReturn:
        raise DirectoryError(message, path=str(self.path), key=key, **params)

    def text(self, key: str, *, required: bool = False, allow_empty: bool = False) -> str | None:
        value = self.values.get(key)
        if value is None:
            if required:
                self.fail(_MISSING, key)
            return None
        if not isinstance(value, str) or not (value.strip() or allow_empty):
            self.fail(_NOT_TEXT, key)
        return value if key == "bind_password" else value.strip()

    def url(self) -> str:
        url = self.text("url", required=True) or ""
        parts = urlsplit(url)
        try:
            _port = parts.port  # ValueError when it is not a number
        except ValueError:
            self.fail(_BAD_URL, "url", value=url)
        if parts.scheme.lower() not in ("ldap", "ldaps") or not parts.hostname:
            self.fail(_BAD_URL, "url", value=url)
        return url

    def user_lookup(self) -> tuple[str | None, str | None, str | None, str | None, str | None]:
        """``user_dn_template``, or ``search_base`` and ``search_filter`` (and the service
        account, if any)."""
        template = self.text("user_dn_template")
        base, search_filter = self.text("search_base"), self.text("search_filter")
        if (template is None) == (base is None and search_filter is None):
            self.fail(_ONE_WAY, "user_dn_template")
        if template is not None:
            self._placeholder("user_dn_template", template, _LOGIN)
        elif base is None:
            self.fail(_MISSING, "search_base")
        elif search_filter is None:
            self.fail(_MISSING, "search_filter")
        else:
            self._placeholder("search_filter", search_filter, _LOGIN)
        bind_dn, bind_password = self.text("bind_dn"), self.text("bind_password", allow_empty=True)
        if bind_dn is not None and not bind_password:
            self.fail(_MISSING, "bind_password")
        if bind_password is not None and bind_dn is None:
            self.fail(_MISSING, "bind_dn")
        return template, base, search_filter, bind_dn, bind_password

    def _placeholder(self, key: str, value: str, *placeholders: str) -> None:
        if not any(placeholder in value for placeholder in placeholders):
            self.fail(_NO_PLACEHOLDER, key, placeholder=placeholders[0])

    def group_filter(self) -> str:
        group_filter = self.text("group_filter") or DEFAULT_GROUP_FILTER
        self._placeholder("group_filter", group_filter, _USER_DN, _LOGIN)
        return group_filter

    def branch_attribute(self) -> str | None:
        if "branch_attribute" not in self.values:
            return "l"
        return self.text("branch_attribute", allow_empty=True) or None

    def timeout(self) -> float:
        timeout = self.values.get("timeout_seconds", 5)
        number = isinstance(timeout, int | float) and not isinstance(timeout, bool)
        if not number or not 0 < timeout < math.inf:
            self.fail(_NOT_SECONDS, "timeout_seconds")
        return float(timeout)

    def use_starttls(self, url: str) -> bool:
        use_starttls = self.values.get("use_starttls", False)
        if not isinstance(use_starttls, bool):
            self.fail(_NOT_BOOLEAN, "use_starttls")
        if use_starttls and urlsplit(url).scheme.lower() == "ldaps":
            self.fail(_STARTTLS_ON_LDAPS, "use_starttls")
        return use_starttls

    def ca_file(self) -> Path | None:
        name = self.text("ca_file")
        if name is None:
            return None
        ca_file = self.path.parent / Path(name).expanduser()
        if not ca_file.is_file():
            self.fail(_NO_CA_FILE, "ca_file", value=ca_file)
        return ca_file

    def role_groups(self) -> tuple[tuple[str, OfficerRole], ...]:
        value = self.values.get("role_groups")
        if value is None:
            self.fail(_MISSING, "role_groups")
        if not isinstance(value, list) or not value:
            self.fail(_NOT_ROLE_LIST, "role_groups")
        known = ", ".join(role.value for role in OfficerRole)
        pairs: list[tuple[str, OfficerRole]] = []
        for index, item in enumerate(value, start=1):
            key = f"role_groups[{index}]"
            if not isinstance(item, dict) or set(item) != {"group", "role"}:
                self.fail(_NOT_ROLE_LIST, key)
            group, role = item["group"], item["role"]
            if not isinstance(group, str) or not group.strip():
                self.fail(_NOT_TEXT, f"{key}.group")
            try:
                pairs.append((group.strip(), OfficerRole(str(role).strip().lower())))
            except ValueError:
                self.fail(_UNKNOWN_ROLE, f"{key}.role", value=role, roles=known)
        return tuple(pairs)


def _settings(values: Mapping[str, Any], path: Path) -> DirectorySettings:
    reader = _Reader(values, path)
    for key in values:
        if key not in _KNOWN_KEYS:
            reader.fail(_UNKNOWN_KEY, key)
    url = reader.url()
    template, search_base, search_filter, bind_dn, bind_password = reader.user_lookup()
    return DirectorySettings(
        url=url,
        group_search_base=reader.text("group_search_base", required=True) or "",
        role_groups=reader.role_groups(),
        user_dn_template=template,
        search_base=search_base,
        search_filter=search_filter,
        bind_dn=bind_dn,
        bind_password=bind_password,
        group_filter=reader.group_filter(),
        full_name_attribute=reader.text("full_name_attribute") or "cn",
        branch_attribute=reader.branch_attribute(),
        timeout_seconds=reader.timeout(),
        use_starttls=reader.use_starttls(url),
        ca_file=reader.ca_file(),
    )


# --- signing in -------------------------------------------------------------------------


class _VerifiedTls(Tls):  # type: ignore[misc]  # ldap3 has no type information
    """TLS that checks the certificate chain and the server's name (or IP address) with
    Python's own ``ssl`` checks: ldap3 turns the context's name check off and does its own
    with the deprecated ``ssl.match_hostname``."""

    def __init__(self, host: str, ca_file: Path | None) -> None:
        super().__init__(validate=ssl.CERT_REQUIRED)
        self._host = host
        self._context = ssl.create_default_context(
            ssl.Purpose.SERVER_AUTH, cafile=str(ca_file) if ca_file else None
        )

    def wrap_socket(self, connection: Any, do_handshake: bool = False) -> None:
        try:
            connection.socket = self._context.wrap_socket(
                connection.socket,
                server_hostname=self._host,
                do_handshake_on_connect=do_handshake,
            )
        except BaseException:
            connection.socket.close()  # ldap3 would leave it open
            raise


def _server(settings: DirectorySettings) -> Server:
    parts = urlsplit(settings.url)
    secure = parts.scheme.lower() == "ldaps"
    host = parts.hostname or ""
    tls = _VerifiedTls(host, settings.ca_file) if secure or settings.use_starttls else None
    return Server(
        host,
        port=parts.port or (636 if secure else 389),
        use_ssl=secure,
        tls=tls,
        get_info=NONE,
        connect_timeout=settings.timeout_seconds,
    )


def _connection(settings: DirectorySettings, user: str | None, password: str | None) -> Any:
    """An open connection (StartTLS done when asked), not bound yet."""
    connection = Connection(
        _server(settings),
        user=user,
        password=password,
        authentication=SIMPLE if user is not None else ANONYMOUS,
        read_only=True,
        auto_referrals=False,
        raise_exceptions=False,
        # ldap3 hands this to setsockopt as a whole number of seconds.
        receive_timeout=max(1, math.ceil(settings.timeout_seconds)),
    )
    try:
        connection.open()
        if settings.use_starttls and not connection.start_tls():
            raise LDAPStartTLSError("the directory did not start TLS")
    except BaseException:
        _close(connection)
        raise
    return connection


def _close(connection: Any) -> None:
    """Unbind if bound, and close the socket in any case (ldap3 leaves it open when the
    connection failed)."""
    try:
        if connection.bound:
            connection.unbind()
    except Exception:  # the connection is going anyway
        _log.debug("directory: unbinding failed", exc_info=True)
    raw = getattr(connection, "socket", None)
    if raw is not None:
        raw.close()


def _entries(connection: Any) -> list[dict[str, Any]]:
    return [item for item in connection.response or () if item.get("type") == "searchResEntry"]


def _search(
    connection: Any,
    settings: DirectorySettings,
    base: str,
    search_filter: str,
    attributes: Sequence[str],
    *,
    scope: str = SUBTREE,
    size_limit: int = 0,
    required: bool = True,
) -> list[dict[str, Any]]:
    """The entries found; ``DirectoryError`` when the directory refuses the search (unless
    not ``required``: then nothing is found)."""
    connection.search(
        base, search_filter, scope, attributes=list(attributes), size_limit=size_limit
    )
    code = connection.result.get("result")
    if code not in (0, _SIZE_LIMIT_EXCEEDED):
        if not required:
            _log.info("directory: search in %s refused: %s", base, connection.result)
            return []
        _log.warning("directory: search in %s refused: %s", base, connection.result)
        raise DirectoryError(
            SEARCH_REFUSED,
            url=settings.url,
            base=base,
            reason=connection.result.get("description") or code,
        )
    return _entries(connection)


def _values(attributes: Mapping[str, Any], name: str | None) -> list[str]:
    """An attribute's non-blank values (none when ``name`` is not given)."""
    value = attributes.get(name) if name else None
    values = value if isinstance(value, list | tuple) else [value]
    texts = (
        v.decode(errors="replace") if isinstance(v, bytes) else str(v)
        for v in values
        if v is not None
    )
    return [text.strip() for text in texts if text.strip()]


def _found_dn(settings: DirectorySettings, login: str) -> str:
    """The user's DN: built from the template, or searched for with the service account.
    ``DirectoryError(WRONG_CREDENTIALS)`` when no single entry matches."""
    if settings.user_dn_template is not None:
        return settings.user_dn_template.replace(_LOGIN, escape_rdn(login))
    assert settings.search_base is not None and settings.search_filter is not None
    connection = _connection(settings, settings.bind_dn, settings.bind_password)
    try:
        if not connection.bind():
            _log.warning(
                "directory: service account %s refused: %s", settings.bind_dn, connection.result
            )
            raise DirectoryError(
                SERVICE_ACCOUNT_REFUSED, url=settings.url, bind_dn=settings.bind_dn or ""
            )
        search_filter = settings.search_filter.replace(_LOGIN, escape_filter_chars(login))
        # No attributes ("1.1"): the DN is enough; two entries say that the login is ambiguous.
        found = _search(
            connection, settings, settings.search_base, search_filter, ["1.1"], size_limit=2
        )
    finally:
        _close(connection)
    if len(found) != 1:
        _log.info("directory: %d entries for login %r", len(found), login)
        raise DirectoryError(WRONG_CREDENTIALS)
    dn: str = found[0]["dn"]
    return dn


def _account(connection: Any, settings: DirectorySettings, login: str, dn: str) -> DirectoryAccount:
    """Read, as the user, the user's name, branch and groups, and map the role."""
    wanted = [settings.full_name_attribute]
    if settings.branch_attribute:
        wanted.append(settings.branch_attribute)
    # Some directories do not let users read their own entry: the login stands for the name.
    entries = _search(
        connection, settings, dn, "(objectClass=*)", wanted, scope=BASE, required=False
    )
    attributes: Mapping[str, Any] = entries[0]["attributes"] if entries else {}
    values = {_USER_DN: escape_filter_chars(dn), _LOGIN: escape_filter_chars(login)}
    group_filter = _PLACEHOLDERS.sub(lambda match: values[match[0]], settings.group_filter)
    groups: list[str] = []
    for entry in _search(connection, settings, settings.group_search_base, group_filter, ["cn"]):
        groups.extend(name for name in _values(entry["attributes"], "cn") if name not in groups)
    member_of = {name.casefold() for name in groups}
    role = next(
        (role for group, role in settings.role_groups if group.casefold() in member_of), None
    )
    if role is None:
        _log.info("directory: %s is in no group that gives a role (%s)", login, groups)
        raise DirectoryError(
            NO_ROLE, login=login, groups=", ".join(group for group, _ in settings.role_groups)
        )
    return DirectoryAccount(
        login=login,
        full_name=next(iter(_values(attributes, settings.full_name_attribute)), login),
        role=role,
        branch=next(iter(_values(attributes, settings.branch_attribute)), None),
        groups=tuple(groups),
    )


def authenticate(settings: DirectorySettings, login: str, password: str) -> DirectoryAccount:
    """Check ``login``/``password`` against the directory and say who it is and its role.

    ``DirectoryError`` when refused: wrong login or password (one message for both), an
    empty login or password (refused before any bind: a directory takes an empty password
    for an anonymous bind and accepts it), a directory that cannot be reached (within
    ``timeout_seconds``) or not securely, or an account in no group that gives a role.
    """
    login = login.strip()
    if not login:
        raise DirectoryError(ENTER_LOGIN)
    if not password:
        raise DirectoryError(ENTER_PASSWORD)
    try:
        dn = _found_dn(settings, login)
        connection = _connection(settings, dn, password)
        try:
            if not connection.bind():
                _log.info("directory: bind refused for %r: %s", login, connection.result)
                raise DirectoryError(WRONG_CREDENTIALS)
            account = _account(connection, settings, login, dn)
        finally:
            _close(connection)
    except (ssl.SSLError, ssl.CertificateError, LDAPStartTLSError) as error:
        _log.warning("directory: no secure connection to %s: %s", settings.url, error)
        raise DirectoryError(NOT_SECURE, url=settings.url) from error
    except (
        LDAPCommunicationError,
        LDAPResponseTimeoutError,
        LDAPMaximumRetriesError,
        OSError,
    ) as error:
        _log.warning("directory: %s unreachable: %s", settings.url, error)
        raise DirectoryError(UNREACHABLE, url=settings.url) from error
    _log.info("directory: %s signed in as %s", login, account.role.value)
    return account
