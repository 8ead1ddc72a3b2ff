# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.
# Do not edit: change generator/ and run scripts/regenerate.
"""``client.active_numbers``: ``list``, ``get``, ``update``, ``release``.

Sync and async classes, and their ``with_raw_response`` views. Each method checks its arguments,
then calls its generated ``sinch_numbers_api`` function through the client's call policy
(``resources/_base.py``).
"""

# ruff: noqa: E501
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sinch_numbers_api.api.active_number import (
    number_service_get_active_number,
    number_service_list_active_numbers,
    number_service_release_number,
    number_service_update_active_number,
)
from sinch_numbers_api.models.active_number_request import ActiveNumberRequest
from sinch_numbers_api.models.number_capability import NumberCapability
from sinch_numbers_api.models.number_pattern_search_pattern import NumberPatternSearchPattern
from sinch_numbers_api.models.number_service_list_active_numbers_order_by import (
    NumberServiceListActiveNumbersOrderBy,
)
from sinch_numbers_api.models.number_type import NumberType
from sinch_numbers_api.models.sms_configuration import SmsConfiguration
from sinch_numbers_api.models.voice_configuration import parse_voice_configuration
from sinch_numbers_api.models.voice_configuration_est import VoiceConfigurationEST
from sinch_numbers_api.models.voice_configuration_fax import VoiceConfigurationFAX
from sinch_numbers_api.models.voice_configuration_rtc import VoiceConfigurationRTC
from sinch_numbers_api.types import UNSET, Unset

from ._arguments import (
    enum_list,
    enum_value,
    model_value,
    phone_value,
    scalar,
)
from ._base import (
    AsyncPager,
    AsyncResource,
    Operation,
    SyncPager,
    SyncResource,
    async_to_raw_page_wrapper,
    async_to_raw_response_wrapper,
    require_changes,
    to_raw_page_wrapper,
    to_raw_response_wrapper,
)

if TYPE_CHECKING:
    from sinch_numbers_api.models.active_number_response import ActiveNumberResponse
    from sinch_numbers_api.models.list_active_numbers_response import ListActiveNumbersResponse

__all__ = [
    "ActiveNumbersResource",
    "ActiveNumbersResourceWithRawResponse",
    "AsyncActiveNumbersResource",
    "AsyncActiveNumbersResourceWithRawResponse",
]

_LIST = Operation("GET", "/v1/projects/{projectId}/activeNumbers", idempotent=True)
_GET = Operation("GET", "/v1/projects/{projectId}/activeNumbers/{phoneNumber}", idempotent=True)
_UPDATE = Operation(
    "PATCH", "/v1/projects/{projectId}/activeNumbers/{phoneNumber}", idempotent=True
)
_RELEASE = Operation(
    "POST", "/v1/projects/{projectId}/activeNumbers/{phoneNumber}:release", idempotent=False
)


class ActiveNumbersResource(SyncResource):
    """``client.active_numbers``."""

    @cached_property
    def with_raw_response(self) -> ActiveNumbersResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return ActiveNumbersResourceWithRawResponse(self)

    def list(
        self,
        *,
        region_code: str | Unset = UNSET,
        pattern: str | Unset = UNSET,
        search_pattern: NumberPatternSearchPattern | str | Unset = UNSET,
        type: NumberType | str | Unset = UNSET,
        capabilities: Sequence[NumberCapability | str] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        order_by: NumberServiceListActiveNumbersOrderBy | str | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> SyncPager[ListActiveNumbersResponse, ActiveNumberResponse]:
        """List a project's active numbers.

        ``GET /v1/projects/{projectId}/activeNumbers`` (operationId ``NumberService_ListActiveNumbers``).
        Returns a pager: ``for item in ...`` walks every page;
        ``.iter_pages()`` yields whole pages.
        """
        _region_code = scalar(region_code, "region_code", str)
        _pattern = scalar(pattern, "pattern", str)
        _search_pattern = enum_value(NumberPatternSearchPattern, search_pattern, "search_pattern")
        _type = enum_value(NumberType, type, "type")
        _capabilities = enum_list(NumberCapability, capabilities, "capabilities")
        _page_size = scalar(page_size, "page_size", int)
        _page_token = scalar(page_token, "page_token", str)
        _order_by = enum_value(NumberServiceListActiveNumbersOrderBy, order_by, "order_by")

        def fetch(page_token: str | Unset) -> ListActiveNumbersResponse:
            return self._call(
                _LIST,
                lambda client, timeout: number_service_list_active_numbers.sync_detailed(
                    self._project_id,
                    client=client,
                    region_code=_region_code,
                    number_pattern_pattern=_pattern,
                    number_pattern_search_pattern=_search_pattern,
                    type_=_type,
                    capability=_capabilities,
                    page_size=_page_size,
                    page_token=page_token,
                    order_by=_order_by,
                    timeout=timeout,
                ),
                None,
            )

        return self._pager(fetch, lambda page: page.active_numbers, page_token)

    def get(
        self,
        phone_number: str,
    ) -> ActiveNumberResponse:
        """Get an active number.

        ``GET /v1/projects/{projectId}/activeNumbers/{phoneNumber}`` (operationId ``NumberService_GetActiveNumber``).
        """
        phone_number = phone_value(phone_number, "phone_number")
        return self._call(
            _GET,
            lambda client, timeout: number_service_get_active_number.sync_detailed(
                self._project_id, phone_number, client=client, timeout=timeout
            ),
            None,
        )

    def update(
        self,
        phone_number: str,
        *,
        display_name: str | Unset = UNSET,
        sms_configuration: SmsConfiguration | Mapping[str, Any] | Unset = UNSET,
        voice_configuration: VoiceConfigurationEST
        | VoiceConfigurationFAX
        | VoiceConfigurationRTC
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
    ) -> ActiveNumberResponse:
        """Change an active number.

        ``PATCH /v1/projects/{projectId}/activeNumbers/{phoneNumber}`` (operationId ``NumberService_UpdateActiveNumber``).
        """
        require_changes(
            "update",
            {
                "display_name": display_name,
                "sms_configuration": sms_configuration,
                "voice_configuration": voice_configuration,
                "callback_url": callback_url,
            },
        )
        phone_number = phone_value(phone_number, "phone_number")
        _display_name = scalar(display_name, "display_name", str)
        _sms_configuration = model_value(
            SmsConfiguration, sms_configuration, "sms_configuration", (SmsConfiguration,)
        )
        _voice_configuration = model_value(
            parse_voice_configuration,
            voice_configuration,
            "voice_configuration",
            (
                VoiceConfigurationEST,
                VoiceConfigurationFAX,
                VoiceConfigurationRTC,
            ),
        )
        _callback_url = scalar(callback_url, "callback_url", str)
        body = ActiveNumberRequest(
            display_name=_display_name,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=_callback_url,
        )
        return self._call(
            _UPDATE,
            lambda client, timeout: number_service_update_active_number.sync_detailed(
                self._project_id, phone_number, client=client, body=body, timeout=timeout
            ),
            None,
        )

    def release(
        self,
        phone_number: str,
    ) -> ActiveNumberResponse:
        """Release a phone number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}:release`` (operationId ``NumberService_ReleaseNumber``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        phone_number = phone_value(phone_number, "phone_number")
        return self._call(
            _RELEASE,
            lambda client, timeout: number_service_release_number.sync_detailed(
                self._project_id, phone_number, client=client, timeout=timeout
            ),
            f"call client.active_numbers.get({phone_number!r}) to see whether the number was released",
        )


class AsyncActiveNumbersResource(AsyncResource):
    """``async_client.active_numbers``."""

    @cached_property
    def with_raw_response(self) -> AsyncActiveNumbersResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return AsyncActiveNumbersResourceWithRawResponse(self)

    def list(
        self,
        *,
        region_code: str | Unset = UNSET,
        pattern: str | Unset = UNSET,
        search_pattern: NumberPatternSearchPattern | str | Unset = UNSET,
        type: NumberType | str | Unset = UNSET,
        capabilities: Sequence[NumberCapability | str] | Unset = UNSET,
        page_size: int | Unset = UNSET,
        order_by: NumberServiceListActiveNumbersOrderBy | str | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> AsyncPager[ListActiveNumbersResponse, ActiveNumberResponse]:
        """List a project's active numbers.

        ``GET /v1/projects/{projectId}/activeNumbers`` (operationId ``NumberService_ListActiveNumbers``).
        Returns a pager: ``async for item in ...`` walks every page;
        ``.iter_pages()`` yields whole pages.
        """
        _region_code = scalar(region_code, "region_code", str)
        _pattern = scalar(pattern, "pattern", str)
        _search_pattern = enum_value(NumberPatternSearchPattern, search_pattern, "search_pattern")
        _type = enum_value(NumberType, type, "type")
        _capabilities = enum_list(NumberCapability, capabilities, "capabilities")
        _page_size = scalar(page_size, "page_size", int)
        _page_token = scalar(page_token, "page_token", str)
        _order_by = enum_value(NumberServiceListActiveNumbersOrderBy, order_by, "order_by")

        async def fetch(page_token: str | Unset) -> ListActiveNumbersResponse:
            return await self._call(
                _LIST,
                lambda client, timeout: number_service_list_active_numbers.asyncio_detailed(
                    self._project_id,
                    client=client,
                    region_code=_region_code,
                    number_pattern_pattern=_pattern,
                    number_pattern_search_pattern=_search_pattern,
                    type_=_type,
                    capability=_capabilities,
                    page_size=_page_size,
                    page_token=page_token,
                    order_by=_order_by,
                    timeout=timeout,
                ),
                None,
            )

        return self._pager(fetch, lambda page: page.active_numbers, page_token)

    async def get(
        self,
        phone_number: str,
    ) -> ActiveNumberResponse:
        """Get an active number.

        ``GET /v1/projects/{projectId}/activeNumbers/{phoneNumber}`` (operationId ``NumberService_GetActiveNumber``).
        """
        phone_number = phone_value(phone_number, "phone_number")
        return await self._call(
            _GET,
            lambda client, timeout: number_service_get_active_number.asyncio_detailed(
                self._project_id, phone_number, client=client, timeout=timeout
            ),
            None,
        )

    async def update(
        self,
        phone_number: str,
        *,
        display_name: str | Unset = UNSET,
        sms_configuration: SmsConfiguration | Mapping[str, Any] | Unset = UNSET,
        voice_configuration: VoiceConfigurationEST
        | VoiceConfigurationFAX
        | VoiceConfigurationRTC
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
    ) -> ActiveNumberResponse:
        """Change an active number.

        ``PATCH /v1/projects/{projectId}/activeNumbers/{phoneNumber}`` (operationId ``NumberService_UpdateActiveNumber``).
        """
        require_changes(
            "update",
            {
                "display_name": display_name,
                "sms_configuration": sms_configuration,
                "voice_configuration": voice_configuration,
                "callback_url": callback_url,
            },
        )
        phone_number = phone_value(phone_number, "phone_number")
        _display_name = scalar(display_name, "display_name", str)
        _sms_configuration = model_value(
            SmsConfiguration, sms_configuration, "sms_configuration", (SmsConfiguration,)
        )
        _voice_configuration = model_value(
            parse_voice_configuration,
            voice_configuration,
            "voice_configuration",
            (
                VoiceConfigurationEST,
                VoiceConfigurationFAX,
                VoiceConfigurationRTC,
            ),
        )
        _callback_url = scalar(callback_url, "callback_url", str)
        body = ActiveNumberRequest(
            display_name=_display_name,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=_callback_url,
        )
        return await self._call(
            _UPDATE,
            lambda client, timeout: number_service_update_active_number.asyncio_detailed(
                self._project_id, phone_number, client=client, body=body, timeout=timeout
            ),
            None,
        )

    async def release(
        self,
        phone_number: str,
    ) -> ActiveNumberResponse:
        """Release a phone number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}:release`` (operationId ``NumberService_ReleaseNumber``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        phone_number = phone_value(phone_number, "phone_number")
        return await self._call(
            _RELEASE,
            lambda client, timeout: number_service_release_number.asyncio_detailed(
                self._project_id, phone_number, client=client, timeout=timeout
            ),
            f"call client.active_numbers.get({phone_number!r}) to see whether the number was released",
        )


class ActiveNumbersResourceWithRawResponse:
    """``client.active_numbers.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns. A list method returns one page (``page_token=`` picks
    which), not a pager.
    """

    def __init__(self, resource: ActiveNumbersResource) -> None:
        raw = resource._raw_twin()
        self.list = to_raw_page_wrapper(raw.list)
        self.get = to_raw_response_wrapper(raw.get)
        self.update = to_raw_response_wrapper(raw.update)
        self.release = to_raw_response_wrapper(raw.release)


class AsyncActiveNumbersResourceWithRawResponse:
    """``async_client.active_numbers.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns. A list method returns one page (``page_token=`` picks
    which), not a pager.
    """

    def __init__(self, resource: AsyncActiveNumbersResource) -> None:
        raw = resource._raw_twin()
        self.list = async_to_raw_page_wrapper(raw.list)
        self.get = async_to_raw_response_wrapper(raw.get)
        self.update = async_to_raw_response_wrapper(raw.update)
        self.release = async_to_raw_response_wrapper(raw.release)
