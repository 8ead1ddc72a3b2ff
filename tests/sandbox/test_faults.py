"""Fault injection: statuses, sequences, drops, latency, token expiry; from
Python, from kwargs/CLI specs and through the admin endpoint."""

from __future__ import annotations

import time

import httpx
import pytest

from sinch_numbers.sandbox import FaultRule, Sandbox

from .conftest import api_client, assert_error

LIST = "NumberService_ListActiveNumbers"


def test_count_limited_status_per_route(api: httpx.Client, sb: Sandbox) -> None:
    sb.faults.inject(503, route=LIST, count=2, retry_after=7)
    for _ in range(2):
        response = api.get("/activeNumbers")
        assert_error(response, 503, "UNAVAILABLE")
        assert response.headers["retry-after"] == "7"
        # Other routes are unaffected.
        assert api.get("/availableRegions").status_code == 200
    assert api.get("/activeNumbers").status_code == 200
    assert sb.faults.rules == []


def test_sequence_is_exact(api: httpx.Client, sb: Sandbox) -> None:
    sb.faults.sequence([429, None, 500, 200], route=LIST)
    statuses = [api.get("/activeNumbers").status_code for _ in range(5)]
    assert statuses == [429, 200, 500, 200, 200]


def test_429_shape(api: httpx.Client, sb: Sandbox) -> None:
    sb.faults.inject(429, count=1)
    response = api.get("/availableRegions")
    assert_error(response, 429, "RESOURCE_EXHAUSTED")
    assert response.headers["retry-after"] == "1"


def test_rate_is_seeded_and_roughly_right(api: httpx.Client, sb: Sandbox) -> None:
    sb.faults.inject(500, rate=0.3)
    failures = sum(api.get("/availableRegions").status_code == 500 for _ in range(200))
    assert 35 <= failures <= 85


def test_dropped_connection(api: httpx.Client, sb: Sandbox) -> None:
    sb.faults.drop(route=LIST, count=1)
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/activeNumbers")
    assert api.get("/activeNumbers").status_code == 200


def test_dropped_token_request(root: httpx.Client, sb: Sandbox) -> None:
    sb.faults.sequence(["drop"], route="OAuth2Token")
    with pytest.raises(httpx.RemoteProtocolError):
        root.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials"},
            auth=(sb.key_id, sb.key_secret),
        )


def test_latency(api: httpx.Client, sb: Sandbox) -> None:
    rule = sb.faults.latency(0.1, route=LIST, count=1)
    started = time.monotonic()
    assert api.get("/activeNumbers").status_code == 200
    assert time.monotonic() - started >= 0.1  # a sleep's lower bound, not a speed claim
    assert rule.hits == 1 and sb.faults.rules == []  # once only: the next answer is not delayed


def test_token_expired_fault(root: httpx.Client, sb: Sandbox) -> None:
    token = root.post(
        "/oauth2/token", data={"grant_type": "client_credentials"}, auth=(sb.key_id, sb.key_secret)
    ).json()["access_token"]
    sb.faults.token_expired(route=LIST)
    with api_client(sb, auth=None, headers={"Authorization": f"Bearer {token}"}) as api:
        response = api.get("/activeNumbers")
        assert_error(response, 401, "UNAUTHENTICATED")
        assert 'error_description="expired"' in response.headers["www-authenticate"]
        # The token really expired: other routes refuse it too.
        assert api.get("/availableRegions").status_code == 401


def test_admin_endpoints(root: httpx.Client, api: httpx.Client, sb: Sandbox) -> None:
    assert root.get("/_sandbox/health").json()["status"] == "ok"
    added = root.post("/_sandbox/faults", json={"status": 500, "route": LIST, "count": 1})
    assert added.json()["status"] == 500
    assert root.get("/_sandbox/faults").json()["rules"][0]["route"] == LIST
    assert api.get("/activeNumbers").status_code == 500
    root.post("/_sandbox/faults:sequence", json={"route": LIST, "outcomes": [503, None]})
    assert [api.get("/activeNumbers").status_code for _ in range(2)] == [503, 200]
    root.post("/_sandbox/faults", json={"status": 500})
    assert root.delete("/_sandbox/faults").json() == {"rules": [], "sequences": []}
    assert api.get("/activeNumbers").status_code == 200
    bad = root.post("/_sandbox/faults", json={"status": 200})
    assert_error(bad, 400, "INVALID_ARGUMENT")
    assert root.post("/_sandbox/clock:advance", json={"seconds": 5}).status_code == 200
    assert root.post("/_sandbox/tokens:expire").status_code == 200
    assert root.get("/_sandbox/callbacks").json() == {"callbacks": []}
    assert root.post("/_sandbox/reset").status_code == 200
    assert_error(root.get("/_sandbox/nothing"), 404, "NOT_FOUND")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (
            "status=503,count=2,route=GetNumberOrder",
            FaultRule(status=503, count=2, route="GetNumberOrder"),
        ),
        ("drop,rate=0.1", FaultRule(drop=True, rate=0.1)),
        ("latency=0.25", FaultRule(latency=0.25)),
        ("token_expired,count=1", FaultRule(token_expired=True, count=1)),
        ("status=429,retry-after=3", FaultRule(status=429, retry_after=3)),
    ],
)
def test_fault_specs(spec: str, expected: FaultRule) -> None:
    assert FaultRule.parse(spec) == expected


@pytest.mark.parametrize("spec", ["", "status=200", "drop,status=500", "rate=2,drop", "bogus=1"])
def test_bad_fault_specs(spec: str) -> None:
    with pytest.raises(ValueError):
        FaultRule.parse(spec)


def test_faults_from_kwargs() -> None:
    faults = ["status=500,count=1", {"status": 429, "count": 1}]
    with Sandbox(faults=faults) as sb, api_client(sb) as api:
        assert [api.get("/availableRegions").status_code for _ in range(3)] == [500, 429, 200]
