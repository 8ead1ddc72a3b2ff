"""One TLS context per process and trust setting (``sinch_numbers/_http.py``), over real HTTPS.

A loopback HTTPS server with a self-signed certificate (made by the ``openssl`` command) is
trusted only when ``SSL_CERT_FILE`` names it: the shared context must follow that variable,
as httpx's own ``verify=True`` does, and still be built once per setting.
"""

from __future__ import annotations

import json
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from sinch_numbers import APIConnectionError, NumbersClient
from sinch_numbers._http import new_async_client, new_client, shared_ssl_context

PROJECT = "tls-project"


class _Regions(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"availableRegions": [{"regionCode": "US"}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """(base URL, certificate file) of an HTTPS server on 127.0.0.1 with its own CA-less cert."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Regions)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", cert
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _client(base_url: str) -> NumbersClient:
    return NumbersClient(PROJECT, "key", "secret", auth="basic", base_url=base_url, max_retries=0)


def test_clients_share_one_context_per_trust_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    default = shared_ssl_context()
    assert shared_ssl_context() is default
    with new_client(5.0) as one, new_client(5.0) as two:
        for client in (one, two):
            assert client._transport._pool._ssl_context is default  # type: ignore[attr-defined]
    assert new_async_client(5.0)._transport._pool._ssl_context is default  # type: ignore[attr-defined]

    import certifi

    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    other = shared_ssl_context()
    assert other is not default and shared_ssl_context() is other


def test_an_untrusted_certificate_is_refused(
    https_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    base_url, _ = https_server
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with _client(base_url) as client, pytest.raises(APIConnectionError) as caught:
        client.regions.list()
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value.__cause__)


def test_ssl_cert_file_is_honoured(
    https_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    base_url, cert = https_server
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    with _client(base_url) as first, _client(base_url) as second:
        assert [r.region_code for r in first.regions.list().available_regions or []] == ["US"]
        assert [r.region_code for r in second.regions.list().available_regions or []] == ["US"]
