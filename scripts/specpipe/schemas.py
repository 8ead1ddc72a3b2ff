"""Component and schema comparison, by direction of use (request = data we send, response =
data we receive): renames, properties, types, nullability, enums and unions.

:class:`SchemaDiffer` holds the two documents and the emitted changes; the operation and
document levels (:mod:`specpipe.operations`, :mod:`specpipe.diff`) build on it.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from specpipe.document import DOC_KEYS, Doc, canonical, strip_docs
from specpipe.kinds import DIRECTIONAL, KINDS, SEVERITIES, Change, Direction
from specpipe.pynames import Naming

__all__ = ["SchemaDiffer", "py_type", "values_text"]

_FORMAT_TYPES = {"date-time": "datetime", "date": "date", "binary": "File", "uuid": "UUID"}


def py_type(schema: Mapping[str, Any]) -> str:
    """Roughly the Python type openapi-python-client generates for an inline schema."""
    if schema.get("oneOf") or schema.get("anyOf"):
        return "union"
    if schema.get("enum") is not None:
        return f"enum of {schema.get('type') or 'values'}"
    kind = schema.get("type")
    if schema.get("allOf") or schema.get("properties") or kind == "object":
        if kind == "object" and not schema.get("properties") and not schema.get("allOf"):
            return "dict" if schema.get("additionalProperties") not in (None, False) else "object"
        return "object"
    if kind == "string":
        return _FORMAT_TYPES.get(str(schema.get("format")), "str")
    return {
        "integer": "int",
        "number": "float",
        "boolean": "bool",
        "array": "list",
    }.get(str(kind), "Any")


def values_text(values: Iterable[Any]) -> str:
    return ", ".join(f"`{v}`" for v in values)


def sorted_values(values: Iterable[Any]) -> list[Any]:
    return sorted(values, key=lambda v: (str(type(v)), str(v)))


class SchemaDiffer:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any], naming: Naming) -> None:
        self.old = Doc(old)
        self.new = Doc(new)
        self.naming = naming
        self.changes: list[Change] = []
        self.renames: dict[str, str] = {}
        self.old_usage = self.old.usage()
        self.new_usage = self.new.usage()

    # ---------------------------------------------------------------- emit helpers

    def add(self, kind: str, location: str, subject: str) -> None:
        severity, why = KINDS[kind]
        self.changes.append(Change(severity, kind, location, f"{subject}; {why}."))

    def add_directional(
        self, event: str, directions: set[Direction], location: str, subject: str
    ) -> None:
        kinds = [DIRECTIONAL[event][d] for d in ("response", "request") if d in directions]
        kind = min(kinds, key=lambda k: SEVERITIES.index(KINDS[k][0]))
        if len(directions) > 1:
            subject += " (the schema is used in requests and responses)"
        self.add(kind, location, subject)

    def cls(self, key: str) -> str:
        return self.naming.class_name(key)

    def attr(self, name: str) -> str:
        return self.naming.identifier(name)

    # ------------------------------------------------------------------ renames

    def _fingerprint(self, schema: Any, changed: set[str]) -> str:
        def rewrite(node: Any) -> Any:
            if isinstance(node, Mapping):
                name = Doc.schema_ref(node)
                if name is not None:
                    return {"$ref": "*" if name in changed else name}
                return {key: rewrite(value) for key, value in node.items()}
            if isinstance(node, list):
                return [rewrite(item) for item in node]
            return node

        return canonical(rewrite(strip_docs(schema)))

    def _signature(self, doc: Doc, schema: Any) -> set[str]:
        """Property names with their Python types, or enum values, for fuzzy matching."""
        schema = doc.resolve(schema) or {}
        if schema.get("enum") is not None:
            return {f"={v}" for v in schema["enum"]}
        props, _required = self.flatten(doc, schema)
        return {f"{name}:{py_type(doc.resolve(prop) or {})}" for name, prop in props.items()}

    def match_renames(self) -> dict[str, str]:
        """Pair removed and added components that are the same schema under a new key.

        Exact structural matches first (ignoring docs, and treating references to other
        renamed-or-new components as equal); then, for what is left, objects or enums
        whose property/value signatures overlap by at least 75 %.
        """
        removed = sorted(set(self.old.schemas) - set(self.new.schemas))
        added = sorted(set(self.new.schemas) - set(self.old.schemas))
        changed = set(removed) | set(added)
        pairs: dict[str, str] = {}
        by_print: dict[str, list[str]] = defaultdict(list)
        for name in added:
            by_print[self._fingerprint(self.new.schemas[name], changed)].append(name)
        for name in removed:
            candidates = [
                c
                for c in by_print.get(self._fingerprint(self.old.schemas[name], changed), [])
                if c not in pairs.values()
            ]
            if not self._is_class(self.old.resolve(self.old.schemas[name]) or {}):
                # `{type: string}` aliases all look alike: also ask for similar names
                candidates = [c for c in candidates if self._name_score(name, c) >= 0.6]
            if candidates:
                pairs[name] = max(candidates, key=lambda c: (self._name_score(name, c), c))
        scored: list[tuple[float, float, str, str]] = []
        for old_name in removed:
            if old_name in pairs:
                continue
            old_sig = self._signature(self.old, self.old.schemas[old_name])
            if len(old_sig) < 2:
                continue
            for new_name in added:
                if new_name in pairs.values():
                    continue
                new_sig = self._signature(self.new, self.new.schemas[new_name])
                overlap = len(old_sig & new_sig) / len(old_sig | new_sig)
                if overlap >= 0.75:
                    scored.append(
                        (-overlap, -self._name_score(old_name, new_name), old_name, new_name)
                    )
        for _overlap, _score, old_name, new_name in sorted(scored):
            if old_name not in pairs and new_name not in pairs.values():
                pairs[old_name] = new_name
        return pairs

    @staticmethod
    def _name_score(a: str, b: str) -> float:
        return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()

    # --------------------------------------------------------------- components

    def compare_components(self) -> None:
        old_names, new_names = set(self.old.schemas), set(self.new.schemas)
        renamed_new = set(self.renames.values())
        for old_name, new_name in sorted(self.renames.items()):
            where = f"components.schemas.{new_name}"
            old_cls, new_cls = self.cls(old_name), self.cls(new_name)
            if old_cls != new_cls:
                self.add(
                    "schema-renamed",
                    where,
                    f"Schema `{old_name}` renamed to `{new_name}`: generated class "
                    f"`{old_cls}` becomes `{new_cls}` (module models/"
                    f"{self.attr(old_cls)}.py → models/{self.attr(new_cls)}.py)",
                )
            else:
                self.add(
                    "schema-key-renamed",
                    where,
                    f"Schema `{old_name}` renamed to `{new_name}`; the class stays `{new_cls}`",
                )
            self.compare_component(old_name, new_name)
        for name in sorted(old_names - new_names - set(self.renames)):
            self.add(
                "schema-removed",
                f"components.schemas.{name}",
                f"Schema `{name}` removed (generated class `{self.cls(name)}`)",
            )
        for name in sorted(new_names - old_names - renamed_new):
            self.add(
                "schema-added",
                f"components.schemas.{name}",
                f"Schema `{name}` added (generated class `{self.cls(name)}`)",
            )
        for name in sorted(old_names & new_names):
            self.compare_component(name, name)

    def compare_component(self, old_name: str, new_name: str) -> None:
        directions = self.old_usage.get(old_name, set()) | self.new_usage.get(new_name, set())
        self.compare_schema(
            self.old.schemas[old_name],
            self.new.schemas[new_name],
            f"components.schemas.{new_name}",
            directions or {"response"},
            f"`{self.cls(new_name)}`",
        )

    # ------------------------------------------------------------------ schemas

    def flatten(self, doc: Doc, schema: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names after merging ``allOf`` (as the generator does)."""
        props: dict[str, Any] = {}
        required: set[str] = set()
        seen: set[int] = set()

        def merge(node: Any) -> None:
            node = doc.resolve(node)
            if not isinstance(node, Mapping) or id(node) in seen:
                return
            seen.add(id(node))
            for member in node.get("allOf") or []:
                merge(member)
            props.update(node.get("properties") or {})
            required.update(str(r) for r in node.get("required") or [])

        merge(schema)
        return props, required

    @staticmethod
    def _unwrap(schema: Any) -> tuple[Any, bool]:
        """``{allOf: [X], nullable: true}`` is X (nullable): the usual 3.0 spelling."""
        if not isinstance(schema, Mapping):
            return {}, False
        nullable = bool(schema.get("nullable"))
        all_of = schema.get("allOf") or []
        ignorable = DOC_KEYS | {"allOf", "nullable", "readOnly", "writeOnly", "type"}
        if (
            len(all_of) == 1
            and all(k in ignorable or str(k).startswith("x-") for k in schema)
            and schema.get("type") in (None, "object")
        ):
            inner, inner_nullable = SchemaDiffer._unwrap(all_of[0])
            return inner, nullable or inner_nullable
        return schema, nullable

    def _is_class(self, schema: Mapping[str, Any]) -> bool:
        return py_type(schema) in ("object", "union") or schema.get("enum") is not None

    def compare_schema(
        self,
        old: Any,
        new: Any,
        where: str,
        directions: set[Direction],
        owner: str,
        depth: int = 0,
    ) -> None:
        if depth > 40:  # inline recursion this deep only happens with odd self-nesting
            return
        old, old_null = self._unwrap(old)
        new, new_null = self._unwrap(new)
        if old_null != new_null:
            event = "made-nullable" if new_null else "made-non-nullable"
            state = "nullable" if new_null else "no longer nullable"
            self.add_directional(event, directions, where, f"{owner} is now {state}")

        old_ref, new_ref = Doc.schema_ref(old), Doc.schema_ref(new)
        if old_ref is not None and new_ref is not None:
            if self.renames.get(old_ref, old_ref) != new_ref:
                self.add_directional(
                    "type-changed",
                    directions,
                    where,
                    f"{owner} changes type from `{self.cls(old_ref)}` to `{self.cls(new_ref)}`",
                )
            return  # same component: compared once under components.schemas
        old_res, new_res = self.old.resolve(old) or {}, self.new.resolve(new) or {}
        if (old_ref is None) != (new_ref is None) and (
            self._is_class(old_res) or self._is_class(new_res)
        ):
            before = f"`{self.cls(old_ref)}`" if old_ref else "an inline schema"
            after = f"`{self.cls(new_ref)}`" if new_ref else "an inline schema"
            self.add_directional(
                "type-changed",
                directions,
                where,
                f"{owner} changes from {before} to {after}, so its generated class changes",
            )
            return
        old_type, new_type = py_type(old_res), py_type(new_res)
        if old_type != new_type:
            self.add_directional(
                "type-changed",
                directions,
                where,
                f"{owner} changes type from {old_type} to {new_type}",
            )
            return
        if old_res.get("format") != new_res.get("format"):
            self.add_directional(
                "format-changed",
                directions,
                where,
                f"{owner} format {old_res.get('format')} → {new_res.get('format')}",
            )
        if old_res.get("enum") is not None and new_res.get("enum") is not None:
            self.compare_enum(old_res["enum"], new_res["enum"], where, directions, owner)
        if old_type == "object":
            self.compare_object(old_res, new_res, where, directions, owner, depth)
        elif old_type == "list":
            self.compare_schema(
                old_res.get("items"),
                new_res.get("items"),
                f"{where}.items",
                directions,
                f"`{owner.strip('`')}[]`" if owner.startswith("`") else f"the items of {owner}",
                depth + 1,
            )
        elif old_type == "union":
            self.compare_union(old_res, new_res, where, directions, owner)

    def compare_enum(
        self,
        old: list[Any],
        new: list[Any],
        where: str,
        directions: set[Direction],
        owner: str,
    ) -> None:
        old_set = {canonical(v): v for v in old}
        new_set = {canonical(v): v for v in new}
        added = sorted_values(new_set[k] for k in set(new_set) - set(old_set))
        removed = sorted_values(old_set[k] for k in set(old_set) - set(new_set))
        if added:
            word = "value" if len(added) == 1 else "values"
            self.add_directional(
                "enum-value-added",
                directions,
                where,
                f"{owner} gains enum {word} {values_text(added)}",
            )
        if removed:
            word = "value" if len(removed) == 1 else "values"
            self.add_directional(
                "enum-value-removed",
                directions,
                where,
                f"{owner} loses enum {word} {values_text(removed)}",
            )

    def compare_object(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        where: str,
        directions: set[Direction],
        owner: str,
        depth: int,
    ) -> None:
        old_props, old_req = self.flatten(self.old, old)
        new_props, new_req = self.flatten(self.new, new)
        base = owner.strip("`")
        for name in sorted(set(old_props) - set(new_props)):
            self.add_directional(
                "property-removed",
                directions,
                f"{where}.properties.{name}",
                f"Property `{name}` removed from {owner} (attribute `{self.attr(name)}`)",
            )
        for name in sorted(set(new_props) - set(old_props)):
            required = name in new_req
            self.add_directional(
                "property-added-required" if required else "property-added",
                directions,
                f"{where}.properties.{name}",
                f"{'Required' if required else 'Optional'} property `{name}` added to {owner} "
                f"(attribute `{self.attr(name)}`)",
            )
        for name in sorted(set(old_props) & set(new_props)):
            prop_where = f"{where}.properties.{name}"
            label = f"`{base}.{self.attr(name)}`" if owner.startswith("`") else f"`{name}`"
            if (name in old_req) != (name in new_req):
                made = "required" if name in new_req else "optional"
                self.add_directional(
                    f"property-made-{made}", directions, prop_where, f"{label} is now {made}"
                )
            self.compare_schema(
                old_props[name], new_props[name], prop_where, directions, label, depth + 1
            )

    def _variant_keys(self, doc: Doc, schema: Mapping[str, Any], old: bool) -> dict[str, str]:
        keys: dict[str, str] = {}
        for member in (schema.get("oneOf") or []) + (schema.get("anyOf") or []):
            ref = Doc.schema_ref(member)
            if ref is not None:
                name = self.renames.get(ref, ref) if old else ref
                keys[f"ref:{name}"] = f"`{self.cls(name)}`"
            else:
                resolved = doc.resolve(member) or {}
                keys[canonical(strip_docs(resolved))] = f"an inline {py_type(resolved)}"
        return keys

    def compare_union(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        where: str,
        directions: set[Direction],
        owner: str,
    ) -> None:
        old_keys = self._variant_keys(self.old, old, old=True)
        new_keys = self._variant_keys(self.new, new, old=False)
        for key in sorted(set(new_keys) - set(old_keys)):
            self.add_directional(
                "variant-added", directions, where, f"{owner} gains variant {new_keys[key]}"
            )
        for key in sorted(set(old_keys) - set(new_keys)):
            self.add_directional(
                "variant-removed", directions, where, f"{owner} loses variant {old_keys[key]}"
            )
