"""The webhook examples, driven over HTTP: 200 for valid events, 401 for bad signatures."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import importlib.util
import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest

from sinch_numbers.webhooks import NumbersEvent

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SECRET = "example-secret"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def body_for(event_id: str, *, age: timedelta = timedelta(0)) -> bytes:
    sent = datetime.now(UTC) - age
    return json.dumps(
        {
            "eventId": event_id,
            "timestamp": sent.replace(tzinfo=None).isoformat(),
            "projectId": "abcd12ef-ab12-ab12-bc34-abcdef123456",
            "resourceType": "NUMBER_ORDER",
            "resourceId": "01jgkbb8xywmz3hhahd76menqf",
            "eventType": "NUMBER_ORDER_PROCESSING",
            "status": "COMPLETED",
        }
    ).encode()


def signature(body: bytes, secret: str = SECRET) -> dict[str, str]:
    digest = hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()
    return {"X-Sinch-Signature": digest, "Content-Type": "application/json"}


Post = Callable[[bytes, dict[str, str]], int]


class Harness:
    """One example app, and a way to POST to it; records the events it handled."""

    def __init__(self) -> None:
        self.events: list[NumbersEvent] = []
        self.fail_next = False
        self.post: Post

    def on_event(self, event: NumbersEvent) -> None:
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("queue unavailable")
        self.events.append(event)


def starlette_harness() -> Iterator[Harness]:
    """The Starlette app through httpx's ASGI transport."""
    harness = Harness()
    app = load("webhook_starlette").create_app(SECRET, on_event=harness.on_event)

    async def send(body: bytes, headers: dict[str, str]) -> int:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.post("/sinch/events", content=body, headers=headers)
        return response.status_code

    harness.post = lambda body, headers: asyncio.run(send(body, headers))
    yield harness


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def wsgi_harness() -> Iterator[Harness]:
    """The plain WSGI app behind a real loopback HTTP server."""
    harness = Harness()
    app = load("webhook_wsgi").create_app(SECRET, on_event=harness.on_event)
    server = make_server("127.0.0.1", 0, app, handler_class=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{server.server_port}") as client:
            harness.post = lambda body, headers: client.post(
                "/sinch/events", content=body, headers=headers
            ).status_code
            yield harness
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def flask_harness() -> Iterator[Harness]:
    harness = Harness()
    app = load("webhook_wsgi").create_flask_app(SECRET, on_event=harness.on_event)
    client = app.test_client()
    harness.post = lambda body, headers: client.post(
        "/sinch/events", data=body, headers=headers
    ).status_code
    yield harness


@pytest.fixture(params=[starlette_harness, wsgi_harness, flask_harness], ids=lambda f: f.__name__)
def harness(request: pytest.FixtureRequest) -> Iterator[Harness]:
    yield from request.param()


def test_valid_event_is_accepted_and_handled(harness: Harness) -> None:
    body = body_for("evt-1")
    assert harness.post(body, signature(body)) == 200
    assert [event.event_id for event in harness.events] == ["evt-1"]
    assert harness.events[0].raw["status"] == "COMPLETED"


def test_duplicate_is_acknowledged_but_not_handled_twice(harness: Harness) -> None:
    body = body_for("evt-1")
    assert harness.post(body, signature(body)) == 200
    assert harness.post(body, signature(body)) == 200
    assert len(harness.events) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Sinch-Signature": "nothex"},
        {"X-Sinch-Signature": "0" * 40},
    ],
    ids=["missing", "malformed", "mismatch"],
)
def test_bad_signature_is_401(harness: Harness, headers: dict[str, str]) -> None:
    assert harness.post(body_for("evt-1"), headers) == 401
    assert harness.events == []


def test_wrong_secret_and_tampered_body_are_401(harness: Harness) -> None:
    body = body_for("evt-1")
    assert harness.post(body, signature(body, "some other secret")) == 401
    assert harness.post(body.replace(b"COMPLETED", b"REJECTED"), signature(body)) == 401
    assert harness.events == []


def test_stale_event_is_400(harness: Harness) -> None:
    body = body_for("evt-old", age=timedelta(days=2))
    assert harness.post(body, signature(body)) == 400
    assert harness.events == []


def test_header_name_case_does_not_matter(harness: Harness) -> None:
    body = body_for("evt-2")
    digest = signature(body)["X-Sinch-Signature"]
    assert harness.post(body, {"x-sinch-signature": digest.upper()}) == 200
    assert len(harness.events) == 1


def test_failed_handling_is_500_and_the_retry_is_handled(harness: Harness) -> None:
    body = body_for("evt-3")
    harness.fail_next = True
    assert harness.post(body, signature(body)) == 500
    assert harness.events == []
    assert harness.post(body, signature(body)) == 200  # Sinch's redelivery
    assert [event.event_id for event in harness.events] == ["evt-3"]
