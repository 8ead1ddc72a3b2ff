"""signed_event / post_signed_event: the bytes and headers Sinch would send, accepted by the
library's own verifier and by the example endpoints, with the shapes the sandbox emits."""

from __future__ import annotations

import importlib.util
import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest
from sinch_numbers_api.models import CallbackPayloadActiveNumber, CallbackPayloadNumberOrder

from sinch_numbers import NumbersClient
from sinch_numbers.sandbox import Sandbox
from sinch_numbers.testing import post_signed_event, signed_event
from sinch_numbers.webhooks import (
    NumbersEvent,
    WebhookReceiver,
    WebhookReplayError,
    WebhookSignatureError,
    verify_signature,
)

SECRET = "test-callback-secret-0123456789abcdef"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_default_event_is_a_signed_active_number_event() -> None:
    event = signed_event(secret=SECRET)
    verify_signature(event.body, event.headers, SECRET)
    assert event.headers["Content-Type"] == "application/json"
    assert json.loads(event.body) == event.payload
    parsed = WebhookReceiver(SECRET).verify_and_parse(event.body, event.headers)
    assert parsed is not None
    assert isinstance(parsed.payload, CallbackPayloadActiveNumber)
    assert (parsed.resource_id, parsed.project_id) == ("+12025550134", "sandbox-project")
    assert parsed.payload.status == "SUCCEEDED"
    assert parsed.event_id == event.event_id and len(event.event_id) == 26
    assert "secret" not in repr(event).lower() and SECRET not in repr(event)


def test_order_event_defaults() -> None:
    event = signed_event("NUMBER_ORDER_PROCESSING", secret=SECRET, status="BLOCKED")
    parsed = event.parsed()
    assert isinstance(parsed.payload, CallbackPayloadNumberOrder)
    assert parsed.resource_type == "NUMBER_ORDER"
    assert parsed.payload.status == "BLOCKED"
    assert parsed.resource_id and parsed.resource_id != "+12025550134"
    assert signed_event("NUMBER_ORDER_PROCESSING", secret=None).payload["status"] == "COMPLETED"


def test_timestamps_are_written_like_sinchs_and_age_checks_work() -> None:
    moment = datetime(2024, 5, 6, 9, 30, 0, 123456, tzinfo=timezone(timedelta(hours=2)))
    event = signed_event(secret=SECRET, timestamp=moment)
    assert event.payload["timestamp"] == "2024-05-06T07:30:00.123456"  # UTC, no zone
    assert event.parsed().timestamp == moment
    receiver = WebhookReceiver(SECRET, max_age=timedelta(hours=1))
    assert receiver.verify_and_parse(*_request(signed_event(secret=SECRET))) is not None
    old = signed_event(secret=SECRET, timestamp=datetime.now(UTC) - timedelta(days=2))
    with pytest.raises(WebhookReplayError):
        receiver.verify_and_parse(*_request(old))


def test_strict_by_default_with_an_escape_hatch() -> None:
    with pytest.raises(ValueError, match=r"event_type='PROVISONING_TO_SMS_PLATFORM' is not in"):
        signed_event("PROVISONING_TO_SMS_PLATFORM", secret=SECRET)
    with pytest.raises(ValueError, match="status='DONE'.*COMPLETED"):
        signed_event("NUMBER_ORDER_PROCESSING", secret=SECRET, status="DONE")
    with pytest.raises(ValueError, match="failure_code='OOPS'"):
        signed_event(secret=SECRET, status="FAILED", failure_code="OOPS")
    with pytest.raises(ValueError, match="failure_code belongs to ACTIVE_NUMBER"):
        signed_event("NUMBER_ORDER_PROCESSING", secret=SECRET, failure_code="INSUFFICIENT_BALANCE")
    newer = signed_event(
        "PROVISIONING_TO_RCS",
        secret=SECRET,
        status="PARTIAL",
        extra={"channel": "rcs"},
        strict=False,
    )
    parsed = newer.parsed()
    assert not parsed.payload.event_type.is_known
    assert parsed.raw["channel"] == "rcs"
    unknown_kind = signed_event("X", resource_type="BRAND", secret=SECRET, strict=False).parsed()
    assert not unknown_kind.is_known


def test_failure_code_and_unsigned_events() -> None:
    failed = signed_event(
        "PROVISIONING_TO_CAMPAIGN", secret=SECRET, status="FAILED", failure_code="CAMPAIGN_EXPIRED"
    )
    assert failed.parsed().payload.failure_code == "CAMPAIGN_EXPIRED"
    unsigned = signed_event(secret=None)
    assert unsigned.signature is None
    with pytest.raises(WebhookSignatureError) as info:
        verify_signature(unsigned.body, unsigned.headers, SECRET)
    assert info.value.reason == "missing"


def _request(event: Any) -> tuple[bytes, dict[str, str]]:
    return event.body, event.headers


# -- posting to real endpoints ----------------------------------------------------------


def _example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def wsgi_endpoint() -> Iterator[tuple[str, list[NumbersEvent]]]:
    """examples/webhook_wsgi.py behind a real loopback HTTP server."""
    events: list[NumbersEvent] = []
    app = _example("webhook_wsgi").create_app(SECRET, on_event=events.append)
    server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/sinch/events", events
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_post_to_a_loopback_endpoint(wsgi_endpoint: tuple[str, list[NumbersEvent]]) -> None:
    url, events = wsgi_endpoint
    response = post_signed_event(url, event_type="NUMBER_ORDER_PROCESSING", secret=SECRET)
    assert response.status_code == 200
    assert [e.raw["eventType"] for e in events] == ["NUMBER_ORDER_PROCESSING"]
    event = signed_event(secret=SECRET)
    assert post_signed_event(url, event).status_code == 200
    assert post_signed_event(url, event).status_code == 200  # a duplicate: acknowledged...
    assert len(events) == 2  # ...but handled once
    assert post_signed_event(url, secret="not-the-endpoints-secret-000000000").status_code == 401
    with pytest.raises(TypeError, match="not both"):
        post_signed_event(url, event, secret=SECRET)


def test_post_through_an_in_process_client() -> None:
    events: list[NumbersEvent] = []
    app = _example("webhook_wsgi").create_app(SECRET, on_event=events.append)
    transport = httpx.WSGITransport(app=app)
    with httpx.Client(transport=transport, base_url="http://handler") as client:
        response = post_signed_event("/sinch/events", client=client, secret=SECRET)
        assert response.status_code == 200
        stale = signed_event(secret=SECRET, timestamp=datetime.now(UTC) - timedelta(days=1))
        assert post_signed_event("/sinch/events", stale, client=client).status_code == 400
    assert len(events) == 1


def test_the_shapes_match_what_the_sandbox_sends(
    sinch_sandbox: Sandbox, sinch_client: NumbersClient
) -> None:
    """The sandbox's callbacks and signed_event() carry the same fields."""
    sinch_client.callback_configuration.update(hmac_secret=SECRET)
    sinch_client.available_numbers.rent(
        "+12025550134",
        sms_configuration={"servicePlanId": "SANDBOX_FAIL"},
        callback_url="http://127.0.0.1:9/never-listening",
    )
    order = sinch_client.number_orders.create(
        region_code="US",
        number_type="LOCAL",
        quantity_order_option={"requestedQuantity": 1},
        callback_url="http://127.0.0.1:9/never-listening",
    )
    assert order.id_number_order
    sinch_client.number_orders.submit(order.id_number_order)
    sinch_sandbox.advance_time(sinch_sandbox.config.review_delay + 1)
    sent = {f"{c['resourceType']}/{c['status']}": c for c in _payloads(sinch_sandbox)}
    ours = {
        "ACTIVE_NUMBER/FAILED": signed_event(
            "PROVISIONING_TO_SMS_PLATFORM", secret=SECRET, status="FAILED"
        ).payload,
        "NUMBER_ORDER/COMPLETED": signed_event("NUMBER_ORDER_PROCESSING", secret=SECRET).payload,
    }
    for key, payload in ours.items():
        assert set(sent[key]) == set(payload), key
        assert sent[key]["eventType"] == payload["eventType"]


def _payloads(sb: Sandbox) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        payloads = [c.payload for c in sb.state.callbacks()]
        if {p["resourceType"] for p in payloads} >= {"ACTIVE_NUMBER", "NUMBER_ORDER"}:
            return payloads
        time.sleep(0.02)
    raise AssertionError(f"no callbacks of both kinds: {sb.state.callbacks()}")


def test_a_client_gets_the_exact_bytes() -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204))
    event = signed_event(secret=SECRET)
    with httpx.Client(transport=transport, base_url="http://handler") as client:
        assert post_signed_event("/events", event, client=client).status_code == 204
    assert seen[0].content == event.body
    assert seen[0].headers["x-sinch-signature"] == event.signature
