# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
from enum import IntEnum


class InvalidArgumentErrorCode(IntEnum):
    """Open enum: a value Sinch adds later parses as a pseudo-member instead of raising."""

    VALUE_400 = 400

    @classmethod
    def _missing_(cls, value: object) -> "InvalidArgumentErrorCode | None":
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value this version of the spec does not list."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)
