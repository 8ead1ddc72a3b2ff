"""Rent, rentAny, get, update (scheduled provisioning), list/paginate, release."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from sinch_numbers.sandbox import Sandbox

from .conftest import assert_error, eventually


def _us_local(api: httpx.Client, count: int, capabilities: str = "SMS") -> list[str]:
    params = {"regionCode": "US", "type": "LOCAL", "size": count, "capabilities": capabilities}
    numbers = api.get("/availableNumbers", params=params).json()["availableNumbers"]
    return [n["phoneNumber"] for n in numbers]


def _rent(api: httpx.Client, number: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    response = api.post(f"/availableNumbers/{number}:rent", json=body or {})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def test_rent_specific_number(api: httpx.Client, sb: Sandbox) -> None:
    rented = _rent(api, "+12025550134", {"callbackUrl": "https://example.com/cb"})
    assert rented["phoneNumber"] == "+12025550134"
    assert rented["projectId"] == sb.project_id
    assert rented["regionCode"] == "US" and rented["type"] == "LOCAL"
    assert rented["money"] == {"currencyCode": "USD", "amount": "2.00"}
    assert rented["paymentIntervalMonths"] == 1
    assert rented["nextChargeDate"].endswith("Z")
    assert rented["callbackUrl"] == "https://example.com/cb"
    assert "smsConfiguration" not in rented and "voiceConfiguration" not in rented
    assert sb.state.active_number("+12025550134") is not None
    assert_error(api.post("/availableNumbers/+12025550134:rent", json={}), 404, "NOT_FOUND")


def test_rent_is_us_local_only(api: httpx.Client) -> None:
    mobile = api.get("/availableNumbers", params={"regionCode": "GB", "type": "MOBILE", "size": 1})
    number = mobile.json()["availableNumbers"][0]["phoneNumber"]
    response = api.post(f"/availableNumbers/{number}:rent", json={})
    assert_error(response, 400, "INVALID_ARGUMENT", field="phoneNumber")
    toll_free = api.get(
        "/availableNumbers", params={"regionCode": "US", "type": "TOLL_FREE", "size": 1}
    ).json()["availableNumbers"][0]["phoneNumber"]
    assert api.post(f"/availableNumbers/{toll_free}:rent", json={}).status_code == 400


def test_rent_validates_body(api: httpx.Client) -> None:
    number = "+12025550134"
    empty_voice = api.post(f"/availableNumbers/{number}:rent", json={"voiceConfiguration": {}})
    assert_error(empty_voice, 400, "INVALID_ARGUMENT", field="voiceConfiguration")
    no_plan = api.post(f"/availableNumbers/{number}:rent", json={"smsConfiguration": {"x": 1}})
    assert_error(no_plan, 400, "INVALID_ARGUMENT", field="smsConfiguration.servicePlanId")
    bad_voice = api.post(
        f"/availableNumbers/{number}:rent", json={"voiceConfiguration": {"type": "SIP"}}
    )
    assert_error(bad_voice, 400, "INVALID_ARGUMENT", field="voiceConfiguration.type")
    malformed = api.post(
        f"/availableNumbers/{number}:rent",
        content=b"{nope",
        headers={"Content-Type": "application/json"},
    )
    assert_error(malformed, 400, "INVALID_ARGUMENT", field="body")
    missing = api.post(f"/availableNumbers/{number}:rent")
    assert_error(missing, 400, "INVALID_ARGUMENT", field="body")
    # Unknown fields are ignored, explicit nulls count as absent.
    ok = api.post(f"/availableNumbers/{number}:rent", json={"future": 1, "callbackUrl": None})
    assert ok.status_code == 200


def test_rent_any_number(api: httpx.Client) -> None:
    body = {
        "regionCode": "US",
        "type": "LOCAL",
        "capabilities": ["SMS"],
        "numberPattern": {"pattern": "+1208", "searchPattern": "START"},
        "smsConfiguration": {"servicePlanId": "plan-1", "campaignId": "camp-1"},
        "callbackUrl": "https://www.your-callback-server.com/callback",
    }
    response = api.post("/availableNumbers:rentAny", json=body)
    assert response.status_code == 200, response.text
    rented = response.json()
    assert rented["phoneNumber"].startswith("+1208")
    scheduled = rented["smsConfiguration"]["scheduledProvisioning"]
    assert scheduled["servicePlanId"] == "plan-1" and scheduled["campaignId"] == "camp-1"
    assert scheduled["status"] == "WAITING"


def test_rent_any_errors(api: httpx.Client) -> None:
    gb = api.post("/availableNumbers:rentAny", json={"regionCode": "GB", "type": "MOBILE"})
    error = assert_error(gb, 400, "INVALID_ARGUMENT", field="regionCode")
    fields = {v["field"] for v in error["details"][0]["fieldViolations"]}
    assert fields == {"regionCode", "type"}
    no_region = api.post("/availableNumbers:rentAny", json={"type": "LOCAL"})
    assert_error(no_region, 400, "INVALID_ARGUMENT", field="regionCode")
    none = api.post(
        "/availableNumbers:rentAny",
        json={"regionCode": "US", "type": "LOCAL", "numberPattern": {"pattern": "999999999"}},
    )
    assert_error(none, 404, "NOT_FOUND")


def test_get_active_number(api: httpx.Client) -> None:
    _rent(api, "+12025550134")
    for spelling in ("+12025550134", "%2B12025550134"):
        response = api.get(f"/activeNumbers/{spelling}")
        assert response.status_code == 200
        assert response.json()["phoneNumber"] == "+12025550134"
    missing = api.get("/activeNumbers/+12025550199")
    error = assert_error(missing, 404, "NOT_FOUND")
    assert error["details"][0]["resourceType"] == "ActiveNumber"


def test_update_rules(api: httpx.Client) -> None:
    _rent(api, "+12025550134")
    path = "/activeNumbers/+12025550134"
    assert_error(api.patch(path, json={}), 400, "INVALID_ARGUMENT")
    assert_error(api.patch(path), 400, "INVALID_ARGUMENT")
    assert_error(api.patch(path, json={"smsConfiguration": {}}), 400, "INVALID_ARGUMENT")
    assert_error(api.patch(path, json={"voiceConfiguration": {}}), 400, "INVALID_ARGUMENT")
    renamed = api.patch(path, json={"displayName": "Support line"})
    assert renamed.json()["displayName"] == "Support line"
    cleared = api.patch(path, json={"displayName": None})
    assert cleared.json()["displayName"] == ""
    missing = api.patch("/activeNumbers/+12025550199", json={"displayName": "x"})
    assert_error(missing, 404, "NOT_FOUND")


def test_sms_provisioning_waits_then_settles(api: httpx.Client) -> None:
    _rent(api, "+12025550134")
    path = "/activeNumbers/+12025550134"
    first = api.patch(path, json={"smsConfiguration": {"servicePlanId": "plan-A"}}).json()
    assert first["smsConfiguration"]["servicePlanId"] == ""
    assert first["smsConfiguration"]["scheduledProvisioning"]["status"] == "WAITING"
    statuses = set()

    def settled() -> bool:
        sms = api.get(path).json()["smsConfiguration"]
        if "scheduledProvisioning" in sms:
            statuses.add(sms["scheduledProvisioning"]["status"])
            return False
        return bool(sms == {"servicePlanId": "plan-A"})

    eventually(settled, interval=0.005)
    assert statuses <= {"WAITING", "IN_PROGRESS"}
    # Linking another plan requires unlinking first.
    relink = api.patch(path, json={"smsConfiguration": {"servicePlanId": "plan-B"}})
    assert_error(relink, 400, "INVALID_ARGUMENT", field="smsConfiguration.servicePlanId")
    api.patch(path, json={"smsConfiguration": {"servicePlanId": ""}})
    relink = api.patch(path, json={"smsConfiguration": {"servicePlanId": "plan-B"}})
    assert relink.status_code == 200
    eventually(lambda: api.get(path).json()["smsConfiguration"] == {"servicePlanId": "plan-B"})


def test_voice_provisioning_and_failure(api: httpx.Client) -> None:
    _rent(api, "+12025550134")
    path = "/activeNumbers/+12025550134"
    started = api.patch(path, json={"voiceConfiguration": {"type": "EST", "trunkId": "trunk-1"}})
    voice = started.json()["voiceConfiguration"]
    assert voice["scheduledVoiceProvisioning"]["type"] == "EST"
    assert voice["scheduledVoiceProvisioning"]["status"] == "WAITING"

    def settled() -> bool:
        return "scheduledVoiceProvisioning" not in api.get(path).json()["voiceConfiguration"]

    eventually(settled)
    voice = api.get(path).json()["voiceConfiguration"]
    assert voice["type"] == "EST" and voice["trunkId"] == "trunk-1"
    missing_id = api.patch(path, json={"voiceConfiguration": {"type": "FAX"}})
    assert_error(missing_id, 400, "INVALID_ARGUMENT", field="voiceConfiguration.serviceId")
    api.patch(path, json={"voiceConfiguration": {"type": "RTC", "appId": "SANDBOX_FAIL"}})

    def failed() -> bool:
        job = api.get(path).json()["voiceConfiguration"].get("scheduledVoiceProvisioning", {})
        return bool(job.get("status") == "FAILED")

    eventually(failed)
    assert api.get(path).json()["voiceConfiguration"]["trunkId"] == "trunk-1"


def test_sms_on_voice_only_number_is_rejected(api: httpx.Client) -> None:
    number = _us_local(api, 1000, capabilities="VOICE")
    voice_only = next(
        n["phoneNumber"]
        for n in api.get(
            "/availableNumbers", params={"regionCode": "US", "type": "LOCAL", "size": 1000}
        ).json()["availableNumbers"]
        if n["capability"] == ["VOICE"]
    )
    assert number
    response = api.post(
        f"/availableNumbers/{voice_only}:rent", json={"smsConfiguration": {"servicePlanId": "p"}}
    )
    assert_error(response, 400, "INVALID_ARGUMENT", field="smsConfiguration")


def test_list_pagination_is_stable(api: httpx.Client) -> None:
    rented = _us_local(api, 5)
    for i, number in enumerate(rented):
        _rent(api, number)
        api.patch(f"/activeNumbers/{number}", json={"displayName": f"line {4 - i}"})
    pages, token = [], None
    while True:
        params: dict[str, Any] = {"pageSize": 2}
        if token:
            params["pageToken"] = token
        page = api.get("/activeNumbers", params=params).json()
        assert page["totalSize"] == (5 if not pages else 4)
        pages.append([n["phoneNumber"] for n in page["activeNumbers"]])
        token = page["nextPageToken"]
        if not token:
            break
        if len(pages) == 1:
            # Releasing an already-listed number must not shift the next page.
            api.post(f"/activeNumbers/{pages[0][0]}:release")
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [n for page in pages for n in page] == sorted(rented)
    by_name = api.get("/activeNumbers", params={"orderBy": "displayName"}).json()
    names = [n["displayName"] for n in by_name["activeNumbers"]]
    assert names == sorted(names)
    exact = api.get("/activeNumbers", params={"pageSize": 4}).json()
    assert len(exact["activeNumbers"]) == 4 and exact["nextPageToken"] == ""
    bad = api.get("/activeNumbers", params={"pageToken": "garbage"})
    assert_error(bad, 400, "INVALID_ARGUMENT", field="pageToken")
    assert_error(api.get("/activeNumbers", params={"orderBy": "x"}), 400, "INVALID_ARGUMENT")


def test_list_filters(api: httpx.Client) -> None:
    rented = _us_local(api, 3)
    for number in rented:
        _rent(api, number)
    tail = rented[0][-4:]
    params = {"numberPattern.pattern": tail, "numberPattern.searchPattern": "END"}
    found = api.get("/activeNumbers", params=params).json()["activeNumbers"]
    assert [n["phoneNumber"] for n in found] == [rented[0]]
    assert api.get("/activeNumbers", params={"regionCode": "GB"}).json()["totalSize"] == 0
    assert api.get("/activeNumbers", params={"type": "LOCAL"}).json()["totalSize"] == 3
    assert api.get("/activeNumbers", params={"capability": "SMS"}).json()["totalSize"] == 3


@pytest.mark.parametrize("body", [{}, {"smsConfiguration": {"servicePlanId": "p"}}])
def test_release_puts_the_number_back_on_sale(
    api: httpx.Client, sb: Sandbox, body: dict[str, Any]
) -> None:
    _rent(api, "+12025550134", body)
    released = api.post("/activeNumbers/+12025550134:release")
    assert released.status_code == 200
    assert released.json()["phoneNumber"] == "+12025550134"
    assert sb.state.is_available("+12025550134")
    assert_error(api.get("/activeNumbers/+12025550134"), 404, "NOT_FOUND")
    assert_error(api.post("/activeNumbers/+12025550134:release"), 404, "NOT_FOUND")


def test_unknown_paths_and_methods(api: httpx.Client) -> None:
    assert_error(api.get("/nothing"), 404, "NOT_FOUND")
    wrong_method = api.delete("/activeNumbers")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "GET"
