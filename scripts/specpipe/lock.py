"""``openapi/spec.lock.json``: what is pinned, from where, and its sha256.

The lock is the reviewable record of the pinned spec files: a diff in it shows
exactly which bytes changed. Entries are keyed by repo-relative POSIX path
(``"openapi/numbers.yaml"``) and serialised with sorted keys, 2-space indent and
a trailing newline so diffs stay minimal and stable.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from specpipe.atomic import atomic_write_bytes

__all__ = [
    "DEFAULT_LOCK",
    "REPO_ROOT",
    "LockEntry",
    "LockError",
    "lock_key",
    "read_lock",
    "render_lock",
    "sha256_bytes",
    "sha256_file",
    "utc_now_iso",
    "verify_lock",
    "write_lock",
]

#: scripts/specpipe/lock.py -> repo root
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LOCK = REPO_ROOT / "openapi" / "spec.lock.json"

_KNOWN = ("source", "sha256", "version", "fetched_at", "etag", "last_modified", "note")


class LockError(Exception):
    """The lock file exists but cannot be read or has the wrong shape."""


@dataclass(frozen=True)
class LockEntry:
    """One pinned file. ``etag``/``last_modified`` are None for non-HTTP sources."""

    source: str
    sha256: str
    version: str | None
    fetched_at: str
    etag: str | None = None
    last_modified: str | None = None
    note: str | None = None
    #: keys this code does not know about, preserved on rewrite
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.extra)
        data.update(
            source=self.source,
            sha256=self.sha256,
            version=self.version,
            fetched_at=self.fetched_at,
            etag=self.etag,
            last_modified=self.last_modified,
        )
        if self.note is not None:
            data["note"] = self.note
        return data

    @classmethod
    def from_json(cls, key: str, data: Any) -> LockEntry:
        if not isinstance(data, dict):
            raise LockError(f"lock entry {key!r} is not an object")
        for req in ("source", "sha256", "fetched_at"):
            if not isinstance(data.get(req), str):
                raise LockError(f"lock entry {key!r}: {req!r} missing or not a string")
        for opt in ("version", "etag", "last_modified", "note"):
            if data.get(opt) is not None and not isinstance(data[opt], str):
                raise LockError(f"lock entry {key!r}: {opt!r} must be a string or null")
        return cls(
            source=data["source"],
            sha256=data["sha256"],
            version=data.get("version"),
            fetched_at=data["fetched_at"],
            etag=data.get("etag"),
            last_modified=data.get("last_modified"),
            note=data.get("note"),
            extra={k: v for k, v in data.items() if k not in _KNOWN},
        )


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    return sha256_bytes(Path(path).read_bytes())


def utc_now_iso() -> str:
    """UTC timestamp like ``2025-11-26T22:30:00Z`` (second precision keeps the lock tidy)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def lock_key(path: Path, root: Path = REPO_ROOT) -> str:
    """Repo-relative POSIX key for ``path`` (``../``-relative if it lives outside ``root``)."""
    p, r = Path(path).resolve(), Path(root).resolve()
    try:
        return p.relative_to(r).as_posix()
    except ValueError:
        return Path(os.path.relpath(p, r)).as_posix()


def read_lock(path: Path = DEFAULT_LOCK) -> dict[str, LockEntry]:
    """Entries of the lock at ``path``; ``{}`` if it does not exist yet."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise LockError(f"cannot read lock {path}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LockError(f"lock {path} is not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise LockError(f"lock {path} must be a JSON object keyed by pinned file path")
    return {key: LockEntry.from_json(key, value) for key, value in data.items()}


def render_lock(entries: Mapping[str, LockEntry]) -> bytes:
    """Canonical bytes: sorted keys, 2-space indent, UTF-8, trailing newline."""
    data = {key: entry.to_json() for key, entry in entries.items()}
    text = json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def write_lock(path: Path, entries: Mapping[str, LockEntry]) -> None:
    """Atomically write the lock (see :mod:`specpipe.atomic`)."""
    atomic_write_bytes(Path(path), render_lock(entries))


def verify_lock(lock_path: Path = DEFAULT_LOCK, root: Path = REPO_ROOT) -> list[str]:
    """Check every pinned file's sha256 against the lock.

    Returns human-readable problems; an empty list means every file matches.
    Catches hand edits and half-finished updates before they reach codegen.
    """
    lock_path = Path(lock_path)
    if not lock_path.exists():
        return [f"lock file {lock_path} does not exist"]
    try:
        entries = read_lock(lock_path)
    except LockError as exc:
        return [str(exc)]
    if not entries:
        return [f"lock file {lock_path} has no entries"]
    problems: list[str] = []
    for key, entry in sorted(entries.items()):
        file = Path(root) / key
        try:
            actual = sha256_file(file)
        except FileNotFoundError:
            problems.append(f"{key}: pinned file is missing")
            continue
        except OSError as exc:
            problems.append(f"{key}: cannot read: {exc.strerror or exc}")
            continue
        if actual != entry.sha256:
            problems.append(f"{key}: sha256 {actual} does not match lock {entry.sha256}")
    return problems
