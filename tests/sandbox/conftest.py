"""Fixtures: one shared sandbox (reset before each test), wire-level clients that
check every response against the pinned spec, and a loopback callback receiver."""

from __future__ import annotations

import functools
import json
import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

from sinch_numbers.sandbox import Sandbox
from sinch_numbers.sandbox.spec import load_spec, operations, response_schema, validator

#: Tiny delays keep the state machine tests fast.
FAST: dict[str, Any] = {
    # every response here is checked against the spec (check_against_spec): the spec-exact
    # mode; the default server-shaped answers are covered by test_shapes.py
    "shapes": "spec",
    "review_delay": 0.1,
    "provisioning_delay": 0.06,
    "callback_backoff": 0.02,
    "tick": 0.01,
}

# Keys under which the API returns free-form JSON (not spec-defined names).
_FREE_FORM = {"fields", "requestDetails"}


def _spec_property_names() -> set[str]:
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            props = node.get("properties")
            if isinstance(props, dict):
                names.update(props)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_spec()["components"]["schemas"])
    return names


_KNOWN_NAMES = _spec_property_names()


def _unknown_keys(value: Any, path: str = "") -> list[str]:
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in _KNOWN_NAMES:
                found.append(f"{path}.{key}")
            if key not in _FREE_FORM:
                found.extend(_unknown_keys(item, f"{path}.{key}"))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found.extend(_unknown_keys(item, f"{path}[{i}]"))
    return found


@functools.cache
def _response_validator(operation_id: str, status: int) -> Draft202012Validator | None:
    schema = response_schema(operation_id, status)
    return validator(schema) if schema else None


def check_against_spec(response: httpx.Response) -> None:
    """Fail unless a JSON response matches the spec's schema for its operation and
    status, and uses only field names the spec defines."""
    response.read()
    path, method = response.request.url.path, response.request.method
    op = next((o for o in operations() if o.method == method and o.pattern.fullmatch(path)), None)
    if op is None or not response.content:
        return
    body = response.json()
    check = _response_validator(op.operation_id, response.status_code)
    if check is not None:
        errors = [e.message for e in check.iter_errors(body)]
        assert not errors, f"{op.operation_id} {response.status_code} breaks the spec: {errors}"
    unknown = _unknown_keys(body)
    assert not unknown, f"{op.operation_id} returned names the spec lacks: {unknown}"


def api_client(sb: Sandbox, **kwargs: Any) -> httpx.Client:
    kwargs.setdefault("auth", (sb.key_id, sb.key_secret))
    return httpx.Client(
        base_url=f"{sb.base_url}/v1/projects/{sb.project_id}",
        trust_env=False,
        verify=False,  # plain http; skips building a TLS context per client
        timeout=5,
        event_hooks={"response": [check_against_spec]},
        **kwargs,
    )


@pytest.fixture(scope="session")
def shared_sandbox() -> Iterator[Sandbox]:
    with Sandbox(**FAST) as sb:
        yield sb


@pytest.fixture
def sb(shared_sandbox: Sandbox) -> Sandbox:
    shared_sandbox.reset()
    return shared_sandbox


@pytest.fixture
def api(sb: Sandbox) -> Iterator[httpx.Client]:
    with api_client(sb) as client:
        yield client


@pytest.fixture
def root(sb: Sandbox) -> Iterator[httpx.Client]:
    """A client on the sandbox root (token endpoint, admin endpoints), no auth."""
    with httpx.Client(base_url=sb.base_url, trust_env=False, verify=False, timeout=5) as client:
        yield client


def assert_error(
    response: httpx.Response, code: int, status: str, field: str | None = None
) -> dict[str, Any]:
    """Assert Sinch's error shape; returns the ``error`` object."""
    assert response.status_code == code, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, Any] = response.json()["error"]
    assert error["code"] == code
    assert error["status"] == status
    assert isinstance(error["message"], str)
    assert isinstance(error["details"], list)
    if field is not None:
        fields = [v["field"] for d in error["details"] for v in d.get("fieldViolations", [])]
        assert field in fields, fields
        assert error["details"][0]["type"] == "BadRequest"
    return error


# -- callback receiver -------------------------------------------------------------
@dataclass
class Received:
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class CallbackReceiver:
    """A loopback HTTP server recording POSTs; answers ``statuses`` in order, then 200."""

    url: str = ""
    statuses: list[int] = field(default_factory=list)
    received: queue.Queue[Received] = field(default_factory=queue.Queue)
    attempts: int = 0

    def wait(self, count: int, timeout: float = 5.0) -> list[Received]:
        return [self.received.get(timeout=timeout) for _ in range(count)]


@pytest.fixture
def receiver() -> Iterator[CallbackReceiver]:
    state = CallbackReceiver()
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with lock:
                state.attempts += 1
                status = state.statuses.pop(0) if state.statuses else 200
            if status == 200:
                state.received.put(Received(dict(self.headers.items()), body))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/callback"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def eventually(check: Any, timeout: float = 3.0, interval: float = 0.02) -> Any:
    """Poll ``check()`` until it returns something truthy (or fail after ``timeout``)."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s (last: {result!r})")
        time.sleep(interval)
