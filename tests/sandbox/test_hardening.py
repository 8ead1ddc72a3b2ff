"""Client input the sandbox used to mishandle (found by Schemathesis and an outside probe):
each answer is now a documented status in Sinch's error shape, never a 500."""

from __future__ import annotations

import httpx
import pytest

from sinch_numbers.sandbox import Sandbox

from .conftest import assert_error
from .test_orders import AU_ATTACHMENT, _au_order

US_LOCAL = {"regionCode": "US", "numberType": "LOCAL"}


def test_number_order_option_without_phone_numbers_is_a_400(api: httpx.Client) -> None:
    # Schema-valid (CreateNumberOrderOption requires nothing) but unusable: was a 500 (KeyError).
    response = api.post(
        "/numberOrders:createNumberOrder", json={**US_LOCAL, "numberOrderOption": {}}
    )
    assert_error(response, 400, "INVALID_ARGUMENT", field="numberOrderOption.phoneNumbers")


def test_segment_without_requirements_answers_a_documented_status(api: httpx.Client) -> None:
    # The spec documents 200/400/500 for the lookup. Nothing required is a 200 with nothing in it.
    none = api.post("/numberOrders:lookupNumberRequirements", json=US_LOCAL)
    assert none.status_code == 200, none.text
    assert none.json() == {"fields": {}, "attachments": []}
    # A region/type pair without numbers for sale is an invalid argument.
    unknown = api.post(
        "/numberOrders:lookupNumberRequirements", json={"regionCode": "ZZ", "numberType": "LOCAL"}
    )
    assert_error(unknown, 400, "INVALID_ARGUMENT", field="regionCode")


def test_server_shapes_keep_the_live_404_for_segments_without_requirements() -> None:
    with (
        Sandbox() as sb,
        httpx.Client(
            base_url=f"{sb.base_url}/v1/projects/{sb.project_id}", auth=(sb.key_id, sb.key_secret)
        ) as http,
    ):
        response = http.post("/numberOrders:lookupNumberRequirements", json=US_LOCAL)
    error = assert_error(response, 404, "NOT_FOUND")
    assert error["message"] == "Number requirements not found"


@pytest.mark.parametrize("path", ["/availableNumbers", "/activeNumbers"])
def test_empty_search_pattern_is_refused(api: httpx.Client, path: str) -> None:
    params = {"regionCode": "US", "type": "LOCAL", "numberPattern.searchPattern": ""}
    response = api.get(path, params=params)
    assert_error(response, 400, "INVALID_ARGUMENT", field="numberPattern.searchPattern")


@pytest.mark.parametrize("path", ["/availableNumbers", "/activeNumbers"])
def test_empty_enum_and_integer_parameters_are_refused(api: httpx.Client, path: str) -> None:
    response = api.get(path, params={"regionCode": "US", "type": ""})
    assert_error(response, 400, "INVALID_ARGUMENT", field="type")
    size = "size" if path == "/availableNumbers" else "pageSize"
    response = api.get(path, params={"regionCode": "US", "type": "LOCAL", size: ""})
    assert_error(response, 400, "INVALID_ARGUMENT", field=size)


def test_the_specs_own_pattern_example_is_accepted(api: httpx.Client) -> None:
    # The spec's example for numberPattern.pattern is '%2B120' (already percent-encoded);
    # sent as written it arrives as the text "%2B120" and means +120.
    params = {
        "regionCode": "US",
        "type": "LOCAL",
        "numberPattern.pattern": "%2B1206",
        "numberPattern.searchPattern": "START",
    }
    response = api.get("/availableNumbers", params=params)
    assert response.status_code == 200, response.text
    found = response.json()["availableNumbers"]
    assert found and all(n["phoneNumber"].startswith("+1206") for n in found)
    listed = api.get("/activeNumbers", params={"numberPattern.pattern": "%2B120"})
    assert listed.status_code == 200, listed.text


def test_a_pattern_of_other_text_finds_nothing(api: httpx.Client) -> None:
    # numberPattern.pattern is a plain string in the spec: text that is no digit sequence is a
    # valid search that matches no number, not a 400.
    params = {"regionCode": "US", "type": "LOCAL", "numberPattern.pattern": "abc"}
    response = api.get("/availableNumbers", params=params)
    assert response.status_code == 200, response.text
    assert response.json() == {"availableNumbers": []}


def test_deeply_nested_json_is_a_400(api: httpx.Client) -> None:
    nested = b'{"displayName":' + b"[" * 5000 + b"]" * 5000 + b"}"
    for depth_body in (nested, b'{"a":' * 200 + b"1" + b"}" * 200):
        response = api.post(
            "/availableNumbers:rentAny",
            content=depth_body,
            headers={"Content-Type": "application/json"},
        )
        assert_error(response, 400, "INVALID_ARGUMENT", field="body")


def test_malformed_json_is_a_400(api: httpx.Client) -> None:
    for raw in (b'{"regionCode": "US",', b"\xff\xfe", b"[1, 2]", b"nul"):
        response = api.post(
            "/availableNumbers:rentAny", content=raw, headers={"Content-Type": "application/json"}
        )
        assert_error(response, 400, "INVALID_ARGUMENT", field="body")


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_json_body_with_another_content_type_is_a_415(
    api: httpx.Client, sb: Sandbox, content_type: str
) -> None:
    body = b'{"regionCode": "US", "type": "LOCAL"}'
    response = api.post(
        "/availableNumbers:rentAny", content=body, headers={"Content-Type": content_type}
    )
    error = assert_error(response, 415, "UNSUPPORTED_MEDIA_TYPE")
    assert "application/json" in error["message"]
    assert sb.state.active_numbers() == []  # nothing was rented


def test_json_content_type_variants_are_accepted(api: httpx.Client) -> None:
    for content_type in ("application/json; charset=utf-8", "Application/JSON"):
        response = api.post(
            "/availableNumbers:rentAny",
            content=b'{"regionCode": "US", "type": "LOCAL"}',
            headers={"Content-Type": content_type},
        )
        assert response.status_code == 200, (content_type, response.text)


def test_upload_with_another_content_type_is_a_415(api: httpx.Client) -> None:
    order_id = _au_order(api)["idNumberOrder"]
    response = api.post(
        f"/numberOrders/{order_id}/attachments/{AU_ATTACHMENT}",
        content=b"%PDF-1.4",
        headers={"Content-Type": "application/pdf"},
    )
    error = assert_error(response, 415, "UNSUPPORTED_MEDIA_TYPE")
    assert "multipart/form-data" in error["message"]


@pytest.mark.parametrize("action", ["validate", "provision"])
def test_emergency_address_without_body_is_a_400(api: httpx.Client, action: str) -> None:
    rented = api.post("/availableNumbers/+12025550134:rent", json={})
    assert rented.status_code == 200, rented.text
    response = api.post(f"/activeNumbers/+12025550134/emergencyAddress:{action}")
    assert_error(response, 400, "INVALID_ARGUMENT", field="body")
