# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""``ScheduledVoiceProvisioning``: a ``oneOf`` chosen by ``type``."""

from collections.abc import Mapping
from typing import Any

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


def parse_scheduled_voice_provisioning(data: Mapping[str, Any]) -> ScheduledVoiceProvisioning:
    """Build the variant named by ``type``.

    A value this spec does not list parses as ``ScheduledVoiceProvisioningCommon``, keeping
    every field, so a new kind from Sinch never breaks parsing.
    """
    discriminator = data.get("type")
    if discriminator == "EST":
        return ScheduledVoiceProvisioningEST.from_dict(data)
    if discriminator == "FAX":
        return ScheduledVoiceProvisioningFAX.from_dict(data)
    if discriminator == "RTC":
        return ScheduledVoiceProvisioningRTC.from_dict(data)
    return ScheduledVoiceProvisioningCommon.from_dict(data)
