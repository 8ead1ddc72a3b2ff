# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.
# Do not edit: change generator/ and run scripts/regenerate.
"""``client.regions``: ``list``.

Sync and async classes, and their ``with_raw_response`` views. Each method checks its arguments,
then calls its generated ``sinch_numbers_api`` function through the client's call policy
(``resources/_base.py``).
"""

# ruff: noqa: E501
from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from sinch_numbers_api.api.available_regions import number_service_list_available_regions
from sinch_numbers_api.models.number_type import NumberType
from sinch_numbers_api.types import UNSET, Unset

from ._arguments import (
    enum_list,
)
from ._base import (
    AsyncResource,
    Operation,
    SyncResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)

if TYPE_CHECKING:
    from sinch_numbers_api.models.list_available_regions_response import (
        ListAvailableRegionsResponse,
    )

__all__ = [
    "AsyncRegionsResource",
    "AsyncRegionsResourceWithRawResponse",
    "RegionsResource",
    "RegionsResourceWithRawResponse",
]

_LIST = Operation("GET", "/v1/projects/{projectId}/availableRegions", idempotent=True)


class RegionsResource(SyncResource):
    """``client.regions``."""

    @cached_property
    def with_raw_response(self) -> RegionsResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return RegionsResourceWithRawResponse(self)

    def list(
        self,
        *,
        types: Sequence[NumberType | str] | Unset = UNSET,
    ) -> ListAvailableRegionsResponse:
        """List regions offering numbers.

        ``GET /v1/projects/{projectId}/availableRegions`` (operationId ``NumberService_ListAvailableRegions``).
        """
        _types = enum_list(NumberType, types, "types")
        return self._call(
            _LIST,
            lambda client, timeout: number_service_list_available_regions.sync_detailed(
                self._project_id, client=client, types=_types, timeout=timeout
            ),
            None,
        )


class AsyncRegionsResource(AsyncResource):
    """``async_client.regions``."""

    @cached_property
    def with_raw_response(self) -> AsyncRegionsResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return AsyncRegionsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        types: Sequence[NumberType | str] | Unset = UNSET,
    ) -> ListAvailableRegionsResponse:
        """List regions offering numbers.

        ``GET /v1/projects/{projectId}/availableRegions`` (operationId ``NumberService_ListAvailableRegions``).
        """
        _types = enum_list(NumberType, types, "types")
        return await self._call(
            _LIST,
            lambda client, timeout: number_service_list_available_regions.asyncio_detailed(
                self._project_id, client=client, types=_types, timeout=timeout
            ),
            None,
        )


class RegionsResourceWithRawResponse:
    """``client.regions.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns.
    """

    def __init__(self, resource: RegionsResource) -> None:
        raw = resource._raw_twin()
        self.list = to_raw_response_wrapper(raw.list)


class AsyncRegionsResourceWithRawResponse:
    """``async_client.regions.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns.
    """

    def __init__(self, resource: AsyncRegionsResource) -> None:
        raw = resource._raw_twin()
        self.list = async_to_raw_response_wrapper(raw.list)
