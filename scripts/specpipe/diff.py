"""Semantic diff of two OpenAPI 3.0 documents, classified by what it does to OUR client.

Why not a plain text diff or a generic OpenAPI differ: Sinch reorders, rewords and
re-keys the file; what matters is whether code written against the *generated*
``sinch_numbers_api`` package (and the overlay facade built on it) keeps working.
So both documents are parsed, ``$ref``s to parameters, request bodies and responses
are resolved, everything is compared order-insensitively, and each change gets a
severity from the point of view of generated Python code:

* class names come from component keys (``generator/normalize.py`` moves ``title``
  to ``x-title``), so a renamed component is a renamed class: breaking, unless the
  PascalCase class name is the same (``Money`` → ``money``);
* function and module names come from ``operationId`` and the first tag, so those
  renames are breaking (oasdiff treats them as harmless);
* our generated enums are *open* (unknown values parse as pseudo-members), which is
  the only reason an enum value added in a response is non-breaking.

Component schemas are compared once each, by name (after rename detection); a
``$ref`` inside an operation is only checked for pointing at a different component.
Descriptions, examples, titles and ``x-`` extensions never produce a change of their
own; if they are all that changed, one ``docs-only`` info change says so.

Pure functions on parsed dicts: :func:`diff_documents` is the entry point.
"""

from __future__ import annotations

import builtins
import difflib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from keyword import iskeyword
from pathlib import Path
from typing import Any, Literal

import yaml

__all__ = [
    "KINDS",
    "SEVERITIES",
    "Change",
    "Naming",
    "diff_documents",
    "has_breaking",
    "summarize",
]

Severity = Literal["breaking", "non-breaking", "info"]
Direction = Literal["request", "response"]
SEVERITIES: tuple[Severity, ...] = ("breaking", "non-breaking", "info")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SCHEMA_REF = "#/components/schemas/"
#: keys that only document; they never change generated signatures
_DOC_KEYS = frozenset(
    {"description", "summary", "example", "examples", "externalDocs", "title", "deprecated"}
)
#: mappings whose keys are names chosen by the spec author (never strip inside them)
_NAME_MAPS = frozenset(
    {
        "properties",
        "paths",
        "schemas",
        "parameters",
        "responses",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "content",
        "encoding",
        "mapping",
        "variables",
        "scopes",
    }
)

# --------------------------------------------------------------------------- kinds

#: kind -> (severity, why it has that severity for our generated Python client).
#: Every change is created through this table, so a kind always has one severity;
#: docs/update-spec.md renders the same table (a test keeps them in sync).
KINDS: dict[str, tuple[Severity, str]] = {
    # operations
    "operation-added": (
        "non-breaking",
        "a new generated function (and facade method) appears; nothing existing changes",
    ),
    "operation-removed": (
        "breaking",
        "the generated function and its facade method disappear; callers get ImportError "
        "or AttributeError",
    ),
    "operation-id-renamed": (
        "breaking",
        "the generated module and function are named after the operationId, and the facade "
        "looks it up in generator/facade.yaml, so existing imports and calls break",
    ),
    "operation-id-recased": (
        "info",
        "the operationId changed but maps to the same snake_case function name",
    ),
    "operation-path-changed": (
        "non-breaking",
        "same operationId, so the same generated function; only the URL it calls changes",
    ),
    "tag-renamed": (
        "breaking",
        "the generated module lives in api/<first tag>/, so its import path changes",
    ),
    "tag-changed": ("info", "the first tag maps to the same module, so imports are unchanged"),
    "operation-deprecated": ("info", "the function still exists; plan its removal"),
    "operation-security-changed": (
        "info",
        "auth is handled by the overlay client, not by generated signatures",
    ),
    # parameters
    "parameter-added": (
        "non-breaking",
        "the generated function gains an optional keyword argument",
    ),
    "parameter-added-required": (
        "breaking",
        "the generated function gains a required argument, so existing calls fail",
    ),
    "parameter-removed": (
        "breaking",
        "the argument disappears from the generated function; calls passing it fail",
    ),
    "parameter-made-required": (
        "breaking",
        "calls that omit the argument now fail (it loses its UNSET default)",
    ),
    "parameter-made-optional": (
        "non-breaking",
        "the argument gets an UNSET default; existing calls keep working",
    ),
    "parameter-default-changed": (
        "info",
        "the signature is unchanged but calls that omit the argument now send another value",
    ),
    # request bodies
    "request-body-added": (
        "non-breaking",
        "the generated function gains an optional body argument",
    ),
    "request-body-added-required": (
        "breaking",
        "the generated function gains a required body argument, so existing calls fail",
    ),
    "request-body-removed": (
        "breaking",
        "the body argument disappears; calls passing it fail",
    ),
    "request-body-made-required": ("breaking", "calls that omit the body now fail"),
    "request-body-made-optional": ("non-breaking", "the body argument gets a default"),
    "request-media-type-added": ("info", "another content type is accepted"),
    "request-media-type-removed": (
        "breaking",
        "the generated function no longer sends this content type",
    ),
    # responses
    "response-status-added": (
        "non-breaking",
        "the function's parsed result can be one more type; existing handling still works",
    ),
    "response-status-removed": (
        "breaking",
        "a success response disappears, so the parsed result's type changes",
    ),
    "error-response-removed": (
        "non-breaking",
        "an error status is no longer documented; error handling is in the overlay",
    ),
    "response-media-type-added": ("info", "the server may answer in another content type"),
    "response-media-type-removed": (
        "breaking",
        "the generated parser for this content type disappears",
    ),
    # schema properties, by direction
    "request-property-added": (
        "non-breaking",
        "the generated model gains an optional keyword argument; existing code keeps working",
    ),
    "request-property-added-required": (
        "breaking",
        "the generated model's constructor gains a required argument, so code building it fails",
    ),
    "request-property-removed": (
        "breaking",
        "the constructor argument and attribute disappear; code setting it fails",
    ),
    "request-property-made-required": (
        "breaking",
        "the constructor argument loses its UNSET default, so code omitting it fails",
    ),
    "request-property-made-optional": (
        "non-breaking",
        "the constructor argument gets an UNSET default; existing code keeps working",
    ),
    "response-property-added": (
        "non-breaking",
        "the generated model gains an attribute; existing code is unaffected",
    ),
    "response-property-removed": (
        "breaking",
        "the attribute disappears from the generated model; code reading it fails",
    ),
    "response-property-made-required": (
        "non-breaking",
        "the attribute's type loses `| Unset`; existing checks still work",
    ),
    "response-property-made-optional": (
        "breaking",
        "the attribute's type gains `| Unset`, so code using it unguarded breaks (and mypy "
        "flags it)",
    ),
    # schema types
    "request-type-changed": (
        "breaking",
        "the generated argument/attribute type changes, so existing values no longer fit",
    ),
    "response-type-changed": (
        "breaking",
        "the generated attribute type changes, so code using the old type breaks",
    ),
    "request-format-changed": ("info", "the format changed but the Python type is the same"),
    "response-format-changed": ("info", "the format changed but the Python type is the same"),
    "request-made-nullable": (
        "non-breaking",
        "the generated type gains `| None`; more values are accepted",
    ),
    "response-made-nullable": (
        "breaking",
        "the generated type gains `| None`, so code that assumed a value can get None (mypy "
        "flags it)",
    ),
    "request-made-non-nullable": (
        "breaking",
        "the generated type loses `| None`, so code passing None fails",
    ),
    "response-made-non-nullable": (
        "non-breaking",
        "the generated type loses `| None`; existing None checks are merely redundant",
    ),
    # enums
    "request-enum-value-added": (
        "non-breaking",
        "the generated enum gains a member; existing values stay valid",
    ),
    "request-enum-value-removed": (
        "breaking",
        "the member disappears from the generated enum and the server rejects the value",
    ),
    "response-enum-value-added": (
        "non-breaking",
        "non-breaking only because our generated enums are open: the new value parses as a "
        "pseudo-member (is_known is False) instead of raising; exhaustive matches should "
        "handle it",
    ),
    "response-enum-value-removed": (
        "breaking",
        "the member disappears from the generated enum, so code referring to it fails",
    ),
    # unions
    "request-variant-added": ("non-breaking", "the generated union accepts one more type"),
    "request-variant-removed": (
        "breaking",
        "the generated union no longer accepts this type",
    ),
    "response-variant-added": (
        "breaking",
        "the generated union gains a type, so code handling every variant misses one",
    ),
    "response-variant-removed": (
        "breaking",
        "the generated union loses a type; its class may disappear",
    ),
    # components
    "schema-added": ("non-breaking", "a new generated model class appears"),
    "schema-removed": (
        "breaking",
        "the generated model class disappears; imports of it fail",
    ),
    "schema-renamed": (
        "breaking",
        "class names come from component keys, so the generated class and its module are "
        "renamed and imports of the old name fail",
    ),
    "schema-key-renamed": (
        "info",
        "the component key changed but maps to the same generated class name",
    ),
    # whole document
    "info-version-changed": ("info", "informational; change detection uses the sha256"),
    "servers-changed": ("info", "the overlay client chooses the base URL"),
    "security-changed": ("info", "auth is handled by the overlay client"),
    "security-scheme-changed": ("info", "auth is handled by the overlay client"),
    "docs-only": (
        "info",
        "nothing but documentation or formatting changed, so generated signatures are the same",
    ),
    "unclassified-change": (
        "info",
        "the documents differ in ways this classifier does not model (e.g. constraints); "
        "review the spec diff",
    ),
}

#: event -> kind per direction; the worse severity wins when a schema is used both ways
_DIRECTIONAL: dict[str, dict[Direction, str]] = {
    event: {"request": f"request-{event}", "response": f"response-{event}"}
    for event in (
        "property-added",
        "property-removed",
        "property-made-required",
        "property-made-optional",
        "type-changed",
        "format-changed",
        "made-nullable",
        "made-non-nullable",
        "enum-value-added",
        "enum-value-removed",
        "variant-added",
        "variant-removed",
    )
}
_DIRECTIONAL["property-added-required"] = {
    "request": "request-property-added-required",
    "response": "response-property-added",
}


@dataclass(frozen=True)
class Change:
    """One classified difference. ``kind`` is a stable kebab-case id from :data:`KINDS`."""

    severity: Severity
    kind: str
    location: str
    detail: str

    def to_json(self) -> dict[str, str]:
        return {
            "severity": self.severity,
            "kind": self.kind,
            "location": self.location,
            "detail": self.detail,
        }

    def sort_key(self) -> tuple[int, str, str, str]:
        return (SEVERITIES.index(self.severity), self.location, self.kind, self.detail)


def summarize(changes: Iterable[Change]) -> dict[str, int]:
    """Count per severity, always with all three keys."""
    counts: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
    for change in changes:
        counts[change.severity] += 1
    return counts


def has_breaking(changes: Iterable[Change]) -> bool:
    return any(c.severity == "breaking" for c in changes)


# -------------------------------------------------------------------------- naming
# A copy of openapi-python-client 0.29.1's ``strings`` rules (ClassName, PythonIdentifier),
# so the classifier can say which Python names change without importing the generator
# (0.3 s). tests/update_spec/test_diff.py checks the copy against the real module.

_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def _sanitize(value: str) -> str:
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)


def _split_words(value: str) -> list[str]:
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)


def _fix_reserved(value: str) -> str:
    return f"{value}_" if value in _RESERVED or iskeyword(value) else value


def _pascal(value: str) -> str:
    words = _split_words(_sanitize(value))
    return "".join(w.capitalize() if not w.isupper() else w for w in words)


def _snake(value: str) -> str:
    return "_".join(_split_words(_sanitize(value))).lower()


@dataclass(frozen=True)
class Naming:
    """Python names the generator derives from spec names (plus generator/config.yaml overrides)."""

    class_overrides: Mapping[str, str] = field(default_factory=dict)
    field_prefix: str = "field_"

    @classmethod
    def from_config(cls, path: Path) -> Naming:
        """Read ``class_overrides`` and ``field_prefix`` from the generator's config.yaml."""
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except FileNotFoundError:
            return cls()
        overrides = {
            str(key): str(value["class_name"])
            for key, value in (data.get("class_overrides") or {}).items()
            if isinstance(value, dict) and value.get("class_name")
        }
        return cls(overrides, str(data.get("field_prefix") or "field_"))

    def class_name(self, key: str) -> str:
        name = self._class(key)
        override = self.class_overrides.get(name)
        return self._class(override) if override else name

    def _class(self, value: str) -> str:
        safe = _fix_reserved(_pascal(value))
        if not safe.isidentifier():
            safe = _fix_reserved(_pascal(f"{self.field_prefix}{safe}"))
        return safe

    def identifier(self, value: str) -> str:
        """snake_case argument, attribute, function or module name."""
        safe = _sanitize(value)
        leading_underscore = safe.startswith("_")
        safe = _fix_reserved(_snake(safe))
        if not safe.isidentifier() or leading_underscore:
            safe = f"{self.field_prefix}{safe}"
        return safe


# ------------------------------------------------------------------------ document


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _norm_path(path: str) -> str:
    """``/a/{x}/b`` and ``/a/{y}/b`` are the same endpoint (a renamed path parameter)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


@dataclass
class _Operation:
    method: str
    path: str
    op: dict[str, Any]
    params: dict[tuple[str, str], dict[str, Any]]

    @property
    def location(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def operation_id(self) -> str:
        return str(self.op.get("operationId") or f"{self.method}_{self.path}")

    @property
    def first_tag(self) -> str | None:
        tags = self.op.get("tags") or []
        return str(tags[0]) if tags else None


class _Doc:
    """A parsed spec with local ``$ref`` resolution."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc
        components = doc.get("components") or {}
        self.schemas: dict[str, Any] = dict(components.get("schemas") or {})

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            return None  # external refs are not followed
        node: Any = self.doc
        for token in ref[2:].split("/"):
            if not isinstance(node, Mapping):
                return None
            node = node.get(_unescape(token))
        return node

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` chains (parameters, bodies, responses, schemas)."""
        for _ in range(64):
            if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
                target = self.lookup(node["$ref"])
                if target is None:
                    return node
                node = target
            else:
                return node
        return node

    @staticmethod
    def schema_ref(node: Any) -> str | None:
        """Component key of a ``#/components/schemas/X`` reference, else None."""
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_SCHEMA_REF) and "/" not in ref[21:]:
                return _unescape(ref[len(_SCHEMA_REF) :])
        return None

    def projection(self) -> Any:
        """What the classifier looks at: no docs, non-schema ``$ref``s inlined, lists sorted.

        Used to tell "nothing that matters changed" from "something this classifier
        does not model changed" when no change was classified.
        """

        def inline(node: Any, depth: int) -> Any:
            if isinstance(node, Mapping):
                ref = node.get("$ref")
                if isinstance(ref, str) and self.schema_ref(node) is None and depth < 32:
                    target = self.lookup(ref)
                    if target is not None:
                        return inline(target, depth + 1)
                return {key: inline(value, depth) for key, value in node.items()}
            if isinstance(node, list):
                return [inline(item, depth) for item in node]
            return node

        doc = dict(inline(self.doc, 0))
        components = doc.get("components") or {}
        doc["components"] = {
            key: value for key, value in components.items() if key in ("schemas", "securitySchemes")
        }
        return _orderless(strip_docs(doc))

    def operations(self) -> dict[tuple[str, str], _Operation]:
        ops: dict[tuple[str, str], _Operation] = {}
        for path, item in sorted((self.doc.get("paths") or {}).items()):
            item = self.resolve(item) or {}
            shared = self._params(item.get("parameters") or [])
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, Mapping):
                    continue
                params = {**shared, **self._params(op.get("parameters") or [])}
                ops[(method, _norm_path(path))] = _Operation(method, path, dict(op), params)
        return ops

    def _params(self, raw: Iterable[Any]) -> dict[tuple[str, str], dict[str, Any]]:
        out: dict[tuple[str, str], dict[str, Any]] = {}
        for param in raw:
            param = self.resolve(param)
            if isinstance(param, Mapping) and "name" in param and "in" in param:
                out[(str(param["in"]), str(param["name"]))] = dict(param)
        return out

    def usage(self) -> dict[str, set[Direction]]:
        """Which component schemas are reachable from requests and/or responses.

        Schemas reachable from neither (the callback payloads) are data we receive,
        so they count as responses.
        """
        usage: dict[str, set[Direction]] = defaultdict(set)

        def visit(node: Any, direction: Direction) -> None:
            stack = [node]
            while stack:
                current = stack.pop()
                if isinstance(current, Mapping):
                    name = self.schema_ref(current)
                    if name is not None:
                        if direction not in usage[name]:
                            usage[name].add(direction)
                            stack.append(self.schemas.get(name))
                        continue
                    ref = current.get("$ref")
                    if isinstance(ref, str):
                        stack.append(self.lookup(ref))
                        continue
                    stack.extend(current.values())
                elif isinstance(current, list):
                    stack.extend(current)

        for op in self.operations().values():
            visit(list(op.params.values()), "request")
            visit(op.op.get("requestBody"), "request")
            visit(op.op.get("responses"), "response")
        for name in self.schemas:
            if not usage.get(name):
                usage[name] = {"response"}
        return dict(usage)


#: lists whose order carries no meaning for the generated client
_ORDERLESS = frozenset({"parameters", "enum", "required", "security", "servers", "oneOf", "anyOf"})


def _orderless(node: Any, parent: str | None = None) -> Any:
    """Sort the lists in :data:`_ORDERLESS` so reordering is not a difference."""
    if isinstance(node, Mapping):
        return {key: _orderless(value, key) for key, value in node.items()}
    if isinstance(node, list):
        items = [_orderless(item) for item in node]
        return sorted(items, key=_canonical) if parent in _ORDERLESS else items
    return node


def strip_docs(node: Any, parent: str | None = None) -> Any:
    """The document without descriptions, examples, titles and ``x-`` extensions."""
    if isinstance(node, Mapping):
        keep_all = parent in _NAME_MAPS
        return {
            key: strip_docs(value, key)
            for key, value in node.items()
            if keep_all or not (key in _DOC_KEYS or str(key).startswith("x-"))
        }
    if isinstance(node, list):
        return [strip_docs(item, parent) for item in node]
    return node


def _canonical(node: Any) -> str:
    return json.dumps(node, sort_keys=True, default=str, separators=(",", ":"))


def _differing_pointers(a: Any, b: Any, where: str = "", limit: int = 5) -> list[str]:
    """First few JSON pointers where two stripped documents differ (for the unclassified note)."""
    out: list[str] = []

    def walk(x: Any, y: Any, at: str) -> None:
        if len(out) >= limit:
            return
        if isinstance(x, Mapping) and isinstance(y, Mapping):
            for key in sorted(set(x) | set(y), key=str):
                token = str(key).replace("~", "~0").replace("/", "~1")
                walk(x.get(key), y.get(key), f"{at}/{token}")
        elif isinstance(x, list) and isinstance(y, list) and len(x) == len(y):
            if sorted(map(_canonical, x)) != sorted(map(_canonical, y)):
                for i, (p, q) in enumerate(zip(x, y, strict=True)):
                    walk(p, q, f"{at}/{i}")
        elif _canonical(x) != _canonical(y):
            out.append(at or "/")

    walk(a, b, where)
    return out


# ------------------------------------------------------------------------- schemas

_FORMAT_TYPES = {"date-time": "datetime", "date": "date", "binary": "File", "uuid": "UUID"}


def _py_type(schema: Mapping[str, Any]) -> str:
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


def _values(values: Iterable[Any]) -> str:
    return ", ".join(f"`{v}`" for v in values)


def _sorted_values(values: Iterable[Any]) -> list[Any]:
    return sorted(values, key=lambda v: (str(type(v)), str(v)))


class _Differ:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any], naming: Naming) -> None:
        self.old = _Doc(old)
        self.new = _Doc(new)
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
        kinds = [_DIRECTIONAL[event][d] for d in ("response", "request") if d in directions]
        kind = min(kinds, key=lambda k: SEVERITIES.index(KINDS[k][0]))
        if len(directions) > 1:
            subject += " (the schema is used in requests and responses)"
        self.add(kind, location, subject)

    def cls(self, key: str) -> str:
        return self.naming.class_name(key)

    def attr(self, name: str) -> str:
        return self.naming.identifier(name)

    # ------------------------------------------------------------------ top level

    def run(self) -> list[Change]:
        self.renames = self.match_renames()
        self.compare_document()
        self.compare_operations()
        self.compare_components()
        if not self.changes:
            self.note_unmodelled()
        unique = {(c.kind, c.location, c.detail): c for c in self.changes}
        return sorted(unique.values(), key=Change.sort_key)

    def compare_document(self) -> None:
        old_info = self.old.doc.get("info") or {}
        new_info = self.new.doc.get("info") or {}
        if old_info.get("version") != new_info.get("version"):
            self.add(
                "info-version-changed",
                "info.version",
                f"info.version {old_info.get('version')} → {new_info.get('version')}",
            )
        old_servers = strip_docs(self.old.doc.get("servers") or [])
        new_servers = strip_docs(self.new.doc.get("servers") or [])
        if sorted(map(_canonical, old_servers)) != sorted(map(_canonical, new_servers)):
            urls_old = sorted(str(s.get("url")) for s in old_servers)
            urls_new = sorted(str(s.get("url")) for s in new_servers)
            self.add("servers-changed", "servers", f"Servers {urls_old} → {urls_new}")
        if self._security_key(self.old.doc.get("security")) != self._security_key(
            self.new.doc.get("security")
        ):
            self.add("security-changed", "security", "Global security requirements changed")
        old_schemes = (self.old.doc.get("components") or {}).get("securitySchemes") or {}
        new_schemes = (self.new.doc.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(set(old_schemes) | set(new_schemes)):
            where = f"components.securitySchemes.{name}"
            if name not in new_schemes:
                self.add("security-scheme-changed", where, f"Security scheme `{name}` removed")
            elif name not in old_schemes:
                self.add("security-scheme-changed", where, f"Security scheme `{name}` added")
            elif _canonical(strip_docs(old_schemes[name])) != _canonical(
                strip_docs(new_schemes[name])
            ):
                self.add("security-scheme-changed", where, f"Security scheme `{name}` changed")

    @staticmethod
    def _security_key(security: Any) -> list[str]:
        return sorted(_canonical(req) for req in security or [])

    def note_unmodelled(self) -> None:
        if _canonical(_orderless(self.old.doc)) == _canonical(_orderless(self.new.doc)):
            return  # same parsed document: nothing to say (bytes may differ in formatting)
        old, new = self.old.projection(), self.new.projection()
        if _canonical(old) == _canonical(new):
            self.add(
                "docs-only",
                "(document)",
                "Only descriptions, examples, titles or the $ref layout changed",
            )
        else:
            where = ", ".join(_differing_pointers(old, new)) or "(unknown)"
            self.add("unclassified-change", "(document)", f"Unmodelled differences at {where}")

    # ------------------------------------------------------------------ renames

    def _fingerprint(self, schema: Any, changed: set[str]) -> str:
        def rewrite(node: Any) -> Any:
            if isinstance(node, Mapping):
                name = _Doc.schema_ref(node)
                if name is not None:
                    return {"$ref": "*" if name in changed else name}
                return {key: rewrite(value) for key, value in node.items()}
            if isinstance(node, list):
                return [rewrite(item) for item in node]
            return node

        return _canonical(rewrite(strip_docs(schema)))

    def _signature(self, doc: _Doc, schema: Any) -> set[str]:
        """Property names with their Python types, or enum values, for fuzzy matching."""
        schema = doc.resolve(schema) or {}
        if schema.get("enum") is not None:
            return {f"={v}" for v in schema["enum"]}
        props, _required = self.flatten(doc, schema)
        return {f"{name}:{_py_type(doc.resolve(prop) or {})}" for name, prop in props.items()}

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

    def flatten(self, doc: _Doc, schema: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
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
        ignorable = _DOC_KEYS | {"allOf", "nullable", "readOnly", "writeOnly", "type"}
        if (
            len(all_of) == 1
            and all(k in ignorable or str(k).startswith("x-") for k in schema)
            and schema.get("type") in (None, "object")
        ):
            inner, inner_nullable = _Differ._unwrap(all_of[0])
            return inner, nullable or inner_nullable
        return schema, nullable

    def _is_class(self, schema: Mapping[str, Any]) -> bool:
        return _py_type(schema) in ("object", "union") or schema.get("enum") is not None

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

        old_ref, new_ref = _Doc.schema_ref(old), _Doc.schema_ref(new)
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
        old_type, new_type = _py_type(old_res), _py_type(new_res)
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
        old_set = {_canonical(v): v for v in old}
        new_set = {_canonical(v): v for v in new}
        added = _sorted_values(new_set[k] for k in set(new_set) - set(old_set))
        removed = _sorted_values(old_set[k] for k in set(old_set) - set(new_set))
        if added:
            word = "value" if len(added) == 1 else "values"
            self.add_directional(
                "enum-value-added", directions, where, f"{owner} gains enum {word} {_values(added)}"
            )
        if removed:
            word = "value" if len(removed) == 1 else "values"
            self.add_directional(
                "enum-value-removed",
                directions,
                where,
                f"{owner} loses enum {word} {_values(removed)}",
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

    def _variant_keys(self, doc: _Doc, schema: Mapping[str, Any], old: bool) -> dict[str, str]:
        keys: dict[str, str] = {}
        for member in (schema.get("oneOf") or []) + (schema.get("anyOf") or []):
            ref = _Doc.schema_ref(member)
            if ref is not None:
                name = self.renames.get(ref, ref) if old else ref
                keys[f"ref:{name}"] = f"`{self.cls(name)}`"
            else:
                resolved = doc.resolve(member) or {}
                keys[_canonical(strip_docs(resolved))] = f"an inline {_py_type(resolved)}"
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

    # --------------------------------------------------------------- operations

    def compare_operations(self) -> None:
        old_ops, new_ops = self.old.operations(), self.new.operations()
        removed = {k: old_ops[k] for k in sorted(set(old_ops) - set(new_ops))}
        added = {k: new_ops[k] for k in sorted(set(new_ops) - set(old_ops))}
        # Same operationId at another path/method: the same generated function.
        added_by_id = {op.operation_id: key for key, op in added.items()}
        for key, old_op in list(removed.items()):
            new_key = added_by_id.get(old_op.operation_id)
            if new_key is None or new_key not in added:
                continue
            new_op = added.pop(new_key)
            del removed[key]
            self.add(
                "operation-path-changed",
                new_op.location,
                f"`{self.attr(new_op.operation_id)}()` moved from {old_op.location} "
                f"to {new_op.location}",
            )
            self.compare_operation(old_op, new_op)
        for op in removed.values():
            self.add(
                "operation-removed",
                op.location,
                f"Operation {op.operation_id} removed (generated function "
                f"`api.{self._module(op)}.{self.attr(op.operation_id)}`)",
            )
        for op in added.values():
            self.add(
                "operation-added",
                op.location,
                f"Operation {op.operation_id} added (generated function "
                f"`api.{self._module(op)}.{self.attr(op.operation_id)}`)",
            )
        for key in sorted(set(old_ops) & set(new_ops)):
            self.compare_operation(old_ops[key], new_ops[key])

    def _module(self, op: _Operation) -> str:
        tag = op.first_tag
        return self.attr(tag) if tag else "default"

    def compare_operation(self, old: _Operation, new: _Operation) -> None:
        where = new.location
        func = f"`{self.attr(new.operation_id)}()`"
        if old.operation_id != new.operation_id:
            old_fn, new_fn = self.attr(old.operation_id), self.attr(new.operation_id)
            if old_fn != new_fn:
                self.add(
                    "operation-id-renamed",
                    where,
                    f"operationId {old.operation_id} renamed to {new.operation_id}: generated "
                    f"function `{old_fn}` becomes `{new_fn}`, and the facade method falls back "
                    f"to an automatic name unless generator/facade.yaml gets an entry",
                )
            else:
                self.add(
                    "operation-id-recased",
                    where,
                    f"operationId {old.operation_id} → {new.operation_id} (function `{new_fn}`)",
                )
        old_tags, new_tags = old.op.get("tags") or [], new.op.get("tags") or []
        if old_tags != new_tags:
            old_mod, new_mod = self._module(old), self._module(new)
            if old_mod != new_mod:
                self.add(
                    "tag-renamed",
                    where,
                    f"Tag {old.first_tag!r} → {new.first_tag!r}: {func} moves from "
                    f"`sinch_numbers_api.api.{old_mod}` to `sinch_numbers_api.api.{new_mod}`",
                )
            else:
                self.add("tag-changed", where, f"Tags {old_tags} → {new_tags}")
        if bool(new.op.get("deprecated")) and not bool(old.op.get("deprecated")):
            self.add("operation-deprecated", where, f"{func} is now deprecated")
        old_security = self._security_key(old.op.get("security"))
        if old_security != self._security_key(new.op.get("security")):
            self.add("operation-security-changed", where, f"Security of {func} changed")
        self.compare_parameters(old, new, where, func)
        self.compare_request_body(old, new, where, func)
        self.compare_responses(old, new, where, func)

    def compare_parameters(self, old: _Operation, new: _Operation, where: str, func: str) -> None:
        for key in sorted(set(old.params) - set(new.params)):
            location, name = key
            self.add(
                "parameter-removed",
                f"{where} param {name}",
                f"{location.capitalize()} parameter `{name}` removed: {func} loses argument "
                f"`{self.attr(name)}`",
            )
        for key in sorted(set(new.params) - set(old.params)):
            location, name = key
            param = new.params[key]
            if param.get("required"):
                self.add(
                    "parameter-added-required",
                    f"{where} param {name}",
                    f"Required {location} parameter `{name}` added: {func} gains required "
                    f"argument `{self.attr(name)}`",
                )
            else:
                self.add(
                    "parameter-added",
                    f"{where} param {name}",
                    f"Optional {location} parameter `{name}` added: {func} gains keyword "
                    f"argument `{self.attr(name)}`",
                )
        for key in sorted(set(old.params) & set(new.params)):
            location, name = key
            op_, np_ = old.params[key], new.params[key]
            param_where = f"{where} param {name}"
            arg = f"argument `{self.attr(name)}` of {func}"
            if bool(op_.get("required")) != bool(np_.get("required")):
                if np_.get("required"):
                    self.add(
                        "parameter-made-required",
                        param_where,
                        f"{location.capitalize()} parameter `{name}` is now required ({arg})",
                    )
                else:
                    self.add(
                        "parameter-made-optional",
                        param_where,
                        f"{location.capitalize()} parameter `{name}` is now optional ({arg})",
                    )
            old_schema = self.old.resolve(op_.get("schema")) or {}
            new_schema = self.new.resolve(np_.get("schema")) or {}
            if (
                isinstance(old_schema, Mapping)
                and isinstance(new_schema, Mapping)
                and old_schema.get("default") != new_schema.get("default")
            ):
                self.add(
                    "parameter-default-changed",
                    param_where,
                    f"Default of `{name}` {old_schema.get('default')!r} → "
                    f"{new_schema.get('default')!r}",
                )
            self.compare_schema(
                op_.get("schema"), np_.get("schema"), param_where, {"request"}, f"`{name}`"
            )

    def _required_props(self, doc: _Doc, body: Mapping[str, Any]) -> list[str]:
        names: set[str] = set()
        for media in (body.get("content") or {}).values():
            schema = doc.resolve((media or {}).get("schema")) or {}
            if isinstance(schema, Mapping):
                names |= self.flatten(doc, schema)[1]
        return sorted(names)

    def compare_request_body(self, old: _Operation, new: _Operation, where: str, func: str) -> None:
        old_body = self.old.resolve(old.op.get("requestBody"))
        new_body = self.new.resolve(new.op.get("requestBody"))
        body_where = f"{where} request body"
        if not old_body and not new_body:
            return
        if old_body and not new_body:
            self.add("request-body-removed", body_where, f"{func} no longer takes a request body")
            return
        assert isinstance(new_body, Mapping)
        if not old_body:
            if new_body.get("required"):
                props = self._required_props(self.new, new_body)
                listed = f" with required properties {_values(props)}" if props else ""
                self.add(
                    "request-body-added-required",
                    body_where,
                    f"{func} now requires a request body{listed}",
                )
            else:
                self.add(
                    "request-body-added", body_where, f"{func} now takes an optional request body"
                )
            return
        assert isinstance(old_body, Mapping)
        if bool(old_body.get("required")) != bool(new_body.get("required")):
            if new_body.get("required"):
                self.add("request-body-made-required", body_where, f"{func}'s body is now required")
            else:
                self.add("request-body-made-optional", body_where, f"{func}'s body is now optional")
        self.compare_content(
            old_body.get("content") or {},
            new_body.get("content") or {},
            body_where,
            "request",
            f"the request body of {func}",
        )

    def compare_content(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        where: str,
        direction: Direction,
        owner: str,
    ) -> None:
        for media in sorted(set(old) - set(new)):
            self.add(f"{direction}-media-type-removed", where, f"{owner}: `{media}` removed")
        for media in sorted(set(new) - set(old)):
            self.add(f"{direction}-media-type-added", where, f"{owner}: `{media}` added")
        common = sorted(set(old) & set(new))
        for media in common:
            media_where = where if len(common) == 1 else f"{where} ({media})"
            old_schema = (old[media] or {}).get("schema")
            new_schema = (new[media] or {}).get("schema")
            if old_schema is None and new_schema is None:
                continue
            self.compare_schema(old_schema, new_schema, media_where, {direction}, owner)

    def compare_responses(self, old: _Operation, new: _Operation, where: str, func: str) -> None:
        old_responses = old.op.get("responses") or {}
        new_responses = new.op.get("responses") or {}
        for code in sorted(set(map(str, old_responses)) - set(map(str, new_responses))):
            success = code.startswith("2")
            self.add(
                "response-status-removed" if success else "error-response-removed",
                f"{where} response {code}",
                f"{func} no longer documents status {code}",
            )
        for code in sorted(set(map(str, new_responses)) - set(map(str, old_responses))):
            self.add(
                "response-status-added",
                f"{where} response {code}",
                f"{func} documents a new status {code}",
            )
        old_by_code = {str(k): v for k, v in old_responses.items()}
        new_by_code = {str(k): v for k, v in new_responses.items()}
        for code in sorted(set(old_by_code) & set(new_by_code)):
            old_response = self.old.resolve(old_by_code[code]) or {}
            new_response = self.new.resolve(new_by_code[code]) or {}
            self.compare_content(
                old_response.get("content") or {},
                new_response.get("content") or {},
                f"{where} response {code}",
                "response",
                f"the {code} response of {func}",
            )


def diff_documents(
    old: Mapping[str, Any], new: Mapping[str, Any], naming: Naming | None = None
) -> list[Change]:
    """Classified changes from ``old`` to ``new`` (parsed specs), sorted deterministically.

    Sorted by severity (breaking first), then location, kind and detail, so two runs
    over the same inputs give byte-identical reports.
    """
    return _Differ(old, new, naming or Naming()).run()


def iter_kinds(severity: Severity | None = None) -> Iterator[str]:
    """Kinds in table order, optionally only those of one severity (for docs and tests)."""
    for kind, (sev, _why) in KINDS.items():
        if severity is None or sev == severity:
            yield kind
