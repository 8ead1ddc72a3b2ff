"""A small loopback HTTP server that records every request and answers with scripted responses.

Use it to see exactly what a client puts on the wire (no mocking of the HTTP library)::

    with WireServer() as server:
        server.reply_json({"ok": True})
        httpx.get(server.url + "/a%2Bb:x?k=1&k=2")
        request = server.only()
        assert request.raw_path == "/a%2Bb:x"
        assert request.query == [("k", "1"), ("k", "2")]

The server binds 127.0.0.1 on a free port, serves from a daemon thread and answers HTTP/1.0
(one request per connection), so ``stop()`` never waits on an idle keep-alive connection.
Responses are taken from a FIFO queue; when it is empty ``default`` is used.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl

from loopback import LoopbackServer, OwnedHTTPServer

__all__ = ["RecordedRequest", "ScriptedResponse", "WireServer"]


@dataclass(frozen=True)
class RecordedRequest:
    """One request as it arrived, before any decoding of the path."""

    method: str
    #: The request target exactly as sent on the request line (path and query).
    target: str
    #: The path part of the target, not percent-decoded (``/a/%2B1:rent``).
    raw_path: str
    #: The query part of the target, not decoded (``""`` when there is none).
    raw_query: str
    #: Decoded ``(name, value)`` pairs in order, repeats kept, blank values kept.
    query: list[tuple[str, str]]
    #: Header ``(name, value)`` pairs in the order received, repeats kept.
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    def query_values(self, name: str) -> list[str]:
        """Every value of query parameter ``name``, in order."""
        return [value for key, value in self.query if key == name]

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class ScriptedResponse:
    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()

    @classmethod
    def json(cls, data: Any, status: int = 200) -> ScriptedResponse:
        return cls(
            status=status,
            body=json.dumps(data).encode("utf-8"),
            headers=(("Content-Type", "application/json"),),
        )


class _Handler(BaseHTTPRequestHandler):
    server: OwnedHTTPServer

    def _handle(self) -> None:
        body = self._read_body()
        path, _, query = self.path.partition("?")
        self.server.owner._record(
            RecordedRequest(
                method=self.command,
                target=self.path,
                raw_path=path,
                raw_query=query,
                query=parse_qsl(query, keep_blank_values=True),
                headers=list(self.headers.items()),
                body=body,
            )
        )
        response = self.server.owner._next_response()
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()  # CRLF after each chunk
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean


class WireServer(LoopbackServer):
    """Record requests on ``127.0.0.1:<free port>``; reply from a script (or ``default``)."""

    handler = _Handler

    def __init__(self, default: ScriptedResponse | None = None) -> None:
        super().__init__()
        self.default = default if default is not None else ScriptedResponse.json({})
        self.requests: list[RecordedRequest] = []
        self._responses: deque[ScriptedResponse] = deque()
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return self.base_url

    # -- script and record ----------------------------------------------------------------

    def reply(self, response: ScriptedResponse) -> None:
        """Queue ``response`` for the next request that has no earlier scripted answer."""
        with self._lock:
            self._responses.append(response)

    def reply_json(self, data: Any, status: int = 200) -> None:
        self.reply(ScriptedResponse.json(data, status))

    def only(self) -> RecordedRequest:
        """The single request received so far (fails if there were none or several)."""
        with self._lock:
            if len(self.requests) != 1:
                raise AssertionError(f"expected exactly one request, got {len(self.requests)}")
            return self.requests[0]

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()
            self._responses.clear()

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _next_response(self) -> ScriptedResponse:
        with self._lock:
            return self._responses.popleft() if self._responses else self.default
