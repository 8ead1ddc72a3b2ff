"""Facade names (``client.<resource>.<method>``) for operations, named in facade.yaml or not.

``generator/facade.yaml`` names every operation we know. A new upstream operation has no entry
yet, and must still land where users look for it: an operation joins the resource its tag's
other operations live on (a new list operation of tag "Number Order" becomes
``client.number_orders.list``, next to ``create`` and ``get``), and its method name is its
operationId without the service prefix and without the resource's own noun
(``ListNumberOrders`` -> ``list``, ``GetNumberOrderInvoice`` -> ``get_invoice``).

Only when no rule applies is the operation named mechanically and listed in
``NEEDS_FRIENDLY_NAME`` (and by ``scripts/update-spec``): its tag has no named operation yet
(a new resource: snake_case of the tag), or the derived method name is empty, not an
identifier, or already taken on that resource.
"""

from __future__ import annotations

import keyword
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from unions import snake

__all__ = ["FacadeName", "facade_name", "facade_names", "method_name", "nouns"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
#: ``NumberService_ListActiveNumbers``: the gRPC service prefix Sinch puts on some operationIds
_SERVICE_PREFIX = re.compile(r"^[A-Za-z0-9]+Service_")


@dataclass(frozen=True)
class FacadeName:
    resource: str
    method: str
    #: True when no rule applied: the name is mechanical and facade.yaml needs an entry
    needs_friendly_name: bool


def _operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """(operationId, first tag) in document order."""
    for item in (spec.get("paths") or {}).values():
        for method in HTTP_METHODS:
            op = (item or {}).get(method)
            if isinstance(op, Mapping) and op.get("operationId"):
                tags = op.get("tags") or ["default"]
                yield str(op["operationId"]), str(tags[0])


def _singular(word: str) -> str:
    for suffix in ("sses", "shes", "ches", "xes"):
        if word.endswith(suffix):
            return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def nouns(resource: str) -> list[list[str]]:
    """The word sequences that name ``resource`` in an operationId: plural and singular."""
    words = resource.split("_")
    singular = [*words[:-1], _singular(words[-1])]
    return [words] if singular == words else [words, singular]


def _words(operation_id: str) -> list[str]:
    return [w for w in snake(_SERVICE_PREFIX.sub("", operation_id)).split("_") if w]


def _without(words: list[str], noun: list[str]) -> list[str] | None:
    """``words`` with the first occurrence of the contiguous ``noun`` removed, or None."""
    for start in range(len(words) - len(noun) + 1):
        if words[start : start + len(noun)] == noun:
            return words[:start] + words[start + len(noun) :]
    return None


def method_name(operation_id: str, resource: str) -> str:
    """``ListNumberOrders`` on ``number_orders`` -> ``list``; the operationId's words without
    the service prefix and the resource's noun (plural or singular), snake_case."""
    words = _words(operation_id)
    for noun in nouns(resource):
        rest = _without(words, noun)
        if rest is not None:
            return "_".join(rest)
    return "_".join(words)


def _mentions(operation_id: str, resource: str) -> bool:
    words = _words(operation_id)
    return any(_without(words, noun) is not None for noun in nouns(resource))


def _tag_resources(spec: Mapping[str, Any], configured: Mapping[str, Any]) -> dict[str, list[str]]:
    """tag -> the resources its named operations use, most used first (ties: facade.yaml order)."""
    order = {str(entry["resource"]): i for i, entry in enumerate(configured.values())}
    counts: dict[str, Counter[str]] = {}
    for op_id, tag in _operations(spec):
        entry = configured.get(op_id)
        if entry:
            counts.setdefault(tag, Counter())[str(entry["resource"])] += 1
    return {
        tag: sorted(counter, key=lambda r: (-counter[r], order.get(r, len(order)), r))
        for tag, counter in counts.items()
    }


def facade_names(spec: Mapping[str, Any], config: Mapping[str, Any]) -> dict[str, FacadeName]:
    """operationId -> its facade name, for every operation of ``spec`` (document order)."""
    configured: Mapping[str, Any] = config.get("operations") or {}
    by_tag = _tag_resources(spec, configured)
    taken: dict[str, set[str]] = {}
    for op_id, _tag in _operations(spec):
        entry = configured.get(op_id)
        if entry:
            taken.setdefault(str(entry["resource"]), set()).add(str(entry["method"]))
    names: dict[str, FacadeName] = {}
    for op_id, tag in _operations(spec):
        entry = configured.get(op_id)
        if entry:
            names[op_id] = FacadeName(str(entry["resource"]), str(entry["method"]), False)
            continue
        mechanical = "_".join(_words(op_id))
        candidates = by_tag.get(tag)
        if not candidates:  # a tag with no named operation: a new resource, named mechanically
            resource = snake(tag)
            names[op_id] = FacadeName(resource, mechanical, True)
            taken.setdefault(resource, set()).add(mechanical)
            continue
        resource = next((r for r in candidates if _mentions(op_id, r)), candidates[0])
        method = method_name(op_id, resource)
        used = taken.setdefault(resource, set())
        friendly = bool(method) and method.isidentifier() and not keyword.iskeyword(method)
        if not friendly or method in used:
            method = mechanical if mechanical not in used else f"{mechanical}_{len(used)}"
            names[op_id] = FacadeName(resource, method, True)
        else:
            names[op_id] = FacadeName(resource, method, False)
        used.add(method)
    return names


def facade_name(
    spec: Mapping[str, Any], config: Mapping[str, Any], operation_id: str
) -> tuple[str, str, bool]:
    """(resource, method, needs_friendly_name) of one operation of ``spec``."""
    name = facade_names(spec, config)[operation_id]
    return name.resource, name.method, name.needs_friendly_name
