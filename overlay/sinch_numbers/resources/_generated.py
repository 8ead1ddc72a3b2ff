# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.
# Do not edit: change generator/ and run scripts/regenerate.
"""Resources of ``NumbersClient`` and ``AsyncNumbersClient``: a method per operation."""

# ruff: noqa: E501
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from sinch_numbers_api.types import UNSET, Unset

from ._base import (
    AsyncPager,
    AsyncResource,
    FileInput,
    Operation,
    SyncPager,
    SyncResource,
    enum_list,
    enum_value,
    file_value,
    model_value,
    require_changes,
    require_e164,
    require_exactly_one,
)

if TYPE_CHECKING:
    from sinch_numbers_api.models.active_number_response import ActiveNumberResponse
    from sinch_numbers_api.models.available_number import AvailableNumber
    from sinch_numbers_api.models.callback_configuration import CallbackConfiguration
    from sinch_numbers_api.models.create_number_order_option import CreateNumberOrderOption
    from sinch_numbers_api.models.create_quantity_order_option import CreateQuantityOrderOption
    from sinch_numbers_api.models.emergency_address import EmergencyAddress
    from sinch_numbers_api.models.emergency_address_request_address import (
        EmergencyAddressRequestAddress,
    )
    from sinch_numbers_api.models.list_active_numbers_response import ListActiveNumbersResponse
    from sinch_numbers_api.models.list_available_numbers_response import (
        ListAvailableNumbersResponse,
    )
    from sinch_numbers_api.models.list_available_regions_response import (
        ListAvailableRegionsResponse,
    )
    from sinch_numbers_api.models.number_capability import NumberCapability
    from sinch_numbers_api.models.number_order import NumberOrder
    from sinch_numbers_api.models.number_pattern import NumberPattern
    from sinch_numbers_api.models.number_pattern_search_pattern import NumberPatternSearchPattern
    from sinch_numbers_api.models.number_requirements import NumberRequirements
    from sinch_numbers_api.models.number_service_list_active_numbers_order_by import (
        NumberServiceListActiveNumbersOrderBy,
    )
    from sinch_numbers_api.models.number_type import NumberType
    from sinch_numbers_api.models.order_voice_configuration_est import OrderVoiceConfigurationEST
    from sinch_numbers_api.models.order_voice_configuration_fax import OrderVoiceConfigurationFAX
    from sinch_numbers_api.models.order_voice_configuration_rtc import OrderVoiceConfigurationRTC
    from sinch_numbers_api.models.registration import Registration
    from sinch_numbers_api.models.sms_configuration import SmsConfiguration
    from sinch_numbers_api.models.sms_configuration_base import SmsConfigurationBase
    from sinch_numbers_api.models.update_number_order_registration_request_request_details import (
        UpdateNumberOrderRegistrationRequestRequestDetails,
    )
    from sinch_numbers_api.models.validate_address_response import ValidateAddressResponse
    from sinch_numbers_api.models.voice_configuration_est import VoiceConfigurationEST
    from sinch_numbers_api.models.voice_configuration_fax import VoiceConfigurationFAX
    from sinch_numbers_api.models.voice_configuration_rtc import VoiceConfigurationRTC

_OP_NUMBER_SERVICE_RENT_NUMBER = Operation(
    "NumberService_RentNumber",
    "POST",
    "/v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent",
    idempotent=False,
)
_OP_NUMBER_SERVICE_RENT_ANY_NUMBER = Operation(
    "NumberService_RentAnyNumber",
    "POST",
    "/v1/projects/{projectId}/availableNumbers:rentAny",
    idempotent=False,
)
_OP_NUMBER_SERVICE_LIST_ACTIVE_NUMBERS = Operation(
    "NumberService_ListActiveNumbers",
    "GET",
    "/v1/projects/{projectId}/activeNumbers",
    idempotent=True,
)
_OP_NUMBER_SERVICE_GET_ACTIVE_NUMBER = Operation(
    "NumberService_GetActiveNumber",
    "GET",
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}",
    idempotent=True,
)
_OP_NUMBER_SERVICE_UPDATE_ACTIVE_NUMBER = Operation(
    "NumberService_UpdateActiveNumber",
    "PATCH",
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}",
    idempotent=True,
)
_OP_NUMBER_SERVICE_RELEASE_NUMBER = Operation(
    "NumberService_ReleaseNumber",
    "POST",
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}:release",
    idempotent=False,
)
_OP_NUMBER_SERVICE_LIST_AVAILABLE_NUMBERS = Operation(
    "NumberService_ListAvailableNumbers",
    "GET",
    "/v1/projects/{projectId}/availableNumbers",
    idempotent=True,
)
_OP_NUMBER_SERVICE_GET_AVAILABLE_NUMBER = Operation(
    "NumberService_GetAvailableNumber",
    "GET",
    "/v1/projects/{projectId}/availableNumbers/{phoneNumber}",
    idempotent=True,
)
_OP_LOOKUP_NUMBER_REQUIREMENTS = Operation(
    "LookupNumberRequirements",
    "POST",
    "/v1/projects/{projectId}/numberOrders:lookupNumberRequirements",
    idempotent=True,
)
_OP_CREATE_NUMBER_ORDER = Operation(
    "CreateNumberOrder",
    "POST",
    "/v1/projects/{projectId}/numberOrders:createNumberOrder",
    idempotent=False,
)
_OP_GET_NUMBER_ORDER = Operation(
    "GetNumberOrder",
    "GET",
    "/v1/projects/{projectId}/numberOrders/{numberOrderId}",
    idempotent=True,
)
_OP_GET_NUMBER_ORDER_REGISTRATION = Operation(
    "GetNumberOrderRegistration",
    "GET",
    "/v1/projects/{projectId}/numberOrders/{numberOrderId}/registration",
    idempotent=True,
)
_OP_UPDATE_NUMBER_ORDER_REGISTRATION = Operation(
    "UpdateNumberOrderRegistration",
    "PUT",
    "/v1/projects/{projectId}/numberOrders/{numberOrderId}/registration",
    idempotent=True,
)
_OP_UPLOAD_NUMBER_ORDER_ATTACHMENT = Operation(
    "UploadNumberOrderAttachment",
    "POST",
    "/v1/projects/{projectId}/numberOrders/{numberOrderId}/attachments/{attachmentId}",
    idempotent=False,
)
_OP_SUBMIT_NUMBER_ORDER = Operation(
    "SubmitNumberOrder",
    "POST",
    "/v1/projects/{projectId}/numberOrders/{numberOrderId}/submit",
    idempotent=False,
)
_OP_NUMBER_SERVICE_LIST_AVAILABLE_REGIONS = Operation(
    "NumberService_ListAvailableRegions",
    "GET",
    "/v1/projects/{projectId}/availableRegions",
    idempotent=True,
)
_OP_GET_CALLBACK_CONFIGURATION = Operation(
    "GetCallbackConfiguration",
    "GET",
    "/v1/projects/{projectId}/callbackConfiguration",
    idempotent=True,
)
_OP_UPDATE_CALLBACK_CONFIGURATION = Operation(
    "UpdateCallbackConfiguration",
    "PATCH",
    "/v1/projects/{projectId}/callbackConfiguration",
    idempotent=True,
)
_OP_NUMBER_SERVICE_GET_EMERGENCY_ADDRESS = Operation(
    "NumberService_GetEmergencyAddress",
    "GET",
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress",
    idempotent=True,
)
_OP_NUMBER_SERVICE_PROVISION_EMERGENCY_ADDRESS = Operation(
    "NumberService_ProvisionEmergencyAddress",
    "POST",
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:provision",
    idempotent=False,
)
_OP_NUMBER_SERVICE_DEPROVISION_EMERGENCY_ADDRESS = Operation(
    "NumberService_DeprovisionEmergencyAddress",
    "POST",
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:deprovision",
    idempotent=False,
)
_OP_NUMBER_SERVICE_VALIDATE_EMERGENCY_ADDRESS = Operation(
    "NumberService_ValidateEmergencyAddress",
    "POST",
    "/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:validate",
    idempotent=True,
)

OPERATIONS: dict[str, tuple[str, str]] = {
    "NumberService_RentNumber": ("available_numbers", "rent"),
    "NumberService_RentAnyNumber": ("available_numbers", "rent_any"),
    "NumberService_ListActiveNumbers": ("active_numbers", "list"),
    "NumberService_GetActiveNumber": ("active_numbers", "get"),
    "NumberService_UpdateActiveNumber": ("active_numbers", "update"),
    "NumberService_ReleaseNumber": ("active_numbers", "release"),
    "NumberService_ListAvailableNumbers": ("available_numbers", "search"),
    "NumberService_GetAvailableNumber": ("available_numbers", "get"),
    "LookupNumberRequirements": ("number_orders", "lookup_requirements"),
    "CreateNumberOrder": ("number_orders", "create"),
    "GetNumberOrder": ("number_orders", "get"),
    "GetNumberOrderRegistration": ("number_orders", "get_registration"),
    "UpdateNumberOrderRegistration": ("number_orders", "update_registration"),
    "UploadNumberOrderAttachment": ("number_orders", "upload_attachment"),
    "SubmitNumberOrder": ("number_orders", "submit"),
    "NumberService_ListAvailableRegions": ("regions", "list"),
    "GetCallbackConfiguration": ("callback_configuration", "get"),
    "UpdateCallbackConfiguration": ("callback_configuration", "update"),
    "NumberService_GetEmergencyAddress": ("emergency_addresses", "get"),
    "NumberService_ProvisionEmergencyAddress": ("emergency_addresses", "provision"),
    "NumberService_DeprovisionEmergencyAddress": ("emergency_addresses", "deprovision"),
    "NumberService_ValidateEmergencyAddress": ("emergency_addresses", "validate"),
}
"""operationId -> (resource attribute, method name), for tooling and tests."""

NEEDS_FRIENDLY_NAME: tuple[str, ...] = ()
"""Operations named automatically because generator/facade.yaml has no entry yet."""


class AvailableNumbersResource(SyncResource):
    """``client.available_numbers``."""

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
        from sinch_numbers_api.api.available_number.number_service_rent_number import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.rent_number_request import RentNumberRequest
        from sinch_numbers_api.models.sms_configuration import SmsConfiguration
        from sinch_numbers_api.models.voice_configuration import parse_voice_configuration

        phone_number = require_e164(phone_number)
        _sms_configuration = model_value(SmsConfiguration, sms_configuration)
        _voice_configuration = model_value(parse_voice_configuration, voice_configuration)
        body = RentNumberRequest(
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=callback_url,
        )
        return cast(
            "ActiveNumberResponse",
            self._call(
                _OP_NUMBER_SERVICE_RENT_NUMBER,
                lambda client: _send(self._project_id, phone_number, client=client, body=body),
                f"call client.active_numbers.get({phone_number!r}) to see whether the number was rented",
            ),
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
        from sinch_numbers_api.api.available_number.number_service_rent_any_number import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.number_capability import NumberCapability
        from sinch_numbers_api.models.number_pattern import NumberPattern
        from sinch_numbers_api.models.number_type import NumberType
        from sinch_numbers_api.models.rent_any_number_request import RentAnyNumberRequest
        from sinch_numbers_api.models.sms_configuration import SmsConfiguration
        from sinch_numbers_api.models.voice_configuration import parse_voice_configuration

        _type = enum_value(NumberType, type)
        _number_pattern = model_value(NumberPattern, number_pattern)
        _capabilities = enum_list(NumberCapability, capabilities)
        _sms_configuration = model_value(SmsConfiguration, sms_configuration)
        _voice_configuration = model_value(parse_voice_configuration, voice_configuration)
        body = RentAnyNumberRequest(
            region_code=region_code,
            type_=_type,
            number_pattern=_number_pattern,
            capabilities=_capabilities,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=callback_url,
        )
        return cast(
            "ActiveNumberResponse",
            self._call(
                _OP_NUMBER_SERVICE_RENT_ANY_NUMBER,
                lambda client: _send(self._project_id, client=client, body=body),
                f"list client.active_numbers.list(region_code={region_code!r}) to see whether a number was rented",
            ),
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
        from sinch_numbers_api.api.available_number.number_service_list_available_numbers import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.number_capability import NumberCapability
        from sinch_numbers_api.models.number_pattern_search_pattern import (
            NumberPatternSearchPattern,
        )
        from sinch_numbers_api.models.number_type import NumberType

        _search_pattern = enum_value(NumberPatternSearchPattern, search_pattern)
        _type = enum_value(NumberType, type)
        _capabilities = enum_list(NumberCapability, capabilities)
        return cast(
            "ListAvailableNumbersResponse",
            self._call(
                _OP_NUMBER_SERVICE_LIST_AVAILABLE_NUMBERS,
                lambda client: _send(
                    self._project_id,
                    client=client,
                    number_pattern_pattern=pattern,
                    number_pattern_search_pattern=_search_pattern,
                    region_code=region_code,
                    type_=_type,
                    capabilities=_capabilities,
                    size=size,
                ),
                None,
            ),
        )

    def get(
        self,
        phone_number: str,
    ) -> AvailableNumber:
        """Check a specific available number.

        ``GET /v1/projects/{projectId}/availableNumbers/{phoneNumber}`` (operationId ``NumberService_GetAvailableNumber``).
        """
        from sinch_numbers_api.api.available_number.number_service_get_available_number import (
            sync_detailed as _send,
        )

        phone_number = require_e164(phone_number)
        return cast(
            "AvailableNumber",
            self._call(
                _OP_NUMBER_SERVICE_GET_AVAILABLE_NUMBER,
                lambda client: _send(self._project_id, phone_number, client=client),
                None,
            ),
        )


class ActiveNumbersResource(SyncResource):
    """``client.active_numbers``."""

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
        from sinch_numbers_api.api.active_number.number_service_list_active_numbers import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.number_capability import NumberCapability
        from sinch_numbers_api.models.number_pattern_search_pattern import (
            NumberPatternSearchPattern,
        )
        from sinch_numbers_api.models.number_service_list_active_numbers_order_by import (
            NumberServiceListActiveNumbersOrderBy,
        )
        from sinch_numbers_api.models.number_type import NumberType

        _search_pattern = enum_value(NumberPatternSearchPattern, search_pattern)
        _type = enum_value(NumberType, type)
        _capabilities = enum_list(NumberCapability, capabilities)
        _order_by = enum_value(NumberServiceListActiveNumbersOrderBy, order_by)

        def fetch(page_token: str | Unset) -> ListActiveNumbersResponse:
            return cast(
                "ListActiveNumbersResponse",
                self._call(
                    _OP_NUMBER_SERVICE_LIST_ACTIVE_NUMBERS,
                    lambda client: _send(
                        self._project_id,
                        client=client,
                        region_code=region_code,
                        number_pattern_pattern=pattern,
                        number_pattern_search_pattern=_search_pattern,
                        type_=_type,
                        capability=_capabilities,
                        page_size=page_size,
                        page_token=page_token,
                        order_by=_order_by,
                    ),
                    None,
                ),
            )

        return SyncPager(fetch, lambda page: page.active_numbers, first_token=page_token)

    def get(
        self,
        phone_number: str,
    ) -> ActiveNumberResponse:
        """Get an active number.

        ``GET /v1/projects/{projectId}/activeNumbers/{phoneNumber}`` (operationId ``NumberService_GetActiveNumber``).
        """
        from sinch_numbers_api.api.active_number.number_service_get_active_number import (
            sync_detailed as _send,
        )

        phone_number = require_e164(phone_number)
        return cast(
            "ActiveNumberResponse",
            self._call(
                _OP_NUMBER_SERVICE_GET_ACTIVE_NUMBER,
                lambda client: _send(self._project_id, phone_number, client=client),
                None,
            ),
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
        from sinch_numbers_api.api.active_number.number_service_update_active_number import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.active_number_request import ActiveNumberRequest
        from sinch_numbers_api.models.sms_configuration import SmsConfiguration
        from sinch_numbers_api.models.voice_configuration import parse_voice_configuration

        phone_number = require_e164(phone_number)
        require_changes(
            "update",
            {
                "display_name": display_name,
                "sms_configuration": sms_configuration,
                "voice_configuration": voice_configuration,
                "callback_url": callback_url,
            },
        )
        _sms_configuration = model_value(SmsConfiguration, sms_configuration)
        _voice_configuration = model_value(parse_voice_configuration, voice_configuration)
        body = ActiveNumberRequest(
            display_name=display_name,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=callback_url,
        )
        return cast(
            "ActiveNumberResponse",
            self._call(
                _OP_NUMBER_SERVICE_UPDATE_ACTIVE_NUMBER,
                lambda client: _send(self._project_id, phone_number, client=client, body=body),
                None,
            ),
        )

    def release(
        self,
        phone_number: str,
    ) -> ActiveNumberResponse:
        """Release a phone number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}:release`` (operationId ``NumberService_ReleaseNumber``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.active_number.number_service_release_number import (
            sync_detailed as _send,
        )

        phone_number = require_e164(phone_number)
        return cast(
            "ActiveNumberResponse",
            self._call(
                _OP_NUMBER_SERVICE_RELEASE_NUMBER,
                lambda client: _send(self._project_id, phone_number, client=client),
                f"call client.active_numbers.get({phone_number!r}) to see whether the number was released",
            ),
        )


class EmergencyAddressesResource(SyncResource):
    """``client.emergency_addresses``."""

    def get(
        self,
        phone_number: str,
    ) -> EmergencyAddress:
        """Read a number's emergency address.

        ``GET /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress`` (operationId ``NumberService_GetEmergencyAddress``).
        """
        from sinch_numbers_api.api.active_number.number_service_get_emergency_address import (
            sync_detailed as _send,
        )

        phone_number = require_e164(phone_number)
        return cast(
            "EmergencyAddress",
            self._call(
                _OP_NUMBER_SERVICE_GET_EMERGENCY_ADDRESS,
                lambda client: _send(self._project_id, phone_number, client=client),
                None,
            ),
        )

    def provision(
        self,
        phone_number: str,
        *,
        display_name: str,
        address: EmergencyAddressRequestAddress | Mapping[str, Any],
    ) -> EmergencyAddress:
        """Provision an emergency address for a number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:provision`` (operationId ``NumberService_ProvisionEmergencyAddress``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.active_number.number_service_provision_emergency_address import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.emergency_address_request import EmergencyAddressRequest
        from sinch_numbers_api.models.emergency_address_request_address import (
            EmergencyAddressRequestAddress,
        )

        phone_number = require_e164(phone_number)
        _address = model_value(EmergencyAddressRequestAddress, address)
        body = EmergencyAddressRequest(display_name=display_name, address=_address)
        return cast(
            "EmergencyAddress",
            self._call(
                _OP_NUMBER_SERVICE_PROVISION_EMERGENCY_ADDRESS,
                lambda client: _send(self._project_id, phone_number, client=client, body=body),
                f"call client.emergency_addresses.get({phone_number!r}) to see whether it was provisioned",
            ),
        )

    def deprovision(
        self,
        phone_number: str,
    ) -> None:
        """Remove a number's emergency address.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:deprovision`` (operationId ``NumberService_DeprovisionEmergencyAddress``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.active_number.number_service_deprovision_emergency_address import (
            sync_detailed as _send,
        )

        phone_number = require_e164(phone_number)
        self._call(
            _OP_NUMBER_SERVICE_DEPROVISION_EMERGENCY_ADDRESS,
            lambda client: _send(self._project_id, phone_number, client=client),
            f"call client.emergency_addresses.get({phone_number!r}) to see whether it was removed",
        )
        return None

    def validate(
        self,
        phone_number: str,
        *,
        display_name: str,
        address: EmergencyAddressRequestAddress | Mapping[str, Any],
    ) -> ValidateAddressResponse:
        """Check an emergency address for a number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:validate`` (operationId ``NumberService_ValidateEmergencyAddress``).
        """
        from sinch_numbers_api.api.active_number.number_service_validate_emergency_address import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.emergency_address_request import EmergencyAddressRequest
        from sinch_numbers_api.models.emergency_address_request_address import (
            EmergencyAddressRequestAddress,
        )

        phone_number = require_e164(phone_number)
        _address = model_value(EmergencyAddressRequestAddress, address)
        body = EmergencyAddressRequest(display_name=display_name, address=_address)
        return cast(
            "ValidateAddressResponse",
            self._call(
                _OP_NUMBER_SERVICE_VALIDATE_EMERGENCY_ADDRESS,
                lambda client: _send(self._project_id, phone_number, client=client, body=body),
                None,
            ),
        )


class RegionsResource(SyncResource):
    """``client.regions``."""

    def list(
        self,
        *,
        types: Sequence[NumberType | str] | Unset = UNSET,
    ) -> ListAvailableRegionsResponse:
        """List regions offering numbers.

        ``GET /v1/projects/{projectId}/availableRegions`` (operationId ``NumberService_ListAvailableRegions``).
        """
        from sinch_numbers_api.api.available_regions.number_service_list_available_regions import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.number_type import NumberType

        _types = enum_list(NumberType, types)
        return cast(
            "ListAvailableRegionsResponse",
            self._call(
                _OP_NUMBER_SERVICE_LIST_AVAILABLE_REGIONS,
                lambda client: _send(self._project_id, client=client, types=_types),
                None,
            ),
        )


class CallbackConfigurationResource(SyncResource):
    """``client.callback_configuration``."""

    def get(
        self,
    ) -> CallbackConfiguration:
        """Read the callback configuration.

        ``GET /v1/projects/{projectId}/callbackConfiguration`` (operationId ``GetCallbackConfiguration``).
        """
        from sinch_numbers_api.api.numbers_callbacks.get_callback_configuration import (
            sync_detailed as _send,
        )

        return cast(
            "CallbackConfiguration",
            self._call(
                _OP_GET_CALLBACK_CONFIGURATION,
                lambda client: _send(self._project_id, client=client),
                None,
            ),
        )

    def update(
        self,
        *,
        hmac_secret: str | Unset = UNSET,
    ) -> CallbackConfiguration:
        """Change the callback configuration.

        ``PATCH /v1/projects/{projectId}/callbackConfiguration`` (operationId ``UpdateCallbackConfiguration``).
        """
        from sinch_numbers_api.api.numbers_callbacks.update_callback_configuration import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.callback_configuration_update import (
            CallbackConfigurationUpdate,
        )

        require_changes("update", {"hmac_secret": hmac_secret})
        body = CallbackConfigurationUpdate(hmac_secret=hmac_secret)
        return cast(
            "CallbackConfiguration",
            self._call(
                _OP_UPDATE_CALLBACK_CONFIGURATION,
                lambda client: _send(self._project_id, client=client, body=body),
                None,
            ),
        )


class NumberOrdersResource(SyncResource):
    """``client.number_orders``."""

    def lookup_requirements(
        self,
        *,
        region_code: str,
        number_type: NumberType | str,
    ) -> NumberRequirements:
        """Get the requirements for a number.

        ``POST /v1/projects/{projectId}/numberOrders:lookupNumberRequirements`` (operationId ``LookupNumberRequirements``).
        """
        from sinch_numbers_api.api.number_order.lookup_number_requirements import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.lookup_number_requirements_request import (
            LookupNumberRequirementsRequest,
        )
        from sinch_numbers_api.models.number_type import NumberType

        _number_type = enum_value(NumberType, number_type)
        body = LookupNumberRequirementsRequest(region_code=region_code, number_type=_number_type)
        return cast(
            "NumberRequirements",
            self._call(
                _OP_LOOKUP_NUMBER_REQUIREMENTS,
                lambda client: _send(self._project_id, client=client, body=body),
                None,
            ),
        )

    def create(
        self,
        *,
        region_code: str,
        number_type: NumberType | str,
        sms_configuration: SmsConfigurationBase | Mapping[str, Any] | Unset = UNSET,
        voice_configuration: OrderVoiceConfigurationEST
        | OrderVoiceConfigurationFAX
        | OrderVoiceConfigurationRTC
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        number_order_option: CreateNumberOrderOption | Mapping[str, Any] | Unset = UNSET,
        quantity_order_option: CreateQuantityOrderOption | Mapping[str, Any] | Unset = UNSET,
    ) -> NumberOrder:
        """Place a number order.

        ``POST /v1/projects/{projectId}/numberOrders:createNumberOrder`` (operationId ``CreateNumberOrder``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.number_order.create_number_order import sync_detailed as _send
        from sinch_numbers_api.models.create_number_order_option import CreateNumberOrderOption
        from sinch_numbers_api.models.create_number_order_request import CreateNumberOrderRequest
        from sinch_numbers_api.models.create_quantity_order_option import CreateQuantityOrderOption
        from sinch_numbers_api.models.number_type import NumberType
        from sinch_numbers_api.models.order_voice_configuration import (
            parse_order_voice_configuration,
        )
        from sinch_numbers_api.models.sms_configuration_base import SmsConfigurationBase

        require_exactly_one(
            "create",
            {
                "number_order_option": number_order_option,
                "quantity_order_option": quantity_order_option,
            },
        )
        _number_type = enum_value(NumberType, number_type)
        _sms_configuration = model_value(SmsConfigurationBase, sms_configuration)
        _voice_configuration = model_value(parse_order_voice_configuration, voice_configuration)
        _number_order_option = model_value(CreateNumberOrderOption, number_order_option)
        _quantity_order_option = model_value(CreateQuantityOrderOption, quantity_order_option)
        body = CreateNumberOrderRequest(
            region_code=region_code,
            number_type=_number_type,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=callback_url,
            number_order_option=_number_order_option,
            quantity_order_option=_quantity_order_option,
        )
        return cast(
            "NumberOrder",
            self._call(
                _OP_CREATE_NUMBER_ORDER,
                lambda client: _send(self._project_id, client=client, body=body),
                "the order may exist: look for it in your number orders (client.number_orders.get(order_id)) or wait for its callback before creating another",
            ),
        )

    def get(
        self,
        number_order_id: str,
    ) -> NumberOrder:
        """Retrieve a number order.

        ``GET /v1/projects/{projectId}/numberOrders/{numberOrderId}`` (operationId ``GetNumberOrder``).
        """
        from sinch_numbers_api.api.number_order.get_number_order import sync_detailed as _send

        return cast(
            "NumberOrder",
            self._call(
                _OP_GET_NUMBER_ORDER,
                lambda client: _send(self._project_id, number_order_id, client=client),
                None,
            ),
        )

    def get_registration(
        self,
        number_order_id: str,
    ) -> Registration:
        """Retrieve a number order's registration.

        ``GET /v1/projects/{projectId}/numberOrders/{numberOrderId}/registration`` (operationId ``GetNumberOrderRegistration``).
        """
        from sinch_numbers_api.api.number_order.get_number_order_registration import (
            sync_detailed as _send,
        )

        return cast(
            "Registration",
            self._call(
                _OP_GET_NUMBER_ORDER_REGISTRATION,
                lambda client: _send(self._project_id, number_order_id, client=client),
                None,
            ),
        )

    def update_registration(
        self,
        number_order_id: str,
        *,
        request_details: UpdateNumberOrderRegistrationRequestRequestDetails
        | Mapping[str, Any]
        | Unset = UNSET,
    ) -> Registration:
        """Set a number order's registration.

        ``PUT /v1/projects/{projectId}/numberOrders/{numberOrderId}/registration`` (operationId ``UpdateNumberOrderRegistration``).
        """
        from sinch_numbers_api.api.number_order.update_number_order_registration import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.update_number_order_registration_request import (
            UpdateNumberOrderRegistrationRequest,
        )
        from sinch_numbers_api.models.update_number_order_registration_request_request_details import (
            UpdateNumberOrderRegistrationRequestRequestDetails,
        )

        _request_details = model_value(
            UpdateNumberOrderRegistrationRequestRequestDetails, request_details
        )
        body = UpdateNumberOrderRegistrationRequest(request_details=_request_details)
        return cast(
            "Registration",
            self._call(
                _OP_UPDATE_NUMBER_ORDER_REGISTRATION,
                lambda client: _send(self._project_id, number_order_id, client=client, body=body),
                None,
            ),
        )

    def upload_attachment(
        self,
        number_order_id: str,
        attachment_id: str,
        *,
        file: FileInput,
        document_type: str | Unset = UNSET,
    ) -> None:
        """Upload a file for a number order.

        ``POST /v1/projects/{projectId}/numberOrders/{numberOrderId}/attachments/{attachmentId}`` (operationId ``UploadNumberOrderAttachment``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.number_order.upload_number_order_attachment import (
            sync_detailed as _send,
        )
        from sinch_numbers_api.models.upload_number_order_attachment_body import (
            UploadNumberOrderAttachmentBody,
        )

        _file = file_value(file)
        body = UploadNumberOrderAttachmentBody(file=_file, document_type=document_type)
        self._call(
            _OP_UPLOAD_NUMBER_ORDER_ATTACHMENT,
            lambda client: _send(
                self._project_id, number_order_id, attachment_id, client=client, body=body
            ),
            f"call client.number_orders.get_registration({number_order_id!r}) to see whether the file arrived",
        )
        return None

    def submit(
        self,
        number_order_id: str,
    ) -> NumberOrder:
        """Submit a number order for review.

        ``POST /v1/projects/{projectId}/numberOrders/{numberOrderId}/submit`` (operationId ``SubmitNumberOrder``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.number_order.submit_number_order import sync_detailed as _send

        return cast(
            "NumberOrder",
            self._call(
                _OP_SUBMIT_NUMBER_ORDER,
                lambda client: _send(self._project_id, number_order_id, client=client),
                f"call client.number_orders.get({number_order_id!r}) to see whether the order was submitted",
            ),
        )


class AsyncAvailableNumbersResource(AsyncResource):
    """``client.available_numbers``."""

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
        from sinch_numbers_api.api.available_number.number_service_rent_number import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.rent_number_request import RentNumberRequest
        from sinch_numbers_api.models.sms_configuration import SmsConfiguration
        from sinch_numbers_api.models.voice_configuration import parse_voice_configuration

        phone_number = require_e164(phone_number)
        _sms_configuration = model_value(SmsConfiguration, sms_configuration)
        _voice_configuration = model_value(parse_voice_configuration, voice_configuration)
        body = RentNumberRequest(
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=callback_url,
        )
        return cast(
            "ActiveNumberResponse",
            await self._call(
                _OP_NUMBER_SERVICE_RENT_NUMBER,
                lambda client: _send(self._project_id, phone_number, client=client, body=body),
                f"call client.active_numbers.get({phone_number!r}) to see whether the number was rented",
            ),
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
        from sinch_numbers_api.api.available_number.number_service_rent_any_number import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.number_capability import NumberCapability
        from sinch_numbers_api.models.number_pattern import NumberPattern
        from sinch_numbers_api.models.number_type import NumberType
        from sinch_numbers_api.models.rent_any_number_request import RentAnyNumberRequest
        from sinch_numbers_api.models.sms_configuration import SmsConfiguration
        from sinch_numbers_api.models.voice_configuration import parse_voice_configuration

        _type = enum_value(NumberType, type)
        _number_pattern = model_value(NumberPattern, number_pattern)
        _capabilities = enum_list(NumberCapability, capabilities)
        _sms_configuration = model_value(SmsConfiguration, sms_configuration)
        _voice_configuration = model_value(parse_voice_configuration, voice_configuration)
        body = RentAnyNumberRequest(
            region_code=region_code,
            type_=_type,
            number_pattern=_number_pattern,
            capabilities=_capabilities,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=callback_url,
        )
        return cast(
            "ActiveNumberResponse",
            await self._call(
                _OP_NUMBER_SERVICE_RENT_ANY_NUMBER,
                lambda client: _send(self._project_id, client=client, body=body),
                f"list client.active_numbers.list(region_code={region_code!r}) to see whether a number was rented",
            ),
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
        from sinch_numbers_api.api.available_number.number_service_list_available_numbers import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.number_capability import NumberCapability
        from sinch_numbers_api.models.number_pattern_search_pattern import (
            NumberPatternSearchPattern,
        )
        from sinch_numbers_api.models.number_type import NumberType

        _search_pattern = enum_value(NumberPatternSearchPattern, search_pattern)
        _type = enum_value(NumberType, type)
        _capabilities = enum_list(NumberCapability, capabilities)
        return cast(
            "ListAvailableNumbersResponse",
            await self._call(
                _OP_NUMBER_SERVICE_LIST_AVAILABLE_NUMBERS,
                lambda client: _send(
                    self._project_id,
                    client=client,
                    number_pattern_pattern=pattern,
                    number_pattern_search_pattern=_search_pattern,
                    region_code=region_code,
                    type_=_type,
                    capabilities=_capabilities,
                    size=size,
                ),
                None,
            ),
        )

    async def get(
        self,
        phone_number: str,
    ) -> AvailableNumber:
        """Check a specific available number.

        ``GET /v1/projects/{projectId}/availableNumbers/{phoneNumber}`` (operationId ``NumberService_GetAvailableNumber``).
        """
        from sinch_numbers_api.api.available_number.number_service_get_available_number import (
            asyncio_detailed as _send,
        )

        phone_number = require_e164(phone_number)
        return cast(
            "AvailableNumber",
            await self._call(
                _OP_NUMBER_SERVICE_GET_AVAILABLE_NUMBER,
                lambda client: _send(self._project_id, phone_number, client=client),
                None,
            ),
        )


class AsyncActiveNumbersResource(AsyncResource):
    """``client.active_numbers``."""

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
        from sinch_numbers_api.api.active_number.number_service_list_active_numbers import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.number_capability import NumberCapability
        from sinch_numbers_api.models.number_pattern_search_pattern import (
            NumberPatternSearchPattern,
        )
        from sinch_numbers_api.models.number_service_list_active_numbers_order_by import (
            NumberServiceListActiveNumbersOrderBy,
        )
        from sinch_numbers_api.models.number_type import NumberType

        _search_pattern = enum_value(NumberPatternSearchPattern, search_pattern)
        _type = enum_value(NumberType, type)
        _capabilities = enum_list(NumberCapability, capabilities)
        _order_by = enum_value(NumberServiceListActiveNumbersOrderBy, order_by)

        async def fetch(page_token: str | Unset) -> ListActiveNumbersResponse:
            return cast(
                "ListActiveNumbersResponse",
                await self._call(
                    _OP_NUMBER_SERVICE_LIST_ACTIVE_NUMBERS,
                    lambda client: _send(
                        self._project_id,
                        client=client,
                        region_code=region_code,
                        number_pattern_pattern=pattern,
                        number_pattern_search_pattern=_search_pattern,
                        type_=_type,
                        capability=_capabilities,
                        page_size=page_size,
                        page_token=page_token,
                        order_by=_order_by,
                    ),
                    None,
                ),
            )

        return AsyncPager(fetch, lambda page: page.active_numbers, first_token=page_token)

    async def get(
        self,
        phone_number: str,
    ) -> ActiveNumberResponse:
        """Get an active number.

        ``GET /v1/projects/{projectId}/activeNumbers/{phoneNumber}`` (operationId ``NumberService_GetActiveNumber``).
        """
        from sinch_numbers_api.api.active_number.number_service_get_active_number import (
            asyncio_detailed as _send,
        )

        phone_number = require_e164(phone_number)
        return cast(
            "ActiveNumberResponse",
            await self._call(
                _OP_NUMBER_SERVICE_GET_ACTIVE_NUMBER,
                lambda client: _send(self._project_id, phone_number, client=client),
                None,
            ),
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
        from sinch_numbers_api.api.active_number.number_service_update_active_number import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.active_number_request import ActiveNumberRequest
        from sinch_numbers_api.models.sms_configuration import SmsConfiguration
        from sinch_numbers_api.models.voice_configuration import parse_voice_configuration

        phone_number = require_e164(phone_number)
        require_changes(
            "update",
            {
                "display_name": display_name,
                "sms_configuration": sms_configuration,
                "voice_configuration": voice_configuration,
                "callback_url": callback_url,
            },
        )
        _sms_configuration = model_value(SmsConfiguration, sms_configuration)
        _voice_configuration = model_value(parse_voice_configuration, voice_configuration)
        body = ActiveNumberRequest(
            display_name=display_name,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=callback_url,
        )
        return cast(
            "ActiveNumberResponse",
            await self._call(
                _OP_NUMBER_SERVICE_UPDATE_ACTIVE_NUMBER,
                lambda client: _send(self._project_id, phone_number, client=client, body=body),
                None,
            ),
        )

    async def release(
        self,
        phone_number: str,
    ) -> ActiveNumberResponse:
        """Release a phone number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}:release`` (operationId ``NumberService_ReleaseNumber``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.active_number.number_service_release_number import (
            asyncio_detailed as _send,
        )

        phone_number = require_e164(phone_number)
        return cast(
            "ActiveNumberResponse",
            await self._call(
                _OP_NUMBER_SERVICE_RELEASE_NUMBER,
                lambda client: _send(self._project_id, phone_number, client=client),
                f"call client.active_numbers.get({phone_number!r}) to see whether the number was released",
            ),
        )


class AsyncEmergencyAddressesResource(AsyncResource):
    """``client.emergency_addresses``."""

    async def get(
        self,
        phone_number: str,
    ) -> EmergencyAddress:
        """Read a number's emergency address.

        ``GET /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress`` (operationId ``NumberService_GetEmergencyAddress``).
        """
        from sinch_numbers_api.api.active_number.number_service_get_emergency_address import (
            asyncio_detailed as _send,
        )

        phone_number = require_e164(phone_number)
        return cast(
            "EmergencyAddress",
            await self._call(
                _OP_NUMBER_SERVICE_GET_EMERGENCY_ADDRESS,
                lambda client: _send(self._project_id, phone_number, client=client),
                None,
            ),
        )

    async def provision(
        self,
        phone_number: str,
        *,
        display_name: str,
        address: EmergencyAddressRequestAddress | Mapping[str, Any],
    ) -> EmergencyAddress:
        """Provision an emergency address for a number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:provision`` (operationId ``NumberService_ProvisionEmergencyAddress``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.active_number.number_service_provision_emergency_address import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.emergency_address_request import EmergencyAddressRequest
        from sinch_numbers_api.models.emergency_address_request_address import (
            EmergencyAddressRequestAddress,
        )

        phone_number = require_e164(phone_number)
        _address = model_value(EmergencyAddressRequestAddress, address)
        body = EmergencyAddressRequest(display_name=display_name, address=_address)
        return cast(
            "EmergencyAddress",
            await self._call(
                _OP_NUMBER_SERVICE_PROVISION_EMERGENCY_ADDRESS,
                lambda client: _send(self._project_id, phone_number, client=client, body=body),
                f"call client.emergency_addresses.get({phone_number!r}) to see whether it was provisioned",
            ),
        )

    async def deprovision(
        self,
        phone_number: str,
    ) -> None:
        """Remove a number's emergency address.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:deprovision`` (operationId ``NumberService_DeprovisionEmergencyAddress``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.active_number.number_service_deprovision_emergency_address import (
            asyncio_detailed as _send,
        )

        phone_number = require_e164(phone_number)
        await self._call(
            _OP_NUMBER_SERVICE_DEPROVISION_EMERGENCY_ADDRESS,
            lambda client: _send(self._project_id, phone_number, client=client),
            f"call client.emergency_addresses.get({phone_number!r}) to see whether it was removed",
        )
        return None

    async def validate(
        self,
        phone_number: str,
        *,
        display_name: str,
        address: EmergencyAddressRequestAddress | Mapping[str, Any],
    ) -> ValidateAddressResponse:
        """Check an emergency address for a number.

        ``POST /v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:validate`` (operationId ``NumberService_ValidateEmergencyAddress``).
        """
        from sinch_numbers_api.api.active_number.number_service_validate_emergency_address import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.emergency_address_request import EmergencyAddressRequest
        from sinch_numbers_api.models.emergency_address_request_address import (
            EmergencyAddressRequestAddress,
        )

        phone_number = require_e164(phone_number)
        _address = model_value(EmergencyAddressRequestAddress, address)
        body = EmergencyAddressRequest(display_name=display_name, address=_address)
        return cast(
            "ValidateAddressResponse",
            await self._call(
                _OP_NUMBER_SERVICE_VALIDATE_EMERGENCY_ADDRESS,
                lambda client: _send(self._project_id, phone_number, client=client, body=body),
                None,
            ),
        )


class AsyncRegionsResource(AsyncResource):
    """``client.regions``."""

    async def list(
        self,
        *,
        types: Sequence[NumberType | str] | Unset = UNSET,
    ) -> ListAvailableRegionsResponse:
        """List regions offering numbers.

        ``GET /v1/projects/{projectId}/availableRegions`` (operationId ``NumberService_ListAvailableRegions``).
        """
        from sinch_numbers_api.api.available_regions.number_service_list_available_regions import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.number_type import NumberType

        _types = enum_list(NumberType, types)
        return cast(
            "ListAvailableRegionsResponse",
            await self._call(
                _OP_NUMBER_SERVICE_LIST_AVAILABLE_REGIONS,
                lambda client: _send(self._project_id, client=client, types=_types),
                None,
            ),
        )


class AsyncCallbackConfigurationResource(AsyncResource):
    """``client.callback_configuration``."""

    async def get(
        self,
    ) -> CallbackConfiguration:
        """Read the callback configuration.

        ``GET /v1/projects/{projectId}/callbackConfiguration`` (operationId ``GetCallbackConfiguration``).
        """
        from sinch_numbers_api.api.numbers_callbacks.get_callback_configuration import (
            asyncio_detailed as _send,
        )

        return cast(
            "CallbackConfiguration",
            await self._call(
                _OP_GET_CALLBACK_CONFIGURATION,
                lambda client: _send(self._project_id, client=client),
                None,
            ),
        )

    async def update(
        self,
        *,
        hmac_secret: str | Unset = UNSET,
    ) -> CallbackConfiguration:
        """Change the callback configuration.

        ``PATCH /v1/projects/{projectId}/callbackConfiguration`` (operationId ``UpdateCallbackConfiguration``).
        """
        from sinch_numbers_api.api.numbers_callbacks.update_callback_configuration import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.callback_configuration_update import (
            CallbackConfigurationUpdate,
        )

        require_changes("update", {"hmac_secret": hmac_secret})
        body = CallbackConfigurationUpdate(hmac_secret=hmac_secret)
        return cast(
            "CallbackConfiguration",
            await self._call(
                _OP_UPDATE_CALLBACK_CONFIGURATION,
                lambda client: _send(self._project_id, client=client, body=body),
                None,
            ),
        )


class AsyncNumberOrdersResource(AsyncResource):
    """``client.number_orders``."""

    async def lookup_requirements(
        self,
        *,
        region_code: str,
        number_type: NumberType | str,
    ) -> NumberRequirements:
        """Get the requirements for a number.

        ``POST /v1/projects/{projectId}/numberOrders:lookupNumberRequirements`` (operationId ``LookupNumberRequirements``).
        """
        from sinch_numbers_api.api.number_order.lookup_number_requirements import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.lookup_number_requirements_request import (
            LookupNumberRequirementsRequest,
        )
        from sinch_numbers_api.models.number_type import NumberType

        _number_type = enum_value(NumberType, number_type)
        body = LookupNumberRequirementsRequest(region_code=region_code, number_type=_number_type)
        return cast(
            "NumberRequirements",
            await self._call(
                _OP_LOOKUP_NUMBER_REQUIREMENTS,
                lambda client: _send(self._project_id, client=client, body=body),
                None,
            ),
        )

    async def create(
        self,
        *,
        region_code: str,
        number_type: NumberType | str,
        sms_configuration: SmsConfigurationBase | Mapping[str, Any] | Unset = UNSET,
        voice_configuration: OrderVoiceConfigurationEST
        | OrderVoiceConfigurationFAX
        | OrderVoiceConfigurationRTC
        | Mapping[str, Any]
        | Unset = UNSET,
        callback_url: str | Unset = UNSET,
        number_order_option: CreateNumberOrderOption | Mapping[str, Any] | Unset = UNSET,
        quantity_order_option: CreateQuantityOrderOption | Mapping[str, Any] | Unset = UNSET,
    ) -> NumberOrder:
        """Place a number order.

        ``POST /v1/projects/{projectId}/numberOrders:createNumberOrder`` (operationId ``CreateNumberOrder``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.number_order.create_number_order import asyncio_detailed as _send
        from sinch_numbers_api.models.create_number_order_option import CreateNumberOrderOption
        from sinch_numbers_api.models.create_number_order_request import CreateNumberOrderRequest
        from sinch_numbers_api.models.create_quantity_order_option import CreateQuantityOrderOption
        from sinch_numbers_api.models.number_type import NumberType
        from sinch_numbers_api.models.order_voice_configuration import (
            parse_order_voice_configuration,
        )
        from sinch_numbers_api.models.sms_configuration_base import SmsConfigurationBase

        require_exactly_one(
            "create",
            {
                "number_order_option": number_order_option,
                "quantity_order_option": quantity_order_option,
            },
        )
        _number_type = enum_value(NumberType, number_type)
        _sms_configuration = model_value(SmsConfigurationBase, sms_configuration)
        _voice_configuration = model_value(parse_order_voice_configuration, voice_configuration)
        _number_order_option = model_value(CreateNumberOrderOption, number_order_option)
        _quantity_order_option = model_value(CreateQuantityOrderOption, quantity_order_option)
        body = CreateNumberOrderRequest(
            region_code=region_code,
            number_type=_number_type,
            sms_configuration=_sms_configuration,
            voice_configuration=_voice_configuration,
            callback_url=callback_url,
            number_order_option=_number_order_option,
            quantity_order_option=_quantity_order_option,
        )
        return cast(
            "NumberOrder",
            await self._call(
                _OP_CREATE_NUMBER_ORDER,
                lambda client: _send(self._project_id, client=client, body=body),
                "the order may exist: look for it in your number orders (client.number_orders.get(order_id)) or wait for its callback before creating another",
            ),
        )

    async def get(
        self,
        number_order_id: str,
    ) -> NumberOrder:
        """Retrieve a number order.

        ``GET /v1/projects/{projectId}/numberOrders/{numberOrderId}`` (operationId ``GetNumberOrder``).
        """
        from sinch_numbers_api.api.number_order.get_number_order import asyncio_detailed as _send

        return cast(
            "NumberOrder",
            await self._call(
                _OP_GET_NUMBER_ORDER,
                lambda client: _send(self._project_id, number_order_id, client=client),
                None,
            ),
        )

    async def get_registration(
        self,
        number_order_id: str,
    ) -> Registration:
        """Retrieve a number order's registration.

        ``GET /v1/projects/{projectId}/numberOrders/{numberOrderId}/registration`` (operationId ``GetNumberOrderRegistration``).
        """
        from sinch_numbers_api.api.number_order.get_number_order_registration import (
            asyncio_detailed as _send,
        )

        return cast(
            "Registration",
            await self._call(
                _OP_GET_NUMBER_ORDER_REGISTRATION,
                lambda client: _send(self._project_id, number_order_id, client=client),
                None,
            ),
        )

    async def update_registration(
        self,
        number_order_id: str,
        *,
        request_details: UpdateNumberOrderRegistrationRequestRequestDetails
        | Mapping[str, Any]
        | Unset = UNSET,
    ) -> Registration:
        """Set a number order's registration.

        ``PUT /v1/projects/{projectId}/numberOrders/{numberOrderId}/registration`` (operationId ``UpdateNumberOrderRegistration``).
        """
        from sinch_numbers_api.api.number_order.update_number_order_registration import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.update_number_order_registration_request import (
            UpdateNumberOrderRegistrationRequest,
        )
        from sinch_numbers_api.models.update_number_order_registration_request_request_details import (
            UpdateNumberOrderRegistrationRequestRequestDetails,
        )

        _request_details = model_value(
            UpdateNumberOrderRegistrationRequestRequestDetails, request_details
        )
        body = UpdateNumberOrderRegistrationRequest(request_details=_request_details)
        return cast(
            "Registration",
            await self._call(
                _OP_UPDATE_NUMBER_ORDER_REGISTRATION,
                lambda client: _send(self._project_id, number_order_id, client=client, body=body),
                None,
            ),
        )

    async def upload_attachment(
        self,
        number_order_id: str,
        attachment_id: str,
        *,
        file: FileInput,
        document_type: str | Unset = UNSET,
    ) -> None:
        """Upload a file for a number order.

        ``POST /v1/projects/{projectId}/numberOrders/{numberOrderId}/attachments/{attachmentId}`` (operationId ``UploadNumberOrderAttachment``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.number_order.upload_number_order_attachment import (
            asyncio_detailed as _send,
        )
        from sinch_numbers_api.models.upload_number_order_attachment_body import (
            UploadNumberOrderAttachmentBody,
        )

        _file = file_value(file)
        body = UploadNumberOrderAttachmentBody(file=_file, document_type=document_type)
        await self._call(
            _OP_UPLOAD_NUMBER_ORDER_ATTACHMENT,
            lambda client: _send(
                self._project_id, number_order_id, attachment_id, client=client, body=body
            ),
            f"call client.number_orders.get_registration({number_order_id!r}) to see whether the file arrived",
        )
        return None

    async def submit(
        self,
        number_order_id: str,
    ) -> NumberOrder:
        """Submit a number order for review.

        ``POST /v1/projects/{projectId}/numberOrders/{numberOrderId}/submit`` (operationId ``SubmitNumberOrder``).
        Billable or state-changing: never resent automatically when its outcome is unknown.
        """
        from sinch_numbers_api.api.number_order.submit_number_order import asyncio_detailed as _send

        return cast(
            "NumberOrder",
            await self._call(
                _OP_SUBMIT_NUMBER_ORDER,
                lambda client: _send(self._project_id, number_order_id, client=client),
                f"call client.number_orders.get({number_order_id!r}) to see whether the order was submitted",
            ),
        )


RESOURCES: tuple[str, ...] = (
    "available_numbers",
    "active_numbers",
    "emergency_addresses",
    "regions",
    "callback_configuration",
    "number_orders",
)
