"""Rewrite Sinch's ``numbers.yaml`` into two views: one any tool can trust, one for our generator.

Every rule is a pure function ``rule(spec) -> None`` that edits the parsed document in place,
names the defect it works around, and leaves the document valid OpenAPI 3.0. Rules are written
against shapes, not against schema names, so they keep working when Sinch edits the file.
They come in two groups, applied in a fixed order on a deep copy (the output depends only on
the input):

- :data:`PORTABLE_RULES` fix the *document* and keep every constraint of the upstream file
  (``oneOf``, ``required``, titles, ...). :func:`portable` gives that view; it is committed as
  ``generated/numbers.normalized.yaml``, the base other languages' generators can use.
- :data:`PYTHON_RULES` work around openapi-python-client 0.29.1 only: they flatten the
  exactly-one-of ``oneOf`` into ``x-exactly-one-of``, move titles to ``x-title``, hoist and
  fold ``allOf`` members and add ``x-discriminator-*``. :func:`python_view` (= :func:`normalize`)
  applies them on top of the portable view; regenerate feeds that to the generator and the
  facade and never ships it. A new rule for our templates goes here.

Run as a script: ``python generator/normalize.py [--view portable|python] IN.yaml OUT.yaml``
(default ``python``).
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

Spec = dict[str, Any]
Schema = dict[str, Any]

#: Schema keywords whose values are a single sub-schema.
_SINGLE = ("items", "not", "additionalProperties")
#: Schema keywords whose values are lists of sub-schemas.
_LISTS = ("allOf", "oneOf", "anyOf")


def iter_schemas(spec: Spec) -> Iterator[Schema]:
    """Yield every schema object of the document once (components, parameters, bodies...)."""
    seen: set[int] = set()

    def visit(schema: Any) -> Iterator[Schema]:
        if not isinstance(schema, dict) or id(schema) in seen:
            return
        seen.add(id(schema))
        yield schema
        for key in _SINGLE:
            yield from visit(schema.get(key))
        for key in _LISTS:
            for member in schema.get(key) or []:
                yield from visit(member)
        for member in (schema.get("properties") or {}).values():
            yield from visit(member)

    def media_schemas(content: Any) -> Iterator[Schema]:
        for media in (content or {}).values():
            yield from visit(media.get("schema"))

    components = spec.get("components") or {}
    for schema in (components.get("schemas") or {}).values():
        yield from visit(schema)
    for param in (components.get("parameters") or {}).values():
        yield from visit(param.get("schema"))
    for body in (components.get("requestBodies") or {}).values():
        yield from media_schemas(body.get("content"))
    for response in (components.get("responses") or {}).values():
        yield from media_schemas(response.get("content"))
    for operation in iter_operations(spec):
        for param in operation.get("parameters") or []:
            yield from visit(param.get("schema"))
        yield from media_schemas((operation.get("requestBody") or {}).get("content"))
        for response in (operation.get("responses") or {}).values():
            yield from media_schemas((response or {}).get("content"))


def iter_operations(spec: Spec) -> Iterator[dict[str, Any]]:
    """Yield every operation object under ``paths`` (webhooks are not operations we call)."""
    for path_item in (spec.get("paths") or {}).values():
        for method in ("get", "put", "post", "delete", "patch", "head", "options", "trace"):
            if method in path_item:
                yield path_item[method]


def iter_parameters(spec: Spec) -> Iterator[dict[str, Any]]:
    """Yield every parameter object, shared or inline."""
    components = spec.get("components") or {}
    yield from (components.get("parameters") or {}).values()
    for path_item in (spec.get("paths") or {}).values():
        for param in path_item.get("parameters") or []:
            if "$ref" not in param:
                yield param
    for operation in iter_operations(spec):
        for param in operation.get("parameters") or []:
            if "$ref" not in param:
                yield param


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


# --- rules -------------------------------------------------------------------------------------


#: vendor extensions that carry other SDKs' sample code: documentation, never a constraint
CODE_SAMPLE_KEYS = ("x-codeSamples", "x-code-samples")


def strip_code_samples(node: Any) -> None:
    """``x-codeSamples`` / ``x-code-samples`` are removed everywhere.

    Defect: Sinch's real file carries other SDKs' snippets on every operation (76 KB, two
    thirds of the file). They are documentation for other languages, no tool generates from
    them, and carried into the normalized spec and the packaged ``openapi.yaml`` they would
    grow every install.
    """
    if isinstance(node, dict):
        for key in CODE_SAMPLE_KEYS:
            node.pop(key, None)
        for value in node.values():
            strip_code_samples(value)
    elif isinstance(node, list):
        for item in node:
            strip_code_samples(item)


def drop_path_parameter_defaults(spec: Spec) -> None:
    """Path parameters lose their ``default``.

    Defect: the generator turns a path parameter's ``default`` into a Python default argument.
    Sinch gives ``phoneNumber`` the placeholder ``YOUR_selected_phoneNumber_from_search``, so
    ``rent(project_id, client=c)`` would silently rent a nonsense number. A required path
    parameter must stay required.
    """
    for param in iter_parameters(spec):
        if param.get("in") == "path":
            (param.get("schema") or {}).pop("default", None)


def type_untyped_enums(spec: Spec) -> None:
    """An ``enum`` with no ``type`` whose values are all strings gets ``type: string``.

    Defect: ``ProvisioningStatus`` and ``UploadStatus`` have no ``type``; without one the
    generator cannot tell a string enum from an untyped value and other languages' generators
    emit ``Any``.
    """
    for schema in iter_schemas(spec):
        values = schema.get("enum")
        if values and "type" not in schema and all(isinstance(v, str) for v in values):
            schema["type"] = "string"


def wrap_nullable_refs(spec: Spec) -> None:
    """``{$ref: X, nullable: true}`` becomes ``{allOf: [{$ref: X}], nullable: true}``.

    Defect: in OpenAPI 3.0 the siblings of ``$ref`` are ignored, and the generator follows the
    letter: the property is typed non-nullable, so a ``null`` from the server raises TypeError
    and the whole response is lost. The ``allOf`` form is the standard way to say "nullable X".
    """
    for schema in list(iter_schemas(spec)):
        for _key, member in list((schema.get("properties") or {}).items()):
            if isinstance(member, dict) and "$ref" in member and member.get("nullable") is True:
                ref = member.pop("$ref")
                member["allOf"] = [{"$ref": ref}]


def flatten_exclusive_options(spec: Spec) -> None:
    """An ``allOf`` member that is a ``oneOf`` of inline objects becomes one optional-fields object.

    Defect: the generator ignores a ``oneOf`` nested in ``allOf`` without a warning, so
    ``CreateNumberOrderRequest`` lost ``numberOrderOption`` and ``quantityOrderOption``. Each
    alternative's properties become optional properties of the model; which combinations are
    allowed is kept in ``x-exactly-one-of`` (checked by the overlay before sending).
    """
    for schema in (spec.get("components") or {}).get("schemas", {}).values():
        members = schema.get("allOf") or []
        for index, member in enumerate(members):
            alternatives = member.get("oneOf") if isinstance(member, dict) else None
            if not alternatives or not all("properties" in alt for alt in alternatives):
                continue
            properties: dict[str, Any] = {}
            groups: list[list[str]] = []
            for alt in alternatives:
                properties.update(alt["properties"])
                groups.append(list(alt.get("required") or alt["properties"]))
            members[index] = {"type": "object", "properties": properties}
            schema["x-exactly-one-of"] = groups


def hoist_property_allof_required(spec: Spec) -> None:
    """A property ``{allOf: [$ref X], required: [...]}`` becomes a component ``<Parent><Prop>``.

    Defect: a property whose schema is a lone ``allOf`` reference is generated as plain ``X``;
    the sibling ``required`` list is dropped, so ``EmergencyAddressRequest.address`` accepted
    an address without street, city or postal code. As a component of its own the generator
    merges the list and makes those fields required arguments.
    """
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for parent_name, parent in list(schemas.items()):
        for prop_name, prop in list((parent.get("properties") or {}).items()):
            if not (isinstance(prop, dict) and prop.get("allOf") and prop.get("required")):
                continue
            new_name = parent_name + prop_name[:1].upper() + prop_name[1:]
            if new_name in schemas:
                raise ValueError(f"cannot hoist {parent_name}.{prop_name}: {new_name} exists")
            # Two allOf members, so the generator does not collapse it into an alias of X.
            hoisted = {
                key: value for key, value in prop.items() if key not in ("allOf", "required")
            }
            hoisted["type"] = "object"
            hoisted["allOf"] = [*prop["allOf"], {"type": "object", "required": prop["required"]}]
            schemas[new_name] = hoisted
            parent["properties"][prop_name] = {"$ref": f"#/components/schemas/{new_name}"}


def fold_allof_siblings(spec: Spec) -> None:
    """Sibling ``properties`` of an ``allOf`` move into an inline ``allOf`` member.

    Defect: a component with both ``allOf`` and its own ``properties`` (the callback payload
    variants) is skipped by the generator when it is only reachable through a ``oneOf``; as a
    pure ``allOf`` it is generated like any other model.
    """
    for schema in (spec.get("components") or {}).get("schemas", {}).values():
        if schema.get("allOf") and schema.get("properties"):
            own: Schema = {"type": "object", "properties": schema.pop("properties")}
            schema["allOf"].append(own)


def _discriminated_unions(spec: Spec) -> Iterator[tuple[str, dict[str, str]]]:
    """``(propertyName, value -> $ref)`` of every ``oneOf`` with a ``discriminator``."""
    for schema in list(iter_schemas(spec)):
        discriminator = schema.get("discriminator")
        if not discriminator or not schema.get("oneOf"):
            continue
        mapping = discriminator.get("mapping") or {
            _ref_name(m["$ref"]): m["$ref"] for m in schema["oneOf"] if "$ref" in m
        }
        yield discriminator["propertyName"], mapping


def annotate_discriminators(spec: Spec) -> None:
    """Each ``oneOf`` variant named in a ``discriminator.mapping`` gets ``x-discriminator-*``.

    Defect: the generator ignores ``discriminator`` and tries the variants in order; every
    variant accepts any object, so an EST or FAX voice configuration parsed as RTC. The custom
    union template reads ``x-discriminator-property`` / ``x-discriminator-value`` from each
    variant and dispatches on the value first, falling back to the old order for values it
    does not know (forward compatibility).
    """
    schemas = (spec.get("components") or {}).get("schemas", {})
    for prop, mapping in _discriminated_unions(spec):
        for value, ref in mapping.items():
            target = schemas[_ref_name(ref)]
            known = target.get("x-discriminator-value")
            if known is not None and (known, target["x-discriminator-property"]) != (value, prop):
                raise ValueError(f"{_ref_name(ref)} is mapped to two discriminator values")
            target["x-discriminator-property"] = prop
            target["x-discriminator-value"] = value


#: What a missing discriminator means, by discriminator property and only when that value is
#: mapped: Sinch documented ``voiceConfiguration`` before voice types existed, its servers and
#: its SDKs' test data still send objects without ``type``, and the SDKs read them as RTC.
MISSING_DISCRIMINATOR_DEFAULTS: dict[str, str] = {"type": "RTC"}


def annotate_discriminator_fallbacks(spec: Spec) -> None:
    """Variants of a discriminated ``oneOf`` learn what to do when the discriminator is odd.

    Defect: a missing discriminator raised ``KeyError`` (the first variant requires it) and an
    unknown one was forced into the first variant. Each mapped variant gets
    ``x-discriminator-generic`` (the ``allOf`` base all variants share, e.g.
    ``VoiceConfigurationCommon``: an unknown value parses as it, every field kept) and the
    variant named by ``MISSING_DISCRIMINATOR_DEFAULTS`` gets ``x-discriminator-default: true``.
    Runs after ``annotate_discriminators``.
    """
    schemas = (spec.get("components") or {}).get("schemas", {})
    for prop, mapping in _discriminated_unions(spec):
        targets = {value: _ref_name(ref) for value, ref in mapping.items()}
        bases: set[str | None] = {
            ((schemas[name].get("allOf") or [{}])[0] or {}).get("$ref") for name in targets.values()
        }
        base = next(iter(bases)) if len(bases) == 1 else None
        generic = _ref_name(base) if base is not None else None
        default = MISSING_DISCRIMINATOR_DEFAULTS.get(prop)
        for value, name in targets.items():
            if generic is not None:
                schemas[name]["x-discriminator-generic"] = generic
            if value == default:
                schemas[name]["x-discriminator-default"] = True


def mark_request_only_schemas(spec: Spec) -> None:
    """Object schemas no response or callback can contain get ``x-sinch-request-only: true``.

    Defect: generated ``from_dict`` trusted the spec, and Sinch's servers do not keep to it
    (explicit ``null``s, objects without their discriminator, fields of other types): one such
    value raised and lost the whole response. The model template makes every other model a
    tolerant reader (any property may be ``null`` or absent, a value of the wrong type is kept
    raw, nothing raises); models only ever sent keep the spec's required arguments and strict
    parsing, which the facade relies on to reject bad mappings before sending.
    """
    schemas = (spec.get("components") or {}).get("schemas", {})
    reachable: set[int] = set()

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
            return
        if not isinstance(node, dict) or id(node) in reachable:
            return
        reachable.add(id(node))
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            visit(schemas.get(_ref_name(ref)))
        for value in node.values():
            visit(value)

    components = spec.get("components") or {}
    visit(components.get("responses"))
    visit(spec.get("x-webhooks"))
    for operation in iter_operations(spec):
        visit(operation.get("responses"))
    for schema in iter_schemas(spec):
        is_object = schema.get("type") == "object" or "properties" in schema or "allOf" in schema
        if is_object and id(schema) not in reachable:
            schema["x-sinch-request-only"] = True


def titles_to_extensions(spec: Spec) -> None:
    """Every schema ``title`` moves to ``x-title``; class names come from component keys.

    Defect: the generator names classes after titles. Sinch's titles collide
    (``NumberPattern`` and ``NumberPatternSearchPattern`` are both "Search Pattern": both
    dropped, and with them ``RentAnyNumberRequest``, ``CreateQuantityOrderOption`` and the whole
    rentAny operation) and drift from the keys that ``$ref`` uses (``NumberType`` became
    ``Type``). Component keys are unique by construction and are what other tools see.
    """
    for schema in iter_schemas(spec):
        if "title" in schema:
            schema["x-title"] = schema.pop("title")


Rule = Callable[[Spec], None]

#: Fixes of the document itself; every upstream constraint survives (other tools use this view).
PORTABLE_RULES: tuple[Rule, ...] = (
    strip_code_samples,
    drop_path_parameter_defaults,
    type_untyped_enums,
    wrap_nullable_refs,
)
#: Work-arounds for openapi-python-client 0.29.1 and our templates, on top of the portable view.
PYTHON_RULES: tuple[Rule, ...] = (
    flatten_exclusive_options,
    hoist_property_allof_required,
    fold_allof_siblings,
    annotate_discriminators,
    annotate_discriminator_fallbacks,
    mark_request_only_schemas,
    titles_to_extensions,
)
RULES: tuple[Rule, ...] = PORTABLE_RULES + PYTHON_RULES
VIEWS = ("portable", "python")


def _apply(spec: Spec, rules: tuple[Rule, ...]) -> Spec:
    result = copy.deepcopy(spec)
    for rule in rules:
        rule(result)
    return result


def portable(spec: Spec) -> Spec:
    """The view other generators can trust (``generated/numbers.normalized.yaml``): a deep copy
    with only :data:`PORTABLE_RULES` applied."""
    return _apply(spec, PORTABLE_RULES)


def python_view(spec: Spec) -> Spec:
    """What openapi-python-client and the facade generate from: every rule, in order."""
    return _apply(spec, RULES)


def normalize(spec: Spec) -> Spec:
    """Return the Python view of ``spec`` (a deep copy; the input is not modified)."""
    return python_view(spec)


def load(text: str | bytes) -> Any:
    """``yaml.safe_load`` with libyaml's parser when PyYAML has it (same data, ~6x faster)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def dump(spec: Spec) -> str:
    """Serialize deterministically (source key order, no anchors, wide lines)."""

    class _NoAliasDumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    return yaml.dump(spec, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True, width=120)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    view = "python"
    if len(args) >= 2 and args[0] == "--view":
        view, args = args[1], args[2:]
    if len(args) != 2 or view not in VIEWS:
        print("usage: normalize.py [--view portable|python] IN.yaml OUT.yaml", file=sys.stderr)
        return 2
    source, target = Path(args[0]), Path(args[1])
    spec = load(source.read_text(encoding="utf-8"))
    result = portable(spec) if view == "portable" else python_view(spec)
    target.write_text(dump(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
