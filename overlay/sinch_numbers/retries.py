"""When to send a request again, and how long to wait first.

The rule that matters: a call that buys or changes something (``idempotent=False``) is only
resent when the server certainly did not act on it — the connection was never made, or the
server answered 429. When the outcome is unknown (a timeout or dropped connection after
sending, a 5xx, a 408) it raises ``OutcomeUnknownError`` instead, so a number is never bought
twice.

``run_sync`` / ``run_async`` drive one logical call::

    response = run_sync(
        lambda: rent_any.sync_detailed(project_id, client=client, body=body),
        policy=policy,
        idempotent=False,
        reconcile_hint="List active numbers to see whether the number was rented.",
    )
    return response.parsed  # only 2xx gets here; anything else was raised

They return the first 2xx response and raise otherwise: ``make_status_error`` for a final
non-2xx, ``APIConnectionError`` / ``APITimeoutError`` for transport failures, and
``OutcomeUnknownError`` as above. Errors of this package raised by ``send`` (for example a
failed token request in ``SinchOAuth2``) pass through untouched: the API call was not sent.
``method`` and ``path``, when given, name the call in retry log lines and in
``OutcomeUnknownError``.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import NamedTuple, Protocol, TypeVar

import httpx

from sinch_numbers.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    OutcomeUnknownError,
    SinchNumbersError,
    get_header,
    make_status_error,
    parse_retry_after,
)

__all__ = [
    "DEFAULT_RECONCILE_HINT",
    "ResponseLike",
    "RetryPolicy",
    "parse_retry_after",
    "run_async",
    "run_sync",
]

logger = logging.getLogger("sinch_numbers")

DEFAULT_RECONCILE_HINT = "Check the resource's current state before trying again."

# Raised before any byte of the request reached the server: always safe to resend.
_NOT_SENT: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ProxyError,
)
# Request mistakes on our side: resending cannot help, and nothing was sent.
_NOT_RETRYABLE: tuple[type[Exception], ...] = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


class ResponseLike(Protocol):
    """What the runners need from one attempt: the generated ``Response`` or ``httpx.Response``."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...


R = TypeVar("R", bound=ResponseLike)


class _Call(NamedTuple):
    """What one run knows about its call, for the decisions and the messages."""

    idempotent: bool
    reconcile_hint: str | None
    method: str | None
    path: str | None

    @property
    def prefix(self) -> str:
        """``"METHOD /path: "`` for messages, when the call has a name."""
        return f"{self.method} {self.path}: " if self.method and self.path else ""


@dataclass(frozen=True)
class RetryPolicy:
    """How many times to resend and how long to wait between attempts.

    ``max_retries`` counts resends, so a call makes at most ``max_retries + 1`` attempts.
    Waits grow as ``initial_delay * 2**(retry - 1)`` up to ``max_delay``, each shortened by a
    random fraction of up to ``jitter`` so many clients do not retry in lockstep. A server's
    ``Retry-After`` replaces the backoff; one longer than ``max_retry_after`` is not waited for
    at all: the error is raised at once with ``retry_after`` set, for the caller to decide.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.initial_delay < 0 or self.max_delay < 0 or self.max_retry_after < 0:
            raise ValueError("delays must be >= 0")
        if not 0 <= self.jitter <= 1:
            raise ValueError("jitter must be between 0 and 1")

    def delay_for(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (1 for the first resend)."""
        server_wait = parse_retry_after(retry_after)
        if server_wait is not None:
            return min(server_wait, self.max_retry_after)
        backoff = min(self.max_delay, self.initial_delay * 2.0 ** max(attempt - 1, 0))
        return backoff * (1 - self.jitter * random.random())

    def wants_retry_after(self, retry_after: str | None) -> bool:
        """False when the server asks for a longer wait than this policy will sleep."""
        server_wait = parse_retry_after(retry_after)
        return server_wait is None or server_wait <= self.max_retry_after


def run_sync(
    send: Callable[[], R],
    *,
    policy: RetryPolicy,
    idempotent: bool,
    reconcile_hint: str | None = None,
    sleep: Callable[[float], None] = time.sleep,
    method: str | None = None,
    path: str | None = None,
) -> R:
    """Call ``send`` until it yields a 2xx response, retrying per ``policy``; see module doc."""
    call = _Call(idempotent, reconcile_hint, method, path)
    attempt = 0
    while True:
        try:
            response = send()
        except SinchNumbersError:
            raise
        except httpx.RequestError as exc:
            delay = _delay_after_exception(exc, attempt, policy, call)
        else:
            if _succeeded(response):
                return response
            delay = _delay_after_response(response, attempt, policy, call)
        attempt += 1
        sleep(delay)


async def run_async(
    send: Callable[[], Awaitable[R]],
    *,
    policy: RetryPolicy,
    idempotent: bool,
    reconcile_hint: str | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    method: str | None = None,
    path: str | None = None,
) -> R:
    """``run_sync`` for coroutines; ``sleep`` defaults to ``asyncio.sleep``."""
    if sleep is None:
        import asyncio  # not at module level: keeps ``import sinch_numbers`` light

        sleep = asyncio.sleep
    call = _Call(idempotent, reconcile_hint, method, path)
    attempt = 0
    while True:
        try:
            response = await send()
        except SinchNumbersError:
            raise
        except httpx.RequestError as exc:
            delay = _delay_after_exception(exc, attempt, policy, call)
        else:
            if _succeeded(response):
                return response
            delay = _delay_after_response(response, attempt, policy, call)
        attempt += 1
        await sleep(delay)


def _succeeded(response: ResponseLike) -> bool:
    return 200 <= int(response.status_code) < 300


def _delay_after_response(
    response: ResponseLike, attempt: int, policy: RetryPolicy, call: _Call
) -> float:
    """The wait before the next attempt after a non-2xx, or raise the final error."""
    status = int(response.status_code)
    error = make_status_error(
        status,
        response.headers,
        response.content,
        response=response if isinstance(response, httpx.Response) else None,
    )
    retry_after = get_header(response.headers, "retry-after")
    if status == 429:
        # Refused, not performed: as safe to resend as the call was to send.
        if attempt < policy.max_retries and policy.wants_retry_after(retry_after):
            delay = policy.delay_for(attempt + 1, retry_after)
            return _announce(delay, attempt, policy, error, call)
        raise error
    if status == 408 or status >= 500:
        if not call.idempotent:
            raise _outcome_unknown(
                f"the server answered {error}", call, status, error.request_id
            ) from error
        if attempt < policy.max_retries and policy.wants_retry_after(retry_after):
            delay = policy.delay_for(attempt + 1, retry_after)
            return _announce(delay, attempt, policy, error, call)
    raise error


def _delay_after_exception(
    exc: httpx.RequestError, attempt: int, policy: RetryPolicy, call: _Call
) -> float:
    """The wait before the next attempt, or raise the mapped error."""
    error = _connection_error(exc)
    if isinstance(exc, _NOT_RETRYABLE):
        raise error from exc
    if not isinstance(exc, _NOT_SENT) and not call.idempotent:
        raise _outcome_unknown(f"the request failed after it was sent ({error})", call) from exc
    if isinstance(exc, httpx.TransportError) and attempt < policy.max_retries:
        return _announce(policy.delay_for(attempt + 1), attempt, policy, error, call)
    raise error from exc


def _connection_error(exc: httpx.RequestError) -> APIConnectionError:
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out: {detail}")
    return APIConnectionError(f"Connection error: {detail}")


def _outcome_unknown(
    what: str, call: _Call, status_code: int | None = None, request_id: str | None = None
) -> OutcomeUnknownError:
    return OutcomeUnknownError(
        f"Outcome unknown: {call.prefix}{what}; it may or may not have taken effect, so it was "
        "not resent.",
        reconcile_hint=call.reconcile_hint or DEFAULT_RECONCILE_HINT,
        method=call.method,
        path=call.path,
        status_code=status_code,
        request_id=request_id,
    )


def _announce(
    delay: float, attempt: int, policy: RetryPolicy, error: APIError, call: _Call
) -> float:
    if isinstance(error, APIStatusError):
        reason = f"HTTP {error.status_code}"
        if error.request_id:
            reason += f" [request_id={error.request_id}]"
    else:
        reason = error.message
    logger.info(
        "%sRetrying in %.2fs (retry %d of %d) after %s",
        call.prefix,
        delay,
        attempt + 1,
        policy.max_retries,
        reason,
    )
    return delay
