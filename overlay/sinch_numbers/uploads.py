"""Files to upload (KYC attachments): what a path, bytes or a file object becomes, checked first.

A ``str`` or ``os.PathLike`` is a path, never content; raw content is ``bytes`` or an open binary
file. The size is checked before the file is read whole (``os.stat`` / ``seek``), and the MIME
type comes from the file name's extension or, failing that, from the content's magic bytes
(``filetype``). Executables are refused outright: no KYC document is a program. Every refusal is
an ``InvalidArgumentsError`` raised before anything is sent.
"""

from __future__ import annotations

import io
import mimetypes
import os
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final

from sinch_numbers.errors import InvalidArgumentsError

if TYPE_CHECKING:
    from sinch_numbers_api.types import File

__all__ = ["DEFAULT_MAX_UPLOAD_BYTES", "OCTET_STREAM", "read_upload", "sniff_mime_type"]

#: The largest upload the client sends unless told otherwise (Sinch's limit for attachments).
DEFAULT_MAX_UPLOAD_BYTES: Final = 10 * 1024 * 1024
OCTET_STREAM: Final = "application/octet-stream"
#: MIME types of programs, as ``filetype`` and ``mimetypes`` name them.
_EXECUTABLE: Final = frozenset(
    {
        "application/x-msdownload",
        "application/x-msdos-program",
        "text/x-sh",
        "application/x-dosexec",
        "application/x-executable",
        "application/x-elf",
        "application/x-mach-binary",
        "application/x-sharedlib",
        "application/vnd.microsoft.portable-executable",
        "application/x-msi",
        "application/java-archive",
        "application/x-sh",
        "application/x-bat",
    }
)
#: File name extensions of programs and scripts (what ``mimetypes`` knows varies by system).
_EXECUTABLE_SUFFIXES: Final = frozenset(
    {".exe", ".dll", ".com", ".bat", ".cmd", ".msi", ".scr", ".ps1", ".vbs", ".jar", ".sh", ".app"}
)
_SNIFF_BYTES: Final = 262  # what filetype needs to recognise every type it knows


def sniff_mime_type(head: bytes) -> str | None:
    """The MIME type the first bytes of a file reveal, or None."""
    import filetype  # type: ignore[import-untyped]  # no type information shipped

    kind = filetype.guess(head)
    return None if kind is None else str(kind.mime)


def read_upload(value: object, name: str, max_bytes: int = DEFAULT_MAX_UPLOAD_BYTES) -> File:
    """``value`` as the generated ``File`` (payload, file name, MIME type), or raise."""
    from sinch_numbers_api.types import File

    if isinstance(value, File):
        return _checked(value.payload, value.file_name, value.mime_type, name, max_bytes)
    if isinstance(value, str | os.PathLike):
        return _from_path(Path(value), name, max_bytes)
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        _check_size(len(data), name, max_bytes)
        return _checked(io.BytesIO(data), "upload", None, name, max_bytes)
    if hasattr(value, "read"):
        if isinstance(value, io.TextIOBase):
            raise InvalidArgumentsError(f"{name}: open the file in binary mode ('rb'), not text")
        file_name = os.path.basename(str(getattr(value, "name", "") or "upload"))
        return _checked(value, file_name, None, name, max_bytes)  # type: ignore[arg-type]
    raise InvalidArgumentsError(
        f"{name} must be a path (str or os.PathLike), bytes or an open binary file, "
        f"not {type(value).__name__}"
    )


def _from_path(path: Path, name: str, max_bytes: int) -> File:
    from sinch_numbers_api.types import File

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidArgumentsError(f"{name}: cannot read {str(path)!r}: {exc.strerror}") from None
    if not path.is_file():
        raise InvalidArgumentsError(f"{name}: {str(path)!r} is not a file")
    _check_size(size, name, max_bytes)
    data = path.read_bytes()
    _check_size(len(data), name, max_bytes)  # it may have grown since stat
    mime = _mime_type(path.name, data[:_SNIFF_BYTES], name)
    return File(payload=io.BytesIO(data), file_name=path.name, mime_type=mime)


def _checked(
    payload: BinaryIO, file_name: str | None, mime: str | None, name: str, max_bytes: int
) -> File:
    """A file object: its size without reading it all (seekable) or by reading up to the limit."""
    from sinch_numbers_api.types import File

    try:
        start = payload.tell()
        payload.seek(0, io.SEEK_END)
        size = payload.tell() - start
        payload.seek(start)
    except (OSError, AttributeError, ValueError):  # not seekable: read at most one byte too many
        data = payload.read(max_bytes + 1)
        if not isinstance(data, bytes):
            raise InvalidArgumentsError(f"{name}: the file must be opened in binary mode") from None
        _check_size(len(data), name, max_bytes)
        payload = io.BytesIO(data)
        start, size = 0, len(data)
    _check_size(size, name, max_bytes)
    head = payload.read(_SNIFF_BYTES)
    if not isinstance(head, bytes):
        raise InvalidArgumentsError(f"{name}: the file must be opened in binary mode")
    payload.seek(start)
    found = mime or _mime_type(file_name or "", head, name)
    _refuse_executable(found, name)
    return File(payload=payload, file_name=file_name or "upload", mime_type=found)


def _mime_type(file_name: str, head: bytes, name: str) -> str:
    if Path(file_name).suffix.lower() in _EXECUTABLE_SUFFIXES:
        raise InvalidArgumentsError(f"{name}: {file_name!r} is a program, not a document; not sent")
    guessed, _ = mimetypes.guess_type(file_name) if file_name else (None, None)
    sniffed = sniff_mime_type(head)
    for candidate in (guessed, sniffed):
        _refuse_executable(candidate, name)
    return guessed or sniffed or OCTET_STREAM


def _refuse_executable(mime: str | None, name: str) -> None:
    if mime and mime.split(";")[0].strip().lower() in _EXECUTABLE:
        raise InvalidArgumentsError(f"{name}: {mime} is a program, not a document; not sent")


def _check_size(size: int, name: str, max_bytes: int) -> None:
    if size == 0:
        raise InvalidArgumentsError(f"{name}: the file is empty")
    if size > max_bytes:
        raise InvalidArgumentsError(
            f"{name}: {size} bytes is more than the {max_bytes}-byte limit "
            "(max_upload_bytes= on the client raises it)"
        )
