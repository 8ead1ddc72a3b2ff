"""``sinch_faults``: make the next calls to the sandbox fail, slowly or not at all.

A thin layer over ``Sandbox.faults`` for tests: rules last one call unless told otherwise,
``Retry-After`` is 0 so that retries do not sleep, and a route can be named by the client
method you call (``"active_numbers.list"``) as well as by the spec's operationId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sinch_numbers.sandbox import FaultRule, Sandbox

__all__ = ["SinchFaults", "route_name"]

#: ``route=`` for the OAuth2 token endpoint.
TOKEN = "token"


def route_name(route: str | None) -> str:
    """The sandbox route for ``route``: a client method (``"available_numbers.rent"``), an
    operationId (``"NumberService_RentNumber"``), ``"token"``, or ``None`` (every API call,
    not the token request a client makes first)."""
    from sinch_numbers.resources._operations import OPERATIONS
    from sinch_numbers.sandbox.faults import API_ROUTES, TOKEN_ROUTE

    if route is None:
        return API_ROUTES
    if route in (TOKEN, TOKEN_ROUTE):
        return TOKEN_ROUTE
    if route in OPERATIONS:
        return route
    by_method = {f"{resource}.{method}": op for op, (resource, method) in OPERATIONS.items()}
    if route in by_method:
        return by_method[route]
    raise ValueError(
        f"unknown route {route!r}: use a client method such as 'active_numbers.list' "
        f"(one of: {', '.join(sorted(by_method))}), an operationId, or 'token'"
    )


class SinchFaults:
    """Faults for the next calls to ``sandbox``; each method returns the rule, whose
    ``hits`` counts the calls it answered."""

    def __init__(self, sandbox: Sandbox) -> None:
        self._sandbox = sandbox

    def inject(
        self,
        status: int,
        *,
        count: int | None = 1,
        route: str | None = None,
        retry_after: int = 0,
        rate: float = 1.0,
    ) -> FaultRule:
        """Answer the next ``count`` calls (``None``: every call) with ``status``, e.g. 429,
        500 or 503, in Sinch's error shape; 429 and 503 carry ``Retry-After``."""
        return self._sandbox.faults.inject(
            status, route=route_name(route), count=count, rate=rate, retry_after=retry_after
        )

    def latency(
        self, seconds: float, *, count: int | None = 1, route: str | None = None
    ) -> FaultRule:
        """Delay the next ``count`` responses by ``seconds``."""
        return self._sandbox.faults.latency(seconds, route=route_name(route), count=count)

    def drop(self, *, count: int | None = 1, route: str | None = None) -> FaultRule:
        """Close the connection of the next ``count`` calls without any response."""
        return self._sandbox.faults.drop(route=route_name(route), count=count)

    def token_expired(self, *, count: int | None = 1, route: str | None = None) -> FaultRule:
        """Answer 401 "token expired" to the next ``count`` calls and expire their token."""
        return self._sandbox.faults.token_expired(route=route_name(route), count=count)

    def clear(self) -> None:
        """Remove every fault rule and sequence."""
        self._sandbox.faults.clear()

    @property
    def rules(self) -> list[FaultRule]:
        """The rules still active (a rule whose ``count`` is used up is gone)."""
        return self._sandbox.faults.rules

    def __repr__(self) -> str:
        return f"SinchFaults({len(self.rules)} active rules)"
