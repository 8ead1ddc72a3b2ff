"""``client.number_orders.start(...)`` / ``.resume(...)``: the generated resources plus the
workflow's entry points, for the client to serve as its ``number_orders``.

The client imports this lazily (on first ``client.number_orders``), so ``import
sinch_numbers`` does not pay for jsonschema.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict, Unpack

from sinch_numbers.resources.number_orders import AsyncNumberOrdersResource, NumberOrdersResource

from ._inputs import Clock, SmsConfig, VoiceConfig
from ._start import resume, resume_async, start, start_async
from ._workflow import AsyncOrderWorkflow, OrderWorkflow

if TYPE_CHECKING:
    from sinch_numbers._client import AsyncNumbersClient, NumbersClient

__all__ = [
    "AsyncNumberOrdersWorkflowResource",
    "NumberOrdersWorkflowResource",
    "ResumeOptions",
    "StartOptions",
]


class StartOptions(TypedDict, total=False):
    """The keyword arguments of :func:`sinch_numbers.orders.start`."""

    region_code: Required[str]
    number_type: Required[str]
    phone_number: str | None
    quantity: int | None
    pattern: str | None
    search_pattern: str | None
    capabilities: Sequence[str] | None
    sequential: bool | None
    sms_configuration: SmsConfig | None
    voice_configuration: VoiceConfig | None
    callback_url: str | None
    clock: Clock
    max_attachment_bytes: int


class ResumeOptions(TypedDict, total=False):
    """The keyword arguments of :func:`sinch_numbers.orders.resume`."""

    clock: Clock
    max_attachment_bytes: int | None


class NumberOrdersWorkflowResource(NumberOrdersResource):
    """``client.number_orders``: the raw operations, plus ``start`` and ``resume``."""

    _client: NumbersClient

    def start(self, **options: Unpack[StartOptions]) -> OrderWorkflow:
        """Start a checked, resumable number order: see :func:`sinch_numbers.orders.start`."""
        return start(self._client, **options)

    def resume(
        self, state_or_id: str | Mapping[str, Any], **options: Unpack[ResumeOptions]
    ) -> OrderWorkflow:
        """Continue an order by id or ``to_state()``: see :func:`sinch_numbers.orders.resume`."""
        return resume(self._client, state_or_id, **options)


class AsyncNumberOrdersWorkflowResource(AsyncNumberOrdersResource):
    """The async ``client.number_orders``, plus ``start`` and ``resume``."""

    _client: AsyncNumbersClient

    async def start(self, **options: Unpack[StartOptions]) -> AsyncOrderWorkflow:
        """See :func:`sinch_numbers.orders.start_async`."""
        return await start_async(self._client, **options)

    async def resume(
        self, state_or_id: str | Mapping[str, Any], **options: Unpack[ResumeOptions]
    ) -> AsyncOrderWorkflow:
        """See :func:`sinch_numbers.orders.resume_async`."""
        return await resume_async(self._client, state_or_id, **options)
