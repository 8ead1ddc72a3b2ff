"""The ASGI application: routing by the spec, faults, auth, validation, errors.

Routes come from the pinned spec itself (``spec.operations()``), so paths match
it exactly. An operation without a handler in ``handlers`` (new upstream, not written
yet) answers ``501`` in Sinch's error shape; the sandbox still starts, logs those
operations once and lists them in ``GET /_sandbox/health``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import urllib.parse
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from . import timers
from .admin import Admin
from .auth import Authenticator, expired_token_error
from .backend import Backend
from .callbacks import CallbackDispatcher
from .clock import Clock
from .config import SandboxConfig
from .errors import ApiError, internal, not_found, not_implemented
from .faults import TOKEN_ROUTE, FaultDecision, Faults
from .handlers import HANDLERS, Call, json_response
from .ids import new_id
from .inventory import inventory
from .scale import RequestLog, seed_active
from .spec import Operation, operations
from .store import Store
from .validation import check_path, parse_json_body, parse_query, read_body

logger = logging.getLogger("sinch_numbers.sandbox")

#: Scope extension holding a callable that aborts the connection (see ``server``).
ABORT_EXTENSION = "sinch_numbers.sandbox.abort"
TOKEN_PATH = "/oauth2/token"
ADMIN_PREFIX = "/_sandbox/"
#: Every response carries one, as the live API's do; the client shows it as ``request_id``.
REQUEST_ID_HEADER = "x-request-id"


class SandboxApp:
    """The sandbox as an ASGI app; owns the state and the background work."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.clock = Clock()
        self.store = Store(config.db)
        self.backend = Backend(config, self.clock, self.store, inventory(self._seed(config)))
        self.auth = Authenticator(config, self.store, self.clock)
        self.faults = Faults(config.faults, seed=config.seed)
        self.faults.bind_token_expiry(self.auth.expire)
        if config.rate_limit is not None:
            self.faults.rate_limit(config.rate_limit, burst=config.rate_limit_burst)
        #: every API request answered: method, operationId, phone number, status
        self.requests = RequestLog()
        if config.seed_active:
            seed_active(self.backend, config.project_id, config.seed_active)
        self.callbacks = CallbackDispatcher(self.backend)
        self.admin = Admin(self)
        self._operations = operations()
        #: operations of the pinned spec the sandbox has no handler for: they answer 501
        self.unhandled = tuple(sorted({op.operation_id for op in self._operations} - set(HANDLERS)))
        if self.unhandled:
            logger.warning(
                "sandbox: no handler for %s (they answer 501)", ", ".join(self.unhandled)
            )
        self._background: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        return f"SandboxApp(project_id={self.config.project_id!r}, db={self.store.path!r})"

    def _seed(self, config: SandboxConfig) -> int:
        """A database remembers the seed it was created with: same numbers after a restart."""
        with self.store.transaction() as tx:
            stored = tx.meta("seed")
            if stored is None:
                tx.set_meta("seed", str(config.seed))
                return config.seed
        if int(stored) != config.seed:
            logger.warning("database %s was created with seed %s; using it", config.db, stored)
        return int(stored)

    # -- housekeeping --------------------------------------------------------
    def reset(self) -> None:
        """Back to a fresh sandbox: no numbers, orders, tokens, faults, callbacks or logged
        requests."""
        self.store.reset()
        self.faults.clear()
        self.requests.clear()
        self.clock.reset()

    def advance_time(self, seconds: float) -> None:
        """Move the sandbox clock forward and apply what became due."""
        self.clock.advance(seconds)
        timers.advance(self.backend)

    async def _run_background(self) -> None:
        while True:
            try:
                timers.advance(self.backend)
                await self.callbacks.pump()
            except Exception:
                logger.exception("sandbox background step failed")
            await asyncio.sleep(self.config.tick)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._background = asyncio.create_task(self._run_background())
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._background is not None:
                    self._background.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await self._background
                await self.callbacks.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    # -- requests ------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        send = _with_request_id(send)
        path: str = scope["path"]
        if path.startswith(ADMIN_PREFIX):
            response = await self.admin.handle(Request(scope, receive))
            await response(scope, receive, send)
            return
        route, endpoint = self._route(scope["method"], path)
        decision = self.faults.decide(route)
        if decision.latency:
            await asyncio.sleep(decision.latency)
        if decision.action == "drop":
            self.requests.record(scope["method"], route, path, 0)
            await _drop_connection(scope, receive)
            return
        if decision.action == "status":
            response = _fault_response(decision)
        else:
            try:
                response = await endpoint(Request(scope, receive), decision)
            except ApiError as exc:
                response = exc.response()
            except Exception:
                logger.exception("sandbox error in %s %s", scope["method"], path)
                response = internal().response()
        self.requests.record(scope["method"], route, path, response.status_code)
        await response(scope, receive, send)

    def _route(self, method: str, path: str) -> tuple[str, Callable[[Request, FaultDecision], Any]]:
        if path == TOKEN_PATH:
            if method != "POST":
                return TOKEN_ROUTE, _method_not_allowed("POST")
            return TOKEN_ROUTE, self._token
        allowed: list[str] = []
        for op in self._operations:
            match = op.pattern.fullmatch(path)
            if match is None:
                continue
            if op.method == method:
                return op.operation_id, functools.partial(self._operation, op, match.groupdict())
            allowed.append(op.method)
        if allowed:
            return "", _method_not_allowed(", ".join(allowed))
        return "", _unknown_route

    async def _token(self, request: Request, decision: FaultDecision) -> Response:
        raw = await read_body(request, 64 * 1024)
        form = dict(urllib.parse.parse_qsl(raw.decode("utf-8", "replace")))
        token = self.auth.issue_token(request.headers.get("authorization"), form)
        response = json_response(token)
        response.headers["Cache-Control"] = "no-store"
        return response

    async def _operation(
        self, op: Operation, params: dict[str, str], request: Request, decision: FaultDecision
    ) -> Response:
        handler = HANDLERS.get(op.operation_id)
        if handler is None:
            raise not_implemented(op.operation_id)
        authorization = request.headers.get("authorization")
        if decision.action == "token_expired":
            scheme, _, token = (authorization or "").partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                self.auth.expire(token.strip())
            raise expired_token_error()
        project = params["projectId"]
        self.auth.authenticate(authorization, project)
        check_path(params)
        query = parse_query(op, request)
        body = None
        if op.body_media_type == "application/json":
            body = await parse_json_body(op, request)
        timers.advance(self.backend)
        call = Call(self.backend, request, project, params, query, body)
        return await handler(call)


def _with_request_id(send: Send) -> Send:
    """Wrap ``send`` so that the response start carries a fresh ``x-request-id``."""
    request_id = new_id().encode()

    async def send_with_id(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = [h for h in message.get("headers", []) if h[0] != REQUEST_ID_HEADER.encode()]
            message = {**message, "headers": [*headers, (REQUEST_ID_HEADER.encode(), request_id)]}
        await send(message)

    return send_with_id


async def _drop_connection(scope: Scope, receive: Receive) -> None:
    """Close the TCP connection without a response (needs the sandbox's server)."""
    abort = scope.get("extensions", {}).get(ABORT_EXTENSION)
    if abort is None:
        raise ConnectionAbortedError("dropping connections needs sinch_numbers.sandbox's server")
    abort()
    while (await receive())["type"] != "http.disconnect":
        pass


def _fault_response(decision: FaultDecision) -> Response:
    messages = {
        429: "Too many requests (injected by the sandbox).",
        500: "Internal error (injected by the sandbox).",
        503: "Service unavailable (injected by the sandbox).",
    }
    status = decision.status
    headers = {"Retry-After": str(decision.retry_after)} if status in (429, 503) else {}
    message = messages.get(status, f"Error {status} (injected by the sandbox).")
    return ApiError(status, message, headers=headers).response()


def _method_not_allowed(allowed: str) -> Callable[[Request, FaultDecision], Any]:
    async def endpoint(request: Request, decision: FaultDecision) -> Response:
        error = ApiError(
            405, f"Method {request.method} is not allowed here.", headers={"Allow": allowed}
        )
        return error.response()

    return endpoint


async def _unknown_route(request: Request, decision: FaultDecision) -> Response:
    return not_found("Route", request.url.path, f"No such path: {request.url.path}").response()
