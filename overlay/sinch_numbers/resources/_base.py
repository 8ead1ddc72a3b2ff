"""What every generated resource module relies on: the call policy and argument coercion.

The resource modules beside this one (``active_numbers.py``, ...) are rendered by
``generator/facade.py``. Their methods check and convert their arguments with the helpers
here, then hand one ``send(client, timeout)`` closure, calling a generated
``sinch_numbers_api`` function, to ``_call``: the client applies its retry policy, turns a
non-2xx response into the typed error and returns the parsed body, or, for
``with_raw_response``, the whole :class:`~sinch_numbers.APIResponse`. Nothing here builds a
request: the generated functions do.
"""

from __future__ import annotations

import copy
import enum
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Generic,
    ParamSpec,
    TypeAlias,
    TypeVar,
    cast,
)

import httpx
from sinch_numbers_api.types import File, Response, Unset

from sinch_numbers.errors import EmptyUpdateError, InvalidArgumentsError
from sinch_numbers.pagination import AsyncPager, Page, SyncPager

if TYPE_CHECKING:
    from typing import Self

    from sinch_numbers_api.client import Client

    from sinch_numbers._client import AsyncNumbersClient, NumbersClient
    from sinch_numbers._response import APIResponse

__all__ = [
    "AsyncPager",
    "AsyncResource",
    "EmptyUpdateError",
    "FileInput",
    "InvalidArgumentsError",
    "Operation",
    "SyncPager",
    "SyncResource",
    "Timeout",
    "async_to_raw_page_wrapper",
    "async_to_raw_response_wrapper",
    "require_changes",
    "require_exactly_one",
    "to_raw_page_wrapper",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
P = ParamSpec("P")
R = TypeVar("R")
PageT = TypeVar("PageT", bound=Page)
ItemT = TypeVar("ItemT")
ClientT = TypeVar("ClientT", "NumbersClient", "AsyncNumbersClient")
FileInput = File | bytes | BinaryIO | os.PathLike[str]
"""An upload: a generated ``File``, raw bytes, an open binary file, or a path."""
Timeout: TypeAlias = float | httpx.Timeout | None | Unset
"""The ``timeout`` of a generated function: ``UNSET`` keeps the httpx client's own."""


@dataclass(frozen=True, slots=True)
class Operation:
    """One API operation, as the client's call policy uses it.

    ``idempotent`` decides whether an unknown outcome may be resent; ``method`` and ``path``
    (the spec's template, ``/v1/projects/{projectId}/...``) name the call in retry log lines
    and in ``OutcomeUnknownError``.
    """

    method: str
    path: str
    idempotent: bool


class _Resource(Generic[ClientT]):
    """What the sync and async resource classes share: the client, the raw-response switch."""

    _raw = False  # True on the twin behind ``with_raw_response``
    _client: ClientT

    def __init__(self, client: ClientT) -> None:
        self._client = client
        self._project_id = client.project_id

    def _raw_twin(self) -> Self:
        """A copy whose methods return an ``APIResponse`` (see ``with_raw_response``)."""
        twin = copy.copy(self)
        twin._raw = True
        return twin


class SyncResource(_Resource["NumbersClient"]):
    """Base of the sync resource classes."""

    def _call(
        self, operation: Operation, send: Callable[[Client, Timeout], Response[T]], hint: str | None
    ) -> T:
        return cast("T", self._client._call(operation, send, hint, raw=self._raw))

    def _pager(
        self,
        fetch: Callable[[str | Unset], PageT],
        items: Callable[[PageT], Sequence[ItemT] | None | Unset],
        first_token: str | Unset,
    ) -> SyncPager[PageT, ItemT]:
        if self._raw:  # with_raw_response: the one page asked for, as an APIResponse
            return cast("SyncPager[PageT, ItemT]", fetch(first_token))
        return SyncPager(fetch, items, first_token=first_token)


class AsyncResource(_Resource["AsyncNumbersClient"]):
    """Base of the async resource classes."""

    async def _call(
        self,
        operation: Operation,
        send: Callable[[Client, Timeout], Awaitable[Response[T]]],
        hint: str | None,
    ) -> T:
        return cast("T", await self._client._call(operation, send, hint, raw=self._raw))

    def _pager(
        self,
        fetch: Callable[[str | Unset], Awaitable[PageT]],
        items: Callable[[PageT], Sequence[ItemT] | None | Unset],
        first_token: str | Unset,
    ) -> AsyncPager[PageT, ItemT]:
        if self._raw:  # a coroutine: the raw wrapper's caller awaits the one page
            return cast("AsyncPager[PageT, ItemT]", fetch(first_token))
        return AsyncPager(fetch, items, first_token=first_token)


# --- with_raw_response: the twin's methods return an APIResponse; these give them that type --


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """``method`` of a raw twin (see ``_raw_twin``), typed as what it returns."""
    return cast("Callable[P, APIResponse[R]]", method)


def to_raw_page_wrapper(
    method: Callable[P, SyncPager[PageT, Any]],
) -> Callable[P, APIResponse[PageT]]:
    """A list method of a raw twin: one page (``page_token=`` picks which), not a pager."""
    return cast("Callable[P, APIResponse[PageT]]", method)


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[APIResponse[R]]]:
    return cast("Callable[P, Awaitable[APIResponse[R]]]", method)


def async_to_raw_page_wrapper(
    method: Callable[P, AsyncPager[PageT, Any]],
) -> Callable[P, Awaitable[APIResponse[PageT]]]:
    """The async list method of a raw twin: awaited, it gives one page's APIResponse."""
    return cast("Callable[P, Awaitable[APIResponse[PageT]]]", method)


# --- argument checks: see _arguments.py; these two look at several arguments at once ---------


def require_changes(method: str, fields: Mapping[str, object]) -> None:
    if all(isinstance(v, Unset) for v in fields.values()):
        names = ", ".join(fields)
        raise EmptyUpdateError(f"{method}() needs at least one of: {names}")


def require_exactly_one(method: str, fields: Mapping[str, object]) -> None:
    given = [name for name, value in fields.items() if not isinstance(value, Unset)]
    if len(given) != 1:
        names = " or ".join(fields)
        raise InvalidArgumentsError(
            f"{method}() takes exactly one of {names}; got {len(given)}"
            + (f" ({', '.join(given)})" if given else "")
        )
