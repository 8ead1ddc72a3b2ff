"""The operations of openapi/numbers.yaml, and how to call each through the facade.

Shared by the facade tests: the spec's operations, minimal valid arguments for each facade
method (from its signature), the path each call must hit, and minimal valid response bodies.
"""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path
from typing import Any

import yaml

from sinch_numbers.resources._base import Operation
from sinch_numbers.resources._operations import OPERATIONS, RESOURCES

from .conftest import PHONE
from .loopback import PROJECT, LoopbackAPI, Reply, WireRequest

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "numbers.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _spec_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                assert operation["operationId"] not in found, "duplicate operationId"
                found[operation["operationId"]] = (method.upper(), path, operation)
    return found


SPEC_OPERATIONS = _spec_operations()

# Values for required parameters, by Python parameter name. A new required parameter without
# an entry here fails the test loudly rather than being skipped.
ARGUMENTS: dict[str, Any] = {
    "phone_number": PHONE,
    "number_order_id": "order-1",
    "attachment_id": "att-1",
    "region_code": "US",
    "type": "LOCAL",
    "number_type": "LOCAL",
    "display_name": "Front desk",
    "address": {
        "streetNumber": "1",
        "streetInfo": "Main St",
        "city": "Seattle",
        "state": "WA",
        "postalCode": "98101",
    },
    "file": b"%PDF-1.4 minimal",
}
# Methods that refuse their minimal signature locally (nothing to update, one-of options).
EXTRA: dict[tuple[str, str], dict[str, Any]] = {
    ("active_numbers", "update"): {"display_name": "Front desk"},
    ("callback_configuration", "update"): {"hmac_secret": "hmac-value"},
    ("number_orders", "create"): {"quantity_order_option": {"requestedQuantity": 1}},
}
PATH_VALUES = {
    "projectId": PROJECT,
    "phoneNumber": ARGUMENTS["phone_number"],
    "numberOrderId": ARGUMENTS["number_order_id"],
    "attachmentId": ARGUMENTS["attachment_id"],
}


def minimal_instance(schema: Any) -> Any:
    """The smallest JSON value valid for ``schema``: required properties only."""
    schema = resolve(schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(minimal_instance(part))
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return minimal_instance(schema[key][0])
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: minimal_instance(properties[name]) for name in schema.get("required", [])}
    if kind == "array":
        return []
    if kind == "string":
        return "2024-01-01T00:00:00Z" if schema.get("format") == "date-time" else "x"
    return {"integer": 0, "number": 0, "boolean": False}[kind]


def success_schema(operation: dict[str, Any]) -> Any | None:
    response = resolve(operation["responses"]["200"])
    content = response.get("content") or {}
    media = content.get("application/json")
    return None if media is None else media["schema"]


def model_class(schema: Any) -> type | None:
    """The generated model class for a ``$ref`` schema (``FooBar`` in ``models/foo_bar.py``);
    None for an inline schema (the generator names those after the operation)."""
    if "$ref" not in schema:
        return None
    name = schema["$ref"].rsplit("/", 1)[-1]
    module = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()
    return getattr(importlib.import_module(f"sinch_numbers_api.models.{module}"), name)


def call_arguments(resource: str, name: str, method: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.default is inspect.Parameter.empty:
            assert parameter.name in ARGUMENTS, f"no test value for {resource}.{name}({parameter})"
            kwargs[parameter.name] = ARGUMENTS[parameter.name]
    kwargs.update(EXTRA.get((resource, name), {}))
    return kwargs


def expected_path(template: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: PATH_VALUES[m.group(1)], template)


def serve_minimal(api: LoopbackAPI, operation: dict[str, Any]) -> None:
    schema = success_schema(operation)
    body = None if schema is None else minimal_instance(schema)

    def respond(_: WireRequest) -> Reply:
        return Reply(200, body)

    api.responder = respond


def facade_operations() -> dict[str, Operation]:
    """operationId -> the ``Operation`` (method, path, idempotent) the facade calls with.

    Found by their method and path in the resource modules: an ``Operation`` whose method or
    path matches no operation of the spec is an error here.
    """
    by_route = {(method, path): op_id for op_id, (method, path, _) in SPEC_OPERATIONS.items()}
    found: dict[str, Operation] = {}
    for resource in RESOURCES:
        module = importlib.import_module(f"sinch_numbers.resources.{resource}")
        for value in vars(module).values():
            if isinstance(value, Operation):
                op_id = by_route[(value.method, value.path)]
                assert op_id not in found, f"two Operation constants for {op_id}"
                found[op_id] = value
    return found


def call(client: Any, op_id: str) -> Any:
    """Call the facade method of ``op_id`` with minimal valid arguments (not awaited)."""
    resource, name = OPERATIONS[op_id]
    method = getattr(getattr(client, resource), name)
    return method(**call_arguments(resource, name, method))
