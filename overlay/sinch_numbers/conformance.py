"""What a client saw of the server departing from the spec, and what to do about it.

The generated models never fail on what Sinch sends (explicit ``null``s, objects without their
discriminator, unknown fields and values, values of another type): they keep the data and
report each departure as a :class:`~sinch_numbers_api.conformance.Deviation`. A client gathers
them in its :class:`ConformanceRecord` (``client.conformance``): each distinct (operation, JSON
path, kind) is logged once as a WARNING on the ``sinch_numbers.conformance`` logger, passed to
``on_deviation``, and kept with a count. ``strict_responses=True`` turns a response with
deviations into :class:`~sinch_numbers.errors.ResponseValidationError` (for your tests; the
default stays tolerant).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sinch_numbers_api.conformance import Deviation, Kind

__all__ = ["LOGGER_NAME", "ConformanceRecord", "DeviationKey"]

LOGGER_NAME = "sinch_numbers.conformance"
DeviationKey = tuple[str | None, str, "Kind"]

logger = logging.getLogger(LOGGER_NAME)

#: Distinct keys one record keeps; past it, new kinds of deviation are counted, not kept.
_MAX_KEYS = 1_000


class ConformanceRecord:
    """Deviations from the spec seen in responses: the first of each key, and how often.

    Shared by a client and its ``with_options()`` copies; safe across threads and tasks.
    """

    def __init__(self, on_deviation: Callable[[Deviation], None] | None = None) -> None:
        self._on_deviation = on_deviation
        self._first: dict[DeviationKey, Deviation] = {}
        self._counts: dict[DeviationKey, int] = {}
        self._dropped = 0
        self._lock = threading.Lock()

    def add(self, deviation: Deviation, count: int = 1) -> None:
        """Record ``deviation`` (seen ``count`` times); the first of its key is logged."""
        key = deviation.key
        with self._lock:
            if key in self._counts:
                self._counts[key] += count
                return
            if len(self._counts) >= _MAX_KEYS:
                self._dropped += count
                return
            self._first[key] = deviation
            self._counts[key] = count
        logger.warning("%s", deviation.message)
        if self._on_deviation is not None:
            self._on_deviation(deviation)

    def deviations(self) -> list[Deviation]:
        """The first deviation of each (operation, path, kind), in the order they were seen."""
        with self._lock:
            return list(self._first.values())

    def counts(self) -> dict[DeviationKey, int]:
        """How many times each (operation, path, kind) was seen."""
        with self._lock:
            return dict(self._counts)

    def clear(self) -> None:
        with self._lock:
            self._first.clear()
            self._counts.clear()
            self._dropped = 0

    def __len__(self) -> int:
        with self._lock:
            return len(self._counts)

    def __repr__(self) -> str:
        return f"ConformanceRecord({len(self)} kinds of deviation)"


class CallDeviations:
    """The deviations of one response, collected while it is parsed (a sink)."""

    __slots__ = ("counts", "first")

    def __init__(self) -> None:
        self.first: dict[DeviationKey, Deviation] = {}
        self.counts: dict[DeviationKey, int] = {}

    def __call__(self, deviation: Deviation) -> None:
        key = deviation.key
        if key in self.counts:
            self.counts[key] += 1
        else:
            self.first[key] = deviation
            self.counts[key] = 1

    def clear(self) -> None:
        self.first.clear()
        self.counts.clear()

    def flush(self, record: ConformanceRecord) -> None:
        for key, deviation in self.first.items():
            record.add(deviation, self.counts[key])
