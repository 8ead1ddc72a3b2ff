# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""``OrderVoiceConfiguration``: a ``oneOf`` chosen by ``type``."""

from collections.abc import Mapping
from typing import Any

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


def parse_order_voice_configuration(data: Mapping[str, Any]) -> OrderVoiceConfiguration:
    """Build the variant named by ``type``.

    A value this spec does not list parses as ``OrderVoiceConfigurationBase``, keeping
    every field, so a new kind from Sinch never breaks parsing.
    """
    discriminator = data.get("type")
    if discriminator == "RTC":
        return OrderVoiceConfigurationRTC.from_dict(data)
    if discriminator == "EST":
        return OrderVoiceConfigurationEST.from_dict(data)
    if discriminator == "FAX":
        return OrderVoiceConfigurationFAX.from_dict(data)
    return OrderVoiceConfigurationBase.from_dict(data)
