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
