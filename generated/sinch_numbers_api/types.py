# Generated from openapi/numbers.yaml by openapi-python-client 0.29.1 with generator/.
# Do not edit: change generator/ and run scripts/regenerate.
"""Contains some shared types for properties"""

import datetime
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


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


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_datetime",
    "status_of",
]
