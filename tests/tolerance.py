"""Property check of the tolerant reader: server-shaped data never breaks ``from_dict``.

For every object schema a response (or callback) of a spec can contain, hypothesis builds valid
instances from the *upstream* spec (not from the generated code), perturbs them the way real
servers do (a ``null`` at any property, any property dropped, an unknown property, an unknown
enum value, a missing or unknown discriminator, a value of another JSON type at any position)
and checks that the generated model (or ``parse_*`` for a top-level ``oneOf``) reads it without
raising and that ``to_dict()`` gives back exactly what came in (date-times compared as instants).

Used by ``tests/generated/test_tolerance.py``: in-process for the committed package, and as a
script (``python tests/tolerance.py SPEC GENERATED_DIR``) for packages generated from older
pinned specs, which cannot be imported beside it.
"""

from __future__ import annotations

import copy
import datetime
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Spec = dict[str, Any]
Path_ = tuple[str | int, ...]

PERTURBATIONS = (
    "null",
    "drop",
    "unknown-field",
    "unknown-enum",
    "missing-discriminator",
    "unknown-discriminator",
    "wrong-type",
)
MAX_EXAMPLES = 40


def load(path: Path) -> Spec:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _walk_refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield _ref_name(ref)
        for value in node.values():
            yield from _walk_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk_refs(value)


def response_schemas(spec: Spec) -> list[str]:
    """Object or ``oneOf`` components reachable from any response or callback, sorted."""
    schemas = spec["components"]["schemas"]
    roots: list[str] = list(_walk_refs(spec.get("x-webhooks")))
    roots += _walk_refs(spec["components"].get("responses"))
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "responses" in op:
                roots += _walk_refs(op["responses"])
    seen: set[str] = set()
    while roots:
        name = roots.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            roots += _walk_refs(schemas[name])
    return sorted(n for n in seen if _is_object(schemas[n]))


def _is_object(schema: dict[str, Any]) -> bool:
    return bool(
        schema.get("type") == "object" or {"properties", "allOf", "oneOf", "anyOf"} & schema.keys()
    )


@dataclass
class Sites:
    """Where an instance can be perturbed (paths into it), filled while it is built."""

    properties: list[Path_] = field(default_factory=list)  # a key of an object
    objects: list[Path_] = field(default_factory=list)  # an object (add an unknown key)
    enums: list[Path_] = field(default_factory=list)
    discriminators: list[Path_] = field(default_factory=list)  # the discriminator key


class Builder:
    """Valid JSON instances of a spec's schemas, drawn with hypothesis."""

    def __init__(self, spec: Spec) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[_ref_name(schema["$ref"])]
        return schema

    def build(
        self, draw: st.DrawFn, schema: dict[str, Any], path: Path_, sites: Sites, depth: int = 0
    ) -> Any:
        schema = self.resolve(schema)
        if schema.get("nullable") and draw(st.integers(0, 9)) == 0:
            return None
        if "oneOf" in schema or "anyOf" in schema:
            return self._one_of(draw, schema, path, sites, depth)
        if "allOf" in schema or schema.get("type") == "object" or "properties" in schema:
            return self._object(draw, schema, path, sites, depth)
        if "enum" in schema:
            sites.enums.append(path)
            return draw(st.sampled_from(schema["enum"]))
        kind = schema.get("type")
        if kind == "array":
            if depth > 4:
                return []
            items = draw(st.integers(0, 2))
            return [
                self.build(draw, schema.get("items") or {}, (*path, i), sites, depth + 1)
                for i in range(items)
            ]
        if kind == "string":
            if schema.get("format") == "date-time":
                moment = draw(
                    st.datetimes(
                        min_value=datetime.datetime(2000, 1, 1),
                        max_value=datetime.datetime(2100, 1, 1),
                        timezones=st.sampled_from([datetime.UTC, None]),
                    )
                )
                return moment.isoformat()
            return draw(st.text(max_size=8))
        if kind == "integer":
            low, high = schema.get("minimum", -(2**31)), schema.get("maximum", 2**31)
            return draw(st.integers(low, high))
        if kind == "number":
            return draw(st.floats(allow_nan=False, allow_infinity=False, width=32))
        if kind == "boolean":
            return draw(st.booleans())
        return draw(json_values(1))  # untyped: anything

    def _one_of(
        self, draw: st.DrawFn, schema: dict[str, Any], path: Path_, sites: Sites, depth: int
    ) -> Any:
        options = schema.get("oneOf") or schema.get("anyOf") or []
        discriminator = schema.get("discriminator")
        if discriminator:
            prop = discriminator["propertyName"]
            mapping = discriminator.get("mapping") or {
                _ref_name(o["$ref"]): o["$ref"] for o in options if "$ref" in o
            }
            value, ref = draw(st.sampled_from(sorted(mapping.items())))
            instance = self.build(draw, {"$ref": ref}, path, sites, depth)
            if isinstance(instance, dict):
                instance[prop] = value
                sites.discriminators.append((*path, prop))
            return instance
        return self.build(draw, draw(st.sampled_from(options)), path, sites, depth)

    def _properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names of an object, ``allOf`` members merged."""
        props: dict[str, Any] = {}
        required: set[str] = set(schema.get("required") or [])
        for member in schema.get("allOf") or []:
            sub_props, sub_required = self._properties(self.resolve(member))
            props.update(sub_props)
            required |= sub_required
        props.update(schema.get("properties") or {})
        return props, required

    def _object(
        self, draw: st.DrawFn, schema: dict[str, Any], path: Path_, sites: Sites, depth: int
    ) -> dict[str, Any]:
        props, required = self._properties(schema)
        sites.objects.append(path)
        instance: dict[str, Any] = {}
        for name, sub in props.items():
            if name in required or (depth < 5 and draw(st.booleans())):
                instance[name] = self.build(draw, sub, (*path, name), sites, depth + 1)
                sites.properties.append((*path, name))
        if schema.get("additionalProperties") is True and not props:
            instance.update(draw(st.dictionaries(st.text(max_size=5), json_values(1), max_size=3)))
        return instance


def json_values(depth: int) -> st.SearchStrategy[Any]:
    leaves = st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=5)
    if depth <= 0:
        return leaves
    inner = json_values(depth - 1)
    return (
        leaves
        | st.lists(inner, max_size=2)
        | st.dictionaries(st.text(max_size=4), inner, max_size=2)
    )


def _get(instance: Any, path: Path_) -> Any:
    for part in path:
        instance = instance[part]
    return instance


def _other_type(value: Any) -> Any:
    """A JSON value of another type than ``value``."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return {"items": value}
    if isinstance(value, str):
        return 12345
    if isinstance(value, bool):
        return "true"
    if isinstance(value, int | float):
        return str(value)
    return {"was": value}


def perturb(draw: st.DrawFn, instance: Any, sites: Sites, kind: str) -> str | None:
    """Apply one perturbation of ``kind`` in place; the path it touched, or None if it had none."""
    if kind in ("null", "drop", "wrong-type"):
        candidates = sites.properties
    elif kind == "unknown-field":
        candidates = sites.objects
    elif kind == "unknown-enum":
        candidates = sites.enums
    else:
        candidates = sites.discriminators
    live = [p for p in candidates if _reachable(instance, p)]
    if not live:
        return None
    path = draw(st.sampled_from(live))
    if kind == "unknown-field":
        target = _get(instance, path)
        if not isinstance(target, dict):
            return None
        target["zzNotInSpec"] = draw(json_values(1))
        return json.dumps(path)
    parent, key = _get(instance, path[:-1]), path[-1]
    if kind in ("null",):
        parent[key] = None
    elif kind in ("drop", "missing-discriminator"):
        del parent[key]
    elif kind == "wrong-type":
        parent[key] = _other_type(parent[key])
    elif kind == "unknown-enum":
        parent[key] = "NOT_IN_SPEC_" + str(draw(st.integers(0, 9)))
    else:  # unknown-discriminator
        parent[key] = draw(st.sampled_from(["NEW_KIND", "", "rtc"]))
    return json.dumps(path)


def _reachable(instance: Any, path: Path_) -> bool:
    for part in path:
        if isinstance(part, int):
            if not isinstance(instance, list) or part >= len(instance):
                return False
        elif not isinstance(instance, dict) or part not in instance:
            return False
        instance = instance[part]
    return True


def canonical(value: Any) -> Any:
    """JSON with every ISO date-time string replaced by its UTC instant (naive = UTC)."""
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list):
        return [canonical(v) for v in value]
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-":
        try:
            moment = datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        return ("instant", moment.astimezone(datetime.UTC).isoformat())
    return value


def reader_for(models: Any, spec: Spec, name: str) -> Callable[[dict[str, Any]], Any]:
    """``Model.from_dict`` for component ``name``, or ``parse_<name>`` for a top-level oneOf."""
    from openapi_python_client.strings import ClassName, snake_case

    schema = spec["components"]["schemas"][name]
    members = schema.get("allOf") or []
    if len(members) == 1 and "$ref" in members[0] and not schema.get("properties"):
        # a lone allOf is an alias: the generator reuses the referenced class
        return reader_for(models, spec, _ref_name(members[0]["$ref"]))
    if schema.get("oneOf"):
        parse: Callable[[dict[str, Any]], Any] = getattr(models, f"parse_{snake_case(name)}")
        return parse
    return getattr(models, ClassName(name, "field_")).from_dict  # type: ignore[no-any-return]


@dataclass
class Tally:
    examples: int = 0
    by_kind: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PERTURBATIONS, 0))


def check_schema(spec: Spec, name: str, models: Any, tally: Tally) -> None:
    """Run the property for one component; raises (hypothesis' report) on a counterexample."""
    builder = Builder(spec)
    read = reader_for(models, spec, name)

    @st.composite
    def cases(draw: st.DrawFn) -> tuple[Any, list[str]]:
        sites = Sites()
        instance = builder.build(draw, {"$ref": f"#/components/schemas/{name}"}, (), sites)
        applied = []
        for kind in draw(st.lists(st.sampled_from(PERTURBATIONS), min_size=1, max_size=3)):
            if perturb(draw, instance, sites, kind) is not None:
                applied.append(kind)
        return instance, applied

    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(cases())
    def prop(case: tuple[Any, list[str]]) -> None:
        instance, applied = case
        if not isinstance(instance, dict):  # a top-level null: the endpoint refuses non-objects
            return
        sent = copy.deepcopy(instance)
        parsed = read(instance)
        assert instance == sent, "from_dict must not change its input"
        assert canonical(parsed.to_dict()) == canonical(sent)
        tally.examples += 1
        for kind in applied:
            tally.by_kind[kind] += 1

    prop()


def main(argv: list[str]) -> int:
    """``tolerance.py SPEC GENERATED_DIR``: check every response schema, print a JSON tally."""
    spec_path, generated = Path(argv[0]), Path(argv[1])
    sys.path.insert(0, str(generated))
    from sinch_numbers_api import conformance, models

    spec = load(spec_path)
    tally = Tally()
    failures: dict[str, str] = {}
    names = response_schemas(spec)
    with conformance.collect():  # deviations are the point here: keep them out of the log
        for name in names:
            try:
                check_schema(spec, name, models, tally)
            except Exception as exc:  # report every schema, not only the first failure
                failures[name] = f"{type(exc).__name__}: {exc}"[:2000]
    print(
        json.dumps(
            {
                "schemas": len(names),
                "examples": tally.examples,
                "by_kind": tally.by_kind,
                "failures": failures,
                "version": conformance.SPEC_VERSION,
            }
        )
    )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
