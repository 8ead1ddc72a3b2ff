"""Auto-pagination over ``pageToken`` / ``nextPageToken`` lists.

Iterating a pager yields every item across pages, fetching the next page only when the
current one is used up; ``iter_pages()`` yields whole pages (for ``totalSize`` or batching).
A pager is re-iterable: each iteration starts again from the first page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if (
    TYPE_CHECKING
):  # at runtime only the facade passes these in: keeps ``import sinch_numbers`` light
    from sinch_numbers_api.types import Unset

__all__ = ["AsyncPager", "Page", "SyncPager"]


class Page(Protocol):
    @property
    def next_page_token(self) -> str | None | Unset: ...


PageT = TypeVar("PageT", bound=Page)
ItemT = TypeVar("ItemT")


def _next_token(page: Page, previous: str | None | Unset) -> str | None:
    """The token of the next page, or None at the end (an empty, missing or repeated token)."""
    token = page.next_page_token
    if not isinstance(token, str) or not token or token == previous:
        return None
    return token


class SyncPager(Generic[PageT, ItemT]):
    def __init__(
        self,
        fetch: Callable[[str | Unset], PageT],
        items: Callable[[PageT], Sequence[ItemT] | None | Unset],
        *,
        first_token: str | Unset,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._first_token = first_token

    def iter_pages(self) -> Iterator[PageT]:
        token: str | Unset = self._first_token
        while True:
            page = self._fetch(token)
            yield page
            following = _next_token(page, token)
            if following is None:
                return
            token = following

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            items: Any = self._items(page)
            if isinstance(items, list | tuple):
                yield from items

    def first_page(self) -> PageT:
        """Only the first page (one request)."""
        return next(self.iter_pages())


class AsyncPager(Generic[PageT, ItemT]):
    def __init__(
        self,
        fetch: Callable[[str | Unset], Awaitable[PageT]],
        items: Callable[[PageT], Sequence[ItemT] | None | Unset],
        *,
        first_token: str | Unset,
    ) -> None:
        self._fetch = fetch
        self._items = items
        self._first_token = first_token

    async def iter_pages(self) -> AsyncIterator[PageT]:
        token: str | Unset = self._first_token
        while True:
            page = await self._fetch(token)
            yield page
            following = _next_token(page, token)
            if following is None:
                return
            token = following

    async def _iter_items(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            items: Any = self._items(page)
            if isinstance(items, list | tuple):
                for item in items:
                    yield item

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._iter_items()

    async def first_page(self) -> PageT:
        """Only the first page (one request)."""
        async for page in self.iter_pages():
            return page
        raise AssertionError("iter_pages always yields at least one page")
