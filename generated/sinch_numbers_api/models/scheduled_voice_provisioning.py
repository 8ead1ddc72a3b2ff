# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""``ScheduledVoiceProvisioning``: a ``oneOf`` chosen by ``type``."""

from collections.abc import Mapping
from typing import Any

from ..types import odd_discriminator
from .scheduled_voice_provisioning_common import ScheduledVoiceProvisioningCommon
from .scheduled_voice_provisioning_est import ScheduledVoiceProvisioningEST
from .scheduled_voice_provisioning_fax import ScheduledVoiceProvisioningFAX
from .scheduled_voice_provisioning_rtc import ScheduledVoiceProvisioningRTC

ScheduledVoiceProvisioning = (
    ScheduledVoiceProvisioningEST
    | ScheduledVoiceProvisioningFAX
    | ScheduledVoiceProvisioningRTC
    | ScheduledVoiceProvisioningCommon
)


def parse_scheduled_voice_provisioning(
    data: Mapping[str, Any], _path: str = ""
) -> ScheduledVoiceProvisioning:
    """Build the variant named by ``type``; never raises on server
    data.

    A missing ``type`` reads as ``ScheduledVoiceProvisioningRTC``; a value
    this spec does not list as ``ScheduledVoiceProvisioningCommon``, keeping every field.
    Both are reported to ``sinch_numbers_api.conformance``.
    """
    discriminator = data.get("type")
    if discriminator == "EST":
        return ScheduledVoiceProvisioningEST.from_dict(data, _path)
    if discriminator == "FAX":
        return ScheduledVoiceProvisioningFAX.from_dict(data, _path)
    if discriminator == "RTC":
        return ScheduledVoiceProvisioningRTC.from_dict(data, _path)
    if discriminator is None:
        odd_discriminator(_path, "type", None, "ScheduledVoiceProvisioningRTC")
        return ScheduledVoiceProvisioningRTC.from_dict(data, _path)
    odd_discriminator(_path, "type", discriminator, "ScheduledVoiceProvisioningCommon")
    return ScheduledVoiceProvisioningCommon.from_dict(data, _path)
