"""What the workflow accepts from you: type aliases, the registration body, upload files."""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias

from sinch_numbers_api.models.order_voice_configuration_est import OrderVoiceConfigurationEST
from sinch_numbers_api.models.order_voice_configuration_fax import OrderVoiceConfigurationFAX
from sinch_numbers_api.models.order_voice_configuration_rtc import OrderVoiceConfigurationRTC
from sinch_numbers_api.models.sms_configuration_base import SmsConfigurationBase
from sinch_numbers_api.types import File

from sinch_numbers.errors import InvalidArgumentsError

from ._requirements import UNKNOWN_MIME_TYPE

__all__ = [
    "Clock",
    "SmsConfig",
    "Upload",
    "UploadInput",
    "VoiceConfig",
    "request_details",
    "utcnow",
]

Clock: TypeAlias = Callable[[], datetime]
"""Returns the current time, timezone-aware; inject one to test expiry."""
UploadInput: TypeAlias = "str | os.PathLike[str] | bytes | BinaryIO"
"""A file path, raw bytes, or an open binary file."""
SmsConfig: TypeAlias = "SmsConfigurationBase | Mapping[str, Any]"
VoiceConfig: TypeAlias = (
    "OrderVoiceConfigurationRTC | OrderVoiceConfigurationEST | OrderVoiceConfigurationFAX "
    "| Mapping[str, Any]"
)


def utcnow() -> datetime:
    """The default clock."""
    return datetime.now(UTC)


def request_details(details: Mapping[str, Any] | Sequence[Any]) -> dict[str, Any]:
    """The ``requestDetails`` body: a dict as given, or a list as its ``data``."""
    if isinstance(details, Mapping):
        return dict(details)
    if isinstance(details, Sequence) and not isinstance(details, str | bytes):
        return {"data": list(details)}
    raise InvalidArgumentsError(
        f"set_registration() takes the requestDetails dict or its 'data' list, "
        f"not {type(details).__name__}"
    )


@dataclass(frozen=True, slots=True)
class Upload:
    """A file read into memory: its size and type must be known before it is sent."""

    data: bytes
    file_name: str
    mime_type: str | None

    @property
    def size(self) -> int:
        return len(self.data)

    @classmethod
    def read(cls, source: UploadInput, *, mime_type: str | None, file_name: str | None) -> Upload:
        if isinstance(source, bytes | bytearray):
            data, name = bytes(source), file_name or "upload"
        elif isinstance(source, str | os.PathLike):
            path = Path(source)
            data, name = path.read_bytes(), file_name or path.name
        elif hasattr(source, "read"):
            data = source.read()
            if not isinstance(data, bytes):
                raise InvalidArgumentsError("attach() needs a file opened in binary mode ('rb')")
            name = file_name or os.path.basename(str(getattr(source, "name", "upload")))
        else:
            raise InvalidArgumentsError(
                f"attach() takes a path, bytes or a binary file, not {type(source).__name__}"
            )
        guessed = mimetypes.guess_type(name)[0] if name != "upload" else None
        return cls(data, name, mime_type or guessed)

    def as_file(self) -> File:
        return File(
            payload=io.BytesIO(self.data),
            file_name=self.file_name,
            mime_type=self.mime_type or UNKNOWN_MIME_TYPE,
        )
