# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""Contains all the data models used in inputs/outputs

Each name loads its module on first use (``from sinch_numbers_api.models import Money`` or
``models.Money``): importing one endpoint, or one model, does not import all the others.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_number_request import ActiveNumberRequest
    from .active_number_response import ActiveNumberResponse
    from .address_validation_result_code import AddressValidationResultCode
    from .attachment import Attachment
    from .attachment_template import AttachmentTemplate
    from .available_number import AvailableNumber
    from .available_region import AvailableRegion
    from .bad_request import BadRequest
    from .bad_request_type import BadRequestType
    from .callback_configuration import CallbackConfiguration
    from .callback_configuration_update import CallbackConfigurationUpdate
    from .callback_payload import CallbackPayload, parse_callback_payload
    from .callback_payload_active_number import CallbackPayloadActiveNumber
    from .callback_payload_active_number_event_type import CallbackPayloadActiveNumberEventType
    from .callback_payload_active_number_failure_code import CallbackPayloadActiveNumberFailureCode
    from .callback_payload_active_number_status import CallbackPayloadActiveNumberStatus
    from .callback_payload_common import CallbackPayloadCommon
    from .callback_payload_number_order import CallbackPayloadNumberOrder
    from .callback_payload_number_order_event_type import CallbackPayloadNumberOrderEventType
    from .callback_payload_number_order_status import CallbackPayloadNumberOrderStatus
    from .create_number_order_option import CreateNumberOrderOption
    from .create_number_order_request import CreateNumberOrderRequest
    from .create_number_order_request_base import CreateNumberOrderRequestBase
    from .create_quantity_order_option import CreateQuantityOrderOption
    from .emergency_address import EmergencyAddress
    from .emergency_address_request import EmergencyAddressRequest
    from .emergency_address_request_address import EmergencyAddressRequestAddress
    from .field_violation import FieldViolation
    from .internal_error import InternalError
    from .internal_error_error import InternalErrorError
    from .internal_error_error_code import InternalErrorErrorCode
    from .internal_error_error_details_item import InternalErrorErrorDetailsItem
    from .internal_error_error_status import InternalErrorErrorStatus
    from .invalid_argument import InvalidArgument
    from .invalid_argument_error import InvalidArgumentError
    from .invalid_argument_error_code import InvalidArgumentErrorCode
    from .invalid_argument_error_status import InvalidArgumentErrorStatus
    from .list_active_numbers_response import ListActiveNumbersResponse
    from .list_available_numbers_response import ListAvailableNumbersResponse
    from .list_available_regions_response import ListAvailableRegionsResponse
    from .lookup_number_requirements_request import LookupNumberRequirementsRequest
    from .money import Money
    from .not_found import NotFound
    from .not_found_error import NotFoundError
    from .not_found_error_code import NotFoundErrorCode
    from .not_found_error_details import NotFoundErrorDetails
    from .not_found_error_status import NotFoundErrorStatus
    from .number_capability import NumberCapability
    from .number_order import NumberOrder
    from .number_order_state import NumberOrderState
    from .number_pattern import NumberPattern
    from .number_pattern_search_pattern import NumberPatternSearchPattern
    from .number_price import NumberPrice
    from .number_requirements import NumberRequirements
    from .number_requirements_fields import NumberRequirementsFields
    from .number_service_list_active_numbers_order_by import NumberServiceListActiveNumbersOrderBy
    from .number_type import NumberType
    from .order_number import OrderNumber
    from .order_voice_configuration import OrderVoiceConfiguration, parse_order_voice_configuration
    from .order_voice_configuration_base import OrderVoiceConfigurationBase
    from .order_voice_configuration_est import OrderVoiceConfigurationEST
    from .order_voice_configuration_fax import OrderVoiceConfigurationFAX
    from .order_voice_configuration_rtc import OrderVoiceConfigurationRTC
    from .provisioning_status import ProvisioningStatus
    from .registration import Registration
    from .registration_log import RegistrationLog
    from .registration_request_details import RegistrationRequestDetails
    from .rent_any_number_request import RentAnyNumberRequest
    from .rent_number_request import RentNumberRequest
    from .request_entity_too_large import RequestEntityTooLarge
    from .request_entity_too_large_error import RequestEntityTooLargeError
    from .request_entity_too_large_error_code import RequestEntityTooLargeErrorCode
    from .request_entity_too_large_error_details import RequestEntityTooLargeErrorDetails
    from .request_entity_too_large_error_status import RequestEntityTooLargeErrorStatus
    from .required_attachment import RequiredAttachment
    from .resource_type import ResourceType
    from .scheduled_provisioning import ScheduledProvisioning
    from .scheduled_voice_provisioning import (
        ScheduledVoiceProvisioning,
        parse_scheduled_voice_provisioning,
    )
    from .scheduled_voice_provisioning_common import ScheduledVoiceProvisioningCommon
    from .scheduled_voice_provisioning_est import ScheduledVoiceProvisioningEST
    from .scheduled_voice_provisioning_fax import ScheduledVoiceProvisioningFAX
    from .scheduled_voice_provisioning_rtc import ScheduledVoiceProvisioningRTC
    from .sms_configuration import SmsConfiguration
    from .sms_configuration_base import SmsConfigurationBase
    from .sms_error_code import SmsErrorCode
    from .update_number_order_registration_request import UpdateNumberOrderRegistrationRequest
    from .update_number_order_registration_request_request_details import (
        UpdateNumberOrderRegistrationRequestRequestDetails,
    )
    from .upload_number_order_attachment_body import UploadNumberOrderAttachmentBody
    from .upload_status import UploadStatus
    from .validate_address_response import ValidateAddressResponse
    from .voice_app_id import VoiceAppId
    from .voice_application_type import VoiceApplicationType
    from .voice_configuration import VoiceConfiguration, parse_voice_configuration
    from .voice_configuration_common import VoiceConfigurationCommon
    from .voice_configuration_est import VoiceConfigurationEST
    from .voice_configuration_fax import VoiceConfigurationFAX
    from .voice_configuration_rtc import VoiceConfigurationRTC
    from .voice_service_id import VoiceServiceId
    from .voice_trunk_id import VoiceTrunkId

_MODULES: dict[str, str] = {
    "ActiveNumberRequest": ".active_number_request",
    "ActiveNumberResponse": ".active_number_response",
    "AddressValidationResultCode": ".address_validation_result_code",
    "Attachment": ".attachment",
    "AttachmentTemplate": ".attachment_template",
    "AvailableNumber": ".available_number",
    "AvailableRegion": ".available_region",
    "BadRequest": ".bad_request",
    "BadRequestType": ".bad_request_type",
    "CallbackConfiguration": ".callback_configuration",
    "CallbackConfigurationUpdate": ".callback_configuration_update",
    "CallbackPayload": ".callback_payload",
    "CallbackPayloadActiveNumber": ".callback_payload_active_number",
    "CallbackPayloadActiveNumberEventType": ".callback_payload_active_number_event_type",
    "CallbackPayloadActiveNumberFailureCode": ".callback_payload_active_number_failure_code",
    "CallbackPayloadActiveNumberStatus": ".callback_payload_active_number_status",
    "CallbackPayloadCommon": ".callback_payload_common",
    "CallbackPayloadNumberOrder": ".callback_payload_number_order",
    "CallbackPayloadNumberOrderEventType": ".callback_payload_number_order_event_type",
    "CallbackPayloadNumberOrderStatus": ".callback_payload_number_order_status",
    "CreateNumberOrderOption": ".create_number_order_option",
    "CreateNumberOrderRequest": ".create_number_order_request",
    "CreateNumberOrderRequestBase": ".create_number_order_request_base",
    "CreateQuantityOrderOption": ".create_quantity_order_option",
    "EmergencyAddress": ".emergency_address",
    "EmergencyAddressRequest": ".emergency_address_request",
    "EmergencyAddressRequestAddress": ".emergency_address_request_address",
    "FieldViolation": ".field_violation",
    "InternalError": ".internal_error",
    "InternalErrorError": ".internal_error_error",
    "InternalErrorErrorCode": ".internal_error_error_code",
    "InternalErrorErrorDetailsItem": ".internal_error_error_details_item",
    "InternalErrorErrorStatus": ".internal_error_error_status",
    "InvalidArgument": ".invalid_argument",
    "InvalidArgumentError": ".invalid_argument_error",
    "InvalidArgumentErrorCode": ".invalid_argument_error_code",
    "InvalidArgumentErrorStatus": ".invalid_argument_error_status",
    "ListActiveNumbersResponse": ".list_active_numbers_response",
    "ListAvailableNumbersResponse": ".list_available_numbers_response",
    "ListAvailableRegionsResponse": ".list_available_regions_response",
    "LookupNumberRequirementsRequest": ".lookup_number_requirements_request",
    "Money": ".money",
    "NotFound": ".not_found",
    "NotFoundError": ".not_found_error",
    "NotFoundErrorCode": ".not_found_error_code",
    "NotFoundErrorDetails": ".not_found_error_details",
    "NotFoundErrorStatus": ".not_found_error_status",
    "NumberCapability": ".number_capability",
    "NumberOrder": ".number_order",
    "NumberOrderState": ".number_order_state",
    "NumberPattern": ".number_pattern",
    "NumberPatternSearchPattern": ".number_pattern_search_pattern",
    "NumberPrice": ".number_price",
    "NumberRequirements": ".number_requirements",
    "NumberRequirementsFields": ".number_requirements_fields",
    "NumberServiceListActiveNumbersOrderBy": ".number_service_list_active_numbers_order_by",
    "NumberType": ".number_type",
    "OrderNumber": ".order_number",
    "OrderVoiceConfiguration": ".order_voice_configuration",
    "OrderVoiceConfigurationBase": ".order_voice_configuration_base",
    "OrderVoiceConfigurationEST": ".order_voice_configuration_est",
    "OrderVoiceConfigurationFAX": ".order_voice_configuration_fax",
    "OrderVoiceConfigurationRTC": ".order_voice_configuration_rtc",
    "parse_callback_payload": ".callback_payload",
    "parse_order_voice_configuration": ".order_voice_configuration",
    "parse_scheduled_voice_provisioning": ".scheduled_voice_provisioning",
    "parse_voice_configuration": ".voice_configuration",
    "ProvisioningStatus": ".provisioning_status",
    "Registration": ".registration",
    "RegistrationLog": ".registration_log",
    "RegistrationRequestDetails": ".registration_request_details",
    "RentAnyNumberRequest": ".rent_any_number_request",
    "RentNumberRequest": ".rent_number_request",
    "RequestEntityTooLarge": ".request_entity_too_large",
    "RequestEntityTooLargeError": ".request_entity_too_large_error",
    "RequestEntityTooLargeErrorCode": ".request_entity_too_large_error_code",
    "RequestEntityTooLargeErrorDetails": ".request_entity_too_large_error_details",
    "RequestEntityTooLargeErrorStatus": ".request_entity_too_large_error_status",
    "RequiredAttachment": ".required_attachment",
    "ResourceType": ".resource_type",
    "ScheduledProvisioning": ".scheduled_provisioning",
    "ScheduledVoiceProvisioning": ".scheduled_voice_provisioning",
    "ScheduledVoiceProvisioningCommon": ".scheduled_voice_provisioning_common",
    "ScheduledVoiceProvisioningEST": ".scheduled_voice_provisioning_est",
    "ScheduledVoiceProvisioningFAX": ".scheduled_voice_provisioning_fax",
    "ScheduledVoiceProvisioningRTC": ".scheduled_voice_provisioning_rtc",
    "SmsConfiguration": ".sms_configuration",
    "SmsConfigurationBase": ".sms_configuration_base",
    "SmsErrorCode": ".sms_error_code",
    "UpdateNumberOrderRegistrationRequest": ".update_number_order_registration_request",
    "UpdateNumberOrderRegistrationRequestRequestDetails": ".update_number_order_registration_request_request_details",
    "UploadNumberOrderAttachmentBody": ".upload_number_order_attachment_body",
    "UploadStatus": ".upload_status",
    "ValidateAddressResponse": ".validate_address_response",
    "VoiceAppId": ".voice_app_id",
    "VoiceApplicationType": ".voice_application_type",
    "VoiceConfiguration": ".voice_configuration",
    "VoiceConfigurationCommon": ".voice_configuration_common",
    "VoiceConfigurationEST": ".voice_configuration_est",
    "VoiceConfigurationFAX": ".voice_configuration_fax",
    "VoiceConfigurationRTC": ".voice_configuration_rtc",
    "VoiceServiceId": ".voice_service_id",
    "VoiceTrunkId": ".voice_trunk_id",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_MODULES})


__all__ = (
    "VoiceConfiguration",
    "parse_voice_configuration",
    "OrderVoiceConfiguration",
    "parse_order_voice_configuration",
    "ScheduledVoiceProvisioning",
    "parse_scheduled_voice_provisioning",
    "CallbackPayload",
    "parse_callback_payload",
    "ActiveNumberRequest",
    "ActiveNumberResponse",
    "AddressValidationResultCode",
    "Attachment",
    "AttachmentTemplate",
    "AvailableNumber",
    "AvailableRegion",
    "BadRequest",
    "BadRequestType",
    "CallbackConfiguration",
    "CallbackConfigurationUpdate",
    "CallbackPayloadActiveNumber",
    "CallbackPayloadActiveNumberEventType",
    "CallbackPayloadActiveNumberFailureCode",
    "CallbackPayloadActiveNumberStatus",
    "CallbackPayloadCommon",
    "CallbackPayloadNumberOrder",
    "CallbackPayloadNumberOrderEventType",
    "CallbackPayloadNumberOrderStatus",
    "CreateNumberOrderOption",
    "CreateNumberOrderRequest",
    "CreateNumberOrderRequestBase",
    "CreateQuantityOrderOption",
    "EmergencyAddress",
    "EmergencyAddressRequest",
    "EmergencyAddressRequestAddress",
    "FieldViolation",
    "InternalError",
    "InternalErrorError",
    "InternalErrorErrorCode",
    "InternalErrorErrorDetailsItem",
    "InternalErrorErrorStatus",
    "InvalidArgument",
    "InvalidArgumentError",
    "InvalidArgumentErrorCode",
    "InvalidArgumentErrorStatus",
    "ListActiveNumbersResponse",
    "ListAvailableNumbersResponse",
    "ListAvailableRegionsResponse",
    "LookupNumberRequirementsRequest",
    "Money",
    "NotFound",
    "NotFoundError",
    "NotFoundErrorCode",
    "NotFoundErrorDetails",
    "NotFoundErrorStatus",
    "NumberCapability",
    "NumberOrder",
    "NumberOrderState",
    "NumberPattern",
    "NumberPatternSearchPattern",
    "NumberPrice",
    "NumberRequirements",
    "NumberRequirementsFields",
    "NumberServiceListActiveNumbersOrderBy",
    "NumberType",
    "OrderNumber",
    "OrderVoiceConfigurationBase",
    "OrderVoiceConfigurationEST",
    "OrderVoiceConfigurationFAX",
    "OrderVoiceConfigurationRTC",
    "ProvisioningStatus",
    "Registration",
    "RegistrationLog",
    "RegistrationRequestDetails",
    "RentAnyNumberRequest",
    "RentNumberRequest",
    "RequestEntityTooLarge",
    "RequestEntityTooLargeError",
    "RequestEntityTooLargeErrorCode",
    "RequestEntityTooLargeErrorDetails",
    "RequestEntityTooLargeErrorStatus",
    "RequiredAttachment",
    "ResourceType",
    "ScheduledProvisioning",
    "ScheduledVoiceProvisioningCommon",
    "ScheduledVoiceProvisioningEST",
    "ScheduledVoiceProvisioningFAX",
    "ScheduledVoiceProvisioningRTC",
    "SmsConfiguration",
    "SmsConfigurationBase",
    "SmsErrorCode",
    "UpdateNumberOrderRegistrationRequest",
    "UpdateNumberOrderRegistrationRequestRequestDetails",
    "UploadNumberOrderAttachmentBody",
    "UploadStatus",
    "ValidateAddressResponse",
    "VoiceAppId",
    "VoiceApplicationType",
    "VoiceConfigurationCommon",
    "VoiceConfigurationEST",
    "VoiceConfigurationFAX",
    "VoiceConfigurationRTC",
    "VoiceServiceId",
    "VoiceTrunkId",
)
