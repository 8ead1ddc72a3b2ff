"""Fixtures for the end-to-end workflow tests: a sandbox per test (always stopped), clients of
both flavours that count the API requests they send, and a callback receiver."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from sinch_numbers import AsyncNumbersClient, NumbersClient

from .flavors import FLAVORS, Flavor

#: Small delays keep the whole state machine well under a second per test.
FAST = {"review_delay": 0.05, "provisioning_delay": 0.0, "tick": 0.01}


@pytest.fixture(params=FLAVORS, ids=lambda f: f.name)
def fl(request: pytest.FixtureRequest) -> Flavor:
    flavor: Flavor = request.param
    return flavor


@pytest.fixture
def make_sandbox() -> Iterator[Callable[..., Any]]:
    """``make_sandbox(**config)`` starts a sandbox on a free port; all stop after the test."""
    pytest.importorskip("starlette")
    from sinch_numbers.sandbox import Sandbox

    with contextlib.ExitStack() as stack:

        def make(**config: Any) -> Sandbox:
            return stack.enter_context(Sandbox(**{**FAST, **config}))

        yield make


@pytest.fixture
def sandbox(make_sandbox: Callable[..., Any]) -> Any:
    return make_sandbox()


class Requests:
    """An httpx request hook that records the API requests (not token requests) sent."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def __call__(self, request: httpx.Request) -> None:
        if not request.url.path.endswith("/oauth2/token"):
            self.sent.append(f"{request.method} {request.url.path.rsplit('/', 1)[-1]}")

    async def hook(self, request: httpx.Request) -> None:
        self(request)

    def __len__(self) -> int:
        return len(self.sent)


@dataclass
class Connection:
    """A client for the sandbox, in the test's flavour, and what it sent."""

    flavor: Flavor
    sandbox: Any
    requests: Requests = field(default_factory=Requests)
    clients: list[Any] = field(default_factory=list)

    def client(self) -> Any:
        """A new client (a "new process" after a crash, when called again)."""
        sb = self.sandbox
        options: dict[str, Any] = {"base_url": sb.base_url, "auth_url": sb.auth_url}
        if self.flavor.is_async:
            http: Any = httpx.AsyncClient(event_hooks={"request": [self.requests.hook]})
            made: Any = AsyncNumbersClient(
                sb.project_id, sb.key_id, sb.key_secret, http_client=http, **options
            )
        else:
            http = httpx.Client(event_hooks={"request": [self.requests]})
            made = NumbersClient(
                sb.project_id, sb.key_id, sb.key_secret, http_client=http, **options
            )
        self.clients.append((made, http))
        return made

    async def close(self) -> None:
        for made, http in self.clients:
            if self.flavor.is_async:
                await made.aclose()
                await http.aclose()
            else:
                made.close()
                http.close()


@pytest.fixture
async def connect(fl: Flavor) -> AsyncIterator[Callable[[Any], Connection]]:
    made: list[Connection] = []

    def connect(sandbox: Any) -> Connection:
        made.append(Connection(fl, sandbox))
        return made[-1]

    yield connect
    for connection in made:
        await connection.close()


@dataclass
class Received:
    body: bytes
    headers: dict[str, str]


class CallbackReceiver:
    """Collects the POSTs the sandbox delivers, on a loopback port."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self._changed = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with receiver._changed:
                    receiver.received.append(Received(body, dict(self.headers.items())))
                    receiver._changed.notify_all()
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/callbacks"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def wait_for(self, status: str, timeout: float = 5.0) -> Received:
        def found() -> Received | None:
            return next((r for r in self.received if json.loads(r.body)["status"] == status), None)

        with self._changed:
            self._changed.wait_for(lambda: found() is not None, timeout=timeout)
            hit = found()
        if hit is None:
            raise AssertionError(f"no {status} callback within {timeout}s: {self.received}")
        return hit

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def callbacks() -> Iterator[CallbackReceiver]:
    receiver = CallbackReceiver()
    try:
        yield receiver
    finally:
        receiver.close()
