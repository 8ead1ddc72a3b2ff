"""Authentication for the Numbers API: OAuth 2.0 client credentials, or HTTP Basic.

Use ``SinchOAuth2`` (recommended: the key secret is sent only to the token endpoint) or
``basic_auth()`` as the ``auth`` of an ``httpx.Client`` / ``httpx.AsyncClient``.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from sinch_numbers import _logging
from sinch_numbers._http import shared_ssl_context
from sinch_numbers.errors import (
    APIError,
    APIStatusError,
    AuthenticationError,
    SinchNumbersError,
)
from sinch_numbers.retries import RetryPolicy, run_async, run_sync

if TYPE_CHECKING:
    import asyncio

__all__ = ["DEFAULT_AUTH_URL", "SinchBasicAuth", "SinchOAuth2", "basic_auth"]

DEFAULT_AUTH_URL = "https://auth.sinch.com/oauth2/token"
_DEFAULT_EXPIRES_IN = 300.0  # used when the token response has no usable expires_in


@dataclass(frozen=True)
class _Token:
    value: str = field(repr=False)
    refresh_at: float  # on the injected monotonic clock


class SinchOAuth2(httpx.Auth):
    """OAuth 2.0 client-credentials auth with a shared, proactively refreshed token.

    The token is cached until ``expires_in`` minus ``refresh_margin`` (at most half its
    lifetime), so requests rarely meet an expired one. If the API still answers 401, the token
    is refreshed and the request resent, once. Concurrent requests that need a token wait for
    a single token request (a ``threading.Lock`` for sync use, an ``asyncio.Lock`` per event
    loop for async use), and share its failure if it fails.

    The token request goes through ``http_client`` when one is given (the client's own
    ``http_client=``, so its proxy, certificates and transport apply, with this auth's
    ``timeout``), else through a short-lived internal httpx client; never through the auth
    flow of the client this auth is attached to. httpx closes an auth flow when a request it yielded
    fails in transit, so a flow cannot retry a token-endpoint connection error, and the
    failure would reach the caller's retry runner looking like a failure of the API call
    itself, which for a purchase means a false ``OutcomeUnknownError``. A separate client
    keeps token retries here, bounded by ``retry_policy``. It gets the logging hooks;
    ``httpx_args`` (for example ``proxy``, ``verify``) are passed to its constructor. Token
    requests happen about once an hour, so a fresh client each time costs little and avoids
    an ``AsyncClient`` outliving its event loop.

    Token endpoint errors: 400/401 raise ``AuthenticationError`` immediately; 429, 5xx and
    connection errors are retried per ``retry_policy`` (honouring ``Retry-After``), then
    raise the mapped error.
    """

    def __init__(
        self,
        key_id: str,
        key_secret: str,
        *,
        auth_url: str = DEFAULT_AUTH_URL,
        refresh_margin: float = 60.0,
        timeout: float | httpx.Timeout = 10.0,
        retry_policy: RetryPolicy | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if not key_id or not key_secret:
            raise ValueError("key_id and key_secret are required")
        self.key_id = key_id
        self.auth_url = auth_url
        self._credentials = httpx.BasicAuth(key_id, key_secret)
        self._refresh_margin = refresh_margin
        self._timeout = timeout
        self._retry_policy = retry_policy or RetryPolicy()
        self._httpx_args = dict(httpx_args or {})
        self._http_client = http_client
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep

        self._token: _Token | None = None
        self._fetches = 0  # token requests finished, to tell waiters one ended meanwhile
        self._last_error: SinchNumbersError | None = None
        self._sync_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._async_locks_guard = threading.Lock()

    def __repr__(self) -> str:
        return f"SinchOAuth2(key_id={self.key_id!r}, auth_url={self.auth_url!r})"

    def invalidate(self) -> None:
        """Forget the cached token; the next request fetches a new one."""
        self._token = None

    # -- httpx.Auth ------------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # a 401 resend needs the body again
        token = self._sync_token(stale=None)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            response.read()  # frees its connection before we may wait on the lock
            token = self._sync_token(stale=token)
            request.headers["Authorization"] = f"Bearer {token}"
            yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        token = await self._async_token(stale=None)
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            await response.aread()
            token = await self._async_token(stale=token)
            request.headers["Authorization"] = f"Bearer {token}"
            yield request

    # -- single flight ---------------------------------------------------------------------

    def _sync_token(self, stale: str | None) -> str:
        seen = self._fetches
        with self._sync_lock:
            token = self._usable_token(stale, seen)
            if token is not None:
                return token
            try:
                fetched = self._fetch_sync()
            except SinchNumbersError as exc:
                self._last_error = exc
                self._fetches += 1
                raise
            self._token, self._last_error = fetched, None
            self._fetches += 1
            return fetched.value

    async def _async_token(self, stale: str | None) -> str:
        seen = self._fetches
        async with self._async_lock():
            token = self._usable_token(stale, seen)
            if token is not None:
                return token
            try:
                fetched = await self._fetch_async()
            except SinchNumbersError as exc:
                self._last_error = exc
                self._fetches += 1
                raise
            self._token, self._last_error = fetched, None
            self._fetches += 1
            return fetched.value

    def _usable_token(self, stale: str | None, seen: int) -> str | None:
        """Under the lock: a cached token to use, None to fetch, or a concurrent failure."""
        token = self._token
        if token is not None and token.value != stale and self._clock() < token.refresh_at:
            return token.value
        if self._fetches != seen and self._last_error is not None:
            # A token request finished while we waited, and failed: share its error rather
            # than queueing one more full retry cycle per waiter against a failing endpoint.
            raise self._last_error
        return None

    def _async_lock(self) -> asyncio.Lock:
        """The lock for the running event loop (an asyncio.Lock must not cross loops)."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    # -- token request ---------------------------------------------------------------------

    def _fetch_sync(self) -> _Token:
        started = self._clock()
        if isinstance(self._http_client, httpx.Client):
            return self._parse_token(self._post_sync(self._http_client), started)
        options = {
            "timeout": self._timeout,
            "event_hooks": _logging.event_hooks(),
            "verify": shared_ssl_context(),
        }
        with httpx.Client(**{**options, **self._httpx_args}) as client:
            return self._parse_token(self._post_sync(client), started)

    def _post_sync(self, client: httpx.Client) -> httpx.Response:
        try:
            return run_sync(
                lambda: client.post(
                    self.auth_url,
                    data=_GRANT,
                    auth=self._credentials,
                    timeout=self._timeout,
                    headers=self._httpx_args.get("headers"),
                ),
                policy=self._retry_policy,
                idempotent=True,
                sleep=self._sleep,
                method="POST",
                path=self.auth_url,
            )
        except APIStatusError as exc:
            raise _token_error(exc) from None

    async def _fetch_async(self) -> _Token:
        started = self._clock()
        if isinstance(self._http_client, httpx.AsyncClient):
            return self._parse_token(await self._post_async(self._http_client), started)
        options = {
            "timeout": self._timeout,
            "event_hooks": _logging.async_event_hooks(),
            "verify": shared_ssl_context(),
        }
        async with httpx.AsyncClient(**{**options, **self._httpx_args}) as client:
            return self._parse_token(await self._post_async(client), started)

    async def _post_async(self, client: httpx.AsyncClient) -> httpx.Response:
        try:
            return await run_async(
                lambda: client.post(
                    self.auth_url,
                    data=_GRANT,
                    auth=self._credentials,
                    timeout=self._timeout,
                    headers=self._httpx_args.get("headers"),
                ),
                policy=self._retry_policy,
                idempotent=True,
                sleep=self._async_sleep,
                method="POST",
                path=self.auth_url,
            )
        except APIStatusError as exc:
            raise _token_error(exc) from None

    def _parse_token(self, response: httpx.Response, started: float) -> _Token:
        try:
            payload = response.json()
        except ValueError:
            payload = None
        value = payload.get("access_token") if isinstance(payload, dict) else None
        if not isinstance(value, str) or not value:
            raise APIError(
                f"Token endpoint answered {response.status_code} without an access_token."
            )
        expires_in = _seconds(payload.get("expires_in") if isinstance(payload, dict) else None)
        margin = min(self._refresh_margin, expires_in / 2)
        return _Token(value=value, refresh_at=started + expires_in - margin)


class SinchBasicAuth(httpx.BasicAuth):
    """HTTP Basic auth with the key id and secret; its repr shows the key id only."""

    def __init__(self, key_id: str, key_secret: str) -> None:
        super().__init__(key_id, key_secret)
        self.key_id = key_id

    def __repr__(self) -> str:
        return f"SinchBasicAuth(key_id={self.key_id!r})"


def basic_auth(key_id: str, key_secret: str) -> httpx.Auth:
    """Auth for ``auth="basic"``: sends the key secret with every request."""
    if not key_id or not key_secret:
        raise ValueError("key_id and key_secret are required")
    return SinchBasicAuth(key_id, key_secret)


_GRANT = {"grant_type": "client_credentials"}


def _token_error(exc: APIStatusError) -> APIStatusError:
    """Token endpoint errors, with 400 (RFC 6749 invalid_client/invalid_grant) as auth errors."""
    if exc.status_code not in (400, 401):
        return exc
    return AuthenticationError(
        exc.status_code,
        message=f"Token request rejected: {exc.message}",
        code=exc.code,
        status=exc.status,
        details=exc.details,
        request_id=exc.request_id,
        body=exc.body,
        headers=exc.headers,
        response=exc.response,
    )


def _seconds(value: object) -> float:
    if isinstance(value, bool):
        return _DEFAULT_EXPIRES_IN
    if isinstance(value, int | float | str):
        try:
            seconds = float(value)
        except ValueError:
            return _DEFAULT_EXPIRES_IN
        if seconds == seconds and seconds != float("inf"):  # not NaN, not inf
            return max(seconds, 0.0)
    return _DEFAULT_EXPIRES_IN
