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

Pure functions on parsed dicts: :func:`diff_documents` is the entry point. The pieces:
:mod:`specpipe.kinds` (the kind table and :class:`Change`), :mod:`specpipe.pynames` (the
generator's Python names), :mod:`specpipe.document` (``$ref`` resolution, operations, the
docs-free projection), :mod:`specpipe.schemas` (components and schemas) and
:mod:`specpipe.operations` (operations); this module adds the document level.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from specpipe.document import Doc, canonical, differing_pointers, orderless, strip_docs
from specpipe.kinds import (
    KINDS,
    SEVERITIES,
    Change,
    Direction,
    Severity,
    has_breaking,
    iter_kinds,
    summarize,
)
from specpipe.operations import OperationDiffer
from specpipe.pynames import Naming

__all__ = [
    "KINDS",
    "SEVERITIES",
    "Change",
    "Direction",
    "Doc",
    "Naming",
    "Severity",
    "diff_documents",
    "has_breaking",
    "iter_kinds",
    "strip_docs",
    "summarize",
]


class _Differ(OperationDiffer):
    """The whole document: info, servers, security, then operations and components."""

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
        if sorted(map(canonical, old_servers)) != sorted(map(canonical, new_servers)):
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
            elif canonical(strip_docs(old_schemes[name])) != canonical(
                strip_docs(new_schemes[name])
            ):
                self.add("security-scheme-changed", where, f"Security scheme `{name}` changed")

    def note_unmodelled(self) -> None:
        if canonical(orderless(self.old.doc)) == canonical(orderless(self.new.doc)):
            return  # same parsed document: nothing to say (bytes may differ in formatting)
        old, new = self.old.projection(), self.new.projection()
        if canonical(old) == canonical(new):
            self.add(
                "docs-only",
                "(document)",
                "Only descriptions, examples, titles or the $ref layout changed",
            )
        else:
            where = ", ".join(differing_pointers(old, new)) or "(unknown)"
            self.add("unclassified-change", "(document)", f"Unmodelled differences at {where}")


def diff_documents(
    old: Mapping[str, Any], new: Mapping[str, Any], naming: Naming | None = None
) -> list[Change]:
    """Classified changes from ``old`` to ``new`` (parsed specs), sorted deterministically.

    Sorted by severity (breaking first), then location, kind and detail, so two runs
    over the same inputs give byte-identical reports.
    """
    return _Differ(old, new, naming or Naming()).run()
