"""A local RFC 3161 timestamp authority for the tests: pyHanko's ``DummyTimeStamper``
answering ``application/timestamp-query`` POSTs over ``http.server`` on a free port."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from asn1crypto import keys, tsp  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from tests.seal_certificates import Identity


@dataclass
class Authority:
    url: str
    answered: list[int] = field(default_factory=list)  # the status of each answer


@contextmanager
def timestamp_authority(identity: Identity) -> Iterator[Authority]:
    """Serve timestamps signed by *identity* (a certificate for time stamping)."""
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(identity.cert_der),
        tsa_key=keys.PrivateKeyInfo.load(identity.key_der),
        # the authority's CA travels with its timestamps, as real authorities do
        certs_to_embed=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [
                asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
                for c in identity.chain
            ]
        ),
    )
    answered: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            try:
                request = tsp.TimeStampReq.load(body)
                answer = stamper.request_tsa_response(request).dump()
            except Exception:
                answered.append(400)
                self.send_error(400)
                return
            answered.append(200)
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Authority(url=f"http://127.0.0.1:{server.server_address[1]}/", answered=answered)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
