"""The MCP tools of the spec's operations: names, input schemas, descriptions, money policy.

Built when the server starts, from the spec the package carries
(``sinch_numbers_api/openapi.yaml``) and the facade's own tables
(``sinch_numbers.resources._operations``: which method serves each operation, and each
argument's API name), both rendered by ``scripts/regenerate``. So an operation that
``make update-spec`` brings is a tool without a hand edit. Nothing here imports ``mcp``.
"""

from __future__ import annotations

import functools
import importlib.resources
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sinch_numbers._jsonschema import to_json_schema

__all__ = [
    "BILLABLE_NOTE",
    "Access",
    "Argument",
    "OperationTool",
    "build_catalog",
    "load_packaged_spec",
    "packaged_spec_text",
]

logger = logging.getLogger("sinch_numbers.mcp")

Access = Literal["read", "write", "billable"]

_HTTP_METHODS = ("get", "put", "post", "delete", "patch")

#: POST operations that change nothing (a check, a lookup): read-only tools.
READ_ONLY_POSTS = frozenset({"NumberService_ValidateEmergencyAddress", "LookupNumberRequirements"})
#: State-changing operations that cost nothing and remove nothing: write tools without a
#: confirmation token. Every other non-GET operation, including any new one the spec brings,
#: is billable (or destructive) and needs one.
UNBILLED_WRITES = frozenset(
    {
        "NumberService_UpdateActiveNumber",
        "UpdateCallbackConfiguration",
        "UpdateNumberOrderRegistration",
        "UploadNumberOrderAttachment",
    }
)

#: Items per list tool call unless ``limit`` says otherwise, and the most one call returns.
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000

BILLABLE_NOTE = (
    "MONEY: billable or destructive. Call preview_{name} with the same arguments first, show "
    "the human what it returns, and pass its confirmationToken here (valid {ttl} s, once, for "
    "exactly those arguments); clients that support elicitation may ask the human instead. "
    "Without either, nothing is sent."
)


@dataclass(frozen=True)
class Argument:
    """One tool argument: as the API spells it, and the facade argument it becomes."""

    wire: str
    facade: str
    kind: str  # path | query | body
    required: bool
    schema: dict[str, Any]
    is_file: bool = False


@dataclass(frozen=True)
class OperationTool:
    """One operation of the spec as an MCP tool."""

    name: str
    operation_id: str
    resource: str
    method: str
    http_method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    access: Access
    arguments: tuple[Argument, ...]
    items_key: str | None  # list tools: the array the pages carry
    defs: dict[str, Any]

    @property
    def preview_name(self) -> str:
        return f"preview_{self.name}"

    def input_schema(self, *, with_token: bool) -> dict[str, Any]:
        """The JSON Schema of the tool's arguments (``with_token``: plus ``confirmationToken``)."""
        properties: dict[str, Any] = {a.wire: a.schema for a in self.arguments}
        if self.items_key is not None:
            properties["limit"] = {
                "type": "integer",
                "minimum": 1,
                "maximum": MAX_LIMIT,
                "default": DEFAULT_LIMIT,
                "description": f"at most this many items (pages are fetched only as needed; "
                f"default {DEFAULT_LIMIT})",
            }
        if with_token:
            properties["confirmationToken"] = {
                "type": "string",
                "description": f"from {self.preview_name} called with the same arguments",
            }
        schema: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "required": [a.wire for a in self.arguments if a.required],
            "additionalProperties": False,
        }
        if self.defs:
            schema["$defs"] = self.defs
        return schema

    def full_description(self, ttl: int) -> str:
        parts = [self.summary]
        if self.description and self.description != self.summary:
            parts.append(self.description)
        parts.append(f"{self.http_method} {self.path} (operationId {self.operation_id}).")
        if self.deprecated:
            parts.append("Deprecated upstream: prefer number orders for new integrations.")
        if self.items_key is not None:
            parts.append(
                f"Returns {self.items_key} (at most `limit`) and `more` when further items exist."
            )
        if any(a.is_file for a in self.arguments):
            parts.append("File arguments take the file's bytes as base64.")
        if self.access == "billable":
            parts.append(BILLABLE_NOTE.format(name=self.name, ttl=ttl))
        elif self.access == "write":
            parts.append("Changes state on Sinch (not billable); logged.")
        return "\n\n".join(parts)


def load_packaged_spec() -> dict[str, Any]:
    """The spec the installed package was generated from (parsed on every call)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(packaged_spec_text(), Loader=loader)  # a safe loader
    return spec


@functools.cache
def packaged_spec_text() -> str:
    return (importlib.resources.files("sinch_numbers_api") / "openapi.yaml").read_text("utf-8")


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    for _ in range(64):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node


def _body_fields(
    spec: Mapping[str, Any], schema: Any, depth: int = 0
) -> tuple[dict[str, Any], set[str]]:
    """A body schema's properties and required names, ``allOf`` merged; the members of a
    ``oneOf``/``anyOf`` contribute their properties as optional (the facade checks which)."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 16:
        return {}, set()
    props: dict[str, Any] = {}
    required: set[str] = set()
    for member in schema.get("allOf") or []:
        p, r = _body_fields(spec, member, depth + 1)
        props.update(p)
        required |= r
    for key in ("oneOf", "anyOf"):
        for member in schema.get(key) or []:
            p, _ = _body_fields(spec, member, depth + 1)
            for name, value in p.items():
                props.setdefault(name, value)
    props.update(schema.get("properties") or {})
    required |= set(schema.get("required") or [])
    return props, required


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            yield ref.removeprefix("#/$defs/")
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _closure(roots: list[Any], components: Mapping[str, Any]) -> dict[str, Any]:
    """The converted component schemas the ``roots`` refer to, transitively."""
    found: dict[str, Any] = {}
    todo = [name for root in roots for name in _refs(root)]
    while todo:
        name = todo.pop()
        if name in found or name not in components:
            continue
        found[name] = components[name]
        todo.extend(_refs(found[name]))
    return dict(sorted(found.items()))


def _items_key(spec: Mapping[str, Any], op: Mapping[str, Any]) -> str | None:
    """The generator's pager rule: a 200 response with ``nextPageToken`` and one array."""
    response = _resolve(spec, (op.get("responses") or {}).get("200") or {})
    for media in (response.get("content") or {}).values():
        props, _ = _body_fields(spec, media.get("schema") or {})
        arrays = [k for k, v in props.items() if _resolve(spec, v).get("type") == "array"]
        if "nextPageToken" in props and len(arrays) == 1:
            return arrays[0]
    return None


def _access(operation_id: str, http_method: str) -> Access:
    if http_method == "get" or operation_id in READ_ONLY_POSTS:
        return "read"
    return "write" if operation_id in UNBILLED_WRITES else "billable"


def _described(schema: Any, description: str | None) -> dict[str, Any]:
    converted = to_json_schema(schema) if isinstance(schema, dict) else {}
    out = dict(converted)
    if description and "description" not in out:
        out["description"] = description.strip()
    return out


def build_catalog(
    spec: Mapping[str, Any],
    operations: Mapping[str, tuple[str, str]] | None = None,
    arguments: Mapping[str, tuple[tuple[str, str, str], ...]] | None = None,
) -> list[OperationTool]:
    """One :class:`OperationTool` per operation of ``spec`` that the facade serves.

    ``operations`` / ``arguments`` default to the installed facade's tables. An operation of
    the spec the facade has no method for (the spec was changed without ``scripts/regenerate``)
    is left out with a warning: tools call the facade, never a hand-made request.
    """
    if operations is None or arguments is None:
        from sinch_numbers.resources import _operations

        operations = _operations.OPERATIONS if operations is None else operations
        arguments = _operations.ARGUMENTS if arguments is None else arguments
    components = {
        name: to_json_schema(schema)
        for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items()
    }
    tools: list[OperationTool] = []
    for path, item in (spec.get("paths") or {}).items():
        for http_method in _HTTP_METHODS:
            op = item.get(http_method)
            if not isinstance(op, dict):
                continue
            op_id = op.get("operationId", "")
            if op_id not in operations:
                logger.warning(
                    "operation %s of the spec has no facade method: run scripts/regenerate", op_id
                )
                continue
            resource, method = operations[op_id]
            params: dict[str, dict[str, Any]] = {}
            for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
                param = _resolve(spec, raw)
                if isinstance(param, dict) and "name" in param:
                    params[param["name"]] = param
            body_props: dict[str, Any] = {}
            body_required: set[str] = set()
            content = _resolve(spec, op.get("requestBody") or {}).get("content") or {}
            for media in content.values():
                body_props, body_required = _body_fields(spec, media.get("schema") or {})
                break
            args: list[Argument] = []
            for wire, facade, kind in arguments.get(op_id, ()):
                if kind == "body":
                    raw_schema = _resolve(spec, body_props.get(wire) or {})
                    is_file = raw_schema.get("format") == "binary"
                    schema = _described(raw_schema, None)
                    if is_file:
                        schema = {
                            "type": "string",
                            "contentEncoding": "base64",
                            "description": "the file's bytes, base64-encoded"
                            + (
                                f" ({raw_schema['description']})"
                                if "description" in raw_schema
                                else ""
                            ),
                        }
                    args.append(
                        Argument(wire, facade, kind, wire in body_required, schema, is_file)
                    )
                    continue
                param = params.get(wire, {})
                schema = _described(
                    _resolve(spec, param.get("schema") or {}), param.get("description")
                )
                if kind == "path":
                    schema.pop("default", None)  # a placeholder upstream, never a real value
                required = kind == "path" or bool(param.get("required"))
                args.append(Argument(wire, facade, kind, required, schema))
            defs = _closure([a.schema for a in args], components)
            tools.append(
                OperationTool(
                    name=f"{resource}_{method}",
                    operation_id=op_id,
                    resource=resource,
                    method=method,
                    http_method=http_method.upper(),
                    path=path,
                    summary=(op.get("summary") or op_id).strip(),
                    description=(op.get("description") or "").strip(),
                    deprecated=bool(op.get("deprecated")),
                    access=_access(op_id, http_method),
                    arguments=tuple(args),
                    items_key=_items_key(spec, op),
                    defs=defs,
                )
            )
    return tools
