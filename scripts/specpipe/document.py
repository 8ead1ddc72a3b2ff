"""The parsed spec as the classifier sees it: ``$ref`` resolution, operations, direction of
use, and the projection (docs stripped, order-free lists) that tells "docs-only" from
"something unmodelled changed".
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from specpipe.kinds import Direction

__all__ = [
    "DOC_KEYS",
    "HTTP_METHODS",
    "NAME_MAPS",
    "ORDERLESS",
    "SCHEMA_REF",
    "Doc",
    "Operation",
    "canonical",
    "differing_pointers",
    "orderless",
    "strip_docs",
]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SCHEMA_REF = "#/components/schemas/"
#: keys that only document; they never change generated signatures
DOC_KEYS = frozenset(
    {"description", "summary", "example", "examples", "externalDocs", "title", "deprecated"}
)
#: mappings whose keys are names chosen by the spec author (never strip inside them)
NAME_MAPS = frozenset(
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


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def norm_path(path: str) -> str:
    """``/a/{x}/b`` and ``/a/{y}/b`` are the same endpoint (a renamed path parameter)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


@dataclass
class Operation:
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


class Doc:
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
            node = node.get(unescape(token))
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
            if isinstance(ref, str) and ref.startswith(SCHEMA_REF) and "/" not in ref[21:]:
                return unescape(ref[len(SCHEMA_REF) :])
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
        return orderless(strip_docs(doc))

    def operations(self) -> dict[tuple[str, str], Operation]:
        ops: dict[tuple[str, str], Operation] = {}
        for path, item in sorted((self.doc.get("paths") or {}).items()):
            item = self.resolve(item) or {}
            shared = self._params(item.get("parameters") or [])
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, Mapping):
                    continue
                params = {**shared, **self._params(op.get("parameters") or [])}
                ops[(method, norm_path(path))] = Operation(method, path, dict(op), params)
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
ORDERLESS = frozenset({"parameters", "enum", "required", "security", "servers", "oneOf", "anyOf"})


def orderless(node: Any, parent: str | None = None) -> Any:
    """Sort the lists in :data:`ORDERLESS` so reordering is not a difference."""
    if isinstance(node, Mapping):
        return {key: orderless(value, key) for key, value in node.items()}
    if isinstance(node, list):
        items = [orderless(item) for item in node]
        return sorted(items, key=canonical) if parent in ORDERLESS else items
    return node


def strip_docs(node: Any, parent: str | None = None) -> Any:
    """The document without descriptions, examples, titles and ``x-`` extensions.

    Only the keys of a *mapping* under a name map (``properties``, ``components.parameters``,
    ...) are names to keep; the items of a *list* are objects again, so a parameter in an
    operation's ``parameters`` list loses its description like any other object (otherwise a
    reworded description would reorder the list in :func:`orderless` and look like a change).
    """
    if isinstance(node, Mapping):
        keep_all = parent in NAME_MAPS
        return {
            key: strip_docs(value, key)
            for key, value in node.items()
            if keep_all or not (key in DOC_KEYS or str(key).startswith("x-"))
        }
    if isinstance(node, list):
        return [strip_docs(item) for item in node]
    return node


def canonical(node: Any) -> str:
    return json.dumps(node, sort_keys=True, default=str, separators=(",", ":"))


def differing_pointers(a: Any, b: Any, where: str = "", limit: int = 5) -> list[str]:
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
            if sorted(map(canonical, x)) != sorted(map(canonical, y)):
                for i, (p, q) in enumerate(zip(x, y, strict=True)):
                    walk(p, q, f"{at}/{i}")
        elif canonical(x) != canonical(y):
            out.append(at or "/")

    walk(a, b, where)
    return out
