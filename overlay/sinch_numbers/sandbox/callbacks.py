"""Delivery of queued callback events: signed, asynchronous, retried.

Events wait in the outbox table. The dispatcher POSTs each one to its URL with
``X-Sinch-Signature`` (HMAC-SHA1 hex of the raw body with the project's
``hmacSecret``, when one is set), and retries failures with exponential
backoff. Deliveries never run inside an API request.

Only loopback URLs are delivered to unless ``allow_external_callbacks`` is set:
an event for another host is kept, marked ``blocked``, and never sent.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import urllib.parse

import httpx

from .backend import Backend
from .store import OutboxItem

logger = logging.getLogger("sinch_numbers.sandbox")

SIGNATURE_HEADER = "X-Sinch-Signature"
BLOCKED_HINT = (
    "is not a loopback address; the sandbox delivers callbacks off this machine only "
    "with allow_external_callbacks=True (CLI: --allow-external-callbacks)"
)


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` is http(s) to ``localhost`` or a loopback IP literal (no DNS lookup)."""
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def signature(body: bytes, secret: str) -> str:
    from sinch_numbers.webhooks import sign  # lazily: another module owns it

    return sign(body, secret)


class CallbackDispatcher:
    """Claims due outbox rows and delivers them concurrently."""

    def __init__(self, backend: Backend) -> None:
        self._backend = backend
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._warned: set[str] = set()

    async def pump(self) -> None:
        """Start delivering every event that is due (does not wait for them)."""
        backend = self._backend
        with backend.store.transaction() as tx:
            items = tx.claim_callbacks(backend.clock.now())
        for item in items:
            task = asyncio.create_task(self._deliver(item))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _deliver(self, item: OutboxItem) -> None:
        backend = self._backend
        if not backend.config.allow_external_callbacks and not is_loopback_url(item.url):
            self._block(item)
            return
        with backend.store.transaction() as tx:
            secret = tx.hmac_secret(item.project)
        headers = {"Content-Type": "application/json"}
        if secret:
            headers[SIGNATURE_HEADER] = signature(item.body, secret)
        error = ""
        try:
            response = await self._http().post(item.url, content=item.body, headers=headers)
            if not 200 <= response.status_code < 300:
                error = f"HTTP {response.status_code}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"
        attempts = item.attempts + 1
        now = backend.clock.now()
        if not error:
            state, next_at = "delivered", now
        elif attempts > backend.config.callback_retries:
            state, next_at = "failed", now
            logger.warning("callback to %s failed after %d attempts: %s", item.url, attempts, error)
        else:
            state = "pending"
            next_at = now + backend.config.callback_backoff * 2 ** (attempts - 1)
        with backend.store.transaction() as tx:
            tx.finish_callback(
                item.id, state=state, attempts=attempts, next_at=next_at, error=error
            )

    def _block(self, item: OutboxItem) -> None:
        host = urllib.parse.urlsplit(item.url).hostname or item.url
        error = f"not sent: {host} {BLOCKED_HINT}"
        if host not in self._warned:
            self._warned.add(host)
            logger.warning("callback to %s %s", host, BLOCKED_HINT)
        backend = self._backend
        with backend.store.transaction() as tx:
            tx.finish_callback(
                item.id,
                state="blocked",
                attempts=item.attempts,
                next_at=backend.clock.now(),
                error=error,
            )

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=self._backend.config.callback_timeout,
                trust_env=False,
                headers={"User-Agent": "sinch-numbers-sandbox"},
            )
        return self._client

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
            self._client = None
