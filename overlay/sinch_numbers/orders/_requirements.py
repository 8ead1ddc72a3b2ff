"""A typed view of ``lookupNumberRequirements``, and the local checks it allows.

Sinch does not document the content of ``fields``. The one shape known (the spec's AU
example, and the live API) is a policy document::

    {"schema": "/schema/policySchema-v1.json", "rules": [{"template": {...}}, ...]}

where each rule's ``template`` is the JSON Schema of one group of the registration's
``requestDetails.data`` list, in order. Templates are checked with ``jsonschema`` (every
error, not the first). Anything else (another policy schema, a rule without a usable
template, a template that is not a valid schema) is skipped with a logged warning: the
server still checks it and answers 400, so skipping can never let bad data through, while
guessing could block good data.
"""

from __future__ import annotations

import fnmatch
import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, ValidationError
from jsonschema.validators import validator_for
from referencing.exceptions import Unresolvable

from ._errors import Violation

__all__ = [
    "DEFAULT_MAX_ATTACHMENT_BYTES",
    "POLICY_SCHEMAS",
    "UNKNOWN_MIME_TYPE",
    "AttachmentRequirement",
    "AttachmentTemplate",
    "FieldRequirement",
    "GroupRequirement",
    "Requirements",
]

logger = logging.getLogger("sinch_numbers.orders")

#: Policy documents whose ``rules[i].template`` is known to be the schema of ``data[i]``.
POLICY_SCHEMAS = frozenset({"/schema/policySchema-v1.json"})

#: Largest file the workflow uploads. The spec gives no number (only a 413 answer); this
#: default matches the sandbox. Pass ``max_attachment_bytes=`` to ``start``/``resume``.
DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

_DATA = "requestDetails.data"
#: What a file of unknown type is sent as (httpx's default for a multipart part).
UNKNOWN_MIME_TYPE = "application/octet-stream"


@dataclass(frozen=True, slots=True)
class FieldRequirement:
    """One registration field, read from a rule's JSON Schema (informative; not the check)."""

    path: str
    """Where it goes: ``requestDetails.data[1].city``; ``[*]`` marks any list entry."""
    name: str
    group: int
    required: bool
    type: str | None = None
    title: str | None = None
    description: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    allowed_values: tuple[Any, ...] = ()
    """From ``enum`` or ``const``; empty when any value of ``type`` goes."""


@dataclass(frozen=True, slots=True)
class GroupRequirement:
    """One rule: the JSON Schema of ``requestDetails.data[index]``.

    ``schema`` is None when the rule's shape is not understood; that group is then left to
    the server (see ``Requirements.warnings``).
    """

    index: int
    schema: Mapping[str, Any] | None
    title: str | None = None
    fields: tuple[FieldRequirement, ...] = ()

    @property
    def is_list(self) -> bool:
        """True when the group is a list of entries (like the AU use cases)."""
        return self.schema is not None and self.schema.get("type") == "array"


@dataclass(frozen=True, slots=True)
class AttachmentTemplate:
    name: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class AttachmentRequirement:
    """A file the order asks for. Empty ``allowed_mime_types`` means any type."""

    id: str
    mandatory: bool
    title: str | None = None
    description: str | None = None
    allowed_mime_types: tuple[str, ...] = ()
    allowed_document_types: tuple[str, ...] = ()
    templates: tuple[AttachmentTemplate, ...] = ()
    max_size: int = DEFAULT_MAX_ATTACHMENT_BYTES
    """Bytes; not in the API, see ``DEFAULT_MAX_ATTACHMENT_BYTES``."""

    @property
    def label(self) -> str:
        return f"{self.title!r} (attachment {self.id})" if self.title else f"attachment {self.id}"

    def accepts_mime_type(self, mime_type: str) -> bool:
        if not self.allowed_mime_types:
            return True
        wanted = _bare_mime(mime_type)
        return any(fnmatch.fnmatchcase(wanted, _bare_mime(a)) for a in self.allowed_mime_types)


@dataclass(frozen=True, slots=True)
class Requirements:
    """What a region asks for a number type: registration groups and files.

    Build it with :meth:`from_api`; ``raw`` is the API's JSON, kept for ``to_state()``.
    """

    region_code: str
    number_type: str
    groups: tuple[GroupRequirement, ...] = ()
    attachments: tuple[AttachmentRequirement, ...] = ()
    warnings: tuple[str, ...] = ()
    """Parts not understood, hence not checked locally."""
    raw: Mapping[str, Any] | None = field(default=None, repr=False)
    """The ``NumberRequirements`` JSON; None when the region has none (404)."""
    fields_understood: bool = True
    """False when ``fields`` has a shape this version does not know."""

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def from_api(
        cls,
        raw: Mapping[str, Any] | None,
        *,
        region_code: str,
        number_type: str,
        max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    ) -> Requirements:
        """Parse the ``NumberRequirements`` JSON (``None``: the region requires nothing)."""
        if raw is None:
            return cls(region_code, number_type)
        warnings: list[str] = []
        groups, understood = _parse_fields(raw.get("fields"), warnings)
        attachments = _parse_attachments(raw, max_attachment_bytes, warnings)
        for warning in warnings:
            logger.warning(
                "%s %s requirements: %s; not checked locally, the server still checks it",
                region_code,
                number_type,
                warning,
            )
        return cls(
            region_code,
            number_type,
            groups=tuple(groups),
            attachments=tuple(attachments),
            warnings=tuple(warnings),
            raw=dict(raw),
            fields_understood=understood,
        )

    # -- reading ----------------------------------------------------------------------------

    @property
    def fields(self) -> tuple[FieldRequirement, ...]:
        """Every field of every understood group, in order."""
        return tuple(f for g in self.groups for f in g.fields)

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to fill in and no file to upload."""
        return not self.groups and not self.attachments and self.fields_understood

    @property
    def needs_registration(self) -> bool:
        return bool(self.groups) or not self.fields_understood

    @property
    def mandatory_attachments(self) -> tuple[AttachmentRequirement, ...]:
        return tuple(a for a in self.attachments if a.mandatory)

    def attachment(self, attachment_id: str) -> AttachmentRequirement | None:
        return next((a for a in self.attachments if a.id == attachment_id), None)

    # -- checking ---------------------------------------------------------------------------

    def validate(self, request_details: object) -> list[Violation]:
        """Violations of ``requestDetails`` against the understood parts; [] when fine."""
        if not isinstance(request_details, Mapping):
            return [Violation("requestDetails", "must be an object like {'data': [...]}")]
        if not self.groups:
            return []
        data = request_details.get("data")
        if data is None:
            return [Violation(_DATA, "required field is missing")]
        if not isinstance(data, list):
            return [Violation(_DATA, f"must be a list of {_groups(len(self.groups))}")]
        found: list[Violation] = []
        all_understood = all(g.schema is not None for g in self.groups)
        if all_understood and len(data) != len(self.groups):
            found.append(
                Violation(
                    _DATA,
                    f"must hold {_groups(len(self.groups))}, one per requirement rule "
                    f"(got {len(data)})",
                )
            )
        for group, value in zip(self.groups, data, strict=False):
            found += _check_group(group, value)
        missing = [g for g in self.groups[len(data) :] if g.schema is not None]
        if missing and not all_understood:
            found += [
                Violation(f"{_DATA}[{g.index}]", "required group is missing") for g in missing
            ]
        return sorted(set(found), key=lambda v: (v.field, v.message))

    def check_attachment(
        self,
        attachment_id: str,
        *,
        mime_type: str | None,
        size: int,
        document_type: str | None,
    ) -> list[Violation]:
        """Violations of one upload against the requested file; [] when it may be sent."""
        wanted = self.attachment(attachment_id)
        if wanted is None:
            known = ", ".join(a.id for a in self.attachments) or "none"
            return [
                Violation(
                    "attachment_id",
                    f"{attachment_id} is not requested for this order (requested: {known})",
                )
            ]
        found: list[Violation] = []
        allowed = ", ".join(wanted.allowed_mime_types)
        sent_as = mime_type or UNKNOWN_MIME_TYPE
        if not wanted.accepts_mime_type(sent_as):
            why = (
                f"MIME type {mime_type} is not accepted"
                if mime_type
                else f"its MIME type is unknown, so it would be sent as {UNKNOWN_MIME_TYPE}, "
                "which is not accepted; pass mime_type= or a file name with an extension"
            )
            found.append(Violation("file", f"{why} (accepted: {allowed})"))
        if size > wanted.max_size:
            found.append(
                Violation(
                    "file", f"{size} bytes is larger than the limit of {wanted.max_size} bytes"
                )
            )
        if wanted.allowed_document_types and document_type not in wanted.allowed_document_types:
            choices = ", ".join(wanted.allowed_document_types)
            what = "is required" if document_type is None else f"{document_type!r} is not accepted"
            found.append(Violation("documentType", f"{what}; one of: {choices}"))
        return found


# -- parsing ------------------------------------------------------------------------------


def _parse_fields(fields: object, warnings: list[str]) -> tuple[list[GroupRequirement], bool]:
    """The groups of a policy document, and whether its overall shape was understood."""
    if fields is None or fields == {}:
        return [], True
    if not isinstance(fields, Mapping):
        warnings.append(f"'fields' is a {type(fields).__name__}, not an object")
        return [], False
    policy = fields.get("schema")
    if policy is not None and policy not in POLICY_SCHEMAS:
        warnings.append(f"unknown policy schema {policy!r}")
        return [], False
    rules = fields.get("rules")
    if not isinstance(rules, list):
        extra = sorted(k for k in fields if k not in ("schema", "attachments"))
        if not extra:
            return [], True
        warnings.append(f"'fields' has no 'rules' list (keys: {', '.join(extra)})")
        return [], False
    return [_parse_rule(i, rule, warnings) for i, rule in enumerate(rules)], True


def _parse_rule(index: int, rule: object, warnings: list[str]) -> GroupRequirement:
    where = f"rule {index} (requestDetails.data[{index}])"
    template = rule.get("template") if isinstance(rule, Mapping) else None
    if not isinstance(template, Mapping):
        warnings.append(f"{where} has no 'template' object")
        return GroupRequirement(index, None)
    if not template:
        warnings.append(f"{where} has an empty template")
        return GroupRequirement(index, None)
    try:
        validator_for(template, default=Draft202012Validator).check_schema(dict(template))
    except SchemaError as exc:
        warnings.append(f"{where} is not a valid JSON Schema ({exc.message})")
        return GroupRequirement(index, None)
    schema = dict(template)
    return GroupRequirement(
        index,
        schema,
        title=_text(schema.get("title")),
        fields=tuple(_fields_of(schema, f"{_DATA}[{index}]", index, required=True)),
    )


def _fields_of(
    schema: Mapping[str, Any], path: str, group: int, *, required: bool
) -> Iterator[FieldRequirement]:
    """Leaf fields below ``schema`` (objects and lists of objects are walked into)."""
    if schema.get("type") == "array" and isinstance(schema.get("items"), Mapping):
        yield from _fields_of(schema["items"], f"{path}[*]", group, required=required)
        return
    properties = schema.get("properties")
    if not isinstance(properties, Mapping):
        return
    needed = schema.get("required")
    needed_names = set(needed) if isinstance(needed, list) else set()
    for name, sub in properties.items():
        if not isinstance(sub, Mapping):
            continue
        sub_path = f"{path}.{name}"
        is_required = required and name in needed_names
        nested = sub.get("properties") or (
            sub.get("type") == "array"
            and isinstance(sub.get("items"), Mapping)
            and "properties" in sub["items"]
        )
        if nested:
            yield from _fields_of(sub, sub_path, group, required=is_required)
        else:
            yield _field(name, sub, sub_path, group, is_required)


def _field(
    name: str, schema: Mapping[str, Any], path: str, group: int, required: bool
) -> FieldRequirement:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = "|".join(str(k) for k in kind)
    allowed: tuple[Any, ...] = ()
    if isinstance(schema.get("enum"), list):
        allowed = tuple(schema["enum"])
    elif "const" in schema:
        allowed = (schema["const"],)
    return FieldRequirement(
        path=path,
        name=name,
        group=group,
        required=required,
        type=kind if isinstance(kind, str) else None,
        title=_text(schema.get("title")),
        description=_text(schema.get("description")),
        min_length=_int(schema.get("minLength")),
        max_length=_int(schema.get("maxLength")),
        pattern=_text(schema.get("pattern")),
        minimum=_number(schema.get("minimum")),
        maximum=_number(schema.get("maximum")),
        allowed_values=allowed,
    )


def _parse_attachments(
    raw: Mapping[str, Any], max_bytes: int, warnings: list[str]
) -> list[AttachmentRequirement]:
    items = raw.get("attachments")
    fields = raw.get("fields")
    if items is None and isinstance(fields, Mapping):
        items = fields.get("attachments")  # where the spec's AU example puts it
    if items is None:
        return []
    if not isinstance(items, list):
        warnings.append("'attachments' is not a list")
        return []
    found: list[AttachmentRequirement] = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
            warnings.append(f"attachment {i} has no id")
            continue
        found.append(
            AttachmentRequirement(
                id=item["id"],
                mandatory=item.get("mandatory") is True,
                title=_text(item.get("title")),
                description=_text(item.get("description")),
                allowed_mime_types=_strings(item.get("allowedMimeTypes")),
                allowed_document_types=_strings(item.get("allowedDocumentTypes")),
                templates=tuple(
                    AttachmentTemplate(_text(t.get("name")), _text(t.get("url")))
                    for t in item.get("template") or ()
                    if isinstance(t, Mapping)
                ),
                max_size=max_bytes,
            )
        )
    return found


# -- checking -----------------------------------------------------------------------------


def _check_group(group: GroupRequirement, value: object) -> list[Violation]:
    if group.schema is None:
        return []
    prefix = f"{_DATA}[{group.index}]"
    validator = Draft202012Validator(group.schema)
    try:
        return [
            Violation(_field_path(prefix, leaf), _describe(leaf))
            for top in validator.iter_errors(value)
            for leaf in _leaves(top)
        ]
    except Unresolvable as exc:
        logger.warning(
            "rule %d references %s, which cannot be resolved; not checked locally",
            group.index,
            exc,
        )
        return []


def _leaves(error: ValidationError) -> Iterator[ValidationError]:
    """The errors worth showing: for ``oneOf``/``anyOf``, those of the closest branch."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        branches: dict[Any, list[ValidationError]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        best = max(branches.values(), key=lambda errs: max(len(e.absolute_path) for e in errs))
        for sub in best:
            yield from _leaves(sub)
    else:
        yield error


def _field_path(prefix: str, error: ValidationError) -> str:
    path = prefix
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    if error.validator == "required" and isinstance(error.instance, Mapping):
        missing = _missing_property(error)
        if missing is not None:
            path += f".{missing}"
    return path


def _missing_property(error: ValidationError) -> str | None:
    needed = error.validator_value
    if not isinstance(needed, list) or not isinstance(error.instance, Mapping):
        return None
    # iter_errors yields one error per missing name, in the order of "required".
    absent = [n for n in needed if isinstance(n, str) and n not in error.instance]
    return next((n for n in absent if f"'{n}'" in error.message), None)


def _describe(error: ValidationError) -> str:
    """A short sentence for one error; jsonschema's own text when nothing better fits."""
    kind, limit, value = error.validator, error.validator_value, error.instance
    if kind == "required":
        return "required field is missing"
    if kind == "maxLength" and isinstance(value, str):
        return f"must be at most {limit} characters (got {len(value)})"
    if kind == "minLength" and isinstance(value, str):
        return "must not be empty" if limit == 1 else f"must be at least {limit} characters"
    if kind == "enum" and isinstance(limit, list):
        return f"{value!r} is not allowed; one of: {', '.join(_json(v) for v in limit)}"
    if kind == "const":
        return f"must be {_json(limit)}"
    if kind == "type":
        wanted = " or ".join(limit) if isinstance(limit, list) else limit
        return f"must be of type {wanted}, not {_json_type(value)}"
    if kind == "pattern":
        return f"{value!r} does not match the expected format {limit}"
    if kind == "minItems":
        return f"needs at least {limit} {'entry' if limit == 1 else 'entries'}"
    if kind == "maxItems":
        return f"takes at most {limit} {'entry' if limit == 1 else 'entries'}"
    if kind in ("additionalProperties", "unevaluatedProperties") and isinstance(value, Mapping):
        return error.message.replace("Additional properties are not allowed", "unknown fields")
    if kind in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        sign = {"minimum": ">=", "exclusiveMinimum": ">", "maximum": "<=", "exclusiveMaximum": "<"}
        return f"must be {sign[kind]} {limit} (got {_json(value)})"
    return error.message


# -- small helpers ------------------------------------------------------------------------


def _groups(count: int) -> str:
    return f"{count} group" + ("" if count == 1 else "s")


def _bare_mime(mime_type: str) -> str:
    return mime_type.split(";", 1)[0].strip().lower()


def _json(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _json_type(value: object) -> str:
    names: Sequence[tuple[type | tuple[type, ...], str]] = (
        (bool, "boolean"),
        ((int, float), "number"),
        (str, "string"),
        (list, "array"),
        (Mapping, "object"),
    )
    if value is None:
        return "null"
    return next((name for cls, name in names if isinstance(value, cls)), type(value).__name__)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return None


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(v for v in value if isinstance(v, str))
