# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""``OrderVoiceConfiguration``: a ``oneOf`` chosen by ``type``."""

from collections.abc import Mapping
from typing import Any

from ..types import odd_discriminator
from .order_voice_configuration_base import OrderVoiceConfigurationBase
from .order_voice_configuration_est import OrderVoiceConfigurationEST
from .order_voice_configuration_fax import OrderVoiceConfigurationFAX
from .order_voice_configuration_rtc import OrderVoiceConfigurationRTC

OrderVoiceConfiguration = (
    OrderVoiceConfigurationRTC
    | OrderVoiceConfigurationEST
    | OrderVoiceConfigurationFAX
    | OrderVoiceConfigurationBase
)


def parse_order_voice_configuration(
    data: Mapping[str, Any], _path: str = ""
) -> OrderVoiceConfiguration:
    """Build the variant named by ``type``; never raises on server
    data.

    A missing ``type`` reads as ``OrderVoiceConfigurationRTC``; a value
    this spec does not list as ``OrderVoiceConfigurationBase``, keeping every field.
    Both are reported to ``sinch_numbers_api.conformance``.
    """
    discriminator = data.get("type")
    if discriminator == "RTC":
        return OrderVoiceConfigurationRTC.from_dict(data, _path)
    if discriminator == "EST":
        return OrderVoiceConfigurationEST.from_dict(data, _path)
    if discriminator == "FAX":
        return OrderVoiceConfigurationFAX.from_dict(data, _path)
    if discriminator is None:
        odd_discriminator(_path, "type", None, "OrderVoiceConfigurationRTC")
        return OrderVoiceConfigurationRTC.from_dict(data, _path)
    odd_discriminator(_path, "type", discriminator, "OrderVoiceConfigurationBase")
    return OrderVoiceConfigurationBase.from_dict(data, _path)
