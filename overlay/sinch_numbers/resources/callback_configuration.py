# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.
# Do not edit: change generator/ and run scripts/regenerate.
"""``client.callback_configuration``: ``get``, ``update``.

Sync and async classes, and their ``with_raw_response`` views. Each method checks its arguments,
then calls its generated ``sinch_numbers_api`` function through the client's call policy
(``resources/_base.py``).
"""

# ruff: noqa: E501
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from sinch_numbers_api.api.numbers_callbacks import (
    get_callback_configuration,
    update_callback_configuration,
)
from sinch_numbers_api.models.callback_configuration_update import CallbackConfigurationUpdate
from sinch_numbers_api.types import UNSET, Unset

from ._arguments import (
    scalar,
)
from ._base import (
    AsyncResource,
    Operation,
    SyncResource,
    async_to_raw_response_wrapper,
    require_changes,
    to_raw_response_wrapper,
)

if TYPE_CHECKING:
    from sinch_numbers_api.models.callback_configuration import CallbackConfiguration

__all__ = [
    "AsyncCallbackConfigurationResource",
    "AsyncCallbackConfigurationResourceWithRawResponse",
    "CallbackConfigurationResource",
    "CallbackConfigurationResourceWithRawResponse",
]

_GET = Operation("GET", "/v1/projects/{projectId}/callbackConfiguration", idempotent=True)
_UPDATE = Operation("PATCH", "/v1/projects/{projectId}/callbackConfiguration", idempotent=True)


class CallbackConfigurationResource(SyncResource):
    """``client.callback_configuration``."""

    @cached_property
    def with_raw_response(self) -> CallbackConfigurationResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return CallbackConfigurationResourceWithRawResponse(self)

    def get(
        self,
    ) -> CallbackConfiguration:
        """Read the callback configuration.

        ``GET /v1/projects/{projectId}/callbackConfiguration`` (operationId ``GetCallbackConfiguration``).
        """
        return self._call(
            _GET,
            lambda client, timeout: get_callback_configuration.sync_detailed(
                self._project_id, client=client, timeout=timeout
            ),
            None,
        )

    def update(
        self,
        *,
        hmac_secret: str | Unset = UNSET,
    ) -> CallbackConfiguration:
        """Change the callback configuration.

        ``PATCH /v1/projects/{projectId}/callbackConfiguration`` (operationId ``UpdateCallbackConfiguration``).
        """
        require_changes("update", {"hmac_secret": hmac_secret})
        _hmac_secret = scalar(hmac_secret, "hmac_secret", str)
        body = CallbackConfigurationUpdate(hmac_secret=_hmac_secret)
        return self._call(
            _UPDATE,
            lambda client, timeout: update_callback_configuration.sync_detailed(
                self._project_id, client=client, body=body, timeout=timeout
            ),
            None,
        )


class AsyncCallbackConfigurationResource(AsyncResource):
    """``async_client.callback_configuration``."""

    @cached_property
    def with_raw_response(self) -> AsyncCallbackConfigurationResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return AsyncCallbackConfigurationResourceWithRawResponse(self)

    async def get(
        self,
    ) -> CallbackConfiguration:
        """Read the callback configuration.

        ``GET /v1/projects/{projectId}/callbackConfiguration`` (operationId ``GetCallbackConfiguration``).
        """
        return await self._call(
            _GET,
            lambda client, timeout: get_callback_configuration.asyncio_detailed(
                self._project_id, client=client, timeout=timeout
            ),
            None,
        )

    async def update(
        self,
        *,
        hmac_secret: str | Unset = UNSET,
    ) -> CallbackConfiguration:
        """Change the callback configuration.

        ``PATCH /v1/projects/{projectId}/callbackConfiguration`` (operationId ``UpdateCallbackConfiguration``).
        """
        require_changes("update", {"hmac_secret": hmac_secret})
        _hmac_secret = scalar(hmac_secret, "hmac_secret", str)
        body = CallbackConfigurationUpdate(hmac_secret=_hmac_secret)
        return await self._call(
            _UPDATE,
            lambda client, timeout: update_callback_configuration.asyncio_detailed(
                self._project_id, client=client, body=body, timeout=timeout
            ),
            None,
        )


class CallbackConfigurationResourceWithRawResponse:
    """``client.callback_configuration.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns.
    """

    def __init__(self, resource: CallbackConfigurationResource) -> None:
        raw = resource._raw_twin()
        self.get = to_raw_response_wrapper(raw.get)
        self.update = to_raw_response_wrapper(raw.update)


class AsyncCallbackConfigurationResourceWithRawResponse:
    """``async_client.callback_configuration.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns.
    """

    def __init__(self, resource: AsyncCallbackConfigurationResource) -> None:
        raw = resource._raw_twin()
        self.get = async_to_raw_response_wrapper(raw.get)
        self.update = async_to_raw_response_wrapper(raw.update)
