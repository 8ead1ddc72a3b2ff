"""``with_raw_response``: the HTTP response of a call, with the same checks, retries and errors."""

from __future__ import annotations

import httpx
import pytest
from sinch_numbers_api.models.active_number_response import ActiveNumberResponse
from sinch_numbers_api.models.list_active_numbers_response import ListActiveNumbersResponse
from sinch_numbers_api.models.number_order import NumberOrder

from sinch_numbers import (
    APIResponse,
    AsyncNumbersClient,
    InvalidPhoneNumberError,
    NotFoundError,
    NumbersClient,
    OutcomeUnknownError,
)

from .conftest import PHONE
from .loopback import PROJECT, LoopbackAPI, Reply, sinch_error
from .operations import SPEC_OPERATIONS, call_arguments, serve_minimal

ACTIVE_RAW = f"/v1/projects/{PROJECT}/activeNumbers/%2B12065550100"
LIST = f"/v1/projects/{PROJECT}/activeNumbers"
RENT_RAW = f"/v1/projects/{PROJECT}/availableNumbers/%2B12065550100:rent"
NUMBER = {"phoneNumber": PHONE, "displayName": "Front desk", "regionCode": "US"}
LIMITS = {"X-RateLimit-Remaining": "41", "x-request-id": "req-from-sinch"}


def test_get_returns_the_response_and_the_parsed_model(
    api: LoopbackAPI, client: NumbersClient
) -> None:
    api.script("GET", ACTIVE_RAW, Reply(200, NUMBER, headers=LIMITS))
    raw = client.active_numbers.with_raw_response.get(PHONE)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-remaining"] == "41"  # any case: httpx.Headers
    assert raw.request_id == "req-from-sinch"
    assert raw.retries_taken == 0
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.request.url.path == f"/v1/projects/{PROJECT}/activeNumbers/{PHONE}"
    number = raw.parse()
    assert isinstance(number, ActiveNumberResponse)
    assert (number.phone_number, number.display_name) == (PHONE, "Front desk")
    assert repr(raw) == "<APIResponse [200 OK] retries_taken=0>"


def test_retries_are_counted(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script("GET", ACTIVE_RAW, Reply(503, headers={"Retry-After": "0"}), Reply(200, NUMBER))
    raw = client.active_numbers.with_raw_response.get(PHONE)
    assert (raw.retries_taken, raw.status_code) == (1, 200)
    assert api.count("GET", ACTIVE_RAW) == 2


def test_errors_are_raised_as_usual_with_their_response(
    api: LoopbackAPI, client: NumbersClient
) -> None:
    api.script("GET", ACTIVE_RAW, sinch_error(404, "NOT_FOUND", "No such number."))
    with pytest.raises(NotFoundError) as info:
        client.active_numbers.with_raw_response.get(PHONE)
    assert info.value.response is not None and info.value.response.status_code == 404
    assert info.value.headers["x-request-id"] == info.value.request_id


def test_billable_calls_keep_the_money_policy(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script("POST", RENT_RAW, Reply(503, headers={"Retry-After": "0"}))
    with pytest.raises(OutcomeUnknownError) as info:
        client.available_numbers.with_raw_response.rent(PHONE)
    assert api.count("POST", RENT_RAW) == 1
    assert (info.value.status_code, info.value.method) == (503, "POST")


def test_arguments_are_checked_before_sending(api: LoopbackAPI, client: NumbersClient) -> None:
    with pytest.raises(InvalidPhoneNumberError):
        client.active_numbers.with_raw_response.get("12345")
    assert api.wire == []


def test_a_list_method_gives_one_page(api: LoopbackAPI, client: NumbersClient) -> None:
    page = {"activeNumbers": [NUMBER], "nextPageToken": "t2", "totalSize": 2}
    api.script("GET", LIST, Reply(200, page))
    raw = client.active_numbers.with_raw_response.list(page_size=1, page_token="t1")
    parsed = raw.parse()
    assert isinstance(parsed, ListActiveNumbersResponse)
    assert parsed.next_page_token == "t2" and parsed.total_size == 2
    (sent,) = api.api_wire  # one page, not the whole walk
    assert sent.query_values("pageToken") == ["t1"]
    assert sent.query_values("pageSize") == ["1"]


def test_a_method_without_a_body_parses_to_none(api: LoopbackAPI, client: NumbersClient) -> None:
    op_id = "NumberService_DeprovisionEmergencyAddress"
    serve_minimal(api, SPEC_OPERATIONS[op_id][2])
    raw = client.emergency_addresses.with_raw_response.deprovision(PHONE)
    assert raw.status_code == 200 and raw.parse() is None


def test_the_order_workflow_resource_has_it_too(api: LoopbackAPI, client: NumbersClient) -> None:
    """``number_orders`` is a handwritten subclass (start, resume): its raw view is the same."""
    serve_minimal(api, SPEC_OPERATIONS["GetNumberOrder"][2])
    raw = client.number_orders.with_raw_response.get("order-1")
    assert isinstance(raw.parse(), NumberOrder)
    assert client.number_orders.with_raw_response is client.number_orders.with_raw_response
    assert not hasattr(client.number_orders.with_raw_response, "start")


def test_every_method_has_a_raw_twin(api: LoopbackAPI, client: NumbersClient) -> None:
    """Same names and parameters as the plain methods, on every resource."""
    import inspect

    from sinch_numbers.resources._operations import OPERATIONS

    for resource, name in OPERATIONS.values():
        plain = getattr(getattr(client, resource), name)
        raw = getattr(getattr(client, resource).with_raw_response, name)
        assert inspect.signature(raw) == inspect.signature(plain), (resource, name)
        call_arguments(resource, name, raw)  # the same minimal arguments work


async def test_async_get_and_list(api: LoopbackAPI, aclient: AsyncNumbersClient) -> None:
    api.script("GET", ACTIVE_RAW, Reply(503, headers={"Retry-After": "0"}), Reply(200, NUMBER))
    raw = await aclient.active_numbers.with_raw_response.get(PHONE)
    assert (raw.status_code, raw.retries_taken) == (200, 1)
    assert isinstance(raw.parse(), ActiveNumberResponse)

    api.script("GET", LIST, Reply(200, {"activeNumbers": [NUMBER], "nextPageToken": "t2"}))
    page = await aclient.active_numbers.with_raw_response.list()
    assert page.parse().next_page_token == "t2"
    assert api.count("GET", LIST) == 1


async def test_async_errors_are_raised(api: LoopbackAPI, aclient: AsyncNumbersClient) -> None:
    api.script("GET", ACTIVE_RAW, sinch_error(404, "NOT_FOUND", "No such number."))
    with pytest.raises(NotFoundError):
        await aclient.active_numbers.with_raw_response.get(PHONE)


def test_the_plain_methods_are_unaffected(api: LoopbackAPI, client: NumbersClient) -> None:
    """The raw view is a twin: using it leaves the resource returning models and pagers."""
    api.script("GET", ACTIVE_RAW, Reply(200, NUMBER), Reply(200, NUMBER))
    assert isinstance(client.active_numbers.with_raw_response.get(PHONE), APIResponse)
    assert isinstance(client.active_numbers.get(PHONE), ActiveNumberResponse)
    assert hasattr(client.active_numbers.list(), "iter_pages")
