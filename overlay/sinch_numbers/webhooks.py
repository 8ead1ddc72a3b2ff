"""Sinch Numbers callbacks: verify the signature, then parse the event.

Sinch signs every callback POST with ``X-Sinch-Signature``: the lowercase hex
HMAC-SHA1 of the raw request body, keyed with the project's callback
``hmacSecret``. The header carries no timestamp and no nonce, so a captured
request stays valid forever; :class:`WebhookReceiver` adds the only defences
there are (payload ``timestamp`` age, and ``eventId`` deduplication).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, TypeAlias

from .errors import SinchNumbersError

if TYPE_CHECKING:
    from sinch_numbers_api.models import CallbackPayload, ResourceType

__all__ = [
    "DEFAULT_MAX_CLOCK_SKEW",
    "SIGNATURE_HEADER",
    "MemorySeenStore",
    "NumbersEvent",
    "SeenStore",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookReplayError",
    "WebhookSignatureError",
    "is_valid_signature",
    "parse_event",
    "sign",
    "verify_signature",
]

SIGNATURE_HEADER: Final = "X-Sinch-Signature"

Secrets: TypeAlias = "str | bytes | Iterable[str | bytes]"
"""One callback secret, or several while rotating (any of them may match)."""

HeadersLike: TypeAlias = "str | bytes | Mapping[Any, Any] | Iterable[tuple[Any, Any]] | None"
"""Request headers in any common shape, or the bare signature value."""

SignatureProblem: TypeAlias = Literal["missing", "malformed", "mismatch"]

_HEADER_LOWER: Final = SIGNATURE_HEADER.lower()
_WSGI_KEY: Final = "HTTP_" + SIGNATURE_HEADER.upper().replace("-", "_")
_NAME_LENGTHS: Final = frozenset((len(_HEADER_LOWER), len(_WSGI_KEY)))
_HEX_LENGTH: Final = 2 * hashlib.sha1().digest_size
#: How far in the future an event's ``timestamp`` may be (clocks differ) when ``max_age`` is set.
DEFAULT_MAX_CLOCK_SKEW: Final = timedelta(minutes=5)


# -- errors -----------------------------------------------------------------------------


class WebhookError(SinchNumbersError):
    """A callback request was refused; answer it with a 4xx."""


class WebhookSignatureError(WebhookError):
    """The signature is missing, malformed, or matches none of the secrets."""

    def __init__(self, reason: SignatureProblem, message: str) -> None:
        super().__init__(message)
        self.reason: SignatureProblem = reason


class WebhookReplayError(WebhookError):
    """The event is older than ``max_age``, dated further in the future than
    ``max_clock_skew``, or has no timestamp to tell; ``age`` is negative for the future."""

    def __init__(self, message: str, *, event_id: str | None, age: timedelta | None) -> None:
        super().__init__(message)
        self.event_id = event_id
        self.age = age


class WebhookPayloadError(WebhookError, ValueError):
    """The body is not a JSON object shaped like a Sinch Numbers event."""


# -- signatures -------------------------------------------------------------------------


def sign(body: bytes, secret: str | bytes) -> str:
    """Return the ``X-Sinch-Signature`` value for ``body``: lowercase hex HMAC-SHA1."""
    return hmac.new(_key(secret), _raw(body), hashlib.sha1).hexdigest()


def verify_signature(
    body: bytes, signature_or_headers: HeadersLike, secret_or_secrets: Secrets
) -> None:
    """Raise :class:`WebhookSignatureError` unless ``body`` was signed with one of ``secrets``.

    ``body`` must be the exact bytes received: re-encoding parsed JSON changes
    them. ``signature_or_headers`` is the header value itself, or the request
    headers (any mapping or iterable of pairs; names are case-insensitive).
    ``secret_or_secrets`` may list several secrets while you rotate them.
    """
    if (
        type(body) is bytes
        and type(signature_or_headers) is str
        and type(secret_or_secrets) is str
        and secret_or_secrets
    ):
        # The common case (bytes, the header's value, one secret) without the general path's
        # layers: the same checks and the same constant-time compare. Anything else (spaces,
        # odd length, not hex) takes the general path for its precise error.
        try:
            digest = bytes.fromhex(signature_or_headers)
        except ValueError:
            digest = b""
        if len(digest) * 2 == _HEX_LENGTH == len(signature_or_headers):
            key = secret_or_secrets.encode()
            if hmac.compare_digest(_hmac_sha1(key, body), digest):
                return
            raise WebhookSignatureError("mismatch", f"{SIGNATURE_HEADER} does not match the body")
    _check(_raw(body), _signature(signature_or_headers), _keys(secret_or_secrets))


def is_valid_signature(
    body: bytes, signature_or_headers: HeadersLike, secret_or_secrets: Secrets
) -> bool:
    """Like :func:`verify_signature`, but answer ``False`` instead of raising."""
    try:
        verify_signature(body, signature_or_headers, secret_or_secrets)
    except WebhookSignatureError:
        return False
    return True


def _check(body: bytes, signature: bytes, keys: tuple[bytes, ...]) -> None:
    matched = False
    for key in keys:  # no early exit: timing must not tell which secret matched
        matched |= hmac.compare_digest(_hmac_sha1(key, body), signature)
    if not matched:
        raise WebhookSignatureError("mismatch", f"{SIGNATURE_HEADER} does not match the body")


def _hmac_sha1(key: bytes, body: bytes) -> bytes:
    # Measured on CPython 3.11 with OpenSSL: hmac.new(...).digest() is ~10 % faster than the
    # one-shot hmac.digest(key, body, "sha1").
    return hmac.new(key, body, "sha1").digest()


def _raw(body: object) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, bytearray | memoryview):
        return bytes(body)
    if isinstance(body, str):
        raise TypeError(
            "pass the raw request body as bytes (e.g. `await request.body()` in Starlette, "
            "`request.get_data()` in Flask), not str: the signature covers the exact bytes sent"
        )
    raise TypeError(f"body must be bytes, not {type(body).__name__}")


def _key(secret: object) -> bytes:
    if isinstance(secret, str):
        secret = secret.encode()
    if not isinstance(secret, bytes):
        raise TypeError(f"a secret must be str or bytes, not {type(secret).__name__}")
    if not secret:
        raise ValueError("a callback secret must not be empty")
    return secret


def _keys(secrets: Secrets) -> tuple[bytes, ...]:
    if isinstance(secrets, str | bytes):
        return (_key(secrets),)
    keys = tuple(_key(secret) for secret in secrets)
    if not keys:
        raise ValueError("no callback secret given")
    return keys


def _signature(source: HeadersLike) -> bytes:
    """Find the signature in ``source`` and decode its hex; raise if missing or malformed."""
    if isinstance(source, str):
        text = source.strip().lower()
    elif isinstance(source, bytes):
        text = source.decode("latin-1").strip().lower()
    elif source is None:
        text = ""
    else:
        found = {value.strip().lower() for value in _header_values(source)}
        found.discard("")
        if len(found) > 1:
            raise WebhookSignatureError(
                "malformed", f"several different {SIGNATURE_HEADER} headers"
            )
        text = found.pop() if found else ""
    if not text:
        raise WebhookSignatureError("missing", f"no {SIGNATURE_HEADER} header")
    try:
        digest = bytes.fromhex(text) if len(text) == _HEX_LENGTH else b""
    except ValueError:  # not hex
        digest = b""
    if len(digest) * 2 != _HEX_LENGTH:  # also catches spaces inside, which fromhex skips
        raise WebhookSignatureError(
            "malformed", f"{SIGNATURE_HEADER} is not {_HEX_LENGTH} hex characters"
        )
    return digest


def _header_values(headers: Mapping[Any, Any] | Iterable[tuple[Any, Any]]) -> list[str]:
    """Every value of the signature header, whatever the container.

    Handles dicts, ``httpx.Headers``, Starlette and Werkzeug ``Headers``, lists
    of pairs (also ASGI's raw bytes pairs), and a WSGI ``environ``.
    """
    items = headers.items() if hasattr(headers, "items") else headers
    values = []
    try:
        for name, value in items:
            if len(name) not in _NAME_LENGTHS:  # cheap filter: most headers stop here
                continue
            if isinstance(name, bytes):
                name = name.decode("latin-1")
            if name.lower() == _HEADER_LOWER or name == _WSGI_KEY:
                values.append(value.decode("latin-1") if isinstance(value, bytes) else str(value))
    except (TypeError, ValueError):
        raise TypeError(
            "headers must be a mapping or an iterable of (name, value) pairs, "
            f"not {type(headers).__name__}"
        ) from None
    return values


# -- events -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NumbersEvent:
    """A callback event: the generated payload model, plus a timezone-aware ``timestamp``.

    ``payload`` is ``CallbackPayloadActiveNumber`` or ``CallbackPayloadNumberOrder``
    (from ``sinch_numbers_api.models``) with typed, open enums for ``event_type``,
    ``status`` and ``failure_code``; for a ``resourceType`` this version does
    not know it is ``CallbackPayloadCommon``, and ``raw`` still has every field.
    """

    payload: CallbackPayload
    timestamp: datetime | None
    """When Sinch created the event; Sinch sends no zone, so UTC is assumed."""
    raw: Mapping[str, Any] = field(repr=False)
    """The decoded JSON body, untouched."""

    @property
    def event_id(self) -> str | None:
        return _text(self.payload.event_id)

    @property
    def resource_type(self) -> ResourceType | None:
        """None when the server sent none (the event still parses; see ``raw``)."""
        kind = self.payload.resource_type
        return kind if isinstance(kind, str) else None  # an enum member, or None/UNSET

    @property
    def resource_id(self) -> str | None:
        """The phone number (``ACTIVE_NUMBER``) or number order ID (``NUMBER_ORDER``)."""
        known = getattr(self.payload, "resource_id", None)  # CallbackPayloadCommon has none
        return _text(known) or _text(self.raw.get("resourceId"))

    @property
    def project_id(self) -> str | None:
        return _text(self.payload.project_id)

    @property
    def is_known(self) -> bool:
        """False when ``resourceType`` is missing or newer than this version: see ``raw``."""
        kind = self.resource_type
        return kind is not None and kind.is_known


def parse_event(body: bytes | str | Mapping[str, Any]) -> NumbersEvent:
    """Turn a callback body into a :class:`NumbersEvent`. Verify the signature first.

    Raises :class:`WebhookPayloadError` if the body is not a JSON object with a
    ``resourceType``. An unknown ``resourceType`` is not an error, so a new kind
    of event never breaks your endpoint.
    """
    from sinch_numbers_api.models import parse_callback_payload

    if isinstance(body, Mapping):
        data = body
    else:
        try:
            data = json.loads(body)
        except (ValueError, TypeError) as exc:  # UnicodeDecodeError is a ValueError
            raise WebhookPayloadError(f"callback body is not JSON: {exc}") from None
        if not isinstance(data, dict):
            raise WebhookPayloadError("callback body is not a JSON object")
    if not isinstance(data.get("resourceType"), str):
        raise WebhookPayloadError("callback body has no resourceType")
    try:
        payload = parse_callback_payload(data)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise WebhookPayloadError(f"malformed callback event: {exc!r}") from None
    return NumbersEvent(payload=payload, timestamp=_timestamp(payload.timestamp), raw=data)


def _text(value: object) -> str | None:
    """A generated model's optional string field, with ``UNSET`` and ``""`` as ``None``."""
    return value if isinstance(value, str) and value else None


def _timestamp(value: object) -> datetime | None:
    """Aware datetime from the payload; reuses the generated parser (naive means UTC)."""
    if isinstance(value, datetime):  # the generated model already parsed it
        return value
    if not isinstance(value, str):
        return None
    from sinch_numbers_api.types import parse_datetime

    try:
        return parse_datetime(value)
    except (ValueError, OverflowError):
        return None


# -- receiver ---------------------------------------------------------------------------


class SeenStore(Protocol):
    """Where :class:`WebhookReceiver` remembers event IDs (Redis ``SET NX`` fits well)."""

    def add(self, event_id: str) -> bool:
        """Record ``event_id`` atomically; return ``False`` if it was already there."""
        ...

    def discard(self, event_id: str) -> None:
        """Forget ``event_id``, so a redelivery of it is processed again."""
        ...


class MemorySeenStore:
    """Thread-safe, bounded, in-process :class:`SeenStore` that forgets the oldest IDs first.

    Per process only: with several workers, use a shared store.
    """

    def __init__(self, maxsize: int = 10_000) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, event_id: str) -> bool:
        with self._lock:
            if event_id in self._ids:
                self._ids.move_to_end(event_id)
                return False
            self._ids[event_id] = None
            if len(self._ids) > self.maxsize:
                self._ids.popitem(last=False)
            return True

    def discard(self, event_id: str) -> None:
        with self._lock:
            self._ids.pop(event_id, None)

    def __contains__(self, event_id: object) -> bool:
        with self._lock:
            return event_id in self._ids

    def __len__(self) -> int:
        with self._lock:
            return len(self._ids)

    def __repr__(self) -> str:
        return f"MemorySeenStore(maxsize={self.maxsize}, size={len(self)})"


class WebhookReceiver:
    """Verify, parse and (optionally) de-replay callbacks in one call.

    Replay defences are opt-in, because the signature alone cannot stop a
    replayed request: ``max_age`` refuses events whose signed ``timestamp`` is
    older than that, or later than now plus ``max_clock_skew`` (a far-future
    date would otherwise stay "fresh" for ever); ``seen`` skips an ``eventId``
    already received.
    """

    def __init__(
        self,
        secrets: Secrets,
        max_age: float | timedelta | None = None,
        seen: SeenStore | None = None,
        *,
        max_clock_skew: float | timedelta = DEFAULT_MAX_CLOCK_SKEW,
    ) -> None:
        self._keys = _keys(secrets)
        self.max_age: timedelta | None = (
            None if max_age is None else _positive_span("max_age", max_age)
        )
        self.max_clock_skew: timedelta = _positive_span("max_clock_skew", max_clock_skew)
        self.seen = seen

    def verify(self, body: bytes, headers: HeadersLike) -> None:
        """Check the signature only (see :func:`verify_signature`)."""
        _check(_raw(body), _signature(headers), self._keys)

    def verify_and_parse(self, body: bytes, headers: HeadersLike) -> NumbersEvent | None:
        """Return the event, or ``None`` for a duplicate to acknowledge and skip.

        Raises :class:`WebhookSignatureError` (answer 401), or
        :class:`WebhookReplayError` / :class:`WebhookPayloadError` (answer 400).
        The event is marked seen before you handle it: if handling fails, call
        :meth:`forget` so that Sinch's redelivery is processed.
        """
        raw = _raw(body)
        _check(raw, _signature(headers), self._keys)
        event = parse_event(raw)
        if self.max_age is not None:
            self._check_age(event)
        if self.seen is not None and event.event_id and not self.seen.add(event.event_id):
            return None
        return event

    def forget(self, event: NumbersEvent | str) -> None:
        """Un-see an event (or event ID) whose handling failed."""
        event_id = event if isinstance(event, str) else event.event_id
        if self.seen is not None and event_id:
            self.seen.discard(event_id)

    def _check_age(self, event: NumbersEvent) -> None:
        assert self.max_age is not None
        sent = event.timestamp
        if sent is None:
            raise WebhookReplayError(
                "event has no timestamp, so its age cannot be checked",
                event_id=event.event_id,
                age=None,
            )
        age = datetime.now(UTC) - sent
        if -age > self.max_clock_skew:
            raise WebhookReplayError(
                f"event is dated {-age.total_seconds():.0f}s in the future, more than "
                f"max_clock_skew ({self.max_clock_skew.total_seconds():.0f}s)",
                event_id=event.event_id,
                age=age,
            )
        if age > self.max_age:
            raise WebhookReplayError(
                f"event is {age.total_seconds():.0f}s old, more than max_age "
                f"({self.max_age.total_seconds():.0f}s)",
                event_id=event.event_id,
                age=age,
            )

    def __repr__(self) -> str:
        return (
            f"WebhookReceiver(secrets=<{len(self._keys)} hidden>, "
            f"max_age={self.max_age!r}, seen={self.seen!r})"
        )


def _positive_span(name: str, value: float | timedelta) -> timedelta:
    if isinstance(value, bool) or not isinstance(value, int | float | timedelta):
        raise TypeError(f"{name} must be seconds or a timedelta")
    span = value if isinstance(value, timedelta) else timedelta(seconds=value)
    if span <= timedelta(0):
        raise ValueError(f"{name} must be positive")
    return span
