"""Request checks against the pinned spec: path, query parameters, JSON bodies.

``null`` members of a body count as absent ("null fields may be omitted from
requests"); members the spec does not know are ignored, as the API promises.
Client input never causes a 500: a body in another media type is a 415,
malformed or too deeply nested JSON a 400.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator
from starlette.requests import Request

from .errors import (
    FieldViolation,
    invalid_argument,
    invalid_field,
    too_large,
    unsupported_media_type,
)
from .spec import Operation, validator, violations

MAX_JSON_BODY = 1024 * 1024
#: Deepest nesting of objects and arrays a JSON body may have (the spec's bodies need < 10).
MAX_JSON_DEPTH = 64
E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")


def check_path(params: Mapping[str, str]) -> None:
    phone = params.get("phoneNumber")
    if phone is not None and not E164.match(phone):
        raise invalid_field("phoneNumber", "must be an E.164 number with a leading +")


def parse_query(op: Operation, request: Request) -> dict[str, Any]:
    """Typed query parameters of ``op``; raises 400 with every violation."""
    query = request.query_params
    values: dict[str, Any] = {}
    problems: list[FieldViolation] = []
    for param in op.query_parameters():
        if param.is_array:
            items = [v for raw in query.getlist(param.name) for v in raw.split(",") if v]
            if not items:
                continue
            value: Any = items
        else:
            # An empty value is a value: "" is no integer and in no enum.
            raw = query.get(param.name)
            if raw is None:
                if param.required:
                    problems.append((param.name, "required parameter is missing"))
                continue
            value = raw
            if param.schema.get("type") == "integer":
                try:
                    value = int(raw)
                except ValueError:
                    problems.append((param.name, "must be an integer"))
                    continue
        problems.extend(violations(param.validator, value, param.name))
        values[param.name] = value
    if problems:
        raise invalid_argument("Invalid query parameters.", problems)
    return values


async def read_body(request: Request, limit: int) -> bytes:
    """The raw body, refusing (413) more than ``limit`` bytes without reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_large("request body", limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large("request body", limit)
        chunks.append(chunk)
    return b"".join(chunks)


_body_validators: dict[str, Draft202012Validator] = {}


def _body_validator(op: Operation) -> Draft202012Validator:
    found = _body_validators.get(op.operation_id)
    if found is None:
        found = _body_validators[op.operation_id] = validator(op.body_schema or {})
    return found


def strip_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: strip_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [strip_nulls(v) for v in value]
    return value


def is_json(content_type: str) -> bool:
    """``application/json`` or a ``+json`` type, any parameters (a missing type counts)."""
    media = content_type.split(";", 1)[0].strip().lower()
    return media in ("", "application/json") or (
        media.startswith("application/") and media.endswith("+json")
    )


def nesting_depth(value: Any, limit: int) -> int:
    """How deep objects and arrays nest in ``value``, counting up to ``limit + 1`` (iterative:
    never a RecursionError)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            break
        stack.extend((child, depth + 1) for child in children)
    return deepest


async def parse_json_body(op: Operation, request: Request) -> dict[str, Any] | None:
    """The JSON body of ``op`` (``None`` when absent and optional), validated."""
    raw = await read_body(request, MAX_JSON_BODY)
    if not raw.strip():
        if op.body_required:
            raise invalid_field("body", "a JSON request body is required")
        return None
    content_type = request.headers.get("content-type", "")
    if not is_json(content_type):
        raise unsupported_media_type(content_type, "application/json")
    too_deep = ("body", f"is nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        data = json.loads(raw)
    except RecursionError:
        raise invalid_argument("JSON body nested too deeply.", [too_deep]) from None
    except (ValueError, UnicodeDecodeError):
        raise invalid_argument("Malformed JSON body.", [("body", "is not valid JSON")]) from None
    if not isinstance(data, dict):
        raise invalid_field("body", "must be a JSON object")
    if nesting_depth(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise invalid_argument("JSON body nested too deeply.", [too_deep])
    if op.body_schema is not None:
        found = violations(_body_validator(op), strip_nulls(data))
        if found:
            raise invalid_argument("Invalid request body.", found)
    return data
