# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from enum import StrEnum


class CallbackPayloadActiveNumberFailureCode(StrEnum):
    """Open enum: a value Sinch adds later parses as a pseudo-member instead of raising.

    Unknown values keep their exact string (``.value``), compare equal to it, serialize back
    unchanged, and report ``is_known == False``.
    """

    CAMPAIGN_EXPIRED = "CAMPAIGN_EXPIRED"
    CAMPAIGN_MNO_REJECTED = "CAMPAIGN_MNO_REJECTED"
    CAMPAIGN_MNO_REVIEW = "CAMPAIGN_MNO_REVIEW"
    CAMPAIGN_MNO_SUSPENDED = "CAMPAIGN_MNO_SUSPENDED"
    CAMPAIGN_NOT_AVAILABLE = "CAMPAIGN_NOT_AVAILABLE"
    CAMPAIGN_PENDING_ACCEPTANCE = "CAMPAIGN_PENDING_ACCEPTANCE"
    CAMPAIGN_PROVISIONING_FAILED = "CAMPAIGN_PROVISIONING_FAILED"
    EXCEEDED_10DLC_LIMIT = "EXCEEDED_10DLC_LIMIT"
    INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE"
    INVALID_NNID = "INVALID_NNID"
    MNO_SHARING_ERROR = "MNO_SHARING_ERROR"
    MOCK_CAMPAIGN_NOT_ALLOWED = "MOCK_CAMPAIGN_NOT_ALLOWED"
    NUMBER_PROVISIONING_FAILED = "NUMBER_PROVISIONING_FAILED"
    PARTNER_SERVICE_UNAVAILABLE = "PARTNER_SERVICE_UNAVAILABLE"
    TFN_NOT_ALLOWED = "TFN_NOT_ALLOWED"

    @classmethod
    def _missing_(cls, value: object) -> "CallbackPayloadActiveNumberFailureCode | None":
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
