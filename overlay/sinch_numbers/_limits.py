"""At most as many requests in flight on one httpx client as its connection pool holds.

Without a cap, ``asyncio.gather`` of 1,000 calls queues 1,000 requests inside httpx's pool,
whose wait queue behaves badly at that depth (minutes instead of seconds, or ``PoolTimeout``
once a request has waited longer than the pool timeout). With the cap, the surplus waits here,
on a semaphore, before it reaches the pool: every request that enters the pool finds a
connection at once, and a waiting request never counts against the pool timeout.

One cap per httpx client, shared by every API client using it (``with_options()`` copies, or
several clients given the same ``http_client``). Its size is the pool's ``max_connections``
when it can be read, else ``DEFAULT_MAX_IN_FLIGHT``. The asyncio semaphore is made per event
loop, on first use in it (an ``asyncio.Semaphore`` must not cross loops).

Token requests do not take a slot: they run inside a request's auth flow, before that request
asks the pool for a connection, so a full cap never blocks the token fetch it waits for.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import asyncio

__all__ = ["DEFAULT_MAX_IN_FLIGHT", "async_slot", "max_in_flight", "sync_slot"]

#: The cap when the pool's size cannot be read, or it has none (``max_connections=None``);
#: httpx's own default pool size.
DEFAULT_MAX_IN_FLIGHT = 100
#: A pool larger than this is treated as unlimited.
_LARGEST_POOL = 10_000


class _Cap:
    __slots__ = ("__weakref__", "_guard", "_loops", "size", "sync")

    def __init__(self, size: int) -> None:
        self.size = size
        self.sync = threading.BoundedSemaphore(size)
        self._loops: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary()
        )  # the asyncio semaphore of each event loop that used this cap
        self._guard = threading.Lock()

    def for_loop(self) -> asyncio.Semaphore:
        import asyncio  # not at module level: keeps ``import sinch_numbers`` light

        loop = asyncio.get_running_loop()
        semaphore = self._loops.get(loop)
        if semaphore is None:
            with self._guard:
                semaphore = self._loops.get(loop)
                if semaphore is None:
                    semaphore = self._loops[loop] = asyncio.Semaphore(self.size)
        return semaphore


_caps: weakref.WeakKeyDictionary[httpx.Client | httpx.AsyncClient, _Cap] = (
    weakref.WeakKeyDictionary()
)
_caps_guard = threading.Lock()


def max_in_flight(http: httpx.Client | httpx.AsyncClient) -> int:
    """The cap for ``http``: its pool's ``max_connections``, else ``DEFAULT_MAX_IN_FLIGHT``.

    httpx keeps the pool size on its transport's connection pool (not public API), so this
    reads it defensively; a custom transport without one gets the default.
    """
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    size = getattr(pool, "_max_connections", None)
    if isinstance(size, int) and not isinstance(size, bool) and 0 < size <= _LARGEST_POOL:
        return size
    return DEFAULT_MAX_IN_FLIGHT


def _cap(http: httpx.Client | httpx.AsyncClient) -> _Cap:
    cap = _caps.get(http)
    if cap is None:
        with _caps_guard:
            cap = _caps.get(http)
            if cap is None:
                cap = _caps[http] = _Cap(max_in_flight(http))
    return cap


def sync_slot(http: httpx.Client) -> threading.BoundedSemaphore:
    """``with sync_slot(http): http.request(...)``: wait for a free slot first."""
    return _cap(http).sync


def async_slot(http: httpx.AsyncClient) -> asyncio.Semaphore:
    """``async with async_slot(http): await http.request(...)``, in the running loop."""
    return _cap(http).for_loop()
