# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""Contains some shared types for properties"""

import datetime
import enum
import functools
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar, cast
from urllib.parse import quote

from attrs import define, field

from .conformance import SPEC_VERSION, note


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


@functools.lru_cache(maxsize=4096)
def path_segment(value: str) -> str:
    """``value`` percent-encoded as one path segment (``/``, ``.`` and all); cached, since the
    same project id and numbers are encoded call after call."""
    return quote(value, safe="")


def status_of(code: int) -> HTTPStatus | int:
    """``HTTPStatus`` when the code has a name; the bare int otherwise (520 from a CDN, 599...).

    ``HTTPStatus(520)`` raises ValueError, which would turn a proxy's odd answer into a crash
    instead of an API error the caller can handle.
    """
    return _NAMED_STATUSES.get(code, code)


_NAMED_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an ISO 8601 date-time from the server; a value without a zone is UTC.

    Sinch sends some timestamps (callback ``timestamp``) without an offset; a naive datetime
    compares wrongly with aware ones, so every parsed value is timezone-aware.
    """
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:  # forms fromisoformat rejects; dateutil is slower to import, so lazy
        from dateutil.parser import isoparse  # noqa: PLC0415

        parsed = isoparse(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


def mask_secret(value: object) -> str:
    """``repr`` of a secret field (``hmacSecret``...): whether it is set, never its value."""
    if value is None or isinstance(value, Unset):
        return repr(value)
    return "'***'"


# --- tolerant reading: what generated ``from_dict`` does with values the spec does not allow ---
# Paths are JSON paths with a leading "." ("" is the body); see conformance.Deviation.

E = TypeVar("E", bound=enum.Enum)

_JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
}


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for deviation messages."""
    if value is None:
        return "null"
    return _JSON_TYPES.get(type(value)) or type(value).__name__


def off_spec(
    value: object, key: str, expected: str, kept: dict[str, Any], path: str
) -> None | Unset:
    """A value that does not fit its property: ``null`` reads as ``None``, anything else is kept
    raw in ``kept`` (the model's ``additional_properties``) and the property stays unset."""
    if value is None:
        note(f"{path}.{key}", "null", f"null, not nullable in spec {SPEC_VERSION}")
        return None
    kept[key] = value
    note(
        f"{path}.{key}",
        "wrong-type",
        f"{json_type(value)} where spec {SPEC_VERSION} declares {expected}; kept in additional_properties",
    )
    return UNSET


def off_spec_item(
    values: list[Any], item: object, key: str, expected: str, kept: dict[str, Any], path: str
) -> Unset:
    """A list with an item of the wrong type: the whole list is kept raw in ``kept``."""
    kept[key] = values
    note(
        f"{path}.{key}[]",
        "wrong-type",
        f"{json_type(item)} where spec {SPEC_VERSION} declares {expected}; the list is kept in additional_properties",
    )
    return UNSET


def enum_member(cls: type[E], value: object, path: str) -> E:
    """The member for ``value``; an unknown one becomes the open enum's pseudo-member."""
    member = cls._value2member_map_.get(value)
    if member is None:
        member = cls(value)
        note(
            path, "unknown-enum", f"{value!r} is not a {cls.__name__} value in spec {SPEC_VERSION}"
        )
    return cast(E, member)


def read_datetime(
    value: str, key: str, kept: dict[str, Any], path: str
) -> datetime.datetime | Unset:
    """A date-time, or the text kept raw in ``kept`` when it is not one."""
    try:
        return parse_datetime(value)
    except (ValueError, OverflowError):
        kept[key] = value
        note(
            f"{path}.{key}",
            "bad-format",
            f"{value!r} is not a date-time; kept in additional_properties",
        )
        return UNSET


def read_date(value: str, key: str, kept: dict[str, Any], path: str) -> datetime.date | Unset:
    """A date, or the text kept raw in ``kept`` when it is not one."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        kept[key] = value
        note(
            f"{path}.{key}", "bad-format", f"{value!r} is not a date; kept in additional_properties"
        )
        return UNSET


def datetime_or_none(value: object) -> datetime.datetime | None:
    """A list item's date-time, or None when the item is not one."""
    if not isinstance(value, str):
        return None
    try:
        return parse_datetime(value)
    except (ValueError, OverflowError):
        return None


def unknown_fields(
    src: Mapping[str, Any], known: frozenset[str], kept: dict[str, Any], path: str, report: bool
) -> None:
    """Keep the fields the spec does not list in ``kept``; report them unless the schema allows any."""
    for key, value in src.items():
        if key not in known:
            kept[key] = value
            if report:
                note(
                    f"{path}.{key}",
                    "unknown-field",
                    f"field not in spec {SPEC_VERSION}; kept in additional_properties",
                )


def missing_required(path: str, key: str) -> None:
    note(f"{path}.{key}", "missing-required", f"missing, required in spec {SPEC_VERSION}")


def odd_discriminator(path: str, prop: str, value: object, used: str) -> None:
    """Report a discriminator that is missing, ``null`` or not one the spec maps."""
    if value is None:
        note(path, "missing-discriminator", f"no {prop!r}; read as {used}")
    else:
        note(
            path,
            "unknown-discriminator",
            f"{prop} {value!r} is not in spec {SPEC_VERSION}; read as {used}",
        )


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint; its ``repr`` leaves out the raw body (it may hold secrets)."""

    status_code: HTTPStatus | int
    content: bytes = field(repr=lambda content: f"<{len(content)} bytes>")
    headers: MutableMapping[str, str] = field(repr=False)
    parsed: T | None


__all__ = [
    "path_segment",
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "datetime_or_none",
    "enum_member",
    "json_type",
    "mask_secret",
    "missing_required",
    "odd_discriminator",
    "off_spec",
    "off_spec_item",
    "parse_datetime",
    "read_date",
    "read_datetime",
    "status_of",
    "unknown_fields",
]
