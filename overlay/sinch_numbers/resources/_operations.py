# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.
# Do not edit: change generator/ and run scripts/regenerate.
"""Which facade method serves each operation of the spec (for tooling and tests).

``scripts/update-spec`` reads these tables with ``ast``, without importing the package.
"""

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
"""operationId -> (resource attribute, method name)."""

ARGUMENTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "NumberService_RentNumber": (
        ("phoneNumber", "phone_number", "path"),
        ("smsConfiguration", "sms_configuration", "body"),
        ("voiceConfiguration", "voice_configuration", "body"),
        ("callbackUrl", "callback_url", "body"),
    ),
    "NumberService_RentAnyNumber": (
        ("regionCode", "region_code", "body"),
        ("type", "type", "body"),
        ("numberPattern", "number_pattern", "body"),
        ("capabilities", "capabilities", "body"),
        ("smsConfiguration", "sms_configuration", "body"),
        ("voiceConfiguration", "voice_configuration", "body"),
        ("callbackUrl", "callback_url", "body"),
    ),
    "NumberService_ListActiveNumbers": (
        ("regionCode", "region_code", "query"),
        ("numberPattern.pattern", "pattern", "query"),
        ("numberPattern.searchPattern", "search_pattern", "query"),
        ("type", "type", "query"),
        ("capability", "capabilities", "query"),
        ("pageSize", "page_size", "query"),
        ("pageToken", "page_token", "query"),
        ("orderBy", "order_by", "query"),
    ),
    "NumberService_GetActiveNumber": (("phoneNumber", "phone_number", "path"),),
    "NumberService_UpdateActiveNumber": (
        ("phoneNumber", "phone_number", "path"),
        ("displayName", "display_name", "body"),
        ("smsConfiguration", "sms_configuration", "body"),
        ("voiceConfiguration", "voice_configuration", "body"),
        ("callbackUrl", "callback_url", "body"),
    ),
    "NumberService_ReleaseNumber": (("phoneNumber", "phone_number", "path"),),
    "NumberService_ListAvailableNumbers": (
        ("numberPattern.pattern", "pattern", "query"),
        ("numberPattern.searchPattern", "search_pattern", "query"),
        ("regionCode", "region_code", "query"),
        ("type", "type", "query"),
        ("capabilities", "capabilities", "query"),
        ("size", "size", "query"),
    ),
    "NumberService_GetAvailableNumber": (("phoneNumber", "phone_number", "path"),),
    "LookupNumberRequirements": (
        ("regionCode", "region_code", "body"),
        ("numberType", "number_type", "body"),
    ),
    "CreateNumberOrder": (
        ("regionCode", "region_code", "body"),
        ("numberType", "number_type", "body"),
        ("smsConfiguration", "sms_configuration", "body"),
        ("voiceConfiguration", "voice_configuration", "body"),
        ("callbackUrl", "callback_url", "body"),
        ("numberOrderOption", "number_order_option", "body"),
        ("quantityOrderOption", "quantity_order_option", "body"),
    ),
    "GetNumberOrder": (("numberOrderId", "number_order_id", "path"),),
    "GetNumberOrderRegistration": (("numberOrderId", "number_order_id", "path"),),
    "UpdateNumberOrderRegistration": (
        ("numberOrderId", "number_order_id", "path"),
        ("requestDetails", "request_details", "body"),
    ),
    "UploadNumberOrderAttachment": (
        ("numberOrderId", "number_order_id", "path"),
        ("attachmentId", "attachment_id", "path"),
        ("file", "file", "body"),
        ("documentType", "document_type", "body"),
    ),
    "SubmitNumberOrder": (("numberOrderId", "number_order_id", "path"),),
    "NumberService_ListAvailableRegions": (("types", "types", "query"),),
    "GetCallbackConfiguration": (),
    "UpdateCallbackConfiguration": (("hmacSecret", "hmac_secret", "body"),),
    "NumberService_GetEmergencyAddress": (("phoneNumber", "phone_number", "path"),),
    "NumberService_ProvisionEmergencyAddress": (
        ("phoneNumber", "phone_number", "path"),
        ("displayName", "display_name", "body"),
        ("address", "address", "body"),
    ),
    "NumberService_DeprovisionEmergencyAddress": (("phoneNumber", "phone_number", "path"),),
    "NumberService_ValidateEmergencyAddress": (
        ("phoneNumber", "phone_number", "path"),
        ("displayName", "display_name", "body"),
        ("address", "address", "body"),
    ),
}
"""operationId -> its arguments: (name as the API spells it, facade argument, path|query|body).
Path arguments are positional, in this order; the others are keywords (``sinch-numbers mcp``)."""

NEEDS_FRIENDLY_NAME: tuple[str, ...] = ()
"""Operations named automatically because generator/facade.yaml has no entry yet."""

RESOURCES: tuple[str, ...] = (
    "available_numbers",
    "active_numbers",
    "emergency_addresses",
    "regions",
    "callback_configuration",
    "number_orders",
)
"""The clients' resource attributes, one module each under ``sinch_numbers.resources``."""
