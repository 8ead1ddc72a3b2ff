"""Serving the app with uvicorn: on a background thread (``Sandbox``) or in the
foreground (the CLI), on a socket bound up front so port 0 works."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from types import TracebackType
from typing import Any, cast

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import ABORT_EXTENSION, SandboxApp
from .config import SandboxConfig
from .faults import FaultRule, Faults
from .scale import RequestLog, seed_active
from .state import SandboxState

START_TIMEOUT = 10.0


class _AbortableH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, exposing ``transport.abort`` to the app so the
    "drop" fault can close a connection without any response."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport = cast(asyncio.Transport, transport)
        super().connection_made(transport)
        inner = self.app

        async def app(scope: Any, receive: Any, send: Any) -> None:
            scope.setdefault("extensions", {})[ABORT_EXTENSION] = transport.abort
            await inner(scope, receive, send)

        self.app = app


def bind_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP lets asyncio set TCP_NODELAY on accepted connections;
    # without it every response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(1024)
    except OSError:
        sock.close()
        raise
    return sock


def base_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    if host in ("0.0.0.0", ""):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class _Server(uvicorn.Server):
    """uvicorn's server, checking for exit every 10 ms instead of 100 ms so a
    ``with Sandbox()`` block ends quickly."""

    async def main_loop(self) -> None:
        ticks = 0
        while not await self.on_tick(ticks // 10):
            ticks = (ticks + 1) % 8_640_000
            await asyncio.sleep(0.01)


def uvicorn_server(
    app: SandboxApp, *, log_level: str = "warning", own_logging: bool = False
) -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        http=_AbortableH11Protocol,
        ws="none",
        lifespan="on",
        loop="asyncio",
        log_level=log_level,
        log_config=uvicorn.config.LOGGING_CONFIG if own_logging else None,
        access_log=False,
        timeout_graceful_shutdown=2,
    )
    return _Server(config)


def _rules(faults: Any) -> tuple[FaultRule, ...]:
    return tuple(Faults(faults).rules)


class Sandbox:
    """A running sandbox on a background thread.

    ``with Sandbox() as sb:`` starts it on a free loopback port and stops it on
    exit. Point a client at ``sb.base_url`` / ``sb.auth_url`` with
    ``sb.project_id``, ``sb.key_id`` and ``sb.key_secret``.
    """

    def __init__(
        self,
        config: SandboxConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        project_id: str | None = None,
        key_id: str | None = None,
        key_secret: str | None = None,
        seed: int | None = None,
        db: str | None = None,
        token_lifetime: float | None = None,
        review_delay: float | None = None,
        provisioning_delay: float | None = None,
        reservation_seconds: float | None = None,
        max_attachment_bytes: int | None = None,
        callback_retries: int | None = None,
        callback_backoff: float | None = None,
        allow_external_callbacks: bool | None = None,
        tick: float | None = None,
        faults: Any = None,
        shapes: str | None = None,
        rate_limit: float | None = None,
        seed_active: int | None = None,
    ) -> None:
        overrides: dict[str, Any] = {
            "project_id": project_id,
            "key_id": key_id,
            "key_secret": key_secret,
            "seed": seed,
            "db": db,
            "token_lifetime": token_lifetime,
            "review_delay": review_delay,
            "provisioning_delay": provisioning_delay,
            "reservation_seconds": reservation_seconds,
            "max_attachment_bytes": max_attachment_bytes,
            "callback_retries": callback_retries,
            "callback_backoff": callback_backoff,
            "allow_external_callbacks": allow_external_callbacks,
            "tick": tick,
            "faults": None if faults is None else _rules(faults),
            "shapes": shapes,
            "rate_limit": rate_limit,
            "seed_active": seed_active,
        }
        base = config or SandboxConfig()
        self.config = base.replace(**{k: v for k, v in overrides.items() if v is not None})
        self._host, self._port = host, port
        self.app = SandboxApp(self.config)
        self.state = SandboxState(self.app)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._base_url: str | None = None
        self._stopped = False

    def __repr__(self) -> str:
        where = self._base_url or "not started"
        return f"Sandbox({where}, project_id={self.config.project_id!r})"

    # -- connection details ------------------------------------------------
    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError("the sandbox is not running; use start() or a with block")
        return self._base_url

    @property
    def auth_url(self) -> str:
        return f"{self.base_url}/oauth2/token"

    @property
    def project_id(self) -> str:
        return self.config.project_id

    @property
    def key_id(self) -> str:
        return self.config.key_id

    @property
    def key_secret(self) -> str:
        return self.config.key_secret

    # -- test handles --------------------------------------------------------
    @property
    def faults(self) -> Faults:
        return self.app.faults

    @property
    def requests(self) -> RequestLog:
        """Every API request answered so far (``count()``, ``per_number()``, ``clear()``)."""
        return self.app.requests

    def rate_limit(self, per_second: float | None, *, burst: int | None = None) -> None:
        """Limit API requests per second (429 + ``Retry-After`` beyond); None lifts it."""
        self.app.faults.rate_limit(per_second, burst=burst)

    def seed_active(
        self,
        count: int,
        *,
        service_plan_id: str | None = None,
        campaign_id: str | None = None,
        app_id: str | None = None,
        display_name: str | None = None,
    ) -> list[str]:
        """Make ``count`` synthetic US numbers active numbers of the project, at once (no
        orders, no billing); the same numbers every time. Returns them."""
        return seed_active(
            self.app.backend,
            self.project_id,
            count,
            service_plan_id=service_plan_id,
            campaign_id=campaign_id,
            app_id=app_id,
            display_name=display_name,
        )

    def advance_time(self, seconds: float) -> None:
        """Move the sandbox clock forward (expiry, reviews) and apply what is due."""
        self.app.advance_time(seconds)

    def reset(self) -> None:
        """Forget all state, faults and clock offset; the inventory stays."""
        self.app.reset()

    # -- life cycle ----------------------------------------------------------
    def start(self) -> Sandbox:
        if self._stopped or self._thread is not None:
            raise RuntimeError("a Sandbox starts once; create a new one")
        sock = bind_socket(self._host, self._port)
        self._base_url = base_url(sock)
        self._server = server = uvicorn_server(self.app)
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="sinch-numbers-sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                self._stopped = True
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.002)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None and not self._stopped:
            self._server.should_exit = True
            self._thread.join(timeout=START_TIMEOUT)
        if not self._stopped:
            self._stopped = True
            self.app.store.close()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
