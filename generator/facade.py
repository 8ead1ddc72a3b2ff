"""Generate the per-operation part of the overlay facade from the spec and the generated package.

The facade's methods are mechanical: an operationId becomes a method on a resource, its path
parameters positional arguments, its query parameters and body fields keyword arguments, sync
and async twins. Writing them by hand invites drift, so this step renders
``overlay/sinch_numbers/resources/_generated.py`` from

- the normalized spec (operations, tags, pagination shape, ``x-exactly-one-of``), and
- the freshly generated ``sinch_numbers_api`` (argument names and types, read with
  ``inspect`` and ``attrs``, so the facade always matches the functions it calls),

plus ``generator/facade.yaml`` for friendly names and the money policy. The policy itself
(auth, retries, errors, E.164 checks, pagination) is handwritten in ``overlay/``.

Run in a subprocess whose ``sys.path`` starts with the generated tree (regenerate does that),
so the introspected package is the new one, never an installed older copy.
"""

from __future__ import annotations

import argparse
import enum
import importlib
import inspect
import sys
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs
import naming
import unions
import yaml
from unions import pascal, snake

HEADER = (
    "# Generated from openapi/numbers.yaml and generator/facade.yaml by generator/facade.py.\n"
    "# Do not edit: change generator/ and run scripts/regenerate.\n"
)
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass
class Rendered:
    """A Python annotation for the facade and how to turn the argument into the generated type."""

    annotation: str
    convert: str  # format string with {v}
    runtime: set[tuple[str, str]] = field(default_factory=set)  # (module, name) for conversion
    typing_names: set[tuple[str, str]] = field(default_factory=set)  # for annotations only


class Renderer:
    def __init__(self, package: str, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.models = importlib.import_module(f"{package}.models")
        self.types_mod = importlib.import_module(f"{package}.types")
        self.unions = self._find_unions()

    def _find_unions(self) -> dict[frozenset[str], tuple[str, str]]:
        """Variant class names -> (module, ``parse_*``), for top-level discriminated unions."""
        return {
            frozenset(v.class_name for v in union.variants): (
                f"{self.models.__name__}.{union.module}",
                f"parse_{union.module}",
            )
            for union in unions.find_unions(self.spec)
        }

    def render(self, tp: Any) -> Rendered:
        Unset = self.types_mod.Unset
        File = self.types_mod.File
        if tp is Unset:
            return Rendered("Unset", "{v}", typing_names={("sinch_numbers_api.types", "Unset")})
        if tp is type(None):
            return Rendered("None", "{v}")
        origin = typing.get_origin(tp)
        if origin in (types.UnionType, typing.Union):
            args = typing.get_args(tp)
            models = [a for a in args if attrs.has(a)]
            if len(models) > 1:
                key = frozenset(m.__name__ for m in models)
                found = self.unions.get(key)
                if found is None:
                    raise ValueError(f"no parse_* function for union {tp}")
                parser_module, parser = found
                others = [self.render(a) for a in args if not attrs.has(a)]
                model_r = [self._model_annotation(m) for m in models]
                ann = " | ".join(
                    [r.annotation for r in model_r]
                    + ["Mapping[str, Any]"]
                    + [o.annotation for o in others]
                )
                r = Rendered(ann, f"model_value({parser}, {{v}})")
                r.runtime.add((parser_module, parser))
                for part in (*model_r, *others):
                    r.typing_names |= part.typing_names
                return r
            parts = [self.render(a) for a in args]
            real = [p for p, a in zip(parts, args, strict=True) if a not in (Unset, type(None))]
            convert = real[0].convert if len(real) == 1 else "{v}"
            r = Rendered(" | ".join(p.annotation for p in parts), convert)
            for p in parts:
                r.runtime |= p.runtime
                r.typing_names |= p.typing_names
            return r
        if origin is list:
            (item,) = typing.get_args(tp)
            inner = self.render(item)
            if inner.convert == "{v}":
                r = Rendered(f"Sequence[{inner.annotation}]", "plain_list({v})")
            else:
                helper = (
                    "enum_list"
                    if isinstance(item, type) and issubclass(item, enum.Enum)
                    else "model_list"
                )
                r = Rendered(f"Sequence[{inner.annotation}]", f"{helper}({item.__name__}, {{v}})")
            r.runtime |= inner.runtime
            r.typing_names |= inner.typing_names
            return r
        if tp is File:
            return Rendered("FileInput", "file_value({v})")
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return Rendered(
                f"{tp.__name__} | str",
                f"enum_value({tp.__name__}, {{v}})",
                runtime={(tp.__module__, tp.__name__)},
                typing_names={(tp.__module__, tp.__name__)},
            )
        if attrs.has(tp):
            r = self._model_annotation(tp)
            r.annotation += " | Mapping[str, Any]"
            r.convert = f"model_value({tp.__name__}, {{v}})"
            r.runtime.add((tp.__module__, tp.__name__))
            return r
        if tp in (str, int, float, bool):
            return Rendered(tp.__name__, "{v}")
        if tp is Any:
            return Rendered("Any", "{v}")
        if tp.__module__ == "datetime":
            return Rendered(f"datetime.{tp.__name__}", "{v}")
        raise ValueError(f"cannot render type {tp!r}")

    @staticmethod
    def _model_annotation(model: type) -> Rendered:
        return Rendered(model.__name__, "{v}", typing_names={(model.__module__, model.__name__)})


@dataclass
class Arg:
    name: str  # facade name
    target: str  # generated name
    rendered: Rendered
    required: bool
    kind: str  # "path" | "query" | "body"


@dataclass
class Method:
    operation_id: str
    resource: str
    name: str
    http_method: str
    path: str
    summary: str
    deprecated: bool
    idempotent: bool
    reconcile: str | None
    module: str  # sinch_numbers_api.api.x.y
    path_args: list[Arg]
    query_args: list[Arg]
    body_args: list[Arg]
    body_model: tuple[str, str] | None  # (module, class)
    body_optional: bool
    returns: tuple[str, str] | None
    pagination: tuple[str, str] | None  # (items attribute, item class) when paginated
    exactly_one_of: list[list[str]]
    needs_friendly_name: bool


def build_methods(spec: dict[str, Any], config: dict[str, Any], package: str) -> list[Method]:
    renderer = Renderer(package, spec)
    Unset = renderer.types_mod.Unset
    renames: dict[str, str] = config.get("renames") or {}
    names: dict[str, Any] = config.get("operations") or {}
    schemas = spec["components"]["schemas"]
    methods = []
    for path, item in spec["paths"].items():
        for http_method in HTTP_METHODS:
            op = item.get(http_method)
            if op is None:
                continue
            op_id = op["operationId"]
            tag = op["tags"][0]
            module_name = f"{package}.api.{snake(tag)}.{snake(op_id)}"
            module = importlib.import_module(module_name)
            entry = names.get(op_id)
            resource, name, needs_friendly_name = naming.facade_name(spec, config, op_id)
            idempotent = entry["idempotent"] if entry else http_method in ("get", "put", "patch")
            signature = inspect.signature(module.sync_detailed)
            path_args, query_args, body_args = [], [], []
            body_model = None
            body_optional = False
            for param in signature.parameters.values():
                if param.name in ("project_id", "client"):
                    continue
                if param.name == "body":
                    body_tp = param.annotation
                    body_cls = body_tp
                    if typing.get_origin(body_tp) in (types.UnionType, typing.Union):
                        body_cls = next(a for a in typing.get_args(body_tp) if a is not Unset)
                        body_optional = True
                    body_model = (body_cls.__module__, body_cls.__name__)
                    hints = typing.get_type_hints(
                        body_cls,
                        localns={**vars(renderer.models), **vars(renderer.types_mod)},
                    )
                    for f in attrs.fields(body_cls):
                        if f.name == "additional_properties":
                            continue
                        body_args.append(
                            Arg(
                                renames.get(f.name, f.name),
                                f.name,
                                renderer.render(hints[f.name]),
                                f.default is attrs.NOTHING,
                                "body",
                            )
                        )
                    continue
                arg = Arg(
                    renames.get(param.name, param.name),
                    param.name,
                    renderer.render(param.annotation),
                    param.default is inspect.Parameter.empty,
                    "path" if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD else "query",
                )
                (path_args if arg.kind == "path" else query_args).append(arg)
            returns, pagination = _success_model(
                op, schemas, package, spec["components"].get("responses") or {}
            )
            methods.append(
                Method(
                    operation_id=op_id,
                    resource=resource,
                    name=name,
                    http_method=http_method.upper(),
                    path=path,
                    summary=(op.get("summary") or op_id).strip(),
                    deprecated=bool(op.get("deprecated")),
                    idempotent=idempotent,
                    reconcile=(entry or {}).get("reconcile"),
                    module=module_name,
                    path_args=path_args,
                    query_args=query_args,
                    body_args=body_args,
                    body_model=body_model,
                    body_optional=body_optional,
                    returns=returns,
                    pagination=pagination,
                    exactly_one_of=_exactly_one_of(op, schemas),
                    needs_friendly_name=needs_friendly_name,
                )
            )
    return methods


def _request_schema(op: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any] | None:
    content = (op.get("requestBody") or {}).get("content") or {}
    for media in content.values():
        ref = (media.get("schema") or {}).get("$ref")
        if ref:
            return dict(schemas[ref.rsplit("/", 1)[-1]])
    return None


def _exactly_one_of(op: dict[str, Any], schemas: dict[str, Any]) -> list[list[str]]:
    schema = _request_schema(op, schemas) or {}
    return [[snake(p) for p in group] for group in schema.get("x-exactly-one-of") or []]


def _success_model(
    op: dict[str, Any], schemas: dict[str, Any], package: str, spec_responses: dict[str, Any]
) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    for status in ("200", "201", "202"):
        response = (op.get("responses") or {}).get(status)
        if not response:
            continue
        if "$ref" in response:  # a shared response in components/responses
            response = spec_responses[response["$ref"].rsplit("/", 1)[-1]]
        for media in (response.get("content") or {}).values():
            ref = (media.get("schema") or {}).get("$ref")
            if not ref:
                continue
            name = ref.rsplit("/", 1)[-1]
            returns = (f"{package}.models.{snake(name)}", pascal(name))
            props = schemas[name].get("properties") or {}
            arrays = [k for k, v in props.items() if v.get("type") == "array"]
            if "nextPageToken" in props and len(arrays) == 1:
                item_ref = props[arrays[0]]["items"].get("$ref", "")
                item = item_ref.rsplit("/", 1)[-1]
                return returns, (snake(arrays[0]), pascal(item))
            return returns, None
    return None, None


# --- rendering ------------------------------------------------------------------------------


def _signature(m: Method, paginated: bool) -> list[str]:
    params = ["self"]
    params += [f"{a.name}: {a.rendered.annotation}" for a in m.path_args]
    keyword = [
        a for a in m.query_args + m.body_args if not (paginated and a.target == "page_token")
    ]
    if keyword:
        params.append("*")
    for a in sorted(keyword, key=lambda a: not a.required):
        default = "" if a.required else " = UNSET"
        params.append(f"{a.name}: {a.rendered.annotation}{default}")
    return params


def _docstring(m: Method, asynchronous: bool) -> list[str]:
    lines = [f'"""{m.summary.rstrip(".")}.', ""]
    lines.append(f"``{m.http_method} {m.path}`` (operationId ``{m.operation_id}``).")
    if m.deprecated:
        lines.append("Deprecated upstream: prefer number orders for new integrations.")
    if not m.idempotent:
        lines.append(
            "Billable or state-changing: never resent automatically when its outcome is unknown."
        )
    if m.pagination:
        verb = "async for" if asynchronous else "for"
        lines.append(f"Returns a pager: ``{verb} item in ...`` walks every page;")
        lines.append("``.iter_pages()`` yields whole pages.")
    lines.append('"""')
    return lines


def _call_lines(m: Method, asynchronous: bool, paginated: bool, phone_args: set[str]) -> list[str]:
    fn = "asyncio_detailed" if asynchronous else "sync_detailed"
    body: list[str] = [f"from {m.module} import {fn} as _send"]
    imports = set()
    for a in m.path_args + m.query_args + m.body_args:
        imports |= a.rendered.runtime
    if m.body_model:
        imports.add(m.body_model)
    for module, name in sorted(imports):
        body.append(f"from {module} import {name}")
    for a in m.path_args:
        if a.name in phone_args:
            body.append(f"{a.name} = require_e164({a.name})")
    if m.http_method == "PATCH" and m.body_args:
        names = ", ".join(f'"{a.name}": {a.name}' for a in m.body_args)
        body.append(f'require_changes("{m.name}", {{{names}}})')
    if m.exactly_one_of:
        names = ", ".join(f'"{alt[0]}": {alt[0]}' for alt in m.exactly_one_of)
        body.append(f'require_exactly_one("{m.name}", {{{names}}})')
    local: dict[str, str] = {}
    for a in m.path_args + m.query_args + m.body_args:
        local[a.name] = a.name
        if a.rendered.convert != "{v}":
            local[a.name] = f"_{a.name}"
            body.append(f"_{a.name} = {a.rendered.convert.format(v=a.name)}")
    args = ["self._project_id"] + [local[a.name] for a in m.path_args]
    kwargs = ["client=client"]
    for a in m.query_args:
        value = "page_token" if paginated and a.target == "page_token" else local[a.name]
        kwargs.append(f"{a.target}={value}")
    if m.body_model:
        fields = ", ".join(f"{a.target}={local[a.name]}" for a in m.body_args)
        body.append(f"body = {m.body_model[1]}({fields})")
        kwargs.append("body=body")
    hint = "None"
    if m.reconcile:
        hint = ("f" if "{" in m.reconcile else "") + repr(m.reconcile)
    send = f"_send({', '.join(args + kwargs)})"
    ret = m.returns[1] if m.returns else "None"
    op = f"_OP_{snake(m.operation_id).upper()}"
    if paginated:
        assert m.pagination is not None
        items, _item = m.pagination
        if asynchronous:
            body += [
                f"async def fetch(page_token: str | Unset) -> {ret}:",
                f'    return cast("{ret}", await self._call({op}, lambda client: {send}, None))',
                "",
                f"return AsyncPager(fetch, lambda page: page.{items}, first_token=page_token)",
            ]
        else:
            body += [
                f"def fetch(page_token: str | Unset) -> {ret}:",
                f'    return cast("{ret}", self._call({op}, lambda client: {send}, None))',
                "",
                f"return SyncPager(fetch, lambda page: page.{items}, first_token=page_token)",
            ]
        return body
    awaiting = "await " if asynchronous else ""
    result = f"{awaiting}self._call({op}, lambda client: {send}, {hint})"
    body.append(f'return cast("{ret}", {result})' if m.returns else f"{result}\nreturn None")
    return body


def render_module(methods: list[Method], config: dict[str, Any]) -> str:
    resources = _resource_classes(methods, config)
    phone_args = set(config.get("phone_number_arguments") or [])
    by_resource: dict[str, list[Method]] = {}
    for m in methods:
        by_resource.setdefault(m.resource, []).append(m)

    typing_names: set[tuple[str, str]] = set()
    for m in methods:
        for a in m.path_args + m.query_args + m.body_args:
            typing_names |= a.rendered.typing_names
        if m.returns:
            typing_names.add(m.returns)
        if m.pagination:
            typing_names.add(
                (m.returns[0].rsplit(".", 1)[0] + "." + snake(m.pagination[1]), m.pagination[1])
            )  # type: ignore[index]
    typing_names.discard(("sinch_numbers_api.types", "Unset"))

    out = [
        HEADER.rstrip("\n"),
        '"""Resources of ``NumbersClient`` and ``AsyncNumbersClient``: a method per operation."""',
        "",
        "# ruff: noqa: E501",
        "from __future__ import annotations",
        "",
        "import datetime",
        "from collections.abc import Mapping, Sequence",
        "from typing import TYPE_CHECKING, Any, cast",
        "",
        "from sinch_numbers_api.types import UNSET, Unset",
        "",
        "from ._base import (",
        "    AsyncPager,",
        "    AsyncResource,",
        "    FileInput,",
        "    Operation,",
        "    SyncPager,",
        "    SyncResource,",
        "    enum_list,",
        "    enum_value,",
        "    file_value,",
        "    model_list,",
        "    model_value,",
        "    plain_list,",
        "    require_changes,",
        "    require_e164,",
        "    require_exactly_one,",
        ")",
        "",
        "if TYPE_CHECKING:",
    ]
    for module, name in sorted(typing_names):
        out.append(f"    from {module} import {name}")
    out.append("")
    for m in methods:
        out.append(
            f"_OP_{snake(m.operation_id).upper()} = Operation("
            f"{m.operation_id!r}, {m.http_method!r}, {m.path!r}, idempotent={m.idempotent!r})"
        )
    out.append("")
    out.append("OPERATIONS: dict[str, tuple[str, str]] = {")
    for m in methods:
        out.append(f"    {m.operation_id!r}: ({m.resource!r}, {m.name!r}),")
    out.append("}")
    out.append('"""operationId -> (resource attribute, method name), for tooling and tests."""')
    out.append("")
    out.append("NEEDS_FRIENDLY_NAME: tuple[str, ...] = (")
    for m in methods:
        if m.needs_friendly_name:
            out.append(f"    {m.operation_id!r},")
    out.append(")")
    out.append(
        '"""Operations named automatically because generator/facade.yaml has no entry yet."""'
    )

    for asynchronous in (False, True):
        prefix = "Async" if asynchronous else ""
        base = "AsyncResource" if asynchronous else "SyncResource"
        for resource, stem in resources.items():
            if resource not in by_resource:
                continue
            out += ["", "", f"class {prefix}{stem}({base}):"]
            out.append(f'    """``client.{resource}``."""')
            for m in by_resource[resource]:
                paginated = m.pagination is not None
                params = _signature(m, paginated)
                if paginated:
                    item = m.pagination[1]  # type: ignore[index]
                    pager = "AsyncPager" if asynchronous else "SyncPager"
                    ret = f"{pager}[{m.returns[1]}, {item}]"  # type: ignore[index]
                    if "page_token" not in [a.target for a in m.query_args]:
                        raise ValueError(f"{m.operation_id}: paginated without pageToken")
                    params.append("page_token: str | Unset = UNSET")
                else:
                    ret = m.returns[1] if m.returns else "None"
                is_async = asynchronous and not paginated
                deff = "async def" if is_async else "def"
                out.append("")
                out.append(f"    {deff} {m.name}(")
                out += [f"        {p}," for p in params]
                out.append(f"    ) -> {ret}:")
                out += ["        " + line if line else "" for line in _docstring(m, asynchronous)]
                for line in _call_lines(m, asynchronous, paginated, phone_args):
                    out += ["        " + sub if sub else "" for sub in line.split("\n")]
    out.append("")
    resources_line = ", ".join(f"{r!r}" for r in resources if r in by_resource)
    out.append(f"RESOURCES: tuple[str, ...] = ({resources_line},)")
    out.append("")
    return "\n".join(out)


def render_accessors(methods: list[Method], config: dict[str, Any]) -> str:
    """The clients' resource attributes; each loads its class on first use, not at import."""
    resources = _resource_classes(methods, config)
    overrides: dict[str, dict[str, str]] = config.get("resource_overrides") or {}

    def source(resource: str, asynchronous: bool) -> tuple[str, str]:
        """(module, class) serving ``resource``: an override, or the generated class."""
        override = overrides.get(resource, {}).get("async" if asynchronous else "sync")
        if override:
            module, _, name = override.partition(":")
            return module, name
        return "._generated", ("Async" if asynchronous else "") + resources[resource]

    typing_imports: dict[str, set[str]] = {}
    for resource in resources:
        for asynchronous in (False, True):
            module, name = source(resource, asynchronous)
            typing_imports.setdefault(module, set()).add(name)
    out = [
        HEADER.rstrip("\n"),
        '"""Resource attributes of the clients: each class loads on first use (import speed)."""',
        "",
        "from __future__ import annotations",
        "",
        "import functools",
        "from typing import TYPE_CHECKING, cast",
        "",
        "if TYPE_CHECKING:",
        "    from sinch_numbers._client import AsyncNumbersClient, NumbersClient",
    ]
    for module, names in sorted(typing_imports.items()):
        out.append(f"    from {module} import {', '.join(sorted(names))}")
    for asynchronous in (False, True):
        client = "AsyncNumbersClient" if asynchronous else "NumbersClient"
        out += ["", "", f"class {'Async' if asynchronous else 'Sync'}Resources:"]
        out.append(f'    """The resource attributes of ``{client}``."""')
        for resource in resources:
            module, name = source(resource, asynchronous)
            out += [
                "",
                "    @functools.cached_property",
                f"    def {resource}(self) -> {name}:",
                f"        from {module} import {name}",
                "",
                f'        return {name}(cast("{client}", self))',
            ]
    out.append("")
    return "\n".join(out)


def _resource_classes(methods: list[Method], config: dict[str, Any]) -> dict[str, str]:
    """Resource attribute -> class name, in facade.yaml order, then new resources by appearance."""
    configured: dict[str, str] = dict(config.get("resources") or {})
    used = {m.resource for m in methods}
    names = {r: s for r, s in configured.items() if r in used}
    for m in methods:
        names.setdefault(m.resource, pascal(m.resource))
    return {r: s + "Resource" for r, s in names.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="render the overlay facade")
    parser.add_argument("--spec", type=Path, required=True, help="normalized spec")
    parser.add_argument("--config", type=Path, default=Path(__file__).with_name("facade.yaml"))
    parser.add_argument("--out-dir", type=Path, required=True, help="gets both facade modules")
    args = parser.parse_args(argv)
    spec = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
    config = yaml.safe_load(args.config.read_text(encoding="utf-8"))
    methods = build_methods(spec, config, "sinch_numbers_api")
    (args.out_dir / "_generated.py").write_text(render_module(methods, config), encoding="utf-8")
    (args.out_dir / "_accessors.py").write_text(render_accessors(methods, config), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
