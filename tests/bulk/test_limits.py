"""The client caps its own in-flight requests at the pool size: gather of 1,000 calls on one
AsyncNumbersClient runs without PoolTimeout and with one token fetch."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

from sinch_numbers import AsyncNumbersClient, NumbersClient
from sinch_numbers._limits import DEFAULT_MAX_IN_FLIGHT, max_in_flight
from sinch_numbers.sandbox import Sandbox
from sinch_numbers.testing import fixtures

from .conftest import GET


class CountingTransport(httpx.AsyncHTTPTransport):
    """Records the most requests it ever had in flight at once."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.now = self.most = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.now += 1
        self.most = max(self.most, self.now)
        try:
            return await super().handle_async_request(request)
        finally:
            self.now -= 1


async def test_gather_of_1000_gets_has_no_pool_timeout_and_one_token(sb: Sandbox) -> None:
    numbers = sb.seed_active(1000)
    # A pool timeout far below the time 1,000 requests take: without the cap, requests
    # queued inside httpx's pool would wait longer than this and fail with PoolTimeout.
    limits = httpx.Limits(max_connections=20, max_keepalive_connections=20)
    transport = CountingTransport(limits=limits)
    timeout = httpx.Timeout(10.0, pool=0.2)
    http = httpx.AsyncClient(transport=transport, timeout=timeout, trust_env=False)
    async with http, fixtures.async_client(sb, http_client=http) as client:
        found = await asyncio.gather(*(client.active_numbers.get(n) for n in numbers))
    assert [f.phone_number for f in found] == numbers
    assert transport.most <= 20  # the token request goes outside the cap, never inside a slot
    assert sb.requests.count(route="OAuth2Token") == 1
    assert sb.requests.count(route=GET, status=200) == 1000


class CountingClient(httpx.Client):
    """Records the most threads ever inside ``send`` at once (waiting in the pool included)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._lock = threading.Lock()
        self.now = self.most = 0

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            return super().send(request, **kwargs)
        finally:
            with self._lock:
                self.now -= 1


def test_threads_share_the_cap_of_a_sync_client(sb: Sandbox) -> None:
    numbers = sb.seed_active(200)
    sb.faults.latency(0.005, route=GET)
    http = CountingClient(limits=httpx.Limits(max_connections=4), trust_env=False)
    errors: list[BaseException] = []
    # basic auth: the token request (through the same httpx client, outside the cap) would
    # otherwise be one more in ``send``
    with http, fixtures.client(sb, http_client=http, auth="basic") as client:

        def work(chunk: list[str]) -> None:
            try:
                for n in chunk:
                    client.active_numbers.get(n)
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(numbers[i::40],)) for i in range(40)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    assert http.most <= 4  # 40 threads, never more than the pool's 4 requests past the cap
    assert sb.requests.count(route=GET, status=200) == 200


def test_cap_size_comes_from_the_pool_or_the_default() -> None:
    assert max_in_flight(httpx.AsyncClient(limits=httpx.Limits(max_connections=7))) == 7
    assert max_in_flight(httpx.Client()) == 100  # httpx's default pool
    unlimited = httpx.Client(limits=httpx.Limits(max_connections=None))
    assert max_in_flight(unlimited) == DEFAULT_MAX_IN_FLIGHT

    class Custom(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

    assert max_in_flight(httpx.Client(transport=Custom())) == DEFAULT_MAX_IN_FLIGHT


async def test_one_cap_per_httpx_client_shared_by_copies(sb: Sandbox) -> None:
    numbers = sb.seed_active(60)
    transport = CountingTransport(limits=httpx.Limits(max_connections=3))
    http = httpx.AsyncClient(transport=transport, trust_env=False)
    async with http, fixtures.async_client(sb, http_client=http) as client:
        other = client.with_options(max_retries=0)
        await asyncio.gather(*(c.active_numbers.get(n) for c in (client, other) for n in numbers))
    assert transport.most <= 3
    assert isinstance(client, AsyncNumbersClient)
    assert not isinstance(client, NumbersClient)
