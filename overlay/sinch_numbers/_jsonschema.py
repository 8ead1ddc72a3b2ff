"""OpenAPI 3.0 schemas as JSON Schema 2020-12 (the sandbox's validators, the MCP tools' input
schemas): ``nullable`` becomes a ``"null"`` type, ``discriminator`` becomes ``if``/``then``
branches (plain ``oneOf`` cannot tell the voice configuration types apart), component refs
point at ``#/$defs/``. Pure functions on parsed YAML; importing this module costs nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["to_json_schema"]

_DROPPED_KEYS = {"example", "examples", "discriminator", "xml", "externalDocs", "deprecated"}


def to_json_schema(node: Any) -> Any:
    """Convert one OpenAPI 3.0 schema (and everything below it) to JSON Schema."""
    if isinstance(node, list):
        return [to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROPPED_KEYS or key.startswith("x-") or key == "nullable":
            continue
        if key == "$ref" and isinstance(value, str):
            out[key] = value.replace("#/components/schemas/", "#/$defs/")
        else:
            out[key] = to_json_schema(value)
    discriminator = node.get("discriminator")
    if isinstance(discriminator, dict) and "oneOf" in out and discriminator.get("mapping"):
        out = _discriminated(out, discriminator["propertyName"], discriminator["mapping"])
    if node.get("nullable") is True:
        out = _nullable(out)
    return out


def _discriminated(schema: dict[str, Any], prop: str, mapping: Mapping[str, str]) -> dict[str, Any]:
    branches = schema.pop("oneOf")
    rules: list[dict[str, Any]] = [
        {"if": {"required": [prop]}, "then": {"properties": {prop: {"enum": list(mapping)}}}},
        {"if": {"not": {"required": [prop]}}, "then": {"oneOf": branches}},
    ]
    for value, ref in mapping.items():
        rules.append(
            {
                "if": {"required": [prop], "properties": {prop: {"const": value}}},
                "then": {"$ref": ref.replace("#/components/schemas/", "#/$defs/")},
            }
        )
    schema["allOf"] = [*schema.get("allOf", []), *rules]
    return schema


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "enum" in schema and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
        return schema
    if kind is None:
        return {"anyOf": [{"type": "null"}, schema]}
    return schema
