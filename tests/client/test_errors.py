"""Error mapping: status -> class, Sinch and OAuth bodies, non-JSON bodies, one-line str()."""

from __future__ import annotations

import json
from email.utils import formatdate

import httpx
import pytest

from sinch_numbers.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    SinchNumbersError,
    UnprocessableEntityError,
    make_status_error,
    parse_retry_after,
    request_id_from,
)

from .fakeapi import KEY_ID, KEY_SECRET, FakeAPI, Reply, sinch_error


def sinch_body(status: int, name: str, message: str, details: object = None) -> bytes:
    error: dict[str, object] = {"code": status, "message": message, "status": name}
    if details is not None:
        error["details"] = details
    return json.dumps({"error": error}).encode()


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (413, RequestTooLargeError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    err = make_status_error(status, {}, sinch_body(status, "X", "boom"))
    assert type(err) is cls
    assert isinstance(err, APIError | SinchNumbersError)
    assert err.status_code == status
    assert err.message == "boom"


def test_invalid_argument_with_field_violations() -> None:
    details = [
        {
            "type": "BadRequest",
            "fieldViolations": [{"field": "phoneNumber", "description": "must be E.164"}],
        }
    ]
    err = make_status_error(
        400,
        {"X-Request-ID": "abc-123"},
        sinch_body(400, "INVALID_ARGUMENT", "Invalid phone number", details),
    )
    assert isinstance(err, BadRequestError)
    assert err.code == 400
    assert err.status == "INVALID_ARGUMENT"
    assert err.details == details
    assert err.field_violations == [("phoneNumber", "must be E.164")]
    assert err.request_id == "abc-123"
    assert str(err) == (
        "400 INVALID_ARGUMENT: Invalid phone number (field phoneNumber: must be E.164) "
        "[request_id=abc-123]"
    )


def test_many_violations_are_summarised() -> None:
    violations = [{"field": f"f{i}", "description": "bad"} for i in range(5)]
    err = make_status_error(
        400, {}, sinch_body(400, "INVALID_ARGUMENT", "x", [{"fieldViolations": violations}])
    )
    assert str(err).endswith("(field f0: bad; field f1: bad; field f2: bad; +2 more)")


def test_not_found_details_kept() -> None:
    details = [{"type": "ResourceInfo", "resourceType": "ActiveNumber", "resourceName": "+1"}]
    err = make_status_error(404, {}, sinch_body(404, "NOT_FOUND", "Nope", details))
    assert isinstance(err, NotFoundError)
    assert err.details == details
    assert str(err) == "404 NOT_FOUND: Nope"


@pytest.mark.parametrize(
    "content",
    [
        b"<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>",
        b"",
        b"   ",
        b'{"error": {"code": 502, "mess',  # truncated JSON
        b"\xff\xfe\x00garbage",
        b"[1, 2]",
        b'{"unexpected": true}',
        b'{"error": {"code": "not-an-int", "details": "not-a-list"}}',
    ],
)
def test_survives_any_body(content: bytes) -> None:
    err = make_status_error(502, {"x-request-id": "r1"}, content)
    assert isinstance(err, InternalServerError)
    assert err.message.startswith("Bad Gateway")
    assert err.code is None
    assert err.details == []
    assert "\n" not in str(err)
    assert str(err).startswith("502")
    assert str(err).endswith("[request_id=r1]")


def test_html_body_kept_as_text() -> None:
    html = b"<html><body>\n<h1>503 Service Unavailable</h1>\n</body></html>"
    err = make_status_error(503, {"content-type": "text/html"}, html)
    assert err.body == html.decode()
    assert str(err) == "503: Service Unavailable (response body is not JSON)"


def test_oauth_error_body() -> None:
    body = b'{"error": "invalid_client", "error_description": "Client authentication failed"}'
    err = make_status_error(401, {}, body)
    assert isinstance(err, AuthenticationError)
    assert err.status == "invalid_client"
    assert str(err) == "401 invalid_client: Client authentication failed"


def test_str_is_one_short_line() -> None:
    message = "line one\nline two\r\n\tline three " + "x" * 1000
    err = make_status_error(500, {}, sinch_body(500, "INTERNAL", message))
    text = str(err)
    assert "\n" not in text and "\r" not in text and "\t" not in text
    assert text.startswith("500 INTERNAL: line one line two line three")
    assert len(text) < 400
    assert repr(err).startswith("InternalServerError(")


def test_rate_limit_retry_after() -> None:
    err = make_status_error(429, {"Retry-After": "7"}, b"")
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 7.0
    assert str(err) == "429: Too Many Requests (retry after 7s)"
    assert make_status_error(429, {}, b"").retry_after is None  # type: ignore[attr-defined]


def test_errors_carry_the_response_and_its_headers() -> None:
    request = httpx.Request("GET", "https://numbers.api.sinch.com/v1/projects/p/activeNumbers")
    response = httpx.Response(
        429,
        headers={"Retry-After": "2", "X-RateLimit-Remaining": "0", "x-request-id": "r9"},
        content=sinch_body(429, "RESOURCE_EXHAUSTED", "slow down"),
        request=request,
    )
    err = make_status_error(429, response.headers, response.content, response=response)
    assert isinstance(err, RateLimitError)
    assert err.response is response
    assert err.headers["x-ratelimit-remaining"] == "0"  # case-insensitive: httpx.Headers
    assert (err.retry_after, err.request_id, err.message) == (2.0, "r9", "slow down")
    bare = make_status_error(404, {}, b"")
    assert bare.response is None and dict(bare.headers) == {}


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"x-request-id": "a"}, "a"),
        ({"X-Request-Id": "b"}, "b"),
        ({"X-Correlation-ID": "c"}, "c"),
        ({"Request-Id": "d"}, "d"),
        ({"content-type": "text/plain"}, None),
        (httpx.Headers({"X-REQUEST-ID": "e"}), "e"),
    ],
)
def test_request_id_header_variants(headers: dict[str, str], expected: str | None) -> None:
    assert request_id_from(headers) == expected


def test_parse_retry_after() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("") is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("nan") is None
    assert parse_retry_after(formatdate(now + 30, usegmt=True), now=lambda: now) == 30.0
    assert parse_retry_after(formatdate(now - 30, usegmt=True), now=lambda: now) == 0.0


def test_connection_error_tree() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(OutcomeUnknownError, APIConnectionError)
    assert issubclass(APIConnectionError, APIError)
    err = OutcomeUnknownError("Outcome unknown.", reconcile_hint="List active numbers.")
    assert err.reconcile_hint == "List active numbers."
    assert str(err) == "Outcome unknown. List active numbers."


def test_errors_from_live_server_never_contain_secrets(fake_api: FakeAPI) -> None:
    """A rejected call carries the server's words, not the credentials that were sent."""
    fake_api.script(
        "GET", "/v1/projects/p1/activeNumbers", sinch_error(403, "PERMISSION_DENIED", "No.")
    )
    with httpx.Client(auth=(KEY_ID, KEY_SECRET)) as client:
        response = client.get(fake_api.url("/v1/projects/p1/activeNumbers"))
        forbidden = make_status_error(response.status_code, response.headers, response.content)
        response = client.get(fake_api.url("/v1/projects/p1/x"), auth=(KEY_ID, "wrong"))
        unauthorized = make_status_error(response.status_code, response.headers, response.content)
    assert isinstance(forbidden, PermissionDeniedError)
    assert str(forbidden) == "403 PERMISSION_DENIED: No. [request_id=req-1]"
    assert isinstance(unauthorized, AuthenticationError)
    for err in (forbidden, unauthorized):
        assert KEY_SECRET not in str(err) + repr(err) + repr(vars(err))


def test_reply_helper_shapes_sinch_body() -> None:
    reply = sinch_error(400, "INVALID_ARGUMENT", "bad")
    assert isinstance(reply, Reply)
    err = make_status_error(reply.status, {}, reply.encoded()[0])
    assert str(err) == "400 INVALID_ARGUMENT: bad"
