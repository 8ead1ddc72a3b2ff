"""Retries and errors through the facade: what is resent, what never is, and what users catch."""

from __future__ import annotations

import itertools
import logging

import httpx
import pytest

from sinch_numbers import (
    APIConnectionError,
    APITimeoutError,
    AsyncNumbersClient,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    NumbersClient,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
)

from .conftest import PHONE
from .loopback import (
    KEY_ID,
    KEY_SECRET,
    PROJECT,
    LoopbackAPI,
    Reply,
    closed_port_url,
    sinch_error,
)
from .operations import SPEC_OPERATIONS, call, expected_path, facade_operations

ACTIVE_RAW = f"/v1/projects/{PROJECT}/activeNumbers/%2B12065550100"
RENT_RAW = f"/v1/projects/{PROJECT}/availableNumbers/%2B12065550100:rent"
REGIONS = f"/v1/projects/{PROJECT}/availableRegions"
NOW = Reply(503, headers={"Retry-After": "0"})  # a 503 that asks for an immediate retry
BACKOFF_MIN = 0.5 * (1 - 0.25)  # the default first backoff, with the most jitter

# Billable or state-changing: never resent once they may have reached Sinch.
NOT_IDEMPOTENT = {
    "NumberService_RentNumber",
    "NumberService_RentAnyNumber",
    "NumberService_ReleaseNumber",
    "CreateNumberOrder",
    "SubmitNumberOrder",
    "UploadNumberOrderAttachment",
    "NumberService_ProvisionEmergencyAddress",
    "NumberService_DeprovisionEmergencyAddress",
}
OPERATIONS = facade_operations()


def raw_path(op_id: str) -> str:
    """The path as sent on the wire (``+`` percent-encoded), for scripting replies."""
    return expected_path(SPEC_OPERATIONS[op_id][1]).replace("+", "%2B")


def gaps(api: LoopbackAPI) -> list[float]:
    arrivals = [w.at for w in api.api_wire]
    return [b - a for a, b in itertools.pairwise(arrivals)]


def test_money_policy_matches_the_docs() -> None:
    assert {op for op, o in OPERATIONS.items() if not o.idempotent} == NOT_IDEMPOTENT


# -- idempotent calls are resent --------------------------------------------------------------


def test_get_retried_on_503_with_backoff(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script("GET", ACTIVE_RAW, Reply(503))
    number = client.active_numbers.get(PHONE)
    assert number.additional_properties["ok"] is True  # the 200 after the 503
    assert api.count("GET", ACTIVE_RAW) == 2
    (gap,) = gaps(api)
    assert gap >= BACKOFF_MIN


@pytest.mark.parametrize("op_id", sorted(set(SPEC_OPERATIONS) - NOT_IDEMPOTENT))
def test_every_idempotent_operation_is_retried(
    api: LoopbackAPI, client: NumbersClient, op_id: str
) -> None:
    method = SPEC_OPERATIONS[op_id][0]
    api.script(method, raw_path(op_id), NOW, Reply(502, headers={"Retry-After": "0"}))
    result = call(client, op_id)
    if hasattr(result, "iter_pages"):
        list(result.iter_pages())
    assert api.count(method, raw_path(op_id)) == 3


async def test_async_get_retried_then_gives_up(
    api: LoopbackAPI, aclient: AsyncNumbersClient
) -> None:
    api.script("GET", ACTIVE_RAW, NOW, NOW, sinch_error(500, "INTERNAL", "still down"))
    with pytest.raises(InternalServerError) as info:
        await aclient.active_numbers.get(PHONE)
    assert api.count("GET", ACTIVE_RAW) == 3  # max_retries=2: three attempts
    assert info.value.status_code == 500
    assert "still down" in str(info.value)


def test_dropped_connection_on_get_is_retried(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script("GET", REGIONS, Reply(drop=True))
    client.regions.list()
    assert api.count("GET", REGIONS) == 2


def test_retry_after_seconds_honoured(
    api: LoopbackAPI, client: NumbersClient, caplog: pytest.LogCaptureFixture
) -> None:
    api.script("GET", ACTIVE_RAW, Reply(503, headers={"Retry-After": "0.05"}))
    with caplog.at_level(logging.INFO, logger="sinch_numbers"):
        client.active_numbers.get(PHONE)
    (gap,) = gaps(api)
    assert gap >= 0.05
    assert (
        "GET /v1/projects/{projectId}/activeNumbers/{phoneNumber}: "
        "Retrying in 0.05s (retry 1 of 2) after HTTP 503"
    ) in caplog.text


async def test_async_retry_after_honoured(api: LoopbackAPI, aclient: AsyncNumbersClient) -> None:
    api.script("GET", REGIONS, Reply(503, headers={"Retry-After": "0.05"}))
    await aclient.regions.list()
    (gap,) = gaps(api)
    assert gap >= 0.05


# -- billable calls are not -------------------------------------------------------------------


SERVER_ERROR = sinch_error(500, "INTERNAL", "Something went wrong.")


@pytest.mark.parametrize("failure", [SERVER_ERROR, Reply(drop=True)], ids=["500", "dropped"])
def test_rent_outcome_unknown_after_one_request(
    api: LoopbackAPI, client: NumbersClient, failure: Reply
) -> None:
    api.script("POST", RENT_RAW, failure)
    with pytest.raises(OutcomeUnknownError) as info:
        client.available_numbers.rent(PHONE, sms_configuration={"servicePlanId": "plan"})
    assert api.count("POST", RENT_RAW) == 1
    assert isinstance(info.value, APIConnectionError)
    assert "client.active_numbers.get('+12065550100')" in info.value.reconcile_hint
    assert info.value.reconcile_hint in str(info.value)
    assert info.value.__cause__ is not None
    rent = "/v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent"
    assert (info.value.method, info.value.path) == ("POST", rent)
    assert f"POST {rent}: " in str(info.value)
    if failure is SERVER_ERROR:  # a response came back: its status and request id are kept
        assert info.value.status_code == 500
        assert info.value.request_id is not None and info.value.request_id.startswith("req-")
    else:
        assert (info.value.status_code, info.value.request_id) == (None, None)


@pytest.mark.parametrize("failure", [SERVER_ERROR, Reply(drop=True)], ids=["500", "dropped"])
async def test_async_rent_outcome_unknown_after_one_request(
    api: LoopbackAPI, aclient: AsyncNumbersClient, failure: Reply
) -> None:
    api.script("POST", RENT_RAW, failure)
    with pytest.raises(OutcomeUnknownError) as info:
        await aclient.available_numbers.rent(PHONE)
    assert api.count("POST", RENT_RAW) == 1
    assert "client.active_numbers.get('+12065550100')" in info.value.reconcile_hint


@pytest.mark.parametrize("op_id", sorted(NOT_IDEMPOTENT))
def test_every_billable_operation_sent_once_on_5xx(
    api: LoopbackAPI, client: NumbersClient, op_id: str
) -> None:
    method = SPEC_OPERATIONS[op_id][0]
    api.script(method, raw_path(op_id), NOW)  # even when the server says "retry now"
    with pytest.raises(OutcomeUnknownError) as info:
        call(client, op_id)
    assert api.count(method, raw_path(op_id)) == 1
    assert "client." in info.value.reconcile_hint  # names the call that reconciles


@pytest.mark.parametrize(
    "failure", [Reply(500), Reply(500, "<html>Internal error</html>")], ids=["empty", "html"]
)
def test_rent_500_without_json_body_is_outcome_unknown(
    api: LoopbackAPI, client: NumbersClient, failure: Reply
) -> None:
    api.script("POST", RENT_RAW, failure)
    with pytest.raises(OutcomeUnknownError):
        client.available_numbers.rent(PHONE)
    assert api.count("POST", RENT_RAW) == 1


def test_404_with_html_body_is_not_found(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script("GET", ACTIVE_RAW, Reply(404, "<html>Not Found</html>"))
    with pytest.raises(NotFoundError):
        client.active_numbers.get(PHONE)


def test_get_500_with_empty_body_is_retried(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script("GET", ACTIVE_RAW, Reply(500, headers={"Retry-After": "0"}))
    client.active_numbers.get(PHONE)
    assert api.count("GET", ACTIVE_RAW) == 2


def test_undocumented_status_with_html_body_is_typed(
    api: LoopbackAPI, client: NumbersClient
) -> None:
    """The same body with a status the spec does not list (502) is handled: contrast."""
    api.script("GET", ACTIVE_RAW, Reply(502, "<html>Bad gateway</html>"))
    with pytest.raises(InternalServerError) as info:
        client.with_options(max_retries=0).active_numbers.get(PHONE)
    assert "not JSON" in str(info.value)


def test_rent_timeout_is_outcome_unknown(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script("POST", RENT_RAW, Reply(200, {}, delay=0.5))
    with pytest.raises(OutcomeUnknownError) as info:
        client.with_options(timeout=0.1).available_numbers.rent(PHONE)
    assert api.count("POST", RENT_RAW) == 1
    assert "timed out" in str(info.value).lower() or "timeout" in str(info.value).lower()


def test_rent_refused_with_429_is_resent(api: LoopbackAPI, client: NumbersClient) -> None:
    """429 means Sinch did not act on the request, so even a purchase is safe to resend."""
    api.script("POST", RENT_RAW, Reply(429, headers={"Retry-After": "0"}))
    client.available_numbers.rent(PHONE)
    assert api.count("POST", RENT_RAW) == 2


def test_rent_never_connected_is_resent_not_outcome_unknown() -> None:
    with (
        NumbersClient(
            PROJECT, KEY_ID, KEY_SECRET, auth="basic", base_url=closed_port_url(), max_retries=0
        ) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        client.available_numbers.rent(PHONE)
    assert not isinstance(info.value, OutcomeUnknownError)


# -- per-use options ----------------------------------------------------------------------------


def test_with_options_max_retries_zero_stops_retrying(
    api: LoopbackAPI, client: NumbersClient
) -> None:
    api.script("GET", ACTIVE_RAW, NOW, NOW)
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=0).active_numbers.get(PHONE)
    assert api.count("GET", ACTIVE_RAW) == 1
    assert client.max_retries == 2  # the original is unchanged, and still retries
    client.active_numbers.get(PHONE)
    assert api.count("GET", ACTIVE_RAW) == 3


async def test_async_with_options_max_retries_zero(
    api: LoopbackAPI, aclient: AsyncNumbersClient
) -> None:
    api.script("GET", ACTIVE_RAW, NOW)
    with pytest.raises(InternalServerError):
        await aclient.with_options(max_retries=0).active_numbers.get(PHONE)
    assert api.count("GET", ACTIVE_RAW) == 1


def test_with_options_timeout(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script("GET", ACTIVE_RAW, Reply(200, {}, delay=0.8), Reply(200, {}, delay=0.3))
    with (
        client.with_options(timeout=0.1, max_retries=0) as hasty,
        pytest.raises(APITimeoutError),  # the 0.8 s answer is too late for the copy only
    ):
        hasty.active_numbers.get(PHONE)
    client.active_numbers.get(PHONE)  # the original keeps its 5 s timeout
    assert api.count("GET", ACTIVE_RAW) == 2


async def test_async_with_options_timeout(api: LoopbackAPI, aclient: AsyncNumbersClient) -> None:
    api.script("GET", ACTIVE_RAW, Reply(200, {}, delay=0.8))
    async with aclient.with_options(timeout=0.1, max_retries=0) as hasty:
        with pytest.raises(APITimeoutError):
            await hasty.active_numbers.get(PHONE)
    assert api.count("GET", ACTIVE_RAW) == 1


def test_with_options_max_retries_keeps_a_user_http_client(api: LoopbackAPI) -> None:
    user = httpx.Client(headers={"x-team": "billing"})
    with NumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, auth="basic", base_url=api.base_url, http_client=user
    ) as client:
        client.with_options(max_retries=0).regions.list()
    assert api.api_wire[0].headers.get("x-team") == "billing"
    assert not user.is_closed  # the client does not close what it was given
    user.close()


def test_with_options_timeout_keeps_a_user_http_client(api: LoopbackAPI) -> None:
    user = httpx.Client(headers={"x-team": "billing"})
    with (
        NumbersClient(
            PROJECT, KEY_ID, KEY_SECRET, auth="basic", base_url=api.base_url, http_client=user
        ) as client,
        client.with_options(timeout=2) as hasty,
    ):
        hasty.regions.list()
    user.close()
    assert api.api_wire[0].headers.get("x-team") == "billing"


# -- error mapping --------------------------------------------------------------------------------


def test_400_field_violations(api: LoopbackAPI, client: NumbersClient) -> None:
    violations = [
        {"field": "displayName", "description": "too long"},
        {"field": "smsConfiguration.servicePlanId", "description": "unknown plan"},
    ]
    api.script(
        "PATCH",
        ACTIVE_RAW,
        sinch_error(
            400,
            "INVALID_ARGUMENT",
            "Invalid request.",
            [{"type": "BadRequest", "fieldViolations": violations}],
        ),
    )
    with pytest.raises(BadRequestError) as info:
        client.active_numbers.update(PHONE, display_name="x" * 300)
    error = info.value
    assert error.status_code == 400
    assert error.status == "INVALID_ARGUMENT"
    assert error.field_violations == [
        ("displayName", "too long"),
        ("smsConfiguration.servicePlanId", "unknown plan"),
    ]
    assert error.request_id is not None and error.request_id.startswith("req-")
    assert "field displayName: too long" in str(error)
    assert api.count("PATCH", ACTIVE_RAW) == 1  # 4xx is not retried


@pytest.mark.parametrize(
    ("status", "name", "cls"),
    [
        (403, "PERMISSION_DENIED", PermissionDeniedError),
        (404, "NOT_FOUND", NotFoundError),
        (409, "FAILED_PRECONDITION", ConflictError),
    ],
)
def test_status_errors(
    api: LoopbackAPI, client: NumbersClient, status: int, name: str, cls: type[Exception]
) -> None:
    api.script("GET", ACTIVE_RAW, sinch_error(status, name, "Nope."))
    with pytest.raises(cls) as info:
        client.active_numbers.get(PHONE)
    assert str(info.value).startswith(f"{status} {name}: Nope.")
    assert api.count("GET", ACTIVE_RAW) == 1


async def test_async_404(api: LoopbackAPI, aclient: AsyncNumbersClient) -> None:
    api.script("GET", ACTIVE_RAW, sinch_error(404, "NOT_FOUND", "No such number."))
    with pytest.raises(NotFoundError) as info:
        await aclient.active_numbers.get(PHONE)
    assert info.value.message == "No such number."


def test_429_with_long_retry_after_raised_at_once(api: LoopbackAPI, client: NumbersClient) -> None:
    """A wait longer than the policy's cap is left to the caller, with ``retry_after`` set."""
    api.script("GET", ACTIVE_RAW, Reply(429, headers={"Retry-After": "120"}))
    with pytest.raises(RateLimitError) as info:
        client.active_numbers.get(PHONE)
    assert info.value.retry_after == 120.0
    assert api.count("GET", ACTIVE_RAW) == 1


def test_429_after_retries_exhausted(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script("GET", ACTIVE_RAW, Reply(429, headers={"Retry-After": "7"}))
    with pytest.raises(RateLimitError) as info:
        client.with_options(max_retries=0).active_numbers.get(PHONE)
    assert info.value.retry_after == 7.0
    assert "retry after 7s" in str(info.value)
