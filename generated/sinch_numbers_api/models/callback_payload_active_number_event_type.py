# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from enum import StrEnum


class CallbackPayloadActiveNumberEventType(StrEnum):
    """Open enum: a value Sinch adds later parses as a pseudo-member instead of raising.

    Unknown values keep their exact string (``.value``), compare equal to it, serialize back
    unchanged, and report ``is_known == False``.
    """

    DEPROVISIONING_FROM_CAMPAIGN = "DEPROVISIONING_FROM_CAMPAIGN"
    DEPROVISIONING_FROM_SMS_PLATFORM = "DEPROVISIONING_FROM_SMS_PLATFORM"
    DEPROVISIONING_FROM_VOICE_PLATFORM = "DEPROVISIONING_FROM_VOICE_PLATFORM"
    PROVISIONING_TO_CAMPAIGN = "PROVISIONING_TO_CAMPAIGN"
    PROVISIONING_TO_SMS_PLATFORM = "PROVISIONING_TO_SMS_PLATFORM"
    PROVISIONING_TO_VOICE_PLATFORM = "PROVISIONING_TO_VOICE_PLATFORM"

    @classmethod
    def _missing_(cls, value: object) -> "CallbackPayloadActiveNumberEventType | None":
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
