# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""``CallbackPayload``: a ``oneOf`` chosen by ``resourceType``."""

from collections.abc import Mapping
from typing import Any

from .callback_payload_active_number import CallbackPayloadActiveNumber
from .callback_payload_common import CallbackPayloadCommon
from .callback_payload_number_order import CallbackPayloadNumberOrder

CallbackPayload = CallbackPayloadActiveNumber | CallbackPayloadNumberOrder | CallbackPayloadCommon


def parse_callback_payload(data: Mapping[str, Any]) -> CallbackPayload:
    """Build the variant named by ``resourceType``.

    A value this spec does not list parses as ``CallbackPayloadCommon``, keeping
    every field, so a new kind from Sinch never breaks parsing.
    """
    discriminator = data.get("resourceType")
    if discriminator == "ACTIVE_NUMBER":
        return CallbackPayloadActiveNumber.from_dict(data)
    if discriminator == "NUMBER_ORDER":
        return CallbackPayloadNumberOrder.from_dict(data)
    return CallbackPayloadCommon.from_dict(data)
