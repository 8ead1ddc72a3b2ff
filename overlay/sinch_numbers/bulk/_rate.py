"""An adaptive rate limit (AIMD): send as fast as the server takes, and no faster.

Requests start unpaced (only the concurrency bounds them) unless ``max_rate`` is given. The
first 429 sets a rate from what was measured to go through; each further 429 cuts the rate
multiplicatively (by ``decrease``, or harder when many answers are 429s, as at the first
contact with a limit). Each success raises it: by 1 % of the distance to the rate of the
last cut while below it (back to where the limit was met within a few dozen requests), then
additively by ``increase`` requests/second (``increase * rate`` per second) to probe beyond.
Throughput settles in a sawtooth just under the server's limit instead of thrashing.

One congestion event cuts once: 429s answering requests sent before the last cut are counted
but do not cut again (they were sent at the old rate). ``Retry-After`` is honoured by the
caller for the refused request itself; the shared rate only slows, it never stops every
worker for the server's whole wait.

No I/O here but ``asyncio.sleep``; the clock is injectable for tests.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable

__all__ = ["AdaptiveRate"]

_WINDOW = 1.0  # seconds of history for the measured rate


class AdaptiveRate:
    def __init__(
        self,
        max_rate: float | None = None,
        *,
        decrease: float = 0.9,
        increase: float = 0.05,
        min_rate: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if max_rate is not None and not max_rate > 0:
            raise ValueError("max_rate must be positive")
        if not 0 < decrease < 1:
            raise ValueError("decrease must be between 0 and 1")
        self._ceiling = math.inf if max_rate is None else float(max_rate)
        self.rate = self._ceiling  # requests per second now; inf: unpaced
        self._decrease = decrease
        self._increase = increase
        self._min = min_rate
        self._clock = clock
        self._next = 0.0
        self._cut_at = -math.inf
        self._peak = math.inf  # the rate at the last cut: where the limit was met
        self._ok: deque[float] = deque()  # when recent successes were sent
        self._recent: deque[bool] = deque(maxlen=20)  # recent answers: True for a 429
        self.sent = 0
        self.limited = 0
        self.cuts = 0

    async def acquire(self) -> float:
        """Wait for this request's turn; returns its send time (for ``on_limited``)."""
        now = self._clock()
        self.sent += 1
        if math.isinf(self.rate):
            return now
        slot = max(now, self._next)
        self._next = slot + 1.0 / self.rate
        if slot > now:
            await asyncio.sleep(slot - now)
        return slot

    def on_success(self, sent_at: float) -> None:
        self._recent.append(False)
        self._ok.append(sent_at)
        while self._ok and self._ok[0] < sent_at - _WINDOW:
            self._ok.popleft()
        if not math.isinf(self.rate):
            # Back towards the last peak quickly (1 % of the gap per success), then probe
            # beyond it additively.
            gap = self._peak - self.rate
            step = max(self._increase, gap * 0.01) if gap > 0 else self._increase
            self.rate = min(self._ceiling, self.rate + step)

    def on_limited(self, sent_at: float) -> None:
        """A 429 answered the request sent at ``sent_at``."""
        self.limited += 1
        self._recent.append(True)
        if sent_at <= self._cut_at:
            return  # sent at the old rate; that congestion was already answered
        now = self._clock()
        base = self._measured(now) if math.isinf(self.rate) else self.rate
        share = sum(self._recent) / len(self._recent)
        factor = self._decrease if share <= 0.25 else self._decrease**3
        self._peak = base
        self.rate = max(self._min, base * factor)
        self._cut_at = now
        self.cuts += 1
        self._next = max(self._next, now + 1.0 / self.rate)

    def _measured(self, now: float) -> float:
        """Successes per second over the last window (the rate the server let through)."""
        if not self._ok:
            return self._min
        span = max(now - self._ok[0], 1.0 / max(len(self._ok), 1), 0.05)
        return max(self._min, len(self._ok) / min(span, _WINDOW))
