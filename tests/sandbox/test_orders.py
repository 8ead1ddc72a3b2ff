"""Number orders: requirements, create, registration, attachments, the state
machine end to end (with signed callbacks), rejection, blocking and expiry."""

from __future__ import annotations

import copy
import hashlib
import hmac
from typing import Any

import httpx
import pytest
from spec_examples import au_registration

from sinch_numbers.sandbox import Sandbox

from .conftest import CallbackReceiver, assert_error, eventually

AU_NUMBER = "+61411111112"
AU_ATTACHMENT = "01jxn2251d0shhamtbykft2xzx"
HMAC_SECRET = "0123456789abcdef-0123456789abcdef"

# The spec's own AU registration example (its request details; the attachments are uploaded).
AU_REGISTRATION: dict[str, Any] = {"requestDetails": au_registration()["requestDetails"]}


def _au_order(api: httpx.Client, callback_url: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "regionCode": "AU",
        "numberType": "MOBILE",
        "smsConfiguration": {"servicePlanId": "1dez6a8300774283a4256aa756a11111"},
        "numberOrderOption": {"phoneNumbers": [AU_NUMBER]},
    }
    if callback_url:
        body["callbackUrl"] = callback_url
    response = api.post("/numberOrders:createNumberOrder", json=body)
    assert response.status_code == 200, response.text
    order: dict[str, Any] = response.json()
    return order


def _upload(
    api: httpx.Client,
    order_id: str,
    content: bytes = b"%PDF-1.4 letter",
    mime: str = "application/pdf",
    attachment: str = AU_ATTACHMENT,
    data: dict[str, str] | None = None,
) -> httpx.Response:
    return api.post(
        f"/numberOrders/{order_id}/attachments/{attachment}",
        files={"file": ("letter.pdf", content, mime)},
        data=data or {},
    )


def _ready_au_order(api: httpx.Client, callback_url: str | None = None, **changes: Any) -> str:
    order_id = str(_au_order(api, callback_url)["idNumberOrder"])
    registration = copy.deepcopy(AU_REGISTRATION)
    registration["requestDetails"]["data"][2].update(changes)
    put = api.put(f"/numberOrders/{order_id}/registration", json=registration)
    assert put.status_code == 200, put.text
    assert _upload(api, order_id).status_code == 200
    return order_id


def _state(api: httpx.Client, order_id: str) -> str:
    return str(api.get(f"/numberOrders/{order_id}").json()["state"])


def test_lookup_requirements_au_mobile(api: httpx.Client) -> None:
    response = api.post(
        "/numberOrders:lookupNumberRequirements", json={"regionCode": "AU", "numberType": "MOBILE"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["fields"]["schema"] == "/schema/policySchema-v1.json"
    templates = [rule["template"] for rule in body["fields"]["rules"]]
    assert [t["type"] for t in templates] == ["array", "object", "object"]
    assert "senderId" in templates[0]["items"]["properties"]
    assert "postalCode" in templates[1]["properties"]
    assert "firstName" in templates[2]["properties"]
    (attachment,) = body["attachments"]
    assert attachment["id"] == AU_ATTACHMENT and attachment["mandatory"] is True
    assert "application/pdf" in attachment["allowedMimeTypes"]


def test_lookup_requirements_errors(api: httpx.Client) -> None:
    # (segments without requirements: test_hardening.py)
    bad = api.post("/numberOrders:lookupNumberRequirements", json={"regionCode": "AU"})
    assert_error(bad, 400, "INVALID_ARGUMENT", field="numberType")


def test_create_order_reserves_the_number(api: httpx.Client, sb: Sandbox) -> None:
    order = _au_order(api)
    assert order["state"] == "CREATED"
    assert order["projectId"] == sb.project_id
    assert len(order["idNumberOrder"]) == 26
    assert order["orderNumbers"] == [
        {
            "phoneNumber": AU_NUMBER,
            "numberPrice": {
                "setupPrice": {"currencyCode": "USD", "amount": "1.00"},
                "monthlyPrice": {"currencyCode": "USD", "amount": "1.00"},
                "paymentIntervalMonths": 1,
            },
            "capabilities": ["SMS"],
        }
    ]
    assert order["expireTime"] > order["createTime"]
    assert not sb.state.is_available(AU_NUMBER)
    assert_error(api.get(f"/availableNumbers/{AU_NUMBER}"), 404, "NOT_FOUND")
    again = api.post(
        "/numberOrders:createNumberOrder",
        json={
            "regionCode": "AU",
            "numberType": "MOBILE",
            "numberOrderOption": {"phoneNumbers": [AU_NUMBER]},
        },
    )
    assert_error(again, 400, "INVALID_ARGUMENT", field="numberOrderOption.phoneNumbers[0]")
    assert api.get(f"/numberOrders/{order['idNumberOrder']}").json() == order


def test_create_order_validation(api: httpx.Client) -> None:
    base = {"regionCode": "US", "numberType": "LOCAL"}
    both = {
        **base,
        "numberOrderOption": {"phoneNumbers": ["+12025550134"]},
        "quantityOrderOption": {"requestedQuantity": 1},
    }
    assert_error(
        api.post("/numberOrders:createNumberOrder", json=both),
        400,
        "INVALID_ARGUMENT",
        field="numberOrderOption",
    )
    assert_error(api.post("/numberOrders:createNumberOrder", json=base), 400, "INVALID_ARGUMENT")
    two = {**base, "numberOrderOption": {"phoneNumbers": ["+12025550134", "+13059394139"]}}
    assert_error(
        api.post("/numberOrders:createNumberOrder", json=two),
        400,
        "INVALID_ARGUMENT",
        field="numberOrderOption.phoneNumbers",
    )
    wrong_segment = {**base, "numberOrderOption": {"phoneNumbers": [AU_NUMBER]}}
    assert_error(
        api.post("/numberOrders:createNumberOrder", json=wrong_segment),
        400,
        "INVALID_ARGUMENT",
        field="numberOrderOption.phoneNumbers[0]",
    )
    too_many = {**base, "quantityOrderOption": {"requestedQuantity": 101}}
    assert_error(
        api.post("/numberOrders:createNumberOrder", json=too_many),
        400,
        "INVALID_ARGUMENT",
        field="quantityOrderOption.requestedQuantity",
    )
    bad_url = {**base, "callbackUrl": "not a url", "quantityOrderOption": {"requestedQuantity": 1}}
    assert_error(
        api.post("/numberOrders:createNumberOrder", json=bad_url),
        400,
        "INVALID_ARGUMENT",
        field="callbackUrl",
    )
    assert_error(api.get("/numberOrders/nope"), 404, "NOT_FOUND")


def test_quantity_order(api: httpx.Client, sb: Sandbox) -> None:
    body = {
        "regionCode": "US",
        "numberType": "LOCAL",
        "smsConfiguration": {"servicePlanId": "1dez6a8300774283a4256aa756a11111"},
        "callbackUrl": "https://www.your-callback-server.com/callback",
        "quantityOrderOption": {
            "requestedQuantity": 3,
            "sequential": True,
            "capabilities": ["SMS"],
            "numberPattern": {"pattern": "1206", "searchPattern": "START"},
        },
    }
    order = api.post("/numberOrders:createNumberOrder", json=body).json()
    phones = [line["phoneNumber"] for line in order["orderNumbers"]]
    assert len(phones) == 3 and all(p.startswith("+1206") for p in phones)
    assert [int(p) for p in phones] == list(range(int(phones[0]), int(phones[0]) + 3))
    # No requirements for US LOCAL: submit right away.
    submitted = api.post(f"/numberOrders/{order['idNumberOrder']}/submit")
    assert submitted.json()["state"] == "IN_REVIEW"
    eventually(lambda: _state(api, order["idNumberOrder"]) == "COMPLETED")
    active = {n["phoneNumber"]: n for n in sb.state.active_numbers()}
    assert set(active) == set(phones)
    assert all(n["callbackUrl"] == body["callbackUrl"] for n in active.values())


def test_registration_is_validated_against_the_requirements(api: httpx.Client) -> None:
    order_id = _au_order(api)["idNumberOrder"]
    path = f"/numberOrders/{order_id}/registration"
    before = api.get(path).json()
    assert "requestDetails" not in before
    assert before["attachments"][0]["uploadStatus"] == "WAITING"
    bad = copy.deepcopy(AU_REGISTRATION)
    bad["requestDetails"]["data"][1]["postalCode"] = "30000"
    del bad["requestDetails"]["data"][2]["lastName"]
    bad["requestDetails"]["data"][0][0]["purposeOfTheTraffic"] = "Spam"
    error = assert_error(api.put(path, json=bad), 400, "INVALID_ARGUMENT")
    fields = {v["field"] for v in error["details"][0]["fieldViolations"]}
    assert fields == {
        "requestDetails.data[0][0].purposeOfTheTraffic",
        "requestDetails.data[1].postalCode",
        "requestDetails.data[2].lastName",
    }
    assert_error(api.put(path, json={}), 400, "INVALID_ARGUMENT", field="requestDetails")
    stored = api.put(path, json=AU_REGISTRATION)
    assert stored.status_code == 200
    assert stored.json()["requestDetails"] == AU_REGISTRATION["requestDetails"]
    assert api.get(path).json()["requestDetails"] == AU_REGISTRATION["requestDetails"]


def test_attachment_upload_checks(api: httpx.Client) -> None:
    order_id = _au_order(api)["idNumberOrder"]
    wrong_mime = _upload(api, order_id, b"GIF89a", "image/gif")
    assert_error(wrong_mime, 400, "INVALID_ARGUMENT", field="file")
    unknown = _upload(api, order_id, attachment="01nope")
    assert_error(unknown, 404, "NOT_FOUND")
    assert_error(_upload(api, "missing-order"), 404, "NOT_FOUND")
    not_multipart = api.post(f"/numberOrders/{order_id}/attachments/{AU_ATTACHMENT}", json={})
    assert_error(not_multipart, 415, "UNSUPPORTED_MEDIA_TYPE")
    ok = _upload(api, order_id)
    assert ok.status_code == 200
    (attachment,) = api.get(f"/numberOrders/{order_id}/registration").json()["attachments"]
    assert attachment["uploadStatus"] == "COMPLETED"
    assert attachment["fileName"] == "letter.pdf"
    assert attachment["mimeType"] == "application/pdf"


def test_attachment_too_large_gets_413(api: httpx.Client) -> None:
    with Sandbox(max_attachment_bytes=1000) as small:
        from .conftest import api_client

        with api_client(small) as client:
            order_id = _au_order(client)["idNumberOrder"]
            response = _upload(client, order_id, b"x" * 2000)
            error = assert_error(response, 413, "CONTENT_TOO_LARGE")
            assert error["details"][0]["resourceName"] == "file"
            huge = _upload(client, order_id, b"x" * 200_000)
            assert_error(huge, 413, "CONTENT_TOO_LARGE")
            assert _upload(client, order_id, b"x" * 999).status_code == 200


def test_document_type_is_checked_where_required(api: httpx.Client) -> None:
    number = api.get(
        "/availableNumbers", params={"regionCode": "DE", "type": "LOCAL", "size": 1}
    ).json()["availableNumbers"][0]["phoneNumber"]
    order = api.post(
        "/numberOrders:createNumberOrder",
        json={
            "regionCode": "DE",
            "numberType": "LOCAL",
            "numberOrderOption": {"phoneNumbers": [number]},
        },
    ).json()
    attachment = "01jxn22r7kq4d5m0b8w3c6e9ha"
    missing = _upload(api, order["idNumberOrder"], attachment=attachment)
    assert_error(missing, 400, "INVALID_ARGUMENT", field="documentType")
    ok = _upload(
        api, order["idNumberOrder"], attachment=attachment, data={"documentType": "Utility Bill"}
    )
    assert ok.status_code == 200
    stored = api.get(f"/numberOrders/{order['idNumberOrder']}/registration").json()
    assert stored["attachments"][0]["documentType"] == "Utility Bill"


def test_submit_requires_registration_and_files(api: httpx.Client) -> None:
    order_id = _au_order(api)["idNumberOrder"]
    error = assert_error(api.post(f"/numberOrders/{order_id}/submit"), 400, "INVALID_ARGUMENT")
    fields = {v["field"] for v in error["details"][0]["fieldViolations"]}
    assert fields == {"requestDetails", f"attachments[{AU_ATTACHMENT}]"}
    assert_error(api.post("/numberOrders/missing/submit"), 404, "NOT_FOUND")


def test_order_lifecycle_with_signed_callbacks(
    api: httpx.Client, sb: Sandbox, receiver: CallbackReceiver
) -> None:
    api.patch("/callbackConfiguration", json={"hmacSecret": HMAC_SECRET})
    order_id = _ready_au_order(api, receiver.url)
    submitted = api.post(f"/numberOrders/{order_id}/submit")
    assert submitted.json()["state"] == "IN_REVIEW"
    assert_error(api.post(f"/numberOrders/{order_id}/submit"), 400, "INVALID_ARGUMENT")
    in_review, completed = receiver.wait(2)
    for event, status in ((in_review, "IN_REVIEW"), (completed, "COMPLETED")):
        expected = hmac.new(HMAC_SECRET.encode(), event.body, hashlib.sha1).hexdigest()
        assert hmac.compare_digest(event.headers["X-Sinch-Signature"], expected)
        payload = event.json()
        assert payload["eventType"] == "NUMBER_ORDER_PROCESSING"
        assert payload["resourceType"] == "NUMBER_ORDER"
        assert payload["resourceId"] == order_id
        assert payload["projectId"] == sb.project_id
        assert payload["status"] == status
        assert len(payload["eventId"]) == 26
        assert "T" in payload["timestamp"] and not payload["timestamp"].endswith("Z")
        assert "+" not in payload["timestamp"]
    assert _state(api, order_id) == "COMPLETED"
    number = api.get(f"/activeNumbers/{AU_NUMBER}").json()
    assert number["projectId"] == sb.project_id
    sms = number["smsConfiguration"]
    # The SMS job may still be scheduled or, on a busy machine, already done (0.06 s).
    assert (sms.get("scheduledProvisioning") or sms)["servicePlanId"] == (
        "1dez6a8300774283a4256aa756a11111"
    )
    # The number's own provisioning event follows, to the same callback URL.
    (provisioned,) = receiver.wait(1)
    assert provisioned.json()["eventType"] == "PROVISIONING_TO_SMS_PLATFORM"
    assert provisioned.json()["resourceType"] == "ACTIVE_NUMBER"


def test_rejected_order_releases_the_numbers(api: httpx.Client, sb: Sandbox) -> None:
    order_id = _ready_au_order(api, firstName="SANDBOX_REJECT")
    api.post(f"/numberOrders/{order_id}/submit")
    eventually(lambda: _state(api, order_id) == "REJECTED")
    assert sb.state.is_available(AU_NUMBER)
    logs = api.get(f"/numberOrders/{order_id}/registration").json()["logs"]
    assert "rejected" in logs[-1]["message"]


def test_blocked_order_can_be_fixed_and_resubmitted(api: httpx.Client, sb: Sandbox) -> None:
    order_id = _ready_au_order(api, firstName="SANDBOX_BLOCK")
    api.post(f"/numberOrders/{order_id}/submit")
    eventually(lambda: _state(api, order_id) == "BLOCKED")
    assert not sb.state.is_available(AU_NUMBER)
    assert api.get(f"/numberOrders/{order_id}/registration").json()["logs"]
    fixed = copy.deepcopy(AU_REGISTRATION)
    assert api.put(f"/numberOrders/{order_id}/registration", json=fixed).status_code == 200
    api.post(f"/numberOrders/{order_id}/submit")
    eventually(lambda: _state(api, order_id) == "COMPLETED")


@pytest.mark.parametrize("state", ["CREATED", "BLOCKED"])
def test_expiry_releases_the_reservation(
    api: httpx.Client, sb: Sandbox, receiver: CallbackReceiver, state: str
) -> None:
    order_id = _ready_au_order(api, receiver.url, firstName="SANDBOX_BLOCK")
    if state == "BLOCKED":
        api.post(f"/numberOrders/{order_id}/submit")
        eventually(lambda: _state(api, order_id) == "BLOCKED")
    sb.advance_time(1799)
    assert _state(api, order_id) == state
    sb.advance_time(sb.config.reservation_seconds + 2)
    order = api.get(f"/numberOrders/{order_id}").json()
    assert order["state"] == "EXPIRED"
    assert sb.state.is_available(AU_NUMBER)
    statuses = [e.json()["status"] for e in receiver.wait(3 if state == "BLOCKED" else 1)]
    assert statuses[-1] == "EXPIRED"
    put = api.put(f"/numberOrders/{order_id}/registration", json=AU_REGISTRATION)
    assert_error(put, 400, "INVALID_ARGUMENT")
