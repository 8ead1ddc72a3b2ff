"""Wall-clock time that tests can move forward, and the timestamp formats Sinch uses."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime


class Clock:
    """``time.time()`` plus an offset, so order expiry can be tested without waiting."""

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        return time.time() + self._offset

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._offset += seconds

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0


def rfc3339(ts: float) -> str:
    """``2026-03-07T16:53:00.204187Z``: the format of resource timestamps."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def naive_timestamp(ts: float) -> str:
    """``2023-06-06T07:45:27.785357``: callback timestamps carry no zone, like Sinch's."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def add_months(ts: float, months: int) -> float:
    """The same day and time ``months`` later (clamped to the month's last day)."""
    start = datetime.fromtimestamp(ts, UTC)
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return start.replace(year=year, month=month, day=day).timestamp()
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover
