"""The requirements view and its local checks, on the spec's AU examples; no server."""

from __future__ import annotations

import copy
import logging
from typing import Any

import pytest

from sinch_numbers.orders import Requirements, Violation

from .data import AU_REQUIREMENTS, LOA_ID, au_data, spec_au_registration, spec_au_requirements


def au(raw: dict[str, Any] | None = None, **kwargs: Any) -> Requirements:
    return Requirements.from_api(
        AU_REQUIREMENTS if raw is None else raw, region_code="AU", number_type="MOBILE", **kwargs
    )


def fields_of(violations: list[Violation]) -> list[str]:
    return [v.field for v in violations]


# -- the spec's own example ----------------------------------------------------------------


def test_spec_example_parses_and_leaves_empty_templates_to_the_server(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="sinch_numbers.orders"):
        req = au(spec_au_requirements())

    assert [g.index for g in req.groups] == [0, 1]
    assert all(g.schema is None for g in req.groups)
    assert req.fields == ()
    assert req.attachments == ()  # the example nests an empty list under "fields"
    assert req.needs_registration and not req.is_empty
    assert len(req.warnings) == 2 and "empty template" in req.warnings[0]
    assert "rule 0 (requestDetails.data[0]) has an empty template" in caplog.text
    # Nothing understood, so nothing refused: the spec's registration example goes through.
    assert req.validate(spec_au_registration()["requestDetails"]) == []


def test_spec_registration_example_meets_filled_in_au_templates() -> None:
    req = au()
    assert req.warnings == ()
    assert [g.title for g in req.groups] == ["Use case", "End business", "Contact"]
    assert req.groups[0].is_list and not req.groups[1].is_list
    assert req.validate(spec_au_registration()["requestDetails"]) == []


# -- the typed view ------------------------------------------------------------------------


def test_fields_view_lists_name_type_required_limits_and_allowed_values() -> None:
    by_path = {f.path: f for f in au().fields}

    sender = by_path["requestDetails.data[0][*].senderId"]
    assert (sender.name, sender.type, sender.required, sender.max_length) == (
        "senderId",
        "string",
        True,
        16,
    )
    assert sender.title == "Sender ID" and sender.group == 0

    state = by_path["requestDetails.data[1].state"]
    assert state.allowed_values == ("NSW", "VIC", "QLD")
    assert by_path["requestDetails.data[1].country"].allowed_values == ("AU",)
    assert by_path["requestDetails.data[1].postalCode"].pattern == "^[0-9]{4}$"
    assert by_path["requestDetails.data[1].endBusinessAddress2"].required is False
    assert by_path["requestDetails.data[2].age"].minimum == 18.0
    confirm = by_path["requestDetails.data[0][*].iConfirmThatMyBusinessHasAValidUseCaseForThisLn"]
    assert confirm.allowed_values == (True,) and confirm.type == "boolean"


def test_attachments_view() -> None:
    loa, id_doc = au().attachments
    assert loa.id == LOA_ID and loa.mandatory and loa.title == "Letter of authorisation"
    assert loa.allowed_mime_types == ("application/pdf", "application/rtf", "image/*")
    assert loa.templates[0].name == "template.rtf"
    assert loa.max_size == 10 * 1024 * 1024
    assert not id_doc.mandatory and id_doc.allowed_document_types == (
        "Passport",
        "Driver's License",
    )
    assert au().mandatory_attachments == (loa,)
    assert au(max_attachment_bytes=123).attachments[0].max_size == 123


def test_no_requirements_means_nothing_to_fill() -> None:
    req = Requirements.from_api(None, region_code="US", number_type="LOCAL")
    assert req.is_empty and not req.needs_registration
    assert req.validate({"anything": 1}) == []
    empty = Requirements.from_api(
        {"fields": {}, "attachments": []}, region_code="US", number_type="LOCAL"
    )
    assert empty.is_empty and empty.warnings == ()


# -- registration checks -------------------------------------------------------------------


def test_missing_fields_are_named_by_path() -> None:
    data = au_data()
    del data[1]["city"]
    del data[0][0]["senderId"]
    found = au().validate({"data": data})
    assert found == [
        Violation("requestDetails.data[0][0].senderId", "required field is missing"),
        Violation("requestDetails.data[1].city", "required field is missing"),
    ]


def test_every_error_is_reported_with_a_readable_message() -> None:
    data = au_data()
    data[1]["endBusinessName"] = "x" * 101
    data[1]["state"] = "XX"
    data[1]["country"] = "NZ"
    data[1]["postalCode"] = "30000"
    data[0][0]["iConfirmThatMyBusinessHasAValidUseCaseForThisLn"] = "yes"
    data[2]["age"] = 12
    data[2]["firstName"] = ""
    messages = {str(v) for v in au().validate({"data": data})}
    assert messages == {
        "requestDetails.data[1].endBusinessName: must be at most 100 characters (got 101)",
        "requestDetails.data[1].state: 'XX' is not allowed; one of: NSW, VIC, QLD",
        "requestDetails.data[1].country: must be AU",
        "requestDetails.data[1].postalCode: '30000' does not match the expected format "
        "^[0-9]{4}$",
        "requestDetails.data[0][0].iConfirmThatMyBusinessHasAValidUseCaseForThisLn: "
        "must be of type boolean, not string",
        "requestDetails.data[0][0].iConfirmThatMyBusinessHasAValidUseCaseForThisLn: must be true",
        "requestDetails.data[2].age: must be >= 18 (got 12)",
        "requestDetails.data[2].firstName: must not be empty",
    }


@pytest.mark.parametrize(
    ("details", "expected"),
    [
        ("not a dict", [Violation("requestDetails", "must be an object like {'data': [...]}")]),
        ({}, [Violation("requestDetails.data", "required field is missing")]),
        ({"data": {"a": 1}}, [Violation("requestDetails.data", "must be a list of 3 groups")]),
    ],
)
def test_request_details_shape(details: Any, expected: list[Violation]) -> None:
    assert au().validate(details) == expected


def test_one_group_per_rule() -> None:
    found = au().validate({"data": au_data()[:2]})
    assert found == [
        Violation("requestDetails.data", "must hold 3 groups, one per requirement rule (got 2)")
    ]
    assert fields_of(au().validate({"data": [*au_data(), {}]})) == ["requestDetails.data"]


def test_empty_list_group() -> None:
    data = au_data()
    data[0] = []
    assert au().validate({"data": data}) == [
        Violation("requestDetails.data[0]", "needs at least 1 entry")
    ]


# -- shapes not understood: skipped with a warning, never guessed --------------------------


def test_unknown_policy_schema_is_skipped(caplog: pytest.LogCaptureFixture) -> None:
    raw = copy.deepcopy(AU_REQUIREMENTS)
    raw["fields"]["schema"] = "/schema/policySchema-v2.json"
    with caplog.at_level(logging.WARNING, logger="sinch_numbers.orders"):
        req = au(raw)
    assert not req.fields_understood and req.groups == ()
    assert req.needs_registration  # something is asked for, even if we cannot read it
    assert "unknown policy schema '/schema/policySchema-v2.json'" in caplog.text
    assert req.validate({"data": "whatever"}) == []
    assert len(req.attachments) == 2  # files are still understood


def test_fields_without_rules_are_skipped() -> None:
    req = au({"fields": {"businessName": {"type": "string"}}})
    assert not req.fields_understood
    assert req.warnings == ("'fields' has no 'rules' list (keys: businessName)",)


def test_a_rule_that_is_not_a_schema_skips_only_that_group() -> None:
    raw = copy.deepcopy(AU_REQUIREMENTS)
    raw["fields"]["rules"][2]["template"] = {"type": 12}
    raw["fields"]["rules"][0] = {"notATemplate": True}
    req = au(raw)
    assert [g.schema is None for g in req.groups] == [True, False, True]
    assert len(req.warnings) == 2 and "not a valid JSON Schema" in req.warnings[1]
    data = au_data()
    del data[1]["city"]
    data[2] = "anything"
    # The understood group is still checked; the group count is not (rules are unclear).
    assert req.validate({"data": data}) == [
        Violation("requestDetails.data[1].city", "required field is missing")
    ]
    assert fields_of(req.validate({"data": data[:1]})) == ["requestDetails.data[1]"]


def test_unresolvable_ref_is_skipped(caplog: pytest.LogCaptureFixture) -> None:
    raw = copy.deepcopy(AU_REQUIREMENTS)
    raw["fields"]["rules"][2]["template"] = {"$ref": "https://example.invalid/contact.json"}
    req = au(raw)
    with caplog.at_level(logging.WARNING, logger="sinch_numbers.orders"):
        found = req.validate({"data": au_data()})
    assert found == []
    assert "cannot be resolved" in caplog.text


def test_one_of_reports_the_closest_branch() -> None:
    raw = copy.deepcopy(AU_REQUIREMENTS)
    raw["fields"]["rules"][2]["template"] = {
        "oneOf": [
            {"type": "object", "required": ["email"], "properties": {"email": _str()}},
            {
                "type": "object",
                "required": ["firstName", "phone"],
                "properties": {"firstName": _str(), "phone": _str()},
            },
        ]
    }
    data = au_data()
    data[2] = {"firstName": "A", "phone": 5}
    assert [str(v) for v in au(raw).validate({"data": data})] == [
        "requestDetails.data[2].phone: must be of type string, not number"
    ]


def _str() -> dict[str, Any]:
    return {"type": "string"}


# -- attachment checks ---------------------------------------------------------------------


def test_attachment_accepted() -> None:
    req = au()
    assert (
        req.check_attachment(LOA_ID, mime_type="application/pdf", size=10, document_type=None) == []
    )
    assert req.check_attachment(LOA_ID, mime_type="image/png", size=10, document_type=None) == []
    assert (
        req.check_attachment(
            LOA_ID, mime_type="Application/PDF; charset=binary", size=10, document_type=None
        )
        == []
    )
    assert req.check_attachment("id-doc", mime_type=None, size=10, document_type="Passport") == []


def test_attachment_unknown_id() -> None:
    found = au().check_attachment("nope", mime_type="application/pdf", size=1, document_type=None)
    assert found == [
        Violation(
            "attachment_id",
            f"nope is not requested for this order (requested: {LOA_ID}, id-doc)",
        )
    ]


def test_attachment_wrong_type_too_large_and_document_type() -> None:
    req = au(max_attachment_bytes=100)
    assert [
        str(v)
        for v in req.check_attachment(LOA_ID, mime_type="text/plain", size=101, document_type=None)
    ] == [
        "file: MIME type text/plain is not accepted "
        "(accepted: application/pdf, application/rtf, image/*)",
        "file: 101 bytes is larger than the limit of 100 bytes",
    ]
    assert [
        str(v) for v in req.check_attachment("id-doc", mime_type=None, size=1, document_type=None)
    ] == ["documentType: is required; one of: Passport, Driver's License"]
    assert [
        str(v) for v in req.check_attachment("id-doc", mime_type=None, size=1, document_type="Visa")
    ] == ["documentType: 'Visa' is not accepted; one of: Passport, Driver's License"]
    unknown_type = req.check_attachment(LOA_ID, mime_type=None, size=1, document_type=None)
    assert unknown_type[0].message.startswith(
        "its MIME type is unknown, so it would be sent as application/octet-stream"
    )
    anything = au()  # the optional identity document accepts any type, even unknown ones
    assert (
        anything.check_attachment("id-doc", mime_type=None, size=1, document_type="Passport") == []
    )
