"""The change kinds of the spec classifier: one severity and one reason each.

Why a table: every change is created through :data:`KINDS`, so a kind always has the same
severity, and docs/update-spec.md renders the same table (a test keeps them in sync).
Severities are judged for code written against the generated ``sinch_numbers_api``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "DIRECTIONAL",
    "KINDS",
    "SEVERITIES",
    "Change",
    "Direction",
    "Severity",
    "has_breaking",
    "iter_kinds",
    "summarize",
]

Severity = Literal["breaking", "non-breaking", "info"]
Direction = Literal["request", "response"]
SEVERITIES: tuple[Severity, ...] = ("breaking", "non-breaking", "info")

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
DIRECTIONAL: dict[str, dict[Direction, str]] = {
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
DIRECTIONAL["property-added-required"] = {
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


def iter_kinds(severity: Severity | None = None) -> Iterator[str]:
    """Kinds in table order, optionally only those of one severity (for docs and tests)."""
    for kind, (sev, _why) in KINDS.items():
        if severity is None or sev == severity:
            yield kind
