"""Callback configuration and callback delivery (signing, retries, number events)."""

from __future__ import annotations

import hashlib
import hmac

import httpx

from sinch_numbers.sandbox import Sandbox
from sinch_numbers.webhooks import verify_signature

from .conftest import CallbackReceiver, assert_error, eventually

SECRET = "a" * 16 + "-" + "B" * 16


def test_callback_configuration(api: httpx.Client, sb: Sandbox) -> None:
    assert api.get("/callbackConfiguration").json() == {"projectId": sb.project_id}
    updated = api.patch("/callbackConfiguration", json={"hmacSecret": SECRET})
    assert updated.json() == {"projectId": sb.project_id, "hmacSecret": SECRET}
    assert api.get("/callbackConfiguration").json()["hmacSecret"] == SECRET
    for bad in ("short", "x" * 65, "has spaces in it but is long enough ok"):
        response = api.patch("/callbackConfiguration", json={"hmacSecret": bad})
        assert_error(response, 400, "INVALID_ARGUMENT", field="hmacSecret")
    assert api.patch("/callbackConfiguration", json={}).json()["hmacSecret"] == SECRET
    cleared = api.patch("/callbackConfiguration", json={"hmacSecret": None})
    assert cleared.json() == {"projectId": sb.project_id}


def test_number_events_are_signed_and_verifiable(
    api: httpx.Client, receiver: CallbackReceiver
) -> None:
    api.patch("/callbackConfiguration", json={"hmacSecret": SECRET})
    api.post(
        "/availableNumbers/+12025550134:rent",
        json={
            "smsConfiguration": {"servicePlanId": "plan-1", "campaignId": "camp-1"},
            "voiceConfiguration": {"type": "RTC", "appId": "app-1"},
            "callbackUrl": receiver.url,
        },
    )
    events = receiver.wait(3)
    kinds = sorted(e.json()["eventType"] for e in events)
    assert kinds == [
        "PROVISIONING_TO_CAMPAIGN",
        "PROVISIONING_TO_SMS_PLATFORM",
        "PROVISIONING_TO_VOICE_PLATFORM",
    ]
    for event in events:
        verify_signature(event.body, event.headers, SECRET)
        expected = hmac.new(SECRET.encode(), event.body, hashlib.sha1).hexdigest()
        assert event.headers["X-Sinch-Signature"] == expected
        assert event.headers["Content-Type"] == "application/json"
        payload = event.json()
        assert payload["resourceType"] == "ACTIVE_NUMBER"
        assert payload["resourceId"] == "+12025550134"
        assert payload["status"] == "SUCCEEDED"
        assert "failureCode" not in payload


def test_failed_provisioning_reports_failure_code(
    api: httpx.Client, receiver: CallbackReceiver
) -> None:
    api.post(
        "/availableNumbers/+12025550134:rent",
        json={
            "smsConfiguration": {"servicePlanId": "plan", "campaignId": "SANDBOX_FAIL"},
            "callbackUrl": receiver.url,
        },
    )
    (event,) = receiver.wait(1)
    assert "X-Sinch-Signature" not in event.headers  # no hmacSecret configured
    payload = event.json()
    assert payload["eventType"] == "PROVISIONING_TO_CAMPAIGN"
    assert payload["status"] == "FAILED"
    assert payload["failureCode"] == "CAMPAIGN_NOT_AVAILABLE"
    sms = api.get("/activeNumbers/+12025550134").json()["smsConfiguration"]
    assert sms["scheduledProvisioning"]["status"] == "FAILED"
    assert sms["scheduledProvisioning"]["errorCodes"] == ["CAMPAIGN_NOT_AVAILABLE"]


def test_failed_deliveries_are_retried(
    api: httpx.Client, sb: Sandbox, receiver: CallbackReceiver
) -> None:
    receiver.statuses = [500, 503]
    api.post(
        "/availableNumbers/+12025550134:rent",
        json={"smsConfiguration": {"servicePlanId": "p"}, "callbackUrl": receiver.url},
    )
    (event,) = receiver.wait(1)
    assert event.json()["eventType"] == "PROVISIONING_TO_SMS_PLATFORM"
    assert receiver.attempts == 3
    (record,) = eventually(lambda: [c for c in sb.state.callbacks() if c.state == "delivered"])
    assert record.attempts == 3


def test_undeliverable_callbacks_give_up_without_blocking(api: httpx.Client, sb: Sandbox) -> None:
    response = api.post(
        "/availableNumbers/+12025550134:rent",
        json={"smsConfiguration": {"servicePlanId": "p"}, "callbackUrl": "http://127.0.0.1:9/"},
    )
    assert response.status_code == 200
    (record,) = eventually(lambda: [c for c in sb.state.callbacks() if c.state == "failed"])
    assert record.attempts == sb.config.callback_retries + 1
    assert record.last_error
