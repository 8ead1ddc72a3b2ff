"""How the sandbox shapes its answers: like Sinch's servers (the default) or to the letter.

Sinch's servers do not keep exactly to ``numbers.yaml``: an active number always carries
``smsConfiguration`` and ``voiceConfiguration``, with explicit ``null`` for the scheduled jobs
and times that are not set and ``""`` for an unlinked campaign, and older numbers' RTC voice
configurations come without ``type`` (Sinch documented them before voice types existed). In
``"server"`` mode the sandbox answers the same way, so every client talking to it exercises
the tolerant path; ``"spec"`` mode answers exactly as the spec describes (for spec fuzzers and
conformance checks). The stored state is the same in both modes.
"""

from __future__ import annotations

import zlib
from typing import Any, Literal

Shapes = Literal["server", "spec"]
SHAPES: tuple[Shapes, ...] = ("server", "spec")


def active_number(data: dict[str, Any], shapes: Shapes) -> dict[str, Any]:
    """The API representation of an active number in the given mode."""
    if shapes == "spec":
        return data
    shaped = dict(data)
    capabilities = data.get("capability") or []
    if "SMS" in capabilities or "smsConfiguration" in data:
        sms = dict(data.get("smsConfiguration") or {"servicePlanId": ""})
        sms.setdefault("scheduledProvisioning", None)
        sms.setdefault("campaignId", "")
        shaped["smsConfiguration"] = sms
    if "VOICE" in capabilities or "voiceConfiguration" in data:
        voice = dict(data.get("voiceConfiguration") or {"type": "RTC", "appId": ""})
        voice.setdefault("scheduledVoiceProvisioning", None)
        voice.setdefault("lastUpdatedTime", None)
        if voice.get("type") == "RTC" and is_legacy(str(data.get("phoneNumber", ""))):
            del voice["type"]
        shaped["voiceConfiguration"] = voice
    return shaped


def is_legacy(phone_number: str) -> bool:
    """About one number in four is an "older" number whose RTC configuration has no ``type``
    (stable: it depends only on the number)."""
    return zlib.crc32(phone_number.encode()) % 4 == 0
