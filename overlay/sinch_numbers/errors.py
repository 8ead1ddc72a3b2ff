"""The one exception tree of sinch_numbers: catch ``SinchNumbersError`` to catch them all.

::

    SinchNumbersError
    └── APIError
        ├── APIStatusError            the server answered with a non-2xx status
        │   ├── BadRequestError           400 (INVALID_ARGUMENT)
        │   ├── AuthenticationError       401 (and a rejected token request)
        │   ├── PermissionDeniedError     403
        │   ├── NotFoundError             404
        │   ├── ConflictError             409
        │   ├── RequestTooLargeError      413
        │   ├── UnprocessableEntityError  422
        │   ├── RateLimitError            429
        │   └── InternalServerError       5xx
        ├── APIConnectionError        no usable response
        │   ├── APITimeoutError
        │   └── OutcomeUnknownError   a state-changing call may or may not have happened
        ├── ResponseParseError        a 2xx whose body is not a JSON object (it took effect)
        └── ResponseValidationError   strict_responses=True and a 2xx departed from the spec

Messages are built only from what the server sent back, never from credentials.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable, Mapping, Sequence
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx
    from sinch_numbers_api.conformance import Deviation

__all__ = [
    "REQUEST_ID_HEADERS",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "EmptyUpdateError",
    "InternalServerError",
    "InvalidArgumentsError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "ResponseParseError",
    "ResponseValidationError",
    "SinchNumbersError",
    "UnprocessableEntityError",
    "get_header",
    "make_status_error",
    "parse_retry_after",
    "request_id_from",
]

#: Response headers that may carry the server's request id, most specific first.
REQUEST_ID_HEADERS = ("x-request-id", "x-correlation-id", "request-id", "x-amzn-requestid")

_MAX_MESSAGE = 300  # characters of server message kept in str(err)
_MAX_VIOLATIONS = 3  # field violations spelled out in str(err)


class SinchNumbersError(Exception):
    """Base class of every error this library raises."""


class InvalidArgumentsError(SinchNumbersError, ValueError):
    """Arguments the API would reject, caught before any request was sent."""


class EmptyUpdateError(InvalidArgumentsError):
    """An update with no field set: the API rejects it, so it is refused locally."""


class APIError(SinchNumbersError):
    """A call to the Sinch API did not succeed."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIStatusError(APIError):
    """The server answered with a non-2xx status.

    ``code``, ``status``, ``message`` and ``details`` come from Sinch's error body
    ``{"error": {"code", "status", "message", "details"}}`` when there is one; ``body`` is the
    decoded JSON, or the text when the body is not JSON (for example an HTML page from a proxy).
    ``headers`` are the response's headers (rate-limit headers, ``Retry-After``) and
    ``response`` the ``httpx.Response`` itself, when the error came from one.
    """

    status_code: int
    code: int | None
    status: str | None
    details: list[dict[str, Any]]
    request_id: str | None
    body: object
    headers: Mapping[str, str]
    response: httpx.Response | None

    def __init__(
        self,
        status_code: int,
        *,
        message: str,
        code: int | None = None,
        status: str | None = None,
        details: Sequence[dict[str, Any]] = (),
        request_id: str | None = None,
        body: object = None,
        headers: Mapping[str, str] | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.status = status
        self.details = list(details)
        self.request_id = request_id
        self.body = body
        self.headers = {} if headers is None else headers
        self.response = response

    def __str__(self) -> str:
        head = f"{self.status_code} {self.status}" if self.status else str(self.status_code)
        line = f"{head}: {_one_line(self.message)}"
        extra = self._summary()
        if extra:
            line += f" ({extra})"
        if self.request_id:
            line += f" [request_id={self.request_id}]"
        return line

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"

    def _summary(self) -> str:
        """Extra detail for ``str(err)``; subclasses add what matters for their status."""
        return ""


class BadRequestError(APIStatusError):
    """400: the request was rejected as invalid; see ``field_violations``."""

    @property
    def field_violations(self) -> list[tuple[str, str]]:
        """``(field, description)`` pairs from the ``BadRequest`` details."""
        found: list[tuple[str, str]] = []
        for detail in self.details:
            violations = detail.get("fieldViolations")
            if not isinstance(violations, list):
                continue
            for violation in violations:
                if isinstance(violation, dict):
                    field = violation.get("field")
                    description = violation.get("description")
                    found.append((str(field or ""), str(description or "")))
        return found

    def _summary(self) -> str:
        violations = self.field_violations
        parts = [f"field {f}: {_one_line(d)}" for f, d in violations[:_MAX_VIOLATIONS]]
        if len(violations) > _MAX_VIOLATIONS:
            parts.append(f"+{len(violations) - _MAX_VIOLATIONS} more")
        return "; ".join(parts)


class AuthenticationError(APIStatusError):
    """401: missing or invalid credentials, or the token endpoint rejected the key."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: the project, number or order does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class RequestTooLargeError(APIStatusError):
    """413: the request body is too large."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests; ``retry_after`` is the server's requested wait in seconds."""

    retry_after: float | None

    def __init__(
        self,
        status_code: int,
        *,
        message: str,
        code: int | None = None,
        status: str | None = None,
        details: Sequence[dict[str, Any]] = (),
        request_id: str | None = None,
        body: object = None,
        headers: Mapping[str, str] | None = None,
        response: httpx.Response | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            status_code,
            message=message,
            code=code,
            status=status,
            details=details,
            request_id=request_id,
            body=body,
            headers=headers,
            response=response,
        )
        self.retry_after = retry_after

    def _summary(self) -> str:
        return "" if self.retry_after is None else f"retry after {self.retry_after:g}s"


class InternalServerError(APIStatusError):
    """5xx: the server (or a proxy in front of it) failed."""


class APIConnectionError(APIError):
    """No usable response: the connection failed, dropped or could not be set up."""

    def __init__(self, message: str = "Connection error.") -> None:
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, waiting for a pooled connection, or reading)."""

    def __init__(self, message: str = "Request timed out.") -> None:
        super().__init__(message)


class OutcomeUnknownError(APIConnectionError):
    """A billable or state-changing call failed in a way that leaves its outcome unknown.

    It was not resent, because a second attempt could buy or change twice. Check the current
    state as ``reconcile_hint`` says before trying again. The underlying error is ``__cause__``.
    ``method`` and ``path`` name the operation (``POST``, ``/v1/projects/{projectId}/...``);
    ``status_code`` and ``request_id`` are set when a response came back (a 5xx, a 408), for
    Sinch support; they are None after a timeout or a dropped connection.
    """

    reconcile_hint: str
    method: str | None
    path: str | None
    status_code: int | None
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        reconcile_hint: str,
        method: str | None = None,
        path: str | None = None,
        status_code: int | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(f"{message} {reconcile_hint}".strip())
        self.reconcile_hint = reconcile_hint
        self.method = method
        self.path = path
        self.status_code = status_code
        self.request_id = request_id


class _SucceededError(APIError):
    """A call that took effect on Sinch's side but whose answer cannot be used as is."""

    operation_id: str
    status_code: int
    request_id: str | None
    headers: httpx.Headers | Mapping[str, str]
    response: httpx.Response | None
    reconcile_hint: str | None

    def __init__(
        self,
        message: str,
        *,
        operation_id: str,
        status_code: int,
        headers: httpx.Headers | Mapping[str, str],
        response: httpx.Response | None = None,
        reconcile_hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.status_code = status_code
        self.headers = headers
        self.request_id = request_id_from(headers)
        self.response = response
        self.reconcile_hint = reconcile_hint

    def __str__(self) -> str:
        line = self.message
        if self.request_id:
            line += f" [request_id={self.request_id}]"
        return line


class ResponseParseError(_SucceededError):
    """A 2xx answer whose body is not the JSON object the spec promises (empty, not JSON, a
    list...). The server answered success, so the call **did** take effect: never repeat a
    billable one; read its result as ``reconcile_hint`` says. ``text`` is the body."""

    text: str

    def __init__(
        self,
        message: str,
        *,
        operation_id: str,
        status_code: int,
        headers: httpx.Headers | Mapping[str, str],
        text: str,
        response: httpx.Response | None = None,
        reconcile_hint: str | None = None,
    ) -> None:
        super().__init__(
            message,
            operation_id=operation_id,
            status_code=status_code,
            headers=headers,
            response=response,
            reconcile_hint=reconcile_hint,
        )
        self.text = text


class ResponseValidationError(_SucceededError):
    """``strict_responses=True`` and a 2xx answer departed from the spec (``deviations``).

    The call took effect and the response was read tolerantly: ``parsed`` holds the result.
    """

    deviations: list[Deviation]
    parsed: object

    def __init__(
        self,
        message: str,
        *,
        operation_id: str,
        status_code: int,
        headers: httpx.Headers | Mapping[str, str],
        deviations: Sequence[Deviation],
        parsed: object,
        response: httpx.Response | None = None,
        reconcile_hint: str | None = None,
    ) -> None:
        super().__init__(
            message,
            operation_id=operation_id,
            status_code=status_code,
            headers=headers,
            response=response,
            reconcile_hint=reconcile_hint,
        )
        self.deviations = list(deviations)
        self.parsed = parsed


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(
    status_code: int,
    headers: Mapping[str, str],
    content: bytes,
    *,
    response: httpx.Response | None = None,
) -> APIStatusError:
    """Build the right ``APIStatusError`` subclass for a non-2xx response.

    Understands Sinch's ``{"error": {...}}`` body and the OAuth ``{"error": "...",
    "error_description": "..."}`` body of the token endpoint; anything else (HTML, empty,
    truncated JSON) still gives an error with the HTTP reason phrase as its message. This is
    the only place an error body is parsed: the generated endpoints parse only 2xx bodies.
    """
    status_code = int(status_code)
    body, code, status, message, details = _parse_body(content)
    if not message:
        message = _reason(status_code)
        if body is not None and not isinstance(body, dict | list):
            message += " (response body is not JSON)"
    fields: dict[str, Any] = {
        "message": message,
        "code": code,
        "status": status,
        "details": details,
        "request_id": request_id_from(headers),
        "body": body,
        "headers": headers,
        "response": response,
    }
    cls = _STATUS_CLASSES.get(status_code)
    if cls is RateLimitError:
        return RateLimitError(
            status_code, retry_after=parse_retry_after(get_header(headers, "retry-after")), **fields
        )
    if cls is None:
        cls = InternalServerError if status_code >= 500 else APIStatusError
    return cls(status_code, **fields)


def request_id_from(headers: Mapping[str, str]) -> str | None:
    """The server's request id from whichever of ``REQUEST_ID_HEADERS`` is present."""
    for name in REQUEST_ID_HEADERS:
        value = get_header(headers, name)
        if value:
            return value
    return None


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from a ``Retry-After`` value, else None (absent, garbled, NaN).

    Delta-seconds (``"120"``, and the ``"1.5"`` some servers send) or an HTTP-date (RFC 9110),
    never negative. The one parser of the project: the retry policy, ``RateLimitError`` and
    ``scripts/specpipe/fetch.py`` all use it. Lives here rather than in ``retries`` because
    ``RateLimitError`` needs it and this module must not import anything of the package.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive result means "-0000".
            return None
        seconds = when.timestamp() - now()
    if seconds != seconds or seconds == float("inf"):  # NaN or inf
        return None
    return max(seconds, 0.0)


def _parse_body(
    content: bytes,
) -> tuple[object, int | None, str | None, str, list[dict[str, Any]]]:
    """``(body, code, status, message, details)`` from an error body, tolerating anything."""
    if not content.strip():
        return None, None, None, "", []
    try:
        body: object = json.loads(content)
    except ValueError:  # also covers UnicodeDecodeError
        return content.decode("utf-8", "replace"), None, None, "", []
    if not isinstance(body, dict):
        return body, None, None, "", []
    error = body.get("error")
    if isinstance(error, dict):  # Sinch: {"error": {"code", "message", "status", "details"}}
        code = error.get("code")
        details = error.get("details")
        return (
            body,
            code if isinstance(code, int) and not isinstance(code, bool) else None,
            _str_or_none(error.get("status")),
            _str_or_none(error.get("message")) or "",
            [d for d in details if isinstance(d, dict)] if isinstance(details, list) else [],
        )
    if isinstance(error, str):  # OAuth 2.0 (RFC 6749 §5.2): {"error", "error_description"}
        return body, None, error, _str_or_none(body.get("error_description")) or "", []
    return body, None, None, _str_or_none(body.get("message")) or "", []


def get_header(headers: Mapping[str, str], name: str) -> str | None:
    """Case-insensitive lookup (``name`` in lower case) that also works on plain dicts."""
    value = headers.get(name)
    if value is not None:
        return value
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def _reason(status_code: int) -> str:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return "HTTP error"


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _MAX_MESSAGE else line[: _MAX_MESSAGE - 1] + "…"
