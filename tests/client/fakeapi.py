"""A scriptable Numbers API + OAuth token endpoint on 127.0.0.1, for tests.

A real socket server (``http.server``, one thread per connection), so tests exercise httpx's
real transport: timeouts, dropped connections and connection pooling behave as in production.

    with FakeAPI() as api:
        api.script("POST", "/v1/projects/p1/availableNumbers:rentAny", Reply(500), Reply(200))
        ...
        assert api.count("POST", "/v1/projects/p1/availableNumbers:rentAny") == 1

Unscripted API requests get a small default JSON answer. Every request needs valid
credentials: a live bearer token from ``/oauth2/token`` or Basic ``KEY_ID:KEY_SECRET``.
"""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

KEY_ID = "test-key-id"
KEY_SECRET = "s3cr3t-key-SECRET"  # distinctive, so tests can grep logs and reprs for it
TOKEN_PATH = "/oauth2/token"
PROJECT = "p1"


@dataclass
class Reply:
    """One scripted answer. ``drop`` closes the connection without answering; ``truncate``
    announces a longer body than it sends, then closes (a connection reset mid-response)."""

    status: int = 200
    body: Any = None  # dict/list -> JSON, str/bytes -> as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False
    truncate: bool = False

    def encoded(self) -> tuple[bytes, str]:
        if isinstance(self.body, bytes):
            return self.body, "application/octet-stream"
        if isinstance(self.body, str):
            return self.body.encode(), "text/html; charset=utf-8"
        if self.body is None:
            return b"", "application/json"
        return json.dumps(self.body).encode(), "application/json"


def sinch_error(status: int, code_name: str, message: str, details: Any = None) -> Reply:
    """A Reply with Sinch's error body ``{"error": {code, message, status, details}}``."""
    error: dict[str, Any] = {"code": status, "message": message, "status": code_name}
    if details is not None:
        error["details"] = details
    return Reply(status, {"error": error})


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class FakeAPI:
    """The server and its state. Thread-safe; start with ``with`` or ``start()``."""

    def __init__(self) -> None:
        self.token_ttl = 3600  # expires_in of issued tokens
        self.token_delay = 0.0  # seconds the token endpoint takes to answer
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        self._counts: Counter[tuple[str, str]] = Counter()
        self._scripts: dict[tuple[str, str], deque[Reply]] = {}
        self._valid_tokens: set[str] = set()
        self._issued = 0
        self._served = 0
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FakeAPI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def token_url(self) -> str:
        return self.base_url + TOKEN_PATH

    def url(self, path: str) -> str:
        return self.base_url + path

    # -- scripting and inspection ------------------------------------------------------------

    def script(self, method: str, path: str, *replies: Reply) -> None:
        """Answer the next requests to ``method path`` with ``replies``, in order."""
        with self._lock:
            self._scripts.setdefault((method.upper(), path), deque()).extend(replies)

    def script_token(self, *replies: Reply) -> None:
        self.script("POST", TOKEN_PATH, *replies)

    def count(self, method: str, path: str) -> int:
        with self._lock:
            return self._counts[(method.upper(), path)]

    @property
    def token_requests(self) -> int:
        return self.count("POST", TOKEN_PATH)

    @property
    def api_requests(self) -> int:
        with self._lock:
            return sum(n for (_, path), n in self._counts.items() if path != TOKEN_PATH)

    def accept_token(self, token: str) -> None:
        """Treat ``token`` as issued (for scripted token replies)."""
        with self._lock:
            self._valid_tokens.add(token)

    def expire_tokens(self) -> None:
        """Make every token issued so far invalid, as if it had expired server-side."""
        with self._lock:
            self._valid_tokens.clear()

    # -- request handling (called from server threads) ---------------------------------------

    def _record(self, seen: Seen) -> tuple[int, Reply | None]:
        with self._lock:
            self.requests.append(seen)
            self._counts[(seen.method, seen.path)] += 1
            self._served += 1
            queue = self._scripts.get((seen.method, seen.path))
            return self._served, (queue.popleft() if queue else None)

    def _issue_token(self) -> dict[str, Any]:
        with self._lock:
            self._issued += 1
            token = f"tok-{self._issued}"
            self._valid_tokens.add(token)
        return {"access_token": token, "expires_in": self.token_ttl, "token_type": "bearer"}

    def _authorized(self, header: str) -> bool:
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer":
            with self._lock:
                return value in self._valid_tokens
        if scheme.lower() == "basic":
            return _basic_ok(value)
        return False

    def _answer(self, seen: Seen) -> tuple[int, Reply]:
        number, scripted = self._record(seen)
        return number, self._choose(seen, number, scripted)

    def _choose(self, seen: Seen, number: int, scripted: Reply | None) -> Reply:
        auth = seen.headers.get("authorization", "")
        if seen.path == TOKEN_PATH:
            if scripted is not None:
                return scripted
            scheme, _, value = auth.partition(" ")
            form = parse_qs(seen.body.decode())
            if scheme.lower() != "basic" or not _basic_ok(value):
                return Reply(401, {"error": "invalid_client", "error_description": "Bad key."})
            if form.get("grant_type") != ["client_credentials"]:
                return Reply(400, {"error": "unsupported_grant_type"})
            return Reply(200, self._issue_token(), delay=self.token_delay)
        if not self._authorized(auth):
            return sinch_error(401, "UNAUTHENTICATED", "Invalid or expired credentials.")
        if scripted is not None:
            return scripted
        return Reply(200, {"ok": True, "method": seen.method, "path": seen.path, "n": number})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # 100 concurrent test clients must not overflow the backlog
    fake: FakeAPI


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as a real API behaves
    disable_nagle_algorithm = True  # headers and body are separate writes

    def _handle(self) -> None:
        fake = self.server.fake  # type: ignore[attr-defined]
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        seen = Seen(
            method=self.command,
            path=urlsplit(self.path).path,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        number, reply = fake._answer(seen)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        content, content_type = reply.encoded()
        self.send_response(reply.status)
        headers = {"content-type": content_type, "x-request-id": f"req-{number}"}
        headers.update({k.lower(): v for k, v in reply.headers.items()})
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(content) + (64 if reply.truncate else 0)))
        self.end_headers()
        self.wfile.write(content)
        if reply.truncate:
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _handle

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _basic_ok(value: str) -> bool:
    try:
        decoded = base64.b64decode(value).decode()
    except ValueError:
        return False
    return decoded == f"{KEY_ID}:{KEY_SECRET}"


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens: connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
