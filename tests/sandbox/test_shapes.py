"""The sandbox answers like Sinch's servers by default, and exactly per spec on request."""

from __future__ import annotations

import httpx
import pytest

from sinch_numbers.sandbox import Sandbox, SandboxConfig
from sinch_numbers.sandbox.shapes import is_legacy


def _rent_with_voice(sb: Sandbox) -> tuple[str, list[dict[str, object]]]:
    auth = (sb.key_id, sb.key_secret)
    base = f"{sb.base_url}/v1/projects/{sb.project_id}"
    with httpx.Client(base_url=base, auth=auth, trust_env=False, timeout=5) as http:
        found = http.get(
            "/availableNumbers",
            params={"regionCode": "US", "type": "LOCAL", "capabilities": ["SMS", "VOICE"]},
        ).json()["availableNumbers"]
        rented = []
        for number in found[:8]:
            body = {"voiceConfiguration": {"type": "RTC", "appId": "app-1"}}
            answer = http.post(f"/availableNumbers/{number['phoneNumber']}:rent", json=body)
            assert answer.status_code == 200, answer.text
            rented.append(answer.json())
        listed = http.get("/activeNumbers").json()["activeNumbers"]
    return listed[0]["phoneNumber"], rented + listed


def test_server_shapes_are_the_default() -> None:
    assert SandboxConfig().shapes == "server"
    with Sandbox(provisioning_delay=60) as sb:
        _first, bodies = _rent_with_voice(sb)
    for body in bodies:
        sms, voice = body["smsConfiguration"], body["voiceConfiguration"]
        assert isinstance(sms, dict) and isinstance(voice, dict)
        assert sms["scheduledProvisioning"] is None and sms["campaignId"] == ""
        assert "lastUpdatedTime" in voice and "scheduledVoiceProvisioning" in voice
        legacy = is_legacy(str(body["phoneNumber"]))
        assert ("type" in voice) is not legacy, body
    assert any(is_legacy(str(b["phoneNumber"])) for b in bodies), "no legacy number among them"


def test_spec_shapes_answer_to_the_letter() -> None:
    with Sandbox(provisioning_delay=60, shapes="spec") as sb:
        _first, bodies = _rent_with_voice(sb)
    for body in bodies:
        assert "smsConfiguration" not in body  # not asked for: absent, not null
        voice = body["voiceConfiguration"]
        assert isinstance(voice, dict) and voice["type"] == "RTC"
        assert None not in voice.values()


def test_unknown_shapes_are_refused() -> None:
    with pytest.raises(ValueError, match="shapes must be one of server, spec"):
        SandboxConfig(shapes="loose")  # type: ignore[arg-type]
