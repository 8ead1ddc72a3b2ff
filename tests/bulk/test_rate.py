"""The adaptive rate limit settles under the sandbox's rate limit instead of thrashing."""

from __future__ import annotations

import math

import pytest

from sinch_numbers import AsyncNumbersClient
from sinch_numbers.bulk import AdaptiveRate, AsyncBulk
from sinch_numbers.sandbox import Sandbox

from .conftest import UPDATE

LIMIT = 100  # requests per second the sandbox lets through
WARM_UP = 100  # requests the limiter may need to find the limit


async def test_aimd_against_the_sandbox_rate_limit(
    sb: Sandbox, aclient: AsyncNumbersClient
) -> None:
    numbers = sb.seed_active(450)
    sb.rate_limit(LIMIT)
    result = await AsyncBulk(aclient, concurrency=16).update(numbers, display_name="paced")
    assert str(result.summary) == "450 done, 0 failed, 0 skipped, 0 unknown"
    log = [e for e in sb.requests.entries() if e.route == UPDATE]
    assert sum(e.status == 200 for e in log) == 450
    after = log[WARM_UP:]
    limited = sum(e.status == 429 for e in after)
    assert limited * 1000 / len(after) < 30  # fewer than 30 429s per 1,000 after warm-up
    assert result.rate_limited == sum(e.status == 429 for e in log)
    assert result.final_rate is not None and 0.5 * LIMIT < result.final_rate < 1.5 * LIMIT


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_one_cut_per_congestion_then_back_towards_the_peak() -> None:
    clock = FakeClock()
    rate = AdaptiveRate(clock=clock)
    assert math.isinf(rate.rate)
    for i in range(100):  # 100 successes over the last half second: ~200/s went through
        clock.now = i * 0.005
        rate.on_success(await rate.acquire())
    sent_before_cut = clock.now
    rate.on_limited(sent_before_cut)
    assert rate.cuts == 1 and 150 < rate.rate < 200
    first = rate.rate
    rate.on_limited(sent_before_cut)  # same congestion: counted, not cut again
    assert (rate.cuts, rate.limited, rate.rate) == (1, 2, first)
    clock.now += 0.1
    for _ in range(50):
        rate.on_success(clock.now)
    assert first < rate.rate < 205  # climbing back towards the peak
    rate.on_limited(clock.now)
    assert rate.cuts == 2 and rate.rate < first + 30


def test_bad_options_are_refused() -> None:
    with pytest.raises(ValueError, match="max_rate"):
        AdaptiveRate(0)
    with pytest.raises(ValueError, match="decrease"):
        AdaptiveRate(decrease=1.5)
