"""Generate the per-operation part of the overlay facade from the spec and the generated package.

The facade's methods are mechanical: an operationId becomes a method on a resource, its path
parameters positional arguments, its query parameters and body fields keyword arguments, sync
and async twins. Writing them by hand invites drift, so this step renders one module per
resource into ``overlay/sinch_numbers/resources/`` (``active_numbers.py``, ...), plus
``_accessors.py`` (the clients' resource attributes) and ``_operations.py`` (the operationId
table), from

- the normalized spec (operations, tags, pagination shape, ``x-exactly-one-of``), and
- the freshly generated ``sinch_numbers_api`` (argument names and types, read with
  ``inspect`` and ``attrs``, so the facade always matches the functions it calls),

plus ``generator/facade.yaml`` for friendly names and the money policy. This file only
gathers that data (``build_methods``, ``resource_views``); the code is in the Jinja templates
of ``templates/facade/``. The policy itself (auth, retries, errors, E.164 checks, pagination)
is handwritten in ``overlay/``.

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
import jinja2
import naming
import normalize
import unions
from regenerate import FACADE_HEADER as HEADER
from unions import pascal, snake

TEMPLATES = Path(__file__).resolve().parent / "templates" / "facade"
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

    def model_names(self) -> dict[str, Any]:
        """Every export of the generated ``models`` package (it loads them lazily)."""
        return {name: getattr(self.models, name) for name in self.models.__all__}

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
        """The annotation and the check of an argument of type ``tp``.

        ``convert`` is a format string: ``{v}`` the argument, ``{n}`` its name (a literal),
        ``{x}`` extra keyword arguments from the spec (bounds), filled in by ``method_view``.
        """
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
                accepts = "".join(f"{m.__name__}, " for m in models)
                r = Rendered(ann, f"model_value({parser}, {{v}}, {{n}}, ({accepts}){{x}})")
                r.runtime.add((parser_module, parser))
                for m in models:
                    r.runtime.add((m.__module__, m.__name__))
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
            if isinstance(item, type) and issubclass(item, enum.Enum):
                convert = f"enum_list({item.__name__}, {{v}}, {{n}})"
            elif attrs.has(item):
                convert = f"model_list({item.__name__}, {{v}}, {{n}}, ({item.__name__},){{x}})"
            elif item in (str, int, float, bool):
                convert = f"plain_list({{v}}, {{n}}, {item.__name__})"
            else:
                raise ValueError(f"cannot check a list of {item!r}")
            r = Rendered(f"Sequence[{inner.annotation}]", convert)
            r.runtime |= inner.runtime
            r.typing_names |= inner.typing_names
            return r
        if tp is File:
            return Rendered("FileInput", "file_value({v}, {n}, self._client.max_upload_bytes)")
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return Rendered(
                f"{tp.__name__} | str",
                f"enum_value({tp.__name__}, {{v}}, {{n}})",
                runtime={(tp.__module__, tp.__name__)},
                typing_names={(tp.__module__, tp.__name__)},
            )
        if attrs.has(tp):
            r = self._model_annotation(tp)
            r.annotation += " | Mapping[str, Any]"
            r.convert = f"model_value({tp.__name__}, {{v}}, {{n}}, ({tp.__name__},){{x}})"
            r.runtime.add((tp.__module__, tp.__name__))
            return r
        if tp in (str, int, float, bool):
            return Rendered(tp.__name__, f"scalar({{v}}, {{n}}, {tp.__name__}{{x}})")
        if tp is Any:
            return Rendered("Any", "{v}")
        if tp.__module__ == "datetime":
            name = f"datetime.{tp.__name__}"
            return Rendered(name, f"scalar({{v}}, {{n}}, {name}{{x}})")
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
    schema: dict[str, Any] = field(default_factory=dict)  # its spec schema ({} if not found)
    wire: str = ""  # the name the API spells (``phoneNumber``, ``numberPattern.pattern``)


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
    client_mod = importlib.import_module(f"{package}.client")
    client_names = {name: getattr(client_mod, name) for name in ("AuthenticatedClient", "Client")}
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
            # The endpoint modules use postponed annotations; the client classes they name are
            # imported there only for type checkers.
            annotations = typing.get_type_hints(module.sync_detailed, localns=client_names)
            path_args: list[Arg] = []
            query_args: list[Arg] = []
            body_args: list[Arg] = []
            body_model = None
            body_optional = False
            for param in signature.parameters.values():
                if param.name in ("project_id", "client", "timeout"):
                    continue
                if param.name == "body":
                    body_tp = annotations[param.name]
                    body_cls = body_tp
                    if typing.get_origin(body_tp) in (types.UnionType, typing.Union):
                        body_cls = next(a for a in typing.get_args(body_tp) if a is not Unset)
                        body_optional = True
                    body_model = (body_cls.__module__, body_cls.__name__)
                    hints = typing.get_type_hints(
                        body_cls,
                        localns={**renderer.model_names(), **vars(renderer.types_mod)},
                    )
                    body_props = _body_properties(spec, op)
                    body_wire = _body_wire_names(spec, op)
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
                                body_props.get(_python_key(f.name), {}),
                                body_wire.get(_python_key(f.name), f.name),
                            )
                        )
                    continue
                arg = Arg(
                    renames.get(param.name, param.name),
                    param.name,
                    renderer.render(annotations[param.name]),
                    param.default is inspect.Parameter.empty,
                    "path" if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD else "query",
                    _parameter_schemas(spec, item, op).get(_python_key(param.name), {}),
                    _parameter_wire_names(spec, item, op).get(_python_key(param.name), param.name),
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


# --- the spec schema of each argument: where its bounds come from ----------------------------


def _python_key(name: str) -> str:
    """A generated argument name or a wire name, compared without case, ``_`` or ``.``:
    ``number_pattern_pattern`` ~ ``numberPattern.pattern``, ``type_`` ~ ``type``."""
    return "".join(c for c in name.lower() if c.isalnum())


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    for _ in range(64):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node


def _parameter_schemas(
    spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = _resolve(spec, raw)
        if isinstance(param, dict) and "name" in param:
            found[_python_key(param["name"])] = _resolve(spec, param.get("schema") or {})
    return found


def _parameter_wire_names(
    spec: dict[str, Any], item: dict[str, Any], op: dict[str, Any]
) -> dict[str, str]:
    found: dict[str, str] = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = _resolve(spec, raw)
        if isinstance(param, dict) and isinstance(param.get("name"), str):
            found[_python_key(param["name"])] = param["name"]
    return found


def _body_wire_names(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, str]:
    content = (_resolve(spec, op.get("requestBody") or {}).get("content")) or {}
    for media in content.values():
        return {_python_key(k): k for k in _properties(spec, media.get("schema") or {})}
    return {}


def _properties(spec: dict[str, Any], schema: Any, depth: int = 0) -> dict[str, Any]:
    """A schema's properties with ``allOf`` members merged (refs resolved)."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 16:
        return {}
    props: dict[str, Any] = {}
    for member in schema.get("allOf") or []:
        props.update(_properties(spec, member, depth + 1))
    props.update(schema.get("properties") or {})
    return props


def _body_properties(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    content = (_resolve(spec, op.get("requestBody") or {}).get("content")) or {}
    for media in content.values():
        props = _properties(spec, media.get("schema") or {})
        return {_python_key(k): _resolve(spec, v) for k, v in props.items()}
    return {}


_SCALAR_BOUNDS = (
    ("minimum", "minimum"),
    ("maximum", "maximum"),
    ("minLength", "min_length"),
    ("maxLength", "max_length"),
    ("pattern", "pattern"),
)


def _scalar_extras(schema: dict[str, Any]) -> str:
    """``, minimum=1, maximum=100`` for a scalar argument's spec bounds."""
    return "".join(
        f", {keyword}={schema[key]!r}" for key, keyword in _SCALAR_BOUNDS if key in schema
    )


def nested_bounds(
    spec: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0
) -> dict[str, tuple[float | None, float | None]]:
    """``{"requestedQuantity": (1, 100)}``: numeric limits of fields inside an object argument."""
    found: dict[str, tuple[float | None, float | None]] = {}
    if depth > 6:
        return found
    for key, sub in _properties(spec, schema).items():
        sub = _resolve(spec, sub)
        if not isinstance(sub, dict):
            continue
        path = f"{prefix}{key}"
        if "minimum" in sub or "maximum" in sub:
            found[path] = (sub.get("minimum"), sub.get("maximum"))
        found.update(nested_bounds(spec, sub, f"{path}.", depth + 1))
    return found


def check_expression(spec: dict[str, Any], a: Arg, phone_args: set[str]) -> str:
    """The call that checks (and converts) argument ``a`` in a resource method."""
    name = repr(a.name)
    if a.kind == "path":
        helper = "phone_value" if a.name in phone_args else "path_value"
        return f"{helper}({a.name}, {name})"
    convert = a.rendered.convert
    if convert == "{v}":
        return a.name
    extras = ""
    if convert.startswith("scalar("):
        extras = _scalar_extras(a.schema)
    elif "{x}" in convert:
        bounds = nested_bounds(spec, a.schema)
        extras = f", bounds={bounds!r}" if bounds else ""
    return convert.format(v=a.name, n=name, x=extras)


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


# --- rendering: the data the templates in templates/facade/ need --------------------------


@dataclass
class MethodView:
    """One facade method, as ``templates/facade/resource.py.jinja`` renders it (sync and async)."""

    m: Method
    constant: str  # the module's Operation constant: _GET, _LIST, ...
    api: str  # the generated module, imported by name: number_service_get_active_number
    params: list[str]  # after self: "phone_number: str", "*", "size: int | Unset = UNSET"
    returns: str  # the model's class name, or "None"
    page: tuple[str, str, str] | None  # (page class, item class, items attribute)
    require_changes: list[str]  # PATCH: at least one of these
    exactly_one_of: list[str]
    conversions: list[tuple[str, str]]  # (local, expression)
    body: tuple[str, list[tuple[str, str]]] | None  # (class, [(field, local)])
    call_args: str  # for the generated function, after which come client= and timeout=
    hint: str  # Python expression: None or an (f-)string


@dataclass
class ResourceView:
    attribute: str  # client.<attribute>, and the module's name
    stem: str  # class names: <stem>, Async<stem>, <stem>WithRawResponse, ...
    methods: list[MethodView]
    runtime_imports: dict[str, set[str]] = field(default_factory=dict)  # module -> names
    api_imports: dict[str, set[str]] = field(default_factory=dict)  # package -> modules
    typing_imports: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for view in self.methods:
            m = view.m
            package, _, module = m.module.rpartition(".")
            self.api_imports.setdefault(package, set()).add(module)
            needed: set[tuple[str, str]] = set()
            typing: set[tuple[str, str]] = set()
            for a in m.path_args + m.query_args + m.body_args:
                needed |= a.rendered.runtime
                typing |= a.rendered.typing_names
            if m.body_model:
                needed.add(m.body_model)
            if m.returns:
                typing.add(m.returns)
            if m.pagination and m.returns:
                package = m.returns[0].rsplit(".", 1)[0]
                typing.add((f"{package}.{snake(m.pagination[1])}", m.pagination[1]))
            for module, name in needed:
                self.runtime_imports.setdefault(module, set()).add(name)
            for module, name in typing - needed:
                if module != "sinch_numbers_api.types":
                    self.typing_imports.setdefault(module, set()).add(name)

    @property
    def summary(self) -> str:
        names = ", ".join(f"``{v.m.name}``" for v in self.methods)
        return f"``client.{self.attribute}``: {names}."


def method_view(spec: dict[str, Any], m: Method, phone_args: set[str]) -> MethodView:
    paginated = m.pagination is not None
    if paginated and "page_token" not in [a.target for a in m.query_args]:
        raise ValueError(f"{m.operation_id}: paginated without pageToken")
    params = [f"{a.name}: {a.rendered.annotation}" for a in m.path_args]
    keyword = [
        a for a in m.query_args + m.body_args if not (paginated and a.target == "page_token")
    ]
    if keyword or paginated:
        params.append("*")
    for a in sorted(keyword, key=lambda a: not a.required):
        params.append(f"{a.name}: {a.rendered.annotation}{'' if a.required else ' = UNSET'}")
    if paginated:
        params.append("page_token: str | Unset = UNSET")

    local = {a.name: a.name for a in m.path_args + m.query_args + m.body_args}
    conversions = []
    for a in m.path_args + m.query_args + m.body_args:
        expression = check_expression(spec, a, phone_args)
        if expression == a.name:
            continue
        local[a.name] = a.name if a.kind == "path" else f"_{a.name}"
        conversions.append((local[a.name], expression))
    call = ["self._project_id", *(local[a.name] for a in m.path_args), "client=client"]
    for a in m.query_args:
        value = "page_token" if paginated and a.target == "page_token" else local[a.name]
        call.append(f"{a.target}={value}")
    body = None
    if m.body_model:
        body = (m.body_model[1], [(a.target, local[a.name]) for a in m.body_args])
        call.append("body=body")
    call.append("timeout=timeout")
    hint = "None"
    if m.reconcile:
        hint = ("f" if "{" in m.reconcile else "") + repr(m.reconcile)
    page = None
    if m.pagination and m.returns:
        page = (m.returns[1], m.pagination[1], m.pagination[0])
    return MethodView(
        m=m,
        constant=f"_{m.name.upper()}",
        api=m.module.rpartition(".")[2],
        params=params,
        returns=m.returns[1] if m.returns else "None",
        page=page,
        require_changes=[a.name for a in m.body_args] if m.http_method == "PATCH" else [],
        exactly_one_of=[alt[0] for alt in m.exactly_one_of],
        conversions=conversions,
        body=body,
        call_args=", ".join(call),
        hint=hint,
    )


def resource_views(
    spec: dict[str, Any], methods: list[Method], config: dict[str, Any]
) -> list[ResourceView]:
    """The resources in facade.yaml order, then new ones by first appearance in the spec."""
    phone_args = set(config.get("phone_number_arguments") or [])
    stems = _resource_stems(methods, config)
    return [
        ResourceView(
            attribute=resource,
            stem=stem,
            methods=[method_view(spec, m, phone_args) for m in methods if m.resource == resource],
        )
        for resource, stem in stems.items()
    ]


def _resource_stems(methods: list[Method], config: dict[str, Any]) -> dict[str, str]:
    """Resource attribute -> class name stem (``ActiveNumbersResource``)."""
    configured: dict[str, str] = dict(config.get("resources") or {})
    used = {m.resource for m in methods}
    names = {r: s for r, s in configured.items() if r in used}
    for m in methods:
        names.setdefault(m.resource, pascal(m.resource))
    return {r: s + "Resource" for r, s in names.items()}


def overrides(
    config: dict[str, Any], resources: list[ResourceView]
) -> dict[str, dict[str, tuple[str, str]]]:
    """Resource attribute -> {"sync"/"async": (module, class)} of a handwritten subclass.

    An override of a resource the spec does not have (an older spec) is left out.
    """
    found: dict[str, dict[str, tuple[str, str]]] = {}
    known = {r.attribute for r in resources}
    for resource, flavours in (config.get("resource_overrides") or {}).items():
        if resource not in known:
            continue
        for flavour, target in flavours.items():
            module, _, name = target.partition(":")
            found.setdefault(resource, {})[flavour] = (module, name)
    return found


def render(spec: dict[str, Any], config: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write the facade modules into ``out_dir``; returns the files written."""
    methods = build_methods(spec, config, "sinch_numbers_api")
    resources = resource_views(spec, methods, config)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    context = {
        "header": HEADER,
        "resources": resources,
        "methods": methods,
        "overrides": overrides(config, resources),
    }
    outputs = {f"{r.attribute}.py": ("resource.py.jinja", {"r": r}) for r in resources}
    outputs["_accessors.py"] = ("accessors.py.jinja", {})
    outputs["_operations.py"] = ("operations.py.jinja", {})
    written = []
    for name, (template, extra) in outputs.items():
        path = out_dir / name
        path.write_text(env.get_template(template).render(**context, **extra), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="render the overlay facade")
    parser.add_argument("--spec", type=Path, required=True, help="normalized spec")
    parser.add_argument("--config", type=Path, default=Path(__file__).with_name("facade.yaml"))
    parser.add_argument("--out-dir", type=Path, required=True, help="gets the facade modules")
    args = parser.parse_args(argv)
    spec = normalize.load(args.spec.read_text(encoding="utf-8"))
    config = normalize.load(args.config.read_text(encoding="utf-8"))
    for path in render(spec, config, args.out_dir):
        print(path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
