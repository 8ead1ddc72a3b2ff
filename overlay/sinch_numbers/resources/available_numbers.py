# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.
# Do not edit: change generator/ and run scripts/regenerate.
"""``client.available_numbers``: ``rent``, ``rent_any``, ``search``, ``get``.

Sync and async classes, and their ``with_raw_response`` views. Each method checks its arguments,
then calls its generated ``sinch_numbers_api`` function through the client's call policy
(``resources/_base.py``).
"""

# ruff: noqa: E501
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sinch_numbers_api.api.available_number import (
    number_service_get_available_number,
    number_service_list_available_numbers,
    number_service_rent_any_number,
    number_service_rent_number,
)
from sinch_numbers_api.models.number_capability import NumberCapability
from sinch_numbers_api.models.number_pattern import NumberPattern
from sinch_numbers_api.models.number_pattern_search_pattern import NumberPatternSearchPattern
from sinch_numbers_api.models.number_type import NumberType
from sinch_numbers_api.models.rent_any_number_request import RentAnyNumberRequest
from sinch_numbers_api.models.rent_number_request import RentNumberRequest
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
    AsyncResource,
    Operation,
    SyncResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)

if TYPE_CHECKING:
    from sinch_numbers_api.models.active_number_response import ActiveNumberResponse
    from sinch_numbers_api.models.available_number import AvailableNumber
    from sinch_numbers_api.models.list_available_numbers_response import (
        ListAvailableNumbersResponse,
    )

__all__ = [
    "AsyncAvailableNumbersResource",
    "AsyncAvailableNumbersResourceWithRawResponse",
    "AvailableNumbersResource",
    "AvailableNumbersResourceWithRawResponse",
]

_RENT = Operation(
    "POST", "/v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent", idempotent=False
)
_RENT_ANY = Operation("POST", "/v1/projects/{projectId}/availableNumbers:rentAny", idempotent=False)
_SEARCH = Operation("GET", "/v1/projects/{projectId}/availableNumbers", idempotent=True)
_GET = Operation("GET", "/v1/projects/{projectId}/availableNumbers/{phoneNumber}", idempotent=True)


class AvailableNumbersResource(SyncResource):
    """``client.available_numbers``."""

    @cached_property
    def with_raw_response(self) -> AvailableNumbersResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return AvailableNumbersResourceWithRawResponse(self)

    def rent(
        self,
        phone_number: str,
        *,
        sms_configuration: SmsConfiguration | Mapping[str, Any] | Unset = UNSET,
        voice_configuration: VoiceConfigurationEST
        | VoiceConfigurationFAX
        | VoiceConfigurationRTC
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
    ) -> ActiveNumberResponse:
        """Activate a specific phone number (deprecated).

        ``POST /v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent`` (operationId ``NumberService_RentNumber``).
        Deprecated upstream: prefer number orders for new integrations.
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        phone_number = phone_value(phone_number, "phone_number")
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
        body = RentNumberRequest(
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=_callback_url,
        )
        return self._call(
            _RENT,
            lambda client, timeout: number_service_rent_number.sync_detailed(
                self._project_id, phone_number, client=client, body=body, timeout=timeout
            ),
            f"call client.active_numbers.get({phone_number!r}) to see whether the number was rented",
        )

    def rent_any(
        self,
        *,
        region_code: str,
        type: NumberType | str,
        number_pattern: NumberPattern | Mapping[str, Any] | Unset = UNSET,
        capabilities: Sequence[NumberCapability | str] | Unset = UNSET,
        sms_configuration: SmsConfiguration | Mapping[str, Any] | Unset = UNSET,
        voice_configuration: VoiceConfigurationEST
        | VoiceConfigurationFAX
        | VoiceConfigurationRTC
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
    ) -> ActiveNumberResponse:
        """Activate any phone number matching criteria (deprecated).

        ``POST /v1/projects/{projectId}/availableNumbers:rentAny`` (operationId ``NumberService_RentAnyNumber``).
        Deprecated upstream: prefer number orders for new integrations.
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        _region_code = scalar(region_code, "region_code", str)
        _type = enum_value(NumberType, type, "type")
        _number_pattern = model_value(
            NumberPattern, number_pattern, "number_pattern", (NumberPattern,)
        )
        _capabilities = enum_list(NumberCapability, capabilities, "capabilities")
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
        body = RentAnyNumberRequest(
            region_code=_region_code,
            type_=_type,
            number_pattern=_number_pattern,
            capabilities=_capabilities,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=_callback_url,
        )
        return self._call(
            _RENT_ANY,
            lambda client, timeout: number_service_rent_any_number.sync_detailed(
                self._project_id, client=client, body=body, timeout=timeout
            ),
            f"list client.active_numbers.list(region_code={region_code!r}) to see whether a number was rented",
        )

    def search(
        self,
        *,
        region_code: str,
        type: NumberType | str,
        pattern: str | Unset = UNSET,
        search_pattern: NumberPatternSearchPattern | str | Unset = UNSET,
        capabilities: Sequence[NumberCapability | str] | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> ListAvailableNumbersResponse:
        """Find phone numbers for sale.

        ``GET /v1/projects/{projectId}/availableNumbers`` (operationId ``NumberService_ListAvailableNumbers``).
        """
        _pattern = scalar(pattern, "pattern", str)
        _search_pattern = enum_value(NumberPatternSearchPattern, search_pattern, "search_pattern")
        _region_code = scalar(region_code, "region_code", str)
        _type = enum_value(NumberType, type, "type")
        _capabilities = enum_list(NumberCapability, capabilities, "capabilities")
        _size = scalar(size, "size", int)
        return self._call(
            _SEARCH,
            lambda client, timeout: number_service_list_available_numbers.sync_detailed(
                self._project_id,
                client=client,
                number_pattern_pattern=_pattern,
                number_pattern_search_pattern=_search_pattern,
                region_code=_region_code,
                type_=_type,
                capabilities=_capabilities,
                size=_size,
                timeout=timeout,
            ),
            None,
        )

    def get(
        self,
        phone_number: str,
    ) -> AvailableNumber:
        """Check a specific available number.

        ``GET /v1/projects/{projectId}/availableNumbers/{phoneNumber}`` (operationId ``NumberService_GetAvailableNumber``).
        """
        phone_number = phone_value(phone_number, "phone_number")
        return self._call(
            _GET,
            lambda client, timeout: number_service_get_available_number.sync_detailed(
                self._project_id, phone_number, client=client, timeout=timeout
            ),
            None,
        )


class AsyncAvailableNumbersResource(AsyncResource):
    """``async_client.available_numbers``."""

    @cached_property
    def with_raw_response(self) -> AsyncAvailableNumbersResourceWithRawResponse:
        """The same methods, each returning the call's :class:`~sinch_numbers.APIResponse`."""
        return AsyncAvailableNumbersResourceWithRawResponse(self)

    async def rent(
        self,
        phone_number: str,
        *,
        sms_configuration: SmsConfiguration | Mapping[str, Any] | Unset = UNSET,
        voice_configuration: VoiceConfigurationEST
        | VoiceConfigurationFAX
        | VoiceConfigurationRTC
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
    ) -> ActiveNumberResponse:
        """Activate a specific phone number (deprecated).

        ``POST /v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent`` (operationId ``NumberService_RentNumber``).
        Deprecated upstream: prefer number orders for new integrations.
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        phone_number = phone_value(phone_number, "phone_number")
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
        body = RentNumberRequest(
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=_callback_url,
        )
        return await self._call(
            _RENT,
            lambda client, timeout: number_service_rent_number.asyncio_detailed(
                self._project_id, phone_number, client=client, body=body, timeout=timeout
            ),
            f"call client.active_numbers.get({phone_number!r}) to see whether the number was rented",
        )

    async def rent_any(
        self,
        *,
        region_code: str,
        type: NumberType | str,
        number_pattern: NumberPattern | Mapping[str, Any] | Unset = UNSET,
        capabilities: Sequence[NumberCapability | str] | Unset = UNSET,
        sms_configuration: SmsConfiguration | Mapping[str, Any] | Unset = UNSET,
        voice_configuration: VoiceConfigurationEST
        | VoiceConfigurationFAX
        | VoiceConfigurationRTC
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
    ) -> ActiveNumberResponse:
        """Activate any phone number matching criteria (deprecated).

        ``POST /v1/projects/{projectId}/availableNumbers:rentAny`` (operationId ``NumberService_RentAnyNumber``).
        Deprecated upstream: prefer number orders for new integrations.
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        _region_code = scalar(region_code, "region_code", str)
        _type = enum_value(NumberType, type, "type")
        _number_pattern = model_value(
            NumberPattern, number_pattern, "number_pattern", (NumberPattern,)
        )
        _capabilities = enum_list(NumberCapability, capabilities, "capabilities")
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
        body = RentAnyNumberRequest(
            region_code=_region_code,
            type_=_type,
            number_pattern=_number_pattern,
            capabilities=_capabilities,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=_callback_url,
        )
        return await self._call(
            _RENT_ANY,
            lambda client, timeout: number_service_rent_any_number.asyncio_detailed(
                self._project_id, client=client, body=body, timeout=timeout
            ),
            f"list client.active_numbers.list(region_code={region_code!r}) to see whether a number was rented",
        )

    async def search(
        self,
        *,
        region_code: str,
        type: NumberType | str,
        pattern: str | Unset = UNSET,
        search_pattern: NumberPatternSearchPattern | str | Unset = UNSET,
        capabilities: Sequence[NumberCapability | str] | Unset = UNSET,
        size: int | Unset = UNSET,
    ) -> ListAvailableNumbersResponse:
        """Find phone numbers for sale.

        ``GET /v1/projects/{projectId}/availableNumbers`` (operationId ``NumberService_ListAvailableNumbers``).
        """
        _pattern = scalar(pattern, "pattern", str)
        _search_pattern = enum_value(NumberPatternSearchPattern, search_pattern, "search_pattern")
        _region_code = scalar(region_code, "region_code", str)
        _type = enum_value(NumberType, type, "type")
        _capabilities = enum_list(NumberCapability, capabilities, "capabilities")
        _size = scalar(size, "size", int)
        return await self._call(
            _SEARCH,
            lambda client, timeout: number_service_list_available_numbers.asyncio_detailed(
                self._project_id,
                client=client,
                number_pattern_pattern=_pattern,
                number_pattern_search_pattern=_search_pattern,
                region_code=_region_code,
                type_=_type,
                capabilities=_capabilities,
                size=_size,
                timeout=timeout,
            ),
            None,
        )

    async def get(
        self,
        phone_number: str,
    ) -> AvailableNumber:
        """Check a specific available number.

        ``GET /v1/projects/{projectId}/availableNumbers/{phoneNumber}`` (operationId ``NumberService_GetAvailableNumber``).
        """
        phone_number = phone_value(phone_number, "phone_number")
        return await self._call(
            _GET,
            lambda client, timeout: number_service_get_available_number.asyncio_detailed(
                self._project_id, phone_number, client=client, timeout=timeout
            ),
            None,
        )


class AvailableNumbersResourceWithRawResponse:
    """``client.available_numbers.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns.
    """

    def __init__(self, resource: AvailableNumbersResource) -> None:
        raw = resource._raw_twin()
        self.rent = to_raw_response_wrapper(raw.rent)
        self.rent_any = to_raw_response_wrapper(raw.rent_any)
        self.search = to_raw_response_wrapper(raw.search)
        self.get = to_raw_response_wrapper(raw.get)


class AsyncAvailableNumbersResourceWithRawResponse:
    """``async_client.available_numbers.with_raw_response``: each method returns an ``APIResponse``.

    Same arguments, checks, retries and typed errors as the plain method; ``.parse()`` gives
    what the plain method returns.
    """

    def __init__(self, resource: AsyncAvailableNumbersResource) -> None:
        raw = resource._raw_twin()
        self.rent = async_to_raw_response_wrapper(raw.rent)
        self.rent_any = async_to_raw_response_wrapper(raw.rent_any)
        self.search = async_to_raw_response_wrapper(raw.search)
        self.get = async_to_raw_response_wrapper(raw.get)
