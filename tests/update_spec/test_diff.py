"""Unit tests of the change classifier (specpipe.diff) on small hand-made specs."""

from __future__ import annotations

import copy
import random
import re
from collections.abc import Callable
from typing import Any

import pytest

from .helpers import ROOT, current_doc

from specpipe.rehearsal import MUTATIONS  # isort: skip

from specpipe.diff import (  # isort: skip
    KINDS,
    SEVERITIES,
    Change,
    Naming,
    diff_documents,
    has_breaking,
    summarize,
)

Spec = dict[str, Any]


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def base() -> Spec:
    """Items API: a response-only enum (Status), a request-only enum (Kind), both directions."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Items", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "security": [{"Basic": []}],
        "paths": {
            "/v1/items": {
                "get": {
                    "operationId": "ListItems",
                    "tags": ["Items"],
                    "parameters": [
                        {"name": "pageSize", "in": "query", "schema": {"type": "integer"}},
                        {
                            "name": "region",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "orderBy",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["name", "date"]},
                        },
                    ],
                    "responses": {
                        "200": {"description": "ok", "content": json_body(ref("ItemList"))}
                    },
                },
                "post": {
                    "operationId": "CreateItem",
                    "tags": ["Items"],
                    "requestBody": {"required": True, "content": json_body(ref("ItemRequest"))},
                    "responses": {"200": {"description": "ok", "content": json_body(ref("Item"))}},
                },
            },
            "/v1/items/{itemId}": {
                "parameters": [
                    {"name": "itemId", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "get": {
                    "operationId": "GetItem",
                    "tags": ["Items"],
                    "responses": {
                        "200": {"description": "ok", "content": json_body(ref("Item"))},
                        "404": {"description": "not found"},
                    },
                },
            },
            "/v1/items/{itemId}:archive": {
                "post": {
                    "operationId": "ArchiveItem",
                    "tags": ["Items"],
                    "parameters": [
                        {
                            "name": "itemId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {"200": {"description": "ok", "content": json_body(ref("Item"))}},
                }
            },
            "/v1/tags": {
                "put": {
                    "operationId": "PutTag",
                    "tags": ["Tags"],
                    "requestBody": {"content": json_body(ref("Tag"))},
                    "responses": {"200": {"description": "ok", "content": json_body(ref("Tag"))}},
                }
            },
        },
        "components": {
            "securitySchemes": {"Basic": {"type": "http", "scheme": "basic"}},
            "schemas": {
                "Item": {
                    "type": "object",
                    "title": "An item",
                    "description": "A thing.",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": ref("Status"),
                        "price": {"type": "number"},
                        "created": {"type": "string", "format": "date-time"},
                        "note": {"type": "string", "description": "Free text."},
                        "labels": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "ItemList": {
                    "type": "object",
                    "properties": {"items": {"type": "array", "items": ref("Item")}},
                },
                "ItemRequest": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "kind": ref("Kind"),
                        "comment": {"type": "string"},
                    },
                },
                "Tag": {
                    "type": "object",
                    "properties": {"label": {"type": "string"}, "color": {"type": "string"}},
                },
                "Status": {"type": "string", "enum": ["ACTIVE", "INACTIVE"]},
                "Kind": {"type": "string", "enum": ["A", "B"]},
                "Unused": {
                    "type": "object",
                    "properties": {"a": {"type": "string"}, "b": {"type": "integer"}},
                },
            },
        },
    }


def rename_schema(spec: Spec, old: str, new: str) -> None:
    schemas = spec["components"]["schemas"]
    schemas[new] = schemas.pop(old)
    target, replacement = f"#/components/schemas/{old}", f"#/components/schemas/{new}"

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("$ref") == target:
                node["$ref"] = replacement
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(spec)


def changed(mutate: Callable[[Spec], None], old: Spec | None = None) -> list[Change]:
    old = old or base()
    new = copy.deepcopy(old)
    mutate(new)
    return diff_documents(old, new)


def schemas(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def items_get(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"]["/v1/items"]["get"]
    return result


# Each case: (id, mutation, expected (severity, kind) pairs, a substring of the location).
CASES: list[tuple[str, Callable[[Spec], None], set[tuple[str, str]], str]] = [
    (
        "operation-added",
        lambda s: s["paths"].__setitem__(
            "/v1/stats",
            {"get": {"operationId": "GetStats", "responses": {"200": {"description": "ok"}}}},
        ),
        {("non-breaking", "operation-added")},
        "GET /v1/stats",
    ),
    (
        "operation-removed",
        lambda s: s["paths"]["/v1/items/{itemId}"].pop("get"),
        {("breaking", "operation-removed")},
        "GET /v1/items/{itemId}",
    ),
    (
        "operation-id-renamed",
        lambda s: items_get(s).__setitem__("operationId", "SearchItems"),
        {("breaking", "operation-id-renamed")},
        "GET /v1/items",
    ),
    (
        "operation-id-recased",
        lambda s: items_get(s).__setitem__("operationId", "listItems"),
        {("info", "operation-id-recased")},
        "GET /v1/items",
    ),
    (
        "tag-renamed",
        lambda s: items_get(s).__setitem__("tags", ["Catalog"]),
        {("breaking", "tag-renamed")},
        "GET /v1/items",
    ),
    (
        "tag-changed",
        lambda s: items_get(s).__setitem__("tags", ["Items", "Extra"]),
        {("info", "tag-changed")},
        "GET /v1/items",
    ),
    (
        "operation-path-changed",
        lambda s: s["paths"].__setitem__("/v2/tags", s["paths"].pop("/v1/tags")),
        {("non-breaking", "operation-path-changed")},
        "PUT /v2/tags",
    ),
    (
        "parameter-added",
        lambda s: items_get(s)["parameters"].append(
            {"name": "q", "in": "query", "schema": {"type": "string"}}
        ),
        {("non-breaking", "parameter-added")},
        "param q",
    ),
    (
        "parameter-added-required",
        lambda s: items_get(s)["parameters"].append(
            {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        {("breaking", "parameter-added-required")},
        "param q",
    ),
    (
        "parameter-removed",
        lambda s: items_get(s)["parameters"].pop(0),
        {("breaking", "parameter-removed")},
        "param pageSize",
    ),
    (
        "parameter-made-required",
        lambda s: items_get(s)["parameters"][0].__setitem__("required", True),
        {("breaking", "parameter-made-required")},
        "GET /v1/items param pageSize",
    ),
    (
        "parameter-made-optional",
        lambda s: items_get(s)["parameters"][1].__setitem__("required", False),
        {("non-breaking", "parameter-made-optional")},
        "GET /v1/items param region",
    ),
    (
        "parameter-type-changed",
        lambda s: items_get(s)["parameters"][0].__setitem__("schema", {"type": "string"}),
        {("breaking", "request-type-changed")},
        "param pageSize",
    ),
    (
        "parameter-default-changed",
        lambda s: items_get(s)["parameters"][0]["schema"].__setitem__("default", 50),
        {("info", "parameter-default-changed")},
        "param pageSize",
    ),
    (
        "parameter-enum-value-removed",
        lambda s: items_get(s)["parameters"][2]["schema"].__setitem__("enum", ["name"]),
        {("breaking", "request-enum-value-removed")},
        "param orderBy",
    ),
    (
        "parameter-enum-value-added",
        lambda s: items_get(s)["parameters"][2]["schema"]["enum"].append("size"),
        {("non-breaking", "request-enum-value-added")},
        "param orderBy",
    ),
    (
        "request-body-added-required",
        lambda s: s["paths"]["/v1/items/{itemId}:archive"]["post"].__setitem__(
            "requestBody", {"required": True, "content": json_body(ref("ItemRequest"))}
        ),
        {("breaking", "request-body-added-required")},
        "request body",
    ),
    (
        "request-body-added-optional",
        lambda s: s["paths"]["/v1/items/{itemId}:archive"]["post"].__setitem__(
            "requestBody", {"content": json_body(ref("ItemRequest"))}
        ),
        {("non-breaking", "request-body-added")},
        "request body",
    ),
    (
        "request-body-removed",
        lambda s: s["paths"]["/v1/items"]["post"].pop("requestBody"),
        {("breaking", "request-body-removed")},
        "POST /v1/items request body",
    ),
    (
        "request-body-made-required",
        lambda s: s["paths"]["/v1/tags"]["put"]["requestBody"].__setitem__("required", True),
        {("breaking", "request-body-made-required")},
        "PUT /v1/tags request body",
    ),
    (
        "request-property-added",
        lambda s: schemas(s)["ItemRequest"]["properties"].__setitem__("color", {"type": "string"}),
        {("non-breaking", "request-property-added")},
        "components.schemas.ItemRequest.properties.color",
    ),
    (
        "request-property-added-required",
        lambda s: (
            schemas(s)["ItemRequest"]["properties"].__setitem__("color", {"type": "string"}),
            schemas(s)["ItemRequest"]["required"].append("color"),
        ),
        {("breaking", "request-property-added-required")},
        "components.schemas.ItemRequest.properties.color",
    ),
    (
        "request-property-made-required",
        lambda s: schemas(s)["ItemRequest"]["required"].append("comment"),
        {("breaking", "request-property-made-required")},
        "components.schemas.ItemRequest.properties.comment",
    ),
    (
        "request-property-made-optional",
        lambda s: schemas(s)["ItemRequest"].__setitem__("required", []),
        {("non-breaking", "request-property-made-optional")},
        "components.schemas.ItemRequest.properties.name",
    ),
    (
        "request-property-removed",
        lambda s: schemas(s)["ItemRequest"]["properties"].pop("comment"),
        {("breaking", "request-property-removed")},
        "components.schemas.ItemRequest.properties.comment",
    ),
    (
        "response-property-added",
        lambda s: schemas(s)["Item"]["properties"].__setitem__("size", {"type": "integer"}),
        {("non-breaking", "response-property-added")},
        "components.schemas.Item.properties.size",
    ),
    (
        "response-property-removed",
        lambda s: schemas(s)["Item"]["properties"].pop("note"),
        {("breaking", "response-property-removed")},
        "components.schemas.Item.properties.note",
    ),
    (
        "response-property-made-optional",
        lambda s: schemas(s)["Item"].__setitem__("required", []),
        {("breaking", "response-property-made-optional")},
        "components.schemas.Item.properties.id",
    ),
    (
        "response-type-changed",
        lambda s: schemas(s)["Item"]["properties"].__setitem__("price", {"type": "string"}),
        {("breaking", "response-type-changed")},
        "components.schemas.Item.properties.price",
    ),
    (
        "response-datetime-dropped",
        lambda s: schemas(s)["Item"]["properties"]["created"].pop("format"),
        {("breaking", "response-type-changed")},
        "components.schemas.Item.properties.created",
    ),
    (
        "response-format-changed",
        lambda s: schemas(s)["Item"]["properties"]["price"].__setitem__("format", "double"),
        {("info", "response-format-changed")},
        "components.schemas.Item.properties.price",
    ),
    (
        "response-array-items-changed",
        lambda s: schemas(s)["Item"]["properties"]["labels"].__setitem__(
            "items", {"type": "integer"}
        ),
        {("breaking", "response-type-changed")},
        "components.schemas.Item.properties.labels.items",
    ),
    (
        "response-made-nullable",
        lambda s: schemas(s)["Item"]["properties"]["note"].__setitem__("nullable", True),
        {("breaking", "response-made-nullable")},
        "components.schemas.Item.properties.note",
    ),
    (
        "response-ref-made-nullable",
        lambda s: schemas(s)["Item"]["properties"].__setitem__(
            "status", {"allOf": [ref("Status")], "nullable": True}
        ),
        {("breaking", "response-made-nullable")},
        "components.schemas.Item.properties.status",
    ),
    (
        "request-made-nullable",
        lambda s: schemas(s)["ItemRequest"]["properties"]["comment"].__setitem__("nullable", True),
        {("non-breaking", "request-made-nullable")},
        "components.schemas.ItemRequest.properties.comment",
    ),
    (
        "response-enum-value-added",
        lambda s: schemas(s)["Status"]["enum"].append("PENDING"),
        {("non-breaking", "response-enum-value-added")},
        "components.schemas.Status",
    ),
    (
        "response-enum-value-removed",
        lambda s: schemas(s)["Status"]["enum"].remove("INACTIVE"),
        {("breaking", "response-enum-value-removed")},
        "components.schemas.Status",
    ),
    (
        "request-enum-value-added",
        lambda s: schemas(s)["Kind"]["enum"].append("C"),
        {("non-breaking", "request-enum-value-added")},
        "components.schemas.Kind",
    ),
    (
        "request-enum-value-removed",
        lambda s: schemas(s)["Kind"]["enum"].remove("B"),
        {("breaking", "request-enum-value-removed")},
        "components.schemas.Kind",
    ),
    (
        "schema-renamed",
        lambda s: rename_schema(s, "ItemList", "ItemPage"),
        {("breaking", "schema-renamed")},
        "components.schemas.ItemPage",
    ),
    (
        "schema-key-renamed",
        lambda s: rename_schema(s, "Kind", "kind"),
        {("info", "schema-key-renamed")},
        "components.schemas.kind",
    ),
    (
        "schema-removed",
        lambda s: schemas(s).pop("Unused"),
        {("breaking", "schema-removed")},
        "components.schemas.Unused",
    ),
    (
        "schema-added",
        lambda s: schemas(s).__setitem__("Brand", {"type": "object", "properties": {}}),
        {("non-breaking", "schema-added")},
        "components.schemas.Brand",
    ),
    (
        "response-status-added",
        lambda s: items_get(s)["responses"].__setitem__("429", {"description": "slow down"}),
        {("non-breaking", "response-status-added")},
        "GET /v1/items response 429",
    ),
    (
        "error-response-removed",
        lambda s: s["paths"]["/v1/items/{itemId}"]["get"]["responses"].pop("404"),
        {("non-breaking", "error-response-removed")},
        "response 404",
    ),
    (
        "response-schema-swapped",
        lambda s: s["paths"]["/v1/items/{itemId}"]["get"]["responses"]["200"].__setitem__(
            "content", json_body(ref("Tag"))
        ),
        {("breaking", "response-type-changed")},
        "GET /v1/items/{itemId} response 200",
    ),
    (
        "operation-deprecated",
        lambda s: items_get(s).__setitem__("deprecated", True),
        {("info", "operation-deprecated")},
        "GET /v1/items",
    ),
    (
        "servers-changed",
        lambda s: s.__setitem__("servers", [{"url": "https://eu.example.com"}]),
        {("info", "servers-changed")},
        "servers",
    ),
    (
        "security-changed",
        lambda s: s.__setitem__("security", [{"OAuth": []}]),
        {("info", "security-changed")},
        "security",
    ),
    (
        "info-version",
        lambda s: s["info"].__setitem__("version", "1.0.1"),
        {("info", "info-version-changed")},
        "info.version",
    ),
    (
        "docs-only",
        lambda s: schemas(s)["Item"].__setitem__("description", "A thing, reworded."),
        {("info", "docs-only")},
        "(document)",
    ),
    (
        "unclassified",
        lambda s: schemas(s)["Item"]["properties"]["note"].__setitem__("maxLength", 10),
        {("info", "unclassified-change")},
        "(document)",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "expected", "where"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_classification(
    mutate: Callable[[Spec], None], expected: set[tuple[str, str]], where: str
) -> None:
    changes = changed(mutate)
    assert {(c.severity, c.kind) for c in changes} == expected, [c.detail for c in changes]
    assert any(where in c.location for c in changes), [c.location for c in changes]
    for change in changes:
        assert change.severity == KINDS[change.kind][0]
        assert change.detail.endswith(".") and "\n" not in change.detail


def test_identical_documents_have_no_changes() -> None:
    assert diff_documents(base(), base()) == []


def test_order_insensitive() -> None:
    """Reordered keys, parameters, enum values and required lists are not changes."""
    new = base()
    items_get(new)["parameters"].reverse()
    schemas(new)["Status"]["enum"].reverse()
    schemas(new)["Item"]["properties"] = dict(reversed(schemas(new)["Item"]["properties"].items()))
    new["paths"] = dict(reversed(new["paths"].items()))
    assert diff_documents(base(), new) == []


def test_reworded_parameter_descriptions_are_docs_only() -> None:
    """Descriptions inside a parameter *list* are documentation too: rewording them (which
    changes how the list sorts) and adding ``x-codeSamples`` is one ``docs-only`` change."""
    old = base()
    for param in items_get(old)["parameters"]:
        param["description"] = f"The {param['name']}."
    new = copy.deepcopy(old)
    for param in items_get(new)["parameters"]:
        param["description"] = f"Zzz reworded: {param['name']} ({len(param['name'])})."
    items_get(new)["x-codeSamples"] = [{"lang": "cURL", "source": "curl https://x"}]
    changes = diff_documents(old, new)
    assert [(c.severity, c.kind) for c in changes] == [("info", "docs-only")]


def test_refs_are_resolved() -> None:
    """A parameter moved into components.parameters (same content) is no change."""
    new = base()
    param = items_get(new)["parameters"].pop(0)
    new["components"]["parameters"] = {"pageSize": param}
    items_get(new)["parameters"].insert(0, {"$ref": "#/components/parameters/pageSize"})
    assert [c.kind for c in diff_documents(base(), new)] == ["docs-only"]
    required = copy.deepcopy(new)
    required["components"]["parameters"]["pageSize"]["required"] = True
    kinds = {c.kind for c in diff_documents(new, required)}
    assert kinds == {"parameter-made-required"}


def test_request_body_added_required_names_required_properties() -> None:
    (change,) = changed(
        lambda s: s["paths"]["/v1/items/{itemId}:archive"]["post"].__setitem__(
            "requestBody", {"required": True, "content": json_body(ref("ItemRequest"))}
        )
    )
    assert "`name`" in change.detail and "`comment`" not in change.detail


def test_response_enum_addition_explains_open_enums() -> None:
    (change,) = changed(lambda s: schemas(s)["Status"]["enum"].append("PENDING"))
    assert "non-breaking only because our generated enums are open" in change.detail
    assert "`PENDING`" in change.detail


def test_schema_used_both_ways_takes_the_worse_severity() -> None:
    """Tag is a request body and a response: a removed property is breaking, said once."""
    changes = changed(lambda s: schemas(s)["Tag"]["properties"].pop("color"))
    assert [(c.severity, c.kind) for c in changes] == [("breaking", "response-property-removed")]
    assert "requests and responses" in changes[0].detail
    (added,) = changed(
        lambda s: (
            schemas(s)["Tag"]["properties"].__setitem__("size", {"type": "integer"}),
            schemas(s)["Tag"].__setitem__("required", ["size"]),
        )
    )
    assert (added.severity, added.kind) == ("breaking", "request-property-added-required")


def test_schema_rename_is_not_reported_as_type_changes() -> None:
    """References to a renamed schema follow it: one change, no 'type changed' noise."""
    changes = changed(lambda s: rename_schema(s, "Item", "Article"))
    assert [c.kind for c in changes] == ["schema-renamed"]
    assert "`Item`" in changes[0].detail and "`Article`" in changes[0].detail


def test_schema_rename_with_edits_is_matched_fuzzily() -> None:
    def mutate(s: Spec) -> None:
        rename_schema(s, "Item", "Article")
        schemas(s)["Article"]["properties"]["weight"] = {"type": "number"}

    changes = changed(mutate)
    assert {c.kind for c in changes} == {"schema-renamed", "response-property-added"}
    assert any(c.location == "components.schemas.Article.properties.weight" for c in changes)


def test_structurally_equal_aliases_need_similar_names_to_be_a_rename() -> None:
    old = base()
    schemas(old)["VoiceAppId"] = {"type": "string"}
    changes = changed(
        lambda s: schemas(s).__setitem__("OrderId", schemas(s).pop("VoiceAppId")), old
    )
    assert {c.kind for c in changes} == {"schema-removed", "schema-added"}
    recased = changed(
        lambda s: schemas(s).__setitem__("VoiceAppID", schemas(s).pop("VoiceAppId")), old
    )
    assert [c.kind for c in recased] == ["schema-renamed"]


def test_path_parameter_renamed_is_a_changed_argument() -> None:
    def mutate(s: Spec) -> None:
        item = s["paths"].pop("/v1/items/{itemId}")
        item["parameters"][0]["name"] = "id"
        s["paths"]["/v1/items/{id}"] = item

    kinds = {c.kind for c in changed(mutate)}
    assert kinds == {"parameter-removed", "parameter-added-required"}


def test_union_variants() -> None:
    old = base()
    schemas(old)["Event"] = {"oneOf": [ref("Item"), ref("Tag")]}
    added = changed(lambda s: schemas(s)["Event"]["oneOf"].append(ref("ItemList")), old)
    assert [(c.severity, c.kind) for c in added] == [("breaking", "response-variant-added")]
    removed = changed(lambda s: schemas(s)["Event"]["oneOf"].pop(), old)
    assert [(c.severity, c.kind) for c in removed] == [("breaking", "response-variant-removed")]


def test_inline_allof_properties_are_merged() -> None:
    """allOf members are flattened like the generator does: a base property removal shows."""
    old = base()
    schemas(old)["Special"] = {"allOf": [ref("Unused"), {"properties": {"c": {"type": "string"}}}]}
    changes = changed(lambda s: schemas(s)["Unused"]["properties"].pop("b"), old)
    where = {c.location for c in changes}
    assert where == {
        "components.schemas.Unused.properties.b",
        "components.schemas.Special.properties.b",
    }


def test_sorted_deterministically() -> None:
    def mutate(s: Spec) -> None:
        s["paths"]["/v1/items/{itemId}"].pop("get")
        schemas(s)["Status"]["enum"].append("PENDING")
        s["info"]["version"] = "2"
        items_get(s)["parameters"].append({"name": "z", "in": "query", "schema": {}})

    first = changed(mutate)
    assert [c.severity for c in first] == sorted((c.severity for c in first), key=SEVERITIES.index)
    shuffled = base()
    mutate(shuffled)
    keys = list(shuffled["paths"])
    random.Random(4).shuffle(keys)
    shuffled["paths"] = {k: shuffled["paths"][k] for k in keys}
    assert diff_documents(base(), shuffled) == first
    assert first == sorted(first, key=Change.sort_key)


def test_summary_helpers() -> None:
    changes = changed(lambda s: s["paths"]["/v1/items/{itemId}"].pop("get"))
    assert summarize(changes) == {"breaking": 1, "non-breaking": 0, "info": 0}
    assert has_breaking(changes)
    assert not has_breaking(changed(lambda s: schemas(s)["Kind"]["enum"].append("C")))


def test_naming_matches_openapi_python_client() -> None:
    """Our copy of the generator's naming rules gives the names it really uses."""
    strings = pytest.importorskip("openapi_python_client.strings")
    naming = Naming()
    for name in [
        "Money",
        "money",
        "SMSConfiguration",
        "smsConfiguration",
        "NumberService_ListActiveNumbers",
        "numberPattern.searchPattern",
        "type",
        "Active Number",
        "OrderVoiceConfigurationEST",
        "2fa",
        "_private",
        "list",
    ]:
        assert naming.class_name(name) == strings.ClassName(name, "field_"), name
        assert naming.identifier(name) == strings.PythonIdentifier(name, "field_"), name


def test_naming_reads_class_overrides() -> None:
    naming = Naming.from_config(ROOT / "generator" / "config.yaml")
    assert naming.class_name("Money") == "Money"
    overridden = Naming({"Foo": "Bar"})
    assert overridden.class_name("foo") == "Bar"


def test_real_spec_variant_removing_an_operation_is_precise() -> None:
    """On the real 1.0.3 spec, one edit gives exactly one change (no noise from refs)."""
    old = current_doc()
    new = current_doc()
    del new["paths"]["/v1/projects/{projectId}/availableNumbers/{phoneNumber}"]["get"]
    changes = diff_documents(old, new)
    assert [(c.severity, c.kind) for c in changes] == [("breaking", "operation-removed")]
    assert "NumberService_GetAvailableNumber" in changes[0].detail


@pytest.mark.parametrize("name", list(MUTATIONS))
def test_rehearsal_mutations_are_classified(name: str) -> None:
    """Each mutation the rehearsal uses, on the pinned spec, gives exactly its kinds."""
    mutate, expected = MUTATIONS[name]
    new = current_doc()
    mutate(new)
    assert {c.kind for c in diff_documents(current_doc(), new)} == expected


def test_every_kind_is_documented() -> None:
    doc = (ROOT / "docs" / "update-spec.md").read_text("utf-8")
    table = dict(re.findall(r"^\| `([a-z-]+)` \| (breaking|non-breaking|info) \|", doc, re.M))
    assert table == {kind: severity for kind, (severity, _why) in KINDS.items()}
