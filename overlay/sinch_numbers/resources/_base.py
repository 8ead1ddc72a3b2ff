"""What every generated resource method relies on: the call policy and argument coercion.

The methods in ``_generated.py`` check and convert their arguments with the helpers here,
then hand one ``send(client)`` closure to ``_call``, which applies the client's retry policy
and turns a non-2xx response into the typed error. Nothing here builds a request: the
generated ``sinch_numbers_api`` functions do.
"""

from __future__ import annotations

import enum
import io
import mimetypes
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar, overload

from sinch_numbers_api.types import File, Unset

from sinch_numbers.e164 import require_e164
from sinch_numbers.errors import EmptyUpdateError, InvalidArgumentsError
from sinch_numbers.pagination import AsyncPager, SyncPager

if TYPE_CHECKING:
    from sinch_numbers._client import AsyncNumbersClient, NumbersClient

__all__ = [
    "AsyncPager",
    "AsyncResource",
    "EmptyUpdateError",
    "FileInput",
    "InvalidArgumentsError",
    "Operation",
    "SyncPager",
    "SyncResource",
    "enum_list",
    "enum_value",
    "file_value",
    "model_list",
    "model_value",
    "plain_list",
    "require_changes",
    "require_e164",
    "require_exactly_one",
]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
FileInput = File | bytes | BinaryIO | os.PathLike[str]
"""An upload: a generated ``File``, raw bytes, an open binary file, or a path."""


@dataclass(frozen=True)
class Operation:
    """One API operation as the policy sees it."""

    operation_id: str
    method: str
    path: str
    idempotent: bool


class SyncResource:
    def __init__(self, client: NumbersClient) -> None:
        self._client = client
        self._project_id = client.project_id

    def _call(self, operation: Operation, send: Callable[[Any], Any], hint: str | None) -> Any:
        return self._client._call(operation, send, hint)


class AsyncResource:
    def __init__(self, client: AsyncNumbersClient) -> None:
        self._client = client
        self._project_id = client.project_id

    async def _call(
        self, operation: Operation, send: Callable[[Any], Awaitable[Any]], hint: str | None
    ) -> Any:
        return await self._client._call(operation, send, hint)


# --- argument coercion: accept plain strings and dicts where the generated code wants types --


@overload
def enum_value(cls: type[E], value: E | str) -> E: ...
@overload
def enum_value(cls: type[E], value: E | str | Unset) -> E | Unset: ...
def enum_value(cls: type[E], value: E | str | Unset) -> E | Unset:
    """A plain string becomes the generated enum (an unknown one is kept: the enums are open)."""
    if isinstance(value, Unset | cls):
        return value
    return cls(value)


@overload
def enum_list(cls: type[E], values: Sequence[E | str]) -> list[E]: ...
@overload
def enum_list(cls: type[E], values: Sequence[E | str] | Unset) -> list[E] | Unset: ...
def enum_list(cls: type[E], values: Sequence[E | str] | Unset) -> list[E] | Unset:
    if isinstance(values, Unset):
        return values
    if isinstance(values, str):
        raise InvalidArgumentsError(f"expected a list of {cls.__name__} values, got a string")
    return [item if isinstance(item, cls) else cls(item) for item in values]


def model_value(parse: Any, value: Any) -> Any:
    """A generated model passes through; a mapping goes through ``from_dict`` or ``parse_*``."""
    if isinstance(value, Unset) or value is None or not isinstance(value, Mapping):
        return value
    from_dict = getattr(parse, "from_dict", None)
    try:
        return from_dict(value) if from_dict is not None else parse(value)
    except (KeyError, TypeError, ValueError) as exc:
        kind = getattr(parse, "__name__", "value")
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise InvalidArgumentsError(f"invalid {kind} mapping: {detail}") from None


def model_list(parse: Any, values: Sequence[Any] | Unset) -> list[Any] | Unset:
    if isinstance(values, Unset):
        return values
    return [model_value(parse, item) for item in values]


@overload
def plain_list(values: Sequence[T]) -> list[T]: ...
@overload
def plain_list(values: Sequence[T] | Unset) -> list[T] | Unset: ...
def plain_list(values: Sequence[T] | Unset) -> list[T] | Unset:
    if isinstance(values, Unset):
        return values
    if isinstance(values, str):
        raise InvalidArgumentsError("expected a list of strings, got a single string")
    return list(values)


@overload
def file_value(value: FileInput) -> File: ...
@overload
def file_value(value: FileInput | Unset) -> File | Unset: ...
def file_value(value: FileInput | Unset) -> File | Unset:
    """Wrap an upload in the generated ``File`` with a file name and a MIME type when known."""
    if isinstance(value, Unset | File):
        return value
    if isinstance(value, bytes | bytearray):
        return File(payload=io.BytesIO(bytes(value)), file_name="upload")
    if isinstance(value, os.PathLike):
        path = Path(value)
        mime, _ = mimetypes.guess_type(path.name)
        return File(payload=io.BytesIO(path.read_bytes()), file_name=path.name, mime_type=mime)
    name = os.path.basename(str(getattr(value, "name", "upload")))
    mime, _ = mimetypes.guess_type(name)
    return File(payload=value, file_name=name, mime_type=mime)


def require_changes(method: str, fields: Mapping[str, object]) -> None:
    if all(isinstance(v, Unset) for v in fields.values()):
        names = ", ".join(fields)
        raise EmptyUpdateError(f"{method}() needs at least one of: {names}")


def require_exactly_one(method: str, fields: Mapping[str, object]) -> None:
    given = [name for name, value in fields.items() if not isinstance(value, Unset)]
    if len(given) != 1:
        names = " or ".join(fields)
        raise InvalidArgumentsError(
            f"{method}() takes exactly one of {names}; got {len(given)}"
            + (f" ({', '.join(given)})" if given else "")
        )
