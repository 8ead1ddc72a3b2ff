# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""``VoiceConfiguration``: a ``oneOf`` chosen by ``type``."""

from collections.abc import Mapping
from typing import Any

from ..types import odd_discriminator
from .voice_configuration_common import VoiceConfigurationCommon
from .voice_configuration_est import VoiceConfigurationEST
from .voice_configuration_fax import VoiceConfigurationFAX
from .voice_configuration_rtc import VoiceConfigurationRTC

VoiceConfiguration = (
    VoiceConfigurationRTC | VoiceConfigurationEST | VoiceConfigurationFAX | VoiceConfigurationCommon
)


def parse_voice_configuration(data: Mapping[str, Any], _path: str = "") -> VoiceConfiguration:
    """Build the variant named by ``type``; never raises on server
    data.

    A missing ``type`` reads as ``VoiceConfigurationRTC``; a value
    this spec does not list as ``VoiceConfigurationCommon``, keeping every field.
    Both are reported to ``sinch_numbers_api.conformance``.
    """
    discriminator = data.get("type")
    if discriminator == "RTC":
        return VoiceConfigurationRTC.from_dict(data, _path)
    if discriminator == "EST":
        return VoiceConfigurationEST.from_dict(data, _path)
    if discriminator == "FAX":
        return VoiceConfigurationFAX.from_dict(data, _path)
    if discriminator is None:
        odd_discriminator(_path, "type", None, "VoiceConfigurationRTC")
        return VoiceConfigurationRTC.from_dict(data, _path)
    odd_discriminator(_path, "type", discriminator, "VoiceConfigurationCommon")
    return VoiceConfigurationCommon.from_dict(data, _path)
