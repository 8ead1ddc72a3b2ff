"""``NumbersClient`` and ``AsyncNumbersClient``: configuration, auth, retries and errors around
the generated ``sinch_numbers_api`` functions.

The resource methods (``client.active_numbers.get(...)`` and so on) are generated, one module
per resource, into ``resources/``; this module holds what is the same for every call.

The httpx client (ours, or the user's ``http_client``) is never changed: the base URL, the auth
and the default headers go on each request (``_Transport``), so one httpx client can serve
several API clients, and ``with_options()`` copies share its connection pool.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

import httpx

from sinch_numbers import _limits, _logging
from sinch_numbers._http import new_async_client, new_client
from sinch_numbers._response import APIResponse
from sinch_numbers._version import __version__
from sinch_numbers.auth import DEFAULT_AUTH_URL, SinchOAuth2, basic_auth
from sinch_numbers.conformance import CallDeviations, ConformanceRecord
from sinch_numbers.errors import (
    ResponseParseError,
    ResponseValidationError,
    SinchNumbersError,
)
from sinch_numbers.resources._accessors import AsyncResources, SyncResources
from sinch_numbers.retries import RetryPolicy, run_async, run_sync
from sinch_numbers.uploads import DEFAULT_MAX_UPLOAD_BYTES

if TYPE_CHECKING:
    from typing import Self

    from sinch_numbers_api.client import Client
    from sinch_numbers_api.conformance import Deviation
    from sinch_numbers_api.errors import UnexpectedBody
    from sinch_numbers_api.types import Response

    from sinch_numbers.resources._base import Operation, Timeout

__all__ = ["DEFAULT_BASE_URL", "AsyncNumbersClient", "ConfigurationError", "NumbersClient"]

DEFAULT_BASE_URL = "https://numbers.api.sinch.com"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
AuthMode = Literal["oauth", "basic"]
#: Fallbacks of ``base_url``, ``auth_url`` and ``auth`` when they are not passed.
ENV_BASE_URL = "SINCH_NUMBERS_BASE_URL"
ENV_AUTH_URL = "SINCH_NUMBERS_AUTH_URL"
ENV_AUTH = "SINCH_NUMBERS_AUTH"
T = TypeVar("T")
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
TransportT = TypeVar("TransportT")
SendT = TypeVar("SendT")


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

    def make_auth(
        self,
        headers: httpx.Headers,
        timeout: float | httpx.Timeout,
        http_client: httpx.Client | httpx.AsyncClient | None,
    ) -> httpx.Auth:
        """The client's auth; token requests get its timeout, and go through the user's
        ``http_client`` (its proxy, certificates, transport) when there is one."""
        if self.auth == "basic":
            return basic_auth(self.key_id, self._key_secret)
        user_agent = {"User-Agent": headers["User-Agent"]}
        return SinchOAuth2(
            self.key_id,
            self._key_secret,
            auth_url=self.auth_url,
            timeout=timeout,
            httpx_args={"headers": user_agent},
            http_client=http_client,
        )

    def __repr__(self) -> str:
        return (
            f"project_id={self.project_id!r}, key_id={self.key_id!r}, auth={self.auth!r}, "
            f"base_url={self.base_url!r}"
        )


class _TransportBase(Generic[HttpT]):
    """The httpx client as the generated functions see it (their ``client.get_httpx_client()``).

    Each request gets the base URL, the auth and the default headers here, and is logged here,
    so the httpx client itself is never changed. ``request`` has the signature the generated
    functions call (``request(method=, url=, params=, json=, headers=, timeout=, ...)``).
    """

    __slots__ = ("auth", "base_url", "headers", "http")
    http: HttpT

    def __init__(
        self, http: HttpT, base_url: str, auth: httpx.Auth, headers: httpx.Headers
    ) -> None:
        self.http = http
        self.base_url = base_url
        self.auth = auth
        self.headers = headers

    def with_headers(self, headers: httpx.Headers) -> Self:
        return type(self)(self.http, self.base_url, self.auth, headers)

    def _merged(self, extra: Mapping[str, str] | None) -> httpx.Headers:
        """The default headers, with a request's own (Content-Type, ...) on top."""
        if not extra:
            return self.headers
        merged = self.headers.copy()
        merged.update(extra)
        return merged

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.auth!r})"


class _Transport(_TransportBase[httpx.Client]):
    __slots__ = ()

    def request(
        self, method: str, url: str, *, headers: Mapping[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        try:
            response = self.http.request(
                method, self.base_url + url, headers=self._merged(headers), auth=self.auth, **kwargs
            )
        except httpx.RequestError as exc:
            _logging.log_failure(exc)
            raise
        _logging.log_response(response)
        return response


class _AsyncTransport(_TransportBase[httpx.AsyncClient]):
    __slots__ = ()

    async def request(
        self, method: str, url: str, *, headers: Mapping[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        try:
            response = await self.http.request(
                method, self.base_url + url, headers=self._merged(headers), auth=self.auth, **kwargs
            )
        except httpx.RequestError as exc:
            _logging.log_failure(exc)
            raise
        _logging.log_response(response)
        return response


class _ExchangeBase(Generic[TransportT, SendT]):
    """One facade call, seen by its generated function as the ``client`` it sends through.

    Keeps the last attempt's ``httpx.Response`` (for the retry runner, typed errors and
    ``with_raw_response``) and parsed body. Attempts of one call run one after another, so one
    object serves them all; ``attempts`` counts them.
    """

    __slots__ = (
        "_hint",
        "_operation",
        "_send",
        "_timeout",
        "_transport",
        "attempts",
        "deviations",
        "parsed",
        "response",
    )
    raise_on_unexpected_status = False  # read by the generated _parse_response
    response: httpx.Response

    def __init__(
        self,
        transport: TransportT,
        send: SendT,
        timeout: Timeout,
        operation: Operation,
        hint: str | None,
    ) -> None:
        self._transport = transport
        self._send = send
        self._timeout = timeout
        self._operation = operation
        self._hint = hint
        self.attempts = 0
        self.parsed: Any = None
        self.deviations = CallDeviations()  # of the last attempt's response

    def _parse_error(self, exc: UnexpectedBody) -> ResponseParseError:
        """A 2xx body that cannot be read: the call took effect, so it must not be repeated."""
        message = f"{exc.operation_id} answered {exc.status_code} but the body {exc.reason}"
        if not self._operation.idempotent:
            message += (
                "; the call did take effect on Sinch's side, so do not repeat it. To read its "
                f"result, {self._hint or 'look up the resource it changed'}"
            )
        return ResponseParseError(
            message,
            operation_id=exc.operation_id,
            status_code=exc.status_code,
            headers=self.response.headers,
            text=exc.content.decode("utf-8", "replace"),
            response=self.response,
            reconcile_hint=self._hint,
        )

    def finish(self, record: ConformanceRecord, strict: bool) -> None:
        """Hand the response's deviations to ``record``; with ``strict``, refuse them."""
        if not self.deviations.counts:
            return
        self.deviations.flush(record)
        if strict:
            raise self._validation_error(list(self.deviations.first.values()))

    def _validation_error(self, found: list[Deviation]) -> ResponseValidationError:
        shown = "; ".join(f"{d.path or '<body>'}: {d.detail}" for d in found[:3])
        more = f" (+{len(found) - 3} more)" if len(found) > 3 else ""
        operation_id = found[0].operation_id or "the call"
        message = (
            f"{operation_id}: the {self.response.status_code} response departs from the spec "
            f"at {len(found)} place(s): {shown}{more}"
        )
        if not self._operation.idempotent:
            message += "; the call did take effect (strict_responses only refused the answer)"
        return ResponseValidationError(
            message,
            operation_id=operation_id,
            status_code=self.response.status_code,
            headers=self.response.headers,
            deviations=found,
            parsed=self.parsed,
            response=self.response,
            reconcile_hint=self._hint,
        )


class _Exchange(_ExchangeBase[_Transport, Callable[["Client", "Timeout"], "Response[Any]"]]):
    __slots__ = ()

    def get_httpx_client(self) -> _Exchange:
        return self

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        with _limits.sync_slot(self._transport.http):  # no more in flight than the pool holds
            self.response = self._transport.request(method, url, **kwargs)
        return self.response

    def attempt(self) -> httpx.Response:
        self.attempts += 1
        self.deviations.clear()
        collecting, unexpected_body = _generated_runtime()
        try:
            with collecting(self.deviations):
                self.parsed = self._send(cast("Client", self), self._timeout).parsed
        except unexpected_body as exc:
            raise self._parse_error(exc) from None
        return self.response


class _AsyncExchange(
    _ExchangeBase[_AsyncTransport, Callable[["Client", "Timeout"], Awaitable["Response[Any]"]]]
):
    __slots__ = ()

    def get_async_httpx_client(self) -> _AsyncExchange:
        return self

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async with _limits.async_slot(self._transport.http):  # see sinch_numbers._limits
            self.response = await self._transport.request(method, url, **kwargs)
        return self.response

    async def attempt(self) -> httpx.Response:
        self.attempts += 1
        self.deviations.clear()
        collecting, unexpected_body = _generated_runtime()
        try:
            with collecting(self.deviations):
                self.parsed = (await self._send(cast("Client", self), self._timeout)).parsed
        except unexpected_body as exc:
            raise self._parse_error(exc) from None
        return self.response


class _ClientCore:
    """What the sync and async clients share: settings, auth, headers, retry policy."""

    _settings: _Settings
    _auth: httpx.Auth
    _headers: httpx.Headers
    _policy: RetryPolicy
    _owns_http: bool
    _strict: bool  # strict_responses: a 2xx that departs from the spec raises
    _max_upload_bytes: int
    _conformance: ConformanceRecord
    _timeout: Timeout  # per call: UNSET (the httpx client's own) unless set by with_options()

    def _setup(
        self,
        settings: _Settings,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        strict_responses: bool,
        on_deviation: Callable[[Deviation], None] | None,
        max_upload_bytes: int,
        timeout: float | httpx.Timeout,
        http_client: httpx.Client | httpx.AsyncClient | None,
    ) -> None:
        from sinch_numbers_api.types import UNSET  # the generated package loads on first use

        if isinstance(max_upload_bytes, bool) or not isinstance(max_upload_bytes, int):
            raise ConfigurationError("max_upload_bytes must be an int")
        if max_upload_bytes < 1:
            raise ConfigurationError("max_upload_bytes must be at least 1")
        self._max_upload_bytes = max_upload_bytes

        _logging.setup_from_env()
        self._settings = settings
        self._strict = bool(strict_responses)
        self._conformance = ConformanceRecord(on_deviation)
        self._headers = httpx.Headers({"User-Agent": user_agent()})
        self._headers.update(default_headers or {})
        self._auth = settings.make_auth(self._headers, timeout, http_client)
        self._policy = _retry_policy(max_retries)
        self._timeout = UNSET

    @property
    def project_id(self) -> str:
        return self._settings.project_id

    @property
    def max_retries(self) -> int:
        return self._policy.max_retries

    @property
    def conformance(self) -> ConformanceRecord:
        """Where responses departed from the spec (shared with ``with_options()`` copies)."""
        return self._conformance

    @property
    def strict_responses(self) -> bool:
        return self._strict

    @property
    def max_upload_bytes(self) -> int:
        """The largest attachment ``upload_attachment`` sends (checked before reading it)."""
        return self._max_upload_bytes

    @functools.cached_property
    def low_level(self) -> Client:
        """The configured generated client: call any ``sinch_numbers_api.api`` function with it.

        Requests made with it get this client's base URL, auth, headers and logging, but no
        argument checks, retries or typed errors. Its ``get_httpx_client()`` is the view of the
        httpx client that applies those per request, not the httpx client itself.
        """
        from sinch_numbers_api.client import Client

        low = Client(base_url=self._settings.base_url)
        if isinstance(self._transport, _AsyncTransport):
            return low.set_async_httpx_client(cast("httpx.AsyncClient", self._transport))
        return low.set_httpx_client(cast("httpx.Client", self._transport))

    _transport: _Transport | _AsyncTransport

    def _clone(
        self,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        strict_responses: bool | None = None,
    ) -> Self:
        """A copy sharing credentials, token cache and connections, without cached resources."""
        clone = object.__new__(type(self))
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if k.startswith("_")})
        clone._owns_http = False
        if strict_responses is not None:
            clone._strict = bool(strict_responses)
        if timeout is not None:
            clone._timeout = _timeout(timeout)
        if max_retries is not None:
            clone._policy = _retry_policy(max_retries)
        if default_headers:
            clone._headers = self._headers.copy()
            clone._headers.update(default_headers)
            clone._transport = self._transport.with_headers(clone._headers)
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

    Responses are read tolerantly; where they depart from the spec is logged once per kind on
    ``sinch_numbers.conformance``, kept in ``client.conformance`` and passed to
    ``on_deviation``; ``strict_responses=True`` raises ``ResponseValidationError`` instead.
    """

    _transport: _Transport

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
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool = False,
        on_deviation: Callable[[Deviation], None] | None = None,
        max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
    ) -> None:
        settings = _Settings(project_id, key_id, key_secret, auth, base_url, auth_url)
        self._setup(
            settings,
            max_retries,
            default_headers,
            strict_responses,
            on_deviation,
            max_upload_bytes,
            timeout,
            http_client,
        )
        self._owns_http = http_client is None
        http = http_client or new_client(timeout)
        self._transport = _Transport(http, settings.base_url, self._auth, self._headers)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool | None = None,
    ) -> NumbersClient:
        """A client with other options sharing this one's connections, credentials and token.

        ``default_headers`` are added to (and override) this client's own.
        """
        return self._clone(timeout, max_retries, default_headers, strict_responses)

    def _call(
        self,
        operation: Operation,
        send: Callable[[Client, Timeout], Response[T]],
        hint: str | None,
        raw: bool = False,
    ) -> Any:
        exchange = _Exchange(self._transport, send, self._timeout, operation, hint)
        response = run_sync(
            exchange.attempt,
            policy=self._policy,
            idempotent=operation.idempotent,
            reconcile_hint=hint,
            method=operation.method,
            path=operation.path,
        )
        exchange.finish(self._conformance, self._strict)
        if raw:
            return APIResponse(response, exchange.parsed, retries_taken=exchange.attempts - 1)
        return exchange.parsed

    def close(self) -> None:
        if self._owns_http:
            self._transport.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncNumbersClient(_ClientCore, AsyncResources):
    """Asynchronous twin of :class:`NumbersClient`; use ``async with`` or ``await aclose()``."""

    _transport: _AsyncTransport

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
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool = False,
        on_deviation: Callable[[Deviation], None] | None = None,
        max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
    ) -> None:
        settings = _Settings(project_id, key_id, key_secret, auth, base_url, auth_url)
        self._setup(
            settings,
            max_retries,
            default_headers,
            strict_responses,
            on_deviation,
            max_upload_bytes,
            timeout,
            http_client,
        )
        self._owns_http = http_client is None
        http = http_client or new_async_client(timeout)
        self._transport = _AsyncTransport(http, settings.base_url, self._auth, self._headers)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict_responses: bool | None = None,
    ) -> AsyncNumbersClient:
        """A client with other options sharing this one's connections, credentials and token.

        ``default_headers`` are added to (and override) this client's own.
        """
        return self._clone(timeout, max_retries, default_headers, strict_responses)

    async def _call(
        self,
        operation: Operation,
        send: Callable[[Client, Timeout], Awaitable[Response[T]]],
        hint: str | None,
        raw: bool = False,
    ) -> Any:
        exchange = _AsyncExchange(self._transport, send, self._timeout, operation, hint)
        response = await run_async(
            exchange.attempt,
            policy=self._policy,
            idempotent=operation.idempotent,
            reconcile_hint=hint,
            method=operation.method,
            path=operation.path,
        )
        exchange.finish(self._conformance, self._strict)
        if raw:
            return APIResponse(response, exchange.parsed, retries_taken=exchange.attempts - 1)
        return exchange.parsed

    async def aclose(self) -> None:
        if self._owns_http:
            await self._transport.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


@functools.cache
def _generated_runtime() -> tuple[Callable[[Any], Any], type[UnexpectedBody]]:
    """``conformance.collecting`` and ``errors.UnexpectedBody`` of the generated package, which
    loads on first use (not at ``import sinch_numbers``)."""
    from sinch_numbers_api.conformance import collecting
    from sinch_numbers_api.errors import UnexpectedBody

    return collecting, UnexpectedBody


@functools.cache
def user_agent() -> str:
    """``sinch-numbers/<version> python-httpx/<version> Python/<version>``.

    Sent with every request (the token requests too); ``default_headers={"User-Agent": ...}``
    replaces it.
    """
    python = ".".join(str(part) for part in sys.version_info[:3])
    return f"sinch-numbers/{__version__} python-httpx/{httpx.__version__} Python/{python}"


def _retry_policy(max_retries: int) -> RetryPolicy:
    if max_retries < 0:
        raise ConfigurationError("max_retries must be >= 0")
    return RetryPolicy(max_retries=max_retries)


def _timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
