"""A throwaway OpenLDAP server for tests: ``slapd`` on free ports, with a small bank tree.

Usage::

    with running_slapd() as server:
        server.url           # ldap://127.0.0.1:PORT
        server.tls_url       # ldap://localhost:PORT, for StartTLS
        server.ldaps_url     # ldaps://localhost:PORT
        server.ca_file       # the test CA that signed the server's certificate
        server.stop()        # to see a directory go away (the block still cleans up)

The server's certificate names ``localhost`` only, so that ``127.0.0.1`` is a name that does
not match it.
        ...

``slapd`` is looked up in ``$RECOUVREMENT_SLAPD``, on ``PATH``, then in ``/usr/sbin`` (Debian's
``slapd`` package); its modules (``back_mdb``) and schemas in Debian's ``/usr/lib/ldap`` and
``/etc/ldap/schema`` (or their ``/usr/lib/openldap``, ``/etc/openldap/schema`` equivalents).
The server reads a plain ``slapd.conf`` (``-f``), keeps an ``mdb`` database, its TLS
certificate and its log in one temporary directory, runs in the foreground (``-d 0``) as a
child of the test process, and is killed and its directory removed at the end.

The tree (``dc=bank,dc=example``, admin ``cn=admin,dc=bank,dc=example``)::

    ou=people    the USERS below (inetOrgPerson, {SSHA} passwords, branch in ``l``)
    ou=groups    groupOfNames: recouvrement-supervisors, -officers, -auditors, -admins,
                 and cafeteria (a group that gives no role)
    ou=services  cn=recouvrement-app, the service account that may search (Active Directory
                 style sign-in)
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

with warnings.catch_warnings():
    # As in services/directory.py: ldap3 2.9.1 reads pyasn1's deprecated names on import.
    warnings.filterwarnings("ignore", r"(tag|type)Map is deprecated", DeprecationWarning)
    from ldap3 import Connection, Server
    from ldap3.core.exceptions import LDAPException
    from ldap3.utils.dn import escape_rdn

HOST = "127.0.0.1"
TLS_NAME = "localhost"  # the only name in the server's certificate
BASE_DN = "dc=bank,dc=example"
ADMIN_DN = f"cn=admin,{BASE_DN}"
ADMIN_PASSWORD = "admin-secret"
PEOPLE_DN = f"ou=people,{BASE_DN}"
GROUPS_DN = f"ou=groups,{BASE_DN}"
SERVICES_DN = f"ou=services,{BASE_DN}"
SERVICE_DN = f"cn=recouvrement-app,{SERVICES_DN}"
SERVICE_PASSWORD = "service-secret"

_MODULE_DIRS = (Path("/usr/lib/ldap"), Path("/usr/lib/openldap"), Path("/usr/lib64/openldap"))
_SCHEMA_DIRS = (Path("/etc/ldap/schema"), Path("/etc/openldap/schema"))
_SCHEMAS = ("core", "cosine", "inetorgperson")
_START_ATTEMPTS = 3
_START_TIMEOUT = 30.0
_POLL_STEP = 0.05


class SlapdUnavailableError(RuntimeError):
    """The OpenLDAP server (``slapd``) or its schemas are not installed."""


@dataclass(frozen=True)
class DirectoryUser:
    login: str
    password: str
    full_name: str
    branch: str | None
    groups: tuple[str, ...]

    @property
    def dn(self) -> str:
        return f"uid={escape_rdn(self.login)},{PEOPLE_DN}"


OFFICER = DirectoryUser(
    "mlefevre", "Officer-pass-1", "Marie Lefèvre", "Lyon Part-Dieu", ("recouvrement-officers",)
)
SUPERVISOR = DirectoryUser(
    "pgarnier",
    "Supervisor-pass-2",
    "Paul Garnier",
    "Lyon Part-Dieu",
    ("recouvrement-officers", "recouvrement-supervisors", "cafeteria"),
)
AUDITOR = DirectoryUser(
    "cmartin", "Auditor-pass-3", "Claire Martin", None, ("recouvrement-auditors",)
)
ADMIN = DirectoryUser("rdubois", "Admin-pass-4", "Romain Dubois", "Siège", ("recouvrement-admins",))
NO_ROLE = DirectoryUser("jdurand", "Cafeteria-pass-5", "Jeanne Durand", "Lyon", ("cafeteria",))
# A login made of DN and filter special characters: found only when both are escaped.
ODD_LOGIN = DirectoryUser(
    "a,b*(c)\\d", "Odd-pass-6", "Odd Login", "Lyon", ("recouvrement-officers",)
)
USERS = (OFFICER, SUPERVISOR, AUDITOR, ADMIN, NO_ROLE, ODD_LOGIN)
GROUP_NAMES = (
    "recouvrement-supervisors",
    "recouvrement-officers",
    "recouvrement-auditors",
    "recouvrement-admins",
    "cafeteria",
)


def find_slapd() -> Path | None:
    """The ``slapd`` program, or ``None`` when OpenLDAP's server is not installed."""
    override = os.environ.get("RECOUVREMENT_SLAPD")
    if override:
        return Path(override) if Path(override).is_file() else None
    found = shutil.which("slapd") or shutil.which("slapd", path="/usr/sbin:/usr/local/sbin")
    return Path(found) if found else None


def _schema_dir() -> Path:
    for folder in _SCHEMA_DIRS:
        if all((folder / f"{name}.schema").is_file() for name in _SCHEMAS):
            return folder
    raise SlapdUnavailableError(f"OpenLDAP schemas ({', '.join(_SCHEMAS)}) not found")


def _module_lines() -> list[str]:
    """``moduleload back_mdb`` where mdb is a module (Debian); nothing where it is built in."""
    for folder in _MODULE_DIRS:
        if any(folder.glob("back_mdb.*")):
            return [f"modulepath {folder}", "moduleload back_mdb"]
    return []


def free_port() -> int:
    """A TCP port nobody listens on right now (the caller retries if it is taken meanwhile)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def ssha(password: str) -> str:
    """``{SSHA}`` hash of a password, as ``slappasswd`` makes it."""
    salt = os.urandom(8)
    digest = hashlib.sha1(password.encode() + salt, usedforsecurity=False).digest()
    return "{SSHA}" + base64.b64encode(digest + salt).decode("ascii")


@dataclass(frozen=True)
class SlapdServer:
    """A running ``slapd``: its addresses, its CA certificate, and a way to stop it early."""

    root: Path
    port: int
    tls_port: int
    process: subprocess.Popen[bytes] = field(compare=False, repr=False)
    host: str = HOST

    @property
    def url(self) -> str:
        return f"ldap://{self.host}:{self.port}"

    @property
    def tls_url(self) -> str:
        return f"ldap://{TLS_NAME}:{self.port}"

    @property
    def ldaps_url(self) -> str:
        return f"ldaps://{TLS_NAME}:{self.tls_port}"

    @property
    def ca_file(self) -> Path:
        return self.root / "ca.pem"

    @property
    def log_file(self) -> Path:
        return self.root / "slapd.log"

    def log(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def admin_connection(self) -> Connection:
        return Connection(
            Server(self.host, port=self.port, connect_timeout=5),
            user=ADMIN_DN,
            password=ADMIN_PASSWORD,
            auto_bind=True,
            receive_timeout=10,
        )

    def stop(self) -> None:
        """Stop the server now (idempotent); its directory goes at the end of the block."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _write_certificates(root: Path) -> None:
    """A test CA and, signed by it, the server's certificate for ``localhost``."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Recouvrement test CA")])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, TLS_NAME)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName(TLS_NAME)]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    (root / "ca.pem").write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    (root / "server.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (root / "server.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


def _write_config(root: Path) -> Path:
    schema_dir = _schema_dir()
    (root / "data").mkdir()
    lines = [
        *(f"include {schema_dir / f'{name}.schema'}" for name in _SCHEMAS),
        *_module_lines(),
        f"pidfile {root / 'slapd.pid'}",
        f"argsfile {root / 'slapd.args'}",
        f"TLSCACertificateFile {root / 'ca.pem'}",
        f"TLSCertificateFile {root / 'server.pem'}",
        f"TLSCertificateKeyFile {root / 'server.key'}",
        "database mdb",
        "maxsize 16777216",
        f'suffix "{BASE_DN}"',
        f'rootdn "{ADMIN_DN}"',
        f"rootpw {ADMIN_PASSWORD}",
        f'directory "{root / "data"}"',
        "access to attrs=userPassword by self write by anonymous auth by * none",
        "access to * by * read",
    ]
    config = root / "slapd.conf"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def _answers(server: SlapdServer) -> bool:
    connection = Connection(
        Server(server.host, port=server.port, connect_timeout=1), receive_timeout=2
    )
    try:
        connection.open()
        return bool(connection.search("", "(objectClass=*)", "BASE", attributes=["1.1"]))
    except LDAPException:
        return False
    finally:
        connection.unbind()
        if connection.socket is not None:  # ldap3 leaves it open when the connection failed
            connection.socket.close()


def _start(slapd: Path, root: Path, config: Path) -> SlapdServer:
    """Start ``slapd`` on two fresh ports and wait until it answers; ``RuntimeError`` if not."""
    failure = ""
    for _attempt in range(_START_ATTEMPTS):
        port, tls_port = free_port(), free_port()
        urls = f"ldap://{HOST}:{port}/ ldaps://{HOST}:{tls_port}/"
        with (root / "slapd.log").open("ab") as log:
            # ``-d`` keeps slapd in the foreground, a child we can stop; its output goes to a
            # file, never to our pipes.
            process = subprocess.Popen(
                [str(slapd), "-f", str(config), "-h", urls, "-d", "0"],
                cwd=root,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        server = SlapdServer(root=root, port=port, tls_port=tls_port, process=process)
        deadline = time.monotonic() + _START_TIMEOUT
        while process.poll() is None and time.monotonic() < deadline:
            if _answers(server):
                return server
            time.sleep(_POLL_STEP)
        server.stop()
        # Most likely somebody took a port between our probe and the start.
        failure = server.log()
    raise RuntimeError(f"slapd did not start:\n{failure}")


def _entries() -> list[tuple[str, list[str], dict[str, object]]]:
    entries: list[tuple[str, list[str], dict[str, object]]] = [
        (BASE_DN, ["dcObject", "organization"], {"dc": "bank", "o": "Banque Exemple"}),
        (PEOPLE_DN, ["organizationalUnit"], {"ou": "people"}),
        (GROUPS_DN, ["organizationalUnit"], {"ou": "groups"}),
        (SERVICES_DN, ["organizationalUnit"], {"ou": "services"}),
        (
            SERVICE_DN,
            ["inetOrgPerson"],
            {"cn": "recouvrement-app", "sn": "service", "userPassword": ssha(SERVICE_PASSWORD)},
        ),
    ]
    for user in USERS:
        attributes: dict[str, object] = {
            "uid": user.login,
            "cn": user.full_name,
            "sn": user.full_name.rsplit(" ", 1)[-1],
            "userPassword": ssha(user.password),
        }
        if user.branch is not None:
            attributes["l"] = user.branch
        entries.append((user.dn, ["inetOrgPerson"], attributes))
    for group in GROUP_NAMES:
        members = [user.dn for user in USERS if group in user.groups]
        entries.append(
            (
                f"cn={group},{GROUPS_DN}",
                ["groupOfNames"],
                {"cn": group, "member": members or [ADMIN_DN]},
            )
        )
    return entries


def _load_tree(server: SlapdServer) -> None:
    connection = server.admin_connection()
    try:
        for dn, object_classes, attributes in _entries():
            if not connection.add(dn, object_classes, attributes):
                raise RuntimeError(f"could not add {dn}: {connection.result}")
    finally:
        connection.unbind()


@contextmanager
def running_slapd(slapd: Path | None = None) -> Iterator[SlapdServer]:
    """Start a fresh ``slapd`` with the test tree; stop it and remove everything after.

    Raises ``SlapdUnavailableError`` when ``slapd`` or its schemas are missing,
    ``RuntimeError`` (with the server's log) when the server does not start.
    """
    slapd = slapd or find_slapd()
    if slapd is None:
        raise SlapdUnavailableError("OpenLDAP server (slapd) not found")
    root = Path(tempfile.mkdtemp(prefix="rd-ldap-"))
    try:
        _write_certificates(root)
        server = _start(slapd, root, _write_config(root))
        try:
            _load_tree(server)
            yield server
        finally:
            server.stop()
    finally:
        with suppress(OSError):
            shutil.rmtree(root)


if __name__ == "__main__":  # pragma: no cover - manual check: python tests/directory_server.py
    with running_slapd() as running:
        print("started", running.url, running.ldaps_url, "in", running.root)
        check = running.admin_connection()
        check.search(PEOPLE_DN, "(objectClass=inetOrgPerson)", attributes=["uid"])
        print([entry.uid.value for entry in check.entries])
        check.unbind()
    print("stopped")
