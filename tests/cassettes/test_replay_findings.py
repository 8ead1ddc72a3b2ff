"""What the replay finds beyond a round trip that matches: members the client no longer models,
values that do not fit their annotations, and which call of a cassette a finding is about.

The detection runs on real generated models of the pinned spec (in-process); the rehearsal
(tests/update_spec/test_rehearsal.py) sees the same findings for a real spec update.
"""

from __future__ import annotations

from typing import Any

from sinch_numbers_api import models

from . import lowlevel
from .wire import CURRENT_SPEC, load_spec

SPEC = load_spec(CURRENT_SPEC)
ACTIVE = {"$ref": "#/components/schemas/ActiveNumberResponse"}


def test_typed_paths_follow_refs_arrays_and_all_of() -> None:
    listing = {"$ref": "#/components/schemas/ListActiveNumbersResponse"}
    value = {"activeNumbers": [{"displayName": "x", "futureField": 1}], "totalSize": 1}
    found = lowlevel.typed_paths(SPEC, listing, value)
    assert {"$.activeNumbers", "$.activeNumbers[0].displayName", "$.totalSize"} <= found
    assert "$.activeNumbers[0].futureField" not in found


def test_a_member_that_only_survives_in_additional_properties_is_flagged() -> None:
    recorded = {"phoneNumber": "+12025550134", "displayName": "Front desk"}
    parsed = models.ActiveNumberResponse.from_dict({"phoneNumber": "+12025550134"})
    parsed.additional_properties["displayName"] = "Front desk"  # as a client without the field
    (finding,) = lowlevel.check_conformance(parsed, recorded, SPEC, ACTIVE, "response")
    assert (finding.kind, finding.change) == ("response", "unmodelled-field")
    assert finding.detail.startswith("$.displayName: typed in the spec")


def test_an_unknown_member_the_recording_spec_does_not_type_is_not_flagged() -> None:
    recorded = {"phoneNumber": "+12025550134", "brandNewField": 1}
    parsed = models.ActiveNumberResponse.from_dict(recorded)
    assert parsed.additional_properties == {"brandNewField": 1}
    assert lowlevel.check_conformance(parsed, recorded, SPEC, ACTIVE, "response") == []


def test_a_value_that_does_not_fit_its_annotation_is_a_type_change() -> None:
    recorded: dict[str, Any] = {"activeNumbers": [], "totalSize": "seven"}
    parsed = models.ListActiveNumbersResponse.from_dict(recorded)  # kept raw, attribute unset
    (finding,) = lowlevel.check_conformance(parsed, recorded, SPEC, None, "response")
    assert finding.change == "type-changed"
    assert finding.detail == (
        "$.totalSize: the client types it as int | None | Unset, the recorded response has 'seven'"
    )


def test_a_conforming_value_has_no_findings() -> None:
    recorded = {"activeNumbers": [{"phoneNumber": "+12025550134", "capability": ["SMS"]}]}
    parsed = models.ListActiveNumbersResponse.from_dict(recorded)
    assert lowlevel.conformance(parsed, recorded) == (set(), [])
