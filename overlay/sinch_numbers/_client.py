"""``NumbersClient`` and ``AsyncNumbersClient``: configuration, auth, retries and errors around
the generated ``sinch_numbers_api`` functions.

The resource methods (``client.active_numbers.get(...)`` and so on) are generated into
``resources/_generated.py``; this module holds what is the same for every call.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Literal

import httpx

from sinch_numbers import _logging
from sinch_numbers.auth import DEFAULT_AUTH_URL, SinchOAuth2, basic_auth
from sinch_numbers.errors import SinchNumbersError, make_status_error
from sinch_numbers.resources._accessors import AsyncResources, SyncResources
from sinch_numbers.retries import RetryPolicy, run_async, run_sync

if TYPE_CHECKING:
    from typing import Self

    from sinch_numbers_api.client import Client

    from sinch_numbers.resources._base import Operation

__all__ = ["DEFAULT_BASE_URL", "AsyncNumbersClient", "ConfigurationError", "NumbersClient"]

DEFAULT_BASE_URL = "https://numbers.api.sinch.com"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
AuthMode = Literal["oauth", "basic"]
#: Fallbacks of ``base_url``, ``auth_url`` and ``auth`` when they are not passed.
ENV_BASE_URL = "SINCH_NUMBERS_BASE_URL"
ENV_AUTH_URL = "SINCH_NUMBERS_AUTH_URL"
ENV_AUTH = "SINCH_NUMBERS_AUTH"

#: The timeout of ``with_options(timeout=...)`` for requests sent by the current call. A request
#: hook copies it into the request, so clones share one httpx client (and the user's transport,
#: proxy and certificates) instead of each building a new one.
_CALL_TIMEOUT: ContextVar[httpx.Timeout | None] = ContextVar("sinch_numbers_timeout", default=None)


class ConfigurationError(SinchNumbersError, ValueError):
    """Missing project id or credentials, or an invalid option, found when creating a client."""


class _Settings:
    """Options shared by the sync and async clients; resolves environment fallbacks once."""

    def __init__(
        self,
        project_id: str | None,
        key_id: str | None,
        key_secret: str | None,
        auth: AuthMode | None,
        base_url: str | None,
        auth_url: str | None,
    ) -> None:
        self.project_id = project_id or os.environ.get("SINCH_PROJECT_ID") or ""
        self.key_id = key_id or os.environ.get("SINCH_KEY_ID") or ""
        self._key_secret = key_secret or os.environ.get("SINCH_KEY_SECRET") or ""
        missing = [
            name
            for name, value in (
                ("project_id (or SINCH_PROJECT_ID)", self.project_id),
                ("key_id (or SINCH_KEY_ID)", self.key_id),
                ("key_secret (or SINCH_KEY_SECRET)", self._key_secret),
            )
            if not value
        ]
        if missing:
            raise ConfigurationError("missing " + ", ".join(missing))
        # An argument wins over the environment, which wins over the default.
        mode: str = auth or os.environ.get(ENV_AUTH, "").strip().lower() or "oauth"
        if mode != "oauth" and mode != "basic":
            where = "auth" if auth else ENV_AUTH
            raise ConfigurationError(f"{where} must be 'oauth' or 'basic', not {mode!r}")
        self.auth: AuthMode = "basic" if mode == "basic" else "oauth"
        self.base_url = (base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")
        self.auth_url = auth_url or os.environ.get(ENV_AUTH_URL) or DEFAULT_AUTH_URL

    def make_auth(self) -> httpx.Auth:
        if self.auth == "basic":
            return basic_auth(self.key_id, self._key_secret)
        return SinchOAuth2(self.key_id, self._key_secret, auth_url=self.auth_url)

    def __repr__(self) -> str:
        return (
            f"project_id={self.project_id!r}, key_id={self.key_id!r}, auth={self.auth!r}, "
            f"base_url={self.base_url!r}"
        )


class _ClientCore:
    """What the sync and async clients share: settings, auth, retry policy, ``low_level``."""

    _settings: _Settings
    _auth: httpx.Auth
    _policy: RetryPolicy
    _low: Client
    _owns_http: bool
    _timeout: httpx.Timeout | None = None  # per-call override from with_options()

    def _setup(self, settings: _Settings, max_retries: int) -> None:
        _logging.setup_from_env()
        self._settings = settings
        self._auth = settings.make_auth()
        self._policy = _retry_policy(max_retries)

    @property
    def project_id(self) -> str:
        return self._settings.project_id

    @property
    def max_retries(self) -> int:
        return self._policy.max_retries

    @property
    def low_level(self) -> Client:
        """The configured generated client: call any ``sinch_numbers_api.api`` function with it."""
        return self._low

    def _clone(self, timeout: float | httpx.Timeout | None, max_retries: int | None) -> Self:
        """A copy sharing credentials, token cache and connections, without cached resources."""
        clone = object.__new__(type(self))
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if k.startswith("_")})
        clone._owns_http = False
        if timeout is not None:
            clone._timeout = _timeout(timeout)
        if max_retries is not None:
            clone._policy = _retry_policy(max_retries)
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._settings!r})"


class NumbersClient(_ClientCore, SyncResources):
    """Synchronous client for the Sinch Numbers API.

    ``NumbersClient(project_id=..., key_id=..., key_secret=...)``; each falls back to
    ``SINCH_PROJECT_ID`` / ``SINCH_KEY_ID`` / ``SINCH_KEY_SECRET``, and ``base_url`` /
    ``auth_url`` / ``auth`` to ``SINCH_NUMBERS_BASE_URL`` / ``SINCH_NUMBERS_AUTH_URL`` /
    ``SINCH_NUMBERS_AUTH``. Use it as a context manager, or call ``close()``, to release
    connections.
    """

    def __init__(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        *,
        auth: AuthMode | None = None,
        base_url: str | None = None,
        auth_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        settings = _Settings(project_id, key_id, key_secret, auth, base_url, auth_url)
        self._setup(settings, max_retries)
        self._owns_http = http_client is None
        self._use_http(http_client or httpx.Client(timeout=timeout), timeout)

    def _use_http(self, http: httpx.Client, timeout: float | httpx.Timeout) -> None:
        from sinch_numbers_api.client import Client  # the generated package loads on first use

        self._http = http
        hooks = _logging.event_hooks()
        _configure(
            http,
            self._settings,
            self._auth,
            {**hooks, "request": [_apply_call_timeout, *hooks["request"]]},
        )
        self._low = Client(base_url=self._settings.base_url, timeout=_timeout(timeout))
        self._low.set_httpx_client(http)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> NumbersClient:
        """A client with other options sharing this one's connections, credentials and token."""
        return self._clone(timeout, max_retries)

    def _call(self, operation: Operation, send: Callable[[Client], Any], hint: str | None) -> Any:
        token = None if self._timeout is None else _CALL_TIMEOUT.set(self._timeout)
        try:
            response = run_sync(
                lambda: send(self._low),
                policy=self._policy,
                idempotent=operation.idempotent,
                reconcile_hint=hint,
            )
        finally:
            if token is not None:
                _CALL_TIMEOUT.reset(token)
        return _parsed(response)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncNumbersClient(_ClientCore, AsyncResources):
    """Asynchronous twin of :class:`NumbersClient`; use ``async with`` or ``await aclose()``."""

    def __init__(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        *,
        auth: AuthMode | None = None,
        base_url: str | None = None,
        auth_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        settings = _Settings(project_id, key_id, key_secret, auth, base_url, auth_url)
        self._setup(settings, max_retries)
        self._owns_http = http_client is None
        self._use_http(http_client or httpx.AsyncClient(timeout=timeout), timeout)

    def _use_http(self, http: httpx.AsyncClient, timeout: float | httpx.Timeout) -> None:
        from sinch_numbers_api.client import Client  # the generated package loads on first use

        self._http = http
        hooks = _logging.async_event_hooks()
        _configure(
            http,
            self._settings,
            self._auth,
            {**hooks, "request": [_aapply_call_timeout, *hooks["request"]]},
        )
        self._low = Client(base_url=self._settings.base_url, timeout=_timeout(timeout))
        self._low.set_async_httpx_client(http)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncNumbersClient:
        """A client with other options sharing this one's connections, credentials and token."""
        return self._clone(timeout, max_retries)

    async def _call(
        self, operation: Operation, send: Callable[[Client], Awaitable[Any]], hint: str | None
    ) -> Any:
        token = None if self._timeout is None else _CALL_TIMEOUT.set(self._timeout)
        try:
            response = await run_async(
                lambda: send(self._low),
                policy=self._policy,
                idempotent=operation.idempotent,
                reconcile_hint=hint,
            )
        finally:
            if token is not None:
                _CALL_TIMEOUT.reset(token)
        return _parsed(response)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _configure(
    http: httpx.Client | httpx.AsyncClient,
    settings: _Settings,
    auth: httpx.Auth,
    hooks: dict[str, list[Any]],
) -> None:
    """Point an httpx client at the API: base URL, auth and logging hooks."""
    http.base_url = httpx.URL(settings.base_url)
    http.auth = auth
    for event, callbacks in hooks.items():
        existing = http.event_hooks.get(event, [])
        http.event_hooks = {**http.event_hooks, event: [*existing, *callbacks]}


def _retry_policy(max_retries: int) -> RetryPolicy:
    if max_retries < 0:
        raise ConfigurationError("max_retries must be >= 0")
    return RetryPolicy(max_retries=max_retries)


def _apply_call_timeout(request: httpx.Request) -> None:
    timeout = _CALL_TIMEOUT.get()
    if timeout is not None:
        request.extensions["timeout"] = timeout.as_dict()


async def _aapply_call_timeout(request: httpx.Request) -> None:
    _apply_call_timeout(request)


def _timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _parsed(response: Any) -> Any:
    status = int(response.status_code)
    if not 200 <= status < 300:  # the retry runner raises first; kept as a guard
        raise make_status_error(status, response.headers, response.content)
    return response.parsed
