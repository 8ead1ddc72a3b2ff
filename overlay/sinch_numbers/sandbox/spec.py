"""The pinned OpenAPI document: operations, routes and JSON Schema validators.

The spec ships inside the generated package (``sinch_numbers_api/openapi.yaml``)
so the sandbox works wherever the wheel is installed. It is parsed once, on
first use. OpenAPI 3.0 schemas are converted to JSON Schema 2020-12:
``nullable`` becomes a ``"null"`` type and ``discriminator`` becomes ``if``/``then``
branches (plain ``oneOf`` cannot tell the voice configuration types apart).
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from sinch_numbers._jsonschema import to_json_schema

from .errors import FieldViolation

SPEC_PACKAGE = "sinch_numbers_api"
SPEC_RESOURCE = "openapi.yaml"

_PARAM = re.compile(r"\{([^}]+)\}")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed OpenAPI document (cached)."""
    data = (importlib.resources.files(SPEC_PACKAGE) / SPEC_RESOURCE).read_bytes()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(data, Loader=loader)  # a safe loader
    return spec


# -- OpenAPI -> JSON Schema: sinch_numbers._jsonschema (shared with sinch-numbers mcp) ------


@functools.cache
def _defs() -> dict[str, Any]:
    schemas = load_spec()["components"]["schemas"]
    return {name: to_json_schema(s) for name, s in schemas.items()}


_formats = FormatChecker(formats=())


@_formats.checks("uri", raises=ValueError)
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.path))


@_formats.checks("int32")
def _is_int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


def validator(schema: Mapping[str, Any]) -> Draft202012Validator:
    """A validator for an already converted schema; ``#/$defs/...`` refs resolve
    to the spec's component schemas."""
    return Draft202012Validator({"$defs": _defs(), **schema}, format_checker=_formats)


@functools.cache
def component_validator(name: str) -> Draft202012Validator:
    if name not in _defs():
        raise KeyError(f"no component schema {name!r} in the spec")
    return validator({"$ref": f"#/$defs/{name}"})


def violations(v: Draft202012Validator, instance: Any, prefix: str = "") -> list[FieldViolation]:
    """Field violations (``field``, ``description``) of ``instance``, sorted."""
    found: set[FieldViolation] = set()
    for top in v.iter_errors(instance):
        for error in _leaves(top):
            if error.validator == "oneOf" and not error.context:
                found.update(_ambiguous(error, prefix))
            else:
                found.add((_field_name(error, prefix) or "body", _description(error)))
    return sorted(found)


def _leaves(error: ValidationError) -> Iterator[ValidationError]:
    if error.validator in ("oneOf", "anyOf") and error.context:
        branches: dict[Any, list[ValidationError]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        depth = len(error.absolute_path)
        if all(e.validator == "required" and len(e.absolute_path) == depth for e in error.context):
            # Nothing matched: every alternative is missing its required member.
            yield from error.context
            return
        # The branch whose errors sit deepest matched most of the instance.
        best = max(branches.values(), key=lambda errs: max(len(e.absolute_path) for e in errs))
        for sub in best:
            yield from _leaves(sub)
    else:
        yield error


def _ambiguous(error: ValidationError, prefix: str) -> Iterator[FieldViolation]:
    """``oneOf`` matched several alternatives: name their distinguishing members."""
    branches = error.validator_value if isinstance(error.validator_value, list) else []
    names = [
        name
        for branch in branches
        if isinstance(branch, dict)
        for name in branch.get("required", [])
    ]
    base = list(error.absolute_path)
    if not names:
        yield (join_path(prefix, base) or "body", error.message)
    for name in names:
        yield (join_path(prefix, [*base, name]), f"send exactly one of: {', '.join(names)}")


def _field_name(error: ValidationError, prefix: str) -> str:
    parts: list[str | int] = list(error.absolute_path)
    if error.validator == "required":
        match = re.match(r"^'(.+)' is a required property$", error.message)
        if match:
            parts.append(match.group(1))
    return join_path(prefix, parts)


def join_path(prefix: str, parts: list[str | int]) -> str:
    name = prefix
    for part in parts:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name = f"{name}.{part}" if name else str(part)
    return name


def _description(error: ValidationError) -> str:
    if error.validator == "required":
        return "required field is missing"
    if error.validator == "format":
        return f"must be a valid {error.validator_value}"
    return error.message


# -- operations ---------------------------------------------------------------
@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]

    @property
    def is_array(self) -> bool:
        return self.schema.get("type") == "array"

    @functools.cached_property
    def validator(self) -> Draft202012Validator:
        return validator(self.schema)


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, with the regex its path compiles to."""

    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    body_media_type: str | None
    body_schema: dict[str, Any] | None
    body_required: bool

    def query_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "query")


def _resolve(ref_or_obj: dict[str, Any]) -> dict[str, Any]:
    ref = ref_or_obj.get("$ref")
    if not isinstance(ref, str):
        return ref_or_obj
    node: Any = load_spec()
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    resolved: dict[str, Any] = node
    return resolved


def compile_path(path: str) -> re.Pattern[str]:
    """``/v1/projects/{projectId}/x/{id}:rent`` -> a full-match regex. Parameters
    never contain ``/`` or ``:``, so ``{phoneNumber}`` cannot swallow ``:rent``."""
    regex, last = "", 0
    for match in _PARAM.finditer(path):
        regex += re.escape(path[last : match.start()]) + f"(?P<{match.group(1)}>[^/:]+)"
        last = match.end()
    return re.compile(regex + re.escape(path[last:]))


@functools.cache
def operations() -> tuple[Operation, ...]:
    found: list[Operation] = []
    for path, item in load_spec()["paths"].items():
        shared = [_resolve(p) for p in item.get("parameters", [])]
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            own = [_resolve(p) for p in op.get("parameters", [])]
            merged = {(p["name"], p["in"]): p for p in [*shared, *own]}
            params = tuple(
                Parameter(
                    p["name"], p["in"], bool(p.get("required")), to_json_schema(p.get("schema", {}))
                )
                for p in merged.values()
            )
            media, schema, required = None, None, False
            if "requestBody" in op:  # any spec must load: a body without content is no body
                body = _resolve(op["requestBody"])
                first = next(iter((body.get("content") or {}).items()), None)
                if first is not None:
                    media, content = first
                    schema = to_json_schema((content or {}).get("schema", {}))
                    required = bool(body.get("required"))
            found.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    pattern=compile_path(path),
                    parameters=params,
                    body_media_type=media,
                    body_schema=schema,
                    body_required=required,
                )
            )
    return tuple(found)


def response_schema(operation_id: str, status: int) -> dict[str, Any] | None:
    """The converted JSON schema of a documented response (for conformance tests)."""
    for path_item in load_spec()["paths"].values():
        for op in path_item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                response = op.get("responses", {}).get(str(status))
                if response is None:
                    return None
                content = _resolve(response).get("content", {})
                media = content.get("application/json")
                return None if media is None else dict(to_json_schema(media.get("schema", {})))
    raise KeyError(operation_id)
