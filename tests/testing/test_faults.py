"""sinch_faults (SinchFaults): the next N API calls fail, by client method or operationId,
without counting the token request a client makes first; retries do not sleep."""

from __future__ import annotations

import httpx
import pytest

from sinch_numbers import (
    AsyncNumbersClient,
    InternalServerError,
    NumbersClient,
    OutcomeUnknownError,
    RateLimitError,
)
from sinch_numbers.sandbox import Sandbox
from sinch_numbers.testing import SinchFaults
from sinch_numbers.testing.faults import route_name


def test_next_call_only_and_not_the_token_request(
    sinch_client: NumbersClient, sinch_faults: SinchFaults
) -> None:
    rule = sinch_faults.inject(503)  # a fresh client: its first request is for a token
    assert sinch_client.regions.list().available_regions  # 503, then retried at once
    assert rule.hits == 1
    assert sinch_faults.rules == []
    assert sinch_client.regions.list().available_regions


def test_count_and_route_by_client_method(
    sinch_client: NumbersClient, sinch_faults: SinchFaults
) -> None:
    rule = sinch_faults.inject(429, count=3, route="active_numbers.list")
    assert sinch_client.regions.list().available_regions  # another route: untouched
    with pytest.raises(RateLimitError) as info:
        sinch_client.active_numbers.list().first_page()  # 3 x 429 > max_retries=2
    assert info.value.retry_after == 0
    assert rule.hits == 3
    assert list(sinch_client.active_numbers.list()) == []


def test_until_cleared(sinch_client: NumbersClient, sinch_faults: SinchFaults) -> None:
    sinch_faults.inject(500, count=None, route="NumberService_ListAvailableRegions")
    for _ in range(2):
        with pytest.raises(InternalServerError):
            sinch_client.with_options(max_retries=0).regions.list()
    sinch_faults.clear()
    assert sinch_client.regions.list().available_regions


def test_billable_calls_are_not_resent(
    sinch_client: NumbersClient, sinch_faults: SinchFaults, sinch_sandbox: Sandbox
) -> None:
    sinch_faults.drop(route="available_numbers.rent")
    with pytest.raises(OutcomeUnknownError, match="active_numbers.get"):
        sinch_client.available_numbers.rent("+12025550134")
    assert sinch_sandbox.state.active_number("+12025550134") is None  # dropped before acting


def test_token_faults_and_expiry(sinch_client: NumbersClient, sinch_faults: SinchFaults) -> None:
    token_rule = sinch_faults.inject(503, route="token")
    assert sinch_client.regions.list().available_regions
    assert token_rule.hits == 1
    expired = sinch_faults.token_expired()
    assert sinch_client.regions.list().available_regions  # refreshes the token, resends
    assert expired.hits == 1


async def test_latency_with_the_async_client(
    async_sinch_client: AsyncNumbersClient, sinch_faults: SinchFaults
) -> None:
    rule = sinch_faults.latency(0.05, count=2)
    await async_sinch_client.regions.list()
    await async_sinch_client.regions.list()
    assert rule.hits == 2 and sinch_faults.rules == []


def test_route_names() -> None:
    assert route_name("available_numbers.rent") == "NumberService_RentNumber"
    assert route_name("number_orders.create") == "CreateNumberOrder"
    assert route_name("GetNumberOrder") == "GetNumberOrder"
    assert route_name("token") == "OAuth2Token"
    assert route_name(None) == "api"
    with pytest.raises(ValueError, match="active_numbers.list"):
        route_name("active_numbers.lst")


def test_the_api_route_of_the_sandbox(sinch_sandbox: Sandbox) -> None:
    """``route="api"`` (what ``route=None`` means here) spares the token endpoint, in rules
    and sequences alike; no route at all still means every route."""
    sb = sinch_sandbox
    with httpx.Client(base_url=sb.base_url, trust_env=False) as http:
        regions = f"/v1/projects/{sb.project_id}/availableRegions"
        token = {"grant_type": "client_credentials"}
        auth = (sb.key_id, sb.key_secret)
        sb.faults.inject(503, route="api", count=1)
        sb.faults.sequence([500], route="api")
        assert http.post("/oauth2/token", data=token, auth=auth).status_code == 200
        assert http.get(regions, auth=auth).status_code == 500  # the sequence first
        assert http.get(regions, auth=auth).status_code == 503
        assert http.get(regions, auth=auth).status_code == 200
        sb.faults.inject(503, count=1)
        assert http.post("/oauth2/token", data=token, auth=auth).status_code == 503
