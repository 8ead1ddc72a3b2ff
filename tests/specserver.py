"""Loopback HTTP server for tests that fetch specs over real HTTP.

Why a real server rather than respx/mocks: the fetcher's retry, redirect,
conditional-GET and connection-error handling live in httpx's transport, so
tests should exercise actual sockets. Runs on 127.0.0.1 with a free port in a
daemon thread; serves configurable bodies per path, with ETag/Last-Modified
and 304 handling, scripted failures, delays, and a log of every request.

    with SpecServer() as srv:
        srv.add("/numbers.yaml", body, last_modified=http_date(0))
        fetch(srv.url("/numbers.yaml"))
        assert srv.count("/numbers.yaml") == 1
"""

from __future__ import annotations

import contextlib
import hashlib
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

from loopback import LoopbackServer

__all__ = ["AUTO", "RecordedRequest", "Route", "SpecServer", "http_date", "unused_port"]


class _Auto:
    def __repr__(self) -> str:
        return "AUTO"


#: ``etag=AUTO`` (the default) derives a strong ETag from the body's sha256
AUTO: Any = _Auto()


def http_date(timestamp: float) -> str:
    """RFC 7231 date, e.g. for ``last_modified=``."""
    return formatdate(timestamp, usegmt=True)


def unused_port() -> int:
    """A loopback port with nothing listening (connections get refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@dataclass
class Route:
    """How one path answers. Mutate it (e.g. ``route.body = ...``) between requests."""

    body: bytes = b""
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = "application/yaml"
    headers: dict[str, str] = field(default_factory=dict)
    #: answer ``fail_status`` to the next N requests, then behave normally
    fail_first: int = 0
    fail_status: int = 500
    fail_headers: dict[str, str] = field(default_factory=dict)
    #: seconds to sleep before answering (for timeout tests)
    delay: float = 0.0
    #: if set, answer ``status`` (default 302) with this Location
    redirect_to: str | None = None


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    #: header names lower-cased
    headers: Mapping[str, str]
    #: status code the server answered
    status: int


def _etag_matches(if_none_match: str, etag: str | None) -> bool:
    if etag is None:
        return False
    if if_none_match.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == bare for tag in if_none_match.split(","))


def _not_modified_since(if_modified_since: str, last_modified: str | None) -> bool:
    if last_modified is None:
        return False
    try:
        return parsedate_to_datetime(last_modified) <= parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError):
        return False


class _SpecHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.server.owner._handle(self, send_body=True)  # type: ignore[attr-defined]

    def do_HEAD(self) -> None:
        self.server.owner._handle(self, send_body=False)  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass


class SpecServer(LoopbackServer):
    """Threaded loopback HTTP server with per-path scripted responses."""

    handler = _SpecHandler

    def __init__(self) -> None:
        super().__init__()
        self._routes: dict[str, Route] = {}
        self._log: list[RecordedRequest] = []
        self._lock = threading.Lock()

    # -- configuration -------------------------------------------------------------
    def url(self, path: str) -> str:
        return self.base_url + path

    def add(self, path: str, body: bytes = b"", *, etag: Any = AUTO, **options: Any) -> Route:
        """Serve ``body`` at ``path``; ``options`` are :class:`Route` fields.

        ``etag=AUTO`` gives a strong sha256-derived ETag; pass ``None`` for none.
        """
        if etag is AUTO:
            etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
        route = Route(body=body, etag=etag, **options)
        with self._lock:
            self._routes[path] = route
        return route

    def redirect(self, path: str, location: str, status: int = 302) -> Route:
        return self.add(path, etag=None, status=status, redirect_to=location)

    # -- inspection ----------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._log)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    def count(self, path: str) -> int:
        return len(self.requests_for(path))

    def last_headers(self, path: str) -> Mapping[str, str]:
        reqs = self.requests_for(path)
        assert reqs, f"no request for {path}"
        return reqs[-1].headers

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    # -- request handling ----------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler, *, send_body: bool) -> None:
        path = h.path.split("?", 1)[0]
        headers = {k.lower(): v for k, v in h.headers.items()}
        with self._lock:
            route = self._routes.get(path)
            failing = route is not None and route.fail_first > 0
            if route is not None and failing:
                route.fail_first -= 1
        if route is not None and route.delay:
            time.sleep(route.delay)

        status, body, out = self._respond(route, headers, failing)
        with self._lock:
            self._log.append(RecordedRequest(h.command, path, headers, status))
        h.send_response(status)
        for name, value in out.items():
            h.send_header(name, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        if send_body and body:
            # the client may have given up already (timeout tests)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                h.wfile.write(body)

    @staticmethod
    def _respond(
        route: Route | None, req: Mapping[str, str], failing: bool
    ) -> tuple[int, bytes, dict[str, str]]:
        if route is None:
            return 404, b"not found\n", {"Content-Type": "text/plain"}
        if failing:
            out = {"Content-Type": "text/plain", **route.fail_headers}
            return route.fail_status, b"scripted failure\n", out
        if route.redirect_to is not None:
            return route.status, b"", {"Location": route.redirect_to}
        out = {"Content-Type": route.content_type, **route.headers}
        if route.etag is not None:
            out["ETag"] = route.etag
        if route.last_modified is not None:
            out["Last-Modified"] = route.last_modified
        if route.status == 200:
            inm, ims = req.get("if-none-match"), req.get("if-modified-since")
            # RFC 9110: If-Modified-Since is ignored when If-None-Match is present.
            if (inm is not None and _etag_matches(inm, route.etag)) or (
                inm is None and ims is not None and _not_modified_since(ims, route.last_modified)
            ):
                out.pop("Content-Type", None)
                return 304, b"", out
        return route.status, route.body, out
