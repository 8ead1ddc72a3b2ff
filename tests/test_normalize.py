"""Unit tests for ``generator/normalize.py``: one before/after case per rule, plus the
properties the module promises (pure, deterministic, idempotent, valid OpenAPI out).

Each case is a small hand-made document; ``CASES`` must name every rule in ``RULES``, so a new
rule without a test fails ``test_every_rule_has_a_case``.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "generator"))

import normalize  # noqa: E402

SPEC_PATH = ROOT / "openapi" / "numbers.yaml"
NORMALIZED_PATH = ROOT / "generated" / "numbers.normalized.yaml"

Doc = dict[str, Any]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def doc(
    schemas: dict[str, Any] | None = None,
    *,
    paths: dict[str, Any] | None = None,
    parameters: dict[str, Any] | None = None,
) -> Doc:
    """A minimal valid OpenAPI 3.0.3 document around the given parts."""
    components: dict[str, Any] = {"schemas": schemas or {}}
    if parameters is not None:
        components["parameters"] = parameters
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": paths or {},
        "components": components,
    }


def ok(description: str = "ok") -> dict[str, Any]:
    return {"200": {"description": description}}


# --- one case per rule: (before, after) --------------------------------------------------------


def case_drop_path_parameter_defaults() -> tuple[Doc, Doc]:
    def build(with_defaults: bool) -> Doc:
        default = {"default": "YOUR_placeholder"} if with_defaults else {}
        return doc(
            parameters={
                "phoneNumber": {
                    "name": "phoneNumber",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "example": "+12025550134", **default},
                },
                "pageSize": {
                    "name": "pageSize",
                    "in": "query",
                    "schema": {"type": "integer", "default": 10},
                },
            },
            paths={
                "/a/{phoneNumber}/{itemId}/{kind}": {
                    "parameters": [
                        {"$ref": "#/components/parameters/phoneNumber"},
                        {"$ref": "#/components/parameters/pageSize"},
                        {
                            "name": "itemId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", **default},
                        },
                    ],
                    "get": {
                        "parameters": [
                            {
                                "name": "kind",
                                "in": "path",
                                "required": True,
                                "schema": {"type": "string", **default},
                            },
                            {
                                "name": "q",
                                "in": "query",
                                "schema": {"type": "string", "default": "x"},
                            },
                        ],
                        "responses": ok(),
                    },
                }
            },
        )

    return build(True), build(False)


def case_type_untyped_enums() -> tuple[Doc, Doc]:
    def build(typed: bool) -> Doc:
        string = {"type": "string"} if typed else {}
        return doc(
            {
                "Status": {"enum": ["WAITING", "FAILED"], "default": "WAITING", **string},
                "Numbers": {"enum": [1, 2]},
                "Mixed": {"enum": ["a", 1]},
                "Typed": {"type": "string", "enum": ["x"]},
                "Holder": {
                    "type": "object",
                    "properties": {"state": {"enum": ["ON", "OFF"], **string}},
                },
            },
            parameters={
                "mode": {"name": "mode", "in": "query", "schema": {"enum": ["A", "B"], **string}}
            },
        )

    return build(False), build(True)


def case_wrap_nullable_refs() -> tuple[Doc, Doc]:
    def build(wrapped: bool) -> Doc:
        nullable = (
            {"allOf": [ref("Target")], "nullable": True, "description": "may be null"}
            if wrapped
            else {
                "$ref": "#/components/schemas/Target",
                "nullable": True,
                "description": "may be null",
            }
        )
        return doc(
            {
                "Target": {"type": "object", "properties": {"id": {"type": "string"}}},
                "Parent": {
                    "type": "object",
                    "properties": {
                        "nullableTarget": nullable,
                        "plainTarget": ref("Target"),
                        "explicitlyNotNull": {
                            "$ref": "#/components/schemas/Target",
                            "nullable": False,
                        },
                    },
                },
            }
        )

    return build(False), build(True)


def case_flatten_exclusive_options() -> tuple[Doc, Doc]:
    base = {"type": "object", "properties": {"region": {"type": "string"}}, "required": ["region"]}
    option_a = {"type": "object", "properties": {"n": {"type": "integer"}}}
    refs_only = {"allOf": [ref("Base"), {"oneOf": [ref("OptionA"), ref("Base")]}]}
    before = doc(
        {
            "Base": base,
            "OptionA": option_a,
            "Request": {
                "allOf": [
                    ref("Base"),
                    {
                        "oneOf": [
                            {
                                "title": "By list",
                                "type": "object",
                                "properties": {"listOption": ref("OptionA")},
                                "required": ["listOption"],
                            },
                            {
                                "title": "By count",
                                "type": "object",
                                "properties": {
                                    "count": {"type": "integer"},
                                    "pattern": {"type": "string"},
                                },
                            },
                        ]
                    },
                ]
            },
            "RefsOnly": refs_only,
        }
    )
    after = doc(
        {
            "Base": base,
            "OptionA": option_a,
            "Request": {
                "allOf": [
                    ref("Base"),
                    {
                        "type": "object",
                        "properties": {
                            "listOption": ref("OptionA"),
                            "count": {"type": "integer"},
                            "pattern": {"type": "string"},
                        },
                    },
                ],
                # an alternative without ``required`` contributes all of its properties
                "x-exactly-one-of": [["listOption"], ["count", "pattern"]],
            },
            "RefsOnly": refs_only,  # alternatives that are references are left alone
        }
    )
    return before, after


def case_hoist_property_allof_required() -> tuple[Doc, Doc]:
    address = {
        "type": "object",
        "properties": {name: {"type": "string"} for name in ("street", "city", "note")},
    }
    optional_allof = {"allOf": [ref("Address")], "description": "no required list: unchanged"}
    before = doc(
        {
            "Address": address,
            "AddressRequest": {
                "type": "object",
                "required": ["address"],
                "properties": {
                    "address": {
                        "description": "Where.",
                        "required": ["street", "city"],
                        "allOf": [ref("Address")],
                    },
                    "billing": optional_allof,
                },
            },
        }
    )
    after = doc(
        {
            "Address": address,
            "AddressRequest": {
                "type": "object",
                "required": ["address"],
                "properties": {"address": ref("AddressRequestAddress"), "billing": optional_allof},
            },
            "AddressRequestAddress": {
                "description": "Where.",
                "type": "object",
                "allOf": [ref("Address"), {"type": "object", "required": ["street", "city"]}],
            },
        }
    )
    return before, after


def case_fold_allof_siblings() -> tuple[Doc, Doc]:
    common = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string"}},
    }
    only_properties = {"type": "object", "properties": {"a": {"type": "string"}}}
    only_allof = {"allOf": [ref("Common")]}
    own = {"event": {"type": "string", "enum": ["CREATED"]}, "id": {"type": "string"}}
    before = doc(
        {
            "Common": common,
            "Event": {"type": "object", "allOf": [ref("Common")], "properties": own},
            "OnlyProperties": only_properties,
            "OnlyAllOf": only_allof,
        }
    )
    after = doc(
        {
            "Common": common,
            "Event": {
                "type": "object",
                "allOf": [ref("Common"), {"type": "object", "properties": own}],
            },
            "OnlyProperties": only_properties,
            "OnlyAllOf": only_allof,
        }
    )
    return before, after


def case_annotate_discriminators() -> tuple[Doc, Doc]:
    def variant(**extra: Any) -> dict[str, Any]:
        return {"type": "object", "properties": {"type": {"type": "string"}}, **extra}

    def build(annotated: bool) -> Doc:
        def mark(prop: str, value: str) -> dict[str, Any]:
            return (
                {"x-discriminator-property": prop, "x-discriminator-value": value}
                if annotated
                else {}
            )

        return doc(
            {
                "Rtc": variant(**mark("type", "RTC")),
                "Est": variant(**mark("type", "EST")),
                "Voice": {
                    "oneOf": [ref("Rtc"), ref("Est")],
                    "discriminator": {
                        "propertyName": "type",
                        "mapping": {
                            "RTC": "#/components/schemas/Rtc",
                            "EST": "#/components/schemas/Est",
                        },
                    },
                },
                # no mapping: the implicit values are the component names
                "Cat": variant(**mark("pet", "Cat")),
                "Dog": variant(**mark("pet", "Dog")),
                "Pet": {
                    "oneOf": [ref("Cat"), ref("Dog")],
                    "discriminator": {"propertyName": "pet"},
                },
                # an inline union (a property) is annotated too
                "Owner": {
                    "type": "object",
                    "properties": {
                        "animal": {
                            "oneOf": [ref("Cat"), ref("Dog")],
                            "discriminator": {"propertyName": "pet"},
                        }
                    },
                },
                "NotDiscriminated": {"oneOf": [ref("Rtc"), {"type": "string"}]},
            }
        )

    return build(False), build(True)


def case_annotate_discriminator_fallbacks() -> tuple[Doc, Doc]:
    def build(annotated: bool) -> Doc:
        def variant(base: str, **marks: Any) -> dict[str, Any]:
            own = {"type": "object", "properties": {"x": {"type": "string"}}}
            return {"type": "object", "allOf": [ref(base), own], **(marks if annotated else {})}

        def mapped(*names: str) -> dict[str, str]:
            return {name.upper(): f"#/components/schemas/{name}" for name in names}

        return doc(
            {
                "Common": {"type": "object", "properties": {"type": {"type": "string"}}},
                # mapped to "RTC" under "type": the default for a missing discriminator
                "Rtc": variant(
                    "Common",
                    **{"x-discriminator-generic": "Common", "x-discriminator-default": True},
                ),
                "Est": variant("Common", **{"x-discriminator-generic": "Common"}),
                "Voice": {
                    "oneOf": [ref("Rtc"), ref("Est")],
                    "discriminator": {"propertyName": "type", "mapping": mapped("Rtc", "Est")},
                },
                # variants with different bases: no generic, and "kind" has no default
                "Other": {"type": "object", "properties": {"kind": {"type": "string"}}},
                "A": variant("Common"),
                "B": variant("Other"),
                "Mixed": {
                    "oneOf": [ref("A"), ref("B")],
                    "discriminator": {"propertyName": "kind", "mapping": mapped("A", "B")},
                },
            }
        )

    return build(False), build(True)


def case_mark_request_only_schemas() -> tuple[Doc, Doc]:
    def build(marked: bool) -> Doc:
        mark = {"x-sinch-request-only": True} if marked else {}
        inline_request = {"type": "object", "properties": {"n": {"type": "integer"}}, **mark}
        return doc(
            {
                "Shared": {"type": "object", "properties": {"a": {"type": "string"}}},
                "Answer": {"type": "object", "properties": {"shared": ref("Shared")}},
                "Event": {"type": "object", "properties": {"id": {"type": "string"}}},
                "Ask": {
                    "type": "object",
                    "properties": {"shared": ref("Shared"), "inline": inline_request},
                    **mark,
                },
                "Status": {"type": "string", "enum": ["A"]},  # not an object: never marked
            },
            paths={
                "/x": {
                    "post": {
                        "operationId": "x",
                        "requestBody": {"content": {"application/json": {"schema": ref("Ask")}}},
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"schema": ref("Answer")}},
                            }
                        },
                    }
                }
            },
        ) | {
            "x-webhooks": {
                "e": {
                    "post": {
                        "requestBody": {"content": {"application/json": {"schema": ref("Event")}}}
                    }
                }
            }
        }

    return build(False), build(True)


def case_titles_to_extensions() -> tuple[Doc, Doc]:
    def build(moved: bool) -> Doc:
        key = "x-title" if moved else "title"
        return doc(
            {
                "NumberPattern": {
                    key: "Search Pattern",
                    "type": "object",
                    "properties": {
                        # a *property* called "title" is data, not a schema title: kept
                        "title": {"type": "string", key: "Name of the file"},
                        "items": {"type": "array", "items": {"type": "string", key: "Item"}},
                        "both": {"allOf": [{key: "Inner", "type": "object"}]},
                    },
                },
                "NumberPatternSearchPattern": {key: "Search Pattern", "type": "string"},
            },
            parameters={"p": {"name": "p", "in": "query", "schema": {"type": "string", key: "P"}}},
        )

    return build(False), build(True)


def case_strip_code_samples() -> tuple[Doc, Doc]:
    def build(with_samples: bool) -> Doc:
        samples = (
            {"x-codeSamples": [{"lang": "Java", "source": "client.numbers().list();"}]}
            if with_samples
            else {}
        )
        return doc(
            {"Item": {"type": "object", "properties": {"id": {"type": "string"}}}},
            paths={
                "/items": {
                    "get": {
                        "operationId": "ListItems",
                        **samples,
                        "responses": ok(),
                        **(
                            {"x-code-samples": [{"lang": "Go", "source": "x"}]}
                            if with_samples
                            else {}
                        ),
                    }
                }
            },
        )

    return build(True), build(False)


CASES: dict[str, Callable[[], tuple[Doc, Doc]]] = {
    "strip_code_samples": case_strip_code_samples,
    "drop_path_parameter_defaults": case_drop_path_parameter_defaults,
    "type_untyped_enums": case_type_untyped_enums,
    "wrap_nullable_refs": case_wrap_nullable_refs,
    "flatten_exclusive_options": case_flatten_exclusive_options,
    "hoist_property_allof_required": case_hoist_property_allof_required,
    "fold_allof_siblings": case_fold_allof_siblings,
    "annotate_discriminators": case_annotate_discriminators,
    "annotate_discriminator_fallbacks": case_annotate_discriminator_fallbacks,
    "mark_request_only_schemas": case_mark_request_only_schemas,
    "titles_to_extensions": case_titles_to_extensions,
}
RULES = {rule.__name__: rule for rule in normalize.RULES}


def test_every_rule_has_a_case() -> None:
    assert list(CASES) == list(RULES), "add a case (and keep the order of normalize.RULES)"


@pytest.mark.parametrize("name", list(CASES))
def test_rule_before_after(name: str) -> None:
    before, expected = CASES[name]()
    assert before != expected, "a case must show the rule doing something"
    result = copy.deepcopy(before)
    assert RULES[name](result) is None  # rules edit in place
    assert result == expected


@pytest.mark.parametrize("name", list(CASES))
def test_rule_is_idempotent(name: str) -> None:
    before, _ = CASES[name]()
    once = copy.deepcopy(before)
    RULES[name](once)
    twice = copy.deepcopy(once)
    RULES[name](twice)
    assert twice == once


@pytest.mark.parametrize("name", list(CASES))
def test_rule_output_is_valid_openapi(name: str) -> None:
    before, after = CASES[name]()
    validate(before)
    validate(after)


def test_hoist_refuses_to_overwrite_a_component() -> None:
    before, _ = case_hoist_property_allof_required()
    before["components"]["schemas"]["AddressRequestAddress"] = {"type": "string"}
    with pytest.raises(ValueError, match="AddressRequestAddress exists"):
        normalize.hoist_property_allof_required(before)


def test_conflicting_discriminator_values_are_rejected() -> None:
    before, _ = case_annotate_discriminators()
    schemas = before["components"]["schemas"]
    schemas["Other"] = {
        "oneOf": [ref("Rtc")],
        "discriminator": {
            "propertyName": "type",
            "mapping": {"WEBRTC": "#/components/schemas/Rtc"},
        },
    }
    with pytest.raises(ValueError, match="Rtc is mapped to two discriminator values"):
        normalize.annotate_discriminators(before)


# --- normalize() as a whole ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> Doc:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def normalized(spec: Doc) -> Doc:
    return normalize.normalize(spec)


def test_normalize_does_not_mutate_its_input(spec: Doc) -> None:
    pristine = copy.deepcopy(spec)
    result = normalize.normalize(spec)
    assert spec == pristine
    assert result != spec


def test_normalize_does_not_share_objects_with_its_input() -> None:
    before, _ = case_flatten_exclusive_options()
    result = normalize.normalize(before)
    result["components"]["schemas"]["Base"]["properties"]["region"]["type"] = "integer"
    assert before["components"]["schemas"]["Base"]["properties"]["region"]["type"] == "string"


def test_normalize_is_deterministic(spec: Doc, normalized: Doc) -> None:
    again = normalize.normalize(copy.deepcopy(spec))
    assert again == normalized
    assert normalize.dump(again) == normalize.dump(normalized)


def test_normalize_is_idempotent(normalized: Doc) -> None:
    assert normalize.normalize(normalized) == normalized


@pytest.mark.parametrize("name", list(RULES))
def test_each_rule_is_idempotent_on_the_real_spec(spec: Doc, name: str) -> None:
    once = copy.deepcopy(spec)
    # bring the document to the state the rule sees inside normalize()
    for rule in normalize.RULES:
        rule(once)
        if rule.__name__ == name:
            break
    twice = copy.deepcopy(once)
    RULES[name](twice)
    assert twice == once


def test_real_spec_normalizes_to_valid_openapi(normalized: Doc) -> None:
    validate(normalized)


def test_real_spec_effects(spec: Doc, normalized: Doc) -> None:
    """Spot checks that each rule hit what it was written for in Sinch's file."""
    schemas = normalized["components"]["schemas"]
    parameters = normalized["components"]["parameters"]
    assert "default" in spec["components"]["parameters"]["phoneNumber"]["schema"]
    assert "default" not in parameters["phoneNumber"]["schema"]
    assert schemas["UploadStatus"]["type"] == schemas["ProvisioningStatus"]["type"] == "string"
    assert schemas["CreateNumberOrderRequest"]["x-exactly-one-of"] == [
        ["numberOrderOption"],
        ["quantityOrderOption"],
    ]
    assert schemas["EmergencyAddressRequest"]["properties"]["address"] == ref(
        "EmergencyAddressRequestAddress"
    )
    assert schemas["EmergencyAddressRequestAddress"]["allOf"][1]["required"] == [
        "streetNumber",
        "streetInfo",
        "city",
        "state",
        "postalCode",
    ]
    for name in ("CallbackPayloadActiveNumber", "CallbackPayloadNumberOrder"):
        assert "properties" not in schemas[name]
        assert schemas[name]["allOf"][0] == ref("CallbackPayloadCommon")
    for name, value in (
        ("VoiceConfigurationEST", "EST"),
        ("OrderVoiceConfigurationFAX", "FAX"),
        ("ScheduledVoiceProvisioningRTC", "RTC"),
        ("CallbackPayloadNumberOrder", "NUMBER_ORDER"),
    ):
        assert schemas[name]["x-discriminator-value"] == value
    assert not [s for s in normalize.iter_schemas(normalized) if "title" in s]
    assert schemas["NumberPatternSearchPattern"]["x-title"] == "Search Pattern"
    assert "title" in schemas["RequiredAttachment"]["properties"]  # a field, not a title
    operations = sum(1 for _ in normalize.iter_operations(spec))
    assert sum(1 for _ in normalize.iter_operations(normalized)) == operations > 0


#: keywords that constrain or name data; the portable view must keep every one of them
CONSTRAINT_KEYS = frozenset(
    {
        "type", "format", "enum", "required", "nullable", "oneOf", "anyOf", "allOf", "not",
        "items", "properties", "additionalProperties", "discriminator", "title", "pattern",
        "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minItems", "maxItems", "uniqueItems", "readOnly", "writeOnly", "multipleOf",
    }
)  # fmt: skip


def _constraints(node: Any, at: str = "") -> dict[str, Any]:
    """JSON pointer -> value of every constraint keyword in the document."""
    found: dict[str, Any] = {}
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{at}/{str(key).replace('~', '~0').replace('/', '~1')}"
            scalar = not isinstance(value, dict | list)
            if key in CONSTRAINT_KEYS and (scalar or key in ("enum", "required")):
                found[here] = value
            found.update(_constraints(value, here))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            found.update(_constraints(item, f"{at}/{index}"))
    return found


def test_portable_view_keeps_every_upstream_constraint(spec: Doc) -> None:
    """Other generators' base: every constraint (exactly-one-of as a real ``oneOf``, titles,
    required lists, enums, lengths, ...) is where upstream has it, with the same value."""
    view = normalize.portable(spec)
    upstream, kept = _constraints(spec), _constraints(view)
    lost = {k: v for k, v in upstream.items() if kept.get(k, object()) != v}
    assert lost == {}
    # What portable adds is what it documents: a type for untyped string enums, nothing else.
    added = {k for k in kept if k not in upstream}
    assert added and all(k.endswith("/type") for k in added)
    order = view["components"]["schemas"]["CreateNumberOrderRequest"]
    assert [sorted(alt["required"]) for alt in order["allOf"][1]["oneOf"]] == [
        ["numberOrderOption"],
        ["quantityOrderOption"],
    ]
    assert "x-exactly-one-of" not in order and "x-title" not in json_text(view)
    validate(view)


def test_python_view_is_the_portable_view_plus_python_rules(spec: Doc, normalized: Doc) -> None:
    view = normalize.portable(spec)
    for rule in normalize.PYTHON_RULES:
        rule(view)
    assert view == normalized == normalize.python_view(spec)
    assert set(normalize.RULES) == set(normalize.PORTABLE_RULES) | set(normalize.PYTHON_RULES)


def test_code_samples_are_not_generated_or_packaged() -> None:
    """A spec with x-codeSamples (as Sinch's real file has) normalizes and packages without them."""
    import regenerate

    before, after = case_strip_code_samples()
    raw = yaml.safe_dump(before).encode("utf-8")
    assert b"x-codeSamples" in raw and b"x-code-samples" in raw
    for view in (normalize.portable(before), normalize.python_view(before)):
        assert "x-code" not in json_text(view)
    packaged = regenerate.packaged_spec(raw)
    assert b"x-code" not in packaged
    assert yaml.safe_load(packaged) == after
    clean = yaml.safe_dump(after).encode("utf-8")
    assert regenerate.packaged_spec(clean) == clean  # no samples: the upstream bytes as they are


def json_text(node: Any) -> str:
    import json

    return json.dumps(node)


def test_committed_normalized_spec_is_current(spec: Doc) -> None:
    text = NORMALIZED_PATH.read_text(encoding="utf-8")
    body = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))
    assert body == normalize.dump(normalize.portable(spec))


def test_dump_has_no_anchors_and_keeps_key_order() -> None:
    shared = {"type": "string"}
    text = normalize.dump({"b": shared, "a": shared})
    assert "&" not in text and "*" not in text
    assert text.index("b:") < text.index("a:")


def test_command_line(tmp_path: Path) -> None:
    source, target = tmp_path / "in.yaml", tmp_path / "out.yaml"
    before, after = case_titles_to_extensions()
    source.write_text(yaml.safe_dump(before), encoding="utf-8")
    assert normalize.main([str(source), str(target)]) == 0
    assert yaml.safe_load(target.read_text(encoding="utf-8")) == normalize.normalize(before)
    assert normalize.main(["--view", "portable", str(source), str(target)]) == 0
    assert yaml.safe_load(target.read_text(encoding="utf-8")) == normalize.portable(before)
    assert normalize.main([str(source)]) == 2
    assert normalize.main(["--view", "java", str(source), str(target)]) == 2
