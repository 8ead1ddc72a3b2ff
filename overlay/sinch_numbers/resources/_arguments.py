"""Argument checks of the resource methods, one function per kind of argument.

``generator/facade.py`` decides, from the spec, which check each argument of each method gets
(its type, bounds, whether it is a path identifier or a phone number) and renders the call into
the resource modules; the rules live here, once. Each check returns the value the generated
function wants (an enum member, a model, a ``File``) or raises ``InvalidArgumentsError`` naming
the argument, what it should be and what it was, before anything is sent. ``UNSET`` (an optional
argument left out) always passes.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, overload

from sinch_numbers_api.types import Unset

from sinch_numbers.e164 import require_e164
from sinch_numbers.errors import InvalidArgumentsError
from sinch_numbers.uploads import DEFAULT_MAX_UPLOAD_BYTES, read_upload

__all__ = [
    "enum_list",
    "enum_value",
    "file_value",
    "model_list",
    "model_value",
    "path_value",
    "phone_value",
    "plain_list",
    "scalar",
]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

_NAMES: dict[type, str] = {
    str: "a str",
    int: "an int",
    float: "a number",
    bool: "a bool",
    datetime.datetime: "a datetime",
    datetime.date: "a date",
}
#: What a mapping argument may not do even though the tolerant models would read it: these
#: would be sent as they are and refused by the API. Unknown fields and enum values pass (the
#: API may know them), and so does a voice configuration without ``type`` (it means RTC).
_REFUSED_IN_ARGUMENTS = frozenset({"null", "missing-required", "wrong-type", "bad-format"})


def _fail(name: str, expected: str, value: object) -> InvalidArgumentsError:
    got = "None" if value is None else type(value).__name__
    return InvalidArgumentsError(f"{name} must be {expected}, not {got}")


def _is(value: object, kind: type) -> bool:
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is datetime.date:
        return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    return isinstance(value, kind)


def scalar(
    value: T,
    name: str,
    kind: type,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
) -> T:
    """A string, number or bool of the right type, within the spec's bounds."""
    if isinstance(value, Unset):
        return value
    if not _is(value, kind):
        raise _fail(name, _NAMES.get(kind, kind.__name__), value)
    if minimum is not None and value < minimum:  # type: ignore[operator]
        raise InvalidArgumentsError(f"{name} must be at least {minimum:g}, not {value!r}")
    if maximum is not None and value > maximum:  # type: ignore[operator]
        raise InvalidArgumentsError(f"{name} must be at most {maximum:g}, not {value!r}")
    if isinstance(value, str):
        if min_length is not None and len(value) < min_length:
            raise InvalidArgumentsError(f"{name} must have at least {min_length} characters")
        if max_length is not None and len(value) > max_length:
            raise InvalidArgumentsError(f"{name} must have at most {max_length} characters")
        if pattern is not None and not re.search(pattern, value):
            raise InvalidArgumentsError(f"{name} must match {pattern!r}, not {value!r}")
    return value


def path_value(value: str, name: str) -> str:
    """An identifier that goes into the URL path: it can never change the route."""
    if not isinstance(value, str):
        raise _fail(name, "a str", value)
    if not value.strip():
        raise InvalidArgumentsError(f"{name} must not be empty")
    if value in (".", ".."):  # percent-encoding keeps dots, and URLs drop dot segments
        raise InvalidArgumentsError(f"{name} must be an identifier, not {value!r}")
    return value


def phone_value(value: str, name: str) -> str:
    """An E.164 phone number (``+`` and digits); see ``sinch_numbers.e164.normalize``."""
    if not isinstance(value, str):
        raise _fail(name, "a str with an E.164 phone number", value)
    return require_e164(value)


@overload
def enum_value(cls: type[E], value: E | str, name: str) -> E: ...
@overload
def enum_value(cls: type[E], value: E | str | Unset, name: str) -> E | Unset: ...
def enum_value(cls: type[E], value: E | str | Unset, name: str) -> E | Unset:
    """The generated enum for a member or its string (an unknown string is kept: the enums
    are open); anything else is refused."""
    if isinstance(value, Unset | cls):
        return value
    if not isinstance(value, str):
        raise _fail(name, f"a {cls.__name__} or str", value)
    return cls(value)


@overload
def enum_list(cls: type[E], values: Sequence[E | str], name: str) -> list[E]: ...
@overload
def enum_list(cls: type[E], values: Sequence[E | str] | Unset, name: str) -> list[E] | Unset: ...
def enum_list(cls: type[E], values: Sequence[E | str] | Unset, name: str) -> list[E] | Unset:
    if isinstance(values, Unset):
        return values
    if isinstance(values, str | bytes) or not isinstance(values, Sequence | set | frozenset):
        raise _fail(name, f"a list of {cls.__name__} values", values)
    return [enum_value(cls, item, f"{name}[{i}]") for i, item in enumerate(values)]


@overload
def plain_list(values: Sequence[T], name: str, kind: type) -> list[T]: ...
@overload
def plain_list(values: Sequence[T] | Unset, name: str, kind: type) -> list[T] | Unset: ...
def plain_list(values: Sequence[T] | Unset, name: str, kind: type) -> list[T] | Unset:
    if isinstance(values, Unset):
        return values
    if isinstance(values, str | bytes) or not isinstance(values, Sequence | set | frozenset):
        raise _fail(name, f"a list of {_NAMES.get(kind, kind.__name__)[2:]}s", values)
    return [scalar(item, f"{name}[{i}]", kind) for i, item in enumerate(values)]


def model_value(
    parse: Any,
    value: Any,
    name: str,
    accepts: tuple[type, ...],
    bounds: Mapping[str, tuple[float | None, float | None]] | None = None,
) -> Any:
    """A generated model (one of ``accepts``) passes; a mapping goes through ``from_dict`` /
    ``parse_*`` and must not depart from the spec; ``bounds`` are the spec's numeric limits
    of nested fields (``{"requestedQuantity": (1, 100)}``)."""
    if isinstance(value, Unset):
        return value
    result: Any
    if isinstance(value, accepts):
        result = value
    elif isinstance(value, Mapping):
        result = _from_mapping(parse, value, name)
    else:
        names = " or ".join(cls.__name__ for cls in accepts)
        raise _fail(name, f"a {names} or a mapping", value)
    if bounds:
        _check_bounds(result.to_dict(), name, bounds)
    return result


def model_list(
    parse: Any,
    values: Sequence[Any] | Unset,
    name: str,
    accepts: tuple[type, ...],
    bounds: Mapping[str, tuple[float | None, float | None]] | None = None,
) -> list[Any] | Unset:
    if isinstance(values, Unset):
        return values
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Sequence):
        raise _fail(name, "a list", values)
    return [
        model_value(parse, item, f"{name}[{i}]", accepts, bounds) for i, item in enumerate(values)
    ]


def file_value(value: Any, name: str, max_bytes: int = DEFAULT_MAX_UPLOAD_BYTES) -> Any:
    """An upload: a path, bytes, a binary file or a ``File`` (see ``sinch_numbers.uploads``)."""
    if isinstance(value, Unset):
        return value
    return read_upload(value, name, max_bytes)


def _from_mapping(parse: Any, value: Mapping[str, Any], name: str) -> Any:
    from sinch_numbers_api.conformance import collect

    from_dict = getattr(parse, "from_dict", None)
    try:
        with collect() as seen:  # the argument's own departures, never logged as the server's
            result = from_dict(value) if from_dict is not None else parse(value)
    except (KeyError, TypeError, ValueError) as exc:
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise InvalidArgumentsError(f"invalid {name} mapping: {detail}") from None
    refused = [d for d in seen if d.kind in _REFUSED_IN_ARGUMENTS]
    if refused:
        problems = "; ".join(
            f"{d.path or 'the mapping'}: {d.detail.split(';')[0]}" for d in refused[:3]
        )
        raise InvalidArgumentsError(f"invalid {name} mapping: {problems}")
    return result


def _check_bounds(
    data: Mapping[str, Any], name: str, bounds: Mapping[str, tuple[float | None, float | None]]
) -> None:
    for path, (low, high) in bounds.items():
        value: Any = data
        for key in path.split("."):
            value = value.get(key) if isinstance(value, Mapping) else None
        if not _is(value, float):
            continue  # absent, or a type problem reported elsewhere
        if (low is not None and value < low) or (high is not None and value > high):
            span = (
                f"between {low:g} and {high:g}"
                if low is not None and high is not None
                else (f"at least {low:g}" if low is not None else f"at most {high:g}")
            )
            raise InvalidArgumentsError(f"{name}.{path} must be {span}, not {value!r}")
