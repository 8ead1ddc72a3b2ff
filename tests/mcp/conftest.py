"""An MCP server backed by the sandbox, reached with the SDK's own in-memory client session.

``wire`` counts every HTTP request the server's client sends (token requests included), so a
test can say "0 requests" and mean it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import httpx
import pytest
from mcp import ClientSession, types
from mcp.shared.memory import create_connected_server_and_client_session

from sinch_numbers.mcp import build_server
from sinch_numbers.mcp._server import NumbersMCP
from sinch_numbers.sandbox import Sandbox
from sinch_numbers.testing.fixtures import async_client, sandbox


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with sandbox() as running:
        yield running


@pytest.fixture
def wire(sb: Sandbox) -> list[httpx.Request]:
    sb.reset()
    return []


Connect = Callable[..., AbstractAsyncContextManager[tuple[ClientSession, NumbersMCP]]]


@pytest.fixture
def connect(sb: Sandbox, wire: list[httpx.Request]) -> Connect:
    """``async with connect(allow_writes=True) as (session, server):`` (``elicitation=`` an
    elicitation callback; other keywords go to ``build_server``)."""

    @asynccontextmanager
    async def open_(
        *, elicitation: Any = None, **options: Any
    ) -> AsyncIterator[tuple[ClientSession, NumbersMCP]]:
        async def record(request: httpx.Request) -> None:
            wire.append(request)

        http = httpx.AsyncClient(trust_env=False, timeout=10.0, event_hooks={"request": [record]})
        async with http, async_client(sb, http_client=http) as client:
            server = build_server(client, **options)
            async with create_connected_server_and_client_session(
                server, elicitation_callback=elicitation
            ) as session:
                yield session, server

    return open_


def structured(result: types.CallToolResult) -> dict[str, Any]:
    assert result.structuredContent is not None, result.content
    return result.structuredContent


def ok(result: types.CallToolResult) -> dict[str, Any]:
    assert not result.isError, result.content
    return structured(result)


def error(result: types.CallToolResult) -> dict[str, Any]:
    assert result.isError, result.content
    found: dict[str, Any] = structured(result)["error"]
    return found
