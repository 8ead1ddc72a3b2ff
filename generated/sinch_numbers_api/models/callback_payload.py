# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""``CallbackPayload``: a ``oneOf`` chosen by ``resourceType``."""

from collections.abc import Mapping
from typing import Any

from ..types import odd_discriminator
from .callback_payload_active_number import CallbackPayloadActiveNumber
from .callback_payload_common import CallbackPayloadCommon
from .callback_payload_number_order import CallbackPayloadNumberOrder

CallbackPayload = CallbackPayloadActiveNumber | CallbackPayloadNumberOrder | CallbackPayloadCommon


def parse_callback_payload(data: Mapping[str, Any], _path: str = "") -> CallbackPayload:
    """Build the variant named by ``resourceType``; never raises on server
    data.

    A missing ``resourceType`` reads as ``CallbackPayloadCommon``; a value
    this spec does not list as ``CallbackPayloadCommon``, keeping every field.
    Both are reported to ``sinch_numbers_api.conformance``.
    """
    discriminator = data.get("resourceType")
    if discriminator == "ACTIVE_NUMBER":
        return CallbackPayloadActiveNumber.from_dict(data, _path)
    if discriminator == "NUMBER_ORDER":
        return CallbackPayloadNumberOrder.from_dict(data, _path)
    if discriminator is None:
        odd_discriminator(_path, "resourceType", None, "CallbackPayloadCommon")
        return CallbackPayloadCommon.from_dict(data, _path)
    odd_discriminator(_path, "resourceType", discriminator, "CallbackPayloadCommon")
    return CallbackPayloadCommon.from_dict(data, _path)
