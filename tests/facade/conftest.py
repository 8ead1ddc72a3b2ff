"""Fixtures for facade tests: a live loopback API and clients pointed at it (always closed)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from sinch_numbers import AsyncNumbersClient, NumbersClient

from .loopback import KEY_ID, KEY_SECRET, PROJECT, LoopbackAPI

PHONE = "+12065550100"


@pytest.fixture
def api() -> Iterator[LoopbackAPI]:
    with LoopbackAPI() as server:
        yield server


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests pass credentials explicitly unless they set the environment themselves."""
    for name in ("SINCH_PROJECT_ID", "SINCH_KEY_ID", "SINCH_KEY_SECRET", "SINCH_NUMBERS_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def client(api: LoopbackAPI) -> Iterator[NumbersClient]:
    with NumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, base_url=api.base_url, auth_url=api.token_url, timeout=5
    ) as c:
        yield c


@pytest.fixture
async def aclient(api: LoopbackAPI) -> AsyncIterator[AsyncNumbersClient]:
    async with AsyncNumbersClient(
        PROJECT, KEY_ID, KEY_SECRET, base_url=api.base_url, auth_url=api.token_url, timeout=5
    ) as c:
        yield c
