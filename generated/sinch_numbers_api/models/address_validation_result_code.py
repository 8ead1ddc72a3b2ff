# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from enum import StrEnum


class AddressValidationResultCode(StrEnum):
    """Open enum: a value Sinch adds later parses as a pseudo-member instead of raising.

    Unknown values keep their exact string (``.value``), compare equal to it, serialize back
    unchanged, and report ``is_known == False``.
    """

    ADDRESS_VALIDATION_RESULT_CODE_UNSPECIFIED = "ADDRESS_VALIDATION_RESULT_CODE_UNSPECIFIED"
    EXACT_MATCH = "EXACT_MATCH"
    NEAR_MATCH = "NEAR_MATCH"
    NO_MATCH = "NO_MATCH"

    @classmethod
    def _missing_(cls, value: object) -> "AddressValidationResultCode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this version of the spec does not list."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)
