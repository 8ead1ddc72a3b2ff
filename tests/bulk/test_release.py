"""Releases are never resent blind: an unknown outcome is reconciled with a GET first."""

from __future__ import annotations

from pathlib import Path

from sinch_numbers import AsyncNumbersClient
from sinch_numbers.bulk import AsyncBulk, Progress
from sinch_numbers.sandbox import Sandbox
from sinch_numbers.testing import fixtures

from .conftest import FAST, GET, RELEASE


def _log(sb: Sandbox, phone: str) -> list[tuple[str, int]]:
    return [(e.route, e.status) for e in sb.requests.entries() if e.phone_number == phone]


async def test_release_done_and_sent_once_each(sb: Sandbox, aclient: AsyncNumbersClient) -> None:
    numbers = sb.seed_active(30)
    result = await AsyncBulk(aclient, concurrency=8, **FAST).release(numbers)
    assert str(result.summary) == "30 done, 0 failed, 0 skipped, 0 unknown"
    assert sb.state.active_numbers() == []
    assert sb.requests.per_number(RELEASE) == {n: 1 for n in numbers}


async def test_timeout_after_the_release_took_effect_is_reconciled_not_resent(
    sb: Sandbox,
) -> None:
    [phone] = sb.seed_active(1)
    # The sandbox performs the release 0.4 s after receiving it; the client gives up at 0.1 s.
    sb.faults.latency(0.4, route=RELEASE, count=1)
    async with fixtures.async_client(sb, timeout=0.1) as client:
        bulk = AsyncBulk(client, poll_interval=0.02, reconcile_delay=0.6)
        result = await bulk.release([phone])
    [only] = result.results
    assert (only.status, only.detail) == ("done", {"reconciled": True})
    assert sb.state.active_number(phone) is None
    assert _log(sb, phone) == [(RELEASE, 200), (GET, 404)]  # one release, then the GET


async def test_500_on_release_is_checked_with_a_get_before_it_is_resent(
    sb: Sandbox, aclient: AsyncNumbersClient
) -> None:
    [phone] = sb.seed_active(1)
    sb.faults.inject(500, route=RELEASE, count=1)
    seen: list[Progress] = []
    result = await AsyncBulk(aclient, progress=seen.append, **FAST).release([phone])
    assert result.results[0].status == "done"
    assert _log(sb, phone) == [(RELEASE, 500), (GET, 200), (RELEASE, 200)]
    # one number, one report, though it passed through "unknown" on the way
    assert [(p.finished, p.total, dict(p.counts)) for p in seen] == [(1, 1, {"done": 1})]


async def test_release_that_keeps_failing_stays_unknown_until_retry_unknown(
    sb: Sandbox, aclient: AsyncNumbersClient, tmp_path: Path
) -> None:
    [phone] = sb.seed_active(1)
    journal = tmp_path / "run.db"
    sb.faults.inject(503, route=RELEASE)
    first = await AsyncBulk(aclient, journal=journal, **FAST).release([phone])
    assert str(first.summary) == "0 done, 0 failed, 0 skipped, 1 unknown"
    assert "not resent again" in first.results[0].error
    sent = sb.requests.count(route=RELEASE)
    assert sent == 3  # each one followed by a GET showing the number still active

    sb.faults.clear()
    again = await AsyncBulk(aclient, journal=journal, **FAST).release([phone])
    assert again.results[0].status == "unknown"
    assert sb.requests.count(route=RELEASE) == sent  # an unknown is not resent by default

    retried = await AsyncBulk(aclient, journal=journal, retry_unknown=True, **FAST).release([phone])
    assert retried.resumed and retried.results[0].status == "done"
    assert sb.requests.count(route=RELEASE) == sent + 1
    assert sb.state.active_number(phone) is None


async def test_a_number_that_is_not_active_is_skipped(
    sb: Sandbox, aclient: AsyncNumbersClient
) -> None:
    result = await AsyncBulk(aclient, **FAST).release(["+12069999999"])
    assert result.results[0].status == "skipped"
    assert str(result.summary) == "0 done, 0 failed, 1 skipped, 0 unknown"
