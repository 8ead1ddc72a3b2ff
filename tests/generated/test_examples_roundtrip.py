"""Every object example in the spec survives ``Model.from_dict(example).to_dict()`` unchanged.

Examples are discovered by walking the spec, not listed by hand: each media type object (in
``paths``, ``x-webhooks``, ``components.requestBodies`` and ``components.responses``; a body or
response that is a ``$ref`` is visited once, at its component) contributes its ``example`` and
its ``examples`` (inline ``value`` or ``$ref`` to ``components.examples``). Component schemas
contribute their object-valued ``example``. The model is the class of the media type's
``$ref``'d schema.

Only normalization applied before comparing (documented, not a skip): a string that is an RFC
3339 date-time is compared as the instant it denotes. ``to_dict`` writes ``datetime.isoformat()``,
so the spec's ``2024-08-24T14:15:22Z`` comes back as ``2024-08-24T14:15:22+00:00``; the test
also checks that every re-emitted date-time carries an explicit offset.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import ClassName
from pinned import historical
from sinch_numbers_api import models

from .conftest import METHODS, load_spec, resolve

SPEC = load_spec()

#: How many (media type, example) pairs the discovery finds in the historical 1.0.3 file: a
#: refactor of the discovery must not silently check fewer (a spec update may change the
#: pinned file's count; this fixed input does not change).
EXPECTED_CHECKED_1_0_3 = 31
#: Examples whose media type has no model: ``components/responses/PermissionDenied`` has
#: ``schema: {}`` (the 403 body is returned as plain JSON), so there is nothing to round-trip.
EXPECTED_WITHOUT_MODEL = {"components/responses/PermissionDenied application/json example"}

_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


def _media_types(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    def content(where: str, holder: Any) -> Iterator[tuple[str, dict[str, Any]]]:
        for media_type, media in ((holder or {}).get("content") or {}).items():
            yield f"{where} {media_type}", media

    def operations(section: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for item in (spec.get(section) or {}).values():
            for method in METHODS:
                if method in item:
                    yield item[method]["operationId"], item[method]

    for section in ("paths", "x-webhooks"):
        for operation_id, operation in operations(section):
            yield from content(f"{operation_id} request", operation.get("requestBody"))
            for status, response in operation["responses"].items():
                yield from content(f"{operation_id} {status}", response)
    for kind in ("requestBodies", "responses"):
        for name, holder in (spec["components"].get(kind) or {}).items():
            yield from content(f"components/{kind}/{name}", holder)


def _examples(spec: dict[str, Any]) -> Iterator[tuple[str, str | None, Any, str | None]]:
    """``(id, component example name or None, value, schema component name or None)``."""
    for where, media in _media_types(spec):
        schema_ref = (media.get("schema") or {}).get("$ref")
        component = schema_ref.rsplit("/", 1)[-1] if schema_ref else None
        if "example" in media:
            yield f"{where} example", None, media["example"], component
        for key, example in (media.get("examples") or {}).items():
            ref = example.get("$ref") if isinstance(example, dict) else None
            name = ref.rsplit("/", 1)[-1] if ref else None
            yield f"{where} examples/{key}", name, resolve(spec, example)["value"], component
    for name, schema in spec["components"]["schemas"].items():
        if isinstance(schema.get("example"), dict):
            yield f"components/schemas/{name} example", None, schema["example"], name


ALL = [entry for entry in _examples(SPEC) if isinstance(entry[2], dict)]
CHECKED = [entry for entry in ALL if entry[3] is not None]


def _normalize(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _normalize(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalize(item) for item in value]
    if isinstance(value, str) and _DATETIME.match(value):
        parsed = datetime.datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    return value


def _datetime_strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _datetime_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _datetime_strings(item)
    elif isinstance(value, str) and _DATETIME.match(value):
        yield value


def test_examples_discovered() -> None:
    v103 = yaml.safe_load(historical("1.0.3"))
    found = [e for e in _examples(v103) if isinstance(e[2], dict) and e[3] is not None]
    assert len(found) == EXPECTED_CHECKED_1_0_3, [entry[0] for entry in found]
    assert CHECKED, "the pinned spec has no examples to round-trip"
    assert {entry[0] for entry in ALL if entry[3] is None} <= EXPECTED_WITHOUT_MODEL


def test_every_component_example_is_checked() -> None:
    used = {entry[1] for entry in CHECKED if entry[1]}
    assert used == set(SPEC["components"]["examples"])


@pytest.mark.parametrize(
    ("example", "component"),
    [pytest.param(entry[2], entry[3], id=entry[0]) for entry in CHECKED],
)
def test_example_round_trips(example: dict[str, Any], component: str) -> None:
    model = getattr(models, str(ClassName(component, prefix="")))
    emitted = model.from_dict(example).to_dict()
    assert _normalize(emitted) == _normalize(example)
    # A date-time the model re-formatted (so a parsed ``format: date-time`` field) is tz-aware.
    original = set(_datetime_strings(example))
    for value in set(_datetime_strings(emitted)) - original:
        assert datetime.datetime.fromisoformat(value).tzinfo is not None, value


def test_normalization_only_equates_equal_instants() -> None:
    """The comparison is not so lenient that a wrong instant or a lost field would pass."""
    assert _normalize({"t": "2024-08-24T14:15:22Z"}) == _normalize(
        {"t": "2024-08-24T14:15:22+00:00"}
    )
    assert _normalize({"t": "2024-08-24T14:15:22Z"}) != _normalize({"t": "2024-08-24T15:15:22Z"})
    assert _normalize({"t": "2024-08-24T14:15:22Z"}) != _normalize(
        {"t": "2024-08-24T14:15:22+01:00"}
    )
    assert _normalize({"a": "62701"}) == {"a": "62701"}
    assert _normalize({"a": [1, {"b": 2}]}) != _normalize({"a": [1, {}]})
