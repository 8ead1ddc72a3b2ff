"""Races: concurrent rents of one number, and concurrent orders for one number."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from sinch_numbers.sandbox import Sandbox

from .conftest import api_client


def _race(sb: Sandbox, method: str, path: str, body: dict[str, object]) -> list[httpx.Response]:
    """20 requests at once, each on its own connection."""
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=20)
    with api_client(sb, limits=limits) as client, ThreadPoolExecutor(max_workers=20) as pool:
        futures = [pool.submit(client.request, method, path, json=body) for _ in range(20)]
        return [f.result() for f in futures]


def test_twenty_concurrent_rents_one_winner(sb: Sandbox) -> None:
    responses = _race(sb, "POST", "/availableNumbers/+12025550134:rent", {})
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] + [404] * 19
    for loser in (r for r in responses if r.status_code == 404):
        error = loser.json()["error"]
        assert error["status"] == "NOT_FOUND"
        assert "available" in error["message"]
        assert error["details"][0]["resourceName"] == "+12025550134"
    assert [n["phoneNumber"] for n in sb.state.active_numbers()] == ["+12025550134"]


def test_twenty_concurrent_rent_any_get_distinct_numbers(sb: Sandbox) -> None:
    body = {"regionCode": "US", "type": "LOCAL"}
    responses = _race(sb, "POST", "/availableNumbers:rentAny", body)
    assert all(r.status_code == 200 for r in responses)
    numbers = {r.json()["phoneNumber"] for r in responses}
    assert len(numbers) == 20
    assert len(sb.state.active_numbers()) == 20


def test_twenty_concurrent_orders_one_reservation(sb: Sandbox) -> None:
    body = {
        "regionCode": "AU",
        "numberType": "MOBILE",
        "numberOrderOption": {"phoneNumbers": ["+61411111112"]},
    }
    responses = _race(sb, "POST", "/numberOrders:createNumberOrder", body)
    assert sorted(r.status_code for r in responses) == [200] + [400] * 19
    assert len(sb.state.orders()) == 1
