"""Public-API comparison of two generated ``sinch_numbers_api`` trees with griffe.

Why on top of the spec diff: the spec classifier predicts what the generator will do;
griffe checks what it *did* (renamed modules, removed classes, changed signatures),
including effects of generator/ templates and normalisation that the spec alone
does not show. Both trees are read statically (no import of generated code), each
into its own griffe collection so the two same-named packages never mix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import griffe

__all__ = ["PACKAGE", "compare_packages", "describe_breakage"]

PACKAGE = "sinch_numbers_api"


def _load(tree: Path, package: str) -> griffe.Object | griffe.Alias:
    """Load ``package`` from the directory ``tree`` (which contains ``<package>/``)."""
    return griffe.load(
        package,
        search_paths=[str(tree)],
        allow_inspection=False,  # static analysis only: never import generated code
        resolve_aliases=True,
        resolve_external=False,
        store_source=False,
    )


def _kind_id(kind: griffe.BreakageKind) -> str:
    return kind.name.lower().replace("_", "-")


def _fmt(value: Any) -> str | None:
    """Short text for griffe's old/new values (parameters, kinds, expressions, objects)."""
    if value is None:
        return None
    if isinstance(value, griffe.Parameter):
        text = value.name
        if value.annotation is not None:
            text += f": {value.annotation}"
        if value.default is not None:
            text += f" = {value.default}"
        return text
    if isinstance(value, griffe.Object | griffe.Alias):
        return value.path
    if isinstance(value, list | tuple):
        return ", ".join(str(_fmt(v)) for v in value)
    enum_value = getattr(value, "value", None)
    if isinstance(enum_value, str) and type(value).__module__.startswith("griffe"):
        return enum_value  # griffe's Kind / ParameterKind enums
    return re.sub(r"\s+", " ", str(value)).strip()


def describe_breakage(breakage: griffe.Breakage) -> dict[str, str | None]:
    """A JSON-friendly record: stable kind id, object path, old/new value, one-line detail."""
    obj_path = breakage.obj.path
    param = None
    if isinstance(breakage.old_value, griffe.Parameter):
        param = breakage.old_value.name
    elif isinstance(breakage.new_value, griffe.Parameter):
        param = breakage.new_value.name
    target = f"{obj_path}({param})" if param else obj_path
    old, new = _fmt(breakage.old_value), _fmt(breakage.new_value)
    if breakage.kind in (griffe.BreakageKind.OBJECT_REMOVED,):
        old = new = None
    detail = f"{breakage.kind.value}: {target}"
    if old is not None or new is not None:
        if breakage.kind is griffe.BreakageKind.PARAMETER_REMOVED:
            detail = f"{breakage.kind.value}: {target}"
        else:
            detail += f" ({old} → {new})"
    return {
        "kind": _kind_id(breakage.kind),
        "object": target,
        "old": old,
        "new": new,
        "detail": detail,
    }


def _sorted(records: Iterable[dict[str, str | None]]) -> list[dict[str, str | None]]:
    unique = {(r["kind"], r["object"], r["old"], r["new"]): r for r in records}
    return [unique[k] for k in sorted(unique, key=lambda k: tuple(str(p) for p in k))]


def compare_packages(
    old_tree: Path, new_tree: Path, package: str = PACKAGE
) -> list[dict[str, str | None]]:
    """Breaking API changes from ``old_tree/<package>`` to ``new_tree/<package>``, sorted.

    Uses :func:`griffe.find_breaking_changes`: removed or renamed public objects
    (modules, classes, functions, enum members), removed or newly required
    parameters, changed parameter kinds/defaults and incompatible types.
    """
    old = _load(Path(old_tree), package)
    new = _load(Path(new_tree), package)
    return _sorted(describe_breakage(b) for b in griffe.find_breaking_changes(old, new))
