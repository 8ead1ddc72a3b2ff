"""The sandbox at fleet scale: 10,000 seeded numbers, a rate limit, a request log."""

from __future__ import annotations

import httpx

from sinch_numbers import NumbersClient, RateLimitError
from sinch_numbers.sandbox import Sandbox
from sinch_numbers.sandbox.faults import RateLimit

from .conftest import GET


def test_seeds_10000_active_numbers_idempotently(sb: Sandbox, client: NumbersClient) -> None:
    numbers = sb.seed_active(10_000, service_plan_id="plan-a", display_name="seeded")
    assert len(set(numbers)) == 10_000
    assert sb.seed_active(10_000) == numbers  # the same numbers; nothing added twice
    page = next(iter(client.active_numbers.list(page_size=1000).iter_pages()))
    assert page.total_size == 10_000
    first = page.active_numbers[0]
    assert (first.display_name, first.sms_configuration.service_plan_id) == ("seeded", "plan-a")


def test_admin_endpoints_seed_limit_and_show_requests(sb: Sandbox, client: NumbersClient) -> None:
    admin = httpx.Client(base_url=sb.base_url, trust_env=False)
    with admin:
        seeded = admin.post("/_sandbox/activeNumbers:seed", json={"count": 3, "appId": "app"})
        assert seeded.json() == {"count": 3, "first": ["+12067300000"], "last": ["+13037300000"]}
        limit = admin.post("/_sandbox/rate-limit", json={"perSecond": 0.5, "burst": 2})
        assert limit.json() == {"rateLimit": {"perSecond": 0.5, "burst": 2, "limited": 0}}
        client.with_options(max_retries=0).active_numbers.get("+12067300000")
        client.with_options(max_retries=0).active_numbers.get("+12067300000")
        try:
            client.with_options(max_retries=0).active_numbers.get("+12067300000")
        except RateLimitError as exc:
            assert exc.retry_after == 2.0  # whole seconds until the next token, at 0.5/s
        else:
            raise AssertionError("the third request within a second was not limited")
        log = admin.get("/_sandbox/requests").json()["requests"]
        gets = [r for r in log if r["route"] == GET]
        assert [r["status"] for r in gets] == [200, 200, 429]
        assert {r["phoneNumber"] for r in gets} == {"+12067300000"}
        assert admin.post("/_sandbox/rate-limit", json={"perSecond": None}).json() == {
            "rateLimit": None
        }
        assert admin.delete("/_sandbox/requests").status_code == 200
        assert admin.get("/_sandbox/requests").json() == {"requests": []}
        bad = admin.post("/_sandbox/activeNumbers:seed", json={"count": -1})
        assert bad.status_code == 400


def test_token_bucket() -> None:
    now = [0.0]
    bucket = RateLimit(10, burst=2, clock=lambda: now[0])
    assert [bucket.take(), bucket.take()] == [None, None]
    wait = bucket.take()
    assert wait is not None and abs(wait - 0.1) < 1e-9
    now[0] = 0.1
    assert bucket.take() is None and bucket.limited == 1


def test_seed_and_rate_limit_flags_of_the_sandbox_command() -> None:
    import re
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "sinch_numbers.sandbox", "--port", "0", "--seed-active", "25",
         "--rate-limit", "1000", "--rate-limit-burst", "5"],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        match = re.fullmatch(r"sandbox listening on (\S+)\n", process.stdout.readline())
        assert match is not None
        with httpx.Client(base_url=match.group(1), trust_env=False) as admin:
            faults = admin.get("/_sandbox/faults").json()
            assert faults["rateLimit"] == {"perSecond": 1000.0, "burst": 5, "limited": 0}
            listed = admin.get(
                "/v1/projects/sandbox-project/activeNumbers",
                params={"pageSize": 1},
                auth=("sandbox-key-id", "sandbox-key-secret"),
            )
            assert listed.json()["totalSize"] == 25
    finally:
        process.terminate()
        process.wait(timeout=10)
