# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""``VoiceConfiguration``: a ``oneOf`` chosen by ``type``."""

from collections.abc import Mapping
from typing import Any

from .voice_configuration_common import VoiceConfigurationCommon
from .voice_configuration_est import VoiceConfigurationEST
from .voice_configuration_fax import VoiceConfigurationFAX
from .voice_configuration_rtc import VoiceConfigurationRTC

VoiceConfiguration = (
    VoiceConfigurationRTC | VoiceConfigurationEST | VoiceConfigurationFAX | VoiceConfigurationCommon
)


def parse_voice_configuration(data: Mapping[str, Any]) -> VoiceConfiguration:
    """Build the variant named by ``type``.

    A value this spec does not list parses as ``VoiceConfigurationCommon``, keeping
    every field, so a new kind from Sinch never breaks parsing.
    """
    discriminator = data.get("type")
    if discriminator == "RTC":
        return VoiceConfigurationRTC.from_dict(data)
    if discriminator == "EST":
        return VoiceConfigurationEST.from_dict(data)
    if discriminator == "FAX":
        return VoiceConfigurationFAX.from_dict(data)
    return VoiceConfigurationCommon.from_dict(data)
