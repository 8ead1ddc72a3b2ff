"""Request/response logging to the ``sinch_numbers`` logger, with secrets redacted.

``SINCH_NUMBERS_LOG=info`` logs one line per response (method, URL, status, elapsed, request
id); ``debug`` adds headers and a truncated body of each request and response. Call
``setup_from_env()`` once (the client does). The API client logs each exchange when it comes
back (``log_response``, ``log_failure``): it never adds hooks to an httpx client, which may be
the user's. Clients of our own (the token requests) use ``event_hooks()`` or
``async_event_hooks()``. Both check the logger's level, so configuring the ``sinch_numbers``
logger yourself works too, without the environment variable.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

from sinch_numbers.errors import request_id_from

__all__ = [
    "ENV_VAR",
    "REDACTED",
    "async_event_hooks",
    "event_hooks",
    "log_failure",
    "log_response",
    "logger",
    "redact_body",
    "redact_headers",
    "setup_from_env",
]

ENV_VAR = "SINCH_NUMBERS_LOG"
REDACTED = "[REDACTED]"
BODY_LIMIT = 2048  # characters of body shown at debug level

logger = logging.getLogger("sinch_numbers")

_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)
# Compared after lower-casing and dropping "_" and "-": access_token, accessToken, ...
_SECRET_KEYS = frozenset(
    {
        "accesstoken",
        "refreshtoken",
        "idtoken",
        "clientsecret",
        "keysecret",
        "hmacsecret",
        "secret",
        "password",
        "authorization",
        "apikey",
    }
)
# Last line of defence for bodies that are neither JSON nor a form (or are cut short).
_SECRET_IN_TEXT = re.compile(
    r"(?i)(access_?token|refresh_?token|id_?token|client_?secret|key_?secret|hmac_?secret"
    r"|password|authorization)"
    r"(\"?\s*[:=]\s*\"?)([^\"&,;\s}]+)"
)
_START = "sinch_numbers.started"  # request extension holding time.perf_counter() at send

_setup_lock = threading.Lock()
_handler: logging.Handler | None = None


def setup_from_env() -> None:
    """Honour ``SINCH_NUMBERS_LOG=debug|info``: level and one stderr handler, added once."""
    global _handler
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(ENV_VAR, "").strip().lower()
    )
    if level is None:
        return
    with _setup_lock:
        if _handler is None:
            _handler = logging.StreamHandler(sys.stderr)
            _handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
            logger.addHandler(_handler)
        logger.setLevel(level)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` safe to log: credential-bearing values replaced."""
    return {
        name: REDACTED if name.lower() in _SECRET_HEADERS else value
        for name, value in headers.items()
    }


def redact_body(
    body: bytes | str, content_type: str | None = None, *, limit: int = BODY_LIMIT
) -> str:
    """``body`` as text safe to log, at most ``limit`` characters.

    Secret fields are redacted in JSON (at any depth) and form bodies *before* truncating, so a
    cut can never expose half a secret; other text goes through a key=value pattern.
    """
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if not text:
        return ""
    ctype = (content_type or "").lower()
    redacted: str | None = None
    if "json" in ctype or text.lstrip()[:1] in ("{", "["):
        try:
            redacted = json.dumps(_redact_json(json.loads(text)), ensure_ascii=False)
        except ValueError:
            redacted = None
    if redacted is None and ("x-www-form-urlencoded" in ctype or _looks_like_form(text)):
        pairs = parse_qsl(text, keep_blank_values=True)
        redacted = urlencode([(k, REDACTED if _is_secret(k) else v) for k, v in pairs])
    if redacted is None:
        redacted = _SECRET_IN_TEXT.sub(lambda m: f"{m[1]}{m[2]}{REDACTED}", text)
    if len(redacted) > limit:
        redacted = f"{redacted[:limit]}... ({len(redacted) - limit} more characters)"
    return redacted


def event_hooks() -> dict[str, list[Callable[[Any], None]]]:
    """Hooks for ``httpx.Client(event_hooks=...)``."""
    return {"request": [_log_request], "response": [_log_response]}


def async_event_hooks() -> dict[str, list[Callable[[Any], Awaitable[None]]]]:
    """Hooks for ``httpx.AsyncClient(event_hooks=...)``."""
    return {"request": [_alog_request], "response": [_alog_response]}


def log_response(response: httpx.Response) -> None:
    """Log a finished exchange: each request and response of it, a 401 the auth answered too.

    For a client we must not add hooks to; the body is already read.
    """
    if not logger.isEnabledFor(logging.INFO):
        return
    debug = logger.isEnabledFor(logging.DEBUG)
    for each in (*response.history, response):
        if debug:
            _log_request_detail(each.request)
        _log_status_line(each)
        if debug:
            _log_response_detail(each)


def log_failure(exc: httpx.RequestError) -> None:
    """Log the request of an exchange that got no response (at debug level, as a request)."""
    if logger.isEnabledFor(logging.DEBUG):
        try:
            request = exc.request
        except RuntimeError:  # raised before a request was built
            return
        _log_request_detail(request)


def _log_request(request: httpx.Request) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    request.extensions[_START] = time.perf_counter()
    if logger.isEnabledFor(logging.DEBUG):
        _log_request_detail(request)


def _log_request_detail(request: httpx.Request) -> None:
    logger.debug(
        "Request %s %s headers=%s body=%s",
        request.method,
        _safe_url(request.url),
        redact_headers(request.headers),
        _request_body(request),
    )


def _log_response(response: httpx.Response) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    _log_status_line(response)
    if logger.isEnabledFor(logging.DEBUG):
        response.read()
        _log_response_detail(response)


async def _alog_request(request: httpx.Request) -> None:
    _log_request(request)


async def _alog_response(response: httpx.Response) -> None:
    if not logger.isEnabledFor(logging.INFO):
        return
    _log_status_line(response)
    if logger.isEnabledFor(logging.DEBUG):
        await response.aread()
        _log_response_detail(response)


def _log_status_line(response: httpx.Response) -> None:
    request = response.request
    started = request.extensions.get(_START)
    if isinstance(started, float):  # set by the request hook
        elapsed = f"{(time.perf_counter() - started) * 1000:.0f}ms"
    else:  # logged after the fact: httpx measured it
        try:
            elapsed = f"{response.elapsed.total_seconds() * 1000:.0f}ms"
        except RuntimeError:  # not closed yet
            elapsed = "?ms"
    logger.info(
        "%s %s -> %d %s (%s) request_id=%s",
        request.method,
        _safe_url(request.url),
        response.status_code,
        response.reason_phrase,
        elapsed,
        request_id_from(response.headers) or "-",
    )


def _log_response_detail(response: httpx.Response) -> None:
    logger.debug(
        "Response headers=%s body=%s",
        redact_headers(response.headers),
        redact_body(response.content, response.headers.get("content-type")),
    )


def _request_body(request: httpx.Request) -> str:
    try:
        content = request.content
    except httpx.RequestNotRead:
        return "<streaming body>"
    return redact_body(content, request.headers.get("content-type"))


def _safe_url(url: httpx.URL) -> str:
    """The URL without userinfo; query strings of this API carry no secrets."""
    return str(url.copy_with(username=None, password=None)) if url.userinfo else str(url)


def _redact_json(value: object) -> object:
    if isinstance(value, dict):
        return {
            k: REDACTED if isinstance(k, str) and _is_secret(k) else _redact_json(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redact_json(v) for v in value]
    return value


def _is_secret(key: str) -> bool:
    return key.lower().replace("_", "").replace("-", "") in _SECRET_KEYS


def _looks_like_form(text: str) -> bool:
    return "=" in text and " " not in text and "\n" not in text
