"""Fault injection: latency, error statuses, dropped connections, token expiry, rate limits.

Rules apply per route (the spec's operationId, or ``OAuth2Token`` for the token
endpoint), to every API operation (``api``: all but the token endpoint) or to
every route, by probability (``rate``) and/or for a number of requests
(``count``). Sequences give exact, deterministic per-request outcomes.

A rate limit (``Faults.rate_limit``) is a token bucket over API requests (``per_second``,
``burst``): a request that finds it empty gets 429 with ``Retry-After`` in whole seconds (at
least 1), as a live API enforcing a quota answers. The token endpoint is never limited.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

TOKEN_ROUTE = "OAuth2Token"
#: Route name matching every operation of the spec, but not the token endpoint.
API_ROUTES = "api"

Action = Literal["pass", "status", "drop", "token_expired"]

_FLAGS = ("drop", "token_expired")
_NUMBERS = {"status": int, "latency": float, "rate": float, "count": int, "retry_after": int}


@dataclass(slots=True)
class FaultRule:
    """One fault. Exactly one of ``status``/``drop``/``token_expired``, and/or ``latency``."""

    status: int | None = None
    drop: bool = False
    token_expired: bool = False
    latency: float = 0.0
    route: str | None = None
    rate: float = 1.0
    count: int | None = None
    retry_after: int = 1
    hits: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        failures = (self.status is not None) + self.drop + self.token_expired
        if failures > 1:
            raise ValueError("a fault rule has at most one of status, drop, token_expired")
        if failures == 0 and self.latency <= 0:
            raise ValueError("a fault rule needs status, drop, token_expired or latency")
        if self.status is not None and not 400 <= self.status <= 599:
            raise ValueError("status must be an HTTP error status (400-599)")
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError("rate must be between 0 and 1")
        if self.count is not None and self.count < 1:
            raise ValueError("count must be at least 1")
        if self.latency < 0 or self.retry_after < 0:
            raise ValueError("latency and retry_after must not be negative")

    @property
    def action(self) -> Action:
        if self.status is not None:
            return "status"
        if self.drop:
            return "drop"
        return "token_expired" if self.token_expired else "pass"

    def matches(self, route: str) -> bool:
        if self.route == API_ROUTES:
            return route not in (TOKEN_ROUTE, "")
        return self.route is None or self.route == route

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FaultRule:
        known = {f for f in cls.__dataclass_fields__ if f != "hits"}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fault fields: {', '.join(sorted(unknown))}")
        return cls(**dict(data))

    @classmethod
    def parse(cls, spec: str) -> FaultRule:
        """Parse the CLI form, e.g. ``status=503,count=2,route=GetNumberOrder``,
        ``drop,rate=0.1``, ``latency=0.2`` or ``token_expired,count=1``."""
        values: dict[str, Any] = {}
        for item in filter(None, (part.strip() for part in spec.split(","))):
            key, sep, raw = item.partition("=")
            key = key.strip().replace("-", "_")
            if key in _FLAGS and not sep:
                values[key] = True
            elif key == "route" and sep:
                values[key] = raw.strip()
            elif key in _NUMBERS and sep:
                values[key] = _NUMBERS[key](raw.strip())
            else:
                raise ValueError(f"bad fault item {item!r} in {spec!r}")
        return cls.from_dict(values)


Outcome = int | Literal["drop", "token_expired"] | None


@dataclass(frozen=True, slots=True)
class FaultDecision:
    """What to do to one request."""

    action: Action = "pass"
    latency: float = 0.0
    status: int = 0
    retry_after: int = 1


PASS = FaultDecision()


class RateLimit:
    """A token bucket: ``per_second`` requests a second, bursts of up to ``burst``."""

    def __init__(
        self,
        per_second: float,
        burst: int | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not per_second > 0 or math.isinf(per_second):
            raise ValueError("per_second must be a positive number")
        self.per_second = float(per_second)
        self.burst = burst if burst is not None else max(1, round(per_second / 10))
        if self.burst < 1:
            raise ValueError("burst must be at least 1")
        self._clock = clock
        self._tokens = float(self.burst)
        self._at = clock()
        self.limited = 0  # requests answered 429 so far

    def take(self) -> float | None:
        """Take a token: None when there was one, else the seconds until there is one.

        Not thread-safe on its own; ``Faults`` calls it under its lock."""
        now = self._clock()
        self._tokens = min(float(self.burst), self._tokens + (now - self._at) * self.per_second)
        self._at = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return None
        self.limited += 1
        return (1.0 - self._tokens) / self.per_second

    def to_dict(self) -> dict[str, Any]:
        return {"perSecond": self.per_second, "burst": self.burst, "limited": self.limited}


def retry_after_header(wait: float) -> int:
    """Whole seconds (RFC 9110 delta-seconds), never 0: what a live API would send."""
    return max(1, math.ceil(wait))


class Faults:
    """Thread-safe set of fault rules, consulted once per request."""

    def __init__(self, rules: Iterable[FaultRule] = (), *, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self._sequences: dict[str | None, deque[Outcome]] = {}
        self._random = random.Random(seed)
        self._expire_tokens: Callable[[], None] | None = None
        self._limit: RateLimit | None = None
        for rule in rules:
            self.add(rule)

    # -- configuration -------------------------------------------------
    def add(self, rule: FaultRule | Mapping[str, Any] | str) -> FaultRule:
        if isinstance(rule, str):
            rule = FaultRule.parse(rule)
        elif not isinstance(rule, FaultRule):
            rule = FaultRule.from_dict(rule)
        with self._lock:
            self._rules.append(rule)
        return rule

    def inject(
        self,
        status: int,
        *,
        route: str | None = None,
        count: int | None = None,
        rate: float = 1.0,
        retry_after: int = 1,
    ) -> FaultRule:
        """Answer with ``status`` (429, 500, 503, ...) in Sinch's error shape."""
        return self.add(
            FaultRule(status=status, route=route, count=count, rate=rate, retry_after=retry_after)
        )

    def drop(
        self, *, route: str | None = None, count: int | None = None, rate: float = 1.0
    ) -> FaultRule:
        """Close the connection without sending any response."""
        return self.add(FaultRule(drop=True, route=route, count=count, rate=rate))

    def latency(
        self, seconds: float, *, route: str | None = None, count: int | None = None
    ) -> FaultRule:
        """Delay responses by ``seconds``."""
        return self.add(FaultRule(latency=seconds, route=route, count=count))

    def token_expired(self, *, route: str | None = None, count: int | None = 1) -> FaultRule:
        """Answer 401 ``invalid_token``/``expired`` and expire the token that was sent."""
        return self.add(FaultRule(token_expired=True, route=route, count=count))

    def sequence(self, outcomes: Sequence[Outcome], *, route: str | None = None) -> None:
        """Exact outcomes of the next requests, in order: a status code, ``"drop"``,
        ``"token_expired"``, or ``None``/``200`` to let one request through."""
        for outcome in outcomes:
            if outcome not in (None, "drop", "token_expired") and not isinstance(outcome, int):
                raise ValueError(f"bad sequence outcome {outcome!r}")
        with self._lock:
            self._sequences.setdefault(route, deque()).extend(outcomes)

    def rate_limit(self, per_second: float | None, *, burst: int | None = None) -> RateLimit | None:
        """Limit API requests to ``per_second`` (bursts of ``burst``, default a tenth of a
        second's worth); the surplus gets 429 with ``Retry-After``. ``None`` lifts the limit."""
        limit = None if per_second is None else RateLimit(per_second, burst)
        with self._lock:
            self._limit = limit
        return limit

    @property
    def limit(self) -> RateLimit | None:
        return self._limit

    def expire_tokens(self) -> None:
        """Expire every access token issued so far (clients must fetch a new one)."""
        if self._expire_tokens is not None:
            self._expire_tokens()

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()
            self._sequences.clear()
            self._limit = None

    @property
    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            snapshot: dict[str, Any] = {
                "rules": [r.to_dict() for r in self._rules],
                "sequences": [
                    {"route": route, "outcomes": list(queue)}
                    for route, queue in self._sequences.items()
                    if queue
                ],
            }
            if self._limit is not None:
                snapshot["rateLimit"] = self._limit.to_dict()
            return snapshot

    def bind_token_expiry(self, expire_all: Callable[[], None]) -> None:
        self._expire_tokens = expire_all

    # -- decision ------------------------------------------------------
    def decide(self, route: str) -> FaultDecision:
        with self._lock:
            api = route not in (TOKEN_ROUTE, "")
            if api and self._limit is not None:
                wait = self._limit.take()
                if wait is not None:
                    return FaultDecision("status", status=429, retry_after=retry_after_header(wait))
            if not self._rules and not self._sequences:
                return PASS
            for key in (route, API_ROUTES, None) if api else (route, None):
                queue = self._sequences.get(key)
                if queue:
                    return _from_outcome(queue.popleft())
            latency = 0.0
            chosen: FaultRule | None = None
            for rule in list(self._rules):
                if not rule.matches(route) or self._random.random() >= rule.rate:
                    continue
                if rule.action == "pass":
                    latency += rule.latency
                    self._consume(rule)
                elif chosen is None:
                    chosen = rule
                    latency += rule.latency
                    self._consume(rule)
            if chosen is None:
                return FaultDecision(latency=latency)
            return FaultDecision(
                action=chosen.action,
                latency=latency,
                status=chosen.status or 0,
                retry_after=chosen.retry_after,
            )

    def _consume(self, rule: FaultRule) -> None:
        rule.hits += 1
        if rule.count is not None:
            rule.count -= 1
            if rule.count == 0:
                self._rules.remove(rule)


def _from_outcome(outcome: Outcome) -> FaultDecision:
    if outcome is None or outcome == 200:
        return PASS
    if outcome == "drop":
        return FaultDecision(action="drop")
    if outcome == "token_expired":
        return FaultDecision(action="token_expired")
    assert isinstance(outcome, int)
    return FaultDecision(action="status", status=outcome)
