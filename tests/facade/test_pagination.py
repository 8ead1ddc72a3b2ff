"""``active_numbers.list()`` walks ``pageToken`` pages lazily, sync and async."""

from __future__ import annotations

from typing import Any

import pytest
from sinch_numbers_api.models.list_active_numbers_response import ListActiveNumbersResponse
from sinch_numbers_api.models.number_capability import NumberCapability

from sinch_numbers import AsyncNumbersClient, AsyncPager, NumbersClient, SyncPager

from .loopback import PROJECT, LoopbackAPI, Reply

LIST = f"/v1/projects/{PROJECT}/activeNumbers"
NUMBERS = [f"+1206555{n:04d}" for n in range(7)]
FILTERS: dict[str, Any] = {
    "region_code": "US",
    "capabilities": ["SMS", NumberCapability.VOICE],
    "order_by": "phoneNumber",
    "page_size": 3,
}
# What every page request must carry, besides its pageToken.
EXPECTED_QUERY = [
    ("regionCode", "US"),
    ("capability", "SMS"),
    ("capability", "VOICE"),
    ("pageSize", "3"),
    ("orderBy", "phoneNumber"),
]


def page(numbers: list[str], next_token: str | None, total: int = len(NUMBERS)) -> Reply:
    body: dict[str, Any] = {
        "activeNumbers": [{"phoneNumber": n, "regionCode": "US"} for n in numbers],
        "totalSize": total,
    }
    if next_token is not None:
        body["nextPageToken"] = next_token
    return Reply(200, body)


def script_three_pages(api: LoopbackAPI, last_token: str | None = "") -> None:
    api.script(
        "GET",
        LIST,
        page(NUMBERS[:3], "t2"),
        page(NUMBERS[3:6], "t3"),
        page(NUMBERS[6:], last_token),
        page(["+19999999999"], None),  # must never be fetched
    )


def check_wire(api: LoopbackAPI, pages: int = 3) -> None:
    sent = api.api_wire
    assert len(sent) == pages
    assert [w.query_values("pageToken") for w in sent] == [[], ["t2"], ["t3"]][:pages]
    for request in sent:
        assert request.path == LIST
        without_token = [(k, v) for k, v in request.query if k != "pageToken"]
        assert sorted(without_token) == sorted(EXPECTED_QUERY)


@pytest.mark.parametrize("last_token", ["", None], ids=["empty-token", "no-token"])
def test_sync_iterates_every_item(
    api: LoopbackAPI, client: NumbersClient, last_token: str | None
) -> None:
    script_three_pages(api, last_token)
    pager = client.active_numbers.list(**FILTERS)
    assert isinstance(pager, SyncPager)
    assert api.api_wire == []  # lazy: nothing fetched before iterating
    seen = [number.phone_number for number in pager]
    assert seen == NUMBERS
    check_wire(api)


def test_sync_fetches_pages_only_as_needed(api: LoopbackAPI, client: NumbersClient) -> None:
    script_three_pages(api)
    items = iter(client.active_numbers.list(**FILTERS))
    assert [next(items).phone_number for _ in range(3)] == NUMBERS[:3]
    assert len(api.api_wire) == 1
    assert next(items).phone_number == NUMBERS[3]
    assert len(api.api_wire) == 2


def test_sync_iter_pages(api: LoopbackAPI, client: NumbersClient) -> None:
    script_three_pages(api)
    pages = list(client.active_numbers.list(**FILTERS).iter_pages())
    assert all(isinstance(p, ListActiveNumbersResponse) for p in pages)
    assert [[n.phone_number for n in p.active_numbers] for p in pages] == [
        NUMBERS[:3],
        NUMBERS[3:6],
        NUMBERS[6:],
    ]
    assert [p.total_size for p in pages] == [7, 7, 7]
    check_wire(api)


async def test_async_iterates_every_item(api: LoopbackAPI, aclient: AsyncNumbersClient) -> None:
    script_three_pages(api)
    pager = aclient.active_numbers.list(**FILTERS)
    assert isinstance(pager, AsyncPager)
    seen = [number.phone_number async for number in pager]
    assert seen == NUMBERS
    check_wire(api)


async def test_async_iter_pages(api: LoopbackAPI, aclient: AsyncNumbersClient) -> None:
    script_three_pages(api)
    pages = [p async for p in aclient.active_numbers.list(**FILTERS).iter_pages()]
    assert [len(p.active_numbers) for p in pages] == [3, 3, 1]
    check_wire(api)


def test_pager_is_reiterable(api: LoopbackAPI, client: NumbersClient) -> None:
    script_three_pages(api, None)
    pager = client.active_numbers.list()
    first = [n.phone_number for n in pager]
    assert first == NUMBERS
    # the queued stray page is served next: a second pass starts again without a token
    second = [n.phone_number for n in pager]
    assert second == ["+19999999999"]
    assert api.api_wire[3].query_values("pageToken") == []


def test_page_token_argument_starts_there(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script("GET", LIST, page(NUMBERS[6:], ""))
    assert [n.phone_number for n in client.active_numbers.list(page_token="t3")] == NUMBERS[6:]
    (request,) = api.api_wire
    assert request.query_values("pageToken") == ["t3"]


def test_repeated_token_stops(api: LoopbackAPI, client: NumbersClient) -> None:
    """A server that keeps answering the same token must not make the pager loop forever."""
    api.script("GET", LIST, page(NUMBERS[:3], "t2"), page(NUMBERS[3:6], "t2"))
    assert len(list(client.active_numbers.list())) == 6
    assert len(api.api_wire) == 2


def test_empty_first_page(api: LoopbackAPI, client: NumbersClient) -> None:
    api.script("GET", LIST, Reply(200, {"activeNumbers": [], "totalSize": 0}))
    assert list(client.active_numbers.list()) == []
    assert len(api.api_wire) == 1


def test_first_page_only(api: LoopbackAPI, client: NumbersClient) -> None:
    script_three_pages(api)
    first = client.active_numbers.list(**FILTERS).first_page()
    assert [n.phone_number for n in first.active_numbers] == NUMBERS[:3]
    assert len(api.api_wire) == 1
