"""Replay every cassette with the LOW-LEVEL generated functions of one generated tree.

    python tests/cassettes/lowlevel.py --generated-dir /tmp/x/generated [--cassette NAME ...]

Runs in its own process with the tree's directory first on ``sys.path`` (``PYTHONPATH``), so
``import sinch_numbers_api`` is that version's package; prints one JSON document. For each API
interaction of a cassette (token calls are skipped: the low-level client sends no auth):

1. find the operation with the recorded method and path in that version's
   ``numbers.normalized.yaml`` -> module ``sinch_numbers_api.api.<tag>.<operationId>``
   (none: ``operation-missing``);
2. turn the recorded request back into arguments of its ``sync_detailed``: path parameters,
   query parameters (wire name -> Python name, converted to the annotated enum / int / list),
   the body through the annotated model's ``from_dict`` (multipart: a ``File`` per file part)
   (impossible, e.g. a parameter the version requires is not in the request: ``arguments``);
3. call it under vcrpy with ``record_mode="none"``, matching method + path + query + body:
   the request it sends must be this very interaction (else ``request``);
4. compare the parsed value with the recorded response (``response``): ``parsed.to_dict()``
   against the response JSON if the operation documents that 2xx status with a JSON body in
   the spec the cassette was recorded under, else ``None`` (the generated functions parse only
   2xx bodies; error bodies are the overlay's to map); modulo :func:`first_difference`'s
   normalization (date-times compared as instants, ``null`` members as absent, 1 == 1.0);
5. even when the round trip matches, check what the client made of the value
   (:func:`conformance`): a member the recording spec types but the client no longer models
   (it only survives in ``additional_properties``: ``unmodelled-field``), and a typed attribute
   whose value does not fit its annotation (``type-changed``); the same for the request body.

Every difference carries its ``role``: ``under-test`` for calls of the cassette's
``operation_under_test``, else ``setup`` (before it) or ``follow-up`` (after it), and its
``change``: ``operation-missing``, ``arguments``, ``request-differs``, ``response-differs``,
``unmodelled-field`` or ``type-changed``. The result lists differences; whether they are
expected is decided by ``replay.py`` against ``expected_differences.yaml``.
"""

from __future__ import annotations

import argparse
import enum
import importlib
import inspect
import io
import json
import sys
import types
import typing
from datetime import datetime
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

if __package__:  # imported by the tests (cassettes.lowlevel)
    from . import wire
else:  # run as a script in the replay subprocess
    sys.path.insert(1, str(Path(__file__).resolve().parent))
    import wire

KINDS = ("operation-missing", "arguments", "request", "response")


#: kind -> the default ``change`` it reports (finer changes are given explicitly)
CHANGES = {
    "operation-missing": "operation-missing",
    "arguments": "arguments",
    "request": "request-differs",
    "response": "response-differs",
}


class Difference(Exception):
    def __init__(self, kind: str, detail: str, change: str | None = None) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail
        self.change = change or CHANGES[kind]


# -- arguments ---------------------------------------------------------------------------------


def _candidates(annotation: Any) -> list[Any]:
    """The concrete types of an annotation: ``X | Unset`` -> [X]; nested unions flattened."""
    from sinch_numbers_api.types import Unset

    if isinstance(annotation, str):
        raise Difference("arguments", f"unresolved annotation {annotation!r}")
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        found: list[Any] = []
        for arg in typing.get_args(annotation):
            found.extend(_candidates(arg))
        return found
    if annotation in (Unset, type(None), inspect.Parameter.empty):
        return []
    return [annotation]


def _scalar(raw: str, annotation: Any) -> Any:
    errors = []
    for cand in _candidates(annotation):
        try:
            if isinstance(cand, type) and issubclass(cand, enum.Enum):
                return cand(raw)
            if cand is bool:
                if raw not in ("true", "false"):
                    raise ValueError(f"not a boolean: {raw!r}")
                return raw == "true"
            if cand in (int, float, str):
                return cand(raw)
        except (ValueError, TypeError) as exc:
            errors.append(f"{getattr(cand, '__name__', cand)}: {exc}")
    raise Difference("arguments", f"cannot convert {raw!r} to {annotation}: {errors}")


def _query_value(values: list[str], annotation: Any) -> Any:
    for cand in _candidates(annotation):
        if typing.get_origin(cand) is list:
            (item,) = typing.get_args(cand)
            return [_scalar(v, item) for v in values]
    if len(values) != 1:
        raise Difference("arguments", f"{len(values)} values sent for a single-valued parameter")
    return _scalar(values[0], annotation)


def _multipart(body: bytes, content_type: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(plain fields, file parts as ``File`` kwargs) of a multipart body."""
    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    fields: dict[str, Any] = {}
    files: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_filename()
        payload = part.get_payload(decode=True) or b""
        if filename is not None:
            files[str(name)] = {
                "payload": payload,
                "file_name": filename,
                "mime_type": part.get("content-type") and part.get_content_type(),
            }
        else:
            fields[str(name)] = payload.decode("utf-8")
    return fields, files


def _body_value(body: bytes, content_type: str, annotation: Any) -> Any:
    from sinch_numbers_api.types import File

    models = [c for c in _candidates(annotation) if hasattr(c, "from_dict")]
    if not models:
        raise Difference("arguments", f"the body parameter's type {annotation} has no from_dict")
    errors = []
    for model in models:
        try:
            if content_type.startswith("multipart/"):
                fields, files = _multipart(body, content_type)
                value = model.from_dict({**fields, **{k: f["payload"] for k, f in files.items()}})
                for name, spec in files.items():
                    attr = _attribute(model, name)
                    payload = io.BytesIO(spec["payload"])
                    setattr(value, attr, File(payload, spec["file_name"], spec["mime_type"]))
                return value
            return model.from_dict(json.loads(body))
        except Difference:
            raise
        except Exception as exc:  # the generated from_dict raises anything on bad input
            errors.append(f"{model.__name__}: {type(exc).__name__}: {exc}")
    raise Difference("arguments", f"the recorded body does not load into {annotation}: {errors}")


def _attribute(model: Any, wire_name: str) -> str:
    import attrs

    for attribute in attrs.fields(model):
        if wire.squash(attribute.name) == wire.squash(wire_name):
            return str(attribute.name)
    raise Difference("arguments", f"{model.__name__} has no attribute for part {wire_name!r}")


def _parameter_types(function: Any) -> dict[str, Any]:
    """The function's annotations as types (the endpoint modules postpone them, and import the
    client classes they name only for type checkers)."""
    from sinch_numbers_api import client

    names = {"AuthenticatedClient": client.AuthenticatedClient, "Client": client.Client}
    return typing.get_type_hints(function, localns=names)


def build_arguments(function: Any, op: wire.Operation, request: dict[str, Any]) -> dict[str, Any]:
    signature = inspect.signature(function)
    hints = _parameter_types(function)
    params = {
        name: p.replace(annotation=hints.get(name, p.annotation))
        for name, p in signature.parameters.items()
        if name != "client"
    }
    by_squash = {wire.squash(name): name for name in params}
    parts = urlsplit(request["uri"])
    kwargs: dict[str, Any] = {}

    def python_name(wire_name: str, where: str) -> str:
        name = by_squash.get(wire.squash(wire_name))
        if name is None:
            raise Difference(
                "arguments",
                f"{op.operation_id} takes no parameter for the recorded {where} {wire_name!r}",
            )
        return name

    for wire_name, value in op.path_params(parts.path).items():
        kwargs[python_name(wire_name, "path parameter")] = value
    grouped: dict[str, list[str]] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        grouped.setdefault(key, []).append(value)
    for key, values in grouped.items():
        name = python_name(key, "query parameter")
        try:
            kwargs[name] = _query_value(values, params[name].annotation)
        except Difference as exc:
            raise Difference("arguments", f"query parameter {key!r}: {exc.detail}") from None
    body = wire.body_text(request.get("body")).encode("utf-8")
    if body:
        if "body" not in params:
            raise Difference("arguments", f"{op.operation_id} takes no body; one was recorded")
        content_type = wire.header(request.get("headers") or {}, "content-type")
        kwargs["body"] = _body_value(body, content_type, params["body"].annotation)
    missing = [
        name
        for name, p in params.items()
        if p.default is inspect.Parameter.empty
        and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        and name not in kwargs
    ]
    if missing:
        raise Difference(
            "arguments",
            f"{op.operation_id} requires {', '.join(missing)}, not in the recorded request",
        )
    return kwargs


def find_function(op: wire.Operation) -> Any:
    """``sync_detailed`` of the operation's module: by tag first, then any tag package."""
    import pkgutil

    import sinch_numbers_api.api as api_pkg

    module_name = wire.snake_case(op.operation_id)
    tags = [wire.snake_case(op.tag)]
    tags += [m.name for m in pkgutil.iter_modules(api_pkg.__path__) if m.name not in tags]
    for tag in tags:
        try:
            module = importlib.import_module(f"sinch_numbers_api.api.{tag}.{module_name}")
        except ModuleNotFoundError:
            continue
        return module.sync_detailed
    raise Difference(
        "operation-missing", f"{op.operation_id} is in the spec but no module {module_name} exists"
    )


# -- comparing ---------------------------------------------------------------------------------


def parsed_value(parsed: Any) -> Any:
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [parsed_value(p) for p in parsed]
    return parsed


def _instant(value: str) -> datetime | None:
    if "T" not in value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def first_difference(expected: Any, actual: Any, path: str = "$") -> str | None:
    """Where ``actual`` (parsed, re-serialized) differs from ``expected`` (recorded JSON).

    Normalization: members whose value is ``null`` count as absent; strings that both parse as
    ISO 8601 date-times compare as instants (``Z`` vs ``+00:00``); numbers compare by value.
    """
    if isinstance(expected, dict) and isinstance(actual, dict):
        exp = {k: v for k, v in expected.items() if v is not None}
        act = {k: v for k, v in actual.items() if v is not None}
        for key in sorted(set(exp) | set(act)):
            if key not in act:
                return f"{path}.{key}: recorded {exp[key]!r}, missing from the parsed value"
            if key not in exp:
                return f"{path}.{key}: parsed {act[key]!r}, not in the recorded response"
            found = first_difference(exp[key], act[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return f"{path}: {len(expected)} items recorded, {len(actual)} parsed"
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            found = first_difference(e, a, f"{path}[{i}]")
            if found:
                return found
        return None
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        e_time, a_time = _instant(expected), _instant(actual)
        if e_time is not None and a_time is not None and e_time == a_time:
            return None
    if isinstance(expected, bool) or isinstance(actual, bool):
        same = type(expected) is type(actual) and expected == actual
    elif isinstance(expected, int | float) and isinstance(actual, int | float):
        same = expected == actual
    else:
        same = type(expected) is type(actual) and expected == actual
    return None if same else f"{path}: recorded {expected!r}, parsed {actual!r}"


def expected_value(interaction: dict[str, Any], reference: wire.Operation | None) -> Any:
    response = interaction["response"]
    status = str(response["status"]["code"])
    text = wire.body_text(response.get("body"))
    if reference is None or status not in reference.documented or not text:
        return None
    if not status.startswith("2"):  # an error: left unparsed by the generated function
        return None
    return json.loads(text)


# -- what the client made of a value ----------------------------------------------------------


def _resolve_ref(spec: dict[str, Any], node: Any, depth: int = 0) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 64:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {})
        node, depth = target, depth + 1
    return node


def typed_paths(spec: dict[str, Any], schema: Any, value: Any, path: str = "$") -> set[str]:
    """Paths of ``value``'s members that ``schema`` (in ``spec``) declares as properties."""
    schema = _resolve_ref(spec, schema)
    found: set[str] = set()
    if not isinstance(schema, dict):
        return found
    for member in schema.get("allOf") or []:
        found |= typed_paths(spec, member, value, path)
    branches = (schema.get("oneOf") or []) + (schema.get("anyOf") or [])
    discriminator = schema.get("discriminator") or {}
    if branches and isinstance(value, dict) and discriminator.get("mapping"):
        chosen = discriminator["mapping"].get(value.get(discriminator.get("propertyName")))
        branches = [{"$ref": chosen}] if chosen else branches
    for branch in branches:
        found |= typed_paths(spec, branch, value, path)
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in props:
                found.add(f"{path}.{key}")
                found |= typed_paths(spec, props[key], item, f"{path}.{key}")
            elif isinstance(extra, dict):
                found |= typed_paths(spec, extra, item, f"{path}.{key}")
    elif isinstance(value, list) and schema.get("items") is not None:
        for index, item in enumerate(value):
            found |= typed_paths(spec, schema["items"], item, f"{path}[{index}]")
    return found


def _hints(cls: type) -> dict[str, Any]:
    import sinch_numbers_api.models as models
    import sinch_numbers_api.types as types_module

    try:
        return typing.get_type_hints(cls, localns={**vars(models), **vars(types_module)})
    except Exception:  # an annotation that does not resolve: nothing to check against
        return {}


def _fits(value: Any, hint: Any) -> bool:
    from sinch_numbers_api.types import Unset

    origin = typing.get_origin(hint)
    if hint is Any or isinstance(hint, str | typing.TypeVar):
        return True
    if isinstance(hint, types.UnionType) or origin is typing.Union:
        return any(_fits(value, arg) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is Unset:
        return isinstance(value, Unset)
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return isinstance(value, list) and all(_fits(v, item) for v in value)
    if origin is dict:
        return isinstance(value, dict)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True


def _type_name(hint: Any) -> str:
    text = str(hint).replace("sinch_numbers_api.types.", "")
    return text.replace("sinch_numbers_api.models.", "")


def conformance(
    parsed: Any, recorded: Any, path: str = "$"
) -> tuple[set[str], list[tuple[str, str, Any]]]:
    """Walk a parsed model beside the JSON it came from.

    Returns (paths whose member only survived in ``additional_properties``, and
    ``(path, annotation, value)`` for typed attributes whose value does not fit).
    """
    import attrs

    untyped: set[str] = set()
    mistyped: list[tuple[str, str, Any]] = []
    if attrs.has(type(parsed)) and isinstance(recorded, dict):
        extra = set(getattr(parsed, "additional_properties", None) or {})
        fields = {
            wire.squash(f.name): f.name
            for f in attrs.fields(type(parsed))
            if f.name != "additional_properties"
        }
        hints = _hints(type(parsed))
        for key, item in recorded.items():
            here = f"{path}.{key}"
            name = fields.get(wire.squash(key))
            if key in extra:
                hint = hints.get(name) if name is not None else None
                if hint is not None and item is not None and not _fits(item, hint):
                    # a modelled field the tolerant reader kept raw: its value did not fit
                    mistyped.append((here, _type_name(hint), item))
                else:
                    untyped.add(here)
                continue
            if name is None or item is None:
                continue
            value = getattr(parsed, name)
            hint = hints.get(name)
            if hint is not None and not _fits(value, hint):
                mistyped.append((here, _type_name(hint), value))
                continue
            sub_untyped, sub_mistyped = conformance(value, item, here)
            untyped |= sub_untyped
            mistyped += sub_mistyped
    elif isinstance(parsed, list) and isinstance(recorded, list):
        for index, (p_item, r_item) in enumerate(zip(parsed, recorded, strict=False)):
            sub_untyped, sub_mistyped = conformance(p_item, r_item, f"{path}[{index}]")
            untyped |= sub_untyped
            mistyped += sub_mistyped
    return untyped, mistyped


def check_conformance(
    parsed: Any,
    recorded: Any,
    reference: dict[str, Any] | None,
    schema: Any,
    direction: str,
) -> list[Difference]:
    """The findings of :func:`conformance` as ``response``/``request`` differences: one for the
    members no longer modelled, one per attribute whose value does not fit its type."""
    if recorded is None or parsed is None:
        return []
    untyped, mistyped = conformance(parsed, recorded)
    kind = "response" if direction == "response" else "request"
    found = []
    if untyped and reference is not None and schema is not None:
        lost = sorted(untyped & typed_paths(reference, schema, recorded))
        if lost:
            found.append(
                Difference(
                    kind,
                    f"{', '.join(lost)}: typed in the spec the cassette was recorded under, but "
                    "the client no longer models it (the value only survives in "
                    "additional_properties)",
                    "unmodelled-field",
                )
            )
    for where, hint, value in mistyped:
        found.append(
            Difference(
                kind,
                f"{where}: the client types it as {hint}, the recorded {direction} has {value!r}",
                "type-changed",
            )
        )
    return found


def operation_schemas(
    spec: dict[str, Any], template: str, method: str, status: str
) -> tuple[Any, Any]:
    """(request body schema, response schema for ``status``) of an operation of ``spec``."""
    item = _resolve_ref(spec, (spec.get("paths") or {}).get(template) or {})
    op = item.get(method.lower()) or {}
    body = _resolve_ref(spec, op.get("requestBody") or {})
    request = next(iter((body.get("content") or {}).values()), {}).get("schema")
    response = _resolve_ref(spec, (op.get("responses") or {}).get(status) or {})
    media = (response.get("content") or {}).get("application/json") or {}
    return request, media.get("schema")


# -- running -----------------------------------------------------------------------------------


def _short(exc: BaseException, lines: int = 14) -> str:
    text = str(exc).strip().splitlines()
    keep = [line for line in text if line.strip()][:lines]
    return "\n".join(keep)


class Runner:
    def __init__(self, generated_dir: Path) -> None:
        import vcr

        self.generated_dir = generated_dir
        self.spec_path = generated_dir / "numbers.normalized.yaml"
        self.ops = wire.operations(wire.load_spec(self.spec_path))
        self._references: dict[str, tuple[dict[str, Any], list[wire.Operation]] | None] = {}
        self.vcr = vcr.VCR(record_mode="none", **wire.vcr_options(wire.Redactor()))

    def reference(self, sha: str) -> tuple[dict[str, Any], list[wire.Operation]] | None:
        """(spec, operations) of the pinned spec a cassette was recorded under."""
        if sha not in self._references:
            path = wire.spec_by_sha(sha)
            spec = None if path is None else wire.load_spec(path)
            self._references[sha] = None if spec is None else (spec, wire.operations(spec))
        return self._references[sha]

    def reference_ops(self, sha: str) -> list[wire.Operation] | None:
        found = self.reference(sha)
        return None if found is None else found[1]

    def uncovered(self, paths: list[Path]) -> list[str]:
        """Operations of this spec no cassette records a 200/201/204 for (as in
        test_cassette_files.py's coverage test)."""
        covered = set()
        for path in paths:
            for interaction in wire.load_cassette(path).get("interactions") or []:
                if wire.is_token_call(interaction):
                    continue
                request = interaction["request"]
                op = wire.find_operation(self.ops, request["method"], urlsplit(request["uri"]).path)
                if op is not None and interaction["response"]["status"]["code"] in (200, 201, 204):
                    covered.add(op.operation_id)
        return sorted({op.operation_id for op in self.ops} - covered)

    def run(self, path: Path) -> dict[str, Any]:
        from sinch_numbers_api.client import Client
        from vcr.errors import CannotOverwriteExistingCassetteException

        data = wire.load_cassette(path)
        recorded_with = data.get("recorded_with") or {}
        found_reference = self.reference(str(recorded_with.get("spec_sha256")))
        reference_spec, reference = found_reference or (None, None)
        interactions = data.get("interactions") or []
        under_test = wire.operation_under_test(data)
        first_under_test = min(
            (
                i
                for i, interaction in enumerate(interactions)
                if not wire.is_token_call(interaction)
                and (
                    op := wire.find_operation(
                        reference or self.ops,
                        interaction["request"]["method"],
                        urlsplit(interaction["request"]["uri"]).path,
                    )
                )
                and op.operation_id == under_test
            ),
            default=None,
        )
        differences: list[dict[str, Any]] = []
        replayed = 0
        with self.vcr.use_cassette(str(path), allow_playback_repeats=False) as cassette:
            for index, interaction in enumerate(interactions):
                if wire.is_token_call(interaction):
                    continue
                request = interaction["request"]
                method, req_path = request["method"], urlsplit(request["uri"]).path
                ref_op = wire.find_operation(reference or self.ops, method, req_path)
                label = ref_op.operation_id if ref_op else None
                try:
                    if reference is None:
                        raise Difference(
                            "response",
                            f"recorded under spec sha256 {recorded_with.get('spec_sha256')}, "
                            "which is not a pinned spec",
                        )
                    op = wire.find_operation(self.ops, method, req_path)
                    if op is None:
                        where = ref_op.template if ref_op else req_path
                        raise Difference(
                            "operation-missing", f"no operation {method} {where} in this spec"
                        )
                    label = label or op.operation_id
                    function = find_function(op)
                    kwargs = build_arguments(function, op, request)
                    client = Client(base_url=wire.API_BASE)
                    try:
                        response = function(client=client, **kwargs)
                    except CannotOverwriteExistingCassetteException as exc:
                        raise Difference("request", _short(exc)) from None
                    except Exception as exc:
                        played = cassette.play_counts[index] == 1
                        kind = "response" if played else "request"
                        raise Difference(kind, f"{type(exc).__name__}: {exc}") from None
                    finally:
                        client.get_httpx_client().close()
                    if cassette.play_counts[index] != 1:
                        raise Difference(
                            "request", f"the call replayed another interaction than #{index}"
                        )
                    replayed += 1
                    status = int(response.status_code)
                    if status != interaction["response"]["status"]["code"]:
                        raise Difference("response", f"status {status}")
                    expected = expected_value(interaction, ref_op)
                    found = first_difference(expected, parsed_value(response.parsed))
                    if found:
                        raise Difference("response", found)
                    request_schema, response_schema = (
                        operation_schemas(reference_spec, ref_op.template, method, str(status))
                        if reference_spec is not None and ref_op is not None
                        else (None, None)
                    )
                    body_text = wire.body_text(request.get("body"))
                    content_type = wire.header(request.get("headers") or {}, "content-type")
                    findings = []
                    if "body" in kwargs and body_text and "json" in content_type:
                        findings += check_conformance(
                            kwargs["body"],
                            json.loads(body_text),
                            reference_spec,
                            request_schema,
                            "request",
                        )
                    findings += check_conformance(
                        response.parsed, expected, reference_spec, response_schema, "response"
                    )
                except Difference as diff:
                    findings = [diff]
                if label is not None and label == under_test:
                    role = "under-test"
                elif first_under_test is not None and index > first_under_test:
                    role = "follow-up"
                else:
                    role = "setup"
                for diff in findings:
                    differences.append(
                        {
                            "interaction": index,
                            "operation": label,
                            "request": f"{method} {req_path}",
                            "kind": diff.kind,
                            "change": diff.change,
                            "role": role,
                            "detail": diff.detail,
                        }
                    )
        return {
            "cassette": path.stem,
            "operation_under_test": under_test,
            "interactions": sum(1 for i in interactions if not wire.is_token_call(i)),
            "replayed": replayed,
            "differences": differences,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--generated-dir", type=Path, required=True)
    parser.add_argument("--cassette", action="append", default=[], help="stem; default all")
    parser.add_argument("--cassette-dir", type=Path, default=wire.CASSETTE_DIR)
    args = parser.parse_args(argv)
    generated_dir: Path = args.generated_dir.resolve()
    if generated_dir.name == "sinch_numbers_api":
        generated_dir = generated_dir.parent
    sys.path.insert(0, str(generated_dir))
    import sinch_numbers_api

    package = Path(sinch_numbers_api.__file__).resolve().parent
    if package.parent != generated_dir:
        print(f"imported {package}, not the package in {generated_dir}", file=sys.stderr)
        return 2
    manifest = json.loads((generated_dir / "GENERATED.json").read_text(encoding="utf-8"))
    runner = Runner(generated_dir)
    paths = sorted(args.cassette_dir.glob("*.yaml"))
    if args.cassette:
        paths = [p for p in paths if p.stem in set(args.cassette)]
    results = [runner.run(path) for path in paths]
    json.dump(
        {
            "version": manifest["spec_version"],
            "spec_sha256": manifest["spec_sha256"],
            "package": str(package),
            "cassettes": results,
            "operations_without_cassette": runner.uncovered(
                sorted(args.cassette_dir.glob("*.yaml"))
            ),
        },
        sys.stdout,
        indent=1,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
