"""``LoopbackAPI``: the shared ``FakeAPI`` (tests/client/fakeapi.py) with what facade tests need.

Added on top, without changing ``FakeAPI`` itself:

* ``wire``: every request with its raw request target (path *and* query, not decoded) and
  arrival time, so tests can check query strings and the spacing of retries;
* ``responder``: a function answering authorized, unscripted API requests (for example with
  a body valid for the operation) instead of FakeAPI's generic ``{"ok": true, ...}``;
* distinctive access tokens (``tok-<n>-<random>``) so logs and reprs can be searched for them.
"""

from __future__ import annotations

import secrets
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from client import fakeapi  # noqa: E402
from client.fakeapi import (  # noqa: E402
    KEY_ID,
    KEY_SECRET,
    PROJECT,
    TOKEN_PATH,
    FakeAPI,
    Reply,
    Seen,
    closed_port_url,
    sinch_error,
)

__all__ = [
    "KEY_ID",
    "KEY_SECRET",
    "PROJECT",
    "TOKEN_PATH",
    "LoopbackAPI",
    "Reply",
    "WireRequest",
    "closed_port_url",
    "sinch_error",
]

_current = threading.local()  # per server thread: the raw target and the WireRequest


@dataclass(frozen=True)
class WireRequest:
    method: str
    target: str  # as on the request line: raw path + "?" + raw query
    headers: dict[str, str]  # lower-cased names
    body: bytes
    at: float  # time.perf_counter() on arrival

    @property
    def raw_path(self) -> str:
        return urlsplit(self.target).path

    @property
    def path(self) -> str:
        """The percent-decoded path (``/activeNumbers/+12065550100``)."""
        return unquote(self.raw_path)

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.target).query, keep_blank_values=True)

    def query_values(self, name: str) -> list[str]:
        return [value for key, value in self.query if key == name]


class _TargetHandler(fakeapi._Handler):
    def _handle(self) -> None:
        _current.target = self.path
        super()._handle()

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _handle


class LoopbackAPI(FakeAPI):
    def __init__(self) -> None:
        super().__init__()
        self.wire: list[WireRequest] = []
        self.issued_tokens: list[str] = []
        self.responder: Callable[[WireRequest], Reply | None] | None = None
        self._server.RequestHandlerClass = _TargetHandler
        self._server.handle_error = self._handle_error  # type: ignore[method-assign]

    def _handle_error(self, request: object, client_address: object) -> None:
        """Stay quiet when a client hung up first (timeouts); report anything else."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            ThreadingHTTPServer.handle_error(self._server, request, client_address)  # type: ignore[arg-type]

    def __enter__(self) -> LoopbackAPI:
        self.start()
        return self

    @property
    def api_wire(self) -> list[WireRequest]:
        """Requests to the API, without the token endpoint."""
        with self._lock:
            return [w for w in self.wire if w.raw_path != TOKEN_PATH]

    def _record(self, seen: Seen) -> tuple[int, Reply | None]:
        wire = WireRequest(
            seen.method,
            getattr(_current, "target", seen.path),
            seen.headers,
            seen.body,
            time.perf_counter(),
        )
        _current.wire = wire
        with self._lock:
            self.wire.append(wire)
        return super()._record(seen)

    def _issue_token(self) -> dict[str, Any]:
        payload = super()._issue_token()
        distinctive = f"{payload['access_token']}-{secrets.token_hex(8)}"
        with self._lock:
            self._valid_tokens.discard(payload["access_token"])
            self._valid_tokens.add(distinctive)
            self.issued_tokens.append(distinctive)
        return {**payload, "access_token": distinctive}

    def _choose(self, seen: Seen, number: int, scripted: Reply | None) -> Reply:
        if (
            scripted is None
            and self.responder is not None
            and seen.path != TOKEN_PATH
            and self._authorized(seen.headers.get("authorization", ""))
        ):
            reply = self.responder(_current.wire)
            if reply is not None:
                return reply
        return super()._choose(seen, number, scripted)
